/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-holding.h"

G_BEGIN_DECLS

/* A holding with its fields set directly: a model file can hold millions
 * of holdings, and setting three properties through GValues costs more
 * than reading them. The strings are copied. */
MutualHolding *mutual_holding_new_fields (const char *holder,
                                          const char *share_class,
                                          gint64      count);

G_END_DECLS
