/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-model.h"
#include "mutual-timeline.h"
#include "mutual-transfer-analysis.h"

G_BEGIN_DECLS

/**
 * MutualTimelineMark:
 * @MUTUAL_TIMELINE_MARK_PLAIN: a contract that is not reserved, an event, a transfer
 * @MUTUAL_TIMELINE_MARK_RESERVED: a contract reserved to a public service mutual
 * @MUTUAL_TIMELINE_MARK_PROTECTED: the protected period of a grace period
 * @MUTUAL_TIMELINE_MARK_DUE: something falls due: open competition, an obligation not yet done
 * @MUTUAL_TIMELINE_MARK_ALLOWED: something becomes allowed: the next reservation
 * @MUTUAL_TIMELINE_MARK_DONE: an obligation done in time
 * @MUTUAL_TIMELINE_MARK_LATE: an obligation that is late
 *
 * How a span or a marker of a [class@Mutual.TimelinePicture] is drawn, and
 * what its legend says. The mark is also the element's class in the SVG.
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_TIMELINE_MARK_PLAIN,
  MUTUAL_TIMELINE_MARK_RESERVED,
  MUTUAL_TIMELINE_MARK_PROTECTED,
  MUTUAL_TIMELINE_MARK_DUE,
  MUTUAL_TIMELINE_MARK_ALLOWED,
  MUTUAL_TIMELINE_MARK_DONE,
  MUTUAL_TIMELINE_MARK_LATE,
} MutualTimelineMark;

#define MUTUAL_TYPE_TIMELINE_PICTURE (mutual_timeline_picture_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualTimelinePicture, mutual_timeline_picture, MUTUAL, TIMELINE_PICTURE, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualTimelinePicture *mutual_timeline_picture_new             (const char             *title);
MUTUAL_AVAILABLE_IN_ALL
const char            *mutual_timeline_picture_get_title       (MutualTimelinePicture  *self);
MUTUAL_AVAILABLE_IN_ALL
void                   mutual_timeline_picture_set_title       (MutualTimelinePicture  *self,
                                                                const char             *title);
MUTUAL_AVAILABLE_IN_ALL
const char            *mutual_timeline_picture_get_as_at       (MutualTimelinePicture  *self);
MUTUAL_AVAILABLE_IN_ALL
void                   mutual_timeline_picture_set_as_at       (MutualTimelinePicture  *self,
                                                                const char             *date);
MUTUAL_AVAILABLE_IN_ALL
guint                  mutual_timeline_picture_get_n_lanes     (MutualTimelinePicture  *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean               mutual_timeline_picture_add_span        (MutualTimelinePicture  *self,
                                                                const char             *lane,
                                                                const char             *label,
                                                                const char             *start,
                                                                const char             *end,
                                                                const char             *extended_to,
                                                                MutualTimelineMark      mark,
                                                                GError                **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean               mutual_timeline_picture_add_marker      (MutualTimelinePicture  *self,
                                                                const char             *lane,
                                                                const char             *date,
                                                                const char             *label,
                                                                MutualTimelineMark      mark,
                                                                GError                **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean               mutual_timeline_picture_add_procurement (MutualTimelinePicture  *self,
                                                                MutualModel            *model,
                                                                GError                **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean               mutual_timeline_picture_add_transfer    (MutualTimelinePicture  *self,
                                                                MutualTransferAnalysis *analysis,
                                                                const char             *on,
                                                                GError                **error);
MUTUAL_AVAILABLE_IN_ALL
void                   mutual_timeline_picture_add_scenario    (MutualTimelinePicture  *self,
                                                                MutualTimeline         *timeline,
                                                                const char             *name);
MUTUAL_AVAILABLE_IN_ALL
gboolean               mutual_timeline_picture_add_model       (MutualTimelinePicture  *self,
                                                                MutualModel            *model,
                                                                GError                **error);
MUTUAL_AVAILABLE_IN_ALL
char                  *mutual_timeline_picture_to_svg          (MutualTimelinePicture  *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean               mutual_timeline_picture_save            (MutualTimelinePicture  *self,
                                                                const char             *path,
                                                                GError                **error);

G_END_DECLS
