/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-model.h"

G_BEGIN_DECLS

#define MUTUAL_TYPE_OCF_POSITION (mutual_ocf_position_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualOcfPosition, mutual_ocf_position, MUTUAL, OCF_POSITION, GObject)

MUTUAL_AVAILABLE_IN_ALL
const char *mutual_ocf_position_get_security_id (MutualOcfPosition *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_ocf_position_get_stakeholder (MutualOcfPosition *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_ocf_position_get_kind        (MutualOcfPosition *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_ocf_position_get_stock_class (MutualOcfPosition *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_ocf_position_get_quantity    (MutualOcfPosition *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_ocf_position_get_issued_on   (MutualOcfPosition *self);

#define MUTUAL_TYPE_OCF_PACKAGE (mutual_ocf_package_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualOcfPackage, mutual_ocf_package, MUTUAL, OCF_PACKAGE, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualOcfPackage *mutual_ocf_package_new_from_file   (const char        *manifest,
                                                      const char        *date,
                                                      GError           **error);
MUTUAL_AVAILABLE_IN_ALL
MutualModel      *mutual_ocf_package_get_model       (MutualOcfPackage  *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel       *mutual_ocf_package_get_positions   (MutualOcfPackage  *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel       *mutual_ocf_package_get_findings    (MutualOcfPackage  *self);
MUTUAL_AVAILABLE_IN_ALL
const char       *mutual_ocf_package_get_issuer      (MutualOcfPackage  *self);
MUTUAL_AVAILABLE_IN_ALL
char             *mutual_ocf_package_dup_authorized  (MutualOcfPackage  *self,
                                                      const char        *stock_class);

G_END_DECLS
