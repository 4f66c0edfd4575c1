/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include <libmutual/mutual.h>

/* Expected figures are worked by hand from ERA 1996 s162 and the caps
 * published in the Increase of Limits Orders (RULES.md §3), not read back
 * from the library's tables. */

static gint64
pay (const char *born,
     const char *started,
     const char *ends,
     gint64      weekly)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualRedundancyPay) result =
    mutual_redundancy_pay_compute (born, started, ends, weekly, MUTUAL_JURISDICTION_GREAT_BRITAIN, &error);

  g_assert_no_error (error);
  return mutual_redundancy_pay_get_pence (result);
}

static void
test_redundancy_age_21_22 (void)
{
  /* born 15 June 1990: turns 22 on 15 June 2012. Ending 14 June 2013 the
   * last year (15 June 2012 - 14 June 2013) is one in the whole of which
   * they were 22: 1 week; the four before earn half each: 3 weeks. A day
   * earlier the last year began on 14 June 2012, aged 21: half. */
  g_assert_cmpint (pay ("1990-06-15", "2008-01-01", "2013-06-14", 20000), ==, 3 * 20000);
  g_assert_cmpint (pay ("1990-06-15", "2008-01-01", "2013-06-13", 20000), ==, 5 * 20000 / 2);
}

static void
test_redundancy_age_40_41 (void)
{
  /* born 10 March 1970: turns 41 on 10 March 2011. 12 whole years from
   * 1 January 2000. Ending 9 March 2012 the last year began on the 41st
   * birthday: 1.5 + 11 = 12.5 weeks. Ending 8 March 2012 the last year is
   * the one in which they turned 41: 1 week, 12 in all. */
  g_assert_cmpint (pay ("1970-03-10", "2000-01-01", "2012-03-09", 30000), ==, 125 * 30000 / 10);
  g_assert_cmpint (pay ("1970-03-10", "2000-01-01", "2012-03-08", 30000), ==, 12 * 30000);
}

static void
test_redundancy_leap_day_birthday (void)
{
  /* born 29 February 1984: 41 on 1 March 2025 (a common year) */
  g_assert_cmpint (pay ("1984-02-29", "2020-01-01", "2026-02-28", 40000), ==, (15 + 50) * 40000 / 10);
  g_assert_cmpint (pay ("1984-02-29", "2020-01-01", "2026-02-27", 40000), ==, 6 * 40000);
}

static void
test_redundancy_two_years (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualRedundancyPay) short_of = mutual_redundancy_pay_compute ("1990-01-01", "2020-01-01", "2021-12-30",
                                                                           50000, MUTUAL_JURISDICTION_GREAT_BRITAIN,
                                                                           &error);
  g_autoptr(MutualRedundancyPay) two = mutual_redundancy_pay_compute ("1990-01-01", "2020-01-01", "2021-12-31",
                                                                      50000, MUTUAL_JURISDICTION_GREAT_BRITAIN, &error);

  g_assert_no_error (error);
  g_assert_false (mutual_redundancy_pay_get_qualifies (short_of));
  g_assert_cmpuint (mutual_redundancy_pay_get_years (short_of), ==, 1);
  g_assert_cmpint (mutual_redundancy_pay_get_pence (short_of), ==, 0);
  g_assert_true (mutual_redundancy_pay_get_qualifies (two));
  g_assert_cmpuint (mutual_redundancy_pay_get_years (two), ==, 2);
  /* aged 30 and 31: a week each, £500 is below the £544 cap of 2021 */
  g_assert_cmpint (mutual_redundancy_pay_get_pence (two), ==, 2 * 50000);
}

static void
test_redundancy_twenty_years (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualRedundancyPay) result =
    mutual_redundancy_pay_compute ("1960-01-01", "1985-01-01", "2015-06-30", 100000,
                                   MUTUAL_JURISDICTION_GREAT_BRITAIN, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (mutual_redundancy_pay_get_years (result), ==, 30);
  g_assert_cmpuint (mutual_redundancy_pay_get_years_counted (result), ==, 20);
  /* years beginning 1 July 2001 to 1 July 2014 at 41 or over: 14 x 1.5;
   * six more at 1 week: 27 weeks at the £475 cap */
  g_assert_cmpuint (mutual_redundancy_pay_get_half_weeks (result), ==, 54);
  g_assert_cmpint (mutual_redundancy_pay_get_week_counted (result), ==, 47500);
  g_assert_cmpint (mutual_redundancy_pay_get_pence (result), ==, 27 * 47500);
}

static void
test_redundancy_caps (void)
{
  /* every change of the Great Britain cap: the day before uses the old
   * figure, the day itself the new; 20 years at 41 or over at £2,000 a
   * week is the maximum, 30 weeks at the cap */
  static const struct { const char *before, *from; gint64 old_cap, cap; } changes[] = {
    { "2012-01-31", "2012-02-01", 40000, 43000 },
    { "2013-01-31", "2013-02-01", 43000, 45000 },
    { "2014-04-05", "2014-04-06", 45000, 46400 },
    { "2015-04-05", "2015-04-06", 46400, 47500 },
    { "2016-04-05", "2016-04-06", 47500, 47900 },
    { "2017-04-05", "2017-04-06", 47900, 48900 },
    { "2018-04-05", "2018-04-06", 48900, 50800 },
    { "2019-04-05", "2019-04-06", 50800, 52500 },
    { "2020-04-05", "2020-04-06", 52500, 53800 },
    { "2021-04-05", "2021-04-06", 53800, 54400 },
    { "2022-04-05", "2022-04-06", 54400, 57100 },
    { "2023-04-05", "2023-04-06", 57100, 64300 },
    { "2024-04-05", "2024-04-06", 64300, 70000 },
    { "2025-04-05", "2025-04-06", 70000, 71900 },
    { "2026-04-05", "2026-04-06", 71900, 75100 },
  };

  g_assert_cmpint (pay ("1940-01-01", "1970-01-01", "2011-02-01", 200000), ==, 30 * 40000);
  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (pay ("1940-01-01", "1970-01-01", changes[i].before, 200000), ==, 30 * changes[i].old_cap);
      g_assert_cmpint (pay ("1940-01-01", "1970-01-01", changes[i].from, 200000), ==, 30 * changes[i].cap);
      g_assert_cmpint (mutual_redundancy_pay_get_cap_at (changes[i].from, MUTUAL_JURISDICTION_GREAT_BRITAIN, &error),
                       ==, changes[i].cap);
      g_assert_no_error (error);
    }
  /* the example: 5 April 2024 uses £643, 6 April 2024 £700 */
  g_assert_cmpint (pay ("1970-01-01", "2000-01-01", "2024-04-05", 100000), ==, pay ("1970-01-01", "2000-01-01", "2024-04-05", 64300));
  g_assert_cmpint (pay ("1970-01-01", "2000-01-01", "2024-04-06", 100000), ==, pay ("1970-01-01", "2000-01-01", "2024-04-06", 70000));
}

static void
test_redundancy_northern_ireland (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualRedundancyPay) ni = mutual_redundancy_pay_compute ("1940-01-01", "1970-01-01", "2024-06-01", 200000,
                                                                     MUTUAL_JURISDICTION_NORTHERN_IRELAND, &error);
  g_autoptr(MutualRedundancyPay) unknown = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (mutual_redundancy_pay_get_cap (ni), ==, 72900);
  g_assert_cmpint (mutual_redundancy_pay_get_pence (ni), ==, 30 * 72900);
  unknown = mutual_redundancy_pay_compute ("1940-01-01", "1970-01-01", "2018-06-01", 200000,
                                           MUTUAL_JURISDICTION_NORTHERN_IRELAND, &error);
  g_assert_null (unknown);
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNSUPPORTED);
}

static void
test_redundancy_errors (void)
{
  static const struct { const char *born, *started, *ends; gint64 weekly; int code; } cases[] = {
    { "1990-01-01", "2020-01-01", "2019-12-31", 100, MUTUAL_ERROR_ORDER },
    { "2021-01-01", "2020-01-01", "2022-12-31", 100, MUTUAL_ERROR_ORDER },
    { "1990-01-01", "2020-02-30", "2022-12-31", 100, MUTUAL_ERROR_PARSE },
    { "1990-01-01", "2000-01-01", "2010-12-31", 100, MUTUAL_ERROR_UNSUPPORTED },
    { "1990-01-01", "2000-01-01", "2020-12-31", -1, MUTUAL_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MutualRedundancyPay) result =
        mutual_redundancy_pay_compute (cases[i].born, cases[i].started, cases[i].ends, cases[i].weekly,
                                       MUTUAL_JURISDICTION_GREAT_BRITAIN, &error);

      g_assert_null (result);
      g_assert_error (error, MUTUAL_ERROR, cases[i].code);
    }
}

/* --- transfers --- */

typedef struct
{
  const char *transfer;
  const char *eli_sent;
  const char *informed;
  MutualRepresentatives representatives;
  guint n_staff;
  guint other_staff;       /* of the same employer, in another grouping */
  MutualPensionScheme scheme;
  MutualPensionProvision provision;
  guint dismissals;
  const char *first_dismissal;
  const char *redundancy_consultation;
} Setup;

static MutualModel *
make_model (const Setup *setup)
{
  g_autoptr(MutualModel) model = mutual_model_new ();
  g_autoptr(GError) error = NULL;
  const char *transferors[] = { "council", NULL };
  g_autoptr(MutualTransferPlan) plan = NULL;

  mutual_model_add_party (model, mutual_party_new ("council", "A Council", MUTUAL_PARTY_KIND_PUBLIC_BODY), &error);
  mutual_model_add_party (model, mutual_party_new ("mutual", "A Mutual Ltd", MUTUAL_PARTY_KIND_COMPANY), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < setup->n_staff + setup->other_staff; i++)
    {
      g_autofree char *id = g_strdup_printf ("s%03u", i);
      g_autoptr(MutualStaffMember) member =
        g_object_new (MUTUAL_TYPE_STAFF_MEMBER, "id", id, "employer", "council",
                      "grouping", i < setup->n_staff ? "service" : "elsewhere",
                      "started", "2005-09-01", "born", "1975-05-20", "weekly-pay", (gint64) 50000 + i,
                      "pension-scheme", setup->scheme, NULL);

      g_assert_true (mutual_model_add_staff_member (model, member, &error));
      g_assert_no_error (error);
    }
  plan = g_object_new (MUTUAL_TYPE_TRANSFER_PLAN, "id", "plan", "transferors", transferors, "transferee", "mutual",
                       "transfer-date", setup->transfer, "grouping", "service",
                       "eli-sent", setup->eli_sent, "eli-contents", MUTUAL_ELI_CONTENTS_ALL,
                       "information-given", setup->informed,
                       "representatives", setup->representatives,
                       "pension-provision", setup->provision,
                       "proposed-dismissals", setup->dismissals,
                       "first-dismissal", setup->first_dismissal,
                       "redundancy-consultation", setup->redundancy_consultation,
                       NULL);
  g_assert_true (mutual_model_add_transfer_plan (model, plan, &error));
  g_assert_true (mutual_model_validate (model, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&model);
}

static MutualFinding *
find (GListModel *findings,
      const char *code)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(MutualFinding) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (mutual_finding_get_code (finding), code))
        return finding;   /* the list keeps it alive */
    }
  return NULL;
}

static GListModel *
check (const Setup *setup,
       const char  *on)
{
  g_autoptr(MutualModel) model = make_model (setup);
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualTransferAnalysis) analysis = mutual_transfer_analysis_new (model, "plan", &error);
  GListModel *findings;

  g_assert_no_error (error);
  findings = mutual_transfer_analysis_check (analysis, on, &error);
  g_assert_no_error (error);
  return findings;
}

static void
test_eli_28_days (void)
{
  Setup on_time = { .transfer = "2024-09-02", .eli_sent = "2024-08-05", .informed = "2024-06-01", .n_staff = 10 };
  Setup late = on_time;
  g_autoptr(GListModel) a = NULL, b = NULL;
  MutualFinding *f;

  a = check (&on_time, NULL);
  f = find (a, "tupe.eli.on-time");
  g_assert_nonnull (f);
  g_assert_null (find (a, "tupe.eli.late"));
  g_assert_cmpstr (mutual_finding_get_citation (f), ==, "TUPE 2006 reg 11(6), as amended by SI 2014/16 reg 9");

  late.eli_sent = "2024-08-06";   /* 27 days */
  b = check (&late, NULL);
  f = find (b, "tupe.eli.late");
  g_assert_nonnull (f);
  g_assert_cmpint (mutual_finding_get_severity (f), ==, MUTUAL_SEVERITY_BREACH);
  g_assert_cmpint (mutual_finding_get_amount (f), ==, 10 * 50000);
  g_assert_cmpstr (mutual_finding_get_date (f), ==, "2024-08-06");
}

static void
test_eli_14_days_before_may_2014 (void)
{
  Setup s = { .transfer = "2013-04-02", .eli_sent = "2013-03-19", .informed = "2013-01-01", .n_staff = 3 };
  g_autoptr(GListModel) a = check (&s, NULL), b = NULL, c = NULL, d = NULL;

  g_assert_nonnull (find (a, "tupe.eli.on-time"));
  s.eli_sent = "2013-03-20";      /* 13 days */
  b = check (&s, NULL);
  g_assert_cmpint (mutual_finding_get_amount (find (b, "tupe.eli.late")), ==, 3 * 50000);
  /* 1 May 2014 is the first transfer date that needs 28 days */
  s.transfer = "2014-04-30";
  s.eli_sent = "2014-04-16";
  c = check (&s, NULL);
  g_assert_nonnull (find (c, "tupe.eli.on-time"));
  s.transfer = "2014-05-01";
  s.eli_sent = "2014-04-17";
  d = check (&s, NULL);
  g_assert_nonnull (find (d, "tupe.eli.late"));
}

static void
test_eli_not_sent (void)
{
  Setup s = { .transfer = "2024-09-02", .informed = "2024-06-01", .n_staff = 4 };
  g_autoptr(GListModel) early = check (&s, "2024-08-05"), later = check (&s, "2024-08-06");

  g_assert_nonnull (find (early, "tupe.eli.due"));
  g_assert_null (find (early, "tupe.eli.late"));
  g_assert_cmpint (mutual_finding_get_amount (find (later, "tupe.eli.late")), ==, 4 * 50000);
}

static void
test_direct_consultation (void)
{
  Setup s = { .transfer = "2024-06-30", .eli_sent = "2024-05-01", .informed = "2024-05-01",
              .representatives = MUTUAL_REPRESENTATIVES_NONE, .n_staff = 45 };
  g_autoptr(GListModel) before = check (&s, NULL), after = NULL, big = NULL, few = NULL, micro = NULL, small = NULL;
  MutualFinding *f = find (before, "tupe.consult.direct-not-allowed");

  g_assert_nonnull (f);
  g_assert_cmpint (mutual_finding_get_severity (f), ==, MUTUAL_SEVERITY_BREACH);
  g_assert_null (find (before, "tupe.consult.direct-allowed"));

  s.transfer = "2024-07-01";
  after = check (&s, NULL);
  g_assert_nonnull (find (after, "tupe.consult.direct-allowed"));
  g_assert_null (find (after, "tupe.consult.direct-not-allowed"));
  g_assert_cmpstr (mutual_finding_get_citation (find (after, "tupe.consult.direct-allowed")), ==,
                   "TUPE 2006 reg 13A, as amended by SI 2023/1426");

  /* 50 employees, 45 transferring: neither limit is met */
  s.other_staff = 5;
  big = check (&s, NULL);
  g_assert_nonnull (find (big, "tupe.consult.direct-not-allowed"));
  /* 50 employees but only 9 transferring */
  s.n_staff = 9;
  s.other_staff = 41;
  few = check (&s, NULL);
  g_assert_nonnull (find (few, "tupe.consult.direct-allowed"));
  /* before 1 July 2024 only micro-businesses: 9 employees yes, 10 no */
  s.transfer = "2020-01-06";
  s.other_staff = 0;
  micro = check (&s, NULL);
  g_assert_nonnull (find (micro, "tupe.consult.direct-allowed"));
  s.n_staff = 10;
  small = check (&s, NULL);
  g_assert_nonnull (find (small, "tupe.consult.direct-not-allowed"));
}

static void
test_collective_redundancy (void)
{
  Setup s = { .transfer = "2024-09-02", .eli_sent = "2024-07-01", .informed = "2024-06-01", .n_staff = 120,
              .dismissals = 100, .first_dismissal = "2024-10-01", .redundancy_consultation = "2024-08-17" };
  g_autoptr(GListModel) ok = check (&s, NULL), late = NULL, small = NULL, below = NULL, old = NULL;

  g_assert_nonnull (find (ok, "tupe.redundancy.consulted"));      /* 45 days */
  s.redundancy_consultation = "2024-08-18";
  late = check (&s, NULL);
  g_assert_cmpint (mutual_finding_get_severity (find (late, "tupe.redundancy.late")), ==, MUTUAL_SEVERITY_BREACH);
  s.dismissals = 99;                                              /* 30 days suffice */
  small = check (&s, NULL);
  g_assert_nonnull (find (small, "tupe.redundancy.consulted"));
  s.dismissals = 19;
  below = check (&s, NULL);
  g_assert_nonnull (find (below, "tupe.redundancy.below-threshold"));
  /* before 6 April 2013, 100 or more needed 90 days */
  s.dismissals = 100;
  s.transfer = "2013-03-01";
  s.eli_sent = "2013-01-01";
  s.informed = "2013-01-01";
  s.first_dismissal = "2013-04-05";
  s.redundancy_consultation = "2013-02-01";
  old = check (&s, NULL);
  g_assert_nonnull (find (old, "tupe.redundancy.late"));
}

static void
test_pensions (void)
{
  Setup s = { .transfer = "2014-06-02", .eli_sent = "2014-04-01", .informed = "2014-04-01", .n_staff = 5,
              .scheme = MUTUAL_PENSION_SCHEME_LGPS, .provision = MUTUAL_PENSION_PROVISION_NONE };
  g_autoptr(GListModel) none = check (&s, NULL), nhs = NULL, nhs_2012 = NULL, ok = NULL;

  g_assert_cmpint (mutual_finding_get_severity (find (none, "tupe.pension.best-value")), ==, MUTUAL_SEVERITY_BREACH);
  g_assert_cmpint (mutual_finding_get_severity (find (none, "tupe.pension.minimum")), ==, MUTUAL_SEVERITY_BREACH);
  g_assert_cmpuint (g_strv_length ((char **) mutual_finding_get_ids (find (none, "tupe.pension.minimum"))), ==, 5);

  s.scheme = MUTUAL_PENSION_SCHEME_NHS;
  s.provision = MUTUAL_PENSION_PROVISION_BROADLY_COMPARABLE;
  nhs = check (&s, NULL);                /* New Fair Deal: scheme access */
  g_assert_cmpint (mutual_finding_get_severity (find (nhs, "tupe.pension.fair-deal")), ==, MUTUAL_SEVERITY_WARNING);
  g_assert_null (find (nhs, "tupe.pension.minimum"));
  s.transfer = "2012-06-01";
  s.eli_sent = "2012-04-01";
  s.informed = "2012-04-01";
  nhs_2012 = check (&s, NULL);           /* the 1999 Fair Deal: broadly comparable is enough */
  g_assert_cmpint (mutual_finding_get_severity (find (nhs_2012, "tupe.pension.fair-deal")), ==, MUTUAL_SEVERITY_INFO);
  s.transfer = "2013-10-04";
  s.provision = MUTUAL_PENSION_PROVISION_PUBLIC_SCHEME_ACCESS;
  ok = check (&s, NULL);
  g_assert_cmpint (mutual_finding_get_severity (find (ok, "tupe.pension.fair-deal")), ==, MUTUAL_SEVERITY_INFO);
}

static void
test_measures_and_scope (void)
{
  g_autoptr(MutualModel) model = mutual_model_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) measures = g_list_store_new (MUTUAL_TYPE_MEASURE);
  const char *transferors[] = { "council", NULL };
  g_autoptr(MutualFraction) half = mutual_fraction_new (1, 2);
  g_autoptr(MutualFraction) more = mutual_fraction_new (51, 100);
  g_autoptr(MutualTransferPlan) plan = NULL, inclusive = NULL;
  g_autoptr(MutualTransferAnalysis) analysis = NULL, analysis2 = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(MutualMeasure) void_change = mutual_measure_new ("Harmonise to the mutual's terms", MUTUAL_MEASURE_KIND_CHANGE_OF_TERMS,
                                                             MUTUAL_MEASURE_REASON_TRANSFER);
  g_autoptr(MutualMeasure) eto = mutual_measure_new ("Restructure teams", MUTUAL_MEASURE_KIND_CHANGE_OF_TERMS,
                                                     MUTUAL_MEASURE_REASON_ETO);
  struct { const char *id; const MutualFraction *share; gboolean temporary, objected; } staff[] = {
    { "whole", NULL, FALSE, FALSE }, { "half", half, FALSE, FALSE }, { "more", more, FALSE, FALSE },
    { "temp", NULL, TRUE, FALSE }, { "objector", NULL, FALSE, TRUE },
  };

  mutual_model_add_party (model, mutual_party_new ("council", "A Council", MUTUAL_PARTY_KIND_PUBLIC_BODY), &error);
  mutual_model_add_party (model, mutual_party_new ("mutual", "A Mutual Ltd", MUTUAL_PARTY_KIND_COMPANY), &error);
  for (guint i = 0; i < G_N_ELEMENTS (staff); i++)
    {
      g_autoptr(MutualStaffMember) member =
        g_object_new (MUTUAL_TYPE_STAFF_MEMBER, "id", staff[i].id, "employer", "council", "grouping", "service",
                      "assignment", staff[i].share, "temporary", staff[i].temporary, "objected", staff[i].objected,
                      "started", "2010-01-01", "born", "1980-01-01", "weekly-pay", (gint64) 40000, NULL);

      mutual_model_add_staff_member (model, member, &error);
    }
  g_list_store_append (measures, void_change);
  g_list_store_append (measures, eto);
  plan = g_object_new (MUTUAL_TYPE_TRANSFER_PLAN, "id", "strict", "transferors", transferors, "transferee", "mutual",
                       "transfer-date", "2022-04-01", "grouping", "service", "measures", measures, NULL);
  inclusive = g_object_new (MUTUAL_TYPE_TRANSFER_PLAN, "id", "inclusive", "transferors", transferors,
                            "transferee", "mutual", "transfer-date", "2022-04-01", "grouping", "service",
                            "assignment-strict", FALSE, NULL);
  mutual_model_add_transfer_plan (model, plan, &error);
  mutual_model_add_transfer_plan (model, inclusive, &error);
  g_assert_no_error (error);

  analysis = mutual_transfer_analysis_new (model, "strict", &error);
  g_assert_no_error (error);
  /* more than half: "whole" and "more" */
  g_assert_cmpuint (g_list_model_get_n_items (mutual_transfer_analysis_get_transferring (analysis)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (mutual_transfer_analysis_get_not_transferring (analysis)), ==, 3);
  findings = mutual_transfer_analysis_check (analysis, NULL, &error);
  g_assert_cmpstrv (mutual_finding_get_ids (find (findings, "tupe.scope.objected")), ((const char *[]) { "objector", NULL }));
  g_assert_cmpstrv (mutual_finding_get_ids (find (findings, "tupe.scope.temporary")), ((const char *[]) { "temp", NULL }));
  g_assert_cmpstrv (mutual_finding_get_ids (find (findings, "tupe.scope.not-assigned")), ((const char *[]) { "half", NULL }));
  g_assert_cmpint (mutual_finding_get_severity (find (findings, "tupe.terms.void")), ==, MUTUAL_SEVERITY_BREACH);
  g_assert_cmpstr (mutual_finding_get_citation (find (findings, "tupe.terms.void")), ==, "TUPE 2006 reg 4(4)");
  g_assert_cmpint (mutual_finding_get_severity (find (findings, "tupe.terms.eto")), ==, MUTUAL_SEVERITY_WARNING);

  /* at least half: "half" transfers too */
  analysis2 = mutual_transfer_analysis_new (model, "inclusive", &error);
  g_assert_cmpuint (g_list_model_get_n_items (mutual_transfer_analysis_get_transferring (analysis2)), ==, 3);

  g_assert_null (mutual_transfer_analysis_new (model, "nope", &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID);
}

static void
test_calendar (void)
{
  Setup s = { .transfer = "2024-09-02", .informed = "2024-06-01", .n_staff = 120,
              .dismissals = 30, .first_dismissal = "2024-10-01" };
  g_autoptr(MutualModel) model = make_model (&s);
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualTransferAnalysis) analysis = mutual_transfer_analysis_new (model, "plan", &error);
  GListModel *calendar = mutual_transfer_analysis_get_calendar (analysis);
  g_autoptr(GListModel) late_early = NULL, late_after = NULL;
  const char *codes[] = { "tupe.eli", "tupe.inform", "tupe.redundancy-consultation" };
  const char *dues[] = { "2024-08-05", "2024-09-01", "2024-09-01" };

  g_assert_cmpuint (g_list_model_get_n_items (calendar), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(MutualObligation) o = g_list_model_get_item (calendar, i);

      g_assert_cmpstr (mutual_obligation_get_code (o), ==, codes[i]);
      g_assert_cmpstr (mutual_obligation_get_due (o), ==, dues[i]);
    }
  late_early = mutual_transfer_analysis_list_late (analysis, "2024-08-05", &error);
  g_assert_cmpuint (g_list_model_get_n_items (late_early), ==, 0);
  late_after = mutual_transfer_analysis_list_late (analysis, "2024-08-06", &error);
  g_assert_cmpuint (g_list_model_get_n_items (late_after), ==, 1);
  g_assert_null (mutual_transfer_analysis_list_late (analysis, "6/8/2024", &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE);
}

static void
test_liabilities_match_single (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_example ("3bm-2013", &error);
  g_autoptr(MutualTransferAnalysis) analysis = mutual_transfer_analysis_new (model, "3bm-2013", &error);
  g_autoptr(MutualTransferLiabilities) l = NULL;
  const char * const *ids;
  const gint64 *redundancy, *protective, *eli, *annual;
  gsize n;
  gint64 total = 0;

  g_assert_no_error (error);
  l = mutual_transfer_analysis_compute_liabilities (analysis, "2024-04-06", &error);
  g_assert_no_error (error);
  ids = mutual_transfer_liabilities_get_staff_ids (l);
  redundancy = mutual_transfer_liabilities_get_redundancy_pay (l, &n);
  protective = mutual_transfer_liabilities_get_protective_award (l, NULL);
  eli = mutual_transfer_liabilities_get_eli_award (l, NULL);
  annual = mutual_transfer_liabilities_get_annual_pay (l, NULL);
  g_assert_cmpuint (n, ==, mutual_transfer_liabilities_get_n_employees (l));
  g_assert_cmpint (mutual_transfer_liabilities_get_weekly_pay_cap (l), ==, 70000);
  for (gsize i = 0; i < n; i++)
    {
      MutualStaffMember *m = mutual_model_lookup_staff_member (model, ids[i]);
      g_autoptr(MutualRedundancyPay) one =
        mutual_redundancy_pay_compute (mutual_staff_member_get_born (m), mutual_staff_member_get_started (m),
                                       "2024-04-06", mutual_staff_member_get_weekly_pay (m),
                                       MUTUAL_JURISDICTION_GREAT_BRITAIN, &error);

      g_assert_cmpint (redundancy[i], ==, mutual_redundancy_pay_get_pence (one));
      g_assert_cmpint (protective[i], ==, 13 * mutual_staff_member_get_weekly_pay (m));
      g_assert_cmpint (eli[i], ==, 50000);
      g_assert_cmpint (annual[i], ==, 52 * mutual_staff_member_get_weekly_pay (m));
      total += redundancy[i];
    }
  g_assert_cmpint (total, ==, mutual_transfer_liabilities_get_total_redundancy_pay (l));
  g_assert_cmpint (mutual_transfer_liabilities_get_total (l), ==,
                   total + mutual_transfer_liabilities_get_total_protective_award (l) +
                   mutual_transfer_liabilities_get_total_eli_award (l));
}

static void
test_example_3bm (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_example ("3bm-2013", &error);
  GListModel *staff = mutual_model_get_staff (model);
  MutualTransferPlan *plan = mutual_model_lookup_transfer_plan (model, "3bm-2013");
  const char *boroughs[] = { "lbhf", "rbkc", "wcc", NULL };
  guint per[3] = { 0 };

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (staff), >=, 60);
  g_assert_cmpuint (g_list_model_get_n_items (staff), <=, 120);
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(MutualStaffMember) m = g_list_model_get_item (staff, i);

      for (guint b = 0; b < 3; b++)
        per[b] += g_str_equal (mutual_staff_member_get_employer (m), boroughs[b]);
    }
  for (guint b = 0; b < 3; b++)
    g_assert_cmpuint (per[b], >, 10);
  g_assert_nonnull (plan);
  g_assert_cmpstrv (mutual_transfer_plan_get_transferors (plan), boroughs);
  g_assert_cmpstr (mutual_transfer_plan_get_transferee (plan), ==, "3bm");
  g_assert_cmpstr (mutual_transfer_plan_get_transfer_date (plan), ==, "2013-04-02");
  /* the existing content stays */
  g_assert_nonnull (mutual_model_lookup_holding (model, "3bm-ebt", "3bm-ordinary"));
}

/* --- model file --- */

#define HEAD "{\"format\":\"libmutual-model\",\"version\":1," \
             "\"parties\":[{\"id\":\"c\",\"name\":\"C\",\"kind\":\"public-body\"},{\"id\":\"m\",\"name\":\"M\",\"kind\":\"company\"}],"

static void
test_model_file_errors (void)
{
  static const struct { const char *json; int code; const char *message; } cases[] = {
    { HEAD "\"staff\":[{\"id\":\"a\",\"employer\":\"c\",\"started\":\"2010-01-01\",\"born\":\"1980-01-01\",\"weekly_pay\":1},"
           "{\"id\":\"b\",\"employer\":\"c\",\"started\":\"2010-01-01\",\"born\":\"31/01/1980\",\"weekly_pay\":1}]}",
      MUTUAL_ERROR_PARSE, "staff[1].born: " },
    { HEAD "\"staff\":[{\"id\":\"a\",\"employer\":\"x\",\"started\":\"2010-01-01\",\"born\":\"1980-01-01\",\"weekly_pay\":1}]}",
      MUTUAL_ERROR_UNKNOWN_ID, "staff[0].employer: no party “x”" },
    { HEAD "\"staff\":[{\"id\":\"a\",\"employer\":\"c\",\"started\":\"1979-01-01\",\"born\":\"1980-01-01\",\"weekly_pay\":1}]}",
      MUTUAL_ERROR_ORDER, "staff[0].started: " },
    { HEAD "\"staff\":[{\"id\":\"a\",\"employer\":\"c\",\"started\":\"2010-01-01\",\"born\":\"1980-01-01\",\"weekly_pay\":1,\"pension_scheme\":\"gold\"}]}",
      MUTUAL_ERROR_INVALID, "staff[0].pension_scheme: " },
    { HEAD "\"transfer_plans\":[{\"id\":\"p\",\"transferors\":[\"c\",\"q\"],\"transferee\":\"m\",\"transfer_date\":\"2013-04-02\",\"grouping\":\"g\"}]}",
      MUTUAL_ERROR_UNKNOWN_ID, "transfer_plans[0].transferors[1]: no party “q”" },
    { HEAD "\"transfer_plans\":[{\"id\":\"p\",\"transferors\":[\"c\"],\"transferee\":\"m\",\"transfer_date\":\"2013-04-02\",\"grouping\":\"g\","
           "\"measures\":[{\"description\":\"d\",\"kind\":\"sideways\"}]}]}",
      MUTUAL_ERROR_INVALID, "transfer_plans[0].measures[0].kind: " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MutualModel) model = mutual_model_new_from_data (cases[i].json, -1, &error);

      g_assert_null (model);
      g_assert_error (error, MUTUAL_ERROR, cases[i].code);
      if (!g_str_has_prefix (error->message, cases[i].message))
        g_error ("case %u: “%s” does not start with “%s”", i, error->message, cases[i].message);
    }
}

static void
test_model_file_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_example ("3bm-2013", &error);
  g_autofree char *first = mutual_model_to_data (model, NULL);
  g_autoptr(MutualModel) again = mutual_model_new_from_data (first, -1, &error);
  g_autofree char *second = mutual_model_to_data (again, NULL);
  MutualTransferPlan *plan;

  g_assert_no_error (error);
  g_assert_cmpstr (first, ==, second);
  plan = mutual_model_lookup_transfer_plan (again, "3bm-2013");
  g_assert_cmpuint (g_list_model_get_n_items (mutual_transfer_plan_get_measures (plan)), ==, 2);
  g_assert_cmpint (mutual_transfer_plan_get_eli_contents (plan), ==, MUTUAL_ELI_CONTENTS_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (mutual_model_get_staff (again)), ==,
                    g_list_model_get_n_items (mutual_model_get_staff (model)));
}

/* --- CSV --- */

static const char *csv_parties =
  "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"lbhf\",\"name\":\"LBHF\",\"kind\":\"public-body\"}]}";

static void
test_csv_read (void)
{
  const char *csv =
    "\xef\xbb\xbf" "Employee ID,Name,Employer,Grouping,Assignment,Start date,Date of birth,Weekly pay,Hours,Pension,Collective agreement,Objected,Cost centre\r\n"
    "E001,\"Smith, A\",lbhf,schools-support,60%,01/09/2005,1975-05-20,£512.30,36,LGPS,\"NJC \"\"Green Book\"\"\",no,X1\r\n"
    "E002,\"Line one\nline two\",lbhf,schools-support,,2/9/2005,20/5/1976,\"1,024\",18.5,,,yes,X2\r\n"
    "\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_data (csv_parties, -1, &error);
  MutualStaffMember *a, *b;

  g_assert_no_error (error);
  g_assert_cmpuint (mutual_model_add_staff_from_csv_data (model, csv, -1, &error), ==, 2);
  g_assert_no_error (error);
  a = mutual_model_lookup_staff_member (model, "E001");
  b = mutual_model_lookup_staff_member (model, "E002");
  g_assert_cmpstr (mutual_staff_member_get_name (a), ==, "Smith, A");
  g_assert_cmpint (mutual_staff_member_get_weekly_pay (a), ==, 51230);
  g_assert_cmpstr (mutual_staff_member_get_started (a), ==, "2005-09-01");
  g_assert_cmpint (mutual_fraction_compare_ratio (mutual_staff_member_get_assignment (a), 3, 5), ==, 0);
  g_assert_cmpint (mutual_staff_member_get_pension_scheme (a), ==, MUTUAL_PENSION_SCHEME_LGPS);
  g_assert_cmpstr (mutual_staff_member_get_collective_agreement (a), ==, "NJC \"Green Book\"");
  g_assert_false (mutual_staff_member_get_objected (a));
  g_assert_cmpstr (mutual_staff_member_get_name (b), ==, "Line one\nline two");
  g_assert_cmpstr (mutual_staff_member_get_born (b), ==, "1976-05-20");
  g_assert_cmpint (mutual_staff_member_get_weekly_pay (b), ==, 102400);
  g_assert_cmpfloat (mutual_staff_member_get_hours (b), ==, 18.5);
  g_assert_true (mutual_staff_member_get_objected (b));
  g_assert_true (mutual_model_validate (model, &error));
}

static void
test_csv_errors (void)
{
  static const struct { const char *csv; int code; const char *message; } cases[] = {
    { "id,employer,started,born,weekly_pay\nA,lbhf,2005-09-01,1975-05-20,500\nB,lbhf,2005-09-01,31/02/1980,500\n",
      MUTUAL_ERROR_PARSE, "row 3, column 4 (“born”): “31/02/1980” is not a date" },
    { "id,employer,started,born,weekly_pay\nA,lbhf,2005-09-01,1975-05-20,5OO\n",
      MUTUAL_ERROR_INVALID, "row 2, column 5 (“weekly_pay”): “5OO” is not an amount in pounds" },
    { "id,employer,started,born,weekly_pay\nA,lbhf,2005-09-01,1975-05-20\n",
      MUTUAL_ERROR_PARSE, "row 2: 4 fields, but the header has 5 columns" },
    { "id,employer,started,born,weekly_pay\nA,\"lbhf,2005-09-01,1975-05-20,500\n",
      MUTUAL_ERROR_PARSE, "row 2, column 2: the quoted field opened on line 2 never closes" },
    { "id,employer,started,born,weekly_pay\nA,lbhf,2005-09-01,1975-05-20,500\nA,lbhf,2005-09-01,1975-05-20,500\n",
      MUTUAL_ERROR_DUPLICATE_ID, "row 3, column 1 (“id”): “A” is already on row 2" },
    { "id,employer,started,born,weekly_pay\nA,rbkc,2005-09-01,1975-05-20,500\n",
      MUTUAL_ERROR_UNKNOWN_ID, "row 2, column 2 (“employer”): no party “rbkc” in the model" },
    { "id,employer,started,weekly_pay\nA,lbhf,2005-09-01,500\n",
      MUTUAL_ERROR_MISSING, "row 1: the header has no column “born”" },
    { "id,employer,started,born,weekly_pay,assignment\nA,lbhf,2005-09-01,1975-05-20,500,120%\n",
      MUTUAL_ERROR_INVALID, "row 2, column 6 (“assignment”): " },
    { "id,employer,started,born,weekly_pay\nA,lbhf,2005-09-01,1975-05-20,500\nB,lb\xff,2005-09-01,1975-05-20,500\n",
      MUTUAL_ERROR_PARSE, "line 3: the staff list is not valid UTF-8" },
    { "id,employer,started,born,weekly_pay\nA,lbhf,1970-09-01,1975-05-20,500\n",
      MUTUAL_ERROR_ORDER, "row 2, column 3 (“started”): " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MutualModel) model = mutual_model_new_from_data (csv_parties, -1, &error);

      g_assert_cmpuint (mutual_model_add_staff_from_csv_data (model, cases[i].csv, -1, &error), ==, 0);
      g_assert_error (error, MUTUAL_ERROR, cases[i].code);
      if (!g_str_has_prefix (error->message, cases[i].message))
        g_error ("case %u: “%s” does not start with “%s”", i, error->message, cases[i].message);
      /* nothing half-applied */
      g_assert_cmpuint (g_list_model_get_n_items (mutual_model_get_staff (model)), ==, 0);
    }
}

static void
test_staff_member_criticals (void)
{
  if (g_test_subprocess ())
    {
      mutual_staff_member_new ("a", "c", "not a date", "1980-01-01", 1);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/tupe/redundancy/age-21-22", test_redundancy_age_21_22);
  g_test_add_func ("/mutual/tupe/redundancy/age-40-41", test_redundancy_age_40_41);
  g_test_add_func ("/mutual/tupe/redundancy/leap-day-birthday", test_redundancy_leap_day_birthday);
  g_test_add_func ("/mutual/tupe/redundancy/two-years", test_redundancy_two_years);
  g_test_add_func ("/mutual/tupe/redundancy/twenty-years", test_redundancy_twenty_years);
  g_test_add_func ("/mutual/tupe/redundancy/caps", test_redundancy_caps);
  g_test_add_func ("/mutual/tupe/redundancy/northern-ireland", test_redundancy_northern_ireland);
  g_test_add_func ("/mutual/tupe/redundancy/errors", test_redundancy_errors);
  g_test_add_func ("/mutual/tupe/eli/28-days", test_eli_28_days);
  g_test_add_func ("/mutual/tupe/eli/14-days", test_eli_14_days_before_may_2014);
  g_test_add_func ("/mutual/tupe/eli/not-sent", test_eli_not_sent);
  g_test_add_func ("/mutual/tupe/consult/direct", test_direct_consultation);
  g_test_add_func ("/mutual/tupe/collective-redundancy", test_collective_redundancy);
  g_test_add_func ("/mutual/tupe/pensions", test_pensions);
  g_test_add_func ("/mutual/tupe/measures-and-scope", test_measures_and_scope);
  g_test_add_func ("/mutual/tupe/calendar", test_calendar);
  g_test_add_func ("/mutual/tupe/liabilities", test_liabilities_match_single);
  g_test_add_func ("/mutual/tupe/example-3bm", test_example_3bm);
  g_test_add_func ("/mutual/tupe/model-file/errors", test_model_file_errors);
  g_test_add_func ("/mutual/tupe/model-file/round-trip", test_model_file_round_trip);
  g_test_add_func ("/mutual/tupe/csv/read", test_csv_read);
  g_test_add_func ("/mutual/tupe/csv/errors", test_csv_errors);
  g_test_add_func ("/mutual/tupe/staff-member/criticals", test_staff_member_criticals);

  return g_test_run ();
}
