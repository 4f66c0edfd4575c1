/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "mutual-model.h"

G_BEGIN_DECLS

/* One section of the model file (an array member of the top-level object):
 * read adds the items of the array to the model, write appends them to
 * the builder (inside the top-level object, member name already set).
 * A later layer (staff, contracts, transfer plans) adds one section. */
typedef struct
{
  const char *member;
  gboolean (*read)  (MutualModel *model,
                     JsonArray   *array,
                     GError     **error);
  void     (*write) (MutualModel *model,
                     JsonBuilder *builder);
} MutualModelSection;

const MutualModelSection *mutual_model_json_get_sections (guint *n_sections);

/* procurement: mutual-model-json-contracts.c */
gboolean mutual_model_json_read_contracts  (MutualModel *model, JsonArray *array, GError **error);
void     mutual_model_json_write_contracts (MutualModel *model, JsonBuilder *builder);

G_END_DECLS
