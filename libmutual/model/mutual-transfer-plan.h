/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-fraction.h"
#include "mutual-measure.h"
#include "mutual-staff-member.h"

G_BEGIN_DECLS

/**
 * MutualJurisdiction:
 * @MUTUAL_JURISDICTION_GREAT_BRITAIN: England, Wales and Scotland (ERA 1996, TUPE 2006 as it applies in Great Britain)
 * @MUTUAL_JURISDICTION_NORTHERN_IRELAND: Northern Ireland (Employment Rights (Northern Ireland) Order 1996), with its own limits
 *
 * Where an employment is governed: it decides which weekly pay caps apply.
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_JURISDICTION_GREAT_BRITAIN,
  MUTUAL_JURISDICTION_NORTHERN_IRELAND,
} MutualJurisdiction;

/**
 * MutualRepresentatives:
 * @MUTUAL_REPRESENTATIVES_RECOGNISED_UNION: representatives of an independent trade union the employer recognises
 * @MUTUAL_REPRESENTATIVES_ELECTED: employee representatives elected (or already in place) for the purpose
 * @MUTUAL_REPRESENTATIVES_NONE: no representatives: the employer informs and consults employees directly
 *
 * Who the employers inform and consult (TUPE 2006 reg 13(3), 13A).
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_REPRESENTATIVES_RECOGNISED_UNION,
  MUTUAL_REPRESENTATIVES_ELECTED,
  MUTUAL_REPRESENTATIVES_NONE,
} MutualRepresentatives;

/**
 * MutualPensionProvision:
 * @MUTUAL_PENSION_PROVISION_NONE: the transferee offers no pension
 * @MUTUAL_PENSION_PROVISION_STATUTORY_MINIMUM: the Pensions Act 2004 minimum: contributions matching the employee's up to 6% of basic pay, or a defined benefit scheme meeting the standard
 * @MUTUAL_PENSION_PROVISION_BROADLY_COMPARABLE: a scheme certified broadly comparable with the public service scheme
 * @MUTUAL_PENSION_PROVISION_PUBLIC_SCHEME_ACCESS: continued membership of the public service scheme (an admission agreement)
 *
 * The pension the transferee gives transferred staff, from least to most.
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_PENSION_PROVISION_NONE,
  MUTUAL_PENSION_PROVISION_STATUTORY_MINIMUM,
  MUTUAL_PENSION_PROVISION_BROADLY_COMPARABLE,
  MUTUAL_PENSION_PROVISION_PUBLIC_SCHEME_ACCESS,
} MutualPensionProvision;

/**
 * MutualEliContents:
 * @MUTUAL_ELI_CONTENTS_NONE: nothing recorded
 * @MUTUAL_ELI_CONTENTS_IDENTITY_AND_AGE: each employee's identity and age (reg 11(2)(a))
 * @MUTUAL_ELI_CONTENTS_PARTICULARS: the written statement of particulars under ERA 1996 s1 (reg 11(2)(b))
 * @MUTUAL_ELI_CONTENTS_DISCIPLINARY_GRIEVANCE: disciplinary and grievance proceedings in the last two years (reg 11(2)(c))
 * @MUTUAL_ELI_CONTENTS_CLAIMS: claims in the last two years and claims reasonably expected (reg 11(2)(d)-(e))
 * @MUTUAL_ELI_CONTENTS_COLLECTIVE_AGREEMENTS: collective agreements that will have effect after the transfer (reg 11(2)(f))
 * @MUTUAL_ELI_CONTENTS_ALL: everything reg 11(2) asks for
 *
 * What the employee liability information sent to the transferee contained.
 *
 * Since: 1.0
 */
typedef enum /*< flags >*/ {
  MUTUAL_ELI_CONTENTS_NONE = 0,
  MUTUAL_ELI_CONTENTS_IDENTITY_AND_AGE = 1 << 0,
  MUTUAL_ELI_CONTENTS_PARTICULARS = 1 << 1,
  MUTUAL_ELI_CONTENTS_DISCIPLINARY_GRIEVANCE = 1 << 2,
  MUTUAL_ELI_CONTENTS_CLAIMS = 1 << 3,
  MUTUAL_ELI_CONTENTS_COLLECTIVE_AGREEMENTS = 1 << 4,
  MUTUAL_ELI_CONTENTS_ALL = (1 << 5) - 1,
} MutualEliContents;

#define MUTUAL_TYPE_TRANSFER_PLAN (mutual_transfer_plan_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualTransferPlan, mutual_transfer_plan, MUTUAL, TRANSFER_PLAN, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualTransferPlan    *mutual_transfer_plan_new                         (const char         *id,
                                                                         const char * const *transferors,
                                                                         const char         *transferee,
                                                                         const char         *transfer_date,
                                                                         const char         *grouping);
MUTUAL_AVAILABLE_IN_ALL
const char            *mutual_transfer_plan_get_id                      (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
const char            *mutual_transfer_plan_get_name                    (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
const char * const    *mutual_transfer_plan_get_transferors             (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
const char            *mutual_transfer_plan_get_transferee              (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
const char            *mutual_transfer_plan_get_transfer_date           (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
const char            *mutual_transfer_plan_get_grouping                (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
MutualJurisdiction     mutual_transfer_plan_get_jurisdiction            (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
const MutualFraction  *mutual_transfer_plan_get_assignment_threshold    (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean               mutual_transfer_plan_get_assignment_strict       (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel            *mutual_transfer_plan_get_measures                (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
MutualRepresentatives  mutual_transfer_plan_get_representatives         (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
const char            *mutual_transfer_plan_get_information_given       (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
const char            *mutual_transfer_plan_get_consultation_held       (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
const char            *mutual_transfer_plan_get_eli_sent                (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
MutualEliContents      mutual_transfer_plan_get_eli_contents            (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
MutualPensionProvision mutual_transfer_plan_get_pension_provision       (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
guint                  mutual_transfer_plan_get_proposed_dismissals     (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
const char            *mutual_transfer_plan_get_first_dismissal         (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
const char            *mutual_transfer_plan_get_redundancy_consultation (MutualTransferPlan *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean               mutual_transfer_plan_has_transferor              (MutualTransferPlan *self,
                                                                         const char         *party);
MUTUAL_AVAILABLE_IN_ALL
gboolean               mutual_transfer_plan_assigns                     (MutualTransferPlan *self,
                                                                         MutualStaffMember  *staff_member);

G_END_DECLS
