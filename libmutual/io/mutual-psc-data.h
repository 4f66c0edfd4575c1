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
 * MutualPscDimension:
 * @MUTUAL_PSC_DIMENSION_SHARES: ownership of shares (Companies Act 2006 Sch 1A para 2)
 * @MUTUAL_PSC_DIMENSION_VOTES: voting rights (Sch 1A para 3)
 * @MUTUAL_PSC_DIMENSION_BOARD: the right to appoint or remove a majority of the board (Sch 1A para 4)
 * @MUTUAL_PSC_DIMENSION_INFLUENCE: significant influence or control (Sch 1A para 5)
 * @MUTUAL_PSC_DIMENSION_SURPLUS_ASSETS: the right to share in surplus assets (LLPs)
 *
 * What a nature of control is about.
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_PSC_DIMENSION_SHARES,
  MUTUAL_PSC_DIMENSION_VOTES,
  MUTUAL_PSC_DIMENSION_BOARD,
  MUTUAL_PSC_DIMENSION_INFLUENCE,
  MUTUAL_PSC_DIMENSION_SURPLUS_ASSETS,
} MutualPscDimension;

/**
 * MutualPscCapacity:
 * @MUTUAL_PSC_CAPACITY_DIRECT: the person holds it (directly or indirectly)
 * @MUTUAL_PSC_CAPACITY_TRUST: the person controls a trust whose trustees hold it (`-as-trust`)
 * @MUTUAL_PSC_CAPACITY_FIRM: the person controls a firm, not a legal person, whose members hold it (`-as-firm`)
 * @MUTUAL_PSC_CAPACITY_CONTROL_OVER_TRUST: a registered overseas entity's beneficial owner controls a trust that holds it
 * @MUTUAL_PSC_CAPACITY_CONTROL_OVER_FIRM: a registered overseas entity's beneficial owner controls a firm that holds it
 *
 * In what capacity a person with significant control holds a nature of control.
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_PSC_CAPACITY_DIRECT,
  MUTUAL_PSC_CAPACITY_TRUST,
  MUTUAL_PSC_CAPACITY_FIRM,
  MUTUAL_PSC_CAPACITY_CONTROL_OVER_TRUST,
  MUTUAL_PSC_CAPACITY_CONTROL_OVER_FIRM,
} MutualPscCapacity;

#define MUTUAL_TYPE_PSC_NATURE (mutual_psc_nature_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualPscNature, mutual_psc_nature, MUTUAL, PSC_NATURE, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualPscNature      *mutual_psc_nature_lookup                (const char           *code);
MUTUAL_AVAILABLE_IN_ALL
char                 *mutual_psc_nature_code_for              (MutualPscDimension    dimension,
                                                               const MutualFraction *share,
                                                               MutualPscCapacity     capacity);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_psc_nature_get_code              (MutualPscNature      *self);
MUTUAL_AVAILABLE_IN_ALL
MutualPscDimension    mutual_psc_nature_get_dimension         (MutualPscNature      *self);
MUTUAL_AVAILABLE_IN_ALL
MutualPscCapacity     mutual_psc_nature_get_capacity          (MutualPscNature      *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_psc_nature_get_entity            (MutualPscNature      *self);
MUTUAL_AVAILABLE_IN_ALL
const MutualFraction *mutual_psc_nature_get_share_minimum     (MutualPscNature      *self);
MUTUAL_AVAILABLE_IN_ALL
const MutualFraction *mutual_psc_nature_get_share_maximum     (MutualPscNature      *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean              mutual_psc_nature_get_minimum_exclusive (MutualPscNature      *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean              mutual_psc_nature_get_maximum_exclusive (MutualPscNature      *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_psc_nature_get_citation          (MutualPscNature      *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean              mutual_psc_nature_contains              (MutualPscNature      *self,
                                                               const MutualFraction *share);

#define MUTUAL_TYPE_PSC_ENTRY (mutual_psc_entry_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualPscEntry, mutual_psc_entry, MUTUAL, PSC_ENTRY, GObject)

MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_psc_entry_get_company_number (MutualPscEntry *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_psc_entry_get_kind           (MutualPscEntry *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_psc_entry_get_party_id       (MutualPscEntry *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_psc_entry_get_name           (MutualPscEntry *self);
MUTUAL_AVAILABLE_IN_ALL
const char * const *mutual_psc_entry_get_natures        (MutualPscEntry *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_psc_entry_get_notified_on    (MutualPscEntry *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_psc_entry_get_ceased_on      (MutualPscEntry *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_psc_entry_get_statement      (MutualPscEntry *self);

#define MUTUAL_TYPE_PSC_REGISTER (mutual_psc_register_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualPscRegister, mutual_psc_register, MUTUAL, PSC_REGISTER, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualPscRegister *mutual_psc_register_new_from_file (const char         *path,
                                                      GError            **error);
MUTUAL_AVAILABLE_IN_ALL
MutualPscRegister *mutual_psc_register_new_from_data (const char         *data,
                                                      gssize              length,
                                                      GError            **error);
MUTUAL_AVAILABLE_IN_ALL
GListModel        *mutual_psc_register_get_entries   (MutualPscRegister  *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel        *mutual_psc_register_get_findings  (MutualPscRegister  *self);
MUTUAL_AVAILABLE_IN_ALL
MutualModel       *mutual_psc_register_get_model     (MutualPscRegister  *self);
MUTUAL_AVAILABLE_IN_ALL
char              *mutual_psc_register_to_bods       (MutualPscRegister  *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel        *mutual_psc_register_compare       (MutualPscRegister  *self,
                                                      MutualModel        *model,
                                                      GError            **error);

G_END_DECLS
