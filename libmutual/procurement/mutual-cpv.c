/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "mutual-cpv-private.h"
#include "mutual-error.h"
#include "mutual-rules-private.h"

/* CPV codes (Common Procurement Vocabulary, Regulation (EC) No 213/2008)
 * are written NNNNNNNN-N: eight digits naming the services in a tree
 * (division, group, class, category, then finer detail; trailing zeros
 * stop the path) and a ninth, check digit.
 *
 * libmutual checks the form only. The check digit cannot be computed
 * reliably: the EU Publications Office, which keeps the CPV, has said the
 * check digits of the 2008 revision were computed with errors and follow no
 * algorithm it can state (OP-TED/ePO discussion 589), and the weighted
 * sums that fit most published codes miss some (85210000-3 and 03300000-2
 * among them). So codes are matched on their eight digits, and a check
 * digit that differs from the one in the reservable-services table is
 * reported as a warning by the contract checks, not rejected. */

#define SERVICES_TABLE "reg77-cpv"

static GHashTable *
services_index (void)
{
  static GHashTable *index;

  if (g_once_init_enter (&index))
    {
      JsonArray *rows = mutual_rules_get_rows (SERVICES_TABLE);
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < json_array_get_length (rows); i++)
        {
          JsonObject *row = json_array_get_object_element (rows, i);
          const char *code = json_object_get_string_member_with_default (row, "code", "");

          if (!mutual_cpv_code_validate (code, NULL))
            g_error ("libmutual rule table %s row %u has a malformed code", SERVICES_TABLE, i);
          g_hash_table_insert (table, g_strndup (code, 8), row);
        }
      g_once_init_leave (&index, table);
    }
  return index;
}

static gboolean
row_lists (JsonObject          *row,
           MutualReservedUnder  reserved_under)
{
  switch (reserved_under)
    {
    case MUTUAL_RESERVED_UNDER_PCR_2015_REG_77:
      return TRUE;
    case MUTUAL_RESERVED_UNDER_PROCUREMENT_ACT_2023_S33:
      /* UNCONFIRMED: the table mirrors reg 77(2) for s33, row by row */
      return json_object_has_member (row, "s33");
    case MUTUAL_RESERVED_UNDER_NONE:
    default:
      return FALSE;
    }
}

JsonObject *
mutual_cpv_lookup_reservable (const char          *code,
                              MutualReservedUnder  reserved_under)
{
  char digits[9];
  JsonObject *row;

  memcpy (digits, code, 8);
  digits[8] = '\0';
  row = g_hash_table_lookup (services_index (), digits);
  return row != NULL && row_lists (row, reserved_under) ? row : NULL;
}

/**
 * mutual_cpv_code_is_reservable:
 * @code: a CPV code in `NNNNNNNN-N` form
 * @reserved_under: the reservation rule
 *
 * Whether a contract for the services @code names may be reserved under the
 * rule @reserved_under. For PCR 2015 reg 77: whether @code is one of the
 * 115 codes of reg 77(2). The Procurement Act 2023's list (Procurement
 * Regulations 2024 Sch 1, entries marked R) is UNCONFIRMED: libmutual
 * mirrors the reg 77(2) list for s33 and says so in its findings.
 *
 * Codes match on their eight digits (the check digit is not compared).
 *
 * Returns: %TRUE if the services are reservable
 *
 * Since: 1.0
 */
gboolean
mutual_cpv_code_is_reservable (const char          *code,
                               MutualReservedUnder  reserved_under)
{
  g_return_val_if_fail (code != NULL && mutual_cpv_code_validate (code, NULL), FALSE);

  return mutual_cpv_lookup_reservable (code, reserved_under) != NULL;
}

/**
 * mutual_cpv_list_reservable:
 * @reserved_under: the reservation rule
 *
 * The CPV codes of the services that may be reserved under
 * @reserved_under, in the order of the rule table (empty for
 * %MUTUAL_RESERVED_UNDER_NONE).
 *
 * Returns: (transfer full) (array zero-terminated=1): the codes
 *
 * Since: 1.0
 */
char **
mutual_cpv_list_reservable (MutualReservedUnder reserved_under)
{
  JsonArray *rows;
  g_autoptr(GStrvBuilder) builder = NULL;

  g_return_val_if_fail ((guint) reserved_under <= MUTUAL_RESERVED_UNDER_PROCUREMENT_ACT_2023_S33, NULL);

  rows = mutual_rules_get_rows (SERVICES_TABLE);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      if (row_lists (row, reserved_under))
        g_strv_builder_add (builder, json_object_get_string_member (row, "code"));
    }
  return g_strv_builder_end (builder);
}

/* The digits that place a code in the tree: trailing zeros dropped, but
 * never fewer than the two digits of the division. */
static gsize
significant_length (const char *code)
{
  gsize n = 8;

  while (n > 2 && code[n - 1] == '0')
    n--;
  return n;
}

gboolean
mutual_cpv_codes_related (const char *a,
                          const char *b)
{
  gsize la = significant_length (a), lb = significant_length (b);

  return strncmp (a, b, MIN (la, lb)) == 0;
}
