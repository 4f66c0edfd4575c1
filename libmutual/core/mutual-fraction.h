/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <glib-object.h>

#include "mutual-version-macros.h"

G_BEGIN_DECLS

#define MUTUAL_TYPE_FRACTION (mutual_fraction_get_type ())

typedef struct _MutualFraction MutualFraction;

/**
 * MutualFraction:
 * @numerator: the numerator, never negative for shares of a total
 * @denominator: the denominator, always positive
 *
 * An exact ratio, always in lowest terms, such as a holder's share of a
 * company's votes. Legal thresholds are tested on fractions, never on
 * floating point: "more than 25%" and "exactly 25%" differ in law.
 *
 * Since: 1.0
 */
struct _MutualFraction
{
  gint64 numerator;
  gint64 denominator;
};

MUTUAL_AVAILABLE_IN_ALL
GType            mutual_fraction_get_type          (void) G_GNUC_CONST;
MUTUAL_AVAILABLE_IN_ALL
MutualFraction  *mutual_fraction_new               (gint64                numerator,
                                                    gint64                denominator);
MUTUAL_AVAILABLE_IN_ALL
MutualFraction  *mutual_fraction_new_parse         (const char           *text,
                                                    GError              **error);
MUTUAL_AVAILABLE_IN_ALL
MutualFraction  *mutual_fraction_copy              (const MutualFraction *self);
MUTUAL_AVAILABLE_IN_ALL
void             mutual_fraction_free              (MutualFraction       *self);
MUTUAL_AVAILABLE_IN_ALL
gint64           mutual_fraction_get_numerator     (const MutualFraction *self);
MUTUAL_AVAILABLE_IN_ALL
gint64           mutual_fraction_get_denominator   (const MutualFraction *self);
MUTUAL_AVAILABLE_IN_ALL
int              mutual_fraction_compare           (const MutualFraction *a,
                                                    const MutualFraction *b);
MUTUAL_AVAILABLE_IN_ALL
int              mutual_fraction_compare_ratio     (const MutualFraction *self,
                                                    gint64                numerator,
                                                    gint64                denominator);
MUTUAL_AVAILABLE_IN_ALL
gboolean         mutual_fraction_equal             (const MutualFraction *a,
                                                    const MutualFraction *b);
MUTUAL_AVAILABLE_IN_ALL
gboolean         mutual_fraction_is_zero           (const MutualFraction *self);
MUTUAL_AVAILABLE_IN_ALL
double           mutual_fraction_to_double         (const MutualFraction *self);
MUTUAL_AVAILABLE_IN_ALL
char            *mutual_fraction_to_string         (const MutualFraction *self);
MUTUAL_AVAILABLE_IN_ALL
char            *mutual_fraction_to_percent_string (const MutualFraction *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MutualFraction, mutual_fraction_free)

G_END_DECLS
