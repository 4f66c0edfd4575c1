/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-analysis.h"

G_BEGIN_DECLS

/**
 * MutualMutualTest:
 * @MUTUAL_MUTUAL_TEST_PCR_2015_REG_77: the qualifying organisation of the Public Contracts Regulations 2015 reg 77(4), for procurements begun before 24 February 2025
 * @MUTUAL_MUTUAL_TEST_PROCUREMENT_ACT_2023_S33: the public service mutual of the Procurement Act 2023 s33(6), from 24 February 2025
 *
 * Which law's definition of a public service mutual to test.
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_MUTUAL_TEST_PCR_2015_REG_77,
  MUTUAL_MUTUAL_TEST_PROCUREMENT_ACT_2023_S33,
} MutualMutualTest;

#define MUTUAL_TYPE_QUALIFICATION (mutual_qualification_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualQualification, mutual_qualification, MUTUAL, QUALIFICATION, GObject)

MUTUAL_AVAILABLE_IN_ALL
const char *mutual_qualification_get_company   (MutualQualification *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_qualification_get_test      (MutualQualification *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean    mutual_qualification_get_qualifies (MutualQualification *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel *mutual_qualification_get_findings  (MutualQualification *self);

MUTUAL_AVAILABLE_IN_ALL
MutualQualification *mutual_analysis_qualify_public_service_mutual     (MutualAnalysis    *self,
                                                                        const char        *company,
                                                                        MutualMutualTest   test,
                                                                        GError           **error);
MUTUAL_AVAILABLE_IN_ALL
MutualQualification *mutual_analysis_qualify_employee_ownership_trust  (MutualAnalysis    *self,
                                                                        const char        *company,
                                                                        const char        *trust,
                                                                        GError           **error);

G_END_DECLS
