/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "mutual-date-private.h"
#include "mutual-error.h"

/* The calendar arithmetic agrees with GDate on every day from 0001-01-01
 * to 9999-12-31, and parsing is strict. */

static void
test_to_ymd_matches_gdate (void)
{
  MutualDay last = mutual_day_from_ymd (9999, 12, 31);

  for (MutualDay day = 1; day <= last; day++)
    {
      GDate date;
      int y, m, d;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, day);
      mutual_day_to_ymd (day, &y, &m, &d);
      if (y != g_date_get_year (&date) || m != (int) g_date_get_month (&date) || d != g_date_get_day (&date))
        g_error ("day %u: %04d-%02d-%02d, GDate says %04d-%02d-%02d", day, y, m, d,
                 g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
    }
}

static void
test_parse (void)
{
  const char *bad[] = { "2012-02-30", "2013-02-29", "99999-01-01", "0000-01-01", "2012-1-01", "2012/01/01",
                        "2012-01-01T00:00", "", " 2012-01-01" };
  MutualDay day;
  char buf[11];

  g_assert_true (mutual_day_parse ("2012-02-29", &day, NULL));
  mutual_day_format_buf (day, buf);
  g_assert_cmpstr (buf, ==, "2012-02-29");
  g_assert_cmpuint (mutual_day_add_years (day, 1), ==, mutual_day_from_ymd (2013, 2, 28));
  g_assert_cmpuint (mutual_day_add_months (mutual_day_from_ymd (2014, 1, 31), 1), ==, mutual_day_from_ymd (2014, 2, 28));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (mutual_day_parse (bad[i], &day, &error));
      g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/date/to-ymd-matches-gdate", test_to_ymd_matches_gdate);
  g_test_add_func ("/mutual/date/parse", test_parse);

  return g_test_run ();
}
