/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <libmutual/mutual.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Exit statuses scripts can rely on (documented in mutual(1)). */
enum {
  MUTUAL_EXIT_OK = 0,        /* done; for checks: no breach */
  MUTUAL_EXIT_BREACH = 1,    /* a check found a breach */
  MUTUAL_EXIT_USAGE = 2,     /* bad command line */
  MUTUAL_EXIT_INPUT = 3,     /* a file could not be read or is invalid */
};

typedef struct
{
  const char *name;
  const char *parameters;    /* shown after the command name in --help */
  const char *summary;
  int (*run) (int argc, char **argv);
} MutualCommand;

/* Commands: each in its own cmd-NAME.c. */
int mutual_cmd_show     (int argc, char **argv);
int mutual_cmd_validate (int argc, char **argv);
int mutual_cmd_examples (int argc, char **argv);
int mutual_cmd_analyse  (int argc, char **argv);
int mutual_cmd_whatif   (int argc, char **argv);
int mutual_cmd_diff     (int argc, char **argv);
int mutual_cmd_tupe       (int argc, char **argv);
int mutual_cmd_redundancy (int argc, char **argv);
int mutual_cmd_procurement (int argc, char **argv);
int mutual_cmd_import   (int argc, char **argv);
int mutual_cmd_export   (int argc, char **argv);
int mutual_cmd_diagram  (int argc, char **argv);
int mutual_cmd_report   (int argc, char **argv);
int mutual_cmd_timeline (int argc, char **argv);

/* Parses the command's options; on failure prints the error and --help
 * hint and returns FALSE. */
gboolean     mutual_cli_parse         (GOptionContext  *context,
                                       int             *argc,
                                       char          ***argv);
GOptionContext *mutual_cli_context    (const char      *command,
                                       const char      *parameters,
                                       const char      *summary,
                                       const GOptionEntry *entries);
/* Loads FILE, or the embedded 3bm-2013 example when file is NULL. Prints
 * the error and returns NULL on failure. */
MutualModel *mutual_cli_load_model    (const char      *file);
/* Keeps @object (a reference the command owns) until the process exits,
 * instead of unreferencing it when the command returns: taking apart a
 * model of 100,000 parties item by item costs about a tenth of `mutual
 * analyse` on it, and the process is about to end, which frees it all at
 * once. It stays reachable (not a leak to a leak checker). Only for what a
 * command holds at its very end. */
void         mutual_cli_keep_until_exit (gpointer       object);
/* "£1,234.50" (cmd-redundancy.c). */
char        *mutual_cli_format_pounds (gint64           pence);
/* Prints a JSON node to stdout, pretty. */
void         mutual_cli_print_json    (JsonNode        *node);
/* Prints a GError as "mutual: MESSAGE" to stderr. */
void         mutual_cli_print_error   (const GError    *error);
/* Prints rows of columns aligned; rows is a GPtrArray of GStrv. The first
 * row is the header. */
void         mutual_cli_print_table   (GPtrArray       *rows);
/* The same, appended to out. */
void         mutual_cli_append_table  (GString         *out,
                                       GPtrArray       *rows);
GPtrArray   *mutual_cli_table_new     (const char      *first_heading,
                                       ...) G_GNUC_NULL_TERMINATED;
void         mutual_cli_table_add     (GPtrArray       *table,
                                       const char      *first_cell,
                                       ...) G_GNUC_NULL_TERMINATED;

/* A comparison's changes: as "equal" and "changes" members of the object
 * being built, or as CSV on stdout (cmd-whatif.c). */
void         mutual_cli_add_changes_json  (JsonBuilder      *builder,
                                           MutualComparison *comparison);
void         mutual_cli_print_changes_csv (MutualComparison *comparison);

G_END_DECLS
