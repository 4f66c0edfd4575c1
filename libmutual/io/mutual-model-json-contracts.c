/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-contract.h"
#include "mutual-cpv.h"
#include "mutual-error.h"
#include "mutual-json-private.h"
#include "mutual-model-json-private.h"

/* The `contracts` section of the model file: one object per contract.
 *
 *   { "id": "3bm-schools-support", "authority": "lbhf", "supplier": "3bm",
 *     "cpv_codes": ["75121000-0"], "award_date": "2013-03-04",
 *     "start": "2013-04-02", "end": "2017-04-01", "extension_months": 36,
 *     "value": 97789100, "procedure": "unknown", "reserved_under": "none" }
 *
 * Dates are ISO 8601, `end` is the last day before any extension, `value`
 * is in pence. Members are read through the contract's properties like any
 * section's; reading then checks what only contracts need (CPV codes, the
 * order of the dates, the parties named), with the member's path. Parties
 * are read before contracts. */

const MutualJsonMember mutual_model_json_contract_members[] = {
  { "id", MUTUAL_JSON_REQUIRED },
  { "title" },
  { "authority", MUTUAL_JSON_REQUIRED },
  { "supplier", MUTUAL_JSON_REQUIRED },
  { "cpv_codes", MUTUAL_JSON_REQUIRED },
  { "procurement_start", MUTUAL_JSON_DATE },
  { "award_date", MUTUAL_JSON_REQUIRED | MUTUAL_JSON_DATE },
  { "start", MUTUAL_JSON_REQUIRED | MUTUAL_JSON_DATE },
  { "end", MUTUAL_JSON_REQUIRED | MUTUAL_JSON_DATE },
  { "extension_months" },
  { "value" },
  { "procedure", MUTUAL_JSON_ALWAYS },
  { "reserved_under", MUTUAL_JSON_ALWAYS },
  { "notes" },
  { NULL }
};

gboolean
mutual_model_json_read_contracts (MutualModel            *model,
                                  const MutualJsonValue  *array,
                                  GError                **error)
{
  for (guint i = 0; i < array->length; i++)
    {
      g_autofree char *path = g_strdup_printf ("contracts[%u]", i);
      g_autoptr(GObject) item = NULL;
      g_autoptr(GError) local = NULL;
      const char * const *codes;

      item = mutual_json_read_object (&array->u.items[i], path, MUTUAL_TYPE_CONTRACT,
                                      mutual_model_json_contract_members, error);
      if (item == NULL)
        return FALSE;
      codes = mutual_contract_get_cpv_codes (MUTUAL_CONTRACT (item));
      if (codes[0] == NULL)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_MISSING,
                       "%s.cpv_codes: at least one CPV code is required", path);
          return FALSE;
        }
      for (guint j = 0; codes[j] != NULL; j++)
        if (!mutual_cpv_code_validate (codes[j], &local))
          {
            g_set_error (error, MUTUAL_ERROR, local->code, "%s.cpv_codes[%u]: %s", path, j, local->message);
            return FALSE;
          }
      if (!mutual_model_add_contract (model, MUTUAL_CONTRACT (item), &local))
        {
          g_set_error (error, MUTUAL_ERROR, local->code, "%s: %s", path, local->message);
          return FALSE;
        }
    }
  return mutual_model_validate_contracts (model, error);
}
