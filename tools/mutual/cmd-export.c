/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "mutual-cli.h"

int
mutual_cmd_export (int    argc,
                   char **argv)
{
  g_autofree char *to = NULL, *output = NULL;
  const GOptionEntry entries[] = {
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, "The format to write: bods (BODS 0.4)", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write here (default: standard output)", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    mutual_cli_context ("export", "--to FORMAT [MODEL] [-o FILE]",
                        "Write a model in an open format.\n"
                        "bods: Beneficial Ownership Data Standard 0.4 statements.\n"
                        "Without MODEL, exports the embedded 3bm-2013 example.", entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = NULL;
  g_autofree char *data = NULL;
  gsize length;

  if (!mutual_cli_parse (context, &argc, &argv))
    return MUTUAL_EXIT_USAGE;
  if (g_strcmp0 (to, "bods") != 0 || argc > 2)
    {
      g_printerr ("mutual: export needs --to bods and at most one MODEL\nTry “mutual export --help”.\n");
      return MUTUAL_EXIT_USAGE;
    }
  model = mutual_cli_load_model (argc == 2 ? argv[1] : NULL);
  if (model == NULL)
    return MUTUAL_EXIT_INPUT;
  if (output != NULL)
    {
      if (!mutual_model_save_to_bods_file (model, output, &error))
        {
          mutual_cli_print_error (error);
          return MUTUAL_EXIT_INPUT;
        }
      return MUTUAL_EXIT_OK;
    }
  data = mutual_model_to_bods (model, &length, &error);
  if (data == NULL)
    {
      mutual_cli_print_error (error);
      return MUTUAL_EXIT_INPUT;
    }
  g_print ("%s\n", data);
  return MUTUAL_EXIT_OK;
}
