/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <glib-object.h>

#include "mutual-version-macros.h"

G_BEGIN_DECLS

#define MUTUAL_TYPE_MEMBERSHIP (mutual_membership_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualMembership, mutual_membership, MUTUAL, MEMBERSHIP, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualMembership *mutual_membership_new (const char *member,
                                         const char *organisation,
                                         guint votes);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_membership_get_member (MutualMembership *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_membership_get_organisation (MutualMembership *self);
MUTUAL_AVAILABLE_IN_ALL
guint mutual_membership_get_votes (MutualMembership *self);

G_END_DECLS
