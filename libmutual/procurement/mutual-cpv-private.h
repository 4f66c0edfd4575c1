/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "mutual-cpv.h"

G_BEGIN_DECLS

/* The row of the reservable-services table whose eight digits are those of
 * @code, or NULL. The row's "code" may carry another check digit than
 * @code: callers compare (see mutual-cpv.c on why check digits are not
 * computed). @code must be valid. */
JsonObject *mutual_cpv_lookup_reservable (const char          *code,
                                          MutualReservedUnder  reserved_under);

/* Whether two valid codes name the same services: the same eight digits,
 * or one is an ancestor of the other in the CPV tree (85300000-2 "social
 * work" covers 85311000-2). */
gboolean    mutual_cpv_codes_related     (const char          *a,
                                          const char          *b);

G_END_DECLS
