/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The staff CSV reader. Any input either fails with a MUTUAL_ERROR or
 * gives staff members; added to a model that has their employer, they
 * validate, and the model (with its staff section) writes out and reads
 * back to the same text. The input is not nul-terminated. */
#include "fuzz-common.h"

#define PARTIES "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":" \
                "[{\"id\":\"lbhf\",\"name\":\"LBHF\",\"kind\":\"public-body\"}]}"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(MutualModel) model = NULL;
  g_autoptr(MutualModel) again = NULL;
  g_autofree char *text = NULL, *text_again = NULL;
  gsize length;
  guint added;

  fuzz_init ();
  staff = mutual_staff_csv_parse ((const char *) data, size, &error);
  if (staff == NULL)
    {
      fuzz_check (error != NULL && error->domain == MUTUAL_ERROR && error->message[0] != '\0');
      return 0;
    }
  fuzz_check (error == NULL);
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(MutualStaffMember) member = g_list_model_get_item (staff, i);

      fuzz_check (mutual_staff_member_get_id (member) != NULL);
    }

  model = mutual_model_new_from_data (PARTIES, -1, &error);
  fuzz_check (model != NULL);
  added = mutual_model_add_staff_from_csv_data (model, (const char *) data, size, &error);
  if (added == 0 && error != NULL)
    {
      /* nothing half-applied */
      fuzz_check (g_list_model_get_n_items (mutual_model_get_staff (model)) == 0);
      return 0;
    }
  fuzz_check (added == g_list_model_get_n_items (staff));
  fuzz_check (mutual_model_validate (model, NULL));

  /* lossless: the model file keeps every staff member as read */
  text = mutual_model_to_data (model, &length);
  again = mutual_model_new_from_data (text, length, &error);
  if (again == NULL)
    g_printerr ("written model does not read back: %s\n", error->message);
  fuzz_check (again != NULL);
  text_again = mutual_model_to_data (again, NULL);
  fuzz_check (g_str_equal (text, text_again));
  return 0;
}
