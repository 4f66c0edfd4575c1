/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include "mutual-model.h"
#include "mutual-staff-member.h"
#include "mutual-transfer-plan.h"

G_BEGIN_DECLS

MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_add_staff_member     (MutualModel        *self,
                                                       MutualStaffMember  *staff_member,
                                                       GError            **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_remove_staff_member  (MutualModel        *self,
                                                       const char         *id,
                                                       GError            **error);
MUTUAL_AVAILABLE_IN_ALL
MutualStaffMember  *mutual_model_lookup_staff_member  (MutualModel        *self,
                                                       const char         *id);
MUTUAL_AVAILABLE_IN_ALL
GListModel         *mutual_model_get_staff            (MutualModel        *self);

MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_add_transfer_plan    (MutualModel        *self,
                                                       MutualTransferPlan *plan,
                                                       GError            **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_remove_transfer_plan (MutualModel        *self,
                                                       const char         *id,
                                                       GError            **error);
MUTUAL_AVAILABLE_IN_ALL
MutualTransferPlan *mutual_model_lookup_transfer_plan (MutualModel        *self,
                                                       const char         *id);
MUTUAL_AVAILABLE_IN_ALL
GListModel         *mutual_model_get_transfer_plans   (MutualModel        *self);

G_END_DECLS
