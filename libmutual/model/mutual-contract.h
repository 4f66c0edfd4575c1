/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-model.h"

G_BEGIN_DECLS

/**
 * MutualProcedure:
 * @MUTUAL_PROCEDURE_UNKNOWN: the procedure is not known
 * @MUTUAL_PROCEDURE_OPEN: the open procedure (PCR 2015 reg 27; Procurement Act 2023 s20(2)(a))
 * @MUTUAL_PROCEDURE_RESTRICTED: the restricted procedure (PCR 2015 reg 28)
 * @MUTUAL_PROCEDURE_COMPETITIVE_PROCEDURE_WITH_NEGOTIATION: the competitive procedure with negotiation (PCR 2015 reg 29)
 * @MUTUAL_PROCEDURE_COMPETITIVE_DIALOGUE: competitive dialogue (PCR 2015 reg 30)
 * @MUTUAL_PROCEDURE_INNOVATION_PARTNERSHIP: an innovation partnership (PCR 2015 reg 31)
 * @MUTUAL_PROCEDURE_NEGOTIATED_WITHOUT_PRIOR_PUBLICATION: the negotiated procedure without prior publication (PCR 2015 reg 32)
 * @MUTUAL_PROCEDURE_LIGHT_TOUCH: a procedure the authority designed for light-touch services (PCR 2015 regs 74-76)
 * @MUTUAL_PROCEDURE_COMPETITIVE_FLEXIBLE: the competitive flexible procedure (Procurement Act 2023 s20(2)(b))
 * @MUTUAL_PROCEDURE_DIRECT_AWARD: a direct award without competition (Procurement Act 2023 s41, s43)
 * @MUTUAL_PROCEDURE_FRAMEWORK_CALL_OFF: a call-off under a framework agreement
 * @MUTUAL_PROCEDURE_OTHER: any other procedure
 *
 * The procedure by which a contract was awarded. Which procedures a
 * procurement may use depends on its regime (see
 * [enum@Mutual.ProcurementRegime]); a reservation under the Procurement Act
 * 2023 s33 needs the competitive flexible procedure.
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_PROCEDURE_UNKNOWN,
  MUTUAL_PROCEDURE_OPEN,
  MUTUAL_PROCEDURE_RESTRICTED,
  MUTUAL_PROCEDURE_COMPETITIVE_PROCEDURE_WITH_NEGOTIATION,
  MUTUAL_PROCEDURE_COMPETITIVE_DIALOGUE,
  MUTUAL_PROCEDURE_INNOVATION_PARTNERSHIP,
  MUTUAL_PROCEDURE_NEGOTIATED_WITHOUT_PRIOR_PUBLICATION,
  MUTUAL_PROCEDURE_LIGHT_TOUCH,
  MUTUAL_PROCEDURE_COMPETITIVE_FLEXIBLE,
  MUTUAL_PROCEDURE_DIRECT_AWARD,
  MUTUAL_PROCEDURE_FRAMEWORK_CALL_OFF,
  MUTUAL_PROCEDURE_OTHER,
} MutualProcedure;

/**
 * MutualReservedUnder:
 * @MUTUAL_RESERVED_UNDER_NONE: the contract was not reserved
 * @MUTUAL_RESERVED_UNDER_PCR_2015_REG_77: reserved to a qualifying organisation under the Public Contracts Regulations 2015 reg 77
 * @MUTUAL_RESERVED_UNDER_PROCUREMENT_ACT_2023_S33: reserved to a public service mutual under the Procurement Act 2023 s33
 *
 * The rule under which an authority reserved a contract, if any.
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_RESERVED_UNDER_NONE,
  MUTUAL_RESERVED_UNDER_PCR_2015_REG_77,
  MUTUAL_RESERVED_UNDER_PROCUREMENT_ACT_2023_S33,
} MutualReservedUnder;

MUTUAL_AVAILABLE_IN_ALL
const char *mutual_procedure_to_string      (MutualProcedure      procedure);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_reserved_under_to_string (MutualReservedUnder  reserved_under);

#define MUTUAL_TYPE_CONTRACT (mutual_contract_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualContract, mutual_contract, MUTUAL, CONTRACT, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualContract     *mutual_contract_new                   (const char         *id,
                                                           const char         *authority,
                                                           const char         *supplier,
                                                           const char * const *cpv_codes,
                                                           const char         *award_date,
                                                           const char         *start,
                                                           const char         *end);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_contract_get_id                (MutualContract     *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_contract_get_title             (MutualContract     *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_contract_get_authority         (MutualContract     *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_contract_get_supplier          (MutualContract     *self);
MUTUAL_AVAILABLE_IN_ALL
const char * const *mutual_contract_get_cpv_codes         (MutualContract     *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_contract_get_procurement_start (MutualContract     *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_contract_get_award_date        (MutualContract     *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_contract_get_start             (MutualContract     *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_contract_get_end               (MutualContract     *self);
MUTUAL_AVAILABLE_IN_ALL
guint               mutual_contract_get_extension_months  (MutualContract     *self);
MUTUAL_AVAILABLE_IN_ALL
char               *mutual_contract_dup_latest_end        (MutualContract     *self);
MUTUAL_AVAILABLE_IN_ALL
gint64              mutual_contract_get_value             (MutualContract     *self);
MUTUAL_AVAILABLE_IN_ALL
MutualProcedure     mutual_contract_get_procedure         (MutualContract     *self);
MUTUAL_AVAILABLE_IN_ALL
MutualReservedUnder mutual_contract_get_reserved_under    (MutualContract     *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_contract_get_notes             (MutualContract     *self);

/* The model's contracts (libmutual/procurement/mutual-model-contracts.c). */

MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_add_contract             (MutualModel        *self,
                                                           MutualContract     *contract,
                                                           GError            **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_replace_contract         (MutualModel        *self,
                                                           MutualContract     *contract,
                                                           GError            **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_remove_contract          (MutualModel        *self,
                                                           const char         *id,
                                                           GError            **error);
MUTUAL_AVAILABLE_IN_ALL
MutualContract     *mutual_model_lookup_contract          (MutualModel        *self,
                                                           const char         *id);
MUTUAL_AVAILABLE_IN_ALL
GListModel         *mutual_model_get_contracts            (MutualModel        *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_validate_contracts       (MutualModel        *self,
                                                           GError            **error);

MUTUAL_AVAILABLE_IN_ALL
gboolean    mutual_cpv_code_validate       (const char          *code,
                                            GError             **error);

G_END_DECLS
