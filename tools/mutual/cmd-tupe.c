/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include "mutual-cli.h"

static const char *
status_of (MutualObligation *obligation,
           const char       *on)
{
  const char *done = mutual_obligation_get_done (obligation);
  const char *due = mutual_obligation_get_due (obligation);

  if (done != NULL)
    return strcmp (done, due) <= 0 ? "done" : "done late";
  return mutual_obligation_is_late_on (obligation, on) ? "LATE" : "to do";
}

static const char *
excluded_reason (MutualTransferPlan *plan,
                 MutualStaffMember  *member)
{
  if (mutual_transfer_plan_assigns (plan, member))
    return "objected";
  if (mutual_staff_member_get_temporary (member) &&
      g_strcmp0 (mutual_staff_member_get_grouping (member), mutual_transfer_plan_get_grouping (plan)) == 0)
    return "temporary";
  return "not-assigned";
}

static JsonNode *
findings_to_json (GListModel *findings)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(MutualFinding) finding = g_list_model_get_item (findings, i);
      const char * const *ids = mutual_finding_get_ids (finding);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, mutual_finding_get_code (finding));
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, mutual_severity_to_string (mutual_finding_get_severity (finding)));
      json_builder_set_member_name (builder, "citation");
      json_builder_add_string_value (builder, mutual_finding_get_citation (finding));
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, mutual_finding_get_message (finding));
      json_builder_set_member_name (builder, "date");
      if (mutual_finding_get_date (finding) != NULL)
        json_builder_add_string_value (builder, mutual_finding_get_date (finding));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "amount");
      json_builder_add_int_value (builder, mutual_finding_get_amount (finding));
      json_builder_set_member_name (builder, "ids");
      json_builder_begin_array (builder);
      for (guint j = 0; ids[j] != NULL; j++)
        json_builder_add_string_value (builder, ids[j]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

static void
add_member_int (JsonBuilder *builder,
                const char  *member,
                gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

static void
add_member_string (JsonBuilder *builder,
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
print_json (MutualTransferAnalysis    *analysis,
            const char                *on,
            GListModel                *findings,
            MutualTransferLiabilities *liabilities)
{
  MutualTransferPlan *plan = mutual_transfer_analysis_get_plan (analysis);
  GListModel *transferring = mutual_transfer_analysis_get_transferring (analysis);
  GListModel *not_transferring = mutual_transfer_analysis_get_not_transferring (analysis);
  GListModel *calendar = mutual_transfer_analysis_get_calendar (analysis);
  const char * const *transferors = mutual_transfer_plan_get_transferors (plan);
  const char * const *ids = mutual_transfer_liabilities_get_staff_ids (liabilities);
  const gint64 *redundancy = mutual_transfer_liabilities_get_redundancy_pay (liabilities, NULL);
  const gint64 *protective = mutual_transfer_liabilities_get_protective_award (liabilities, NULL);
  const gint64 *eli = mutual_transfer_liabilities_get_eli_award (liabilities, NULL);
  const gint64 *annual = mutual_transfer_liabilities_get_annual_pay (liabilities, NULL);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "plan");
  json_builder_begin_object (builder);
  add_member_string (builder, "id", mutual_transfer_plan_get_id (plan));
  add_member_string (builder, "name", mutual_transfer_plan_get_name (plan));
  json_builder_set_member_name (builder, "transferors");
  json_builder_begin_array (builder);
  for (guint i = 0; transferors[i] != NULL; i++)
    json_builder_add_string_value (builder, transferors[i]);
  json_builder_end_array (builder);
  add_member_string (builder, "transferee", mutual_transfer_plan_get_transferee (plan));
  add_member_string (builder, "transfer_date", mutual_transfer_plan_get_transfer_date (plan));
  json_builder_end_object (builder);
  add_member_string (builder, "on", on);

  json_builder_set_member_name (builder, "scope");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "transferring");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (transferring); i++)
    {
      g_autoptr(MutualStaffMember) member = g_list_model_get_item (transferring, i);

      json_builder_add_string_value (builder, mutual_staff_member_get_id (member));
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "not_transferring");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (not_transferring); i++)
    {
      g_autoptr(MutualStaffMember) member = g_list_model_get_item (not_transferring, i);

      json_builder_begin_object (builder);
      add_member_string (builder, "id", mutual_staff_member_get_id (member));
      add_member_string (builder, "reason", excluded_reason (plan, member));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "calendar");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (calendar); i++)
    {
      g_autoptr(MutualObligation) obligation = g_list_model_get_item (calendar, i);

      json_builder_begin_object (builder);
      add_member_string (builder, "code", mutual_obligation_get_code (obligation));
      add_member_string (builder, "title", mutual_obligation_get_title (obligation));
      add_member_string (builder, "citation", mutual_obligation_get_citation (obligation));
      add_member_string (builder, "due", mutual_obligation_get_due (obligation));
      add_member_string (builder, "done", mutual_obligation_get_done (obligation));
      json_builder_set_member_name (builder, "late");
      json_builder_add_boolean_value (builder, mutual_obligation_is_late_on (obligation, on));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "findings");
  json_builder_add_value (builder, findings_to_json (findings));

  json_builder_set_member_name (builder, "liabilities");
  json_builder_begin_object (builder);
  add_member_string (builder, "date", mutual_transfer_liabilities_get_date (liabilities));
  add_member_int (builder, "weekly_pay_cap", mutual_transfer_liabilities_get_weekly_pay_cap (liabilities));
  add_member_int (builder, "employees", mutual_transfer_liabilities_get_n_employees (liabilities));
  add_member_int (builder, "qualifying_for_redundancy_pay", mutual_transfer_liabilities_get_n_qualifying (liabilities));
  add_member_int (builder, "redundancy_pay", mutual_transfer_liabilities_get_total_redundancy_pay (liabilities));
  add_member_int (builder, "protective_award", mutual_transfer_liabilities_get_total_protective_award (liabilities));
  add_member_int (builder, "eli_award", mutual_transfer_liabilities_get_total_eli_award (liabilities));
  add_member_int (builder, "annual_pay", mutual_transfer_liabilities_get_total_annual_pay (liabilities));
  add_member_int (builder, "total", mutual_transfer_liabilities_get_total (liabilities));
  json_builder_set_member_name (builder, "per_employee");
  json_builder_begin_array (builder);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      json_builder_begin_object (builder);
      add_member_string (builder, "id", ids[i]);
      add_member_int (builder, "redundancy_pay", redundancy[i]);
      add_member_int (builder, "protective_award", protective[i]);
      add_member_int (builder, "eli_award", eli[i]);
      add_member_int (builder, "annual_pay", annual[i]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  mutual_cli_print_json (root);
}

static void
print_csv (MutualTransferLiabilities *liabilities)
{
  const char * const *ids = mutual_transfer_liabilities_get_staff_ids (liabilities);
  const gint64 *redundancy = mutual_transfer_liabilities_get_redundancy_pay (liabilities, NULL);
  const gint64 *protective = mutual_transfer_liabilities_get_protective_award (liabilities, NULL);
  const gint64 *eli = mutual_transfer_liabilities_get_eli_award (liabilities, NULL);
  const gint64 *annual = mutual_transfer_liabilities_get_annual_pay (liabilities, NULL);

  g_print ("id,redundancy_pay_pence,protective_award_pence,eli_award_pence,annual_pay_pence\r\n");
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *quoted = NULL;

      if (strpbrk (ids[i], ",\"\r\n") != NULL)
        {
          g_auto(GStrv) parts = g_strsplit (ids[i], "\"", -1);
          g_autofree char *joined = g_strjoinv ("\"\"", parts);

          quoted = g_strdup_printf ("\"%s\"", joined);
        }
      g_print ("%s,%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT "\r\n",
               quoted != NULL ? quoted : ids[i], redundancy[i], protective[i], eli[i], annual[i]);
    }
}

static void
print_text (MutualTransferAnalysis    *analysis,
            const char                *on,
            GListModel                *findings,
            MutualTransferLiabilities *liabilities)
{
  MutualTransferPlan *plan = mutual_transfer_analysis_get_plan (analysis);
  MutualModel *model = mutual_transfer_analysis_get_model (analysis);
  const char * const *transferors = mutual_transfer_plan_get_transferors (plan);
  GListModel *transferring = mutual_transfer_analysis_get_transferring (analysis);
  GListModel *not_transferring = mutual_transfer_analysis_get_not_transferring (analysis);
  GListModel *calendar = mutual_transfer_analysis_get_calendar (analysis);
  g_autoptr(GPtrArray) scope = mutual_cli_table_new ("transferor", "staff", "transferring", "not transferring", NULL);
  g_autoptr(GPtrArray) dates = mutual_cli_table_new ("due", "obligation", "done", "status", NULL);
  g_autoptr(GPtrArray) money = mutual_cli_table_new ("liability", "amount", NULL);
  MutualParty *transferee = mutual_model_lookup_party (model, mutual_transfer_plan_get_transferee (plan));
  g_autofree char *cap = mutual_cli_format_pounds (mutual_transfer_liabilities_get_weekly_pay_cap (liabilities));

  g_print ("%s\n", mutual_transfer_plan_get_name (plan) ? mutual_transfer_plan_get_name (plan)
                                                        : mutual_transfer_plan_get_id (plan));
  g_print ("  transfer to %s on %s; judged on %s\n\n",
           transferee != NULL ? mutual_party_get_name (transferee) : mutual_transfer_plan_get_transferee (plan),
           mutual_transfer_plan_get_transfer_date (plan), on);

  for (guint t = 0; transferors[t] != NULL; t++)
    {
      MutualParty *party = mutual_model_lookup_party (model, transferors[t]);
      GListModel *staff = mutual_model_get_staff (model);
      guint total = 0, in = 0, out = 0;
      g_autofree char *a = NULL, *b = NULL, *c = NULL;

      for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
        {
          g_autoptr(MutualStaffMember) member = g_list_model_get_item (staff, i);

          total += g_str_equal (mutual_staff_member_get_employer (member), transferors[t]);
        }
      for (guint i = 0; i < g_list_model_get_n_items (transferring); i++)
        {
          g_autoptr(MutualStaffMember) member = g_list_model_get_item (transferring, i);

          in += g_str_equal (mutual_staff_member_get_employer (member), transferors[t]);
        }
      for (guint i = 0; i < g_list_model_get_n_items (not_transferring); i++)
        {
          g_autoptr(MutualStaffMember) member = g_list_model_get_item (not_transferring, i);

          out += g_str_equal (mutual_staff_member_get_employer (member), transferors[t]);
        }
      a = g_strdup_printf ("%u", total);
      b = g_strdup_printf ("%u", in);
      c = g_strdup_printf ("%u", out);
      mutual_cli_table_add (scope, party != NULL ? mutual_party_get_name (party) : transferors[t], a, b, c, NULL);
    }
  g_print ("Scope\n");
  mutual_cli_print_table (scope);

  for (guint i = 0; i < g_list_model_get_n_items (calendar); i++)
    {
      g_autoptr(MutualObligation) obligation = g_list_model_get_item (calendar, i);
      const char *done = mutual_obligation_get_done (obligation);

      mutual_cli_table_add (dates, mutual_obligation_get_due (obligation), mutual_obligation_get_title (obligation),
                            done != NULL ? done : "—", status_of (obligation, on), NULL);
    }
  g_print ("\nCalendar\n");
  mutual_cli_print_table (dates);

  g_print ("\nFindings\n");
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(MutualFinding) finding = g_list_model_get_item (findings, i);

      g_print ("  %-7s %s (%s)\n          %s\n",
               mutual_severity_to_string (mutual_finding_get_severity (finding)),
               mutual_finding_get_code (finding), mutual_finding_get_citation (finding),
               mutual_finding_get_message (finding));
    }

  {
    struct { const char *what; gint64 pence; } rows[] = {
      { "Statutory redundancy pay, all dismissed on the date", mutual_transfer_liabilities_get_total_redundancy_pay (liabilities) },
      { "Protective award, 13 weeks' pay each (regs 15-16)", mutual_transfer_liabilities_get_total_protective_award (liabilities) },
      { "Employee liability information, £500 each (reg 12)", mutual_transfer_liabilities_get_total_eli_award (liabilities) },
      { "Contingent liabilities in total", mutual_transfer_liabilities_get_total (liabilities) },
      { "Annual pay bill taken on (52 weeks)", mutual_transfer_liabilities_get_total_annual_pay (liabilities) },
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        g_autofree char *amount = mutual_cli_format_pounds (rows[i].pence);

        mutual_cli_table_add (money, rows[i].what, amount, NULL);
      }
    g_print ("\nLiabilities at %s: %u employees, %u with two years' service; weekly pay cap %s\n",
             mutual_transfer_liabilities_get_date (liabilities),
             mutual_transfer_liabilities_get_n_employees (liabilities),
             mutual_transfer_liabilities_get_n_qualifying (liabilities), cap);
    mutual_cli_print_table (money);
  }
}

int
mutual_cmd_tupe (int    argc,
                 char **argv)
{
  g_autofree char *plan_id = NULL, *on = NULL;
  gboolean json = FALSE, csv = FALSE;
  const GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_STRING, &plan_id, "The transfer plan (default: the model's first)", "ID" },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, "Judge what is late on this date (default: the transfer date)", "DATE" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print scope, calendar, findings and liabilities as JSON", NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, "Print each transferring employee's liabilities as CSV", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    mutual_cli_context ("tupe", "[MODEL]",
                        "A TUPE transfer plan: who transfers, the calendar of obligations, the findings of\n"
                        "every check and the liabilities. Money in JSON and CSV is in pence.\n"
                        "Exit status 1 when a check finds a breach.", entries);
  g_autoptr(MutualModel) model = NULL;
  g_autoptr(MutualTransferAnalysis) analysis = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(MutualTransferLiabilities) liabilities = NULL;
  g_autoptr(GError) error = NULL;
  gboolean breach = FALSE;

  if (!mutual_cli_parse (context, &argc, &argv))
    return MUTUAL_EXIT_USAGE;
  if (argc > 2 || (json && csv))
    {
      g_printerr ("mutual: tupe takes at most one MODEL and one of --json and --csv\nTry “mutual tupe --help”.\n");
      return MUTUAL_EXIT_USAGE;
    }
  model = mutual_cli_load_model (argc > 1 ? argv[1] : NULL);
  if (model == NULL)
    return MUTUAL_EXIT_INPUT;
  if (plan_id == NULL)
    {
      GListModel *plans = mutual_model_get_transfer_plans (model);
      g_autoptr(MutualTransferPlan) first = g_list_model_get_item (plans, 0);

      if (first == NULL)
        {
          g_printerr ("mutual: the model has no transfer plans\n");
          return MUTUAL_EXIT_INPUT;
        }
      plan_id = g_strdup (mutual_transfer_plan_get_id (first));
    }
  analysis = mutual_transfer_analysis_new (model, plan_id, &error);
  if (analysis == NULL)
    {
      mutual_cli_print_error (error);
      return MUTUAL_EXIT_INPUT;
    }
  if (on == NULL)
    on = g_strdup (mutual_transfer_plan_get_transfer_date (mutual_transfer_analysis_get_plan (analysis)));
  findings = mutual_transfer_analysis_check (analysis, on, &error);
  if (findings == NULL)
    {
      mutual_cli_print_error (error);
      return MUTUAL_EXIT_USAGE;
    }
  liabilities = mutual_transfer_analysis_compute_liabilities (analysis, on, &error);
  if (liabilities == NULL)
    {
      mutual_cli_print_error (error);
      return MUTUAL_EXIT_INPUT;
    }
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(MutualFinding) finding = g_list_model_get_item (findings, i);

      breach |= mutual_finding_get_severity (finding) == MUTUAL_SEVERITY_BREACH;
    }
  if (json)
    print_json (analysis, on, findings, liabilities);
  else if (csv)
    print_csv (liabilities);
  else
    print_text (analysis, on, findings, liabilities);
  return breach ? MUTUAL_EXIT_BREACH : MUTUAL_EXIT_OK;
}
