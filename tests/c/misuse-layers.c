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

  return g_test_run ();
}
