/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-model.h"

G_BEGIN_DECLS

MUTUAL_AVAILABLE_IN_ALL
GListModel *mutual_staff_csv_parse               (const char   *data,
                                                  gssize        length,
                                                  GError      **error);
MUTUAL_AVAILABLE_IN_ALL
guint       mutual_model_add_staff_from_csv_data (MutualModel  *self,
                                                  const char   *data,
                                                  gssize        length,
                                                  GError      **error);
MUTUAL_AVAILABLE_IN_ALL
guint       mutual_model_add_staff_from_csv_file (MutualModel  *self,
                                                  const char   *path,
                                                  GError      **error);

G_END_DECLS
