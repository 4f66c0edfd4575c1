/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The BODS reader (a package, then a fragment of a stream). Any input
 * either fails with a MUTUAL_ERROR or gives a package whose model
 * validates, can be saved and whose lists iterate. */
#include "fuzz-common.h"

static void
check (const uint8_t       *data,
       size_t               size,
       MutualBodsReadFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualBodsPackage) package = NULL;
  MutualModel *model;

  package = mutual_bods_package_new_from_data ((const char *) data, size, flags, &error);
  if (package == NULL)
    {
      fuzz_check (error != NULL && error->domain == MUTUAL_ERROR && error->message[0] != '\0');
      return;
    }
  model = mutual_bods_package_get_model (package);
  fuzz_check (model != NULL);
  fuzz_check (mutual_model_validate (model, NULL));
  fuzz_check_saves (model);
  (void) g_list_model_get_n_items (mutual_bods_package_get_interests (package));
  (void) g_list_model_get_n_items (mutual_bods_package_get_findings (package));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_init ();
  check (data, size, MUTUAL_BODS_READ_NONE);
  check (data, size, MUTUAL_BODS_READ_FRAGMENT);
  return 0;
}
