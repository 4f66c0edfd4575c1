/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include <json-glib/json-glib.h>
#include <libmutual/mutual.h>

static MutualModel *
load_example_file (const char *name)
{
  g_autofree char *path = g_build_filename (MUTUAL_TEST_SRCDIR, "examples", "models", name, NULL);
  g_autoptr(GError) error = NULL;
  MutualModel *model = mutual_model_new_from_file (path, &error);

  g_assert_no_error (error);
  return model;
}

static char *
scenario_path (const char *name)
{
  return g_build_filename (MUTUAL_TEST_SRCDIR, "examples", "scenarios", name, NULL);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* The holdings as "holder/class=count" lines, sorted: two models with the
 * same holdings give the same text. */
static char *
holdings_text (MutualModel *model)
{
  GListModel *holdings = mutual_model_get_holdings (model);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (holdings); i++)
    {
      g_autoptr(MutualHolding) h = g_list_model_get_item (holdings, i);

      g_ptr_array_add (lines, g_strdup_printf ("%s/%s=%" G_GINT64_FORMAT, mutual_holding_get_holder (h),
                                               mutual_holding_get_share_class (h), mutual_holding_get_count (h)));
    }
  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

static gboolean
has_line (MutualComparison *comparison,
          const char       *needle)
{
  g_auto(GStrv) lines = mutual_comparison_to_lines (comparison);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], needle) != NULL)
      return TRUE;
  return FALSE;
}

/* Acceptance: the October 2014 sale turns mycsp-2012 into mycsp-2014. */
static void
test_mycsp_2014 (void)
{
  g_autoptr(MutualModel) base = load_example_file ("mycsp-2012.json");
  g_autoptr(MutualModel) expected = load_example_file ("mycsp-2014.json");
  g_autofree char *before = holdings_text (base);
  g_autoptr(MutualScenario) scenario = mutual_scenario_new (base);
  g_autoptr(MutualTimeline) timeline = NULL;
  g_autoptr(MutualComparison) comparison = NULL;
  g_autoptr(MutualComparison) with_2014 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *got = NULL, *want = NULL, *after = NULL;
  gboolean band_move = FALSE, control = FALSE;
  GListModel *changes;

  g_assert_true (mutual_scenario_transfer_shares (scenario, "2014-10-01", "cabinet-office", "equiniti",
                                                  "mycsp-ordinary", 11, &error));
  g_assert_no_error (error);
  timeline = mutual_scenario_run (scenario, &error);
  g_assert_no_error (error);
  got = holdings_text (mutual_timeline_final (timeline));
  want = holdings_text (expected);
  g_assert_cmpstr (got, ==, want);
  with_2014 = mutual_comparison_new (expected, mutual_timeline_final (timeline));
  g_assert_true (mutual_comparison_get_equal (with_2014));

  comparison = mutual_timeline_compare (timeline, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (mutual_comparison_get_equal (comparison));
  changes = mutual_comparison_get_changes (comparison);
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(MutualChange) change = g_list_model_get_item (changes, i);

      if (mutual_change_get_kind (change) == MUTUAL_CHANGE_KIND_PSC_CHANGED &&
          g_strcmp0 (mutual_change_get_party (change), "equiniti") == 0)
        {
          g_assert_nonnull (strstr (mutual_change_get_before (change), "25-to-50"));
          g_assert_nonnull (strstr (mutual_change_get_after (change), "50-to-75"));
          band_move = TRUE;
        }
      if (mutual_change_get_kind (change) == MUTUAL_CHANGE_KIND_CONTROL &&
          g_strcmp0 (mutual_change_get_party (change), "equiniti") == 0 &&
          g_strcmp0 (mutual_change_get_measure (change), "ordinary-resolution") == 0)
        {
          g_assert_cmpstr (mutual_change_get_after (change), ==, "yes");
          control = TRUE;
        }
    }
  g_assert_true (band_move);
  g_assert_true (control);
  g_assert_true (has_line (comparison, "equiniti moves from the 25-to-50 to the 50-to-75 band"));
  g_assert_true (has_line (comparison, "equiniti can now pass an ordinary resolution"));
  /* the base is untouched */
  after = holdings_text (base);
  g_assert_cmpstr (before, ==, after);
}

/* The same from the example scenario file. */
static void
test_mycsp_file (void)
{
  g_autofree char *path = scenario_path ("mycsp-2014-sale.json");
  g_autoptr(MutualModel) expected = load_example_file ("mycsp-2014.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualScenario) scenario = mutual_scenario_new_from_file (path, NULL, &error);
  g_autoptr(MutualComparison) comparison = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (mutual_scenario_get_base_name (scenario), ==, "mycsp-2012");
  g_assert_cmpuint (mutual_scenario_get_n_events (scenario), ==, 1);
  comparison = mutual_comparison_new (expected, mutual_scenario_get_final (scenario));
  g_assert_true (mutual_comparison_get_equal (comparison));
}

/* Acceptance: a five-year staff share issue on 3bm-2013, the employees'
 * interest year by year. */
static void
test_3bm_staff_issue (void)
{
  g_autofree char *path = scenario_path ("3bm-staff-issue.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualScenario) scenario = mutual_scenario_new_from_file (path, NULL, &error);
  g_autoptr(MutualTimeline) timeline = NULL;
  /* 751 + 50k of 1000 + 50k shares */
  static const gint64 num[] = { 801, 851, 901, 951, 1001 };
  static const gint64 den[] = { 1050, 1100, 1150, 1200, 1250 };

  g_assert_no_error (error);
  timeline = mutual_scenario_run (scenario, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mutual_timeline_get_n_events (timeline), ==, 5);
  for (int year = 2014; year <= 2018; year++)
    {
      g_autofree char *date = g_strdup_printf ("%d-12-31", year);
      MutualModel *state = mutual_timeline_at (timeline, date, &error);
      g_autoptr(MutualAnalysis) analysis = mutual_analysis_new (state);
      g_autoptr(MutualInterest) interest = mutual_analysis_employee_interest (analysis, "3bm", MUTUAL_DIMENSION_SHARES, &error);
      g_autoptr(MutualFraction) expected = mutual_fraction_new (num[year - 2014], den[year - 2014]);

      g_assert_no_error (error);
      g_assert_true (mutual_fraction_equal (mutual_interest_get_fraction (interest), expected));
    }
  /* before the first issue, the launch position */
  {
    MutualModel *state = mutual_timeline_at (timeline, "2014-04-30", &error);

    g_assert_true (state == mutual_timeline_get_base (timeline));
  }
}

typedef struct
{
  const char *name;
  const char *json;     /* one event, applied to mycsp-2012 after a good one */
  int code;
  const char *message;
} BadCase;

/* Acceptance: every bad scenario fails with an error naming the event, and
 * nothing is half applied: neither the base nor the scenario changes. */
static void
test_bad_scenarios (void)
{
  static const BadCase cases[] = {
    { "more than held", "{\"type\":\"transfer-shares\",\"id\":\"too-many\",\"date\":\"2015-04-01\",\"transferor\":\"equiniti\","
      "\"transferee\":\"mycsp-trust\",\"share_class\":\"mycsp-ordinary\",\"count\":150}",
      MUTUAL_ERROR_INSUFFICIENT, "events[1] “too-many” (transfer-shares, 2015-04-01): “equiniti” holds 51 shares" },
    { "unknown party", "{\"type\":\"transfer-shares\",\"id\":\"ghost\",\"date\":\"2015-04-01\",\"transferor\":\"equinity\","
      "\"transferee\":\"mycsp-trust\",\"share_class\":\"mycsp-ordinary\",\"count\":1}",
      MUTUAL_ERROR_UNKNOWN_ID, "events[1] “ghost” (transfer-shares, 2015-04-01): there is no party “equinity”" },
    { "unknown class", "{\"type\":\"issue-shares\",\"id\":\"b\",\"date\":\"2015-04-01\",\"holder\":\"equiniti\","
      "\"share_class\":\"mycsp-b\",\"count\":1}",
      MUTUAL_ERROR_UNKNOWN_ID, "events[1] “b” (issue-shares, 2015-04-01): there is no share class “mycsp-b”" },
    { "out of order", "{\"type\":\"issue-shares\",\"id\":\"early\",\"date\":\"2013-01-01\",\"holder\":\"equiniti\","
      "\"share_class\":\"mycsp-ordinary\",\"count\":1}",
      MUTUAL_ERROR_ORDER, "events[1] “early” (issue-shares, 2013-01-01): dated before the event before it (2014-10-01)" },
    { "conversion loses shares", "{\"type\":\"convert-shares\",\"id\":\"halve\",\"date\":\"2015-04-01\","
      "\"share_class\":\"mycsp-ordinary\",\"to_share_class\":\"mycsp-b\",\"ratio\":\"1/2\"}",
      MUTUAL_ERROR_INVALID, "a conversion must not lose shares" },
    { "consolidation loses shares", "{\"type\":\"consolidate-shares\",\"id\":\"merge\",\"date\":\"2015-04-01\","
      "\"share_class\":\"mycsp-ordinary\",\"factor\":2}",
      MUTUAL_ERROR_INVALID, "the consolidation would lose shares" },
    { "duplicate id", "{\"type\":\"issue-shares\",\"id\":\"sale\",\"date\":\"2015-04-01\",\"holder\":\"equiniti\","
      "\"share_class\":\"mycsp-ordinary\",\"count\":1}",
      MUTUAL_ERROR_DUPLICATE_ID, "events[1] “sale” (issue-shares, 2015-04-01): another event already has the id “sale”" },
    { "trust over-allocates", "{\"type\":\"trust-allocation\",\"date\":\"2015-04-01\",\"trust\":\"mycsp-trust\","
      "\"share_class\":\"mycsp-ordinary\",\"beneficiaries\":[\"equiniti\",\"cabinet-office\"],\"count\":13}",
      MUTUAL_ERROR_INSUFFICIENT, "events[1] (trust-allocation, 2015-04-01): “mycsp-trust” holds 25 shares" },
  };
  g_autoptr(MutualModel) base = load_example_file ("mycsp-2012.json");
  g_autofree char *before = holdings_text (base);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MutualScenario) scenario = mutual_scenario_new (base);
      g_autoptr(MutualEvent) bad = NULL;
      g_autoptr(MutualEvent) b_class = NULL;
      g_autoptr(MutualEvent) sale = g_object_new (MUTUAL_TYPE_TRANSFER_SHARES_EVENT, "id", "sale",
                                                  "date", "2014-10-01", "transferor", "cabinet-office",
                                                  "transferee", "equiniti", "share-class", "mycsp-ordinary",
                                                  "count", (gint64) 11, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *final_before = NULL, *final_after = NULL, *base_after = NULL;

      g_test_message ("case: %s", cases[i].name);
      g_assert_true (mutual_scenario_add_event (scenario, sale, &error));
      if (strstr (cases[i].json, "mycsp-b") && strstr (cases[i].json, "convert"))
        {
          b_class = g_object_new (MUTUAL_TYPE_CREATE_SHARE_CLASS_EVENT, "date", "2014-10-01", "share-class", "mycsp-b",
                                  "issuer", "mycsp", NULL);
          g_assert_true (mutual_scenario_add_event (scenario, b_class, &error));
        }
      final_before = holdings_text (mutual_scenario_get_final (scenario));
      bad = mutual_event_from_data (cases[i].json, -1, &error);
      g_assert_no_error (error);
      g_assert_false (mutual_scenario_add_event (scenario, bad, &error));
      g_assert_error (error, MUTUAL_ERROR, cases[i].code);
      if (b_class == NULL)
        g_assert_nonnull (strstr (error->message, cases[i].message));
      else
        g_assert_nonnull (strstr (error->message, "events[2]"));
      g_assert_nonnull (strstr (error->message, cases[i].message));
      /* nothing half applied */
      g_assert_cmpuint (mutual_scenario_get_n_events (scenario), ==, b_class ? 2 : 1);
      final_after = holdings_text (mutual_scenario_get_final (scenario));
      g_assert_cmpstr (final_before, ==, final_after);
      base_after = holdings_text (base);
      g_assert_cmpstr (before, ==, base_after);
    }
}

/* mutual_event_apply on a model directly: all or nothing. */
static void
test_apply_all_or_nothing (void)
{
  g_autoptr(MutualModel) model = load_example_file ("mycsp-2014.json");
  g_autofree char *before = holdings_text (model);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  const char *buyers[] = { "equiniti", "nobody", NULL };
  g_autoptr(MutualEvent) exit_event = g_object_new (MUTUAL_TYPE_EXIT_EVENT, "date", "2016-01-01",
                                                    "party", "cabinet-office", "buyers", buyers, NULL);

  g_assert_false (mutual_event_apply (exit_event, model, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID);
  after = holdings_text (model);
  g_assert_cmpstr (before, ==, after);
}

/* The exit splits exactly, by largest remainder. */
static void
test_exit_split (void)
{
  g_autoptr(MutualModel) base = load_example_file ("mycsp-2014.json");
  g_autoptr(MutualScenario) scenario = mutual_scenario_new (base);
  g_autoptr(GError) error = NULL;
  const char *buyers[] = { "equiniti", "mycsp-trust", NULL };
  const char *thirds[] = { "1", "2", NULL };
  MutualModel *final;

  /* 24 shares in 1:2 → 8 and 16 */
  g_assert_true (mutual_scenario_exit (scenario, "2016-04-01", "cabinet-office", "mycsp", buyers, thirds, &error));
  g_assert_no_error (error);
  final = mutual_scenario_get_final (scenario);
  g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (final, "equiniti", "mycsp-ordinary")), ==, 59);
  g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (final, "mycsp-trust", "mycsp-ordinary")), ==, 41);
  g_assert_null (mutual_model_lookup_holding (final, "cabinet-office", "mycsp-ordinary"));
  g_assert_cmpstr (mutual_model_get_date (final), ==, "2016-04-01");
}

static void
test_exit_rounding (void)
{
  g_autoptr(MutualModel) base = mutual_model_new ();
  g_autoptr(MutualParty) co = mutual_party_new ("co", "Co", MUTUAL_PARTY_KIND_COMPANY);
  g_autoptr(MutualShareClass) ord = mutual_share_class_new ("ord", "co", "Ordinary");
  g_autoptr(MutualScenario) scenario = NULL;
  g_autoptr(GError) error = NULL;
  const char *buyers[] = { "a", "b", "c", NULL };
  MutualModel *final;

  g_assert_true (mutual_model_add_party (base, co, NULL));
  for (guint i = 0; buyers[i]; i++)
    {
      g_autoptr(MutualParty) p = mutual_party_new (buyers[i], buyers[i], MUTUAL_PARTY_KIND_PERSON);

      g_assert_true (mutual_model_add_party (base, p, NULL));
    }
  {
    g_autoptr(MutualParty) seller = mutual_party_new ("s", "Seller", MUTUAL_PARTY_KIND_PERSON);

    g_assert_true (mutual_model_add_party (base, seller, NULL));
  }
  g_assert_true (mutual_model_add_share_class (base, ord, NULL));
  g_assert_true (mutual_model_set_holding (base, "s", "ord", 10, NULL));
  scenario = mutual_scenario_new (base);
  /* 10 in equal thirds: 3.33 each, the spare share to the first named */
  g_assert_true (mutual_scenario_exit (scenario, "2020-01-01", "s", NULL, buyers, NULL, &error));
  g_assert_no_error (error);
  final = mutual_scenario_get_final (scenario);
  g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (final, "a", "ord")), ==, 4);
  g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (final, "b", "ord")), ==, 3);
  g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (final, "c", "ord")), ==, 3);
}

/* Reads a scenario file, checks each event describes itself, writes it
 * and reads it back to the same result; adds its kinds to @kinds. */
static MutualScenario *
round_trip (const char *name,
            GHashTable *kinds)
{
  g_autofree char *path = scenario_path (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualScenario) scenario = mutual_scenario_new_from_file (path, NULL, &error);
  g_autoptr(MutualScenario) again = NULL;
  g_autofree char *data = NULL;
  g_autofree char *data_again = NULL;
  g_autoptr(MutualComparison) comparison = NULL;
  GListModel *events;

  g_assert_no_error (error);
  events = mutual_scenario_get_events (scenario);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(MutualEvent) event = g_list_model_get_item (events, i);
      g_autofree char *described = mutual_event_describe (event);

      g_assert_true (strlen (described) > 0);
      g_hash_table_add (kinds, (gpointer) mutual_event_get_kind (event));
    }
  data = mutual_scenario_to_data (scenario, NULL);
  again = mutual_scenario_new_from_data (data, -1, mutual_scenario_get_base (scenario), &error);
  g_assert_no_error (error);
  data_again = mutual_scenario_to_data (again, NULL);
  g_assert_cmpstr (data, ==, data_again);
  comparison = mutual_comparison_new (mutual_scenario_get_final (scenario), mutual_scenario_get_final (again));
  g_assert_true (mutual_comparison_get_equal (comparison));
  g_assert_cmpuint (g_list_model_get_n_items (mutual_comparison_get_changes (comparison)), ==, 0);
  return g_steal_pointer (&scenario);
}

/* Two tours use every kind of event between them. */
static void
test_every_kind_round_trip (void)
{
  g_autoptr(GHashTable) kinds = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) all_kinds = mutual_event_list_kinds ();
  g_autoptr(MutualScenario) restructure = round_trip ("3bm-restructure.json", kinds);
  g_autoptr(MutualScenario) contracts = round_trip ("3bm-transfer-and-contracts.json", kinds);
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualTransferAnalysis) before = NULL;
  MutualModel *final;
  GListModel *staff;
  guint n_moved = 0;

  for (guint i = 0; all_kinds[i] != NULL; i++)
    if (!g_hash_table_contains (kinds, all_kinds[i]))
      g_error ("no tour uses the kind “%s”", all_kinds[i]);

  final = mutual_scenario_get_final (restructure);
  g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (final, "3bm-ebt", "3bm-ordinary")), ==, 4490);
  g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (final, "3bm-coop", "3bm-ordinary")), ==, 355);
  g_assert_cmpint (mutual_share_class_get_nominal_value (mutual_model_lookup_share_class (final, "3bm-ordinary")), ==, 20);
  g_assert_null (mutual_model_lookup_membership (final, "bob", "3bm-coop"));
  g_assert_nonnull (mutual_model_lookup_membership (final, "alice", "3bm-coop"));
  g_assert_null (mutual_model_lookup_board_right (final, "3bm-ebt", "3bm"));
  g_assert_true (mutual_model_validate (final, &error));

  /* the staff in the plan's scope, and only they, now work for 3BM */
  before = mutual_transfer_analysis_new (mutual_scenario_get_base (contracts), "3bm-2013", &error);
  g_assert_no_error (error);
  final = mutual_scenario_get_final (contracts);
  staff = mutual_model_get_staff (final);
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(MutualStaffMember) member = g_list_model_get_item (staff, i);

      if (g_strcmp0 (mutual_staff_member_get_employer (member), "3bm") == 0)
        n_moved++;
    }
  g_assert_cmpuint (n_moved, >, 0);
  g_assert_cmpuint (n_moved, ==, g_list_model_get_n_items (mutual_transfer_analysis_get_transferring (before)));
  g_assert_cmpstr (mutual_contract_get_end (mutual_model_lookup_contract (final, "3bm-schools-support")), ==, "2016-03-31");
  g_assert_cmpstr (mutual_contract_get_award_date (mutual_model_lookup_contract (final, "3bm-schools-support-2016")), ==, "2016-03-31");
}

/* Malformed scenario files name the path of the problem. */
static void
test_bad_files (void)
{
  static const struct { const char *json; const char *message; } cases[] = {
    { "{\"format\":\"libmutual-scenario\",\"version\":1,\"base\":\"mycsp-2012\",\"events\":[{\"type\":\"sell\",\"date\":\"2015-01-01\"}]}",
      "events[0].type: “sell” is not a kind of event" },
    { "{\"format\":\"libmutual-scenario\",\"version\":1,\"base\":\"mycsp-2012\",\"events\":[{\"type\":\"issue-shares\",\"date\":\"2015-02-30\"}]}",
      "events[0].date" },
    { "{\"format\":\"libmutual-scenario\",\"version\":1,\"base\":\"mycsp-2012\",\"events\":[{\"type\":\"issue-shares\",\"date\":\"2015-01-01\",\"colour\":1}]}",
      "events[0].colour: unknown member" },
    { "{\"format\":\"libmutual-scenario\",\"version\":1,\"base\":\"mycsp-2012\",\"events\":[{\"type\":\"issue-shares\",\"date\":\"2015-01-01\",\"count\":-5}]}",
      "events[0].count" },
    { "{\"format\":\"libmutual-scenario\",\"version\":1,\"base\":\"nowhere\",\"events\":[]}", "base: there is no example" },
    { "{\"format\":\"libmutual-scenario\",\"version\":1,\"events\":[]}", "base: the scenario names no base" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"events\":[]}", "is not a libmutual scenario" },
    { "{\"format\":\"libmutual-scenario\",\"version\":1,\"base\":\"mycsp-2012\",\"events\":[{\"type\":\"issue-shares\",\"date\":\"2015-01-01\"}]}",
      "events[0] (issue-shares, 2015-01-01): holder is required" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MutualScenario) scenario = mutual_scenario_new_from_data (cases[i].json, -1, NULL, &error);

      g_assert_null (scenario);
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("“%s” does not contain “%s”", error->message, cases[i].message);
    }
}

static void
count_progress (MutualSweep *sweep,
                guint        done,
                guint        total,
                gpointer     data)
{
  guint *last = data;

  g_assert_cmpuint (done, <=, total);
  g_assert_cmpuint (done, >=, *last);
  *last = done;
}

/* A sweep over a parameter, metrics checked against a scenario of each. */
static void
test_sweep (void)
{
  g_autoptr(MutualModel) base = load_example_file ("mycsp-2014.json");
  g_autoptr(MutualSweep) sweep = mutual_sweep_new (base);
  g_autoptr(MutualEvent) event = g_object_new (MUTUAL_TYPE_TRANSFER_SHARES_EVENT, "date", "2015-04-01",
                                               "transferor", "equiniti", "transferee", "mycsp-trust",
                                               "share-class", "mycsp-ordinary", "count", (gint64) 1, NULL);
  g_autoptr(GVariant) rows = NULL;
  g_autoptr(GError) error = NULL;
  guint last = 0;

  mutual_sweep_add_event (sweep, event);
  g_assert_true (mutual_sweep_bind (sweep, 0, "count", "${n}", &error));
  g_assert_true (mutual_sweep_bind (sweep, 0, "date", "${year}-04-01", &error));
  g_assert_true (mutual_sweep_add_range (sweep, "n", 1, 60, 1, &error));
  g_assert_true (mutual_sweep_add_values (sweep, "year", (const char *[]) { "2015", "2016", NULL }, &error));
  g_assert_true (mutual_sweep_add_metric (sweep, "trust=holding:mycsp-trust:mycsp-ordinary", &error));
  g_assert_true (mutual_sweep_add_metric (sweep, "control:mycsp", &error));
  g_assert_true (mutual_sweep_add_metric (sweep, "psc:equiniti:mycsp", &error));
  g_assert_true (mutual_sweep_add_metric (sweep, "employee-interest:mycsp", &error));
  g_assert_true (mutual_sweep_add_metric (sweep, "date", &error));
  g_assert_false (mutual_sweep_add_metric (sweep, "charisma:equiniti", &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (mutual_sweep_bind (sweep, 3, "count", "1", &error));
  g_clear_error (&error);
  g_assert_cmpuint (mutual_sweep_get_n_runs (sweep), ==, 120);
  mutual_sweep_set_n_threads (sweep, 3);
  g_signal_connect (sweep, "progress", G_CALLBACK (count_progress), &last);

  rows = mutual_sweep_run (sweep, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (last, ==, 120);
  g_assert_cmpuint (g_variant_n_children (rows), ==, 120);
  for (guint i = 0; i < 120; i++)
    {
      g_autoptr(GVariant) row = g_variant_get_child_value (rows, i);
      gint64 run, n, trust;
      const char *year, *message, *controllers, *natures, *date;
      double interest;
      g_autoptr(MutualScenario) check = mutual_scenario_new (base);
      g_autofree char *when = NULL;
      g_autoptr(GError) local = NULL;

      g_assert_true (g_variant_lookup (row, "run", "x", &run));
      g_assert_true (g_variant_lookup (row, "n", "x", &n));
      g_assert_true (g_variant_lookup (row, "year", "&s", &year));
      g_assert_true (g_variant_lookup (row, "error", "&s", &message));
      g_assert_cmpint (run, ==, i);
      g_assert_cmpint (n, ==, i / 2 + 1);
      g_assert_cmpstr (year, ==, i % 2 ? "2016" : "2015");
      when = g_strdup_printf ("%s-04-01", year);
      if (!mutual_scenario_transfer_shares (check, when, "equiniti", "mycsp-trust", "mycsp-ordinary", n, &local))
        {
          /* Equiniti holds 51: 52 and more are refused, in the row too */
          g_assert_cmpint (n, >, 51);
          g_assert_nonnull (strstr (message, "holds 51 shares"));
          g_assert_false (g_variant_lookup (row, "trust", "x", &trust));
          continue;
        }
      g_assert_cmpstr (message, ==, "");
      g_assert_true (g_variant_lookup (row, "trust", "x", &trust));
      g_assert_cmpint (trust, ==, 25 + n);
      g_assert_true (g_variant_lookup (row, "control:mycsp", "&s", &controllers));
      /* Equiniti keeps a majority while it holds 51 - n > 50 */
      g_assert_cmpstr (controllers, ==, n == 0 ? "equiniti" : (25 + n > 50 ? "mycsp-trust" : ""));
      g_assert_true (g_variant_lookup (row, "psc:equiniti:mycsp", "&s", &natures));
      if (51 - n > 25)
        g_assert_nonnull (strstr (natures, 51 - n > 50 ? "50-to-75" : "25-to-50"));
      else
        g_assert_cmpstr (natures, ==, "");
      g_assert_true (g_variant_lookup (row, "employee-interest:mycsp", "d", &interest));
      g_assert_cmpfloat_with_epsilon (interest, (25.0 + n) / 100, 1e-12);
      g_assert_true (g_variant_lookup (row, "date", "&s", &date));
      g_assert_cmpstr (date, ==, when);
    }
}

static void
cancel_at_first (MutualSweep *sweep,
                 guint        done,
                 guint        total,
                 gpointer     data)
{
  g_cancellable_cancel (data);
}

/* Ending a contract early ends its options to extend too: its latest end
 * is the day it ended (it was the end plus the options before). */
static void
test_end_contract_options (void)
{
  g_autoptr(MutualModel) model = mutual_model_new ();
  g_autoptr(MutualParty) council = mutual_party_new ("council", "The Council", MUTUAL_PARTY_KIND_PUBLIC_BODY);
  g_autoptr(MutualParty) mutual = mutual_party_new ("mutual", "The Mutual", MUTUAL_PARTY_KIND_COMPANY);
  const char *codes[] = { "85312000-9", NULL };
  g_autoptr(MutualContract) contract =
    g_object_new (MUTUAL_TYPE_CONTRACT, "id", "c", "authority", "council", "supplier", "mutual", "cpv-codes", codes,
                  "award-date", "2013-01-15", "start", "2013-04-02", "end", "2017-04-01", "extension-months", 36, NULL);
  g_autoptr(MutualEvent) event = g_object_new (MUTUAL_TYPE_END_CONTRACT_EVENT, "date", "2015-06-30", "contract", "c", NULL);
  g_autoptr(MutualEvent) late = g_object_new (MUTUAL_TYPE_END_CONTRACT_EVENT, "date", "2017-04-02", "contract", "c", NULL);
  g_autoptr(MutualModel) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  MutualContract *ended;

  g_assert_true (mutual_model_add_party (model, council, &error));
  g_assert_true (mutual_model_add_party (model, mutual, &error));
  g_assert_true (mutual_model_add_contract (model, contract, &error));
  g_assert_no_error (error);
  before = mutual_contract_dup_latest_end (mutual_model_lookup_contract (model, "c"));
  g_assert_cmpstr (before, ==, "2020-04-01");

  /* after its end (options or not): refused, the model unchanged */
  copy = mutual_model_copy (model);
  g_assert_false (mutual_event_apply (late, copy, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_ORDER);
  g_clear_error (&error);
  g_assert_cmpuint (mutual_contract_get_extension_months (mutual_model_lookup_contract (copy, "c")), ==, 36);

  g_assert_true (mutual_event_apply (event, model, &error));
  g_assert_no_error (error);
  ended = mutual_model_lookup_contract (model, "c");
  g_assert_cmpstr (mutual_contract_get_end (ended), ==, "2015-06-30");
  g_assert_cmpuint (mutual_contract_get_extension_months (ended), ==, 0);
  after = mutual_contract_dup_latest_end (ended);
  g_assert_cmpstr (after, ==, "2015-06-30");
  /* everything else kept */
  g_assert_cmpstr (mutual_contract_get_start (ended), ==, "2013-04-02");
  g_assert_cmpstr (mutual_contract_get_supplier (ended), ==, "mutual");
}

/* A sweep works out each run's analysis from its base's: the rows must be
 * what a fresh analysis of each run's model says, also when the base is a
 * changed copy (its changes are folded first). */
static void
test_sweep_fresh_analysis (void)
{
  g_autoptr(MutualModel) loaded = load_example_file ("mycsp-2014.json");
  g_autoptr(MutualModel) base = mutual_model_copy (loaded);
  g_autoptr(MutualSweep) sweep = NULL;
  g_autoptr(MutualEvent) event = g_object_new (MUTUAL_TYPE_TRANSFER_SHARES_EVENT, "date", "2015-04-01",
                                               "transferor", "equiniti", "transferee", "mycsp-trust",
                                               "share-class", "mycsp-ordinary", "count", (gint64) 1, NULL);
  g_autoptr(GVariant) rows = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mutual_model_set_holding (base, "equiniti", "mycsp-ordinary",
                                           mutual_holding_get_count (mutual_model_lookup_holding (loaded, "equiniti", "mycsp-ordinary")) - 1,
                                           &error));
  g_assert_true (mutual_model_set_holding (base, "cabinet-office", "mycsp-ordinary",
                                           mutual_holding_get_count (mutual_model_lookup_holding (loaded, "cabinet-office", "mycsp-ordinary")) + 1,
                                           &error));
  sweep = mutual_sweep_new (base);
  mutual_sweep_add_event (sweep, event);
  g_assert_true (mutual_sweep_bind (sweep, 0, "count", "${n}", &error));
  g_assert_true (mutual_sweep_add_range (sweep, "n", 1, 40, 1, &error));
  g_assert_true (mutual_sweep_add_metric (sweep, "control:mycsp:block-special", &error));
  g_assert_true (mutual_sweep_add_metric (sweep, "pscs:mycsp", &error));
  mutual_sweep_set_n_threads (sweep, 2);
  rows = mutual_sweep_run (sweep, NULL, &error);
  g_assert_no_error (error);
  for (gsize i = 0; i < g_variant_n_children (rows); i++)
    {
      g_autoptr(GVariant) row = g_variant_get_child_value (rows, i);
      g_autoptr(MutualModel) model = mutual_model_copy (base);
      g_autoptr(MutualEvent) run_event = g_object_new (MUTUAL_TYPE_TRANSFER_SHARES_EVENT, "date", "2015-04-01",
                                                       "transferor", "equiniti", "transferee", "mycsp-trust",
                                                       "share-class", "mycsp-ordinary", "count", (gint64) i + 1, NULL);
      g_autoptr(MutualAnalysis) analysis = NULL;
      g_autoptr(MutualControl) control = NULL;
      g_autoptr(GListModel) pscs = NULL;
      g_autoptr(GString) want_pscs = g_string_new (NULL);
      g_autofree char *want_control = NULL;
      const char *got = NULL;

      if (!mutual_event_apply (run_event, model, NULL))
        {
          g_assert_true (g_variant_lookup (row, "error", "&s", &got) && *got != '\0');
          continue;
        }
      analysis = mutual_analysis_new (model);
      control = mutual_analysis_control (analysis, "mycsp", &error);
      g_assert_no_error (error);
      want_control = g_strjoinv (",", (char **) mutual_control_get_deciders (control, MUTUAL_RESOLUTION_BLOCK_SPECIAL));
      pscs = mutual_analysis_list_pscs (analysis, "mycsp", &error);
      g_assert_no_error (error);
      for (guint k = 0; k < g_list_model_get_n_items (pscs); k++)
        {
          g_autoptr(MutualPsc) psc = g_list_model_get_item (pscs, k);

          g_string_append_printf (want_pscs, "%s%s", k ? "," : "", mutual_psc_get_party (psc));
        }
      g_assert_true (g_variant_lookup (row, "control:mycsp:block-special", "&s", &got));
      g_assert_cmpstr (got, ==, want_control);
      g_assert_true (g_variant_lookup (row, "pscs:mycsp", "&s", &got));
      g_assert_cmpstr (got, ==, want_pscs->str);
    }
}

/* run_to_json() writes what run() returns: every member of every row, the
 * same value (doubles to the last bit), strings escaped. */
static void
test_sweep_json (void)
{
  g_autoptr(MutualModel) base = load_example_file ("mycsp-2014.json");
  g_autoptr(MutualSweep) sweep = mutual_sweep_new (base);
  g_autoptr(MutualEvent) event = g_object_new (MUTUAL_TYPE_TRANSFER_SHARES_EVENT, "date", "2015-04-01",
                                               "transferor", "equiniti", "transferee", "mycsp-trust",
                                               "share-class", "mycsp-ordinary", "count", (gint64) 1, NULL);
  g_autoptr(GVariant) rows = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;

  mutual_sweep_add_event (sweep, event);
  g_assert_true (mutual_sweep_bind (sweep, 0, "count", "${n}", &error));
  g_assert_true (mutual_sweep_add_range (sweep, "n", 0, 30, 3, &error));
  mutual_sweep_add_run (sweep, "a \"label\"\\ with\nlines\tand\x01 ünïcode", NULL, 0);
  g_assert_true (mutual_sweep_add_metric (sweep, "trust=holding:mycsp-trust:mycsp-ordinary", &error));
  g_assert_true (mutual_sweep_add_metric (sweep, "votes:equiniti:mycsp", &error));
  g_assert_true (mutual_sweep_add_metric (sweep, "employee-interest:mycsp", &error));
  g_assert_true (mutual_sweep_add_metric (sweep, "controls:mycsp-trust:mycsp:block-special", &error));
  g_assert_true (mutual_sweep_add_metric (sweep, "control:mycsp", &error));
  rows = mutual_sweep_run (sweep, NULL, &error);
  g_assert_no_error (error);
  text = mutual_sweep_run_to_json (sweep, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, g_variant_n_children (rows));
  for (gsize i = 0; i < g_variant_n_children (rows); i++)
    {
      g_autoptr(GVariant) row = g_variant_get_child_value (rows, i);
      JsonObject *object = json_array_get_object_element (array, i);
      GVariantIter iter;
      const char *key;
      GVariant *value;

      g_assert_cmpuint (json_object_get_size (object), ==, g_variant_n_children (row));
      g_variant_iter_init (&iter, row);
      while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
        {
          JsonNode *node = json_object_get_member (object, key);

          g_assert_nonnull (node);
          if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
            g_assert_cmpstr (json_node_get_string (node), ==, g_variant_get_string (value, NULL));
          else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
            g_assert_cmpint (json_node_get_int (node), ==, g_variant_get_int64 (value));
          else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
            {
              /* read as a double, exactly */
              g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_DOUBLE);
              g_assert_true (json_node_get_double (node) == g_variant_get_double (value));
            }
          else if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
            g_assert_cmpint (json_node_get_boolean (node), ==, g_variant_get_boolean (value));
          else
            g_assert_not_reached ();
          g_variant_unref (value);
        }
    }
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, json_array_get_length (array) - 1), "label"),
                   ==, "a \"label\"\\ with\nlines\tand\x01 ünïcode");
  /* run 0 transfers 0 shares: its error is in its row */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "error"), !=, "");
}

static void
test_sweep_cancel (void)
{
  g_autoptr(MutualModel) base = load_example_file ("mycsp-2014.json");
  g_autoptr(MutualSweep) sweep = mutual_sweep_new (base);
  g_autoptr(MutualEvent) event = g_object_new (MUTUAL_TYPE_ISSUE_SHARES_EVENT, "date", "2015-04-01",
                                               "holder", "mycsp-trust", "share-class", "mycsp-ordinary",
                                               "count", (gint64) 1, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) rows = NULL;

  mutual_sweep_add_event (sweep, event);
  g_assert_true (mutual_sweep_bind (sweep, 0, "count", "${n}", &error));
  g_assert_true (mutual_sweep_add_range (sweep, "n", 1, 200000, 1, &error));
  g_signal_connect (sweep, "progress", G_CALLBACK (cancel_at_first), cancellable);
  rows = mutual_sweep_run (sweep, cancellable, &error);
  g_assert_null (rows);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  /* the same as JSON: the rows made so far are dropped */
  g_cancellable_reset (cancellable);
  g_assert_null (mutual_sweep_run_to_json (sweep, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* A template binding a name that is no parameter is refused up front. */
static void
test_sweep_bad_binding (void)
{
  g_autoptr(MutualModel) base = load_example_file ("mycsp-2014.json");
  g_autoptr(MutualSweep) sweep = mutual_sweep_new (base);
  g_autoptr(MutualEvent) event = g_object_new (MUTUAL_TYPE_ISSUE_SHARES_EVENT, "date", "2015-04-01",
                                               "holder", "mycsp-trust", "share-class", "mycsp-ordinary",
                                               "count", (gint64) 1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) rows = NULL;

  mutual_sweep_add_event (sweep, event);
  g_assert_true (mutual_sweep_bind (sweep, 0, "count", "${m}", &error));
  g_assert_true (mutual_sweep_add_range (sweep, "n", 1, 3, 1, &error));
  rows = mutual_sweep_run (sweep, NULL, &error);
  g_assert_null (rows);
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, "${m}"));
}

/* Timeline: the state after each event and at any date. */
static void
test_timeline (void)
{
  g_autoptr(MutualModel) base = load_example_file ("mycsp-2012.json");
  g_autoptr(MutualScenario) scenario = mutual_scenario_new (base);
  g_autoptr(MutualTimeline) timeline = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mutual_scenario_transfer_shares (scenario, "2014-10-01", "cabinet-office", "equiniti", "mycsp-ordinary", 11, &error));
  g_assert_true (mutual_scenario_issue_shares (scenario, "2014-10-01", "mycsp-trust", "mycsp-ordinary", 5, &error));
  g_assert_true (mutual_scenario_buy_back_shares (scenario, "2016-01-01", "mycsp-trust", "mycsp-ordinary", 5, &error));
  timeline = mutual_scenario_run (scenario, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mutual_timeline_get_states (timeline)), ==, 4);
  g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (mutual_timeline_get_state (timeline, 1), "mycsp-trust", "mycsp-ordinary")), ==, 30);
  g_assert_true (mutual_timeline_at (timeline, "2014-09-30", &error) == mutual_timeline_get_base (timeline));
  g_assert_true (mutual_timeline_at (timeline, "2014-10-01", &error) == mutual_timeline_get_state (timeline, 1));
  g_assert_true (mutual_timeline_at (timeline, "2015-12-31", &error) == mutual_timeline_get_state (timeline, 1));
  g_assert_true (mutual_timeline_at (timeline, "2030-01-01", &error) == mutual_timeline_final (timeline));
  g_assert_null (mutual_timeline_at (timeline, "2015-13-01", &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE);
  /* states are copies: changing one changes nothing else */
  g_assert_true (mutual_model_set_holding (mutual_timeline_final (timeline), "equiniti", "mycsp-ordinary", 1, NULL));
  g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (mutual_scenario_get_final (scenario), "equiniti", "mycsp-ordinary")), ==, 51);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/scenario/mycsp-2014", test_mycsp_2014);
  g_test_add_func ("/mutual/scenario/mycsp-file", test_mycsp_file);
  g_test_add_func ("/mutual/scenario/3bm-staff-issue", test_3bm_staff_issue);
  g_test_add_func ("/mutual/scenario/bad-scenarios", test_bad_scenarios);
  g_test_add_func ("/mutual/scenario/apply-all-or-nothing", test_apply_all_or_nothing);
  g_test_add_func ("/mutual/scenario/exit-split", test_exit_split);
  g_test_add_func ("/mutual/scenario/exit-rounding", test_exit_rounding);
  g_test_add_func ("/mutual/scenario/every-kind-round-trip", test_every_kind_round_trip);
  g_test_add_func ("/mutual/scenario/bad-files", test_bad_files);
  g_test_add_func ("/mutual/scenario/timeline", test_timeline);
  g_test_add_func ("/mutual/scenario/sweep", test_sweep);
  g_test_add_func ("/mutual/scenario/sweep-json", test_sweep_json);
  g_test_add_func ("/mutual/scenario/sweep-fresh-analysis", test_sweep_fresh_analysis);
  g_test_add_func ("/mutual/scenario/end-contract-options", test_end_contract_options);
  g_test_add_func ("/mutual/scenario/sweep-cancel", test_sweep_cancel);
  g_test_add_func ("/mutual/scenario/sweep-bad-binding", test_sweep_bad_binding);

  return g_test_run ();
}
