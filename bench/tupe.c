/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* TUPE at scale: a 100,000-person staff list read from CSV, then scope,
 * checks and liabilities of one transfer plan, each timed over several
 * runs (best and median). Usage: bench-tupe [N] [RUNS] */
#include <stdlib.h>
#include <time.h>

#include <glib/gstdio.h>
#include <libmutual/mutual.h>

static const char *employers[] = { "lbhf", "rbkc", "wcc" };

static char *
write_csv (guint n)
{
  g_autoptr(GString) csv = g_string_new ("id,name,employer,grouping,assignment,started,born,weekly_pay,hours,"
                                         "pension_scheme,collective_agreement,objected\r\n");
  GRand *rand = g_rand_new_with_seed (2013);
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("bench-tupe-XXXXXX.csv", &path, &error);

  g_assert_no_error (error);
  close (fd);
  for (guint i = 0; i < n; i++)
    {
      int by = g_rand_int_range (rand, 1950, 1995), bm = g_rand_int_range (rand, 1, 13), bd = g_rand_int_range (rand, 1, 29);
      int sy = MIN (by + g_rand_int_range (rand, 18, 40), 2012);

      g_string_append_printf (csv, "E%06u,\"Employee %u, role %u\",%s,%s,%s,%02d/%02d/%04d,%04d-%02d-%02d,%u.%02u,%s,%s,%s,%s\r\n",
                              i, i, i % 17, employers[i % 3], i % 20 == 0 ? "other" : "schools-support",
                              i % 11 == 0 ? "60%" : "", g_rand_int_range (rand, 1, 29), g_rand_int_range (rand, 1, 13),
                              sy, by, bm, bd, g_rand_int_range (rand, 300, 1200), g_rand_int_range (rand, 0, 100),
                              i % 4 == 0 ? "18.5" : "36", i % 7 == 0 ? "none" : "lgps",
                              "NJC for Local Government Services (Green Book)", i % 97 == 0 ? "yes" : "no");
    }
  g_file_set_contents (path, csv->str, csv->len, &error);
  g_assert_no_error (error);
  g_rand_free (rand);
  return path;
}

static MutualModel *
base_model (void)
{
  g_autoptr(GError) error = NULL;
  MutualModel *model = mutual_model_new_from_example ("3bm-2013", &error);

  g_assert_no_error (error);
  /* keep the plan, drop the example's 90 staff */
  while (g_list_model_get_n_items (mutual_model_get_staff (model)) > 0)
    {
      g_autoptr(MutualStaffMember) m = g_list_model_get_item (mutual_model_get_staff (model), 0);

      mutual_model_remove_staff_member (model, mutual_staff_member_get_id (m), &error);
    }
  return model;
}

static double
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
compare_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *what, double *times, double *cpu, guint runs)
{
  qsort (times, runs, sizeof (double), compare_double);
  qsort (cpu, runs, sizeof (double), compare_double);
  g_print ("%-42s wall best %7.1f ms, median %7.1f ms; CPU best %7.1f ms\n", what, times[0] * 1000,
           times[runs / 2] * 1000, cpu[0] * 1000);
}

int
main (int argc, char **argv)
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 100000;
  guint runs = argc > 2 ? (guint) atoi (argv[2]) : 5;
  g_autofree char *path = write_csv (n);
  g_autofree double *csv_times = g_new0 (double, runs);
  g_autofree double *scope_times = g_new0 (double, runs);
  g_autofree double *check_times = g_new0 (double, runs);
  g_autofree double *liability_times = g_new0 (double, runs);
  g_autofree double *all_times = g_new0 (double, runs);
  g_autofree double *csv_cpu = g_new0 (double, runs);
  g_autofree double *scope_cpu = g_new0 (double, runs);
  g_autofree double *check_cpu = g_new0 (double, runs);
  g_autofree double *liability_cpu = g_new0 (double, runs);
  g_autofree double *all_cpu = g_new0 (double, runs);
  g_autoptr(MutualModel) model = NULL;
  gint64 total = 0;
  guint n_findings = 0, n_transferring = 0;

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MutualTransferAnalysis) analysis = NULL;
      g_autoptr(GListModel) findings = NULL;
      g_autoptr(MutualTransferLiabilities) liabilities = NULL;
      gint64 t0, t1, t2, t3, t4;
      double c0, c1, c2, c3, c4;

      g_clear_object (&model);
      model = base_model ();
      c0 = cpu_now ();
      t0 = g_get_monotonic_time ();
      g_assert_cmpuint (mutual_model_add_staff_from_csv_file (model, path, &error), ==, n);
      g_assert_no_error (error);
      t1 = g_get_monotonic_time ();
      c1 = cpu_now ();
      analysis = mutual_transfer_analysis_new (model, "3bm-2013", &error);
      t2 = g_get_monotonic_time ();
      c2 = cpu_now ();
      findings = mutual_transfer_analysis_check (analysis, NULL, &error);
      t3 = g_get_monotonic_time ();
      c3 = cpu_now ();
      liabilities = mutual_transfer_analysis_compute_liabilities (analysis, "2024-04-06", &error);
      t4 = g_get_monotonic_time ();
      c4 = cpu_now ();
      g_assert_no_error (error);
      csv_times[r] = (t1 - t0) / 1e6;
      scope_times[r] = (t2 - t1) / 1e6;
      check_times[r] = (t3 - t2) / 1e6;
      liability_times[r] = (t4 - t3) / 1e6;
      all_times[r] = (t4 - t1) / 1e6;
      csv_cpu[r] = c1 - c0;
      scope_cpu[r] = c2 - c1;
      check_cpu[r] = c3 - c2;
      liability_cpu[r] = c4 - c3;
      all_cpu[r] = c4 - c1;
      total = mutual_transfer_liabilities_get_total (liabilities);
      n_findings = g_list_model_get_n_items (findings);
      n_transferring = mutual_transfer_liabilities_get_n_employees (liabilities);
    }
  g_print ("%u staff, %u transferring, %u findings, contingent liabilities %" G_GINT64_FORMAT " pence\n",
           n, n_transferring, n_findings, total);
  report ("CSV import (parse, check, add to model)", csv_times, csv_cpu, runs);
  report ("scope (TransferAnalysis.new)", scope_times, scope_cpu, runs);
  report ("checks (check)", check_times, check_cpu, runs);
  report ("liabilities (compute_liabilities)", liability_times, liability_cpu, runs);
  report ("scope + checks + liabilities", all_times, all_cpu, runs);
  g_unlink (path);
  return 0;
}
