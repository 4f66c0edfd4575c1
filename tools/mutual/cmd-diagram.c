/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "mutual-cli.h"

int
mutual_cmd_diagram (int    argc,
                    char **argv)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write here: FILE.svg, FILE.png or FILE.dot", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    mutual_cli_context ("diagram", "[MODEL] -o FILE.svg|png|dot",
                        "Draw who owns and controls whom. SVG and PNG need Graphviz's dot.\n"
                        "Without MODEL, draws the embedded 3bm-2013 example.", entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = NULL;

  if (!mutual_cli_parse (context, &argc, &argv))
    return MUTUAL_EXIT_USAGE;
  if (output == NULL || argc > 2)
    {
      g_printerr ("mutual: diagram needs -o FILE and at most one MODEL\nTry “mutual diagram --help”.\n");
      return MUTUAL_EXIT_USAGE;
    }
  model = mutual_cli_load_model (argc == 2 ? argv[1] : NULL);
  if (model == NULL)
    return MUTUAL_EXIT_INPUT;
  if (!mutual_model_save_diagram (model, output, &error))
    {
      mutual_cli_print_error (error);
      return g_error_matches (error, MUTUAL_ERROR, MUTUAL_ERROR_UNSUPPORTED) ? MUTUAL_EXIT_USAGE : MUTUAL_EXIT_INPUT;
    }
  return MUTUAL_EXIT_OK;
}
