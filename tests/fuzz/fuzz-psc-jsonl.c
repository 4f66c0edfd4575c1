/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The Companies House PSC snapshot reader (JSON Lines). Any input either
 * fails with a MUTUAL_ERROR or gives a register whose model validates and
 * can be saved. */
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualPscRegister) reg = NULL;
  MutualModel *model;

  fuzz_init ();
  reg = mutual_psc_register_new_from_data ((const char *) data, size, &error);
  if (reg == NULL)
    {
      fuzz_check (error != NULL && error->domain == MUTUAL_ERROR && error->message[0] != '\0');
      return 0;
    }
  model = mutual_psc_register_get_model (reg);
  fuzz_check (model != NULL);
  fuzz_check (mutual_model_validate (model, NULL));
  fuzz_check_saves (model);
  (void) g_list_model_get_n_items (mutual_psc_register_get_entries (reg));
  (void) g_list_model_get_n_items (mutual_psc_register_get_findings (reg));
  return 0;
}
