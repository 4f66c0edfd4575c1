/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Programmer errors in the layers above model (analysis, scenario, tupe,
 * procurement) and in the io functions tests/c/misuse.c does not call:
 * every public function, called with NULL for its object (and, for a
 * method of a class, with an object of the wrong type), emits a critical
 * and returns its failure value without crashing; then, per layer, NULL
 * required strings, out-of-range enums and indices on real objects.
 * tools/check-return-if-fail.py checks that each function appears here or
 * in misuse.c. */
#include <libmutual/mutual.h>

#define CRITICAL(call)                                                    \
  G_STMT_START {                                                          \
    g_test_expect_message ("Mutual", G_LOG_LEVEL_CRITICAL, "*");         \
    call;                                                                 \
    g_test_assert_expected_messages ();                                   \
  } G_STMT_END

/* Analyses and their results: interests, control, power, PSCs, qualification, voting games. */
static void
test_analysis_null (void)
{
  g_autoptr(GObject) wrong = g_object_new (G_TYPE_OBJECT, NULL);
  gpointer w = wrong;   /* an object of the wrong type */
  /* mutual-analysis.c */
  CRITICAL (mutual_resolution_get_quota (0, NULL, NULL));
  CRITICAL (g_assert_null (mutual_analysis_dup_companies (NULL)));
  CRITICAL (g_assert_null (mutual_analysis_dup_companies (w)));
  CRITICAL (g_assert_null (mutual_analysis_get_date (NULL)));
  CRITICAL (g_assert_null (mutual_analysis_get_date (w)));
  CRITICAL (g_assert_null (mutual_analysis_get_employee_control_threshold (NULL)));
  CRITICAL (g_assert_null (mutual_analysis_get_employee_control_threshold (w)));
  CRITICAL (g_assert_null (mutual_analysis_get_employee_participation_threshold (NULL)));
  CRITICAL (g_assert_null (mutual_analysis_get_employee_participation_threshold (w)));
  CRITICAL (g_assert_null (mutual_analysis_lookup_party (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_lookup_party (w, NULL)));
  CRITICAL (mutual_analysis_set_employee_control_threshold (NULL, NULL));
  CRITICAL (mutual_analysis_set_employee_control_threshold (w, NULL));
  CRITICAL (mutual_analysis_set_employee_participation_threshold (NULL, NULL));
  CRITICAL (mutual_analysis_set_employee_participation_threshold (w, NULL));
  CRITICAL (g_assert_null (mutual_analysis_new (NULL)));

  /* mutual-control.c */
  CRITICAL (g_assert_false (mutual_analysis_coalition_can (NULL, NULL, 0, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_analysis_coalition_can (w, NULL, 0, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_analysis_coalition_controls_board (NULL, NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_analysis_coalition_controls_board (w, NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_coalition_votes (NULL, NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_coalition_votes (w, NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_control (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_control (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_power (NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_power (w, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_control_get_block_special (NULL)));
  CRITICAL (g_assert_null (mutual_control_get_block_special (w)));
  CRITICAL (g_assert_null (mutual_control_get_board_controllers (NULL)));
  CRITICAL (g_assert_null (mutual_control_get_board_controllers (w)));
  CRITICAL (g_assert_null (mutual_control_get_company (NULL)));
  CRITICAL (g_assert_null (mutual_control_get_company (w)));
  CRITICAL (g_assert_null (mutual_control_get_deciders (NULL, 0)));
  CRITICAL (g_assert_null (mutual_control_get_deciders (w, 0)));
  CRITICAL (g_assert_null (mutual_control_get_ordinary (NULL)));
  CRITICAL (g_assert_null (mutual_control_get_ordinary (w)));
  CRITICAL (g_assert_null (mutual_control_get_special (NULL)));
  CRITICAL (g_assert_null (mutual_control_get_special (w)));
  CRITICAL (g_assert_null (mutual_control_get_veto_holders (NULL)));
  CRITICAL (g_assert_null (mutual_control_get_veto_holders (w)));

  /* mutual-interest.c */
  CRITICAL (g_assert_null (mutual_analysis_direct_interest (NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_direct_interest (w, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_direct_interests (NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_direct_interests (w, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_employee_interest (NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_employee_interest (w, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_interest_paths (NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_interest_paths (w, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_look_through_interest (NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_look_through_interest (w, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_look_through_interests (NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_look_through_interests (w, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_look_through_table (NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_look_through_table (w, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_ultimate_owners (NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_ultimate_owners (w, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_interest_get_company (NULL)));
  CRITICAL (g_assert_null (mutual_interest_get_company (w)));
  CRITICAL (mutual_interest_get_dimension (NULL));
  CRITICAL (mutual_interest_get_dimension (w));
  CRITICAL (g_assert_false (mutual_interest_get_exact (NULL)));
  CRITICAL (g_assert_false (mutual_interest_get_exact (w)));
  CRITICAL (g_assert_null (mutual_interest_get_fraction (NULL)));
  CRITICAL (g_assert_null (mutual_interest_get_fraction (w)));
  CRITICAL (g_assert_null (mutual_interest_get_holder (NULL)));
  CRITICAL (g_assert_null (mutual_interest_get_holder (w)));
  CRITICAL (mutual_interest_get_value (NULL));
  CRITICAL (mutual_interest_get_value (w));
  CRITICAL (g_assert_null (mutual_interest_path_get_fraction (NULL)));
  CRITICAL (g_assert_null (mutual_interest_path_get_fraction (w)));
  CRITICAL (g_assert_null (mutual_interest_path_get_parties (NULL)));
  CRITICAL (g_assert_null (mutual_interest_path_get_parties (w)));
  CRITICAL (mutual_interest_path_get_value (NULL));
  CRITICAL (mutual_interest_path_get_value (w));
  CRITICAL (g_assert_null (mutual_interest_table_get_companies (NULL)));
  CRITICAL (g_assert_null (mutual_interest_table_get_companies (w)));
  CRITICAL (mutual_interest_table_get_dimension (NULL));
  CRITICAL (mutual_interest_table_get_dimension (w));
  CRITICAL (mutual_interest_table_get_n_holders (NULL, NULL));
  CRITICAL (mutual_interest_table_get_n_holders (w, NULL));
  CRITICAL (g_assert_null (mutual_analysis_holder_table (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_holder_table (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_holder_table_ref (NULL)));
  CRITICAL (mutual_holder_table_unref (NULL));
  CRITICAL (mutual_holder_table_get_n_holders (NULL));
  CRITICAL (g_assert_null (mutual_holder_table_get_holder (NULL, 0)));
  CRITICAL (g_assert_null (mutual_holder_table_get_interest (NULL, 0, MUTUAL_DIMENSION_VOTES)));
  CRITICAL (mutual_interest_table_get_total (NULL, NULL));
  CRITICAL (mutual_interest_table_get_total (w, NULL));
  CRITICAL (mutual_interest_table_get_value (NULL, NULL, NULL));
  CRITICAL (mutual_interest_table_get_value (w, NULL, NULL));
  CRITICAL (g_assert_null (mutual_interest_table_list_interests (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_interest_table_list_interests (w, NULL)));

  /* mutual-power.c */
  CRITICAL (mutual_power_get_absolute_banzhaf (NULL));
  CRITICAL (mutual_power_get_absolute_banzhaf (w));
  CRITICAL (mutual_power_get_banzhaf (NULL));
  CRITICAL (mutual_power_get_banzhaf (w));
  CRITICAL (g_assert_null (mutual_power_get_party (NULL)));
  CRITICAL (g_assert_null (mutual_power_get_party (w)));
  CRITICAL (mutual_power_get_shapley_shubik (NULL));
  CRITICAL (mutual_power_get_shapley_shubik (w));
  CRITICAL (mutual_power_get_weight (NULL));
  CRITICAL (mutual_power_get_weight (w));
  CRITICAL (g_assert_null (mutual_power_new (NULL, 0, 0, 0, 0)));

  /* mutual-psc.c */
  CRITICAL (g_assert_null (mutual_analysis_list_all_pscs (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_list_all_pscs (w, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_list_pscs (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_list_pscs (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_psc_findings (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_psc_findings (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_psc_get_company (NULL)));
  CRITICAL (g_assert_null (mutual_psc_get_company (w)));
  CRITICAL (g_assert_null (mutual_psc_get_findings (NULL)));
  CRITICAL (g_assert_null (mutual_psc_get_findings (w)));
  CRITICAL (mutual_psc_get_kind (NULL));
  CRITICAL (mutual_psc_get_kind (w));
  CRITICAL (g_assert_null (mutual_psc_get_natures (NULL)));
  CRITICAL (g_assert_null (mutual_psc_get_natures (w)));
  CRITICAL (g_assert_null (mutual_psc_get_party (NULL)));
  CRITICAL (g_assert_null (mutual_psc_get_party (w)));
  CRITICAL (g_assert_null (mutual_psc_get_shares (NULL)));
  CRITICAL (g_assert_null (mutual_psc_get_shares (w)));
  CRITICAL (g_assert_null (mutual_psc_get_trust (NULL)));
  CRITICAL (g_assert_null (mutual_psc_get_trust (w)));
  CRITICAL (g_assert_null (mutual_psc_get_votes (NULL)));
  CRITICAL (g_assert_null (mutual_psc_get_votes (w)));

  /* mutual-qualification.c */
  CRITICAL (g_assert_null (mutual_analysis_qualify_employee_ownership_trust (NULL, NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_qualify_employee_ownership_trust (w, NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_qualify_public_service_mutual (NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_qualify_public_service_mutual (w, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_qualification_get_company (NULL)));
  CRITICAL (g_assert_null (mutual_qualification_get_company (w)));
  CRITICAL (g_assert_null (mutual_qualification_get_findings (NULL)));
  CRITICAL (g_assert_null (mutual_qualification_get_findings (w)));
  CRITICAL (g_assert_false (mutual_qualification_get_qualifies (NULL)));
  CRITICAL (g_assert_false (mutual_qualification_get_qualifies (w)));
  CRITICAL (g_assert_null (mutual_qualification_get_test (NULL)));
  CRITICAL (g_assert_null (mutual_qualification_get_test (w)));

  /* mutual-voting-game.c */
  CRITICAL (g_assert_false (mutual_voting_game_add_block (NULL, NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_voting_game_add_block (w, NULL, NULL, NULL)));
  CRITICAL (mutual_voting_game_add_voter (NULL, NULL, 0));
  CRITICAL (mutual_voting_game_add_voter (w, NULL, 0));
  CRITICAL (g_assert_false (mutual_voting_game_compute (NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_voting_game_compute (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_voting_game_dup_quota (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_voting_game_dup_quota (w, NULL)));
  CRITICAL (mutual_voting_game_get_indices (NULL));
  CRITICAL (mutual_voting_game_get_indices (w));
  CRITICAL (g_assert_null (mutual_voting_game_get_results (NULL)));
  CRITICAL (g_assert_null (mutual_voting_game_get_results (w)));
  CRITICAL (g_assert_null (mutual_voting_game_lookup_power (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_voting_game_lookup_power (w, NULL)));
  CRITICAL (mutual_voting_game_set_indices (NULL, 0));
  CRITICAL (mutual_voting_game_set_indices (w, 0));
  CRITICAL (mutual_voting_game_set_quota (NULL, NULL, FALSE));
  CRITICAL (mutual_voting_game_set_quota (w, NULL, FALSE));
}

/* The readers and writers not in tests/c/misuse.c: BODS, PSC data, OCF, scenario files, reports and pictures. */
static void
test_io_null (void)
{
  g_autoptr(GObject) wrong = g_object_new (G_TYPE_OBJECT, NULL);
  gpointer w = wrong;   /* an object of the wrong type */
  /* mutual-bods-change.c */
  CRITICAL (g_assert_null (mutual_bods_change_get_date (NULL)));
  CRITICAL (g_assert_null (mutual_bods_change_get_date (w)));
  CRITICAL (g_assert_null (mutual_bods_change_get_description (NULL)));
  CRITICAL (g_assert_null (mutual_bods_change_get_description (w)));
  CRITICAL (g_assert_null (mutual_bods_change_get_interested_party (NULL)));
  CRITICAL (g_assert_null (mutual_bods_change_get_interested_party (w)));
  CRITICAL (g_assert_null (mutual_bods_change_get_record_id (NULL)));
  CRITICAL (g_assert_null (mutual_bods_change_get_record_id (w)));
  CRITICAL (g_assert_null (mutual_bods_change_get_record_type (NULL)));
  CRITICAL (g_assert_null (mutual_bods_change_get_record_type (w)));
  CRITICAL (g_assert_null (mutual_bods_change_get_statement_id (NULL)));
  CRITICAL (g_assert_null (mutual_bods_change_get_statement_id (w)));
  CRITICAL (mutual_bods_change_get_status (NULL));
  CRITICAL (mutual_bods_change_get_status (w));
  CRITICAL (g_assert_null (mutual_bods_change_get_subject (NULL)));
  CRITICAL (g_assert_null (mutual_bods_change_get_subject (w)));

  /* mutual-bods-interest.c */
  CRITICAL (g_assert_null (mutual_bods_interest_describe_share (NULL)));
  CRITICAL (g_assert_null (mutual_bods_interest_describe_share (w)));
  CRITICAL (g_assert_false (mutual_bods_interest_get_beneficial (NULL)));
  CRITICAL (g_assert_false (mutual_bods_interest_get_beneficial (w)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_components (NULL)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_components (w)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_details (NULL)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_details (w)));
  CRITICAL (mutual_bods_interest_get_directness (NULL));
  CRITICAL (mutual_bods_interest_get_directness (w));
  CRITICAL (g_assert_null (mutual_bods_interest_get_end_date (NULL)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_end_date (w)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_interest_type (NULL)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_interest_type (w)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_interested_party (NULL)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_interested_party (w)));
  CRITICAL (g_assert_false (mutual_bods_interest_get_is_component (NULL)));
  CRITICAL (g_assert_false (mutual_bods_interest_get_is_component (w)));
  CRITICAL (g_assert_false (mutual_bods_interest_get_maximum_exclusive (NULL)));
  CRITICAL (g_assert_false (mutual_bods_interest_get_maximum_exclusive (w)));
  CRITICAL (g_assert_false (mutual_bods_interest_get_minimum_exclusive (NULL)));
  CRITICAL (g_assert_false (mutual_bods_interest_get_minimum_exclusive (w)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_relationship_id (NULL)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_relationship_id (w)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_share_exact (NULL)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_share_exact (w)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_share_maximum (NULL)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_share_maximum (w)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_share_minimum (NULL)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_share_minimum (w)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_start_date (NULL)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_start_date (w)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_statement_id (NULL)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_statement_id (w)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_subject (NULL)));
  CRITICAL (g_assert_null (mutual_bods_interest_get_subject (w)));
  CRITICAL (g_assert_false (mutual_bods_interest_is_in_force (NULL, NULL)));
  CRITICAL (g_assert_false (mutual_bods_interest_is_in_force (w, NULL)));

  /* mutual-bods-writer.c */
  CRITICAL (g_assert_false (mutual_model_save_to_bods_file (NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_model_save_to_bods_file (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_model_to_bods (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_model_to_bods (w, NULL, NULL)));

  /* mutual-bods.c */
  CRITICAL (g_assert_null (mutual_bods_package_check_indirect (NULL)));
  CRITICAL (g_assert_null (mutual_bods_package_check_indirect (w)));
  CRITICAL (g_assert_null (mutual_bods_package_check_look_through (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_bods_package_check_look_through (w, NULL)));
  CRITICAL (g_assert_null (mutual_bods_package_dup_model_at (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_bods_package_dup_model_at (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_bods_package_get_changes (NULL)));
  CRITICAL (g_assert_null (mutual_bods_package_get_changes (w)));
  CRITICAL (g_assert_null (mutual_bods_package_get_findings (NULL)));
  CRITICAL (g_assert_null (mutual_bods_package_get_findings (w)));
  CRITICAL (g_assert_null (mutual_bods_package_get_interests (NULL)));
  CRITICAL (g_assert_null (mutual_bods_package_get_interests (w)));
  CRITICAL (g_assert_null (mutual_bods_package_get_model (NULL)));
  CRITICAL (g_assert_null (mutual_bods_package_get_model (w)));
  CRITICAL (mutual_bods_package_get_n_statements (NULL));
  CRITICAL (mutual_bods_package_get_n_statements (w));
  CRITICAL (g_assert_null (mutual_bods_package_get_version (NULL)));
  CRITICAL (g_assert_null (mutual_bods_package_get_version (w)));
  CRITICAL (g_assert_null (mutual_bods_package_new_from_data (NULL, 0, 0, NULL)));
  CRITICAL (g_assert_null (mutual_bods_package_new_from_file (NULL, 0, NULL)));

  /* mutual-diagram.c */
  CRITICAL (g_assert_null (mutual_model_render_diagram (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_model_render_diagram (w, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_model_save_diagram (NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_model_save_diagram (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_model_to_dot (NULL)));
  CRITICAL (g_assert_null (mutual_model_to_dot (w)));

  /* mutual-ocf.c */
  CRITICAL (g_assert_null (mutual_ocf_package_dup_authorized (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_ocf_package_dup_authorized (w, NULL)));
  CRITICAL (g_assert_null (mutual_ocf_package_get_findings (NULL)));
  CRITICAL (g_assert_null (mutual_ocf_package_get_findings (w)));
  CRITICAL (g_assert_null (mutual_ocf_package_get_issuer (NULL)));
  CRITICAL (g_assert_null (mutual_ocf_package_get_issuer (w)));
  CRITICAL (g_assert_null (mutual_ocf_package_get_model (NULL)));
  CRITICAL (g_assert_null (mutual_ocf_package_get_model (w)));
  CRITICAL (g_assert_null (mutual_ocf_package_get_positions (NULL)));
  CRITICAL (g_assert_null (mutual_ocf_package_get_positions (w)));
  CRITICAL (g_assert_null (mutual_ocf_package_new_from_file (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_ocf_position_get_issued_on (NULL)));
  CRITICAL (g_assert_null (mutual_ocf_position_get_issued_on (w)));
  CRITICAL (g_assert_null (mutual_ocf_position_get_kind (NULL)));
  CRITICAL (g_assert_null (mutual_ocf_position_get_kind (w)));
  CRITICAL (g_assert_null (mutual_ocf_position_get_quantity (NULL)));
  CRITICAL (g_assert_null (mutual_ocf_position_get_quantity (w)));
  CRITICAL (g_assert_null (mutual_ocf_position_get_security_id (NULL)));
  CRITICAL (g_assert_null (mutual_ocf_position_get_security_id (w)));
  CRITICAL (g_assert_null (mutual_ocf_position_get_stakeholder (NULL)));
  CRITICAL (g_assert_null (mutual_ocf_position_get_stakeholder (w)));
  CRITICAL (g_assert_null (mutual_ocf_position_get_stock_class (NULL)));
  CRITICAL (g_assert_null (mutual_ocf_position_get_stock_class (w)));

  /* mutual-psc-data.c */
  CRITICAL (g_assert_null (mutual_psc_entry_get_ceased_on (NULL)));
  CRITICAL (g_assert_null (mutual_psc_entry_get_ceased_on (w)));
  CRITICAL (g_assert_null (mutual_psc_entry_get_company_number (NULL)));
  CRITICAL (g_assert_null (mutual_psc_entry_get_company_number (w)));
  CRITICAL (g_assert_null (mutual_psc_entry_get_kind (NULL)));
  CRITICAL (g_assert_null (mutual_psc_entry_get_kind (w)));
  CRITICAL (g_assert_null (mutual_psc_entry_get_name (NULL)));
  CRITICAL (g_assert_null (mutual_psc_entry_get_name (w)));
  CRITICAL (g_assert_null (mutual_psc_entry_get_natures (NULL)));
  CRITICAL (g_assert_null (mutual_psc_entry_get_natures (w)));
  CRITICAL (g_assert_null (mutual_psc_entry_get_notified_on (NULL)));
  CRITICAL (g_assert_null (mutual_psc_entry_get_notified_on (w)));
  CRITICAL (g_assert_null (mutual_psc_entry_get_party_id (NULL)));
  CRITICAL (g_assert_null (mutual_psc_entry_get_party_id (w)));
  CRITICAL (g_assert_null (mutual_psc_entry_get_statement (NULL)));
  CRITICAL (g_assert_null (mutual_psc_entry_get_statement (w)));
  CRITICAL (g_assert_null (mutual_psc_nature_code_for (99, NULL, 99)));
  CRITICAL (g_assert_null (mutual_psc_nature_lookup (NULL)));
  CRITICAL (g_assert_false (mutual_psc_nature_contains (NULL, NULL)));
  CRITICAL (g_assert_false (mutual_psc_nature_contains (w, NULL)));
  CRITICAL (mutual_psc_nature_get_capacity (NULL));
  CRITICAL (mutual_psc_nature_get_capacity (w));
  CRITICAL (g_assert_null (mutual_psc_nature_get_citation (NULL)));
  CRITICAL (g_assert_null (mutual_psc_nature_get_citation (w)));
  CRITICAL (g_assert_null (mutual_psc_nature_get_code (NULL)));
  CRITICAL (g_assert_null (mutual_psc_nature_get_code (w)));
  CRITICAL (mutual_psc_nature_get_dimension (NULL));
  CRITICAL (mutual_psc_nature_get_dimension (w));
  CRITICAL (g_assert_null (mutual_psc_nature_get_entity (NULL)));
  CRITICAL (g_assert_null (mutual_psc_nature_get_entity (w)));
  CRITICAL (g_assert_false (mutual_psc_nature_get_maximum_exclusive (NULL)));
  CRITICAL (g_assert_false (mutual_psc_nature_get_maximum_exclusive (w)));
  CRITICAL (g_assert_false (mutual_psc_nature_get_minimum_exclusive (NULL)));
  CRITICAL (g_assert_false (mutual_psc_nature_get_minimum_exclusive (w)));
  CRITICAL (g_assert_null (mutual_psc_nature_get_share_maximum (NULL)));
  CRITICAL (g_assert_null (mutual_psc_nature_get_share_maximum (w)));
  CRITICAL (g_assert_null (mutual_psc_nature_get_share_minimum (NULL)));
  CRITICAL (g_assert_null (mutual_psc_nature_get_share_minimum (w)));
  CRITICAL (g_assert_null (mutual_psc_register_compare (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_psc_register_compare (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_psc_register_get_entries (NULL)));
  CRITICAL (g_assert_null (mutual_psc_register_get_entries (w)));
  CRITICAL (g_assert_null (mutual_psc_register_get_findings (NULL)));
  CRITICAL (g_assert_null (mutual_psc_register_get_findings (w)));
  CRITICAL (g_assert_null (mutual_psc_register_get_model (NULL)));
  CRITICAL (g_assert_null (mutual_psc_register_get_model (w)));
  CRITICAL (g_assert_null (mutual_psc_register_to_bods (NULL)));
  CRITICAL (g_assert_null (mutual_psc_register_to_bods (w)));
  CRITICAL (g_assert_null (mutual_psc_register_new_from_data (NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_psc_register_new_from_file (NULL, NULL)));

  /* mutual-report.c */
  CRITICAL (g_assert_false (mutual_model_save_report (NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_model_save_report (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_model_to_html_report (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_model_to_html_report (w, NULL)));

  /* mutual-scenario-io.c */
  CRITICAL (g_assert_null (mutual_event_from_data (NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_event_to_data (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_event_to_data (w, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_save_to_file (NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_save_to_file (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_scenario_to_data (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_scenario_to_data (w, NULL)));
  CRITICAL (g_assert_null (mutual_scenario_new_from_data (NULL, 0, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_scenario_new_from_file (NULL, NULL, NULL)));

  /* mutual-timeline-picture.c */
  CRITICAL (g_assert_false (mutual_timeline_picture_add_marker (NULL, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_timeline_picture_add_marker (w, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_timeline_picture_add_model (NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_timeline_picture_add_model (w, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_timeline_picture_add_procurement (NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_timeline_picture_add_procurement (w, NULL, NULL)));
  CRITICAL (mutual_timeline_picture_add_scenario (NULL, NULL, NULL));
  CRITICAL (mutual_timeline_picture_add_scenario (w, NULL, NULL));
  CRITICAL (g_assert_false (mutual_timeline_picture_add_span (NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_timeline_picture_add_span (w, NULL, NULL, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_timeline_picture_add_transfer (NULL, NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_timeline_picture_add_transfer (w, NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_timeline_picture_get_as_at (NULL)));
  CRITICAL (g_assert_null (mutual_timeline_picture_get_as_at (w)));
  CRITICAL (mutual_timeline_picture_get_n_lanes (NULL));
  CRITICAL (mutual_timeline_picture_get_n_lanes (w));
  CRITICAL (g_assert_null (mutual_timeline_picture_get_title (NULL)));
  CRITICAL (g_assert_null (mutual_timeline_picture_get_title (w)));
  CRITICAL (g_assert_false (mutual_timeline_picture_save (NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_timeline_picture_save (w, NULL, NULL)));
  CRITICAL (mutual_timeline_picture_set_as_at (NULL, NULL));
  CRITICAL (mutual_timeline_picture_set_as_at (w, NULL));
  CRITICAL (mutual_timeline_picture_set_title (NULL, NULL));
  CRITICAL (mutual_timeline_picture_set_title (w, NULL));
  CRITICAL (g_assert_null (mutual_timeline_picture_to_svg (NULL)));
  CRITICAL (g_assert_null (mutual_timeline_picture_to_svg (w)));
}

/* Procurement: CPV codes, grace periods, contract checks. */
static void
test_procurement_null (void)
{
  g_autoptr(GObject) wrong = g_object_new (G_TYPE_OBJECT, NULL);
  gpointer w = wrong;   /* an object of the wrong type */
  /* mutual-cpv.c */
  CRITICAL (g_assert_false (mutual_cpv_code_is_reservable (NULL, 0)));
  CRITICAL (g_assert_null (mutual_cpv_list_reservable (99)));

  /* mutual-grace-period.c */
  CRITICAL (g_assert_null (mutual_grace_period_get_authority (NULL)));
  CRITICAL (g_assert_null (mutual_grace_period_get_authority (w)));
  CRITICAL (g_assert_null (mutual_grace_period_get_end (NULL)));
  CRITICAL (g_assert_null (mutual_grace_period_get_end (w)));
  CRITICAL (g_assert_null (mutual_grace_period_get_findings (NULL)));
  CRITICAL (g_assert_null (mutual_grace_period_get_findings (w)));
  CRITICAL (g_assert_null (mutual_grace_period_get_next_reservation_allowed (NULL)));
  CRITICAL (g_assert_null (mutual_grace_period_get_next_reservation_allowed (w)));
  CRITICAL (g_assert_null (mutual_grace_period_get_open_competition_due (NULL)));
  CRITICAL (g_assert_null (mutual_grace_period_get_open_competition_due (w)));
  CRITICAL (g_assert_null (mutual_grace_period_get_start (NULL)));
  CRITICAL (g_assert_null (mutual_grace_period_get_start (w)));
  CRITICAL (g_assert_null (mutual_grace_period_get_supplier (NULL)));
  CRITICAL (g_assert_null (mutual_grace_period_get_supplier (w)));
  CRITICAL (g_assert_null (mutual_grace_period_get_timeline (NULL)));
  CRITICAL (g_assert_null (mutual_grace_period_get_timeline (w)));

  /* mutual-procurement.c */
  CRITICAL (mutual_procurement_regime_for_date (NULL, NULL));
  CRITICAL (mutual_procurement_regime_get_reservation (99));
  CRITICAL (g_assert_cmpstr (mutual_procurement_regime_to_string (99), ==, "none"));
  CRITICAL (g_assert_null (mutual_procurement_check (NULL, NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_procurement_check (w, NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_procurement_check_contract (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_procurement_check_contract (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_procurement_get_grace_period (NULL, NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_procurement_get_grace_period (w, NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_procurement_get_model (NULL)));
  CRITICAL (g_assert_null (mutual_procurement_get_model (w)));
  CRITICAL (g_assert_null (mutual_procurement_list_grace_periods (NULL, NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_procurement_list_grace_periods (w, NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_procurement_new (NULL)));
}

/* Scenarios, events, timelines, comparisons and sweeps. */
static void
test_scenario_null (void)
{
  g_autoptr(GObject) wrong = g_object_new (G_TYPE_OBJECT, NULL);
  gpointer w = wrong;   /* an object of the wrong type */
  /* mutual-comparison.c */
  CRITICAL (g_assert_null (mutual_comparison_get_after (NULL)));
  CRITICAL (g_assert_null (mutual_comparison_get_after (w)));
  CRITICAL (g_assert_null (mutual_comparison_get_before (NULL)));
  CRITICAL (g_assert_null (mutual_comparison_get_before (w)));
  CRITICAL (g_assert_null (mutual_comparison_get_changes (NULL)));
  CRITICAL (g_assert_null (mutual_comparison_get_changes (w)));
  CRITICAL (g_assert_false (mutual_comparison_get_equal (NULL)));
  CRITICAL (g_assert_false (mutual_comparison_get_equal (w)));
  CRITICAL (g_assert_null (mutual_comparison_to_lines (NULL)));
  CRITICAL (g_assert_null (mutual_comparison_to_lines (w)));
  CRITICAL (g_assert_null (mutual_comparison_to_rows (NULL)));
  CRITICAL (g_assert_null (mutual_comparison_to_rows (w)));
  CRITICAL (g_assert_null (mutual_comparison_new (NULL, NULL)));

  /* mutual-event.c */
  CRITICAL (mutual_event_type_from_kind (NULL));
  CRITICAL (g_assert_false (mutual_event_apply (NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_event_apply (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_event_copy_with (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_event_copy_with (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_event_describe (NULL)));
  CRITICAL (g_assert_null (mutual_event_describe (w)));
  CRITICAL (g_assert_null (mutual_event_get_date (NULL)));
  CRITICAL (g_assert_null (mutual_event_get_date (w)));
  CRITICAL (g_assert_null (mutual_event_get_id (NULL)));
  CRITICAL (g_assert_null (mutual_event_get_id (w)));
  CRITICAL (g_assert_null (mutual_event_get_kind (NULL)));
  CRITICAL (g_assert_null (mutual_event_get_kind (w)));
  CRITICAL (mutual_event_class_set_kind (NULL, NULL));

  /* mutual-scenario.c */
  CRITICAL (g_assert_false (mutual_scenario_add_event (NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_add_event (w, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_add_party (NULL, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_add_party (w, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_admit_member (NULL, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_admit_member (w, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_allocate_to_beneficiaries (NULL, NULL, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_allocate_to_beneficiaries (w, NULL, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_buy_back_shares (NULL, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_buy_back_shares (w, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_consolidate_shares (NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_consolidate_shares (w, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_convert_shares (NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_convert_shares (w, NULL, NULL, NULL, NULL, 0, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_create_share_class (NULL, NULL, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_create_share_class (w, NULL, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_exit (NULL, NULL, NULL, NULL, NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_exit (w, NULL, NULL, NULL, NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_scenario_get_base (NULL)));
  CRITICAL (g_assert_null (mutual_scenario_get_base (w)));
  CRITICAL (g_assert_null (mutual_scenario_get_base_name (NULL)));
  CRITICAL (g_assert_null (mutual_scenario_get_base_name (w)));
  CRITICAL (g_assert_null (mutual_scenario_get_description (NULL)));
  CRITICAL (g_assert_null (mutual_scenario_get_description (w)));
  CRITICAL (g_assert_null (mutual_scenario_get_events (NULL)));
  CRITICAL (g_assert_null (mutual_scenario_get_events (w)));
  CRITICAL (g_assert_null (mutual_scenario_get_final (NULL)));
  CRITICAL (g_assert_null (mutual_scenario_get_final (w)));
  CRITICAL (mutual_scenario_get_n_events (NULL));
  CRITICAL (mutual_scenario_get_n_events (w));
  CRITICAL (g_assert_null (mutual_scenario_get_name (NULL)));
  CRITICAL (g_assert_null (mutual_scenario_get_name (w)));
  CRITICAL (g_assert_false (mutual_scenario_grant_board_right (NULL, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_grant_board_right (w, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_issue_shares (NULL, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_issue_shares (w, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_remove_board_right (NULL, NULL, NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_remove_board_right (w, NULL, NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_remove_member (NULL, NULL, NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_remove_member (w, NULL, NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_scenario_run (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_scenario_run (w, NULL)));
  CRITICAL (mutual_scenario_set_base_name (NULL, NULL));
  CRITICAL (mutual_scenario_set_base_name (w, NULL));
  CRITICAL (mutual_scenario_set_description (NULL, NULL));
  CRITICAL (mutual_scenario_set_description (w, NULL));
  CRITICAL (mutual_scenario_set_name (NULL, NULL));
  CRITICAL (mutual_scenario_set_name (w, NULL));
  CRITICAL (g_assert_false (mutual_scenario_subdivide_shares (NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_subdivide_shares (w, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_transfer_shares (NULL, NULL, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_transfer_shares (w, NULL, NULL, NULL, NULL, 0, NULL)));
  CRITICAL (g_assert_null (mutual_scenario_new (NULL)));

  /* mutual-sweep.c */
  CRITICAL (mutual_sweep_add_event (NULL, NULL));
  CRITICAL (mutual_sweep_add_event (w, NULL));
  CRITICAL (g_assert_false (mutual_sweep_add_metric (NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_sweep_add_metric (w, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_sweep_add_range (NULL, NULL, 0, 0, 0, NULL)));
  CRITICAL (g_assert_false (mutual_sweep_add_range (w, NULL, 0, 0, 0, NULL)));
  CRITICAL (mutual_sweep_add_run (NULL, NULL, NULL, 0));
  CRITICAL (mutual_sweep_add_run (w, NULL, NULL, 0));
  CRITICAL (mutual_sweep_add_scenario (NULL, NULL));
  CRITICAL (mutual_sweep_add_scenario (w, NULL));
  CRITICAL (g_assert_false (mutual_sweep_add_values (NULL, NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_sweep_add_values (w, NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_sweep_bind (NULL, 0, NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_sweep_bind (w, 0, NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_sweep_get_base (NULL)));
  CRITICAL (g_assert_null (mutual_sweep_get_base (w)));
  CRITICAL (mutual_sweep_get_n_runs (NULL));
  CRITICAL (mutual_sweep_get_n_runs (w));
  CRITICAL (mutual_sweep_get_n_threads (NULL));
  CRITICAL (mutual_sweep_get_n_threads (w));
  CRITICAL (g_assert_null (mutual_sweep_run (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_sweep_run (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_sweep_run_to_json (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_sweep_run_to_json (w, NULL, NULL)));
  CRITICAL (mutual_sweep_run_async (NULL, NULL, NULL, 0));
  CRITICAL (mutual_sweep_run_async (w, NULL, NULL, 0));
  CRITICAL (g_assert_null (mutual_sweep_run_finish (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_sweep_run_finish (w, NULL, NULL)));
  CRITICAL (mutual_sweep_set_n_threads (NULL, 0));
  CRITICAL (mutual_sweep_set_n_threads (w, 0));
  CRITICAL (g_assert_null (mutual_sweep_new (NULL)));

  /* mutual-timeline.c */
  CRITICAL (g_assert_null (mutual_timeline_at (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_timeline_at (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_timeline_compare (NULL, NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_timeline_compare (w, NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_timeline_final (NULL)));
  CRITICAL (g_assert_null (mutual_timeline_final (w)));
  CRITICAL (g_assert_null (mutual_timeline_get_base (NULL)));
  CRITICAL (g_assert_null (mutual_timeline_get_base (w)));
  CRITICAL (g_assert_null (mutual_timeline_get_event (NULL, 0)));
  CRITICAL (g_assert_null (mutual_timeline_get_event (w, 0)));
  CRITICAL (mutual_timeline_get_n_events (NULL));
  CRITICAL (mutual_timeline_get_n_events (w));
  CRITICAL (g_assert_null (mutual_timeline_get_state (NULL, 0)));
  CRITICAL (g_assert_null (mutual_timeline_get_state (w, 0)));
  CRITICAL (g_assert_null (mutual_timeline_get_states (NULL)));
  CRITICAL (g_assert_null (mutual_timeline_get_states (w)));
}

/* TUPE: transfer analyses, obligations, redundancy pay and liabilities. */
static void
test_tupe_null (void)
{
  g_autoptr(GObject) wrong = g_object_new (G_TYPE_OBJECT, NULL);
  gpointer w = wrong;   /* an object of the wrong type */
  /* mutual-obligation.c */
  CRITICAL (g_assert_null (mutual_obligation_get_citation (NULL)));
  CRITICAL (g_assert_null (mutual_obligation_get_citation (w)));
  CRITICAL (g_assert_null (mutual_obligation_get_code (NULL)));
  CRITICAL (g_assert_null (mutual_obligation_get_code (w)));
  CRITICAL (g_assert_null (mutual_obligation_get_done (NULL)));
  CRITICAL (g_assert_null (mutual_obligation_get_done (w)));
  CRITICAL (g_assert_null (mutual_obligation_get_due (NULL)));
  CRITICAL (g_assert_null (mutual_obligation_get_due (w)));
  CRITICAL (g_assert_null (mutual_obligation_get_title (NULL)));
  CRITICAL (g_assert_null (mutual_obligation_get_title (w)));
  CRITICAL (g_assert_false (mutual_obligation_is_late_on (NULL, NULL)));
  CRITICAL (g_assert_false (mutual_obligation_is_late_on (w, NULL)));

  /* mutual-redundancy-pay.c */
  CRITICAL (g_assert_null (mutual_redundancy_pay_compute (NULL, NULL, NULL, 0, 0, NULL)));
  CRITICAL (mutual_redundancy_pay_get_cap_at (NULL, 0, NULL));
  CRITICAL (mutual_redundancy_pay_get_cap (NULL));
  CRITICAL (mutual_redundancy_pay_get_cap (w));
  CRITICAL (g_assert_null (mutual_redundancy_pay_get_cap_from (NULL)));
  CRITICAL (g_assert_null (mutual_redundancy_pay_get_cap_from (w)));
  CRITICAL (g_assert_null (mutual_redundancy_pay_get_citation (NULL)));
  CRITICAL (g_assert_null (mutual_redundancy_pay_get_citation (w)));
  CRITICAL (mutual_redundancy_pay_get_half_weeks (NULL));
  CRITICAL (mutual_redundancy_pay_get_half_weeks (w));
  CRITICAL (mutual_redundancy_pay_get_pence (NULL));
  CRITICAL (mutual_redundancy_pay_get_pence (w));
  CRITICAL (g_assert_false (mutual_redundancy_pay_get_qualifies (NULL)));
  CRITICAL (g_assert_false (mutual_redundancy_pay_get_qualifies (w)));
  CRITICAL (mutual_redundancy_pay_get_week_counted (NULL));
  CRITICAL (mutual_redundancy_pay_get_week_counted (w));
  CRITICAL (mutual_redundancy_pay_get_weekly_pay (NULL));
  CRITICAL (mutual_redundancy_pay_get_weekly_pay (w));
  CRITICAL (mutual_redundancy_pay_get_years (NULL));
  CRITICAL (mutual_redundancy_pay_get_years (w));
  CRITICAL (mutual_redundancy_pay_get_years_counted (NULL));
  CRITICAL (mutual_redundancy_pay_get_years_counted (w));

  /* mutual-transfer-analysis.c */
  CRITICAL (g_assert_null (mutual_transfer_analysis_check (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_transfer_analysis_check (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_transfer_analysis_compute_liabilities (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_transfer_analysis_compute_liabilities (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_transfer_analysis_get_calendar (NULL)));
  CRITICAL (g_assert_null (mutual_transfer_analysis_get_calendar (w)));
  CRITICAL (g_assert_null (mutual_transfer_analysis_get_model (NULL)));
  CRITICAL (g_assert_null (mutual_transfer_analysis_get_model (w)));
  CRITICAL (g_assert_null (mutual_transfer_analysis_get_not_transferring (NULL)));
  CRITICAL (g_assert_null (mutual_transfer_analysis_get_not_transferring (w)));
  CRITICAL (g_assert_null (mutual_transfer_analysis_get_plan (NULL)));
  CRITICAL (g_assert_null (mutual_transfer_analysis_get_plan (w)));
  CRITICAL (g_assert_null (mutual_transfer_analysis_get_transferring (NULL)));
  CRITICAL (g_assert_null (mutual_transfer_analysis_get_transferring (w)));
  CRITICAL (g_assert_null (mutual_transfer_analysis_list_late (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_transfer_analysis_list_late (w, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_transfer_analysis_new (NULL, NULL, NULL)));

  /* mutual-transfer-liabilities.c */
  CRITICAL (g_assert_null (mutual_transfer_liabilities_get_annual_pay (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_transfer_liabilities_get_annual_pay (w, NULL)));
  CRITICAL (g_assert_null (mutual_transfer_liabilities_get_date (NULL)));
  CRITICAL (g_assert_null (mutual_transfer_liabilities_get_date (w)));
  CRITICAL (g_assert_null (mutual_transfer_liabilities_get_eli_award (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_transfer_liabilities_get_eli_award (w, NULL)));
  CRITICAL (mutual_transfer_liabilities_get_n_employees (NULL));
  CRITICAL (mutual_transfer_liabilities_get_n_employees (w));
  CRITICAL (mutual_transfer_liabilities_get_n_qualifying (NULL));
  CRITICAL (mutual_transfer_liabilities_get_n_qualifying (w));
  CRITICAL (g_assert_null (mutual_transfer_liabilities_get_protective_award (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_transfer_liabilities_get_protective_award (w, NULL)));
  CRITICAL (g_assert_null (mutual_transfer_liabilities_get_redundancy_pay (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_transfer_liabilities_get_redundancy_pay (w, NULL)));
  CRITICAL (g_assert_null (mutual_transfer_liabilities_get_staff_ids (NULL)));
  CRITICAL (g_assert_null (mutual_transfer_liabilities_get_staff_ids (w)));
  CRITICAL (mutual_transfer_liabilities_get_total (NULL));
  CRITICAL (mutual_transfer_liabilities_get_total (w));
  CRITICAL (mutual_transfer_liabilities_get_total_annual_pay (NULL));
  CRITICAL (mutual_transfer_liabilities_get_total_annual_pay (w));
  CRITICAL (mutual_transfer_liabilities_get_total_eli_award (NULL));
  CRITICAL (mutual_transfer_liabilities_get_total_eli_award (w));
  CRITICAL (mutual_transfer_liabilities_get_total_protective_award (NULL));
  CRITICAL (mutual_transfer_liabilities_get_total_protective_award (w));
  CRITICAL (mutual_transfer_liabilities_get_total_redundancy_pay (NULL));
  CRITICAL (mutual_transfer_liabilities_get_total_redundancy_pay (w));
  CRITICAL (mutual_transfer_liabilities_get_weekly_pay_cap (NULL));
  CRITICAL (mutual_transfer_liabilities_get_weekly_pay_cap (w));
}

/* --- NULL required arguments, out-of-range enums and indices, on real
 * objects; nothing is half-done by a refused call --- */

static void
test_analysis_arguments (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) set = g_error_new_literal (MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "already set");
  g_autoptr(MutualModel) model = mutual_model_new_from_example ("mycsp-2012", &error);
  g_autoptr(MutualAnalysis) analysis = mutual_analysis_new (model);
  g_autoptr(MutualControl) control = mutual_analysis_control (analysis, "mycsp", &error);
  g_autoptr(MutualInterestTable) table = NULL;
  g_autoptr(MutualVotingGame) game = mutual_voting_game_new ();
  const char *companies[] = { "mycsp", NULL };
  const char *coalition[] = { "mycsp-trust", NULL };
  MutualFraction quota;
  gboolean strict;

  g_assert_no_error (error);
  table = mutual_analysis_look_through_table (analysis, companies, MUTUAL_DIMENSION_VOTES, &error);
  g_assert_no_error (error);

  CRITICAL (g_assert_null (mutual_analysis_control (analysis, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_control (analysis, "mycsp", &set)));
  CRITICAL (g_assert_null (mutual_analysis_lookup_party (analysis, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_direct_interest (analysis, NULL, "mycsp", MUTUAL_DIMENSION_VOTES, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_direct_interest (analysis, "mycsp-trust", NULL, MUTUAL_DIMENSION_VOTES, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_direct_interest (analysis, "mycsp-trust", "mycsp", 99, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_direct_interests (analysis, NULL, MUTUAL_DIMENSION_VOTES, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_direct_interests (analysis, "mycsp", 99, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_look_through_interest (analysis, NULL, "mycsp", MUTUAL_DIMENSION_SHARES, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_look_through_interest (analysis, "mycsp-trust", "mycsp", 99, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_look_through_interests (analysis, NULL, MUTUAL_DIMENSION_VOTES, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_look_through_interests (analysis, "mycsp", 99, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_look_through_table (analysis, NULL, MUTUAL_DIMENSION_VOTES, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_look_through_table (analysis, companies, 99, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_interest_paths (analysis, "mycsp-trust", NULL, MUTUAL_DIMENSION_VOTES, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_interest_paths (analysis, "mycsp-trust", "mycsp", 99, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_employee_interest (analysis, NULL, MUTUAL_DIMENSION_VOTES, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_employee_interest (analysis, "mycsp", 99, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_ultimate_owners (analysis, NULL, MUTUAL_DIMENSION_VOTES, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_ultimate_owners (analysis, "mycsp", 99, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_power (analysis, NULL, MUTUAL_RESOLUTION_ORDINARY, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_power (analysis, "mycsp", 99, NULL)));
  CRITICAL (g_assert_false (mutual_analysis_coalition_can (analysis, NULL, MUTUAL_RESOLUTION_ORDINARY, coalition, NULL)));
  CRITICAL (g_assert_false (mutual_analysis_coalition_can (analysis, "mycsp", 99, coalition, NULL)));
  CRITICAL (g_assert_false (mutual_analysis_coalition_can (analysis, "mycsp", MUTUAL_RESOLUTION_ORDINARY, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_analysis_coalition_controls_board (analysis, "mycsp", NULL, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_coalition_votes (analysis, NULL, coalition, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_list_pscs (analysis, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_list_all_pscs (analysis, &set)));
  CRITICAL (g_assert_null (mutual_analysis_psc_findings (analysis, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_qualify_employee_ownership_trust (analysis, NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_qualify_public_service_mutual (analysis, NULL, MUTUAL_MUTUAL_TEST_PCR_2015_REG_77, NULL)));
  CRITICAL (g_assert_null (mutual_analysis_qualify_public_service_mutual (analysis, "mycsp", 99, NULL)));
  CRITICAL (mutual_analysis_set_employee_control_threshold (analysis, NULL));
  CRITICAL (mutual_analysis_set_employee_participation_threshold (analysis, NULL));
  g_assert_nonnull (mutual_analysis_get_employee_control_threshold (analysis));
  CRITICAL (mutual_resolution_get_quota (99, &quota, &strict));
  CRITICAL (g_assert_null (mutual_control_get_deciders (control, 99)));

  CRITICAL (mutual_interest_table_get_n_holders (table, NULL));
  CRITICAL (g_assert_null (mutual_analysis_holder_table (analysis, NULL, NULL)));
  {
    g_autoptr(MutualHolderTable) holders = mutual_analysis_holder_table (analysis, "mycsp", NULL);
    guint n = mutual_holder_table_get_n_holders (holders);

    g_assert_cmpuint (n, ==, 3);
    CRITICAL (g_assert_null (mutual_holder_table_get_holder (holders, n)));
    CRITICAL (g_assert_null (mutual_holder_table_get_interest (holders, n, MUTUAL_DIMENSION_VOTES)));
    CRITICAL (g_assert_null (mutual_holder_table_get_interest (holders, 0, 99)));
  }
  CRITICAL (g_assert_cmpfloat (mutual_interest_table_get_total (table, NULL), ==, 0.0));
  CRITICAL (g_assert_cmpfloat (mutual_interest_table_get_value (table, NULL, "mycsp"), ==, 0.0));
  CRITICAL (g_assert_cmpfloat (mutual_interest_table_get_value (table, "mycsp-trust", NULL), ==, 0.0));
  CRITICAL (g_assert_null (mutual_interest_table_list_interests (table, NULL)));

  CRITICAL (mutual_voting_game_add_voter (game, NULL, 1));
  CRITICAL (g_assert_false (mutual_voting_game_add_block (game, NULL, coalition, NULL)));
  CRITICAL (g_assert_false (mutual_voting_game_add_block (game, "b", NULL, NULL)));
  CRITICAL (mutual_voting_game_set_quota (game, NULL, FALSE));
  CRITICAL (g_assert_null (mutual_voting_game_lookup_power (game, NULL)));
  CRITICAL (g_assert_null (mutual_power_new (NULL, 1, 0, 0, 0)));
  g_assert_cmpuint (g_list_model_get_n_items (mutual_voting_game_get_results (game)), ==, 0);
}

static void
test_scenario_arguments (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) set = g_error_new_literal (MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "already set");
  g_autoptr(MutualModel) model = mutual_model_new_from_example ("mycsp-2012", &error);
  g_autoptr(MutualScenario) scenario = mutual_scenario_new (model);
  g_autoptr(MutualSweep) sweep = mutual_sweep_new (model);
  g_autoptr(MutualTimeline) timeline = NULL;
  const char *buyers[] = { "mycsp-trust", NULL };
  const char *values[] = { "1", NULL };

  g_assert_no_error (error);
  CRITICAL (g_assert_false (mutual_scenario_issue_shares (scenario, NULL, "mycsp-trust", "ord", 1, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_issue_shares (scenario, "2013-01-01", NULL, "ord", 1, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_issue_shares (scenario, "2013-01-01", "mycsp-trust", NULL, 1, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_issue_shares (scenario, "2013-01-01", "mycsp-trust", "ord", 1, &set)));
  CRITICAL (g_assert_false (mutual_scenario_transfer_shares (scenario, "2013-01-01", NULL, "mycsp-trust", "ord", 1, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_transfer_shares (scenario, "2013-01-01", "mycsp", NULL, "ord", 1, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_buy_back_shares (scenario, "2013-01-01", NULL, "ord", 1, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_subdivide_shares (scenario, "2013-01-01", NULL, 2, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_consolidate_shares (scenario, NULL, "ord", 2, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_convert_shares (scenario, "2013-01-01", NULL, NULL, "b", 1, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_create_share_class (scenario, "2013-01-01", NULL, "mycsp", NULL, 1, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_create_share_class (scenario, "2013-01-01", "b", NULL, NULL, 1, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_add_party (scenario, "2013-01-01", NULL, "N", MUTUAL_PARTY_KIND_COMPANY, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_add_party (scenario, "2013-01-01", "n", NULL, MUTUAL_PARTY_KIND_COMPANY, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_add_party (scenario, "2013-01-01", "n", "N", 99, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_admit_member (scenario, "2013-01-01", NULL, "mycsp", 1, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_remove_member (scenario, "2013-01-01", "m", NULL, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_grant_board_right (scenario, "2013-01-01", NULL, "mycsp", 1, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_remove_board_right (scenario, "2013-01-01", "a", NULL, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_exit (scenario, "2013-01-01", "mycsp", NULL, NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_exit (scenario, "2013-01-01", NULL, NULL, buyers, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_allocate_to_beneficiaries (scenario, "2013-01-01", "mycsp-trust", "ord", NULL, 1, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_add_event (scenario, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_scenario_add_event (scenario, (gpointer) model, NULL)));
  CRITICAL (g_assert_null (mutual_scenario_run (scenario, &set)));
  /* nothing was added by a refused call */
  g_assert_cmpuint (g_list_model_get_n_items (mutual_scenario_get_events (scenario)), ==, 0);

  timeline = mutual_scenario_run (scenario, &error);
  g_assert_no_error (error);
  CRITICAL (g_assert_null (mutual_timeline_at (timeline, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_timeline_get_event (timeline, mutual_timeline_get_n_events (timeline))));
  CRITICAL (g_assert_null (mutual_timeline_get_state (timeline, mutual_timeline_get_n_events (timeline) + 1)));
  CRITICAL (g_assert_null (mutual_timeline_compare (timeline, NULL, NULL, &set)));
  CRITICAL (g_assert_null (mutual_comparison_new (NULL, model)));
  CRITICAL (g_assert_null (mutual_comparison_new (model, NULL)));

  CRITICAL (mutual_sweep_add_event (sweep, NULL));
  CRITICAL (mutual_sweep_add_scenario (sweep, NULL));
  CRITICAL (g_assert_false (mutual_sweep_add_metric (sweep, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_sweep_add_range (sweep, NULL, 1, 2, 1, NULL)));
  CRITICAL (g_assert_false (mutual_sweep_add_values (sweep, NULL, values, NULL)));
  CRITICAL (g_assert_false (mutual_sweep_add_values (sweep, "v", NULL, NULL)));
  CRITICAL (g_assert_false (mutual_sweep_bind (sweep, 0, NULL, "v", NULL)));
  CRITICAL (mutual_sweep_add_run (sweep, "r", NULL, 1));
  CRITICAL (g_assert_null (mutual_sweep_run_finish (sweep, NULL, NULL)));
}

static void
test_tupe_arguments (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) set = g_error_new_literal (MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "already set");
  g_autoptr(MutualModel) model = mutual_model_new_from_example ("3bm-2013", &error);

  g_assert_no_error (error);
  CRITICAL (g_assert_null (mutual_transfer_analysis_new (model, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_transfer_analysis_new (model, "plan", &set)));
  CRITICAL (g_assert_null (mutual_redundancy_pay_compute (NULL, "2005-09-01", "2024-09-02", 50000,
                                                          MUTUAL_JURISDICTION_GREAT_BRITAIN, NULL)));
  CRITICAL (g_assert_null (mutual_redundancy_pay_compute ("1975-05-20", NULL, "2024-09-02", 50000,
                                                          MUTUAL_JURISDICTION_GREAT_BRITAIN, NULL)));
  CRITICAL (g_assert_null (mutual_redundancy_pay_compute ("1975-05-20", "2005-09-01", NULL, 50000,
                                                          MUTUAL_JURISDICTION_GREAT_BRITAIN, NULL)));
  CRITICAL (g_assert_null (mutual_redundancy_pay_compute ("1975-05-20", "2005-09-01", "2024-09-02", 50000, 99, NULL)));
  CRITICAL (g_assert_cmpint (mutual_redundancy_pay_get_cap_at (NULL, MUTUAL_JURISDICTION_GREAT_BRITAIN, NULL), ==, -1));
  CRITICAL (g_assert_cmpint (mutual_redundancy_pay_get_cap_at ("2024-09-02", 99, NULL), ==, -1));
  CRITICAL (mutual_redundancy_pay_get_cap_at ("2024-09-02", MUTUAL_JURISDICTION_GREAT_BRITAIN, &set));
}

static void
test_procurement_arguments (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) set = g_error_new_literal (MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "already set");
  g_autoptr(MutualModel) model = mutual_model_new_from_example ("3bm-2013", &error);
  g_autoptr(MutualProcurement) procurement = mutual_procurement_new (model);

  g_assert_no_error (error);
  CRITICAL (g_assert_false (mutual_cpv_code_is_reservable (NULL, MUTUAL_RESERVED_UNDER_PCR_2015_REG_77)));
  CRITICAL (g_assert_false (mutual_cpv_code_is_reservable ("85000000", 99)));
  CRITICAL (mutual_procurement_regime_for_date (NULL, NULL));
  CRITICAL (mutual_procurement_regime_for_date ("2024-01-01", &set));
  CRITICAL (g_assert_null (mutual_procurement_check (procurement, NULL, NULL, &set)));
  CRITICAL (g_assert_null (mutual_procurement_check_contract (procurement, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_procurement_get_grace_period (procurement, NULL, "a", NULL)));
  CRITICAL (g_assert_null (mutual_procurement_get_grace_period (procurement, "s", NULL, NULL)));
  CRITICAL (g_assert_null (mutual_procurement_list_grace_periods (procurement, NULL, NULL, &set)));
}

static void
test_io_arguments (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) set = g_error_new_literal (MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "already set");
  g_autoptr(MutualModel) model = mutual_model_new_from_example ("mycsp-2012", &error);
  g_autoptr(MutualScenario) scenario = mutual_scenario_new (model);
  g_autoptr(MutualTimelinePicture) picture = mutual_timeline_picture_new (NULL);
  g_autoptr(MutualPscNature) nature = mutual_psc_nature_lookup ("ownership-of-shares-50-to-75-percent");

  g_assert_no_error (error);
  g_assert_nonnull (nature);
  CRITICAL (g_assert_null (mutual_bods_package_new_from_data (NULL, 5, MUTUAL_BODS_READ_NONE, NULL)));
  CRITICAL (g_assert_null (mutual_bods_package_new_from_data ("[]", -1, MUTUAL_BODS_READ_NONE, &set)));
  CRITICAL (g_assert_null (mutual_bods_package_new_from_file (NULL, MUTUAL_BODS_READ_NONE, NULL)));
  CRITICAL (g_assert_null (mutual_psc_register_new_from_data (NULL, 5, NULL)));
  CRITICAL (g_assert_null (mutual_psc_register_new_from_file (NULL, NULL)));
  CRITICAL (g_assert_null (mutual_ocf_package_new_from_file (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_ocf_package_new_from_file ("Manifest.ocf.json", NULL, &set)));
  CRITICAL (g_assert_null (mutual_scenario_new_from_data (NULL, 5, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_scenario_new_from_data ("{}", -1, NULL, &set)));
  CRITICAL (g_assert_null (mutual_scenario_new_from_file (NULL, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_event_from_data (NULL, 5, NULL)));
  CRITICAL (g_assert_false (mutual_psc_nature_contains (nature, NULL)));
  CRITICAL (g_assert_null (mutual_psc_nature_lookup (NULL)));

  CRITICAL (g_assert_null (mutual_model_render_diagram (model, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_model_render_diagram (model, "dot", &set)));
  CRITICAL (g_assert_false (mutual_model_save_diagram (model, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_model_save_report (model, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_model_save_to_bods_file (model, NULL, NULL)));
  CRITICAL (g_assert_null (mutual_model_to_bods (model, NULL, &set)));
  CRITICAL (g_assert_null (mutual_model_to_html_report (model, &set)));

  CRITICAL (g_assert_false (mutual_timeline_picture_add_marker (picture, NULL, "2013-01-01", "l", MUTUAL_TIMELINE_MARK_PLAIN, NULL)));
  CRITICAL (g_assert_false (mutual_timeline_picture_add_marker (picture, "lane", NULL, "l", MUTUAL_TIMELINE_MARK_PLAIN, NULL)));
  CRITICAL (g_assert_false (mutual_timeline_picture_add_marker (picture, "lane", "2013-01-01", NULL, MUTUAL_TIMELINE_MARK_PLAIN, NULL)));
  CRITICAL (g_assert_false (mutual_timeline_picture_add_marker (picture, "lane", "2013-01-01", "l", 99, NULL)));
  CRITICAL (g_assert_false (mutual_timeline_picture_add_span (picture, "lane", "l", NULL, "2014-01-01", NULL,
                                                              MUTUAL_TIMELINE_MARK_PLAIN, NULL)));
  CRITICAL (g_assert_false (mutual_timeline_picture_add_span (picture, "lane", "l", "2013-01-01", "2014-01-01", NULL, 99, NULL)));
  CRITICAL (g_assert_false (mutual_timeline_picture_add_model (picture, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_timeline_picture_add_procurement (picture, NULL, NULL)));
  CRITICAL (mutual_timeline_picture_add_scenario (picture, NULL, "s"));
  CRITICAL (g_assert_false (mutual_timeline_picture_add_transfer (picture, NULL, NULL, NULL)));
  CRITICAL (g_assert_false (mutual_timeline_picture_save (picture, NULL, NULL)));
  /* the picture is still empty */
  {
    g_autofree char *svg = mutual_timeline_picture_to_svg (picture);
    g_autoptr(MutualTimelinePicture) empty = mutual_timeline_picture_new (NULL);
    g_autofree char *empty_svg = mutual_timeline_picture_to_svg (empty);

    g_assert_cmpstr (svg, ==, empty_svg);
  }
}

/* The getters of MutualChange are made by a macro, which
 * tools/check-return-if-fail.py cannot see: called here by hand. */
static void
test_change_getters (void)
{
  g_autoptr(GObject) wrong = g_object_new (G_TYPE_OBJECT, NULL);
  gpointer w = wrong;

  CRITICAL (g_assert_null (mutual_change_get_after (NULL)));
  CRITICAL (mutual_change_get_after_value (w));
  CRITICAL (g_assert_null (mutual_change_get_before (NULL)));
  CRITICAL (mutual_change_get_before_value (w));
  CRITICAL (g_assert_null (mutual_change_get_collection (NULL)));
  CRITICAL (g_assert_null (mutual_change_get_company (w)));
  CRITICAL (g_assert_null (mutual_change_get_key (NULL)));
  CRITICAL (mutual_change_get_kind (w));
  CRITICAL (g_assert_null (mutual_change_get_measure (NULL)));
  CRITICAL (g_assert_null (mutual_change_get_message (w)));
  CRITICAL (g_assert_null (mutual_change_get_party (NULL)));
  CRITICAL (g_assert_null (mutual_change_get_share_class (w)));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/misuse/analysis/null", test_analysis_null);
  g_test_add_func ("/mutual/misuse/io/null", test_io_null);
  g_test_add_func ("/mutual/misuse/procurement/null", test_procurement_null);
  g_test_add_func ("/mutual/misuse/scenario/null", test_scenario_null);
  g_test_add_func ("/mutual/misuse/tupe/null", test_tupe_null);
  g_test_add_func ("/mutual/misuse/analysis/arguments", test_analysis_arguments);
  g_test_add_func ("/mutual/misuse/scenario/arguments", test_scenario_arguments);
  g_test_add_func ("/mutual/misuse/tupe/arguments", test_tupe_arguments);
  g_test_add_func ("/mutual/misuse/procurement/arguments", test_procurement_arguments);
  g_test_add_func ("/mutual/misuse/io/arguments", test_io_arguments);
  g_test_add_func ("/mutual/misuse/scenario/change-getters", test_change_getters);

  return g_test_run ();
}
