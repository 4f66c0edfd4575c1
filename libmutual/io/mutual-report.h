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
char     *mutual_model_to_html_report (MutualModel  *self,
                                       GError      **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean  mutual_model_save_report    (MutualModel  *self,
                                       const char   *path,
                                       GError      **error);

G_END_DECLS
