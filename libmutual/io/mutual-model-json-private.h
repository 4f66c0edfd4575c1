/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "mutual-json-object-private.h"
#include "mutual-model-private.h"

G_BEGIN_DECLS

/* One section of the model file: an array member of the top-level object
 * holding the items of one collection. Most sections are a table of the
 * item's members (`members`), read and written through the item's
 * properties (mutual-json-object-private.h). A section whose items do not
 * map one to one onto properties gives its own `read` (add the items of
 * the array to the model) and `write` (append the array to the builder,
 * member name already set) instead. A later layer adds one row. */
typedef struct
{
  const char *member;
  gboolean (*read)  (MutualModel *model,
                     const MutualJsonValue *array,
                     GError     **error);
  void     (*write) (MutualModel *model,
                     JsonBuilder *builder);
  MutualCollection collection;
  GType (*get_type) (void);
  const MutualJsonMember *members;
} MutualModelSection;

gboolean mutual_model_json_read_section  (const MutualModelSection  *section,
                                          MutualModel               *model,
                                          const MutualJsonValue     *array,
                                          GError                   **error);
void     mutual_model_json_write_section (const MutualModelSection *section,
                                          MutualModel              *model,
                                          JsonBuilder              *builder);

const MutualModelSection *mutual_model_json_get_sections (guint *n_sections);

/* tupe: mutual-tupe-json.c */
gboolean mutual_tupe_json_read_staff  (MutualModel *model, const MutualJsonValue *array, GError **error);
void     mutual_tupe_json_write_staff (MutualModel *model, JsonBuilder *builder);
gboolean mutual_tupe_json_read_plans  (MutualModel *model, const MutualJsonValue *array, GError **error);
void     mutual_tupe_json_write_plans (MutualModel *model, JsonBuilder *builder);
/* procurement: mutual-model-json-contracts.c */
extern const MutualJsonMember mutual_model_json_contract_members[];
gboolean mutual_model_json_read_contracts (MutualModel *model, const MutualJsonValue *array, GError **error);

G_END_DECLS
