/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "mutual-date-private.h"
#include "mutual-fraction.h"

G_BEGIN_DECLS

/* Rule tables: dated, cited figures shipped as JSON in the library's
 * GResource (libmutual/core/rules/NAME.json). Each table is
 *   { "table": NAME, "description": ..., "rows": [ { "from": "YYYY-MM-DD",
 *     "citation": ..., ...figures... }, ... ] }
 * with rows in ascending "from" order. A new April's figure is one new row.
 * Tables ship with the library, so a missing or malformed table is a bug in
 * the library, not bad input: the accessors abort with a message. */

JsonArray  *mutual_rules_get_rows        (const char *table);
JsonObject *mutual_rules_row_in_force    (const char *table,
                                          MutualDay   day);
JsonObject *mutual_rules_get_row         (const char *table,
                                          const char *key_member,
                                          const char *key);
void        mutual_rules_get_fraction    (JsonObject *row,
                                          const char *member,
                                          MutualFraction *out);

G_END_DECLS
