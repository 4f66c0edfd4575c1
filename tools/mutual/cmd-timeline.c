/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "mutual-cli.h"

/* `mutual timeline [MODEL] [--scenario FILE] -o FILE.svg`: the model's
 * contracts and grace periods and the TUPE calendar of each transfer plan;
 * with a scenario, those of the state the scenario ends in, and its events. */

int
mutual_cmd_timeline (int    argc,
                     char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *scenario_file = NULL;
  const GOptionEntry entries[] = {
    { "scenario", 's', 0, G_OPTION_ARG_FILENAME, &scenario_file, "Run this scenario and draw its events and the state it ends in", "FILE" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the SVG here", "FILE.svg" },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    mutual_cli_context ("timeline", "[MODEL] [--scenario FILE] -o FILE.svg",
                        "Draw what is dated: contracts per authority and supplier (reserved ones\n"
                        "marked), the protected period, when open competition falls due and the next\n"
                        "reservation is allowed, each transfer plan's TUPE calendar (late obligations\n"
                        "flagged) and a scenario's events. Without MODEL, the scenario's base, or the\n"
                        "embedded 3bm-2013 example.", entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) base = NULL;
  g_autoptr(MutualScenario) scenario = NULL;
  g_autoptr(MutualTimeline) timeline = NULL;
  g_autoptr(MutualTimelinePicture) picture = NULL;
  MutualModel *model;

  if (!mutual_cli_parse (context, &argc, &argv))
    return MUTUAL_EXIT_USAGE;
  if (output == NULL || argc > 2)
    {
      g_printerr ("mutual: timeline needs -o FILE.svg and at most one MODEL\nTry “mutual timeline --help”.\n");
      return MUTUAL_EXIT_USAGE;
    }
  if (argc == 2 || scenario_file == NULL)
    {
      base = mutual_cli_load_model (argc == 2 ? argv[1] : NULL);
      if (base == NULL)
        return MUTUAL_EXIT_INPUT;
    }
  model = base;
  if (scenario_file != NULL)
    {
      scenario = mutual_scenario_new_from_file (scenario_file, base, &error);
      timeline = scenario ? mutual_scenario_run (scenario, &error) : NULL;
      if (timeline == NULL)
        {
          mutual_cli_print_error (error);
          return MUTUAL_EXIT_INPUT;
        }
      model = mutual_timeline_final (timeline);
    }

  picture = mutual_timeline_picture_new (scenario && mutual_scenario_get_name (scenario)
                                         ? mutual_scenario_get_name (scenario)
                                         : mutual_model_get_name (model));
  if (!mutual_timeline_picture_add_model (picture, model, &error))
    {
      mutual_cli_print_error (error);
      return MUTUAL_EXIT_INPUT;
    }
  if (timeline != NULL)
    mutual_timeline_picture_add_scenario (picture, timeline, NULL);
  else if (mutual_model_get_date (model) != NULL)
    mutual_timeline_picture_set_as_at (picture, mutual_model_get_date (model));
  if (!mutual_timeline_picture_save (picture, output, &error))
    {
      mutual_cli_print_error (error);
      return MUTUAL_EXIT_INPUT;
    }
  return MUTUAL_EXIT_OK;
}
