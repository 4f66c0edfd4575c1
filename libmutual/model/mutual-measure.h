/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <glib-object.h>

#include "mutual-version-macros.h"

G_BEGIN_DECLS

/**
 * MutualMeasureKind:
 * @MUTUAL_MEASURE_KIND_OTHER: any other measure (new systems, a new payroll date)
 * @MUTUAL_MEASURE_KIND_CHANGE_OF_TERMS: a change to the terms of the transferring employees' contracts
 * @MUTUAL_MEASURE_KIND_DISMISSALS: dismissals of transferring or affected employees
 * @MUTUAL_MEASURE_KIND_RELOCATION: a change of the place of work
 *
 * What an envisaged measure does (TUPE 2006 reg 13(2)(d)).
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_MEASURE_KIND_OTHER,
  MUTUAL_MEASURE_KIND_CHANGE_OF_TERMS,
  MUTUAL_MEASURE_KIND_DISMISSALS,
  MUTUAL_MEASURE_KIND_RELOCATION,
} MutualMeasureKind;

/**
 * MutualMeasureReason:
 * @MUTUAL_MEASURE_REASON_TRANSFER: the sole or principal reason is the transfer itself
 * @MUTUAL_MEASURE_REASON_ETO: an economic, technical or organisational reason entailing changes in the workforce
 * @MUTUAL_MEASURE_REASON_CONTRACT: the contract of employment itself permits the change
 * @MUTUAL_MEASURE_REASON_UNCONNECTED: a reason unconnected with the transfer
 *
 * Why a measure is taken; for a change of terms or a dismissal it decides
 * whether the measure is void or automatically unfair (TUPE 2006 regs 4(4),
 * 4(5), 7(1)).
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_MEASURE_REASON_TRANSFER,
  MUTUAL_MEASURE_REASON_ETO,
  MUTUAL_MEASURE_REASON_CONTRACT,
  MUTUAL_MEASURE_REASON_UNCONNECTED,
} MutualMeasureReason;

#define MUTUAL_TYPE_MEASURE (mutual_measure_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualMeasure, mutual_measure, MUTUAL, MEASURE, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualMeasure       *mutual_measure_new             (const char          *description,
                                                     MutualMeasureKind    kind,
                                                     MutualMeasureReason  reason);
MUTUAL_AVAILABLE_IN_ALL
const char          *mutual_measure_get_description (MutualMeasure       *self);
MUTUAL_AVAILABLE_IN_ALL
MutualMeasureKind    mutual_measure_get_kind        (MutualMeasure       *self);
MUTUAL_AVAILABLE_IN_ALL
MutualMeasureReason  mutual_measure_get_reason      (MutualMeasure       *self);

G_END_DECLS
