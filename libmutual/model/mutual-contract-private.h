/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-contract.h"
#include "mutual-date-private.h"

G_BEGIN_DECLS

/* The key of a contract in the model's collection: its id. */
char     *mutual_contract_collection_key (gpointer         item);

/* Checks a contract on its own: a non-empty id, dates that parse and come
 * in order, at least one CPV code and every code in NNNNNNNN-N form, a
 * value that is not negative. The error starts with the contract's id; the
 * model file reader puts the member's path in front. */
gboolean  mutual_contract_check          (MutualContract  *self,
                                          GError         **error);

/* The contract's dates as days (MUTUAL_DAY_NONE when absent or, before
 * mutual_contract_check() passed, malformed). */
MutualDay mutual_contract_get_award_day        (MutualContract *self);
MutualDay mutual_contract_get_start_day        (MutualContract *self);
MutualDay mutual_contract_get_end_day          (MutualContract *self);
MutualDay mutual_contract_get_latest_end_day   (MutualContract *self);
/* The day the procurement began: procurement-start, or the award day when
 * the model does not say. */
MutualDay mutual_contract_get_begun_day        (MutualContract *self);

G_END_DECLS
