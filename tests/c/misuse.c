/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Programmer errors: every public function of core, model and io called
 * with a NULL or wrong-typed argument, or an out-of-range enum, emits a
 * critical and returns its documented failure value without crashing.
 * tools/check-return-if-fail.py checks that each one appears here. And
 * references balance: dropping a model finalizes it and its items. */
#include <libmutual/mutual.h>

#define CRITICAL(call)                                                    \
  G_STMT_START {                                                          \
    g_test_expect_message ("Mutual", G_LOG_LEVEL_CRITICAL, "*"); \
    call;                                                                 \
    g_test_assert_expected_messages ();                                   \
  } G_STMT_END

static void
test_core (void)
{
  g_autoptr(MutualFraction) f = mutual_fraction_new (1, 4);
  g_autoptr(GError) set = g_error_new_literal (MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "already set");
  MutualDimension dimension;
  MutualPartyKind kind;

  CRITICAL (g_assert_null (mutual_fraction_new (1, 0)));
  CRITICAL (g_assert_null (mutual_fraction_new (G_MININT64, 1)));
  CRITICAL (g_assert_null (mutual_fraction_new_parse (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_fraction_new_parse ("1/2", &set)));
  CRITICAL (g_assert_null (mutual_fraction_copy (NULL)));
  CRITICAL (g_assert_cmpint (mutual_fraction_get_numerator (NULL), ==, 0));
  CRITICAL (g_assert_cmpint (mutual_fraction_get_denominator (NULL), ==, 1));
  CRITICAL (g_assert_cmpint (mutual_fraction_compare (NULL, f), ==, 0));
  CRITICAL (g_assert_cmpint (mutual_fraction_compare (f, NULL), ==, 0));
  CRITICAL (g_assert_cmpint (mutual_fraction_compare_ratio (NULL, 1, 4), ==, 0));
  CRITICAL (g_assert_cmpint (mutual_fraction_compare_ratio (f, 1, 0), ==, 0));
  CRITICAL (g_assert_false (mutual_fraction_equal (NULL, f)));
  CRITICAL (g_assert_false (mutual_fraction_equal (f, NULL)));
  CRITICAL (g_assert_false (mutual_fraction_is_zero (NULL)));
  CRITICAL (g_assert_cmpfloat (mutual_fraction_to_double (NULL), ==, 0.0));
  CRITICAL (g_assert_null (mutual_fraction_to_string (NULL)));
  CRITICAL (g_assert_null (mutual_fraction_to_percent_string (NULL)));
  mutual_fraction_free (NULL);   /* allowed */

  CRITICAL (g_assert_null (mutual_finding_new (NULL, MUTUAL_SEVERITY_INFO, "c", "m")));
  CRITICAL (g_assert_null (mutual_finding_new ("x.y", 99, "c", "m")));
  CRITICAL (g_assert_null (mutual_finding_new ("x.y", MUTUAL_SEVERITY_INFO, NULL, "m")));
  CRITICAL (g_assert_null (mutual_finding_new ("x.y", MUTUAL_SEVERITY_INFO, "c", NULL)));
  CRITICAL (g_assert_null (mutual_finding_get_code (NULL)));
  CRITICAL (mutual_finding_get_severity (NULL));
  CRITICAL (g_assert_null (mutual_finding_get_citation (NULL)));
  CRITICAL (g_assert_null (mutual_finding_get_message (NULL)));
  CRITICAL (g_assert_null (mutual_finding_get_date (NULL)));
  CRITICAL (g_assert_null (mutual_finding_get_ids (NULL)));
  CRITICAL (g_assert_cmpint (mutual_finding_get_amount (NULL), ==, 0));
  CRITICAL (mutual_severity_to_string (99));

  CRITICAL (g_assert_false (mutual_party_kind_from_string (NULL, &kind)));
  CRITICAL (g_assert_false (mutual_party_kind_from_string ("company", NULL)));
  CRITICAL (g_assert_null (mutual_party_kind_to_string (99)));
  CRITICAL (g_assert_false (mutual_party_kind_is_trust (99)));
  CRITICAL (mutual_party_kind_get_vote_basis (99));
  CRITICAL (g_assert_false (mutual_dimension_from_string (NULL, &dimension)));
  CRITICAL (g_assert_false (mutual_dimension_from_string ("votes", NULL)));
  CRITICAL (g_assert_null (mutual_dimension_to_string (99)));
}

static void
test_items (void)
{
  g_autoptr(MutualFraction) half = mutual_fraction_new (1, 2);
  g_autoptr(MutualModel) wrong = mutual_model_new ();   /* an object of the wrong type */
  gpointer w = wrong;

  CRITICAL (g_assert_null (mutual_party_new (NULL, "n", MUTUAL_PARTY_KIND_COMPANY)));
  CRITICAL (g_assert_null (mutual_party_new ("p", NULL, MUTUAL_PARTY_KIND_COMPANY)));
  CRITICAL (g_assert_null (mutual_party_new ("p", "n", 99)));
  CRITICAL (g_assert_null (mutual_party_get_id (w)));
  CRITICAL (g_assert_null (mutual_party_get_name (NULL)));
  CRITICAL (mutual_party_get_kind (NULL));
  CRITICAL (g_assert_null (mutual_party_get_company_number (NULL)));
  CRITICAL (g_assert_cmpuint (mutual_party_get_board_size (NULL), ==, 0));
  CRITICAL (g_assert_false (mutual_party_get_keeps_psc_register (NULL)));
  CRITICAL (g_assert_null (mutual_party_get_employer (NULL)));
  CRITICAL (g_assert_null (mutual_party_get_beneficiary_employer (NULL)));
  CRITICAL (g_assert_null (mutual_party_get_trustees (w)));
  CRITICAL (g_assert_false (mutual_party_get_public_service_mission (NULL)));
  CRITICAL (mutual_party_get_profit_distribution (w));

  CRITICAL (g_assert_null (mutual_share_class_new (NULL, "i", "n")));
  CRITICAL (g_assert_null (mutual_share_class_new ("s", NULL, "n")));
  CRITICAL (g_assert_null (mutual_share_class_new ("s", "i", NULL)));
  CRITICAL (g_assert_null (mutual_share_class_get_id (w)));
  CRITICAL (g_assert_null (mutual_share_class_get_issuer (NULL)));
  CRITICAL (g_assert_null (mutual_share_class_get_name (NULL)));
  CRITICAL (g_assert_cmpuint (mutual_share_class_get_votes_per_share (NULL), ==, 0));
  CRITICAL (g_assert_cmpuint (mutual_share_class_get_dividend_weight (NULL), ==, 0));
  CRITICAL (g_assert_cmpuint (mutual_share_class_get_capital_weight (NULL), ==, 0));
  CRITICAL (g_assert_cmpint (mutual_share_class_get_nominal_value (NULL), ==, 0));
  CRITICAL (g_assert_false (mutual_share_class_get_ordinary (NULL)));
  CRITICAL (mutual_share_class_get_special_rights (NULL));

  CRITICAL (g_assert_null (mutual_holding_new (NULL, "s", 1)));
  CRITICAL (g_assert_null (mutual_holding_new ("h", NULL, 1)));
  CRITICAL (g_assert_null (mutual_holding_get_holder (w)));
  CRITICAL (g_assert_null (mutual_holding_get_share_class (NULL)));
  CRITICAL (g_assert_cmpint (mutual_holding_get_count (NULL), ==, 0));

  CRITICAL (g_assert_null (mutual_membership_new (NULL, "o", 1)));
  CRITICAL (g_assert_null (mutual_membership_new ("m", NULL, 1)));
  CRITICAL (g_assert_null (mutual_membership_get_member (w)));
  CRITICAL (g_assert_null (mutual_membership_get_organisation (NULL)));
  CRITICAL (g_assert_cmpuint (mutual_membership_get_votes (NULL), ==, 0));

  CRITICAL (g_assert_null (mutual_board_right_new (NULL, "c", 1)));
  CRITICAL (g_assert_null (mutual_board_right_new ("a", NULL, 1)));
  CRITICAL (g_assert_null (mutual_board_right_get_appointer (w)));
  CRITICAL (g_assert_null (mutual_board_right_get_company (NULL)));
  CRITICAL (g_assert_cmpuint (mutual_board_right_get_directors (NULL), ==, 0));

  CRITICAL (g_assert_null (mutual_agreement_right_new (NULL, "c", MUTUAL_DIMENSION_PROFITS, half)));
  CRITICAL (g_assert_null (mutual_agreement_right_new ("h", NULL, MUTUAL_DIMENSION_PROFITS, half)));
  CRITICAL (g_assert_null (mutual_agreement_right_new ("h", "c", 99, half)));
  CRITICAL (g_assert_null (mutual_agreement_right_new ("h", "c", MUTUAL_DIMENSION_PROFITS, NULL)));
  CRITICAL (g_assert_null (mutual_agreement_right_get_holder (w)));
  CRITICAL (g_assert_null (mutual_agreement_right_get_company (NULL)));
  CRITICAL (mutual_agreement_right_get_dimension (NULL));
  CRITICAL (g_assert_null (mutual_agreement_right_get_share (NULL)));
  CRITICAL (g_assert_false (mutual_agreement_right_get_veto (NULL)));
  CRITICAL (g_assert_null (mutual_agreement_right_get_source (NULL)));
}

static void
test_model (void)
{
  g_autoptr(MutualModel) model = mutual_model_new ();
  g_autoptr(MutualParty) party = mutual_party_new ("p", "P", MUTUAL_PARTY_KIND_COMPANY);
  g_autoptr(GError) set = g_error_new_literal (MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "already set");
  gpointer wrong = party;   /* an object of the wrong type */

  CRITICAL (g_assert_null (mutual_model_copy (NULL)));
  CRITICAL (g_assert_null (mutual_model_get_name (wrong)));
  CRITICAL (mutual_model_set_name (NULL, "x"));
  CRITICAL (g_assert_null (mutual_model_get_description (NULL)));
  CRITICAL (mutual_model_set_description (NULL, "x"));
  CRITICAL (g_assert_null (mutual_model_get_date (NULL)));
  CRITICAL (mutual_model_set_date (NULL, "2012-05-01"));
  CRITICAL (mutual_model_set_date (model, "2012-02-30"));
  g_assert_null (mutual_model_get_date (model));
  CRITICAL (g_assert_null (mutual_model_get_sources (NULL)));
  CRITICAL (mutual_model_set_sources (NULL, NULL));
  CRITICAL (g_assert_false (mutual_model_validate (NULL, NULL)));
  CRITICAL (g_assert_false (mutual_model_validate (model, &set)));

  CRITICAL (g_assert_false (mutual_model_add_party (NULL, party, NULL)));
  CRITICAL (g_assert_false (mutual_model_add_party (model, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_model_add_party (model, wrong == party ? (gpointer) model : NULL, NULL)));
  CRITICAL (g_assert_false (mutual_model_add_party (model, party, &set)));
  CRITICAL (g_assert_false (mutual_model_replace_party (model, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_model_remove_party (model, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_model_lookup_party (model, NULL)));
  CRITICAL (g_assert_null (mutual_model_get_parties (NULL)));

  CRITICAL (g_assert_false (mutual_model_add_share_class (model, wrong, NULL)));
  CRITICAL (g_assert_false (mutual_model_remove_share_class (model, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_model_lookup_share_class (NULL, "s")));
  CRITICAL (g_assert_null (mutual_model_get_share_classes (NULL)));

  CRITICAL (g_assert_false (mutual_model_add_holding (model, wrong, NULL)));
  CRITICAL (g_assert_false (mutual_model_set_holding (model, NULL, "s", 1, NULL)));
  CRITICAL (g_assert_false (mutual_model_set_holding (model, "h", NULL, 1, NULL)));
  CRITICAL (g_assert_false (mutual_model_remove_holding (model, NULL, "s", NULL)));
  CRITICAL (g_assert_false (mutual_model_remove_holding (model, "h", NULL, NULL)));
  CRITICAL (g_assert_null (mutual_model_lookup_holding (model, NULL, "s")));
  CRITICAL (g_assert_null (mutual_model_lookup_holding (model, "h", NULL)));
  CRITICAL (g_assert_null (mutual_model_get_holdings (NULL)));

  CRITICAL (g_assert_false (mutual_model_add_membership (model, wrong, NULL)));
  CRITICAL (g_assert_false (mutual_model_remove_membership (model, NULL, "o", NULL)));
  CRITICAL (g_assert_false (mutual_model_remove_membership (model, "m", NULL, NULL)));
  CRITICAL (g_assert_null (mutual_model_lookup_membership (model, NULL, "o")));
  CRITICAL (g_assert_null (mutual_model_lookup_membership (model, "m", NULL)));
  CRITICAL (g_assert_null (mutual_model_get_memberships (NULL)));

  CRITICAL (g_assert_false (mutual_model_add_board_right (model, wrong, NULL)));
  CRITICAL (g_assert_false (mutual_model_remove_board_right (model, NULL, "c", NULL)));
  CRITICAL (g_assert_false (mutual_model_remove_board_right (model, "a", NULL, NULL)));
  CRITICAL (g_assert_null (mutual_model_lookup_board_right (model, NULL, "c")));
  CRITICAL (g_assert_null (mutual_model_lookup_board_right (model, "a", NULL)));
  CRITICAL (g_assert_null (mutual_model_get_board_rights (NULL)));

  CRITICAL (g_assert_false (mutual_model_add_agreement_right (model, wrong, NULL)));
  CRITICAL (g_assert_false (mutual_model_remove_agreement_right (model, NULL, "c", MUTUAL_DIMENSION_VOTES, NULL)));
  CRITICAL (g_assert_false (mutual_model_remove_agreement_right (model, "h", NULL, MUTUAL_DIMENSION_VOTES, NULL)));
  CRITICAL (g_assert_false (mutual_model_remove_agreement_right (model, "h", "c", 99, NULL)));
  CRITICAL (g_assert_null (mutual_model_get_agreement_rights (NULL)));

  /* nothing was added by any of the calls above */
  g_assert_cmpuint (g_list_model_get_n_items (mutual_model_get_parties (model)), ==, 0);
}

static void
test_io (void)
{
  g_autoptr(MutualModel) model = mutual_model_new ();
  g_autoptr(GError) set = g_error_new_literal (MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "already set");

  CRITICAL (g_assert_null (mutual_model_new_from_data (NULL, 5, NULL)));
  CRITICAL (g_assert_null (mutual_model_new_from_data ("{}", -1, &set)));
  CRITICAL (g_assert_null (mutual_model_new_from_file (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_model_new_from_file ("x.json", &set)));
  CRITICAL (g_assert_null (mutual_model_new_from_example (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_model_to_data (NULL, NULL)));
  CRITICAL (g_assert_false (mutual_model_save_to_file (NULL, "x.json", NULL)));
  CRITICAL (g_assert_false (mutual_model_save_to_file (model, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_model_save_to_file (model, "x.json", &set)));
  g_assert_false (g_file_test ("x.json", G_FILE_TEST_EXISTS));

  CRITICAL (g_assert_null (mutual_staff_csv_parse (NULL, 5, NULL)));
  CRITICAL (g_assert_null (mutual_staff_csv_parse ("id", -1, &set)));
  CRITICAL (g_assert_cmpuint (mutual_model_add_staff_from_csv_data (NULL, "id", -1, NULL), ==, 0));
  CRITICAL (g_assert_cmpuint (mutual_model_add_staff_from_csv_data (model, NULL, -1, NULL), ==, 0));
  CRITICAL (g_assert_cmpuint (mutual_model_add_staff_from_csv_data (model, "id", -1, &set), ==, 0));
  CRITICAL (g_assert_cmpuint (mutual_model_add_staff_from_csv_file (NULL, "x.csv", NULL), ==, 0));
  CRITICAL (g_assert_cmpuint (mutual_model_add_staff_from_csv_file (model, NULL, NULL), ==, 0));
  CRITICAL (g_assert_cmpuint (mutual_model_add_staff_from_csv_file (model, "x.csv", &set), ==, 0));

  {
    g_autoptr(GError) error = NULL;
    /* an empty buffer is bad input, not a programmer error */
    g_autoptr(MutualModel) empty = mutual_model_new_from_data (NULL, 0, &error);

    g_assert_null (empty);
    g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE);
  }
}

/* Staff, transfer plans, measures and contracts (model layer). */
static void
test_model_records (void)
{
  g_autoptr(MutualModel) model = mutual_model_new ();
  g_autoptr(MutualParty) party = mutual_party_new ("p", "P", MUTUAL_PARTY_KIND_COMPANY);
  g_autoptr(GError) set = g_error_new_literal (MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "already set");
  const char *transferors[] = { "council", NULL };
  const char *codes[] = { "85000000", NULL };
  MutualPensionScheme scheme;
  gpointer w = party;   /* an object of the wrong type */

  CRITICAL (g_assert_null (mutual_staff_member_new (NULL, "e", "2005-09-01", "1975-05-20", 1)));
  CRITICAL (g_assert_null (mutual_staff_member_new ("s", NULL, "2005-09-01", "1975-05-20", 1)));
  CRITICAL (g_assert_null (mutual_transfer_plan_new (NULL, transferors, "mutual", "2024-09-02", "g")));
  CRITICAL (g_assert_null (mutual_transfer_plan_new ("t", NULL, "mutual", "2024-09-02", "g")));
  CRITICAL (g_assert_null (mutual_measure_new (NULL, MUTUAL_MEASURE_KIND_CHANGE_OF_TERMS, MUTUAL_MEASURE_REASON_ETO)));
  CRITICAL (g_assert_null (mutual_contract_new (NULL, "a", "s", codes, "2014-01-01", "2014-04-01", "2017-03-31")));
  CRITICAL (g_assert_false (mutual_transfer_plan_assigns (NULL, NULL)));
  CRITICAL (g_assert_false (mutual_transfer_plan_has_transferor (NULL, "council")));
  CRITICAL (g_assert_false (mutual_pension_scheme_from_string (NULL, &scheme)));
  CRITICAL (g_assert_false (mutual_pension_scheme_from_string ("lgps", NULL)));
  CRITICAL (g_assert_false (mutual_pension_scheme_is_public_service (99)));
  CRITICAL (g_assert_cmpstr (mutual_pension_scheme_to_string (99), ==, "none"));
  CRITICAL (g_assert_cmpstr (mutual_procedure_to_string (99), ==, "unknown"));
  CRITICAL (g_assert_cmpstr (mutual_reserved_under_to_string (99), ==, "none"));
  CRITICAL (g_assert_false (mutual_cpv_code_validate (NULL, NULL)));

  CRITICAL (g_assert_false (mutual_model_add_staff_member (model, w, NULL)));
  CRITICAL (g_assert_false (mutual_model_add_staff_member (NULL, NULL, &set)));
  CRITICAL (g_assert_false (mutual_model_remove_staff_member (model, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_model_lookup_staff_member (model, NULL)));
  CRITICAL (g_assert_false (mutual_model_add_transfer_plan (model, w, NULL)));
  CRITICAL (g_assert_false (mutual_model_remove_transfer_plan (model, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_model_lookup_transfer_plan (model, NULL)));
  CRITICAL (g_assert_false (mutual_model_add_contract (model, w, NULL)));
  CRITICAL (g_assert_false (mutual_model_replace_contract (model, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_model_remove_contract (model, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_model_lookup_contract (model, NULL)));
  CRITICAL (g_assert_false (mutual_model_validate_contracts (NULL, NULL)));
  CRITICAL (g_assert_false (mutual_model_validate_contracts (model, &set)));

  CRITICAL (g_assert_null (mutual_contract_dup_latest_end (w)));
  CRITICAL (g_assert_null (mutual_contract_get_authority (w)));
  CRITICAL (g_assert_null (mutual_contract_get_award_date (w)));
  CRITICAL (g_assert_null (mutual_contract_get_cpv_codes (w)));
  CRITICAL (g_assert_null (mutual_contract_get_end (w)));
  CRITICAL (mutual_contract_get_extension_months (NULL));
  CRITICAL (g_assert_null (mutual_contract_get_id (w)));
  CRITICAL (g_assert_null (mutual_contract_get_notes (w)));
  CRITICAL (mutual_contract_get_procedure (NULL));
  CRITICAL (g_assert_null (mutual_contract_get_procurement_start (w)));
  CRITICAL (mutual_contract_get_reserved_under (NULL));
  CRITICAL (g_assert_null (mutual_contract_get_start (w)));
  CRITICAL (g_assert_null (mutual_contract_get_supplier (w)));
  CRITICAL (g_assert_null (mutual_contract_get_title (w)));
  CRITICAL (mutual_contract_get_value (NULL));
  CRITICAL (g_assert_null (mutual_measure_get_description (w)));
  CRITICAL (mutual_measure_get_kind (NULL));
  CRITICAL (mutual_measure_get_reason (NULL));
  CRITICAL (g_assert_null (mutual_model_get_contracts (NULL)));
  CRITICAL (g_assert_null (mutual_model_get_staff (NULL)));
  CRITICAL (g_assert_null (mutual_model_get_transfer_plans (NULL)));
  CRITICAL (g_assert_null (mutual_staff_member_get_assignment (w)));
  CRITICAL (g_assert_null (mutual_staff_member_get_born (w)));
  CRITICAL (g_assert_null (mutual_staff_member_get_collective_agreement (w)));
  CRITICAL (g_assert_null (mutual_staff_member_get_employer (w)));
  CRITICAL (g_assert_null (mutual_staff_member_get_grouping (w)));
  CRITICAL (mutual_staff_member_get_hours (NULL));
  CRITICAL (g_assert_null (mutual_staff_member_get_id (w)));
  CRITICAL (g_assert_null (mutual_staff_member_get_name (w)));
  CRITICAL (mutual_staff_member_get_objected (NULL));
  CRITICAL (mutual_staff_member_get_pension_scheme (NULL));
  CRITICAL (g_assert_null (mutual_staff_member_get_started (w)));
  CRITICAL (mutual_staff_member_get_temporary (NULL));
  CRITICAL (mutual_staff_member_get_weekly_pay (NULL));
  CRITICAL (mutual_transfer_plan_get_assignment_strict (NULL));
  CRITICAL (g_assert_null (mutual_transfer_plan_get_assignment_threshold (w)));
  CRITICAL (g_assert_null (mutual_transfer_plan_get_consultation_held (w)));
  CRITICAL (mutual_transfer_plan_get_eli_contents (NULL));
  CRITICAL (g_assert_null (mutual_transfer_plan_get_eli_sent (w)));
  CRITICAL (g_assert_null (mutual_transfer_plan_get_first_dismissal (w)));
  CRITICAL (g_assert_null (mutual_transfer_plan_get_grouping (w)));
  CRITICAL (g_assert_null (mutual_transfer_plan_get_id (w)));
  CRITICAL (g_assert_null (mutual_transfer_plan_get_information_given (w)));
  CRITICAL (mutual_transfer_plan_get_jurisdiction (NULL));
  CRITICAL (g_assert_null (mutual_transfer_plan_get_measures (w)));
  CRITICAL (g_assert_null (mutual_transfer_plan_get_name (w)));
  CRITICAL (mutual_transfer_plan_get_pension_provision (NULL));
  CRITICAL (mutual_transfer_plan_get_proposed_dismissals (NULL));
  CRITICAL (g_assert_null (mutual_transfer_plan_get_redundancy_consultation (w)));
  CRITICAL (mutual_transfer_plan_get_representatives (NULL));
  CRITICAL (g_assert_null (mutual_transfer_plan_get_transfer_date (w)));
  CRITICAL (g_assert_null (mutual_transfer_plan_get_transferee (w)));
  CRITICAL (g_assert_null (mutual_transfer_plan_get_transferors (w)));
}

/* Dropping the last reference to a model finalizes the model, its lists
 * and every item it held; a copy keeps shared items alive until it goes. */
static void
test_finalize (void)
{
  g_autoptr(GError) error = NULL;
  MutualModel *model = mutual_model_new_from_example ("3bm-2013", &error);
  MutualModel *copy;
  GListModel *parties;
  GObject *party, *holding, *list;
  guint n;

  g_assert_no_error (error);
  parties = mutual_model_get_parties (model);
  n = g_list_model_get_n_items (parties);
  g_assert_cmpuint (n, >, 0);
  party = g_list_model_get_item (parties, 0);
  g_object_unref (party);                    /* the model keeps it */
  holding = g_list_model_get_item (mutual_model_get_holdings (model), 0);
  g_object_unref (holding);
  list = G_OBJECT (parties);
  g_object_add_weak_pointer (G_OBJECT (model), (gpointer *) &model);
  g_object_add_weak_pointer (party, (gpointer *) &party);
  g_object_add_weak_pointer (holding, (gpointer *) &holding);
  g_object_add_weak_pointer (list, (gpointer *) &list);

  copy = mutual_model_copy (model);
  g_object_unref (model);
  g_assert_null (model);
  g_assert_null (list);
  g_assert_nonnull (party);                  /* the copy shares it */
  g_assert_true (mutual_model_lookup_party (copy, mutual_party_get_id (MUTUAL_PARTY (party))) == (gpointer) party);

  /* loading, saving and validating leave no reference behind */
  {
    g_autofree char *text = mutual_model_to_data (copy, NULL);
    MutualModel *again = mutual_model_new_from_data (text, -1, &error);

    g_assert_no_error (error);
    g_assert_true (mutual_model_validate (again, &error));
    g_object_add_weak_pointer (G_OBJECT (again), (gpointer *) &again);
    g_object_unref (again);
    g_assert_null (again);
  }

  g_object_unref (copy);
  g_assert_null (party);
  g_assert_null (holding);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/misuse/core", test_core);
  g_test_add_func ("/mutual/misuse/items", test_items);
  g_test_add_func ("/mutual/misuse/model", test_model);
  g_test_add_func ("/mutual/misuse/model-records", test_model_records);
  g_test_add_func ("/mutual/misuse/io", test_io);
  g_test_add_func ("/mutual/misuse/finalize", test_finalize);

  return g_test_run ();
}
