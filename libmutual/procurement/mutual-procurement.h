/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-contract.h"
#include "mutual-grace-period.h"
#include "mutual-model.h"

G_BEGIN_DECLS

/**
 * MutualProcurementRegime:
 * @MUTUAL_PROCUREMENT_REGIME_NONE: before any regime libmutual knows (before 31 January 2006)
 * @MUTUAL_PROCUREMENT_REGIME_PCR_2006: the Public Contracts Regulations 2006: no reservation for mutuals
 * @MUTUAL_PROCUREMENT_REGIME_PCR_2015: the Public Contracts Regulations 2015, for procurements begun from 26 February 2015: reservation under reg 77
 * @MUTUAL_PROCUREMENT_REGIME_PROCUREMENT_ACT_2023: the Procurement Act 2023, for procurements begun from 24 February 2025: reservation under s33
 *
 * The rules that govern a procurement, chosen by the day it began. The
 * dates come from a rule table.
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_PROCUREMENT_REGIME_NONE,
  MUTUAL_PROCUREMENT_REGIME_PCR_2006,
  MUTUAL_PROCUREMENT_REGIME_PCR_2015,
  MUTUAL_PROCUREMENT_REGIME_PROCUREMENT_ACT_2023,
} MutualProcurementRegime;

MUTUAL_AVAILABLE_IN_ALL
MutualProcurementRegime mutual_procurement_regime_for_date          (const char              *date,
                                                                     GError                 **error);
MUTUAL_AVAILABLE_IN_ALL
MutualReservedUnder     mutual_procurement_regime_get_reservation   (MutualProcurementRegime  regime);
MUTUAL_AVAILABLE_IN_ALL
const char             *mutual_procurement_regime_to_string         (MutualProcurementRegime  regime);

#define MUTUAL_TYPE_PROCUREMENT (mutual_procurement_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualProcurement, mutual_procurement, MUTUAL, PROCUREMENT, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualProcurement *mutual_procurement_new                   (MutualModel        *model);
MUTUAL_AVAILABLE_IN_ALL
MutualModel       *mutual_procurement_get_model             (MutualProcurement  *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel        *mutual_procurement_check_contract        (MutualProcurement  *self,
                                                             const char         *contract,
                                                             GError            **error);
MUTUAL_AVAILABLE_IN_ALL
GListModel        *mutual_procurement_check                 (MutualProcurement  *self,
                                                             const char         *supplier,
                                                             const char         *authority,
                                                             GError            **error);
MUTUAL_AVAILABLE_IN_ALL
MutualGracePeriod *mutual_procurement_get_grace_period      (MutualProcurement  *self,
                                                             const char         *supplier,
                                                             const char         *authority,
                                                             GError            **error);
MUTUAL_AVAILABLE_IN_ALL
GListModel        *mutual_procurement_list_grace_periods    (MutualProcurement  *self,
                                                             const char         *supplier,
                                                             const char         *authority,
                                                             GError            **error);

G_END_DECLS
