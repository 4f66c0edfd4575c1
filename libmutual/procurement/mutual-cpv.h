/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <glib.h>

#include "mutual-version-macros.h"
#include "mutual-contract.h"

G_BEGIN_DECLS

MUTUAL_AVAILABLE_IN_ALL
gboolean    mutual_cpv_code_is_reservable  (const char          *code,
                                            MutualReservedUnder  reserved_under);
MUTUAL_AVAILABLE_IN_ALL
char      **mutual_cpv_list_reservable     (MutualReservedUnder  reserved_under);

G_END_DECLS
