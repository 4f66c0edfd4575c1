/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-model.h"

G_BEGIN_DECLS

/**
 * MUTUAL_MODEL_FORMAT_VERSION:
 *
 * The version of the JSON model format that this library writes. It reads
 * this version and every earlier one.
 *
 * Since: 1.0
 */
#define MUTUAL_MODEL_FORMAT_VERSION 1

MUTUAL_AVAILABLE_IN_ALL
MutualModel  *mutual_model_new_from_file      (const char   *path,
                                               GError      **error);
MUTUAL_AVAILABLE_IN_ALL
MutualModel  *mutual_model_new_from_data      (const char   *data,
                                               gssize        length,
                                               GError      **error);
MUTUAL_AVAILABLE_IN_ALL
MutualModel  *mutual_model_new_from_example   (const char   *name,
                                               GError      **error);
MUTUAL_AVAILABLE_IN_ALL
char        **mutual_model_list_examples      (void);
MUTUAL_AVAILABLE_IN_ALL
char         *mutual_model_to_data            (MutualModel  *self,
                                               gsize        *length);
MUTUAL_AVAILABLE_IN_ALL
gboolean      mutual_model_save_to_file       (MutualModel  *self,
                                               const char   *path,
                                               GError      **error);

G_END_DECLS
