/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "mutual-cli.h"

/* `mutual analyse`: who owns and who controls each company. The --json
 * output is documented in docs/cli-analyse.md; scripts rely on it. */

static const MutualDimension dimensions[] = {
  MUTUAL_DIMENSION_SHARES, MUTUAL_DIMENSION_VOTES, MUTUAL_DIMENSION_PROFITS, MUTUAL_DIMENSION_CAPITAL,
};

typedef struct
{
  char *holder;
  MutualFraction *share[G_N_ELEMENTS (dimensions)];
} HolderRow;

static void
holder_row_free (HolderRow *row)
{
  g_free (row->holder);
  for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
    g_clear_pointer (&row->share[d], mutual_fraction_free);
  g_free (row);
}

/* Every direct holder of the company, with its interest in each dimension. */
static GPtrArray *
holder_rows (MutualAnalysis  *analysis,
             const char      *company,
             GError         **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) holder_row_free);
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
    {
      g_autoptr(GListModel) interests = mutual_analysis_direct_interests (analysis, company, dimensions[d], error);

      if (interests == NULL)
        return NULL;
      for (guint i = 0; i < g_list_model_get_n_items (interests); i++)
        {
          g_autoptr(MutualInterest) interest = g_list_model_get_item (interests, i);
          const char *holder = mutual_interest_get_holder (interest);
          HolderRow *row = g_hash_table_lookup (index, holder);

          if (row == NULL)
            {
              row = g_new0 (HolderRow, 1);
              row->holder = g_strdup (holder);
              g_ptr_array_add (rows, row);
              g_hash_table_insert (index, row->holder, row);
            }
          row->share[d] = mutual_fraction_copy (mutual_interest_get_fraction (interest));
        }
    }
  return g_steal_pointer (&rows);
}

static const char *
psc_kind_name (MutualPscKind kind)
{
  switch (kind)
    {
    case MUTUAL_PSC_KIND_INDIVIDUAL:
      return "individual";
    case MUTUAL_PSC_KIND_LEGAL_PERSON:
      return "legal-person";
    case MUTUAL_PSC_KIND_RELEVANT_LEGAL_ENTITY:
      return "relevant-legal-entity";
    default:
      return "unknown";
    }
}

static char *
join_or (const char * const *ids,
         const char         *none)
{
  return ids[0] == NULL ? g_strdup (none) : g_strjoinv (", ", (char **) ids);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *member,
          const char * const *values)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

static void
add_fraction (JsonBuilder          *builder,
              const char           *member,
              const MutualFraction *f)
{
  g_autofree char *text = mutual_fraction_to_string (f);

  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, text);
}

static void
add_findings_json (JsonBuilder *builder,
                   GListModel  *findings)
{
  json_builder_set_member_name (builder, "findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(MutualFinding) f = g_list_model_get_item (findings, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, mutual_finding_get_code (f));
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, mutual_severity_to_string (mutual_finding_get_severity (f)));
      json_builder_set_member_name (builder, "citation");
      json_builder_add_string_value (builder, mutual_finding_get_citation (f));
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, mutual_finding_get_message (f));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Voting power for an ordinary resolution; NULL (and no power shown)
 * when the game cannot be computed. */
static GListModel *
mutual_cli_power (MutualAnalysis *analysis,
                  const char     *company)
{
  return mutual_analysis_power (analysis, company, MUTUAL_RESOLUTION_ORDINARY, NULL);
}

static void
mutual_cli_power_json (JsonBuilder *builder,
                       GListModel  *power)
{
  json_builder_set_member_name (builder, "power");
  json_builder_begin_array (builder);
  for (guint i = 0; power != NULL && i < g_list_model_get_n_items (power); i++)
    {
      g_autoptr(MutualPower) p = g_list_model_get_item (power, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "party");
      json_builder_add_string_value (builder, mutual_power_get_party (p));
      json_builder_set_member_name (builder, "banzhaf");
      json_builder_add_double_value (builder, mutual_power_get_banzhaf (p));
      json_builder_set_member_name (builder, "absolute_banzhaf");
      json_builder_add_double_value (builder, mutual_power_get_absolute_banzhaf (p));
      json_builder_set_member_name (builder, "shapley_shubik");
      json_builder_add_double_value (builder, mutual_power_get_shapley_shubik (p));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
mutual_cli_power_print (GListModel *power)
{
  g_autoptr(GPtrArray) table = NULL;

  if (power == NULL || g_list_model_get_n_items (power) == 0)
    return;
  /* a co-operative of thousands: the table would drown the rest */
  if (g_list_model_get_n_items (power) > 20)
    {
      g_print ("\n  Voting power (ordinary resolution): %u voters; see --json\n", g_list_model_get_n_items (power));
      return;
    }
  table = mutual_cli_table_new ("voter", "Banzhaf", "Shapley–Shubik", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (power); i++)
    {
      g_autoptr(MutualPower) p = g_list_model_get_item (power, i);
      g_autofree char *banzhaf = g_strdup_printf ("%.4f", mutual_power_get_banzhaf (p));
      g_autofree char *shapley = g_strdup_printf ("%.4f", mutual_power_get_shapley_shubik (p));

      mutual_cli_table_add (table, mutual_power_get_party (p), banzhaf, shapley, NULL);
    }
  g_print ("\n  Voting power (ordinary resolution)\n");
  mutual_cli_print_table (table);
}

typedef struct
{
  MutualAnalysis *analysis;
  gboolean json;
  JsonBuilder *builder;
} Output;

static gboolean
analyse_company (Output      *out,
                 MutualParty *party,
                 GError     **error)
{
  MutualAnalysis *analysis = out->analysis;
  const char *company = mutual_party_get_id (party);
  g_autoptr(GPtrArray) rows = holder_rows (analysis, company, error);
  g_autoptr(MutualControl) control = NULL;
  g_autoptr(GListModel) pscs = NULL;
  g_autoptr(GListModel) notes = NULL;
  g_autoptr(MutualInterest) employees = NULL;
  g_autoptr(GListModel) power = NULL;

  if (rows == NULL ||
      (control = mutual_analysis_control (analysis, company, error)) == NULL ||
      (pscs = mutual_analysis_list_pscs (analysis, company, error)) == NULL ||
      (notes = mutual_analysis_psc_findings (analysis, company, error)) == NULL)
    return FALSE;
  /* look-through needs a solvable graph; a closed cycle is reported, not fatal */
  employees = mutual_analysis_employee_interest (analysis, company, MUTUAL_DIMENSION_VOTES, NULL);
  power = mutual_cli_power (analysis, company);

  if (out->json)
    {
      JsonBuilder *b = out->builder;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, company);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, mutual_party_get_name (party));
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, mutual_party_kind_to_string (mutual_party_get_kind (party)));

      json_builder_set_member_name (b, "holders");
      json_builder_begin_array (b);
      for (guint i = 0; i < rows->len; i++)
        {
          HolderRow *row = g_ptr_array_index (rows, i);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "party");
          json_builder_add_string_value (b, row->holder);
          for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
            {
              MutualFraction zero = { 0, 1 };

              add_fraction (b, mutual_dimension_to_string (dimensions[d]), row->share[d] ? row->share[d] : &zero);
            }
          json_builder_end_object (b);
        }
      json_builder_end_array (b);

      json_builder_set_member_name (b, "control");
      json_builder_begin_object (b);
      add_strv (b, "ordinary", mutual_control_get_ordinary (control));
      add_strv (b, "special", mutual_control_get_special (control));
      add_strv (b, "block_special", mutual_control_get_block_special (control));
      add_strv (b, "board", mutual_control_get_board_controllers (control));
      add_strv (b, "vetoes", mutual_control_get_veto_holders (control));
      json_builder_end_object (b);

      json_builder_set_member_name (b, "psc");
      json_builder_begin_array (b);
      for (guint i = 0; i < g_list_model_get_n_items (pscs); i++)
        {
          g_autoptr(MutualPsc) psc = g_list_model_get_item (pscs, i);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "party");
          json_builder_add_string_value (b, mutual_psc_get_party (psc));
          json_builder_set_member_name (b, "kind");
          json_builder_add_string_value (b, psc_kind_name (mutual_psc_get_kind (psc)));
          add_strv (b, "natures_of_control", mutual_psc_get_natures (psc));
          add_fraction (b, "shares", mutual_psc_get_shares (psc));
          add_fraction (b, "votes", mutual_psc_get_votes (psc));
          if (mutual_psc_get_trust (psc) != NULL)
            {
              json_builder_set_member_name (b, "trust");
              json_builder_add_string_value (b, mutual_psc_get_trust (psc));
            }
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      add_findings_json (b, notes);

      if (employees != NULL)
        {
          json_builder_set_member_name (b, "employee_votes");
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "value");
          json_builder_add_double_value (b, mutual_interest_get_value (employees));
          if (mutual_interest_get_exact (employees))
            add_fraction (b, "fraction", mutual_interest_get_fraction (employees));
          json_builder_end_object (b);
        }
      mutual_cli_power_json (b, power);
      json_builder_end_object (b);
      return TRUE;
    }

  /* a person reads this */
  g_print ("%s (%s)\n\n", mutual_party_get_name (party), company);
  {
    g_autoptr(GPtrArray) table = mutual_cli_table_new ("holder", "shares", "votes", "profits", "capital", NULL);

    for (guint i = 0; i < rows->len; i++)
      {
        HolderRow *row = g_ptr_array_index (rows, i);
        char *cells[G_N_ELEMENTS (dimensions)] = { NULL, };

        for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
          cells[d] = row->share[d] ? mutual_fraction_to_percent_string (row->share[d]) : g_strdup ("—");
        mutual_cli_table_add (table, row->holder, cells[0], cells[1], cells[2], cells[3], NULL);
        for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
          g_free (cells[d]);
      }
    mutual_cli_print_table (table);
  }
  {
    g_autofree char *ordinary = join_or (mutual_control_get_ordinary (control), "nobody");
    g_autofree char *special = join_or (mutual_control_get_special (control), "nobody");
    g_autofree char *block = join_or (mutual_control_get_block_special (control), "nobody");
    g_autofree char *board = join_or (mutual_control_get_board_controllers (control), "nobody");
    g_autofree char *vetoes = join_or (mutual_control_get_veto_holders (control), "nobody");

    g_print ("\n  Alone, who can…\n");
    g_print ("    %-40s %s\n", "pass an ordinary resolution (>50%)", ordinary);
    g_print ("    %-40s %s\n", "pass a special resolution (75% or more)", special);
    g_print ("    %-40s %s\n", "block a special resolution (>25%)", block);
    g_print ("    %-40s %s\n", "appoint a majority of the board", board);
    g_print ("    %-40s %s\n", "veto reserved matters", vetoes);
  }
  if (employees != NULL)
    {
      g_autofree char *text = mutual_interest_get_exact (employees)
                                ? mutual_fraction_to_percent_string (mutual_interest_get_fraction (employees))
                                : g_strdup_printf ("%.4f%% (look-through)", 100 * mutual_interest_get_value (employees));

      g_print ("\n  Employees hold %s of the votes.\n", text);
    }
  g_print ("\n  Persons with significant control\n");
  if (g_list_model_get_n_items (pscs) == 0)
    g_print ("    none\n");
  else
    {
      g_autoptr(GPtrArray) table = mutual_cli_table_new ("party", "kind", "natures of control", NULL);

      for (guint i = 0; i < g_list_model_get_n_items (pscs); i++)
        {
          g_autoptr(MutualPsc) psc = g_list_model_get_item (pscs, i);
          g_autofree char *natures = g_strjoinv (", ", (char **) mutual_psc_get_natures (psc));

          mutual_cli_table_add (table, mutual_psc_get_party (psc), psc_kind_name (mutual_psc_get_kind (psc)),
                                natures, NULL);
        }
      mutual_cli_print_table (table);
    }
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(MutualFinding) f = g_list_model_get_item (notes, i);

      g_print ("    %s %s (%s)\n", mutual_finding_get_severity (f) == MUTUAL_SEVERITY_INFO ? "·" : "!",
               mutual_finding_get_message (f), mutual_finding_get_citation (f));
    }
  mutual_cli_power_print (power);
  g_print ("\n");
  return TRUE;
}

/* Companies with something recorded about who holds them. */
static gboolean
has_holders (MutualAnalysis *analysis,
             const char     *company)
{
  for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
    {
      g_autoptr(GListModel) interests = mutual_analysis_direct_interests (analysis, company, dimensions[d], NULL);

      if (interests != NULL && g_list_model_get_n_items (interests) > 0)
        return TRUE;
    }
  return FALSE;
}

int
mutual_cmd_analyse (int    argc,
                    char **argv)
{
  gboolean json = FALSE;
  g_autofree char *only = NULL;
  const GOptionEntry entries[] = {
    { "company", 'c', 0, G_OPTION_ARG_STRING, &only, "Analyse this company only", "ID" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print JSON (see docs/cli-analyse.md)", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    mutual_cli_context ("analyse", "[FILE]",
                        "Who owns and who controls each company: holders, resolutions, board,\n"
                        "vetoes, persons with significant control and voting power.\n"
                        "Without FILE, analyses the embedded 3bm-2013 example.", entries);
  g_autoptr(MutualModel) model = NULL;
  g_autoptr(MutualAnalysis) analysis = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) companies = NULL;
  Output out = { NULL, };

  if (!mutual_cli_parse (context, &argc, &argv))
    return MUTUAL_EXIT_USAGE;
  if (argc > 2)
    {
      g_printerr ("mutual: analyse takes at most one FILE\n");
      return MUTUAL_EXIT_USAGE;
    }
  model = mutual_cli_load_model (argc == 2 ? argv[1] : NULL);
  if (model == NULL)
    return MUTUAL_EXIT_INPUT;
  analysis = mutual_analysis_new (model);
  if (only != NULL)
    {
      MutualParty *party = mutual_analysis_lookup_party (analysis, only);

      if (party == NULL)
        {
          g_printerr ("mutual: no party “%s”\n", only);
          return MUTUAL_EXIT_INPUT;
        }
      companies = g_new0 (char *, 2);
      companies[0] = g_strdup (only);
    }
  else
    companies = mutual_analysis_dup_companies (analysis);

  out.analysis = analysis;
  out.json = json;
  if (json)
    {
      out.builder = builder = json_builder_new ();
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "model");
      json_builder_add_string_value (builder, mutual_model_get_name (model));
      json_builder_set_member_name (builder, "date");
      json_builder_add_string_value (builder, mutual_model_get_date (model));
      json_builder_set_member_name (builder, "companies");
      json_builder_begin_array (builder);
    }
  else
    {
      g_print ("%s\n", mutual_model_get_name (model) ? mutual_model_get_name (model) : "(unnamed model)");
      if (mutual_model_get_date (model) != NULL)
        g_print ("as at %s\n", mutual_model_get_date (model));
      g_print ("\n");
    }
  for (guint i = 0; companies[i] != NULL; i++)
    {
      /* without --company, only the companies whose holders are recorded */
      if (only == NULL && !has_holders (analysis, companies[i]))
        continue;
      if (!analyse_company (&out, mutual_analysis_lookup_party (analysis, companies[i]), &error))
        {
          mutual_cli_print_error (error);
          return MUTUAL_EXIT_INPUT;
        }
    }
  if (json)
    {
      g_autoptr(JsonNode) root = NULL;

      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      mutual_cli_print_json (root);
    }
  return MUTUAL_EXIT_OK;
}
