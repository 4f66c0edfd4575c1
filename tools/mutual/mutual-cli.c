/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "mutual-cli.h"

void
mutual_cli_print_error (const GError *error)
{
  g_printerr ("mutual: %s\n", error->message);
}

GOptionContext *
mutual_cli_context (const char         *command,
                    const char         *parameters,
                    const char         *summary,
                    const GOptionEntry *entries)
{
  /* the program name is "mutual COMMAND" (set in main), so the usage line
   * reads "mutual COMMAND [OPTION…] PARAMETERS" */
  GOptionContext *context = g_option_context_new (parameters);

  g_option_context_set_summary (context, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, NULL);
  return context;
}

gboolean
mutual_cli_parse (GOptionContext   *context,
                  int              *argc,
                  char           ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("mutual: %s\nTry “mutual %s --help”.\n", error->message, (*argv)[0]);
      return FALSE;
    }
  return TRUE;
}

void
mutual_cli_keep_until_exit (gpointer object)
{
  static GPtrArray *kept;

  if (kept == NULL)
    kept = g_ptr_array_new ();
  g_ptr_array_add (kept, object);
}

MutualModel *
mutual_cli_load_model (const char *file)
{
  g_autoptr(GError) error = NULL;
  MutualModel *model;

  if (file == NULL)
    model = mutual_model_new_from_example ("3bm-2013", &error);
  else
    model = mutual_model_new_from_file (file, &error);
  if (model == NULL)
    mutual_cli_print_error (error);
  return model;
}

void
mutual_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static void
add_row (GPtrArray  *table,
         const char *first,
         va_list     args)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (const char *cell = first; cell != NULL; cell = va_arg (args, const char *))
    g_strv_builder_add (builder, cell);
  g_ptr_array_add (table, g_strv_builder_end (builder));
}

GPtrArray *
mutual_cli_table_new (const char *first_heading,
                      ...)
{
  GPtrArray *table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  va_list args;

  va_start (args, first_heading);
  add_row (table, first_heading, args);
  va_end (args);
  return table;
}

void
mutual_cli_table_add (GPtrArray  *table,
                      const char *first_cell,
                      ...)
{
  va_list args;

  va_start (args, first_cell);
  add_row (table, first_cell, args);
  va_end (args);
}

void
mutual_cli_append_table (GString   *out,
                         GPtrArray *rows)
{
  g_autofree glong *widths = NULL;
  guint n_columns = 0;

  for (guint r = 0; r < rows->len; r++)
    n_columns = MAX (n_columns, g_strv_length (g_ptr_array_index (rows, r)));
  widths = g_new0 (glong, n_columns);
  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      for (guint c = 0; row[c] != NULL; c++)
        widths[c] = MAX (widths[c], g_utf8_strlen (row[c], -1));
    }
  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      g_string_append (out, "  ");
      for (guint c = 0; row[c] != NULL; c++)
        {
          g_string_append (out, row[c]);
          if (row[c + 1] != NULL)
            for (glong pad = g_utf8_strlen (row[c], -1); pad < widths[c] + 2; pad++)
              g_string_append_c (out, ' ');
        }
      g_string_append_c (out, '\n');
      if (r == 0)
        {
          glong total = 0;

          g_string_append (out, "  ");
          for (guint c = 0; c < n_columns; c++)
            total += widths[c] + (c + 1 < n_columns ? 2 : 0);
          for (glong i = 0; i < total; i++)
            g_string_append (out, "─");
          g_string_append_c (out, '\n');
        }
    }
}

void
mutual_cli_print_table (GPtrArray *rows)
{
  g_autoptr(GString) out = g_string_new (NULL);

  mutual_cli_append_table (out, rows);
  g_print ("%s", out->str);
}
