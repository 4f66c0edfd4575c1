/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <glib-object.h>

#include "mutual-version-macros.h"

G_BEGIN_DECLS

/**
 * MutualSeverity:
 * @MUTUAL_SEVERITY_INFO: a fact worth knowing; nothing is wrong
 * @MUTUAL_SEVERITY_WARNING: something may go wrong or needs a person's judgement
 * @MUTUAL_SEVERITY_BREACH: a rule is broken
 *
 * How serious a [class@Mutual.Finding] is.
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_SEVERITY_INFO,
  MUTUAL_SEVERITY_WARNING,
  MUTUAL_SEVERITY_BREACH,
} MutualSeverity;

#define MUTUAL_TYPE_FINDING (mutual_finding_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualFinding, mutual_finding, MUTUAL, FINDING, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualFinding      *mutual_finding_new             (const char          *code,
                                                    MutualSeverity       severity,
                                                    const char          *citation,
                                                    const char          *message);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_finding_get_code        (MutualFinding       *self);
MUTUAL_AVAILABLE_IN_ALL
MutualSeverity      mutual_finding_get_severity    (MutualFinding       *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_finding_get_citation    (MutualFinding       *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_finding_get_message     (MutualFinding       *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_finding_get_date        (MutualFinding       *self);
MUTUAL_AVAILABLE_IN_ALL
const char * const *mutual_finding_get_ids         (MutualFinding       *self);
MUTUAL_AVAILABLE_IN_ALL
gint64              mutual_finding_get_amount      (MutualFinding       *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_severity_to_string      (MutualSeverity       severity);

G_END_DECLS
