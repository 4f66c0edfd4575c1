/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "mutual-error.h"
#include "mutual-json-private.h"
#include "mutual-model-io.h"
#include "mutual-model-json-private.h"

#define FORMAT_NAME "libmutual-model"
#define EXAMPLES_PATH "/org/libmutual/Mutual/examples"

static gboolean
read_model (MutualModel            *model,
            const MutualJsonValue  *root,
            GError                **error)
{
  static const char *header[] = { "format", "version", "name", "description", "date", "sources", NULL };
  g_autoptr(GPtrArray) allowed = g_ptr_array_new ();
  const MutualModelSection *sections;
  guint n_sections;
  const MutualJsonValue *object;
  const char *format = NULL, *name = NULL, *description = NULL, *date = NULL;
  gint64 version = 0;
  g_auto(GStrv) sources = NULL;

  sections = mutual_model_json_get_sections (&n_sections);
  for (guint i = 0; header[i] != NULL; i++)
    g_ptr_array_add (allowed, (gpointer) header[i]);
  for (guint i = 0; i < n_sections; i++)
    g_ptr_array_add (allowed, (gpointer) sections[i].member);
  g_ptr_array_add (allowed, NULL);

  if (!mutual_json_get_object (root, "", &object, error) ||
      !mutual_json_get_string (object, "", "format", TRUE, &format, error))
    return FALSE;
  if (g_strcmp0 (format, FORMAT_NAME) != 0)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNSUPPORTED,
                   "format: “%s” is not a libmutual model (expected \"%s\")", format, FORMAT_NAME);
      return FALSE;
    }
  if (!mutual_json_get_int64 (object, "", "version", TRUE, 1, G_MAXINT32, &version, error))
    return FALSE;
  if (version > MUTUAL_MODEL_FORMAT_VERSION)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNSUPPORTED,
                   "version: the file is format version %" G_GINT64_FORMAT "; this libmutual reads up to %d",
                   version, MUTUAL_MODEL_FORMAT_VERSION);
      return FALSE;
    }
  if (!mutual_json_check_members (object, "", (const char * const *) allowed->pdata, error) ||
      !mutual_json_get_string (object, "", "name", FALSE, &name, error) ||
      !mutual_json_get_string (object, "", "description", FALSE, &description, error) ||
      !mutual_json_get_date (object, "", "date", FALSE, &date, error) ||
      !mutual_json_get_strv (object, "", "sources", &sources, error))
    return FALSE;

  mutual_model_set_name (model, name);
  mutual_model_set_description (model, description);
  mutual_model_set_date (model, date);
  mutual_model_set_sources (model, (const char * const *) sources);

  for (guint i = 0; i < n_sections; i++)
    {
      const MutualJsonValue *array = NULL;

      if (!mutual_json_get_array (object, "", sections[i].member, FALSE, &array, error))
        return FALSE;
      if (array != NULL && !mutual_model_json_read_section (&sections[i], model, array, error))
        return FALSE;
    }
  return mutual_model_validate (model, error);
}

/* Reads the document, then frees what @owned_data points to (the text is
 * no longer needed: strings are copied into the document) before the
 * model's items are made, so that the text, the document and the model
 * are never all in memory at once. */
static MutualModel *
model_from_text (const char  *data,
                 gsize        length,
                 char        *owned_data,
                 GError     **error)
{
  g_autoptr(MutualJsonDoc) doc = NULL;
  g_autoptr(MutualModel) model = NULL;

  doc = mutual_json_doc_parse (data, length, error);
  g_free (owned_data);
  if (doc == NULL)
    return NULL;
  model = mutual_model_new ();
  if (!read_model (model, mutual_json_doc_get_root (doc), error))
    return NULL;
  return g_steal_pointer (&model);
}

/**
 * mutual_model_new_from_data:
 * @data: (array length=length) (element-type guint8): the model file's text, UTF-8 JSON
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Reads a model from the JSON model format (see the "Model files" guide).
 * Every problem is a #GError in the %MUTUAL_ERROR domain naming the member's
 * path, such as `holdings[3].count: must not be negative`. Files larger than
 * 256 MiB or nested deeper than 64 levels are refused with
 * %MUTUAL_ERROR_LIMIT. The model is validated with
 * [method@Mutual.Model.validate].
 *
 * Returns: (transfer full): the model, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualModel *
mutual_model_new_from_data (const char  *data,
                            gssize       length,
                            GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);
  return model_from_text (data != NULL ? data : "", length, NULL, error);
}

/**
 * mutual_model_new_from_file:
 * @path: (type filename): the path of a model file
 * @error: return location for a #GError
 *
 * Reads a model file. Errors are as for
 * [ctor@Mutual.Model.new_from_data], prefixed with the file's name.
 *
 * Returns: (transfer full): the model, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualModel *
mutual_model_new_from_file (const char  *path,
                            GError     **error)
{
  char *contents = NULL;
  g_autoptr(GError) local = NULL;
  gsize length;
  MutualModel *model;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!mutual_json_read_file (path, &contents, &length, error))
    return NULL;
  model = model_from_text (contents, length, contents, &local);
  if (model == NULL)
    g_set_error (error, MUTUAL_ERROR, local->code, "%s: %s", path, local->message);
  return model;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char **) a, *(char **) b);
}

/**
 * mutual_model_list_examples:
 *
 * The names of the example models embedded in the library, such as
 * `mycsp-2012` and `3bm-2013`, in alphabetical order.
 *
 * Returns: (transfer full) (array zero-terminated=1): the names
 *
 * Since: 1.0
 */
char **
mutual_model_list_examples (void)
{
  g_auto(GStrv) files = g_resources_enumerate_children (EXAMPLES_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  char **names;

  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    if (g_str_has_suffix (files[i], ".json"))
      {
        g_autofree char *name = g_strndup (files[i], strlen (files[i]) - 5);

        g_strv_builder_add (builder, name);
      }
  names = g_strv_builder_end (builder);
  qsort (names, g_strv_length (names), sizeof (char *), compare_strings);
  return names;
}

/**
 * mutual_model_new_from_example:
 * @name: the name of an embedded example, from [func@Mutual.Model.list_examples]
 * @error: return location for a #GError
 *
 * Loads one of the example models embedded in the library. Each cites its
 * sources in [property@Mutual.Model:sources].
 *
 * Returns: (transfer full): the model, or %NULL with %MUTUAL_ERROR_UNKNOWN_ID
 *   if there is no such example
 *
 * Since: 1.0
 */
MutualModel *
mutual_model_new_from_example (const char  *name,
                               GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = g_strdup_printf (EXAMPLES_PATH "/%s.json", name);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_auto(GStrv) names = mutual_model_list_examples ();
      g_autofree char *known = g_strjoinv (", ", names);

      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID,
                   "there is no example “%s”; the examples are: %s", name, known);
      return NULL;
    }
  data = g_bytes_get_data (bytes, &size);
  return mutual_model_new_from_data (data, size, error);
}

/**
 * mutual_model_to_data:
 * @self: a model
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes the model in the JSON model format, every field included, so that
 * [ctor@Mutual.Model.new_from_data] reads back an equal model, provided
 * the model is valid ([method@Mutual.Model.validate]) and within the
 * format's limits; [method@Mutual.Model.save_to_file] checks both.
 *
 * Returns: (transfer full): the JSON text, nul-terminated
 *
 * Since: 1.0
 */
char *
mutual_model_to_data (MutualModel *self,
                      gsize       *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonNode) root = NULL;
  const MutualModelSection *sections;
  const char * const *sources;
  guint n_sections;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);

  json_builder_begin_object (builder);
  mutual_json_add_string (builder, "format", FORMAT_NAME);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, MUTUAL_MODEL_FORMAT_VERSION);
  mutual_json_add_string (builder, "name", mutual_model_get_name (self));
  mutual_json_add_string (builder, "description", mutual_model_get_description (self));
  mutual_json_add_string (builder, "date", mutual_model_get_date (self));
  sources = mutual_model_get_sources (self);
  if (sources[0] != NULL)
    {
      json_builder_set_member_name (builder, "sources");
      json_builder_begin_array (builder);
      for (guint i = 0; sources[i] != NULL; i++)
        json_builder_add_string_value (builder, sources[i]);
      json_builder_end_array (builder);
    }
  sections = mutual_model_json_get_sections (&n_sections);
  for (guint i = 0; i < n_sections; i++)
    {
      json_builder_set_member_name (builder, sections[i].member);
      mutual_model_json_write_section (&sections[i], self, builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return mutual_json_to_data (root, length);
}

/**
 * mutual_model_save_to_file:
 * @self: a model
 * @path: (type filename): where to save
 * @error: return location for a #GError
 *
 * Saves the model in the JSON model format. The file is written to a
 * temporary file beside @path and renamed over it, so a failure never
 * leaves a truncated or half-written file: @path holds either the old
 * contents or the new.
 *
 * Before anything is written, the text is read back with
 * [ctor@Mutual.Model.new_from_data]: a model that the format cannot hold
 * (a name longer than 4096 bytes, an empty party name, see the "Model
 * files" guide) or that is not valid ([method@Mutual.Model.validate]) is
 * refused with the reader's error, prefixed with "cannot save", and @path
 * is left alone. A saved file always loads.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
mutual_model_save_to_file (MutualModel  *self,
                           const char   *path,
                           GError      **error)
{
  g_autofree char *data = NULL;
  g_autoptr(MutualModel) check = NULL;
  g_autoptr(GError) local = NULL;
  gsize length;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = mutual_model_to_data (self, &length);
  /* never replace a file with one that would not load */
  check = mutual_model_new_from_data (data, length, &local);
  if (check == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, local->code, "%s: cannot save: %s", path, local->message);
      return FALSE;
    }
  if (!g_file_set_contents_full (path, data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0644, &local))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_IO, "%s", local->message);
      return FALSE;
    }
  return TRUE;
}
