/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-fraction.h"

G_BEGIN_DECLS

/* Exact arithmetic for the library's own use. Products and sums go through
 * 128-bit integers and are reduced; they fail (return FALSE) only when the
 * reduced result does not fit in 64 bits. */
void     mutual_fraction_init      (MutualFraction       *self,
                                    gint64                numerator,
                                    gint64                denominator);
gboolean mutual_fraction_add       (const MutualFraction *a,
                                    const MutualFraction *b,
                                    MutualFraction       *result);
gboolean mutual_fraction_multiply  (const MutualFraction *a,
                                    const MutualFraction *b,
                                    MutualFraction       *result);
gboolean mutual_fraction_reduce128 (__int128              numerator,
                                    __int128              denominator,
                                    MutualFraction       *result);

G_END_DECLS
