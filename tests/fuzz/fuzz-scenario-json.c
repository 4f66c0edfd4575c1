/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The scenario JSON reader, against the embedded mycsp-2012 model and
 * without a base. Any input either fails with a MUTUAL_ERROR or gives a
 * scenario that writes out and reads back to the same text. */
#include "fuzz-common.h"

static void
check (const uint8_t *data,
       size_t         size,
       MutualModel   *base)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualScenario) scenario = NULL;
  g_autoptr(MutualScenario) again = NULL;
  g_autofree char *text = NULL, *text_again = NULL;
  gsize length;

  scenario = mutual_scenario_new_from_data ((const char *) data, size, base, &error);
  if (scenario == NULL)
    {
      fuzz_check (error != NULL && error->domain == MUTUAL_ERROR && error->message[0] != '\0');
      return;
    }
  text = mutual_scenario_to_data (scenario, &length);
  again = mutual_scenario_new_from_data (text, length, base, &error);
  if (again == NULL)
    g_printerr ("written scenario does not read back: %s\n", error->message);
  fuzz_check (again != NULL);
  text_again = mutual_scenario_to_data (again, NULL);
  fuzz_check (g_str_equal (text, text_again));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static MutualModel *base;

  fuzz_init ();
  if (base == NULL)
    base = mutual_model_new_from_example ("mycsp-2012", NULL);
  check (data, size, base);
  check (data, size, NULL);
  return 0;
}
