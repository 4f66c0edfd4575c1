/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-membership.h"

G_BEGIN_DECLS

/* A membership with its fields set directly (the model file reader's
 * way, as for holdings: tens of thousands in a large model). The strings
 * are copied. */
MutualMembership *mutual_membership_new_fields (const char *member,
                                                const char *organisation,
                                                guint       votes);

G_END_DECLS
