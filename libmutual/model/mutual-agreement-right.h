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
 * MutualDimension:
 * @MUTUAL_DIMENSION_SHARES: shares, by nominal value
 * @MUTUAL_DIMENSION_VOTES: voting rights
 * @MUTUAL_DIMENSION_PROFITS: rights to distributable profits (dividends)
 * @MUTUAL_DIMENSION_CAPITAL: rights to assets on a winding up
 *
 * A dimension in which the law measures an interest in a company. The
 * tests differ: PSC counts shares and votes (Companies Act 2006 Sch 1A),
 * an employee ownership trust needs more than half of all four (TCGA 1992
 * s236M).
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_DIMENSION_SHARES,
  MUTUAL_DIMENSION_VOTES,
  MUTUAL_DIMENSION_PROFITS,
  MUTUAL_DIMENSION_CAPITAL,
} MutualDimension;

MUTUAL_AVAILABLE_IN_ALL
const char *mutual_dimension_to_string   (MutualDimension  dimension);
MUTUAL_AVAILABLE_IN_ALL
gboolean    mutual_dimension_from_string (const char      *text,
                                          MutualDimension *out_dimension);

#define MUTUAL_TYPE_AGREEMENT_RIGHT (mutual_agreement_right_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualAgreementRight, mutual_agreement_right, MUTUAL, AGREEMENT_RIGHT, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualAgreementRight *mutual_agreement_right_new (const char *holder,
                                                  const char *company,
                                                  MutualDimension dimension,
                                                  const MutualFraction *share);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_agreement_right_get_holder (MutualAgreementRight *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_agreement_right_get_company (MutualAgreementRight *self);
MUTUAL_AVAILABLE_IN_ALL
MutualDimension mutual_agreement_right_get_dimension (MutualAgreementRight *self);
MUTUAL_AVAILABLE_IN_ALL
const MutualFraction *mutual_agreement_right_get_share (MutualAgreementRight *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean mutual_agreement_right_get_veto (MutualAgreementRight *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_agreement_right_get_source (MutualAgreementRight *self);

G_END_DECLS
