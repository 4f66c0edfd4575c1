/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-analysis.h"

G_BEGIN_DECLS

#define MUTUAL_TYPE_CONTROL (mutual_control_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualControl, mutual_control, MUTUAL, CONTROL, GObject)

MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_control_get_company           (MutualControl *self);
MUTUAL_AVAILABLE_IN_ALL
const char * const *mutual_control_get_ordinary          (MutualControl *self);
MUTUAL_AVAILABLE_IN_ALL
const char * const *mutual_control_get_special           (MutualControl *self);
MUTUAL_AVAILABLE_IN_ALL
const char * const *mutual_control_get_block_special     (MutualControl *self);
MUTUAL_AVAILABLE_IN_ALL
const char * const *mutual_control_get_board_controllers (MutualControl *self);
MUTUAL_AVAILABLE_IN_ALL
const char * const *mutual_control_get_veto_holders      (MutualControl *self);
MUTUAL_AVAILABLE_IN_ALL
const char * const *mutual_control_get_deciders          (MutualControl    *self,
                                                          MutualResolution  resolution);

MUTUAL_AVAILABLE_IN_ALL
MutualControl  *mutual_analysis_control                   (MutualAnalysis      *self,
                                                           const char          *company,
                                                           GError             **error);
MUTUAL_AVAILABLE_IN_ALL
MutualFraction *mutual_analysis_coalition_votes           (MutualAnalysis      *self,
                                                           const char          *company,
                                                           const char * const  *coalition,
                                                           GError             **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_analysis_coalition_can             (MutualAnalysis      *self,
                                                           const char          *company,
                                                           MutualResolution     resolution,
                                                           const char * const  *coalition,
                                                           GError             **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_analysis_coalition_controls_board  (MutualAnalysis      *self,
                                                           const char          *company,
                                                           const char * const  *coalition,
                                                           GError             **error);

MUTUAL_AVAILABLE_IN_ALL
GListModel     *mutual_analysis_power                     (MutualAnalysis      *self,
                                                           const char          *company,
                                                           MutualResolution     resolution,
                                                           GError             **error);

G_END_DECLS
