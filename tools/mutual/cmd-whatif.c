/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include "mutual-cli.h"

/* `mutual whatif [MODEL] SCENARIO` runs a scenario file and prints the
 * timeline and what changed; `mutual diff A B` compares two model files.
 * The --json output is documented in docs/scenarios.md. */

static const char *columns[] = {
  "kind", "collection", "key", "company", "party", "share_class", "measure",
  "before", "after", "before_value", "after_value", "message", NULL
};

/* One change row (a{sv}) as a JSON object. */
static JsonNode *
row_to_json (GVariant *row)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GVariantIter iter;
  const char *key;
  GVariant *value;

  json_builder_begin_object (builder);
  g_variant_iter_init (&iter, row);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      json_builder_set_member_name (builder, key);
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        json_builder_add_string_value (builder, g_variant_get_string (value, NULL));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
        json_builder_add_double_value (builder, g_variant_get_double (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        json_builder_add_int_value (builder, g_variant_get_int64 (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
        json_builder_add_boolean_value (builder, g_variant_get_boolean (value));
      else
        json_builder_add_null_value (builder);
      g_variant_unref (value);
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

void
mutual_cli_add_changes_json (JsonBuilder      *builder,
                             MutualComparison *comparison)
{
  g_autoptr(GVariant) rows = mutual_comparison_to_rows (comparison);

  json_builder_set_member_name (builder, "equal");
  json_builder_add_boolean_value (builder, mutual_comparison_get_equal (comparison));
  json_builder_set_member_name (builder, "changes");
  json_builder_begin_array (builder);
  for (gsize i = 0; i < g_variant_n_children (rows); i++)
    {
      g_autoptr(GVariant) row = g_variant_get_child_value (rows, i);

      json_builder_add_value (builder, row_to_json (row));
    }
  json_builder_end_array (builder);
}

static void
print_csv_cell (GString    *line,
                const char *text)
{
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (line, text);
      return;
    }
  g_string_append_c (line, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

/* RFC 4180: a header, then one line per change. */
void
mutual_cli_print_changes_csv (MutualComparison *comparison)
{
  g_autoptr(GVariant) rows = mutual_comparison_to_rows (comparison);
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint c = 0; columns[c] != NULL; c++)
    g_string_append_printf (line, "%s%s", c ? "," : "", columns[c]);
  g_print ("%s\r\n", line->str);
  for (gsize i = 0; i < g_variant_n_children (rows); i++)
    {
      g_autoptr(GVariant) row = g_variant_get_child_value (rows, i);

      g_string_truncate (line, 0);
      for (guint c = 0; columns[c] != NULL; c++)
        {
          g_autoptr(GVariant) value = g_variant_lookup_value (row, columns[c], NULL);
          g_autofree char *text = NULL;

          if (c > 0)
            g_string_append_c (line, ',');
          if (value == NULL)
            continue;
          if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
            text = g_variant_dup_string (value, NULL);
          else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
            {
              char buf[G_ASCII_DTOSTR_BUF_SIZE];

              text = g_strdup (g_ascii_formatd (buf, sizeof buf, "%.15g", g_variant_get_double (value)));
            }
          else
            text = g_variant_print (value, FALSE);
          print_csv_cell (line, text);
        }
      g_print ("%s\r\n", line->str);
    }
}

static void
print_changes_text (MutualComparison *comparison)
{
  g_auto(GStrv) lines = mutual_comparison_to_lines (comparison);

  if (lines[0] == NULL)
    g_print ("  no differences\n");
  for (guint i = 0; lines[i] != NULL; i++)
    g_print ("  %s\n", lines[i]);
}

int
mutual_cmd_whatif (int    argc,
                   char **argv)
{
  g_autofree char *at = NULL;
  g_autofree char *output = NULL;
  gboolean json = FALSE, csv = FALSE;
  const GOptionEntry entries[] = {
    { "at", 0, 0, G_OPTION_ARG_STRING, &at, "Compare the base with the state at DATE, not the final state", "DATE" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print the timeline and the changes as JSON", NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, "Print the changes as CSV, one row per change", NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Save the resulting model (final, or at DATE) to FILE", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    mutual_cli_context ("whatif", "[MODEL] SCENARIO",
                        "Run a scenario file: apply its dated events to MODEL (or to the base the\n"
                        "file names) and show the timeline and what changed: holdings, interests,\n"
                        "control, the PSC register and qualification.", entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) base = NULL;
  g_autoptr(MutualScenario) scenario = NULL;
  g_autoptr(MutualTimeline) timeline = NULL;
  g_autoptr(MutualComparison) comparison = NULL;
  const char *scenario_file;
  MutualModel *result;

  if (!mutual_cli_parse (context, &argc, &argv))
    return MUTUAL_EXIT_USAGE;
  if (argc < 2 || argc > 3 || (json && csv))
    {
      g_printerr ("mutual: whatif needs [MODEL] SCENARIO, and at most one of --json and --csv\n"
                  "Try “mutual whatif --help”.\n");
      return MUTUAL_EXIT_USAGE;
    }
  if (argc == 3)
    {
      base = mutual_cli_load_model (argv[1]);
      if (base == NULL)
        return MUTUAL_EXIT_INPUT;
    }
  scenario_file = argv[argc - 1];
  scenario = mutual_scenario_new_from_file (scenario_file, base, &error);
  if (scenario == NULL)
    {
      mutual_cli_print_error (error);
      return MUTUAL_EXIT_INPUT;
    }
  timeline = mutual_scenario_run (scenario, &error);
  if (timeline != NULL)
    comparison = mutual_timeline_compare (timeline, NULL, at, &error);
  if (comparison == NULL)
    {
      mutual_cli_print_error (error);
      return MUTUAL_EXIT_INPUT;
    }
  result = mutual_comparison_get_after (comparison);
  if (output != NULL && !mutual_model_save_to_file (result, output, &error))
    {
      mutual_cli_print_error (error);
      return MUTUAL_EXIT_INPUT;
    }

  if (csv)
    mutual_cli_print_changes_csv (comparison);
  else if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "scenario");
      json_builder_add_string_value (builder, mutual_scenario_get_name (scenario) ? mutual_scenario_get_name (scenario) : "");
      json_builder_set_member_name (builder, "from");
      json_builder_add_string_value (builder, mutual_model_get_date (mutual_timeline_get_base (timeline)) ?: "");
      json_builder_set_member_name (builder, "to");
      json_builder_add_string_value (builder, mutual_model_get_date (result) ?: "");
      json_builder_set_member_name (builder, "events");
      json_builder_begin_array (builder);
      for (guint i = 0; i < mutual_timeline_get_n_events (timeline); i++)
        {
          MutualEvent *event = mutual_timeline_get_event (timeline, i);
          g_autofree char *description = mutual_event_describe (event);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "index");
          json_builder_add_int_value (builder, i);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, mutual_event_get_id (event) ?: "");
          json_builder_set_member_name (builder, "type");
          json_builder_add_string_value (builder, mutual_event_get_kind (event));
          json_builder_set_member_name (builder, "date");
          json_builder_add_string_value (builder, mutual_event_get_date (event));
          json_builder_set_member_name (builder, "description");
          json_builder_add_string_value (builder, description);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      mutual_cli_add_changes_json (builder, comparison);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      mutual_cli_print_json (root);
    }
  else
    {
      g_autoptr(GPtrArray) table = mutual_cli_table_new ("#", "date", "id", "event", NULL);

      g_print ("%s\n\n", mutual_scenario_get_name (scenario) ? mutual_scenario_get_name (scenario) : scenario_file);
      for (guint i = 0; i < mutual_timeline_get_n_events (timeline); i++)
        {
          MutualEvent *event = mutual_timeline_get_event (timeline, i);
          g_autofree char *index = g_strdup_printf ("%u", i);
          g_autofree char *description = mutual_event_describe (event);

          mutual_cli_table_add (table, index, mutual_event_get_date (event),
                                mutual_event_get_id (event) ?: "", description, NULL);
        }
      mutual_cli_print_table (table);
      g_print ("\nChanges from %s to %s:\n", mutual_model_get_date (mutual_timeline_get_base (timeline)) ?: "the base",
               mutual_model_get_date (result) ?: "the end");
      print_changes_text (comparison);
    }
  return MUTUAL_EXIT_OK;
}

int
mutual_cmd_diff (int    argc,
                 char **argv)
{
  gboolean json = FALSE, csv = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print the changes as JSON, with a boolean “equal”", NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, "Print the changes as CSV", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    mutual_cli_context ("diff", "A B",
                        "Compare two model files: parties, classes, holdings and rights added,\n"
                        "removed or changed, and the interests, control, PSC register and\n"
                        "qualification results that differ. “equal” in --json is true when both\n"
                        "hold the same parties, share classes and holdings.", entries);
  g_autoptr(MutualModel) a = NULL;
  g_autoptr(MutualModel) b = NULL;
  g_autoptr(MutualComparison) comparison = NULL;

  if (!mutual_cli_parse (context, &argc, &argv))
    return MUTUAL_EXIT_USAGE;
  if (argc != 3 || (json && csv))
    {
      g_printerr ("mutual: diff needs two model files A B, and at most one of --json and --csv\n"
                  "Try “mutual diff --help”.\n");
      return MUTUAL_EXIT_USAGE;
    }
  a = mutual_cli_load_model (argv[1]);
  if (a == NULL)
    return MUTUAL_EXIT_INPUT;
  b = mutual_cli_load_model (argv[2]);
  if (b == NULL)
    return MUTUAL_EXIT_INPUT;
  comparison = mutual_comparison_new (a, b);
  if (csv)
    mutual_cli_print_changes_csv (comparison);
  else if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "a");
      json_builder_add_string_value (builder, argv[1]);
      json_builder_set_member_name (builder, "b");
      json_builder_add_string_value (builder, argv[2]);
      mutual_cli_add_changes_json (builder, comparison);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      mutual_cli_print_json (root);
    }
  else
    {
      g_print ("%s → %s: %s\n", argv[1], argv[2],
               mutual_comparison_get_equal (comparison) ? "the same parties, share classes and holdings"
                                                        : "different");
      print_changes_text (comparison);
    }
  return MUTUAL_EXIT_OK;
}
