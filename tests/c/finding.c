/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <libmutual/mutual.h>

static void
test_properties (void)
{
  const char *ids[] = { "mycsp", "mycsp-trust", NULL };
  g_autoptr(MutualFinding) finding =
    g_object_new (MUTUAL_TYPE_FINDING,
                  "code", "tupe.eli.late",
                  "severity", MUTUAL_SEVERITY_BREACH,
                  "citation", "TUPE 2006 reg 11(6)",
                  "message", "employee liability information was sent 27 days before the transfer",
                  "date", "2014-05-01",
                  "ids", ids,
                  "amount", (gint64) 50000,
                  NULL);

  g_assert_cmpstr (mutual_finding_get_code (finding), ==, "tupe.eli.late");
  g_assert_cmpint (mutual_finding_get_severity (finding), ==, MUTUAL_SEVERITY_BREACH);
  g_assert_cmpstr (mutual_finding_get_citation (finding), ==, "TUPE 2006 reg 11(6)");
  g_assert_cmpstr (mutual_finding_get_date (finding), ==, "2014-05-01");
  g_assert_cmpstrv (mutual_finding_get_ids (finding), ids);
  g_assert_cmpint (mutual_finding_get_amount (finding), ==, 50000);
  g_assert_cmpstr (mutual_severity_to_string (mutual_finding_get_severity (finding)), ==, "breach");
}

static void
test_defaults (void)
{
  g_autoptr(MutualFinding) finding = mutual_finding_new ("psc.none", MUTUAL_SEVERITY_INFO,
                                                         "Companies Act 2006 Sch 1A", "no one is registrable");

  g_assert_null (mutual_finding_get_date (finding));
  g_assert_nonnull (mutual_finding_get_ids (finding));
  g_assert_null (mutual_finding_get_ids (finding)[0]);
  g_assert_cmpint (mutual_finding_get_amount (finding), ==, 0);
  g_assert_cmpstr (mutual_severity_to_string (MUTUAL_SEVERITY_WARNING), ==, "warning");
  g_assert_cmpstr (mutual_severity_to_string (MUTUAL_SEVERITY_INFO), ==, "info");
}

static void
test_bad_date (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(MutualFinding) finding = g_object_new (MUTUAL_TYPE_FINDING, "code", "x", "citation", "y",
                                                       "message", "z", "date", "2014-02-30", NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*2014-02-30*");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/finding/properties", test_properties);
  g_test_add_func ("/mutual/finding/defaults", test_defaults);
  g_test_add_func ("/mutual/finding/bad-date", test_bad_date);

  return g_test_run ();
}
