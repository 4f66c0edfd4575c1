/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-comparison.h"
#include "mutual-event.h"
#include "mutual-model.h"

G_BEGIN_DECLS

#define MUTUAL_TYPE_TIMELINE (mutual_timeline_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualTimeline, mutual_timeline, MUTUAL, TIMELINE, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualModel       *mutual_timeline_get_base     (MutualTimeline  *self);
MUTUAL_AVAILABLE_IN_ALL
guint              mutual_timeline_get_n_events (MutualTimeline  *self);
MUTUAL_AVAILABLE_IN_ALL
MutualEvent       *mutual_timeline_get_event    (MutualTimeline  *self,
                                                 guint            index);
MUTUAL_AVAILABLE_IN_ALL
MutualModel       *mutual_timeline_get_state    (MutualTimeline  *self,
                                                 guint            index);
MUTUAL_AVAILABLE_IN_ALL
GListModel        *mutual_timeline_get_states   (MutualTimeline  *self);
MUTUAL_AVAILABLE_IN_ALL
MutualModel       *mutual_timeline_at           (MutualTimeline  *self,
                                                 const char      *date,
                                                 GError         **error);
MUTUAL_AVAILABLE_IN_ALL
MutualModel       *mutual_timeline_final        (MutualTimeline  *self);
MUTUAL_AVAILABLE_IN_ALL
MutualComparison  *mutual_timeline_compare      (MutualTimeline  *self,
                                                 const char      *from_date,
                                                 const char      *to_date,
                                                 GError         **error);

G_END_DECLS
