/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-timeline.h"

G_BEGIN_DECLS

/* Takes references on the arrays' contents (events[i] led to states[i]). */
MutualTimeline *mutual_timeline_new (MutualModel *base,
                                     GPtrArray   *events,
                                     GPtrArray   *states);

G_END_DECLS
