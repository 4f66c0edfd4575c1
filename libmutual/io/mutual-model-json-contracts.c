/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-contract.h"
#include "mutual-cpv.h"
#include "mutual-enum-types.h"
#include "mutual-error.h"
#include "mutual-json-private.h"
#include "mutual-model-json-private.h"
#include "mutual-model-private.h"

/* The `contracts` section of the model file: one object per contract.
 *
 *   { "id": "3bm-schools", "authority": "lbhf", "supplier": "3bm",
 *     "cpv_codes": ["75121000-0"], "award_date": "2013-03-04",
 *     "start": "2013-04-02", "end": "2017-04-01", "extension_months": 36,
 *     "value": 97789100, "procedure": "unknown", "reserved_under": "none" }
 *
 * Dates are ISO 8601, `end` is the last day before any extension, `value`
 * is in pence. Parties are read before contracts, so references are
 * checked here, with the member's path. */

gboolean
mutual_model_json_read_contracts (MutualModel  *model,
                                  JsonArray    *array,
                                  GError      **error)
{
  static const char *allowed[] = { "id", "title", "authority", "supplier", "cpv_codes", "procurement_start",
                                   "award_date", "start", "end", "extension_months", "value", "procedure",
                                   "reserved_under", "notes", NULL };

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("contracts[%u]", i);
      JsonObject *object;
      const char *id = NULL, *title = NULL, *authority = NULL, *supplier = NULL, *notes = NULL;
      const char *procurement_start = NULL, *award_date = NULL, *start = NULL, *end = NULL;
      gint64 extension_months = 0, value = 0;
      int procedure = MUTUAL_PROCEDURE_UNKNOWN, reserved_under = MUTUAL_RESERVED_UNDER_NONE;
      g_auto(GStrv) cpv_codes = NULL;
      g_autoptr(MutualContract) contract = NULL;
      g_autoptr(GError) local = NULL;

      if (!mutual_json_get_object (json_array_get_element (array, i), path, &object, error) ||
          !mutual_json_check_members (object, path, allowed, error) ||
          !mutual_json_get_string (object, path, "id", TRUE, &id, error) ||
          !mutual_json_get_string (object, path, "title", FALSE, &title, error) ||
          !mutual_json_get_string (object, path, "authority", TRUE, &authority, error) ||
          !mutual_json_get_string (object, path, "supplier", TRUE, &supplier, error) ||
          !mutual_json_get_strv (object, path, "cpv_codes", &cpv_codes, error) ||
          !mutual_json_get_date (object, path, "procurement_start", FALSE, &procurement_start, error) ||
          !mutual_json_get_date (object, path, "award_date", TRUE, &award_date, error) ||
          !mutual_json_get_date (object, path, "start", TRUE, &start, error) ||
          !mutual_json_get_date (object, path, "end", TRUE, &end, error) ||
          !mutual_json_get_int64 (object, path, "extension_months", FALSE, 0, 1200, &extension_months, error) ||
          !mutual_json_get_int64 (object, path, "value", FALSE, 0, G_MAXINT64, &value, error) ||
          !mutual_json_get_enum (object, path, "procedure", FALSE, MUTUAL_TYPE_PROCEDURE, &procedure, error) ||
          !mutual_json_get_enum (object, path, "reserved_under", FALSE, MUTUAL_TYPE_RESERVED_UNDER,
                                 &reserved_under, error) ||
          !mutual_json_get_string (object, path, "notes", FALSE, &notes, error))
        return FALSE;
      if (cpv_codes == NULL || cpv_codes[0] == NULL)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_MISSING,
                       "%s.cpv_codes: at least one CPV code is required", path);
          return FALSE;
        }
      for (guint j = 0; cpv_codes[j] != NULL; j++)
        if (!mutual_cpv_code_validate (cpv_codes[j], &local))
          {
            g_set_error (error, MUTUAL_ERROR, local->code, "%s.cpv_codes[%u]: %s", path, j, local->message);
            return FALSE;
          }
      contract = g_object_new (MUTUAL_TYPE_CONTRACT,
                               "id", id, "title", title,
                               "authority", authority, "supplier", supplier,
                               "cpv-codes", cpv_codes,
                               "procurement-start", procurement_start,
                               "award-date", award_date, "start", start, "end", end,
                               "extension-months", (guint) extension_months,
                               "value", value,
                               "procedure", procedure,
                               "reserved-under", reserved_under,
                               "notes", notes,
                               NULL);
      if (!mutual_model_add_contract (model, contract, &local))
        {
          g_set_error (error, MUTUAL_ERROR, local->code, "%s: %s", path, local->message);
          return FALSE;
        }
    }
  return mutual_model_validate_contracts (model, error);
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

void
mutual_model_json_write_contracts (MutualModel *model,
                                   JsonBuilder *builder)
{
  GPtrArray *items = mutual_model_get_array (model, MUTUAL_COLLECTION_CONTRACTS);

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      MutualContract *contract = g_ptr_array_index (items, i);
      const char * const *codes = mutual_contract_get_cpv_codes (contract);

      json_builder_begin_object (builder);
      mutual_json_add_string (builder, "id", mutual_contract_get_id (contract));
      mutual_json_add_string (builder, "title", mutual_contract_get_title (contract));
      mutual_json_add_string (builder, "authority", mutual_contract_get_authority (contract));
      mutual_json_add_string (builder, "supplier", mutual_contract_get_supplier (contract));
      json_builder_set_member_name (builder, "cpv_codes");
      json_builder_begin_array (builder);
      for (guint j = 0; codes[j] != NULL; j++)
        json_builder_add_string_value (builder, codes[j]);
      json_builder_end_array (builder);
      mutual_json_add_string (builder, "procurement_start", mutual_contract_get_procurement_start (contract));
      mutual_json_add_string (builder, "award_date", mutual_contract_get_award_date (contract));
      mutual_json_add_string (builder, "start", mutual_contract_get_start (contract));
      mutual_json_add_string (builder, "end", mutual_contract_get_end (contract));
      add_int (builder, "extension_months", mutual_contract_get_extension_months (contract));
      add_int (builder, "value", mutual_contract_get_value (contract));
      mutual_json_add_string (builder, "procedure", mutual_procedure_to_string (mutual_contract_get_procedure (contract)));
      mutual_json_add_string (builder, "reserved_under",
                              mutual_reserved_under_to_string (mutual_contract_get_reserved_under (contract)));
      mutual_json_add_string (builder, "notes", mutual_contract_get_notes (contract));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}
