/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "mutual-cli.h"

int
mutual_cmd_report (int    argc,
                   char **argv)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the HTML here (default: standard output)", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    mutual_cli_context ("report", "[MODEL] [-o FILE.html]",
                        "Write a self-contained HTML report: diagram, holders, control, PSCs,\n"
                        "voting power, findings, timeline. Without MODEL, reports on the\n"
                        "embedded 3bm-2013 example.", entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = NULL;

  if (!mutual_cli_parse (context, &argc, &argv))
    return MUTUAL_EXIT_USAGE;
  if (argc > 2)
    {
      g_printerr ("mutual: report takes at most one MODEL\nTry “mutual report --help”.\n");
      return MUTUAL_EXIT_USAGE;
    }
  model = mutual_cli_load_model (argc == 2 ? argv[1] : NULL);
  if (model == NULL)
    return MUTUAL_EXIT_INPUT;
  if (output != NULL)
    {
      if (!mutual_model_save_report (model, output, &error))
        {
          mutual_cli_print_error (error);
          return MUTUAL_EXIT_INPUT;
        }
    }
  else
    {
      g_autofree char *html = mutual_model_to_html_report (model, &error);

      if (html == NULL)
        {
          mutual_cli_print_error (error);
          return MUTUAL_EXIT_INPUT;
        }
      g_print ("%s", html);
    }
  return MUTUAL_EXIT_OK;
}
