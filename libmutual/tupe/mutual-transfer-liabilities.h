/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <glib-object.h>

#include "mutual-version-macros.h"

G_BEGIN_DECLS

#define MUTUAL_TYPE_TRANSFER_LIABILITIES (mutual_transfer_liabilities_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualTransferLiabilities, mutual_transfer_liabilities, MUTUAL, TRANSFER_LIABILITIES, GObject)

MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_transfer_liabilities_get_date                  (MutualTransferLiabilities *self);
MUTUAL_AVAILABLE_IN_ALL
guint               mutual_transfer_liabilities_get_n_employees           (MutualTransferLiabilities *self);
MUTUAL_AVAILABLE_IN_ALL
guint               mutual_transfer_liabilities_get_n_qualifying          (MutualTransferLiabilities *self);
MUTUAL_AVAILABLE_IN_ALL
gint64              mutual_transfer_liabilities_get_weekly_pay_cap        (MutualTransferLiabilities *self);
MUTUAL_AVAILABLE_IN_ALL
const char * const *mutual_transfer_liabilities_get_staff_ids             (MutualTransferLiabilities *self);
MUTUAL_AVAILABLE_IN_ALL
const gint64       *mutual_transfer_liabilities_get_redundancy_pay        (MutualTransferLiabilities *self,
                                                                           gsize                     *n_items);
MUTUAL_AVAILABLE_IN_ALL
const gint64       *mutual_transfer_liabilities_get_protective_award      (MutualTransferLiabilities *self,
                                                                           gsize                     *n_items);
MUTUAL_AVAILABLE_IN_ALL
const gint64       *mutual_transfer_liabilities_get_eli_award             (MutualTransferLiabilities *self,
                                                                           gsize                     *n_items);
MUTUAL_AVAILABLE_IN_ALL
const gint64       *mutual_transfer_liabilities_get_annual_pay            (MutualTransferLiabilities *self,
                                                                           gsize                     *n_items);
MUTUAL_AVAILABLE_IN_ALL
gint64              mutual_transfer_liabilities_get_total_redundancy_pay  (MutualTransferLiabilities *self);
MUTUAL_AVAILABLE_IN_ALL
gint64              mutual_transfer_liabilities_get_total_protective_award (MutualTransferLiabilities *self);
MUTUAL_AVAILABLE_IN_ALL
gint64              mutual_transfer_liabilities_get_total_eli_award       (MutualTransferLiabilities *self);
MUTUAL_AVAILABLE_IN_ALL
gint64              mutual_transfer_liabilities_get_total_annual_pay      (MutualTransferLiabilities *self);
MUTUAL_AVAILABLE_IN_ALL
gint64              mutual_transfer_liabilities_get_total                 (MutualTransferLiabilities *self);

G_END_DECLS
