/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "mutual-cli.h"

int
mutual_cmd_examples (int    argc,
                     char **argv)
{
  g_autofree char *dump = NULL;
  const GOptionEntry entries[] = {
    { "dump", 0, 0, G_OPTION_ARG_STRING, &dump, "Print the example's model file", "NAME" },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    mutual_cli_context ("examples", NULL, "List the example models embedded in libmutual, or print one.", entries);
  g_auto(GStrv) names = NULL;

  if (!mutual_cli_parse (context, &argc, &argv))
    return MUTUAL_EXIT_USAGE;
  if (dump != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MutualModel) model = mutual_model_new_from_example (dump, &error);
      g_autofree char *data = NULL;

      if (model == NULL)
        {
          mutual_cli_print_error (error);
          return MUTUAL_EXIT_USAGE;
        }
      data = mutual_model_to_data (model, NULL);
      g_print ("%s\n", data);
      return MUTUAL_EXIT_OK;
    }
  names = mutual_model_list_examples ();
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(MutualModel) model = mutual_model_new_from_example (names[i], NULL);

      g_print ("%-12s %s\n", names[i], model && mutual_model_get_name (model) ? mutual_model_get_name (model) : "");
    }
  return MUTUAL_EXIT_OK;
}
