/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-model.h"
#include "mutual-transfer-liabilities.h"
#include "mutual-transfer-plan.h"

G_BEGIN_DECLS

#define MUTUAL_TYPE_TRANSFER_ANALYSIS (mutual_transfer_analysis_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualTransferAnalysis, mutual_transfer_analysis, MUTUAL, TRANSFER_ANALYSIS, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualTransferAnalysis    *mutual_transfer_analysis_new                 (MutualModel            *model,
                                                                         const char             *plan_id,
                                                                         GError                **error);
MUTUAL_AVAILABLE_IN_ALL
MutualModel               *mutual_transfer_analysis_get_model           (MutualTransferAnalysis *self);
MUTUAL_AVAILABLE_IN_ALL
MutualTransferPlan        *mutual_transfer_analysis_get_plan            (MutualTransferAnalysis *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel                *mutual_transfer_analysis_get_transferring    (MutualTransferAnalysis *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel                *mutual_transfer_analysis_get_not_transferring (MutualTransferAnalysis *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel                *mutual_transfer_analysis_check               (MutualTransferAnalysis *self,
                                                                         const char             *on,
                                                                         GError                **error);
MUTUAL_AVAILABLE_IN_ALL
GListModel                *mutual_transfer_analysis_get_calendar        (MutualTransferAnalysis *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel                *mutual_transfer_analysis_list_late           (MutualTransferAnalysis *self,
                                                                         const char             *on,
                                                                         GError                **error);
MUTUAL_AVAILABLE_IN_ALL
MutualTransferLiabilities *mutual_transfer_analysis_compute_liabilities (MutualTransferAnalysis *self,
                                                                         const char             *on,
                                                                         GError                **error);

G_END_DECLS
