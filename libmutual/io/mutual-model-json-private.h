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

/* tupe: mutual-tupe-json.c */
gboolean mutual_tupe_json_read_staff  (MutualModel *model, JsonArray *array, GError **error);
void     mutual_tupe_json_write_staff (MutualModel *model, JsonBuilder *builder);
gboolean mutual_tupe_json_read_plans  (MutualModel *model, JsonArray *array, GError **error);
void     mutual_tupe_json_write_plans (MutualModel *model, JsonBuilder *builder);

G_END_DECLS
