/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "mutual-cli.h"

static gint64
class_total (MutualModel *model,
             const char  *class_id)
{
  GListModel *holdings = mutual_model_get_holdings (model);
  gint64 total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (holdings); i++)
    {
      g_autoptr(MutualHolding) holding = g_list_model_get_item (holdings, i);

      if (g_str_equal (mutual_holding_get_share_class (holding), class_id))
        total += mutual_holding_get_count (holding);
    }
  return total;
}

static void
show_parties (MutualModel *model)
{
  GListModel *parties = mutual_model_get_parties (model);
  g_autoptr(GPtrArray) table = mutual_cli_table_new ("id", "name", "kind", NULL);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(MutualParty) party = g_list_model_get_item (parties, i);

      mutual_cli_table_add (table, mutual_party_get_id (party), mutual_party_get_name (party),
                            mutual_party_kind_to_string (mutual_party_get_kind (party)), NULL);
    }
  g_print ("Parties\n");
  mutual_cli_print_table (table);
}

static void
show_share_classes (MutualModel *model)
{
  GListModel *classes = mutual_model_get_share_classes (model);
  g_autoptr(GPtrArray) table = mutual_cli_table_new ("id", "issuer", "name", "votes/share", "issued", NULL);

  if (g_list_model_get_n_items (classes) == 0)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (classes); i++)
    {
      g_autoptr(MutualShareClass) klass = g_list_model_get_item (classes, i);
      g_autofree char *votes = g_strdup_printf ("%u", mutual_share_class_get_votes_per_share (klass));
      g_autofree char *issued = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                 class_total (model, mutual_share_class_get_id (klass)));

      mutual_cli_table_add (table, mutual_share_class_get_id (klass), mutual_share_class_get_issuer (klass),
                            mutual_share_class_get_name (klass), votes, issued, NULL);
    }
  g_print ("\nShare classes\n");
  mutual_cli_print_table (table);
}

static void
show_holdings (MutualModel *model)
{
  GListModel *holdings = mutual_model_get_holdings (model);
  g_autoptr(GPtrArray) table = mutual_cli_table_new ("holder", "share class", "count", "of class", NULL);

  if (g_list_model_get_n_items (holdings) == 0)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (holdings); i++)
    {
      g_autoptr(MutualHolding) holding = g_list_model_get_item (holdings, i);
      gint64 total = class_total (model, mutual_holding_get_share_class (holding));
      g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, mutual_holding_get_count (holding));
      g_autoptr(MutualFraction) share = mutual_fraction_new (mutual_holding_get_count (holding), MAX (total, 1));
      g_autofree char *percent = mutual_fraction_to_percent_string (share);

      mutual_cli_table_add (table, mutual_holding_get_holder (holding), mutual_holding_get_share_class (holding),
                            count, percent, NULL);
    }
  g_print ("\nHoldings\n");
  mutual_cli_print_table (table);
}

static void
show_rights (MutualModel *model)
{
  GListModel *board = mutual_model_get_board_rights (model);
  GListModel *agreements = mutual_model_get_agreement_rights (model);
  GListModel *memberships = mutual_model_get_memberships (model);

  if (g_list_model_get_n_items (memberships) > 0)
    {
      g_autoptr(GPtrArray) table = mutual_cli_table_new ("member", "organisation", "votes", NULL);

      for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
        {
          g_autoptr(MutualMembership) m = g_list_model_get_item (memberships, i);
          g_autofree char *votes = g_strdup_printf ("%u", mutual_membership_get_votes (m));

          mutual_cli_table_add (table, mutual_membership_get_member (m), mutual_membership_get_organisation (m),
                                votes, NULL);
        }
      g_print ("\nMemberships\n");
      mutual_cli_print_table (table);
    }
  if (g_list_model_get_n_items (board) > 0)
    {
      g_autoptr(GPtrArray) table = mutual_cli_table_new ("appointer", "company", "directors", NULL);

      for (guint i = 0; i < g_list_model_get_n_items (board); i++)
        {
          g_autoptr(MutualBoardRight) right = g_list_model_get_item (board, i);
          g_autofree char *directors = g_strdup_printf ("%u", mutual_board_right_get_directors (right));

          mutual_cli_table_add (table, mutual_board_right_get_appointer (right),
                                mutual_board_right_get_company (right), directors, NULL);
        }
      g_print ("\nBoard appointment rights\n");
      mutual_cli_print_table (table);
    }
  if (g_list_model_get_n_items (agreements) > 0)
    {
      g_autoptr(GPtrArray) table = mutual_cli_table_new ("holder", "company", "right to", "share", NULL);

      for (guint i = 0; i < g_list_model_get_n_items (agreements); i++)
        {
          g_autoptr(MutualAgreementRight) right = g_list_model_get_item (agreements, i);
          g_autofree char *share = mutual_fraction_to_percent_string (mutual_agreement_right_get_share (right));

          mutual_cli_table_add (table, mutual_agreement_right_get_holder (right),
                                mutual_agreement_right_get_company (right),
                                mutual_dimension_to_string (mutual_agreement_right_get_dimension (right)),
                                share, NULL);
        }
      g_print ("\nRights held by agreement\n");
      mutual_cli_print_table (table);
    }
}

int
mutual_cmd_show (int    argc,
                 char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print the model in the JSON model format", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    mutual_cli_context ("show", "[FILE]", "Show a model's parties, share classes, holdings and rights.\n"
                        "Without FILE, shows the embedded 3bm-2013 example.", entries);
  g_autoptr(MutualModel) model = NULL;

  if (!mutual_cli_parse (context, &argc, &argv))
    return MUTUAL_EXIT_USAGE;
  if (argc > 2)
    {
      g_printerr ("mutual: show takes at most one FILE\n");
      return MUTUAL_EXIT_USAGE;
    }
  model = mutual_cli_load_model (argc == 2 ? argv[1] : NULL);
  if (model == NULL)
    return MUTUAL_EXIT_INPUT;

  if (json)
    {
      g_autofree char *data = mutual_model_to_data (model, NULL);

      g_print ("%s\n", data);
      return MUTUAL_EXIT_OK;
    }
  g_print ("%s\n", mutual_model_get_name (model) ? mutual_model_get_name (model) : "(unnamed model)");
  if (mutual_model_get_date (model) != NULL)
    g_print ("as at %s\n", mutual_model_get_date (model));
  g_print ("\n");
  show_parties (model);
  show_share_classes (model);
  show_holdings (model);
  show_rights (model);
  if (mutual_model_get_sources (model)[0] != NULL)
    {
      const char * const *sources = mutual_model_get_sources (model);

      g_print ("\nSources\n");
      for (guint i = 0; sources[i] != NULL; i++)
        g_print ("  - %s\n", sources[i]);
    }
  return MUTUAL_EXIT_OK;
}
