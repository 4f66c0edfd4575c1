/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <glib-object.h>

#include "mutual-version-macros.h"

G_BEGIN_DECLS

#define MUTUAL_TYPE_OBLIGATION (mutual_obligation_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualObligation, mutual_obligation, MUTUAL, OBLIGATION, GObject)

MUTUAL_AVAILABLE_IN_ALL
const char *mutual_obligation_get_code     (MutualObligation *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_obligation_get_title    (MutualObligation *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_obligation_get_citation (MutualObligation *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_obligation_get_due      (MutualObligation *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_obligation_get_done     (MutualObligation *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean    mutual_obligation_is_late_on   (MutualObligation *self,
                                            const char       *date);

G_END_DECLS
