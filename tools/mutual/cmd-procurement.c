/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "mutual-cli.h"

/* mutual procurement [MODEL] [--supplier ID] [--authority ID] [--json]:
 * the contracts between suppliers and authorities, their grace periods and
 * every finding about reserved contracts. Exit status 1 on a breach. */

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *member,
                    const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_finding_json (JsonBuilder   *builder,
                  MutualFinding *finding)
{
  const char * const *ids = mutual_finding_get_ids (finding);

  json_builder_begin_object (builder);
  add_string_or_null (builder, "code", mutual_finding_get_code (finding));
  add_string_or_null (builder, "severity", mutual_severity_to_string (mutual_finding_get_severity (finding)));
  add_string_or_null (builder, "citation", mutual_finding_get_citation (finding));
  add_string_or_null (builder, "message", mutual_finding_get_message (finding));
  add_string_or_null (builder, "date", mutual_finding_get_date (finding));
  json_builder_set_member_name (builder, "ids");
  json_builder_begin_array (builder);
  for (guint i = 0; ids[i] != NULL; i++)
    json_builder_add_string_value (builder, ids[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static const char *
regime_of (MutualContract *contract)
{
  const char *begun = mutual_contract_get_procurement_start (contract);

  if (begun == NULL)
    begun = mutual_contract_get_award_date (contract);
  return mutual_procurement_regime_to_string (mutual_procurement_regime_for_date (begun, NULL));
}

static void
add_contract_json (JsonBuilder    *builder,
                   MutualContract *contract)
{
  g_autofree char *latest = mutual_contract_dup_latest_end (contract);

  json_builder_begin_object (builder);
  add_string_or_null (builder, "id", mutual_contract_get_id (contract));
  add_string_or_null (builder, "procurement_start", mutual_contract_get_procurement_start (contract));
  add_string_or_null (builder, "award_date", mutual_contract_get_award_date (contract));
  add_string_or_null (builder, "start", mutual_contract_get_start (contract));
  add_string_or_null (builder, "end", mutual_contract_get_end (contract));
  add_string_or_null (builder, "latest_end", latest);
  add_string_or_null (builder, "regime", regime_of (contract));
  add_string_or_null (builder, "reserved_under",
                      mutual_reserved_under_to_string (mutual_contract_get_reserved_under (contract)));
  add_string_or_null (builder, "procedure", mutual_procedure_to_string (mutual_contract_get_procedure (contract)));
  json_builder_set_member_name (builder, "value");
  json_builder_add_int_value (builder, mutual_contract_get_value (contract));
  json_builder_end_object (builder);
}

static void
print_json (MutualModel *model,
            GListModel  *periods)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  guint n = g_list_model_get_n_items (periods);

  json_builder_begin_object (builder);
  add_string_or_null (builder, "model", mutual_model_get_name (model));
  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MutualGracePeriod) period = g_list_model_get_item (periods, i);
      GListModel *findings = mutual_grace_period_get_findings (period);

      for (guint j = 0; j < g_list_model_get_n_items (findings); j++)
        {
          g_autoptr(MutualFinding) finding = g_list_model_get_item (findings, j);

          add_finding_json (builder, finding);
        }
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "grace_periods");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MutualGracePeriod) period = g_list_model_get_item (periods, i);
      GListModel *timeline = mutual_grace_period_get_timeline (period);

      json_builder_begin_object (builder);
      add_string_or_null (builder, "supplier", mutual_grace_period_get_supplier (period));
      add_string_or_null (builder, "authority", mutual_grace_period_get_authority (period));
      json_builder_set_member_name (builder, "grace_period");
      json_builder_begin_object (builder);
      add_string_or_null (builder, "start", mutual_grace_period_get_start (period));
      add_string_or_null (builder, "end", mutual_grace_period_get_end (period));
      add_string_or_null (builder, "open_competition_due", mutual_grace_period_get_open_competition_due (period));
      add_string_or_null (builder, "next_reservation_allowed", mutual_grace_period_get_next_reservation_allowed (period));
      json_builder_end_object (builder);
      json_builder_set_member_name (builder, "timeline");
      json_builder_begin_array (builder);
      for (guint j = 0; j < g_list_model_get_n_items (timeline); j++)
        {
          g_autoptr(MutualContract) contract = g_list_model_get_item (timeline, j);

          add_contract_json (builder, contract);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  mutual_cli_print_json (root);
}

static const char *
or_dash (const char *text)
{
  return text != NULL ? text : "—";
}

static void
print_text (GListModel *periods)
{
  g_autoptr(GPtrArray) contracts = mutual_cli_table_new ("contract", "supplier", "authority", "awarded", "start",
                                                         "latest end", "regime", "reserved under", NULL);
  g_autoptr(GPtrArray) graces = mutual_cli_table_new ("supplier", "authority", "protected from", "to",
                                                      "open competition due", "next reservation", NULL);
  g_autoptr(GPtrArray) findings = mutual_cli_table_new ("severity", "code", "citation", NULL);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (periods);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MutualGracePeriod) period = g_list_model_get_item (periods, i);
      GListModel *timeline = mutual_grace_period_get_timeline (period);
      GListModel *list = mutual_grace_period_get_findings (period);

      for (guint j = 0; j < g_list_model_get_n_items (timeline); j++)
        {
          g_autoptr(MutualContract) contract = g_list_model_get_item (timeline, j);
          g_autofree char *latest = mutual_contract_dup_latest_end (contract);

          mutual_cli_table_add (contracts, mutual_contract_get_id (contract), mutual_contract_get_supplier (contract),
                                mutual_contract_get_authority (contract), mutual_contract_get_award_date (contract),
                                mutual_contract_get_start (contract), latest, regime_of (contract),
                                mutual_reserved_under_to_string (mutual_contract_get_reserved_under (contract)), NULL);
        }
      mutual_cli_table_add (graces, mutual_grace_period_get_supplier (period), mutual_grace_period_get_authority (period),
                            or_dash (mutual_grace_period_get_start (period)), or_dash (mutual_grace_period_get_end (period)),
                            or_dash (mutual_grace_period_get_open_competition_due (period)),
                            or_dash (mutual_grace_period_get_next_reservation_allowed (period)), NULL);
      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        {
          g_autoptr(MutualFinding) finding = g_list_model_get_item (list, j);

          mutual_cli_table_add (findings, mutual_severity_to_string (mutual_finding_get_severity (finding)),
                                mutual_finding_get_code (finding), mutual_finding_get_citation (finding), NULL);
          g_ptr_array_add (messages, g_strdup_printf ("%s: %s", mutual_finding_get_code (finding),
                                                      mutual_finding_get_message (finding)));
        }
    }
  g_print ("Contracts\n");
  mutual_cli_print_table (contracts);
  g_print ("\nGrace periods\n");
  mutual_cli_print_table (graces);
  g_print ("\nFindings\n");
  mutual_cli_print_table (findings);
  g_print ("\n");
  for (guint i = 0; i < messages->len; i++)
    g_print ("  %s\n", (char *) g_ptr_array_index (messages, i));
}

static gboolean
has_breach (GListModel *periods)
{
  for (guint i = 0; i < g_list_model_get_n_items (periods); i++)
    {
      g_autoptr(MutualGracePeriod) period = g_list_model_get_item (periods, i);
      GListModel *findings = mutual_grace_period_get_findings (period);

      for (guint j = 0; j < g_list_model_get_n_items (findings); j++)
        {
          g_autoptr(MutualFinding) finding = g_list_model_get_item (findings, j);

          if (mutual_finding_get_severity (finding) == MUTUAL_SEVERITY_BREACH)
            return TRUE;
        }
    }
  return FALSE;
}

int
mutual_cmd_procurement (int    argc,
                        char **argv)
{
  g_autofree char *supplier = NULL;
  g_autofree char *authority = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "supplier", 's', 0, G_OPTION_ARG_STRING, &supplier, "Only this supplier's contracts", "ID" },
    { "authority", 'a', 0, G_OPTION_ARG_STRING, &authority, "Only this authority's contracts", "ID" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print findings and grace periods as JSON", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context =
    mutual_cli_context ("procurement", "[MODEL]",
                        "Reserved contracts and the grace period: for every supplier and authority with a\n"
                        "contract between them, the protected period, when open competition falls due and\n"
                        "when a new reservation would be lawful, with every finding (PCR 2015 reg 77,\n"
                        "Procurement Act 2023 s33). Exit status 1 if a finding is a breach.", entries);
  g_autoptr(MutualModel) model = NULL;
  g_autoptr(MutualProcurement) procurement = NULL;
  g_autoptr(GListModel) periods = NULL;
  g_autoptr(GError) error = NULL;

  if (!mutual_cli_parse (context, &argc, &argv))
    return MUTUAL_EXIT_USAGE;
  if (argc > 2)
    {
      g_printerr ("mutual: procurement takes one MODEL\nTry “mutual procurement --help”.\n");
      return MUTUAL_EXIT_USAGE;
    }
  model = mutual_cli_load_model (argc == 2 ? argv[1] : NULL);
  if (model == NULL)
    return MUTUAL_EXIT_INPUT;
  procurement = mutual_procurement_new (model);
  periods = mutual_procurement_list_grace_periods (procurement, supplier, authority, &error);
  if (periods == NULL)
    {
      mutual_cli_print_error (error);
      return MUTUAL_EXIT_INPUT;
    }
  if (json)
    print_json (model, periods);
  else
    print_text (periods);
  return has_breach (periods) ? MUTUAL_EXIT_BREACH : MUTUAL_EXIT_OK;
}
