/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-comparison.h"

G_BEGIN_DECLS

MutualChange *mutual_change_new              (MutualChangeKind  kind,
                                              const char       *company,
                                              const char       *party,
                                              const char       *measure,
                                              const char       *before,
                                              const char       *after,
                                              double            before_value,
                                              double            after_value,
                                              const char       *message);
/* Takes the change. */
void          mutual_comparison_add          (MutualComparison *self,
                                              MutualChange     *change);
/* The parts the analysis layer computes: interests, control, PSC,
 * qualification (mutual-comparison-analysis.c). */
void          mutual_comparison_add_analysis (MutualComparison *self,
                                              MutualModel      *before,
                                              MutualModel      *after);

G_END_DECLS
