/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "mutual-cli.h"

int
mutual_cmd_validate (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context =
    mutual_cli_context ("validate", "FILE…", "Check that model files are valid: well-formed JSON, every\n"
                        "member known, every id defined, no negative or overflowing count.", NULL);
  int status = MUTUAL_EXIT_OK;

  if (!mutual_cli_parse (context, &argc, &argv))
    return MUTUAL_EXIT_USAGE;
  if (argc < 2)
    {
      g_printerr ("mutual: validate needs a FILE\nTry “mutual validate --help”.\n");
      return MUTUAL_EXIT_USAGE;
    }
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MutualModel) model = mutual_model_new_from_file (argv[i], &error);

      if (model == NULL)
        {
          mutual_cli_print_error (error);
          status = MUTUAL_EXIT_INPUT;
          continue;
        }
      g_print ("%s: valid (%u parties, %u share classes, %u holdings)\n", argv[i],
               g_list_model_get_n_items (mutual_model_get_parties (model)),
               g_list_model_get_n_items (mutual_model_get_share_classes (model)),
               g_list_model_get_n_items (mutual_model_get_holdings (model)));
    }
  return status;
}
