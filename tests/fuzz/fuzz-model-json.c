/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The JSON model reader. Any input either fails with a MUTUAL_ERROR or
 * gives a valid model that writes out and reads back to the same text. */
#include "fuzz-common.h"

static void
walk (GListModel *list)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      fuzz_check (item != NULL);
    }
  fuzz_check (g_list_model_get_item (list, n) == NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = NULL;
  g_autoptr(MutualModel) again = NULL;
  g_autoptr(MutualModel) copy = NULL;
  g_autofree char *text = NULL, *text_again = NULL, *text_copy = NULL;
  gsize length;

  fuzz_init ();
  model = mutual_model_new_from_data ((const char *) data, size, &error);
  if (model == NULL)
    {
      fuzz_check (error != NULL && error->domain == MUTUAL_ERROR && error->message[0] != '\0');
      return 0;
    }
  fuzz_check (error == NULL);
  fuzz_check (mutual_model_validate (model, NULL));
  walk (mutual_model_get_parties (model));
  walk (mutual_model_get_share_classes (model));
  walk (mutual_model_get_holdings (model));
  walk (mutual_model_get_memberships (model));
  walk (mutual_model_get_board_rights (model));
  walk (mutual_model_get_agreement_rights (model));

  /* lossless: what the writer makes, the reader reads back the same */
  text = mutual_model_to_data (model, &length);
  again = mutual_model_new_from_data (text, length, &error);
  if (again == NULL)
    g_printerr ("written model does not read back: %s\n", error->message);
  fuzz_check (again != NULL);
  text_again = mutual_model_to_data (again, NULL);
  fuzz_check (g_str_equal (text, text_again));

  copy = mutual_model_copy (model);
  text_copy = mutual_model_to_data (copy, NULL);
  fuzz_check (g_str_equal (text, text_copy));
  return 0;
}
