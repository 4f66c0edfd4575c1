/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <glib-object.h>

#include "mutual-version-macros.h"

G_BEGIN_DECLS

#define MUTUAL_TYPE_HOLDING (mutual_holding_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualHolding, mutual_holding, MUTUAL, HOLDING, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualHolding *mutual_holding_new (const char *holder,
                                   const char *share_class,
                                   gint64 count);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_holding_get_holder (MutualHolding *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_holding_get_share_class (MutualHolding *self);
MUTUAL_AVAILABLE_IN_ALL
gint64 mutual_holding_get_count (MutualHolding *self);

G_END_DECLS
