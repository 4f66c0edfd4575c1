/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include <libmutual/mutual.h>

static void
test_reduce (void)
{
  g_autoptr(MutualFraction) f = mutual_fraction_new (35, 100);
  g_autoptr(MutualFraction) g = mutual_fraction_new (-6, -8);
  g_autoptr(MutualFraction) z = mutual_fraction_new (0, 7);

  g_assert_cmpint (mutual_fraction_get_numerator (f), ==, 7);
  g_assert_cmpint (mutual_fraction_get_denominator (f), ==, 20);
  g_assert_cmpint (g->numerator, ==, 3);
  g_assert_cmpint (g->denominator, ==, 4);
  g_assert_true (mutual_fraction_is_zero (z));
  g_assert_cmpint (z->denominator, ==, 1);
}

static void
test_compare_exact (void)
{
  /* 25% plus one share in ten billion is more than a quarter; 25% is not */
  g_autoptr(MutualFraction) quarter = mutual_fraction_new (2500000000, 10000000000);
  g_autoptr(MutualFraction) just_over = mutual_fraction_new (2500000001, 10000000000);
  /* numbers whose cross products overflow 64 bits */
  g_autoptr(MutualFraction) big_a = mutual_fraction_new (G_MAXINT64 - 1, G_MAXINT64);
  g_autoptr(MutualFraction) big_b = mutual_fraction_new (G_MAXINT64 - 2, G_MAXINT64 - 1);

  g_assert_cmpint (mutual_fraction_compare_ratio (quarter, 1, 4), ==, 0);
  g_assert_cmpint (mutual_fraction_compare_ratio (just_over, 1, 4), >, 0);
  g_assert_true (mutual_fraction_compare (just_over, quarter) > 0);
  g_assert_true (mutual_fraction_compare (quarter, just_over) < 0);
  g_assert_true (mutual_fraction_compare (big_a, big_b) > 0);
  g_assert_false (mutual_fraction_equal (big_a, big_b));
  g_assert_true (mutual_fraction_equal (quarter, quarter));
}

static void
test_strings (void)
{
  g_autoptr(MutualFraction) f = mutual_fraction_new (3, 8);
  g_autoptr(MutualFraction) third = mutual_fraction_new (1, 3);
  g_autoptr(MutualFraction) whole = mutual_fraction_new (4, 2);
  g_autofree char *s1 = mutual_fraction_to_string (f);
  g_autofree char *p1 = mutual_fraction_to_percent_string (f);
  g_autofree char *p2 = mutual_fraction_to_percent_string (third);
  g_autofree char *s3 = mutual_fraction_to_string (whole);

  g_assert_cmpstr (s1, ==, "3/8");
  g_assert_cmpstr (p1, ==, "37.5%");
  g_assert_cmpstr (p2, ==, "~33.3333%");
  g_assert_cmpstr (s3, ==, "2");
  g_assert_cmpfloat_with_epsilon (mutual_fraction_to_double (f), 0.375, 1e-15);
}

static void
test_parse (void)
{
  const struct { const char *text; gint64 n, d; } good[] = {
    { "3/8", 3, 8 }, { "0.375", 3, 8 }, { "37.5%", 3, 8 }, { " 75.1% ", 751, 1000 },
    { "1", 1, 1 }, { "50%", 1, 2 }, { "24.9%", 249, 1000 },
  };
  const char *bad[] = { "", "abc", "1/0", "1/2/3", "-1/2", "1e3", "0.1234567890123456789", "%", "." };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MutualFraction) f = mutual_fraction_new_parse (good[i].text, &error);

      g_assert_no_error (error);
      g_assert_cmpint (f->numerator, ==, good[i].n);
      g_assert_cmpint (f->denominator, ==, good[i].d);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MutualFraction) f = mutual_fraction_new_parse (bad[i], &error);

      g_assert_null (f);
      g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE);
      g_assert_nonnull (strstr (error->message, bad[i]));
    }
}

static void
test_boxed (void)
{
  g_autoptr(MutualFraction) f = mutual_fraction_new (1, 4);
  g_autoptr(MutualFraction) copy = g_boxed_copy (MUTUAL_TYPE_FRACTION, f);

  g_assert_true (mutual_fraction_equal (f, copy));
  g_assert_true (f != copy);
}

static void
test_misuse (void)
{
  if (g_test_subprocess ())
    {
      g_assert_null (mutual_fraction_new (1, 0));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*denominator != 0*");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/fraction/reduce", test_reduce);
  g_test_add_func ("/mutual/fraction/compare-exact", test_compare_exact);
  g_test_add_func ("/mutual/fraction/strings", test_strings);
  g_test_add_func ("/mutual/fraction/parse", test_parse);
  g_test_add_func ("/mutual/fraction/boxed", test_boxed);
  g_test_add_func ("/mutual/fraction/misuse", test_misuse);

  return g_test_run ();
}
