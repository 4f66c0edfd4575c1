/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-fraction.h"
#include "mutual-model.h"

G_BEGIN_DECLS

/**
 * MutualResolution:
 * @MUTUAL_RESOLUTION_ORDINARY: an ordinary resolution: more than half of the votes (Companies Act 2006 s282)
 * @MUTUAL_RESOLUTION_SPECIAL: a special resolution: 75% of the votes or more (Companies Act 2006 s283)
 * @MUTUAL_RESOLUTION_BLOCK_SPECIAL: blocking a special resolution: more than 25% of the votes
 *
 * A decision of the members of a company, by the share of the votes it
 * takes. The thresholds are exact and come from the rule table
 * `company-law.json`.
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_RESOLUTION_ORDINARY,
  MUTUAL_RESOLUTION_SPECIAL,
  MUTUAL_RESOLUTION_BLOCK_SPECIAL,
} MutualResolution;

MUTUAL_AVAILABLE_IN_ALL
void mutual_resolution_get_quota (MutualResolution  resolution,
                                  MutualFraction   *out_quota,
                                  gboolean         *out_strict);

#define MUTUAL_TYPE_ANALYSIS (mutual_analysis_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualAnalysis, mutual_analysis, MUTUAL, ANALYSIS, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualAnalysis       *mutual_analysis_new                                 (MutualModel          *model);
MUTUAL_AVAILABLE_IN_ALL
char                **mutual_analysis_dup_companies                       (MutualAnalysis       *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_analysis_get_date                            (MutualAnalysis       *self);
MUTUAL_AVAILABLE_IN_ALL
MutualParty          *mutual_analysis_lookup_party                        (MutualAnalysis       *self,
                                                                           const char           *id);
MUTUAL_AVAILABLE_IN_ALL
const MutualFraction *mutual_analysis_get_employee_control_threshold      (MutualAnalysis       *self);
MUTUAL_AVAILABLE_IN_ALL
void                  mutual_analysis_set_employee_control_threshold      (MutualAnalysis       *self,
                                                                           const MutualFraction *threshold);
MUTUAL_AVAILABLE_IN_ALL
const MutualFraction *mutual_analysis_get_employee_participation_threshold (MutualAnalysis      *self);
MUTUAL_AVAILABLE_IN_ALL
void                  mutual_analysis_set_employee_participation_threshold (MutualAnalysis      *self,
                                                                           const MutualFraction *threshold);

G_END_DECLS
