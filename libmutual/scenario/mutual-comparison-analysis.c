/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-comparison-private.h"

/* Interests, control, PSC entries and qualification results compared with
 * the analysis layer. */
void
mutual_comparison_add_analysis (MutualComparison *self,
                                MutualModel      *before,
                                MutualModel      *after)
{
}
