/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-bods-change.h"
#include "mutual-bods-interest.h"
#include "mutual-model.h"

G_BEGIN_DECLS

/**
 * MutualBodsReadFlags:
 * @MUTUAL_BODS_READ_NONE: read a complete package: every record a
 *   relationship names must be in it
 * @MUTUAL_BODS_READ_FRAGMENT: the data is part of a longer stream: records
 *   it names but does not contain become placeholder parties, and a record
 *   updated or closed without having been declared is accepted, each with a
 *   warning
 * @MUTUAL_BODS_READ_STRICT: a statement that departs from the schema is an
 *   error instead of a warning
 *
 * How strictly a BODS file is read.
 *
 * Since: 1.0
 */
typedef enum /*< flags >*/ {
  MUTUAL_BODS_READ_NONE = 0,
  MUTUAL_BODS_READ_FRAGMENT = 1 << 0,
  MUTUAL_BODS_READ_STRICT = 1 << 1,
} MutualBodsReadFlags;

#define MUTUAL_TYPE_BODS_PACKAGE (mutual_bods_package_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualBodsPackage, mutual_bods_package, MUTUAL, BODS_PACKAGE, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualBodsPackage *mutual_bods_package_new_from_file (const char          *path,
                                                      MutualBodsReadFlags  flags,
                                                      GError             **error);
MUTUAL_AVAILABLE_IN_ALL
MutualBodsPackage *mutual_bods_package_new_from_data (const char          *data,
                                                      gssize               length,
                                                      MutualBodsReadFlags  flags,
                                                      GError             **error);
MUTUAL_AVAILABLE_IN_ALL
const char        *mutual_bods_package_get_version   (MutualBodsPackage   *self);
MUTUAL_AVAILABLE_IN_ALL
guint              mutual_bods_package_get_n_statements (MutualBodsPackage *self);
MUTUAL_AVAILABLE_IN_ALL
MutualModel       *mutual_bods_package_get_model     (MutualBodsPackage   *self);
MUTUAL_AVAILABLE_IN_ALL
MutualModel       *mutual_bods_package_dup_model_at  (MutualBodsPackage   *self,
                                                      const char          *date,
                                                      GError             **error);
MUTUAL_AVAILABLE_IN_ALL
GListModel        *mutual_bods_package_get_interests (MutualBodsPackage   *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel        *mutual_bods_package_get_changes   (MutualBodsPackage   *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel        *mutual_bods_package_get_findings  (MutualBodsPackage   *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel        *mutual_bods_package_check_indirect (MutualBodsPackage  *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel        *mutual_bods_package_check_look_through (MutualBodsPackage *self,
                                                           GError           **error);

MUTUAL_AVAILABLE_IN_ALL
char              *mutual_model_to_bods              (MutualModel         *self,
                                                      gsize               *length,
                                                      GError             **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean           mutual_model_save_to_bods_file    (MutualModel         *self,
                                                      const char          *path,
                                                      GError             **error);

G_END_DECLS
