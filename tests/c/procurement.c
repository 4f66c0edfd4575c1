/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include <libmutual/mutual.h>

/* Reserved contracts: every rule at its boundary, with dates worked out by
 * hand in the comments. */

#define REG77 MUTUAL_RESERVED_UNDER_PCR_2015_REG_77
#define S33 MUTUAL_RESERVED_UNDER_PROCUREMENT_ACT_2023_S33
#define NONE MUTUAL_RESERVED_UNDER_NONE

/* "mutual" qualifies as a public service mutual under both tests (a
 * mission, profits reinvested, its staff trust holds every share); "bigco"
 * does not. */
static MutualModel *
base_model (void)
{
  MutualModel *model = mutual_model_new ();
  const struct { const char *id; MutualPartyKind kind; } parties[] = {
    { "council", MUTUAL_PARTY_KIND_PUBLIC_BODY },
    { "council2", MUTUAL_PARTY_KIND_PUBLIC_BODY },
    { "bigco", MUTUAL_PARTY_KIND_COMPANY },
  };
  g_autoptr(MutualParty) mutual =
    g_object_new (MUTUAL_TYPE_PARTY, "id", "mutual", "name", "Care Mutual Ltd", "kind", MUTUAL_PARTY_KIND_COMPANY,
                  "public-service-mission", TRUE, "profit-distribution", MUTUAL_PROFIT_DISTRIBUTION_REINVESTED, NULL);
  g_autoptr(MutualParty) trust =
    g_object_new (MUTUAL_TYPE_PARTY, "id", "staff-trust", "name", "Staff trust",
                  "kind", MUTUAL_PARTY_KIND_EMPLOYEE_OWNERSHIP_TRUST, "beneficiary-employer", "mutual", NULL);
  g_autoptr(MutualShareClass) ordinary = mutual_share_class_new ("mutual-ordinary", "mutual", "Ordinary");

  for (guint i = 0; i < G_N_ELEMENTS (parties); i++)
    {
      g_autoptr(MutualParty) party = mutual_party_new (parties[i].id, parties[i].id, parties[i].kind);

      g_assert_true (mutual_model_add_party (model, party, NULL));
    }
  g_assert_true (mutual_model_add_party (model, mutual, NULL));
  g_assert_true (mutual_model_add_party (model, trust, NULL));
  g_assert_true (mutual_model_add_share_class (model, ordinary, NULL));
  g_assert_true (mutual_model_set_holding (model, "staff-trust", "mutual-ordinary", 100, NULL));
  return model;
}

typedef struct
{
  const char *id;
  const char *authority;
  const char *supplier;
  const char *codes;       /* comma-separated */
  const char *begun;       /* NULL: not given */
  const char *award;
  const char *start;
  const char *end;
  guint extension_months;
  gint64 value;
  MutualProcedure procedure;
  MutualReservedUnder reserved_under;
} Spec;

static void
add (MutualModel *model,
     const Spec  *spec)
{
  g_auto(GStrv) codes = g_strsplit (spec->codes, ",", -1);
  g_autoptr(MutualContract) contract =
    g_object_new (MUTUAL_TYPE_CONTRACT,
                  "id", spec->id,
                  "authority", spec->authority ? spec->authority : "council",
                  "supplier", spec->supplier ? spec->supplier : "mutual",
                  "cpv-codes", codes,
                  "procurement-start", spec->begun,
                  "award-date", spec->award,
                  "start", spec->start,
                  "end", spec->end,
                  "extension-months", spec->extension_months,
                  "value", spec->value,
                  "procedure", spec->procedure,
                  "reserved-under", spec->reserved_under,
                  NULL);
  g_autoptr(GError) error = NULL;

  mutual_model_add_contract (model, contract, &error);
  g_assert_no_error (error);
}

static GListModel *
check (MutualModel *model,
       const char  *contract)
{
  g_autoptr(MutualProcurement) procurement = mutual_procurement_new (model);
  g_autoptr(GError) error = NULL;
  GListModel *findings = mutual_procurement_check_contract (procurement, contract, &error);

  g_assert_no_error (error);
  g_assert_nonnull (findings);
  return findings;
}

static MutualFinding *
find (GListModel *findings,
      const char *code)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(MutualFinding) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (mutual_finding_get_code (finding), code))
        return finding; /* the list keeps a reference */
    }
  return NULL;
}

static guint
count_breaches (GListModel *findings)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(MutualFinding) finding = g_list_model_get_item (findings, i);

      n += mutual_finding_get_severity (finding) == MUTUAL_SEVERITY_BREACH;
    }
  return n;
}

/* --- CPV codes --- */

static void
test_cpv_form (void)
{
  const char *good[] = { "85312000-9", "75121000-0", "00000000-0", NULL };
  const char *bad[] = { "8531200-9", "85312000", "85312000-X", "85312000_9", "853120001-9", "85312000-90",
                        "", " 85312000-9", "8531200a-9", NULL };

  for (guint i = 0; good[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (mutual_cpv_code_validate (good[i], &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *quoted = g_strdup_printf ("“%s”", bad[i]);

      g_assert_false (mutual_cpv_code_validate (bad[i], &error));
      g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE);
      g_assert_nonnull (strstr (error->message, quoted));
      g_assert_nonnull (strstr (error->message, "NNNNNNNN-N"));
    }
}

static void
test_cpv_list (void)
{
  g_auto(GStrv) reg77 = mutual_cpv_list_reservable (REG77);
  g_auto(GStrv) s33 = mutual_cpv_list_reservable (S33);
  g_auto(GStrv) none = mutual_cpv_list_reservable (NONE);

  g_assert_cmpuint (g_strv_length (reg77), ==, 115);
  g_assert_cmpstrv (s33, reg77); /* UNCONFIRMED: mirrors reg 77(2) */
  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_assert_true (mutual_cpv_code_is_reservable ("85312000-9", REG77));
  g_assert_true (mutual_cpv_code_is_reservable ("85323000-9", REG77));   /* the range's last code */
  g_assert_false (mutual_cpv_code_is_reservable ("85330000-1", REG77));  /* outside it */
  g_assert_false (mutual_cpv_code_is_reservable ("72000000-5", REG77));  /* IT services */
  g_assert_true (mutual_cpv_code_is_reservable ("98133110-8", S33));
  g_assert_false (mutual_cpv_code_is_reservable ("98133110-8", NONE));
  /* matched on the eight digits: a wrong check digit is a warning later */
  g_assert_true (mutual_cpv_code_is_reservable ("85312000-1", REG77));
}

static void
test_malformed_code_rejected (void)
{
  g_autoptr(MutualModel) model = base_model ();
  const char *codes[] = { "85312000-9", "8531200-9", NULL };
  g_autoptr(MutualContract) contract =
    mutual_contract_new ("c", "council", "mutual", codes, "2016-01-15", "2016-04-01", "2019-03-31");
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) loaded = NULL;
  const char *file =
    "{\"format\":\"libmutual-model\",\"version\":1,"
    "\"parties\":[{\"id\":\"council\",\"name\":\"C\",\"kind\":\"public-body\"},"
    "{\"id\":\"mutual\",\"name\":\"M\",\"kind\":\"company\"}],"
    "\"contracts\":[{\"id\":\"c\",\"authority\":\"council\",\"supplier\":\"mutual\","
    "\"cpv_codes\":[\"85312000-9\",\"85-312000-9\"],\"award_date\":\"2016-01-15\","
    "\"start\":\"2016-04-01\",\"end\":\"2019-03-31\"}]}";

  g_assert_false (mutual_model_add_contract (model, contract, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "cpv_codes[1]"));
  g_assert_nonnull (strstr (error->message, "“8531200-9” is not a CPV code"));
  g_assert_cmpuint (g_list_model_get_n_items (mutual_model_get_contracts (model)), ==, 0);
  g_clear_error (&error);

  loaded = mutual_model_new_from_data (file, -1, &error);
  g_assert_null (loaded);
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "contracts[0].cpv_codes[1]: “85-312000-9” is not a CPV code"));
}

static void
test_contract_errors (void)
{
  struct { const char *contract; const char *message; int code; } cases[] = {
    { "\"authority\":\"nobody\",\"supplier\":\"mutual\",\"cpv_codes\":[\"85312000-9\"],\"award_date\":\"2016-01-15\",\"start\":\"2016-04-01\",\"end\":\"2019-03-31\"",
      "contracts[0].authority: no party “nobody”", MUTUAL_ERROR_UNKNOWN_ID },
    { "\"authority\":\"mutual\",\"supplier\":\"mutual\",\"cpv_codes\":[\"85312000-9\"],\"award_date\":\"2016-01-15\",\"start\":\"2016-04-01\",\"end\":\"2019-03-31\"",
      "contracts[0].authority: “mutual” is a company, not a public body", MUTUAL_ERROR_INVALID },
    { "\"authority\":\"council\",\"supplier\":\"mutual\",\"cpv_codes\":[\"85312000-9\"],\"award_date\":\"2016-01-15\",\"start\":\"2016-04-01\",\"end\":\"2016-03-31\"",
      "contracts[0]: contract “c”: end: 2016-03-31 is before the start, 2016-04-01", MUTUAL_ERROR_ORDER },
    { "\"authority\":\"council\",\"supplier\":\"mutual\",\"cpv_codes\":[],\"award_date\":\"2016-01-15\",\"start\":\"2016-04-01\",\"end\":\"2019-03-31\"",
      "contracts[0].cpv_codes: at least one CPV code is required", MUTUAL_ERROR_MISSING },
    { "\"authority\":\"council\",\"supplier\":\"mutual\",\"cpv_codes\":[\"85312000-9\"],\"award_date\":\"2016-02-30\",\"start\":\"2016-04-01\",\"end\":\"2019-03-31\"",
      "contracts[0].award_date: “2016-02-30” is not a calendar date", MUTUAL_ERROR_PARSE },
    { "\"authority\":\"council\",\"supplier\":\"mutual\",\"cpv_codes\":[\"85312000-9\"],\"procurement_start\":\"2016-02-01\",\"award_date\":\"2016-01-15\",\"start\":\"2016-04-01\",\"end\":\"2019-03-31\"",
      "procurement_start: 2016-02-01 is after the award, 2016-01-15", MUTUAL_ERROR_ORDER },
    { "\"authority\":\"council\",\"supplier\":\"mutual\",\"cpv_codes\":[\"85312000-9\"],\"award_date\":\"2016-01-15\",\"start\":\"2016-04-01\",\"end\":\"2019-03-31\",\"reserved_under\":\"reg-77\"",
      "contracts[0].reserved_under: “reg-77” is not one of: none, pcr-2015-reg-77, procurement-act-2023-s33", MUTUAL_ERROR_INVALID },
    { "\"authority\":\"council\",\"supplier\":\"mutual\",\"cpv_codes\":[\"85312000-9\"],\"award_date\":\"2016-01-15\",\"start\":\"2016-04-01\",\"end\":\"2019-03-31\",\"value\":-1",
      "contracts[0].value: must not be negative", MUTUAL_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *file = g_strdup_printf (
        "{\"format\":\"libmutual-model\",\"version\":1,"
        "\"parties\":[{\"id\":\"council\",\"name\":\"C\",\"kind\":\"public-body\"},"
        "{\"id\":\"mutual\",\"name\":\"M\",\"kind\":\"company\"}],"
        "\"contracts\":[{\"id\":\"c\",%s}]}", cases[i].contract);
      g_autoptr(GError) error = NULL;
      g_autoptr(MutualModel) model = mutual_model_new_from_data (file, -1, &error);

      g_assert_null (model);
      g_assert_error (error, MUTUAL_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not contain “%s”", i, error->message, cases[i].message);
    }
}

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_example ("3bm-2013", &error);
  g_autofree char *data = NULL;
  g_autofree char *again_data = NULL;
  g_autoptr(MutualModel) again = NULL;
  MutualContract *contract;
  g_autofree char *latest = NULL;
  const char *codes[] = { "75121000-0", NULL };

  g_assert_no_error (error);
  data = mutual_model_to_data (model, NULL);
  again = mutual_model_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  again_data = mutual_model_to_data (again, NULL);
  g_assert_cmpstr (data, ==, again_data);

  contract = mutual_model_lookup_contract (again, "3bm-schools-support");
  g_assert_nonnull (contract);
  g_assert_cmpstr (mutual_contract_get_authority (contract), ==, "lbhf");
  g_assert_cmpstr (mutual_contract_get_supplier (contract), ==, "3bm");
  g_assert_cmpstrv (mutual_contract_get_cpv_codes (contract), codes);
  g_assert_null (mutual_contract_get_procurement_start (contract));
  g_assert_cmpstr (mutual_contract_get_award_date (contract), ==, "2013-03-04");
  g_assert_cmpstr (mutual_contract_get_start (contract), ==, "2013-04-02");
  g_assert_cmpstr (mutual_contract_get_end (contract), ==, "2017-04-01");
  g_assert_cmpuint (mutual_contract_get_extension_months (contract), ==, 36);
  g_assert_cmpint (mutual_contract_get_value (contract), ==, G_GINT64_CONSTANT (97789100)); /* £977,891 */
  g_assert_cmpint (mutual_contract_get_procedure (contract), ==, MUTUAL_PROCEDURE_UNKNOWN);
  g_assert_cmpint (mutual_contract_get_reserved_under (contract), ==, NONE);
  latest = mutual_contract_dup_latest_end (contract);
  g_assert_cmpstr (latest, ==, "2020-04-01");
  g_assert_true (mutual_model_remove_contract (again, "3bm-schools-support", NULL));
  g_assert_null (mutual_model_lookup_contract (again, "3bm-schools-support"));
}

/* --- regimes --- */

static void
test_regime_by_date (void)
{
  struct { const char *date; MutualProcurementRegime regime; } cases[] = {
    { "2006-01-30", MUTUAL_PROCUREMENT_REGIME_NONE },
    { "2006-01-31", MUTUAL_PROCUREMENT_REGIME_PCR_2006 },
    { "2015-02-25", MUTUAL_PROCUREMENT_REGIME_PCR_2006 },
    { "2015-02-26", MUTUAL_PROCUREMENT_REGIME_PCR_2015 },
    { "2025-02-23", MUTUAL_PROCUREMENT_REGIME_PCR_2015 },
    { "2025-02-24", MUTUAL_PROCUREMENT_REGIME_PROCUREMENT_ACT_2023 },
    { "2040-01-01", MUTUAL_PROCUREMENT_REGIME_PROCUREMENT_ACT_2023 },
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpint (mutual_procurement_regime_for_date (cases[i].date, &error), ==, cases[i].regime);
      g_assert_no_error (error);
    }
  g_assert_cmpint (mutual_procurement_regime_get_reservation (MUTUAL_PROCUREMENT_REGIME_PCR_2006), ==, NONE);
  g_assert_cmpint (mutual_procurement_regime_get_reservation (MUTUAL_PROCUREMENT_REGIME_PCR_2015), ==, REG77);
  g_assert_cmpint (mutual_procurement_regime_get_reservation (MUTUAL_PROCUREMENT_REGIME_PROCUREMENT_ACT_2023), ==, S33);
  g_assert_cmpstr (mutual_procurement_regime_to_string (MUTUAL_PROCUREMENT_REGIME_PCR_2015), ==, "pcr-2015");
  mutual_procurement_regime_for_date ("23/02/2025", &error);
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE);
}

/* A procurement begun on 23 February 2025 is judged under PCR 2015, one
 * begun on 24 February 2025 under the Act: the same 4-year s33 contract is
 * lawful in term under the Act (5 years) and not under reg 77 (3 years). */
static void
test_regime_of_contract (void)
{
  g_autoptr(MutualModel) model = base_model ();
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) after = NULL;
  MutualFinding *f;

  add (model, &(Spec) { "before", NULL, NULL, "85312000-9", "2025-02-23", "2025-06-02", "2025-07-01", "2029-06-30",
                        0, 0, MUTUAL_PROCEDURE_COMPETITIVE_FLEXIBLE, S33 });
  add (model, &(Spec) { "after", "council2", NULL, "85312000-9", "2025-02-24", "2025-06-02", "2025-07-01", "2029-06-30",
                        0, 0, MUTUAL_PROCEDURE_COMPETITIVE_FLEXIBLE, S33 });
  before = check (model, "before");
  after = check (model, "after");

  f = find (before, "procurement.reservation.wrong_regime");
  g_assert_nonnull (f);
  g_assert_cmpint (mutual_finding_get_severity (f), ==, MUTUAL_SEVERITY_BREACH);
  g_assert_cmpstr (mutual_finding_get_citation (f), ==, "PCR 2015 reg 77");
  g_assert_nonnull (strstr (mutual_finding_get_message (f), "judged under the Public Contracts Regulations 2015"));
  f = find (before, "procurement.term.too_long");
  g_assert_nonnull (f);
  g_assert_cmpstr (mutual_finding_get_citation (f), ==, "PCR 2015 reg 77(5)");
  f = find (before, "procurement.reserved");
  g_assert_nonnull (strstr (mutual_finding_get_message (f), "judged under PCR 2015 reg 77"));

  g_assert_null (find (after, "procurement.reservation.wrong_regime"));
  g_assert_null (find (after, "procurement.term.too_long"));
  f = find (after, "procurement.reserved");
  g_assert_cmpstr (mutual_finding_get_citation (f), ==, "Procurement Act 2023 s33");
  g_assert_nonnull (strstr (mutual_finding_get_message (f), "judged under Procurement Act 2023 s33"));
}

static void
test_reserved_before_any_rule (void)
{
  g_autoptr(MutualModel) model = base_model ();
  g_autoptr(GListModel) findings = NULL;
  MutualFinding *f;

  add (model, &(Spec) { "early", NULL, NULL, "85312000-9", "2015-02-25", "2015-06-01", "2015-07-01", "2018-06-30",
                        0, 0, MUTUAL_PROCEDURE_OPEN, REG77 });
  findings = check (model, "early");
  f = find (findings, "procurement.reservation.no_rule");
  g_assert_nonnull (f);
  g_assert_cmpint (mutual_finding_get_severity (f), ==, MUTUAL_SEVERITY_BREACH);
  g_assert_nonnull (strstr (mutual_finding_get_message (f), "2015-02-26"));
  g_assert_null (find (findings, "procurement.reserved"));
}

/* --- terms --- */

static void
test_reg77_term (void)
{
  g_autoptr(MutualModel) model = base_model ();
  g_autoptr(GListModel) three = NULL, three_and_a_day = NULL, options_ok = NULL, options_long = NULL;
  MutualFinding *f;

  /* three years from 1 April 2016 end on 31 March 2019 */
  add (model, &(Spec) { "three", NULL, NULL, "85312000-9", "2015-10-01", "2016-01-15", "2016-04-01", "2019-03-31",
                        0, 0, MUTUAL_PROCEDURE_LIGHT_TOUCH, REG77 });
  add (model, &(Spec) { "three-and-a-day", "council2", NULL, "85312000-9", "2015-10-01", "2016-01-15", "2016-04-01",
                        "2019-04-01", 0, 0, MUTUAL_PROCEDURE_LIGHT_TOUCH, REG77 });
  /* two years plus twelve months of options: exactly three years */
  add (model, &(Spec) { "options-ok", "council", "bigco", "85312000-9", "2015-10-01", "2016-01-15", "2016-04-01",
                        "2018-03-31", 12, 0, MUTUAL_PROCEDURE_LIGHT_TOUCH, REG77 });
  add (model, &(Spec) { "options-long", "council2", "bigco", "85312000-9", "2015-10-01", "2016-01-15", "2016-04-01",
                        "2018-03-31", 13, 0, MUTUAL_PROCEDURE_LIGHT_TOUCH, REG77 });
  three = check (model, "three");
  three_and_a_day = check (model, "three-and-a-day");
  options_ok = check (model, "options-ok");
  options_long = check (model, "options-long");

  g_assert_null (find (three, "procurement.term.too_long"));
  g_assert_cmpuint (count_breaches (three), ==, 0);
  f = find (three_and_a_day, "procurement.term.too_long");
  g_assert_nonnull (f);
  g_assert_cmpint (mutual_finding_get_severity (f), ==, MUTUAL_SEVERITY_BREACH);
  g_assert_cmpstr (mutual_finding_get_citation (f), ==, "PCR 2015 reg 77(5)");
  g_assert_nonnull (strstr (mutual_finding_get_message (f), "3 years and 1 day"));
  g_assert_nonnull (strstr (mutual_finding_get_message (f), "2019-03-31"));
  g_assert_cmpuint (count_breaches (three_and_a_day), ==, 1);
  g_assert_null (find (options_ok, "procurement.term.too_long"));
  g_assert_nonnull (find (options_long, "procurement.term.too_long"));
}

static void
test_s33_term_and_procedure (void)
{
  g_autoptr(MutualModel) model = base_model ();
  g_autoptr(GListModel) five = NULL, five_and_a_day = NULL, open = NULL, unknown = NULL;
  MutualFinding *f;

  /* five years from 1 July 2025 end on 30 June 2030 */
  add (model, &(Spec) { "five", NULL, NULL, "85312000-9", "2025-03-01", "2025-06-02", "2025-07-01", "2030-06-30",
                        0, 0, MUTUAL_PROCEDURE_COMPETITIVE_FLEXIBLE, S33 });
  add (model, &(Spec) { "five-and-a-day", "council2", NULL, "85312000-9", "2025-03-01", "2025-06-02", "2025-07-01",
                        "2030-07-01", 0, 0, MUTUAL_PROCEDURE_COMPETITIVE_FLEXIBLE, S33 });
  add (model, &(Spec) { "open", "council", "bigco", "85312000-9", "2025-03-01", "2025-06-02", "2025-07-01",
                        "2027-06-30", 0, 0, MUTUAL_PROCEDURE_OPEN, S33 });
  add (model, &(Spec) { "unknown", "council2", "bigco", "85312000-9", "2025-03-01", "2025-06-02", "2025-07-01",
                        "2027-06-30", 0, 0, MUTUAL_PROCEDURE_UNKNOWN, S33 });
  five = check (model, "five");
  five_and_a_day = check (model, "five-and-a-day");
  open = check (model, "open");
  unknown = check (model, "unknown");

  g_assert_cmpuint (count_breaches (five), ==, 0);
  f = find (five, "procurement.services.list_unconfirmed");
  g_assert_nonnull (f);
  g_assert_cmpint (mutual_finding_get_severity (f), ==, MUTUAL_SEVERITY_WARNING);
  f = find (five_and_a_day, "procurement.term.too_long");
  g_assert_nonnull (f);
  g_assert_cmpstr (mutual_finding_get_citation (f), ==, "Procurement Act 2023 s33(1)");
  f = find (open, "procurement.procedure.wrong");
  g_assert_nonnull (f);
  g_assert_cmpint (mutual_finding_get_severity (f), ==, MUTUAL_SEVERITY_BREACH);
  g_assert_cmpstr (mutual_finding_get_citation (f), ==, "Procurement Act 2023 s33(2)-(4)");
  g_assert_null (find (five, "procurement.procedure.wrong"));
  g_assert_nonnull (find (unknown, "procurement.procedure.unknown"));
  g_assert_null (find (unknown, "procurement.procedure.wrong"));
}

/* --- the look-back --- */

static void
test_cool_off (void)
{
  const struct { MutualReservedUnder rule; const char *begun; const char *first; const char *early; const char *on_time;
                 const char *citation; MutualProcedure procedure; } cases[] = {
    /* 15 Jan 2016 + 3 years = 15 Jan 2019; 14 Jan 2019 is 2 years and 364 days after (and
     * 31 May 2029 after 1 June 2026: no 29 February between) */
    { REG77, "2015-12-01", "2016-01-15", "2019-01-14", "2019-01-15", "PCR 2015 reg 77(4)(d)", MUTUAL_PROCEDURE_LIGHT_TOUCH },
    { S33, "2026-03-02", "2026-06-01", "2029-05-31", "2029-06-01", "Procurement Act 2023 s33(5), (7)", MUTUAL_PROCEDURE_COMPETITIVE_FLEXIBLE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MutualModel) model = base_model ();
      g_autoptr(MutualModel) model2 = base_model ();
      g_autoptr(GListModel) early = NULL, on_time = NULL, other_services = NULL, other_authority = NULL, first = NULL;
      MutualFinding *f;
      const char * const *ids;
      Spec first_spec = { "first", NULL, NULL, "85312000-9", cases[i].begun, cases[i].first, cases[i].first,
                          cases[i].early, 0, 0, cases[i].procedure, cases[i].rule };

      /* the first ends the day before the later ones start, so terms stay lawful */
      add (model, &first_spec);
      /* 85312100-0 sits under 85312000-9 in the CPV tree: the same services */
      add (model, &(Spec) { "early", NULL, NULL, "85312100-0", cases[i].early, cases[i].early, cases[i].early,
                            cases[i].on_time, 0, 0, cases[i].procedure, cases[i].rule });
      /* other services (80110000-8, pre-school education) and another authority are not caught */
      add (model, &(Spec) { "other-services", NULL, NULL, "80110000-8", cases[i].early, cases[i].early, cases[i].early,
                            cases[i].on_time, 0, 0, cases[i].procedure, cases[i].rule });
      add (model, &(Spec) { "other-authority", "council2", NULL, "85312000-9", cases[i].early, cases[i].early,
                            cases[i].early, cases[i].on_time, 0, 0, cases[i].procedure, cases[i].rule });
      add (model2, &first_spec);
      add (model2, &(Spec) { "on-time", NULL, NULL, "85312000-9", cases[i].on_time, cases[i].on_time, cases[i].on_time,
                             cases[i].on_time, 0, 0, cases[i].procedure, cases[i].rule });
      first = check (model, "first");
      early = check (model, "early");
      other_services = check (model, "other-services");
      other_authority = check (model, "other-authority");
      on_time = check (model2, "on-time");

      g_assert_null (find (first, "procurement.cool_off"));
      f = find (early, "procurement.cool_off");
      g_assert_nonnull (f);
      g_assert_cmpint (mutual_finding_get_severity (f), ==, MUTUAL_SEVERITY_BREACH);
      g_assert_cmpstr (mutual_finding_get_citation (f), ==, cases[i].citation);
      g_assert_cmpstr (mutual_finding_get_date (f), ==, cases[i].early);
      g_assert_nonnull (strstr (mutual_finding_get_message (f), "2 years and 364 days"));
      ids = mutual_finding_get_ids (f);
      g_assert_cmpstr (ids[0], ==, "early");
      g_assert_cmpstr (ids[1], ==, "first");
      g_assert_cmpuint (count_breaches (early), ==, 1);
      g_assert_null (find (on_time, "procurement.cool_off"));
      g_assert_cmpuint (count_breaches (on_time), ==, 0);
      g_assert_null (find (other_services, "procurement.cool_off"));
      g_assert_null (find (other_authority, "procurement.cool_off"));
    }
}

/* A reg 77 award does not count in the s33 look-back (s33(7): contracts
 * awarded under s33), and an award that was not reserved counts in neither. */
static void
test_cool_off_same_rule_only (void)
{
  g_autoptr(MutualModel) model = base_model ();
  g_autoptr(GListModel) s33 = NULL, after_open = NULL;

  add (model, &(Spec) { "reg77", NULL, NULL, "85312000-9", "2024-01-02", "2024-06-03", "2024-07-01", "2025-06-30",
                        0, 0, MUTUAL_PROCEDURE_LIGHT_TOUCH, REG77 });
  add (model, &(Spec) { "s33", NULL, NULL, "85312000-9", "2025-03-03", "2025-06-02", "2025-07-01", "2027-06-30",
                        0, 0, MUTUAL_PROCEDURE_COMPETITIVE_FLEXIBLE, S33 });
  add (model, &(Spec) { "open", "council2", NULL, "85312000-9", "2016-01-04", "2016-06-01", "2016-07-01", "2017-06-30",
                        0, 0, MUTUAL_PROCEDURE_OPEN, NONE });
  add (model, &(Spec) { "after-open", "council2", NULL, "85312000-9", "2016-09-01", "2016-12-01", "2017-07-01",
                        "2019-06-30", 0, 0, MUTUAL_PROCEDURE_LIGHT_TOUCH, REG77 });
  s33 = check (model, "s33");
  after_open = check (model, "after-open");
  g_assert_null (find (s33, "procurement.cool_off"));
  g_assert_null (find (after_open, "procurement.cool_off"));
}

/* --- services and suppliers --- */

static void
test_services_outside_list (void)
{
  g_autoptr(MutualModel) model = base_model ();
  g_autoptr(GListModel) findings = NULL, check_digit = NULL;
  MutualFinding *f;

  add (model, &(Spec) { "it", NULL, NULL, "85312000-9,72000000-5", "2016-01-04", "2016-06-01", "2016-07-01",
                        "2018-06-30", 0, 0, MUTUAL_PROCEDURE_LIGHT_TOUCH, REG77 });
  add (model, &(Spec) { "digit", "council2", NULL, "85312000-1", "2016-01-04", "2016-06-01", "2016-07-01",
                        "2018-06-30", 0, 0, MUTUAL_PROCEDURE_LIGHT_TOUCH, REG77 });
  findings = check (model, "it");
  check_digit = check (model, "digit");
  f = find (findings, "procurement.services.not_reservable");
  g_assert_nonnull (f);
  g_assert_cmpint (mutual_finding_get_severity (f), ==, MUTUAL_SEVERITY_BREACH);
  g_assert_cmpstr (mutual_finding_get_citation (f), ==, "PCR 2015 reg 77(1)-(2)");
  g_assert_nonnull (strstr (mutual_finding_get_message (f), "72000000-5"));
  g_assert_null (strstr (mutual_finding_get_message (f), "85312000-9"));
  g_assert_null (find (findings, "procurement.services.list_unconfirmed"));
  f = find (check_digit, "procurement.cpv.check_digit");
  g_assert_nonnull (f);
  g_assert_cmpint (mutual_finding_get_severity (f), ==, MUTUAL_SEVERITY_WARNING);
  g_assert_nonnull (strstr (mutual_finding_get_message (f), "85312000-9"));
  g_assert_null (find (check_digit, "procurement.services.not_reservable"));
}

/* s33(6)(a): more than half of the value of the contracts the supplier
 * holds on the award day must be for reservable services. */
static void
test_mainly_reservable (void)
{
  g_autoptr(MutualModel) model = base_model ();
  g_autoptr(GListModel) half = NULL, more = NULL;
  MutualFinding *f;

  /* bigco: £1,000 of IT in force, then a £1,000 reserved award: exactly half */
  add (model, &(Spec) { "bigco-it", "council2", "bigco", "72000000-5", NULL, "2024-01-02", "2024-02-01", "2027-01-31",
                        0, 100000, MUTUAL_PROCEDURE_OPEN, NONE });
  add (model, &(Spec) { "bigco-care", "council", "bigco", "85312000-9", "2025-03-03", "2025-06-02", "2025-07-01",
                        "2027-06-30", 0, 100000, MUTUAL_PROCEDURE_COMPETITIVE_FLEXIBLE, S33 });
  /* mutual: £1,000 of IT, and a reserved award of £1,000.01 */
  add (model, &(Spec) { "mutual-it", "council2", "mutual", "72000000-5", NULL, "2024-01-02", "2024-02-01",
                        "2027-01-31", 0, 100000, MUTUAL_PROCEDURE_OPEN, NONE });
  add (model, &(Spec) { "mutual-care", "council", "mutual", "85312000-9", "2025-03-03", "2025-06-02", "2025-07-01",
                        "2027-06-30", 0, 100001, MUTUAL_PROCEDURE_COMPETITIVE_FLEXIBLE, S33 });
  half = check (model, "bigco-care");
  more = check (model, "mutual-care");
  f = find (half, "procurement.supplier.not_mainly_reservable");
  g_assert_nonnull (f);
  g_assert_cmpint (mutual_finding_get_severity (f), ==, MUTUAL_SEVERITY_BREACH);
  g_assert_cmpstr (mutual_finding_get_citation (f), ==, "Procurement Act 2023 s33(6)(a)");
  g_assert_nonnull (strstr (mutual_finding_get_message (f), "£1,000 of £2,000"));
  g_assert_null (find (more, "procurement.supplier.not_mainly_reservable"));
  f = find (more, "procurement.supplier.mainly_reservable");
  g_assert_nonnull (f);
  g_assert_cmpint (mutual_finding_get_severity (f), ==, MUTUAL_SEVERITY_INFO);
}

/* The supplier-side conditions come from the analysis layer's tests. */
static void
test_supplier_qualification (void)
{
  g_autoptr(MutualModel) model = base_model ();
  g_autoptr(GListModel) qualifies = NULL, not_qualifying = NULL, s33 = NULL;
  MutualFinding *f;

  add (model, &(Spec) { "mutual-77", NULL, "mutual", "85312000-9", "2016-01-04", "2016-06-01", "2016-07-01",
                        "2018-06-30", 0, 0, MUTUAL_PROCEDURE_LIGHT_TOUCH, REG77 });
  add (model, &(Spec) { "bigco-77", NULL, "bigco", "85312000-9", "2016-01-04", "2016-06-01", "2016-07-01",
                        "2018-06-30", 0, 0, MUTUAL_PROCEDURE_LIGHT_TOUCH, REG77 });
  add (model, &(Spec) { "bigco-s33", NULL, "bigco", "85312000-9", "2025-03-03", "2025-06-02", "2025-07-01",
                        "2027-06-30", 0, 0, MUTUAL_PROCEDURE_COMPETITIVE_FLEXIBLE, S33 });
  qualifies = check (model, "mutual-77");
  not_qualifying = check (model, "bigco-77");
  s33 = check (model, "bigco-s33");
  f = find (qualifies, "procurement.supplier.qualifies");
  g_assert_nonnull (f);
  g_assert_cmpstr (mutual_finding_get_citation (f), ==, "PCR 2015 reg 77(4)(a)-(c)");
  g_assert_cmpuint (count_breaches (qualifies), ==, 0);
  f = find (not_qualifying, "procurement.supplier.not_qualifying");
  g_assert_nonnull (f);
  g_assert_cmpint (mutual_finding_get_severity (f), ==, MUTUAL_SEVERITY_BREACH);
  g_assert_cmpstr (mutual_finding_get_citation (f), ==, "PCR 2015 reg 77(4)(a)-(c)");
  g_assert_nonnull (strstr (mutual_finding_get_message (f), "public service mission"));
  f = find (s33, "procurement.supplier.not_qualifying");
  g_assert_nonnull (f);
  g_assert_cmpstr (mutual_finding_get_citation (f), ==, "Procurement Act 2023 s33(6)(b)-(c)");
}

/* --- the 3BM example and grace periods --- */

static void
test_3bm_not_reserved (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_example ("3bm-2013", &error);
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(MutualProcurement) procurement = NULL;
  g_autoptr(MutualGracePeriod) period = NULL;
  MutualFinding *f;

  g_assert_no_error (error);
  findings = check (model, "3bm-schools-support");
  f = find (findings, "procurement.not_reserved");
  g_assert_nonnull (f);
  g_assert_cmpint (mutual_finding_get_severity (f), ==, MUTUAL_SEVERITY_INFO);
  g_assert_nonnull (strstr (mutual_finding_get_message (f), "before PCR 2015 reg 77 existed"));
  g_assert_nonnull (strstr (mutual_finding_get_message (f), "longer than the 3 years PCR 2015 reg 77(5) would allow"));
  f = find (findings, "procurement.not_reservable.regime");
  g_assert_nonnull (f);
  g_assert_cmpstr (mutual_finding_get_citation (f), ==, "PCR 2015 reg 77");
  g_assert_nonnull (strstr (mutual_finding_get_message (f), "the Public Contracts Regulations 2006"));
  f = find (findings, "procurement.not_reservable.term");
  g_assert_nonnull (f);
  g_assert_cmpstr (mutual_finding_get_citation (f), ==, "PCR 2015 reg 77(5)");
  g_assert_nonnull (strstr (mutual_finding_get_message (f), "4 years"));
  g_assert_nonnull (strstr (mutual_finding_get_message (f), "7 years with the options to extend"));
  g_assert_null (find (findings, "procurement.not_reservable.services"));
  g_assert_null (find (findings, "procurement.reserved"));
  g_assert_cmpuint (count_breaches (findings), ==, 0);

  procurement = mutual_procurement_new (model);
  period = mutual_procurement_get_grace_period (procurement, "3bm", "lbhf", &error);
  g_assert_no_error (error);
  g_assert_null (mutual_grace_period_get_start (period));
  g_assert_null (mutual_grace_period_get_end (period));
  g_assert_cmpstr (mutual_grace_period_get_open_competition_due (period), ==, "2020-04-02");
  g_assert_cmpstr (mutual_grace_period_get_next_reservation_allowed (period), ==, "2015-02-26");
  g_assert_cmpuint (g_list_model_get_n_items (mutual_grace_period_get_timeline (period)), ==, 1);
  g_assert_nonnull (find (mutual_grace_period_get_findings (period), "procurement.grace_period.none"));
}

static void
test_grace_period (void)
{
  g_autoptr(MutualModel) model = base_model ();
  g_autoptr(MutualProcurement) procurement = NULL;
  g_autoptr(MutualGracePeriod) period = NULL;
  g_autoptr(MutualGracePeriod) later = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *timeline;
  g_autoptr(MutualContract) first = NULL;

  /* reg 77: awarded 15 Jan 2016, 1 Apr 2016 to 31 Mar 2019; then an open
   * contract from 1 Apr 2019 (listed after it, though added first) */
  add (model, &(Spec) { "open-2019", NULL, NULL, "85312000-9", "2018-06-01", "2018-12-03", "2019-04-01", "2023-03-31",
                        0, 0, MUTUAL_PROCEDURE_OPEN, NONE });
  add (model, &(Spec) { "reserved-2016", NULL, NULL, "85312000-9", "2015-10-01", "2016-01-15", "2016-04-01",
                        "2019-03-31", 0, 0, MUTUAL_PROCEDURE_LIGHT_TOUCH, REG77 });
  procurement = mutual_procurement_new (model);
  period = mutual_procurement_get_grace_period (procurement, "mutual", "council", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mutual_grace_period_get_supplier (period), ==, "mutual");
  g_assert_cmpstr (mutual_grace_period_get_authority (period), ==, "council");
  g_assert_cmpstr (mutual_grace_period_get_start (period), ==, "2016-04-01");
  g_assert_cmpstr (mutual_grace_period_get_end (period), ==, "2019-03-31");
  g_assert_cmpstr (mutual_grace_period_get_open_competition_due (period), ==, "2019-04-01");
  g_assert_cmpstr (mutual_grace_period_get_next_reservation_allowed (period), ==, "2019-01-15");
  timeline = mutual_grace_period_get_timeline (period);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 2);
  first = g_list_model_get_item (timeline, 0);
  g_assert_cmpstr (mutual_contract_get_id (first), ==, "reserved-2016");
  g_assert_nonnull (find (mutual_grace_period_get_findings (period), "procurement.grace_period"));

  /* no contract: no protected period, nothing due */
  later = mutual_procurement_get_grace_period (procurement, "bigco", "council2", &error);
  g_assert_no_error (error);
  g_assert_null (mutual_grace_period_get_open_competition_due (later));
  g_assert_cmpuint (g_list_model_get_n_items (mutual_grace_period_get_timeline (later)), ==, 0);

  all = mutual_procurement_list_grace_periods (procurement, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1);
  g_assert_null (mutual_procurement_get_grace_period (procurement, "nobody", "council", &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID);
}

/* A reg 77 award in 2024 does not bar an s33 reservation once the Act
 * applies: the next reservation is lawful from 24 February 2025. */
static void
test_grace_period_across_regimes (void)
{
  g_autoptr(MutualModel) model = base_model ();
  g_autoptr(MutualProcurement) procurement = NULL;
  g_autoptr(MutualGracePeriod) period = NULL;

  add (model, &(Spec) { "reg77", NULL, NULL, "85312000-9", "2023-09-01", "2024-01-02", "2024-04-01", "2027-03-31",
                        0, 0, MUTUAL_PROCEDURE_LIGHT_TOUCH, REG77 });
  procurement = mutual_procurement_new (model);
  period = mutual_procurement_get_grace_period (procurement, "mutual", "council", NULL);
  g_assert_cmpstr (mutual_grace_period_get_start (period), ==, "2024-04-01");
  g_assert_cmpstr (mutual_grace_period_get_end (period), ==, "2027-03-31");
  g_assert_cmpstr (mutual_grace_period_get_open_competition_due (period), ==, "2027-04-01");
  g_assert_cmpstr (mutual_grace_period_get_next_reservation_allowed (period), ==, "2025-02-24");
  g_assert_nonnull (find (mutual_grace_period_get_findings (period), "procurement.grace_period.other_rule"));
}

static void
test_invalid_model_reported (void)
{
  g_autoptr(MutualModel) model = base_model ();
  g_autoptr(MutualProcurement) procurement = NULL;
  g_autoptr(GError) error = NULL;

  add (model, &(Spec) { "ghost", "nowhere", NULL, "85312000-9", NULL, "2016-01-15", "2016-04-01", "2019-03-31",
                        0, 0, MUTUAL_PROCEDURE_LIGHT_TOUCH, REG77 });
  procurement = mutual_procurement_new (model);
  g_assert_null (mutual_procurement_check (procurement, NULL, NULL, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, "contracts[0].authority: no party “nowhere”"));
}

static void
test_programmer_errors (void)
{
  if (g_test_subprocess ())
    {
      mutual_procurement_new (NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*mutual_procurement_new*");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/procurement/cpv-form", test_cpv_form);
  g_test_add_func ("/mutual/procurement/cpv-list", test_cpv_list);
  g_test_add_func ("/mutual/procurement/malformed-code-rejected", test_malformed_code_rejected);
  g_test_add_func ("/mutual/procurement/contract-errors", test_contract_errors);
  g_test_add_func ("/mutual/procurement/round-trip", test_round_trip);
  g_test_add_func ("/mutual/procurement/regime-by-date", test_regime_by_date);
  g_test_add_func ("/mutual/procurement/regime-of-contract", test_regime_of_contract);
  g_test_add_func ("/mutual/procurement/reserved-before-any-rule", test_reserved_before_any_rule);
  g_test_add_func ("/mutual/procurement/reg77-term", test_reg77_term);
  g_test_add_func ("/mutual/procurement/s33-term-and-procedure", test_s33_term_and_procedure);
  g_test_add_func ("/mutual/procurement/cool-off", test_cool_off);
  g_test_add_func ("/mutual/procurement/cool-off-same-rule-only", test_cool_off_same_rule_only);
  g_test_add_func ("/mutual/procurement/services-outside-list", test_services_outside_list);
  g_test_add_func ("/mutual/procurement/mainly-reservable", test_mainly_reservable);
  g_test_add_func ("/mutual/procurement/supplier-qualification", test_supplier_qualification);
  g_test_add_func ("/mutual/procurement/3bm-not-reserved", test_3bm_not_reserved);
  g_test_add_func ("/mutual/procurement/grace-period", test_grace_period);
  g_test_add_func ("/mutual/procurement/grace-period-across-regimes", test_grace_period_across_regimes);
  g_test_add_func ("/mutual/procurement/invalid-model-reported", test_invalid_model_reported);
  g_test_add_func ("/mutual/procurement/programmer-errors", test_programmer_errors);

  return g_test_run ();
}
