/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "mutual-error.h"
#include "mutual-json-object-private.h"
#include "mutual-json-private.h"
#include "mutual-model-io.h"
#include "mutual-scenario-io.h"
#include "mutual-scenario-json-private.h"

/* The scenario file: a header (format, version, name, description, base)
 * and the events, each an object whose "type" names its kind and whose
 * other members are the kind's properties. A new kind of event needs
 * nothing here: its members are read and written through its properties
 * (mutual-json-object.c). docs/scenario.schema.json documents the format. */

#define FORMAT_NAME "libmutual-scenario"

/* The member table of a kind of event: every writable property, the date
 * required. The strings live as long as the returned array. */
static GArray *
event_members (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autofree GParamSpec **specs = NULL;
  GArray *members = g_array_new (TRUE, TRUE, sizeof (MutualJsonMember));
  guint n_specs;

  specs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_specs);
  for (guint i = 0; i < n_specs; i++)
    {
      MutualJsonMember m = { 0 };
      char *name;

      if (!(specs[i]->flags & G_PARAM_WRITABLE))
        continue;
      name = g_strdup (specs[i]->name);
      g_strdelimit (name, "-", '_');
      m.member = g_intern_string (name);
      g_free (name);
      if (g_str_equal (m.member, "date"))
        m.flags = MUTUAL_JSON_REQUIRED | MUTUAL_JSON_DATE;
      g_array_append_val (members, m);
    }
  return members;
}

MutualEvent *
mutual_event_read_json (const MutualJsonValue  *node,
                        const char             *path,
                        GError                **error)
{
  g_autoptr(GArray) members = NULL;
  g_autofree MutualJsonValue *items = NULL;
  MutualJsonValue rest = { NULL, MUTUAL_JSON_KIND_OBJECT, 0, { 0 } };
  const MutualJsonValue *object;
  const char *kind = NULL;
  GType type;

  if (!mutual_json_get_object (node, path, &object, error) ||
      !mutual_json_get_string (object, path, "type", TRUE, &kind, error))
    return NULL;
  type = mutual_event_type_from_kind (kind);
  if (type == G_TYPE_INVALID)
    {
      g_auto(GStrv) kinds = mutual_event_list_kinds ();
      g_autofree char *known = g_strjoinv (", ", kinds);

      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                   "%s.type: “%s” is not a kind of event; the kinds are: %s", path, kind, known);
      return NULL;
    }
  /* the properties are everything but "type" */
  items = g_new (MutualJsonValue, MAX (object->length, 1));
  for (guint32 i = 0; i < object->length; i++)
    if (!g_str_equal (object->u.items[i].name, "type"))
      items[rest.length++] = object->u.items[i];
  rest.u.items = items;
  members = event_members (type);
  return (MutualEvent *) mutual_json_read_object (&rest, path, type, (const MutualJsonMember *) members->data, error);
}

JsonNode *
mutual_event_write_json (MutualEvent *event)
{
  g_autoptr(GArray) members = event_members (G_OBJECT_TYPE (event));
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) written = NULL;
  JsonObject *object, *out;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member, *node;

  mutual_json_write_object (builder, G_OBJECT (event), (const MutualJsonMember *) members->data);
  written = json_builder_get_root (builder);
  object = json_node_get_object (written);
  /* "type" first, then id and date, then the rest, as people write them */
  out = json_object_new ();
  json_object_set_string_member (out, "type", mutual_event_get_kind (event));
  if (json_object_has_member (object, "id"))
    json_object_set_member (out, "id", json_node_copy (json_object_get_member (object, "id")));
  json_object_set_member (out, "date", json_node_copy (json_object_get_member (object, "date")));
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &member))
    if (!json_object_has_member (out, name))
      json_object_set_member (out, name, json_node_copy (member));
  node = json_node_init_object (json_node_alloc (), out);
  json_object_unref (out);
  return node;
}

/* The base named by a scenario file: an example, or a model file relative
 * to the scenario file's folder (@dir, or the working folder). */
static MutualModel *
load_base (const char  *base,
           const char  *dir,
           GError     **error)
{
  g_autofree char *path = NULL;
  MutualModel *model;

  if (!g_str_has_suffix (base, ".json"))
    {
      model = mutual_model_new_from_example (base, error);
      if (model == NULL)
        g_prefix_error (error, "base: ");
      return model;
    }
  path = g_path_is_absolute (base) || dir == NULL ? g_strdup (base) : g_build_filename (dir, base, NULL);
  model = mutual_model_new_from_file (path, error);
  if (model == NULL)
    g_prefix_error (error, "base: ");
  return model;
}

static MutualScenario *
read_scenario (const char   *data,
               gssize        length,
               MutualModel  *base,
               const char   *dir,
               GError      **error)
{
  static const char *allowed[] = { "format", "version", "name", "description", "base", "events", NULL };
  g_autoptr(MutualJsonDoc) doc = NULL;
  g_autoptr(MutualModel) loaded = NULL;
  g_autoptr(MutualScenario) scenario = NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  const char *format = NULL, *name = NULL, *description = NULL, *base_name = NULL;
  const MutualJsonValue *object;
  const MutualJsonValue *array = NULL;
  gint64 version = 0;

  if (length < 0)
    length = strlen (data);
  doc = mutual_json_doc_parse (data, length, error);
  if (doc == NULL)
    return NULL;
  if (!mutual_json_get_object (mutual_json_doc_get_root (doc), "", &object, error) ||
      !mutual_json_get_string (object, "", "format", TRUE, &format, error))
    return NULL;
  if (g_strcmp0 (format, FORMAT_NAME) != 0)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNSUPPORTED,
                   "format: “%s” is not a libmutual scenario (expected \"%s\")", format, FORMAT_NAME);
      return NULL;
    }
  if (!mutual_json_get_int64 (object, "", "version", TRUE, 1, G_MAXINT32, &version, error))
    return NULL;
  if (version > MUTUAL_SCENARIO_FORMAT_VERSION)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNSUPPORTED,
                   "version: the file is format version %" G_GINT64_FORMAT "; this libmutual reads up to %d",
                   version, MUTUAL_SCENARIO_FORMAT_VERSION);
      return NULL;
    }
  if (!mutual_json_check_members (object, "", allowed, error) ||
      !mutual_json_get_string (object, "", "name", FALSE, &name, error) ||
      !mutual_json_get_string (object, "", "description", FALSE, &description, error) ||
      !mutual_json_get_string (object, "", "base", FALSE, &base_name, error) ||
      !mutual_json_get_array (object, "", "events", TRUE, &array, error))
    return NULL;

  /* read every event before applying any: a malformed one names its path */
  for (guint i = 0; i < array->length; i++)
    {
      g_autofree char *path = g_strdup_printf ("events[%u]", i);
      MutualEvent *event = mutual_event_read_json (&array->u.items[i], path, error);

      if (event == NULL)
        return NULL;
      g_ptr_array_add (events, event);
    }

  if (base == NULL)
    {
      if (base_name == NULL)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_MISSING,
                       "base: the scenario names no base model, and none was given");
          return NULL;
        }
      loaded = load_base (base_name, dir, error);
      if (loaded == NULL)
        return NULL;
      base = loaded;
    }
  scenario = g_object_new (MUTUAL_TYPE_SCENARIO, "base", base, "name", name, "description", description,
                           "base-name", base_name, NULL);
  for (guint i = 0; i < events->len; i++)
    if (!mutual_scenario_add_event (scenario, g_ptr_array_index (events, i), error))
      return NULL;
  return g_steal_pointer (&scenario);
}

/**
 * mutual_scenario_new_from_data:
 * @data: (array length=length) (element-type guint8): the scenario file's text, UTF-8 JSON
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @base: (nullable): the model the events apply to, or %NULL for the one
 *   the file's `base` member names (an embedded example, or a model file
 *   relative to the working folder)
 * @error: return location for a #GError
 *
 * Reads a scenario in the JSON scenario format (see the "Scenarios" guide
 * and `docs/scenario.schema.json`) and applies its events to @base. A
 * malformed event is an error naming its path (`events[2].count: …`); an
 * event that does not apply names its index and id, as
 * [method@Mutual.Scenario.add_event] does.
 *
 * Returns: (transfer full): the scenario, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualScenario *
mutual_scenario_new_from_data (const char   *data,
                               gssize        length,
                               MutualModel  *base,
                               GError      **error)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (base == NULL || MUTUAL_IS_MODEL (base), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_scenario (data, length, base, NULL, error);
}

/**
 * mutual_scenario_new_from_file:
 * @path: (type filename): the path of a scenario file
 * @base: (nullable): the model the events apply to, or %NULL for the one
 *   the file's `base` member names (an embedded example, or a model file
 *   relative to the scenario file)
 * @error: return location for a #GError
 *
 * Reads a scenario file. Errors are as for
 * [ctor@Mutual.Scenario.new_from_data], prefixed with the file's name.
 *
 * Returns: (transfer full): the scenario, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualScenario *
mutual_scenario_new_from_file (const char   *path,
                               MutualModel  *base,
                               GError      **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GError) local = NULL;
  gsize length;
  GStatBuf st;
  MutualScenario *scenario;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (base == NULL || MUTUAL_IS_MODEL (base), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_stat (path, &st) == 0 && st.st_size > MUTUAL_JSON_MAX_SIZE)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                   "%s: the file is %" G_GINT64_FORMAT " bytes; the limit is %d MiB",
                   path, (gint64) st.st_size, MUTUAL_JSON_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  /* bounded: a pipe or a device is never read past the limit */
  if (!mutual_json_read_file (path, &contents, &length, error))
    return NULL;
  dir = g_path_get_dirname (path);
  scenario = read_scenario (contents, length, base, dir, &local);
  if (scenario == NULL)
    g_set_error (error, MUTUAL_ERROR, local->code, "%s: %s", path, local->message);
  return scenario;
}

static char *
generate (JsonNode *root,
          gsize    *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, length);
}

/**
 * mutual_scenario_to_data:
 * @self: a scenario
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes the scenario in the JSON scenario format: its name, description,
 * [property@Mutual.Scenario:base-name] and events. The base model itself
 * is not written.
 *
 * Returns: (transfer full): the JSON text, nul-terminated
 *
 * Since: 1.0
 */
char *
mutual_scenario_to_data (MutualScenario *self,
                         gsize          *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonNode) root = NULL;
  GListModel *events;

  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), NULL);

  json_builder_begin_object (builder);
  mutual_json_add_string (builder, "format", FORMAT_NAME);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, MUTUAL_SCENARIO_FORMAT_VERSION);
  mutual_json_add_string (builder, "name", mutual_scenario_get_name (self));
  mutual_json_add_string (builder, "description", mutual_scenario_get_description (self));
  mutual_json_add_string (builder, "base", mutual_scenario_get_base_name (self));
  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  events = mutual_scenario_get_events (self);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(MutualEvent) event = g_list_model_get_item (events, i);

      json_builder_add_value (builder, mutual_event_write_json (event));
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return generate (root, length);
}

/**
 * mutual_scenario_save_to_file:
 * @self: a scenario
 * @path: (type filename): where to save
 * @error: return location for a #GError
 *
 * Saves the scenario in the JSON scenario format, replacing @path
 * atomically.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
mutual_scenario_save_to_file (MutualScenario  *self,
                              const char      *path,
                              GError         **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;
  gsize length;

  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = mutual_scenario_to_data (self, &length);
  if (!g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_IO, "%s", local->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * mutual_event_from_data:
 * @data: (array length=length) (element-type guint8): one event as a JSON object, as in a scenario file's `events`
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Reads one event, such as
 * `{"type": "transfer-shares", "date": "2015-04-01", "transferor": "equiniti",
 * "transferee": "mycsp-trust", "share_class": "mycsp-ordinary", "count": 15}`.
 *
 * Returns: (transfer full): the event, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualEvent *
mutual_event_from_data (const char  *data,
                            gssize       length,
                            GError     **error)
{
  g_autoptr(MutualJsonDoc) doc = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);
  doc = mutual_json_doc_parse (data, length, error);
  if (doc == NULL)
    return NULL;
  return mutual_event_read_json (mutual_json_doc_get_root (doc), "event", error);
}

/**
 * mutual_event_to_data:
 * @self: an event
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes one event as a JSON object, as in a scenario file.
 *
 * Returns: (transfer full): the JSON text, nul-terminated
 *
 * Since: 1.0
 */
char *
mutual_event_to_data (MutualEvent *self,
                      gsize       *length)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (MUTUAL_IS_EVENT (self), NULL);

  root = mutual_event_write_json (self);
  return generate (root, length);
}
