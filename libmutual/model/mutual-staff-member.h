/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <glib-object.h>

#include "mutual-version-macros.h"
#include "mutual-fraction.h"

G_BEGIN_DECLS

/**
 * MutualPensionScheme:
 * @MUTUAL_PENSION_SCHEME_NONE: no occupational pension scheme
 * @MUTUAL_PENSION_SCHEME_LGPS: the Local Government Pension Scheme
 * @MUTUAL_PENSION_SCHEME_NHS: the NHS Pension Scheme
 * @MUTUAL_PENSION_SCHEME_CIVIL_SERVICE: the civil service pension arrangements (PCSPS, alpha)
 * @MUTUAL_PENSION_SCHEME_TEACHERS: the Teachers' Pension Scheme
 * @MUTUAL_PENSION_SCHEME_OTHER_PUBLIC_SERVICE: another public service pension scheme
 * @MUTUAL_PENSION_SCHEME_DEFINED_BENEFIT: a private sector defined benefit scheme
 * @MUTUAL_PENSION_SCHEME_DEFINED_CONTRIBUTION: a defined contribution (money purchase) or stakeholder scheme
 *
 * The occupational pension scheme a member of staff belongs to before a
 * transfer. It decides which pension protection applies: New Fair Deal,
 * the Best Value direction for local government, or the Pensions Act 2004
 * minimum.
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_PENSION_SCHEME_NONE,
  MUTUAL_PENSION_SCHEME_LGPS,
  MUTUAL_PENSION_SCHEME_NHS,
  MUTUAL_PENSION_SCHEME_CIVIL_SERVICE,
  MUTUAL_PENSION_SCHEME_TEACHERS,
  MUTUAL_PENSION_SCHEME_OTHER_PUBLIC_SERVICE,
  MUTUAL_PENSION_SCHEME_DEFINED_BENEFIT,
  MUTUAL_PENSION_SCHEME_DEFINED_CONTRIBUTION,
} MutualPensionScheme;

MUTUAL_AVAILABLE_IN_ALL
const char *mutual_pension_scheme_to_string   (MutualPensionScheme  scheme);
MUTUAL_AVAILABLE_IN_ALL
gboolean    mutual_pension_scheme_from_string (const char          *text,
                                               MutualPensionScheme *out_scheme);
MUTUAL_AVAILABLE_IN_ALL
gboolean    mutual_pension_scheme_is_public_service (MutualPensionScheme scheme);

#define MUTUAL_TYPE_STAFF_MEMBER (mutual_staff_member_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualStaffMember, mutual_staff_member, MUTUAL, STAFF_MEMBER, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualStaffMember    *mutual_staff_member_new                     (const char        *id,
                                                                   const char        *employer,
                                                                   const char        *started,
                                                                   const char        *born,
                                                                   gint64             weekly_pay);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_staff_member_get_id                  (MutualStaffMember *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_staff_member_get_name                (MutualStaffMember *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_staff_member_get_employer            (MutualStaffMember *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_staff_member_get_grouping            (MutualStaffMember *self);
MUTUAL_AVAILABLE_IN_ALL
const MutualFraction *mutual_staff_member_get_assignment          (MutualStaffMember *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean              mutual_staff_member_get_temporary           (MutualStaffMember *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_staff_member_get_started             (MutualStaffMember *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_staff_member_get_born                (MutualStaffMember *self);
MUTUAL_AVAILABLE_IN_ALL
gint64                mutual_staff_member_get_weekly_pay          (MutualStaffMember *self);
MUTUAL_AVAILABLE_IN_ALL
double                mutual_staff_member_get_hours               (MutualStaffMember *self);
MUTUAL_AVAILABLE_IN_ALL
MutualPensionScheme   mutual_staff_member_get_pension_scheme      (MutualStaffMember *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_staff_member_get_collective_agreement (MutualStaffMember *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean              mutual_staff_member_get_objected            (MutualStaffMember *self);

G_END_DECLS
