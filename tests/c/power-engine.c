/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The voting power engine directly (compiled into this test): double and
 * extended precision agree, and rescaling keeps probabilities far below the
 * range of a double. */
#include "config.h"

#include <math.h>

#include <libmutual/mutual.h>

#include "mutual-power-engine-private.h"

static void
compare_precisions (const MutualPowerGroup *groups,
                    guint                   n_groups,
                    guint64                 threshold,
                    gboolean                with_ss)
{
  g_autofree double *abs_d = g_new0 (double, n_groups);
  g_autofree double *norm_d = g_new0 (double, n_groups);
  g_autofree double *abs_x = g_new0 (double, n_groups);
  g_autofree double *norm_x = g_new0 (double, n_groups);
  g_autofree double *ss_d = g_new0 (double, n_groups);
  g_autofree double *ss_x = g_new0 (double, n_groups);
  g_autoptr(GError) error = NULL;

  g_assert_true (mutual_power_engine_banzhaf (groups, n_groups, threshold, MUTUAL_POWER_REAL_DOUBLE,
                                              abs_d, norm_d, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (mutual_power_engine_banzhaf (groups, n_groups, threshold, MUTUAL_POWER_REAL_EXTENDED,
                                              abs_x, norm_x, NULL, &error));
  g_assert_no_error (error);
  for (guint g = 0; g < n_groups; g++)
    {
      g_assert_cmpfloat_with_epsilon (norm_d[g], norm_x[g], 1e-14);
      if (abs_x[g] > 0)
        g_assert_cmpfloat (fabs (abs_d[g] / abs_x[g] - 1), <, 1e-12);
      else
        g_assert_cmpfloat (abs_d[g], ==, 0);
    }
  if (!with_ss)
    return;
  g_assert_true (mutual_power_engine_shapley_shubik (groups, n_groups, threshold, MUTUAL_POWER_REAL_DOUBLE,
                                                     ss_d, NULL, &error));
  g_assert_true (mutual_power_engine_shapley_shubik (groups, n_groups, threshold, MUTUAL_POWER_REAL_EXTENDED,
                                                     ss_x, NULL, &error));
  for (guint g = 0; g < n_groups; g++)
    g_assert_cmpfloat_with_epsilon (ss_d[g], ss_x[g], 1e-14);
}

static void
test_precisions (void)
{
  GRand *rand = g_rand_new_with_seed (2016);

  for (guint round = 0; round < 30; round++)
    {
      guint n_groups = g_rand_int_range (rand, 1, 12);
      MutualPowerGroup groups[12];
      guint64 total = 0, weight = 0;

      for (guint g = 0; g < n_groups; g++)
        {
          weight += g_rand_int_range (rand, 1, 40);
          groups[g].weight = weight;
          groups[g].count = g_rand_int_range (rand, 1, g < 3 ? 60 : 4);
          total += groups[g].weight * groups[g].count;
        }
      compare_precisions (groups, n_groups, g_rand_int_range (rand, 1, total + 1), TRUE);
    }
  g_rand_free (rand);
}

/* 3,000 parties and a quota of 99.9%: the swing probabilities are about
 * 2^-2900, far below a double; the distributions are rescaled and both
 * precisions agree, normalised and absolute. */
static void
test_rescaling (void)
{
  MutualPowerGroup groups[] = { { 1, 2000 }, { 2, 900 }, { 3, 100 } };
  guint64 total = 2000 + 1800 + 300, threshold = total * 999 / 1000 + 1;
  double absolute[3], normalised[3];
  g_autoptr(GError) error = NULL;

  compare_precisions (groups, 3, threshold, FALSE);
  g_assert_true (mutual_power_engine_banzhaf (groups, 3, threshold, MUTUAL_POWER_REAL_AUTO,
                                              absolute, normalised, NULL, &error));
  /* below the smallest double: the absolute indices are 0, the ratios are not */
  g_assert_cmpfloat (absolute[0], ==, 0);
  g_assert_cmpfloat (normalised[0], >, 0);
  g_assert_cmpfloat_with_epsilon (2000 * normalised[0] + 900 * normalised[1] + 100 * normalised[2], 1, 1e-13);

  /* Exact: with T' = total + 1 - T = 5, a party of weight w swings for the
   * complements among the others weighing T' - w to T' - 1, at most 4:
   * a parties of weight 1, b of 2, c of 3 with a + 2b + 3c = s. */
  {
    guint64 blocking = total + 1 - threshold;
    long double swings[3], sum = 0;

    g_assert_cmpuint (blocking, ==, 5);
    for (guint g = 0; g < 3; g++)
      {
        guint64 n[3] = { 2000, 900, 100 };

        n[g]--;   /* the others */
        swings[g] = 0;
        for (guint64 s = blocking - groups[g].weight; s < blocking; s++)
          for (guint64 c = 0; 3 * c <= s; c++)
            for (guint64 b = 0; 2 * b + 3 * c <= s; b++)
              {
                guint64 a = s - 2 * b - 3 * c;
                swings[g] += expl (lgammal (n[0] + 1.0L) - lgammal (a + 1.0L) - lgammal (n[0] - a + 1.0L) +
                                   lgammal (n[1] + 1.0L) - lgammal (b + 1.0L) - lgammal (n[1] - b + 1.0L) +
                                   lgammal (n[2] + 1.0L) - lgammal (c + 1.0L) - lgammal (n[2] - c + 1.0L));
              }
        sum += swings[g] * groups[g].count;
      }
    for (guint g = 0; g < 3; g++)
      g_assert_cmpfloat (fabs (normalised[g] / (double) (swings[g] / sum) - 1), <, 1e-12);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/power-engine/precisions", test_precisions);
  g_test_add_func ("/mutual/power-engine/rescaling", test_rescaling);

  return g_test_run ();
}
