/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "mutual-cli.h"

/* One row per command; each lives in cmd-NAME.c. */
static const MutualCommand commands[] = {
  { "show", "[FILE]", "Show a model's parties, share classes and holdings", mutual_cmd_show },
  { "validate", "FILE", "Check that a model file is valid", mutual_cmd_validate },
  { "examples", "[--dump NAME]", "List the embedded example models, or print one", mutual_cmd_examples },
  { "analyse", "[FILE]", "Who owns and controls each company: PSCs, resolutions, power", mutual_cmd_analyse },
  { "whatif", "[MODEL] SCENARIO", "Run a what-if scenario: the timeline and what changed", mutual_cmd_whatif },
  { "diff", "A B", "What differs between two models", mutual_cmd_diff },
  { "tupe", "[MODEL] [--plan ID]", "A TUPE transfer: scope, calendar, findings, liabilities", mutual_cmd_tupe },
  { "redundancy", "--born --started ...", "One person's statutory redundancy pay (ERA 1996 s162)", mutual_cmd_redundancy },
  { "procurement", "[FILE] [--json]", "Reserved contracts, grace periods and open competition", mutual_cmd_procurement },
  { "import", "--from FORMAT FILE", "Read open data (BODS, PSC, OCF) into a model", mutual_cmd_import },
  { "export", "--to bods [MODEL]", "Write a model as open ownership data (BODS 0.4)", mutual_cmd_export },
  { "diagram", "[MODEL] -o FILE", "Draw who owns and controls whom (SVG, PNG, DOT)", mutual_cmd_diagram },
  { "report", "[MODEL] [-o FILE]", "Write a self-contained HTML report of a model", mutual_cmd_report },
  { "timeline", "[MODEL] [--scenario FILE] -o FILE", "Draw contracts, grace periods, TUPE calendars and scenario events (SVG)", mutual_cmd_timeline },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream,
           "Usage:\n  mutual COMMAND [OPTION…]\n\n"
           "Ownership, control, TUPE and reserved contracts of public service mutuals.\n"
           "Without FILE, commands use the embedded 3bm-2013 example.\n\n"
           "Commands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-12s %-24s %s\n", commands[i].name, commands[i].parameters, commands[i].summary);
  fprintf (stream,
           "\nRun “mutual COMMAND --help” for a command's options.\n"
           "Exit status: 0 success, 1 a check found a breach, 2 bad usage, 3 bad input.\n");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");

  if (argc < 2 || strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
      strcmp (argv[1], "help") == 0)
    {
      print_usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? MUTUAL_EXIT_USAGE : MUTUAL_EXIT_OK;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      g_print ("mutual %s\n", MUTUAL_VERSION_S);
      return MUTUAL_EXIT_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      {
        g_autofree char *prgname = g_strdup_printf ("mutual %s", commands[i].name);

        g_set_prgname (prgname);
        return commands[i].run (argc - 1, argv + 1);
      }

  g_printerr ("mutual: “%s” is not a command.\n\n", argv[1]);
  print_usage (stderr);
  return MUTUAL_EXIT_USAGE;
}
