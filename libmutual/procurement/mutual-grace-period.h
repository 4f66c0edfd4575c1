/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"

G_BEGIN_DECLS

#define MUTUAL_TYPE_GRACE_PERIOD (mutual_grace_period_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualGracePeriod, mutual_grace_period, MUTUAL, GRACE_PERIOD, GObject)

MUTUAL_AVAILABLE_IN_ALL
const char *mutual_grace_period_get_supplier                 (MutualGracePeriod *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_grace_period_get_authority                (MutualGracePeriod *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_grace_period_get_start                    (MutualGracePeriod *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_grace_period_get_end                      (MutualGracePeriod *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_grace_period_get_open_competition_due     (MutualGracePeriod *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_grace_period_get_next_reservation_allowed (MutualGracePeriod *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel *mutual_grace_period_get_timeline                 (MutualGracePeriod *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel *mutual_grace_period_get_findings                 (MutualGracePeriod *self);

G_END_DECLS
