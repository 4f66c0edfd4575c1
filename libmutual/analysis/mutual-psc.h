/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-analysis.h"
#include "mutual-fraction.h"

G_BEGIN_DECLS

/**
 * MutualPscKind:
 * @MUTUAL_PSC_KIND_INDIVIDUAL: an individual (Companies House `individual-person-with-significant-control`)
 * @MUTUAL_PSC_KIND_LEGAL_PERSON: a legal person treated as an individual: a government department, a local authority, a corporation sole (Companies Act 2006 s790C(12); `legal-person-person-with-significant-control`)
 * @MUTUAL_PSC_KIND_RELEVANT_LEGAL_ENTITY: a body corporate that keeps its own PSC register or is a listed issuer (s790C(6)-(7); `corporate-entity-person-with-significant-control`)
 *
 * The kind of a registrable person or entity in a PSC register.
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_PSC_KIND_INDIVIDUAL,
  MUTUAL_PSC_KIND_LEGAL_PERSON,
  MUTUAL_PSC_KIND_RELEVANT_LEGAL_ENTITY,
} MutualPscKind;

#define MUTUAL_TYPE_PSC (mutual_psc_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualPsc, mutual_psc, MUTUAL, PSC, GObject)

MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_psc_get_company  (MutualPsc *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_psc_get_party    (MutualPsc *self);
MUTUAL_AVAILABLE_IN_ALL
MutualPscKind         mutual_psc_get_kind     (MutualPsc *self);
MUTUAL_AVAILABLE_IN_ALL
const char * const   *mutual_psc_get_natures  (MutualPsc *self);
MUTUAL_AVAILABLE_IN_ALL
const MutualFraction *mutual_psc_get_shares   (MutualPsc *self);
MUTUAL_AVAILABLE_IN_ALL
const MutualFraction *mutual_psc_get_votes    (MutualPsc *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_psc_get_trust    (MutualPsc *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel           *mutual_psc_get_findings (MutualPsc *self);

MUTUAL_AVAILABLE_IN_ALL
GListModel *mutual_analysis_list_pscs     (MutualAnalysis  *self,
                                           const char      *company,
                                           GError         **error);
MUTUAL_AVAILABLE_IN_ALL
GListModel *mutual_analysis_list_all_pscs (MutualAnalysis  *self,
                                           GError         **error);
MUTUAL_AVAILABLE_IN_ALL
GListModel *mutual_analysis_psc_findings  (MutualAnalysis  *self,
                                           const char      *company,
                                           GError         **error);

G_END_DECLS
