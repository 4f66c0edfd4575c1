/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-date-private.h"
#include "mutual-model.h"
#include "mutual-staff-member.h"
#include "mutual-transfer-plan.h"

G_BEGIN_DECLS

/* What the model, io and tupe layers share about staff members and
 * transfer plans:
 * the collections' key functions, reference checks for
 * mutual_model_validate(), and a constructor that sets fields directly
 * (100,000 staff from a CSV file are 100,000 objects: setting a dozen
 * properties through GValues each would cost more than the parsing). */

char     *mutual_staff_member_key           (gpointer item);
char     *mutual_transfer_plan_key          (gpointer item);
gboolean  mutual_model_validate_staff_refs        (MutualModel  *model,
                                             GError      **error);
gboolean  mutual_model_validate_plan_refs        (MutualModel  *model,
                                             GError      **error);

/* Fields of a staff member as plain values. Strings are copied; the
 * assignment may be NULL (= wholly assigned). Dates must be valid. */
typedef struct
{
  const char *id;
  const char *name;
  const char *employer;
  const char *grouping;
  const MutualFraction *assignment;
  gboolean temporary;
  MutualDay started;
  MutualDay born;
  gint64 weekly_pay;
  double hours;
  MutualPensionScheme pension_scheme;
  const char *collective_agreement;
  gboolean objected;
} MutualStaffFields;

MutualStaffMember *mutual_staff_member_new_from_fields (const MutualStaffFields *fields);
gboolean           mutual_staff_fields_check           (const MutualStaffFields *fields,
                                                        GError                 **error);
MutualDay          mutual_staff_member_get_started_day (MutualStaffMember *self);
MutualDay          mutual_staff_member_get_born_day    (MutualStaffMember *self);

MutualDay          mutual_transfer_plan_get_day        (MutualTransferPlan *self,
                                                        const char         *which);


G_END_DECLS
