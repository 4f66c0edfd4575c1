/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "mutual-cli.h"

/* Each open format reads into a model and a list of findings. */
typedef MutualModel *(*ImportFunc) (const char  *file,
                                    const char  *date,
                                    gboolean     fragment,
                                    gboolean     strict,
                                    GListModel **findings,
                                    GError     **error);

static MutualModel *
import_bods (const char  *file,
             const char  *date,
             gboolean     fragment,
             gboolean     strict,
             GListModel **findings,
             GError     **error)
{
  MutualBodsReadFlags flags = (fragment ? MUTUAL_BODS_READ_FRAGMENT : 0) | (strict ? MUTUAL_BODS_READ_STRICT : 0);
  g_autoptr(MutualBodsPackage) package = mutual_bods_package_new_from_file (file, flags, error);

  if (package == NULL)
    return NULL;
  *findings = g_object_ref (mutual_bods_package_get_findings (package));
  if (date != NULL)
    return mutual_bods_package_dup_model_at (package, date, error);
  return g_object_ref (mutual_bods_package_get_model (package));
}

static MutualModel *
import_psc (const char  *file,
            const char  *date,
            gboolean     fragment,
            gboolean     strict,
            GListModel **findings,
            GError     **error)
{
  g_autoptr(MutualPscRegister) reg = mutual_psc_register_new_from_file (file, error);

  if (reg == NULL)
    return NULL;
  *findings = g_object_ref (mutual_psc_register_get_findings (reg));
  return mutual_model_copy (mutual_psc_register_get_model (reg));
}

static MutualModel *
import_ocf (const char  *file,
            const char  *date,
            gboolean     fragment,
            gboolean     strict,
            GListModel **findings,
            GError     **error)
{
  g_autoptr(MutualOcfPackage) package = mutual_ocf_package_new_from_file (file, date, error);

  if (package == NULL)
    return NULL;
  *findings = g_object_ref (mutual_ocf_package_get_findings (package));
  return g_object_ref (mutual_ocf_package_get_model (package));
}

static const struct {
  const char *name;
  ImportFunc func;
} formats[] = {
  { "bods", import_bods },
  { "psc", import_psc },
  { "ocf", import_ocf },
};

int
mutual_cmd_import (int    argc,
                   char **argv)
{
  g_autofree char *from = NULL, *output = NULL, *date = NULL;
  gboolean fragment = FALSE, strict = FALSE, quiet = FALSE;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, "The format of FILE: bods, psc or ocf", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the model here (default: print it)", "MODEL" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, "The model on this date (YYYY-MM-DD), not the latest", "DATE" },
    { "fragment", 0, 0, G_OPTION_ARG_NONE, &fragment, "BODS: the file is part of a stream; names it lacks become placeholders", NULL },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict, "BODS: a departure from the schema is an error", NULL },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Do not list the warnings", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    mutual_cli_context ("import", "--from FORMAT FILE [-o MODEL]",
                        "Read open ownership data into a libmutual model file.\n"
                        "bods: Beneficial Ownership Data Standard 0.2, 0.3 or 0.4 (detected).\n"
                        "psc: Companies House PSC snapshot records (JSON Lines).\n"
                        "ocf: an Open Cap Table Format package (FILE is its manifest).\n"
                        "Warnings about the data go to standard error.", entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = NULL;
  g_autoptr(GListModel) findings = NULL;
  ImportFunc func = NULL;

  if (!mutual_cli_parse (context, &argc, &argv))
    return MUTUAL_EXIT_USAGE;
  for (guint i = 0; from != NULL && i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (from, formats[i].name))
      func = formats[i].func;
  if (func == NULL || argc != 2)
    {
      g_printerr ("mutual: import needs --from bods|psc|ocf and one FILE\nTry “mutual import --help”.\n");
      return MUTUAL_EXIT_USAGE;
    }
  model = func (argv[1], date, fragment, strict, &findings, &error);
  if (model == NULL)
    {
      mutual_cli_print_error (error);
      return MUTUAL_EXIT_INPUT;
    }
  for (guint i = 0; !quiet && findings != NULL && i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(MutualFinding) finding = g_list_model_get_item (findings, i);

      if (mutual_finding_get_severity (finding) != MUTUAL_SEVERITY_INFO)
        g_printerr ("%s: %s: %s\n", mutual_severity_to_string (mutual_finding_get_severity (finding)),
                    mutual_finding_get_code (finding), mutual_finding_get_message (finding));
    }
  if (output == NULL)
    {
      g_autofree char *data = mutual_model_to_data (model, NULL);

      g_print ("%s\n", data);
    }
  else if (!mutual_model_save_to_file (model, output, &error))
    {
      mutual_cli_print_error (error);
      return MUTUAL_EXIT_INPUT;
    }
  return MUTUAL_EXIT_OK;
}
