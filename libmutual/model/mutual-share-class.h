/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <glib-object.h>

#include "mutual-version-macros.h"

G_BEGIN_DECLS

/**
 * MutualSpecialRights:
 * @MUTUAL_SPECIAL_RIGHTS_NONE: no special rights
 * @MUTUAL_SPECIAL_RIGHTS_VETO_RESERVED_MATTERS: a holder can veto the matters reserved in the articles (a golden share)
 * @MUTUAL_SPECIAL_RIGHTS_APPOINT_DIRECTORS: a holder can appoint directors (the number is a board right)
 * @MUTUAL_SPECIAL_RIGHTS_NO_TRANSFER: the shares may not be transferred without consent
 *
 * Rights attached to a share class beyond votes, dividends and capital.
 * They are stated, never guessed from a name.
 *
 * Since: 1.0
 */
typedef enum /*< flags >*/ {
  MUTUAL_SPECIAL_RIGHTS_NONE = 0,
  MUTUAL_SPECIAL_RIGHTS_VETO_RESERVED_MATTERS = 1 << 0,
  MUTUAL_SPECIAL_RIGHTS_APPOINT_DIRECTORS = 1 << 1,
  MUTUAL_SPECIAL_RIGHTS_NO_TRANSFER = 1 << 2,
} MutualSpecialRights;

#define MUTUAL_TYPE_SHARE_CLASS (mutual_share_class_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualShareClass, mutual_share_class, MUTUAL, SHARE_CLASS, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualShareClass *mutual_share_class_new (const char *id,
                                          const char *issuer,
                                          const char *name);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_share_class_get_id (MutualShareClass *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_share_class_get_issuer (MutualShareClass *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_share_class_get_name (MutualShareClass *self);
MUTUAL_AVAILABLE_IN_ALL
guint mutual_share_class_get_votes_per_share (MutualShareClass *self);
MUTUAL_AVAILABLE_IN_ALL
guint mutual_share_class_get_dividend_weight (MutualShareClass *self);
MUTUAL_AVAILABLE_IN_ALL
guint mutual_share_class_get_capital_weight (MutualShareClass *self);
MUTUAL_AVAILABLE_IN_ALL
gint64 mutual_share_class_get_nominal_value (MutualShareClass *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean mutual_share_class_get_ordinary (MutualShareClass *self);
MUTUAL_AVAILABLE_IN_ALL
MutualSpecialRights mutual_share_class_get_special_rights (MutualShareClass *self);

G_END_DECLS
