/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <glib-object.h>

#include "mutual-version-macros.h"
#include "mutual-transfer-plan.h"

G_BEGIN_DECLS

#define MUTUAL_TYPE_REDUNDANCY_PAY (mutual_redundancy_pay_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualRedundancyPay, mutual_redundancy_pay, MUTUAL, REDUNDANCY_PAY, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualRedundancyPay *mutual_redundancy_pay_compute           (const char          *born,
                                                              const char          *started,
                                                              const char          *ends,
                                                              gint64               weekly_pay,
                                                              MutualJurisdiction   jurisdiction,
                                                              GError             **error);
MUTUAL_AVAILABLE_IN_ALL
gint64               mutual_redundancy_pay_get_pence         (MutualRedundancyPay *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean             mutual_redundancy_pay_get_qualifies     (MutualRedundancyPay *self);
MUTUAL_AVAILABLE_IN_ALL
guint                mutual_redundancy_pay_get_years         (MutualRedundancyPay *self);
MUTUAL_AVAILABLE_IN_ALL
guint                mutual_redundancy_pay_get_years_counted (MutualRedundancyPay *self);
MUTUAL_AVAILABLE_IN_ALL
guint                mutual_redundancy_pay_get_half_weeks    (MutualRedundancyPay *self);
MUTUAL_AVAILABLE_IN_ALL
gint64               mutual_redundancy_pay_get_weekly_pay    (MutualRedundancyPay *self);
MUTUAL_AVAILABLE_IN_ALL
gint64               mutual_redundancy_pay_get_week_counted  (MutualRedundancyPay *self);
MUTUAL_AVAILABLE_IN_ALL
gint64               mutual_redundancy_pay_get_cap           (MutualRedundancyPay *self);
MUTUAL_AVAILABLE_IN_ALL
const char          *mutual_redundancy_pay_get_cap_from      (MutualRedundancyPay *self);
MUTUAL_AVAILABLE_IN_ALL
const char          *mutual_redundancy_pay_get_citation      (MutualRedundancyPay *self);
MUTUAL_AVAILABLE_IN_ALL
gint64               mutual_redundancy_pay_get_cap_at        (const char          *date,
                                                              MutualJurisdiction   jurisdiction,
                                                              GError             **error);

G_END_DECLS
