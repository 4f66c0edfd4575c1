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
 * MutualDirectness:
 * @MUTUAL_DIRECTNESS_DIRECT: the interest is held directly, with no intermediary
 * @MUTUAL_DIRECTNESS_INDIRECT: the interest is held through intermediate entities or agents
 * @MUTUAL_DIRECTNESS_UNKNOWN: the publisher does not know
 *
 * How directly an interest is held (BODS `directOrIndirect`).
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_DIRECTNESS_DIRECT,
  MUTUAL_DIRECTNESS_INDIRECT,
  MUTUAL_DIRECTNESS_UNKNOWN,
} MutualDirectness;

#define MUTUAL_TYPE_BODS_INTEREST (mutual_bods_interest_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualBodsInterest, mutual_bods_interest, MUTUAL, BODS_INTEREST, GObject)

MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_bods_interest_get_relationship_id    (MutualBodsInterest *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_bods_interest_get_statement_id       (MutualBodsInterest *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_bods_interest_get_subject            (MutualBodsInterest *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_bods_interest_get_interested_party   (MutualBodsInterest *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_bods_interest_get_interest_type      (MutualBodsInterest *self);
MUTUAL_AVAILABLE_IN_ALL
MutualDirectness      mutual_bods_interest_get_directness         (MutualBodsInterest *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean              mutual_bods_interest_get_beneficial         (MutualBodsInterest *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_bods_interest_get_details            (MutualBodsInterest *self);
MUTUAL_AVAILABLE_IN_ALL
const MutualFraction *mutual_bods_interest_get_share_minimum      (MutualBodsInterest *self);
MUTUAL_AVAILABLE_IN_ALL
const MutualFraction *mutual_bods_interest_get_share_maximum      (MutualBodsInterest *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean              mutual_bods_interest_get_minimum_exclusive  (MutualBodsInterest *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean              mutual_bods_interest_get_maximum_exclusive  (MutualBodsInterest *self);
MUTUAL_AVAILABLE_IN_ALL
const MutualFraction *mutual_bods_interest_get_share_exact        (MutualBodsInterest *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_bods_interest_get_start_date         (MutualBodsInterest *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_bods_interest_get_end_date           (MutualBodsInterest *self);
MUTUAL_AVAILABLE_IN_ALL
const char * const   *mutual_bods_interest_get_components         (MutualBodsInterest *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean              mutual_bods_interest_get_is_component       (MutualBodsInterest *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean              mutual_bods_interest_is_in_force            (MutualBodsInterest *self,
                                                                   const char         *date);
MUTUAL_AVAILABLE_IN_ALL
char                 *mutual_bods_interest_describe_share         (MutualBodsInterest *self);

G_END_DECLS
