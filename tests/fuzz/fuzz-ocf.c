/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The OCF package reader. An OCF package is a folder: a manifest and the
 * files it lists beside it. An input here is the package's files, separated
 * by form feeds (0x0c), written to a fresh folder as
 *
 *   Manifest.ocf.json \f Stakeholders.ocf.json \f StockClasses.ocf.json
 *   \f StockPlans.ocf.json \f Transactions.ocf.json
 *
 * (missing parts are not written; the manifest may name other files, or
 * these wrongly). The package is read twice: after every transaction and as
 * of a date. Any input either fails with a MUTUAL_ERROR or gives a package
 * whose model validates, writes out and reads back to the same text, whose
 * positions, findings and authorised shares can all be read. */
#include "fuzz-common.h"

#include <string.h>

#include <glib/gstdio.h>

static const char *const names[] = {
  "Manifest.ocf.json", "Stakeholders.ocf.json", "StockClasses.ocf.json",
  "StockPlans.ocf.json", "Transactions.ocf.json",
};

static void
check (const char *manifest,
       const char *date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualOcfPackage) package = NULL;
  g_autoptr(MutualModel) again = NULL;
  g_autofree char *text = NULL, *text_again = NULL;
  GListModel *list;
  MutualModel *model;
  gsize length;

  package = mutual_ocf_package_new_from_file (manifest, date, &error);
  if (package == NULL)
    {
      fuzz_check (error != NULL && error->domain == MUTUAL_ERROR && error->message[0] != '\0');
      return;
    }
  fuzz_check (error == NULL);
  fuzz_check (mutual_ocf_package_get_issuer (package) != NULL);
  model = mutual_ocf_package_get_model (package);
  fuzz_check (mutual_model_validate (model, NULL));

  list = mutual_ocf_package_get_positions (package);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MutualOcfPosition) position = g_list_model_get_item (list, i);

      fuzz_check (mutual_ocf_position_get_security_id (position) != NULL);
      fuzz_check (mutual_ocf_position_get_kind (position) != NULL);
    }
  list = mutual_ocf_package_get_findings (package);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MutualFinding) finding = g_list_model_get_item (list, i);

      fuzz_check (mutual_finding_get_code (finding) != NULL);
    }
  list = mutual_model_get_share_classes (model);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MutualShareClass) klass = g_list_model_get_item (list, i);
      g_autofree char *authorized = mutual_ocf_package_dup_authorized (package, mutual_share_class_get_id (klass));

      (void) authorized;
    }

  /* the model read from a package can be saved: the model file reads
   * back what is written */
  text = mutual_model_to_data (model, &length);
  again = mutual_model_new_from_data (text, length, &error);
  if (again == NULL)
    g_printerr ("model from the package does not read back: %s\n", error->message);
  fuzz_check (again != NULL);
  text_again = mutual_model_to_data (again, NULL);
  fuzz_check (g_str_equal (text, text_again));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL, *manifest = NULL;
  const uint8_t *part = data, *end = data + size;

  fuzz_init ();
  dir = g_dir_make_tmp ("fuzz-ocf-XXXXXX", &error);
  fuzz_check (dir != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (names) && part <= end; i++)
    {
      const uint8_t *stop = i + 1 < G_N_ELEMENTS (names) ? memchr (part, '\f', end - part) : NULL;
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      if (stop == NULL)
        stop = end;
      fuzz_check (g_file_set_contents (path, (const char *) part, stop - part, NULL));
      part = stop + 1;
    }

  manifest = g_build_filename (dir, names[0], NULL);
  check (manifest, NULL);
  check (manifest, "2020-01-01");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_unlink (path);
    }
  fuzz_check (g_rmdir (dir) == 0);
  return 0;
}
