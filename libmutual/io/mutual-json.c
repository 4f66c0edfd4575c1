/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "mutual-error.h"
#include "mutual-json-private.h"

/* json-glib's parser recurses once per level of nesting, so the depth is
 * checked on the raw text first: a 100,000-deep array is an error, not a
 * stack overflow. */
gboolean
mutual_json_check_limits (const char  *data,
                          gsize        length,
                          GError     **error)
{
  int depth = 0;
  gboolean in_string = FALSE;

  if (length > MUTUAL_JSON_MAX_SIZE)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                   "the file is %" G_GSIZE_FORMAT " bytes; the limit is %d MiB",
                   length, MUTUAL_JSON_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }
  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (c == '"')
        in_string = TRUE;
      else if (g_ascii_isdigit (c) && (i == 0 || strchr ("-+.eE0123456789", data[i - 1]) == NULL ||
                                       data[i - 1] == '-'))
        {
          /* json-glib wraps integers beyond 64 bits silently: catch them here */
          gsize start = i, digits;

          while (i + 1 < length && g_ascii_isdigit (data[i + 1]))
            i++;
          digits = i - start + 1;
          if ((i + 1 >= length || strchr (".eE", data[i + 1]) == NULL) &&
              (digits > 19 || (digits == 19 && strncmp (data + start, "9223372036854775807", 19) > 0)))
            {
              g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW,
                           "byte %" G_GSIZE_FORMAT ": the integer %.*s does not fit in 64 bits (the limit is 9223372036854775807)",
                           start, (int) MIN (digits, 40), data + start);
              return FALSE;
            }
        }
      else if (c == '[' || c == '{')
        {
          if (++depth > MUTUAL_JSON_MAX_DEPTH)
            {
              g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                           "byte %" G_GSIZE_FORMAT ": arrays and objects are nested more than %d deep",
                           i, MUTUAL_JSON_MAX_DEPTH);
              return FALSE;
            }
        }
      else if (c == ']' || c == '}')
        depth--;
    }
  return TRUE;
}

static gboolean
fail (GError     **error,
      int          code,
      const char  *path,
      const char  *member,
      const char  *message)
{
  if (member != NULL)
    g_set_error (error, MUTUAL_ERROR, code, "%s%s%s: %s", path, *path ? "." : "", member, message);
  else
    g_set_error (error, MUTUAL_ERROR, code, "%s: %s", *path ? path : "(top level)", message);
  return FALSE;
}

gboolean
mutual_json_check_members (JsonObject          *object,
                           const char          *path,
                           const char * const  *allowed,
                           GError             **error)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    if (!g_strv_contains (allowed, name))
      return fail (error, MUTUAL_ERROR_INVALID, path, name, "unknown member");
  return TRUE;
}

gboolean
mutual_json_get_object (JsonNode     *node,
                        const char   *path,
                        JsonObject  **out,
                        GError      **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, MUTUAL_ERROR_INVALID, path, NULL, "must be an object");
  *out = json_node_get_object (node);
  return TRUE;
}

static JsonNode *
member_node (JsonObject   *object,
             const char   *path,
             const char   *member,
             gboolean      required,
             GError      **error,
             gboolean     *failed)
{
  JsonNode *node = json_object_get_member (object, member);

  *failed = FALSE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        {
          fail (error, MUTUAL_ERROR_MISSING, path, member, "is required");
          *failed = TRUE;
        }
      return NULL;
    }
  return node;
}

gboolean
mutual_json_get_array (JsonObject   *object,
                       const char   *path,
                       const char   *member,
                       gboolean      required,
                       JsonArray   **out,
                       GError      **error)
{
  gboolean failed;
  JsonNode *node = member_node (object, path, member, required, error, &failed);

  if (node == NULL)
    return !failed;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, MUTUAL_ERROR_INVALID, path, member, "must be an array");
  *out = json_node_get_array (node);
  return TRUE;
}

gboolean
mutual_json_get_string (JsonObject   *object,
                        const char   *path,
                        const char   *member,
                        gboolean      required,
                        const char  **out,
                        GError      **error)
{
  gboolean failed;
  JsonNode *node = member_node (object, path, member, required, error, &failed);
  const char *value;

  if (node == NULL)
    return !failed;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, MUTUAL_ERROR_INVALID, path, member, "must be a string");
  value = json_node_get_string (node);
  if (strlen (value) > MUTUAL_JSON_MAX_STRING)
    return fail (error, MUTUAL_ERROR_LIMIT, path, member, "is longer than 4096 bytes");
  if (required && *value == '\0')
    return fail (error, MUTUAL_ERROR_INVALID, path, member, "must not be empty");
  *out = value;
  return TRUE;
}

gboolean
mutual_json_get_int64 (JsonObject   *object,
                       const char   *path,
                       const char   *member,
                       gboolean      required,
                       gint64        min,
                       gint64        max,
                       gint64       *out,
                       GError      **error)
{
  gboolean failed;
  JsonNode *node = member_node (object, path, member, required, error, &failed);
  gint64 value;

  if (node == NULL)
    return !failed;
  if (!JSON_NODE_HOLDS_VALUE (node))
    return fail (error, MUTUAL_ERROR_INVALID, path, member, "must be an integer");
  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      double d = json_node_get_double (node);

      /* json-glib reads integers beyond 64 bits as doubles */
      if (d > -9.2e18 && d < 9.2e18)
        return fail (error, MUTUAL_ERROR_INVALID, path, member, "must be an integer, written without a fraction or exponent");
      return fail (error, MUTUAL_ERROR_OVERFLOW, path, member, "must be an integer that fits in 64 bits");
    }
  if (json_node_get_value_type (node) != G_TYPE_INT64)
    return fail (error, MUTUAL_ERROR_INVALID, path, member, "must be an integer");
  value = json_node_get_int (node);
  if (value < min && min == 0)
    return fail (error, MUTUAL_ERROR_INVALID, path, member, "must not be negative");
  if (value < min || value > max)
    {
      g_autofree char *msg = g_strdup_printf ("must be from %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT, min, max);

      return fail (error, MUTUAL_ERROR_INVALID, path, member, msg);
    }
  *out = value;
  return TRUE;
}

gboolean
mutual_json_get_boolean (JsonObject   *object,
                         const char   *path,
                         const char   *member,
                         gboolean      required,
                         gboolean     *out,
                         GError      **error)
{
  gboolean failed;
  JsonNode *node = member_node (object, path, member, required, error, &failed);

  if (node == NULL)
    return !failed;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fail (error, MUTUAL_ERROR_INVALID, path, member, "must be true or false");
  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
mutual_json_get_strv (JsonObject   *object,
                      const char   *path,
                      const char   *member,
                      GStrv        *out,
                      GError      **error)
{
  JsonArray *array = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;

  if (!mutual_json_get_array (object, path, member, FALSE, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;
  builder = g_strv_builder_new ();
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_autofree char *item = g_strdup_printf ("%s[%u]", member, i);

          return fail (error, MUTUAL_ERROR_INVALID, path, item, "must be a string");
        }
      g_strv_builder_add (builder, json_node_get_string (node));
    }
  g_strfreev (*out);
  *out = g_strv_builder_end (builder);
  return TRUE;
}

gboolean
mutual_json_get_date (JsonObject   *object,
                      const char   *path,
                      const char   *member,
                      gboolean      required,
                      const char  **out,
                      GError      **error)
{
  const char *text = NULL;
  MutualDay day;
  g_autoptr(GError) local = NULL;

  if (!mutual_json_get_string (object, path, member, required, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  if (!mutual_day_parse (text, &day, &local))
    return fail (error, MUTUAL_ERROR_PARSE, path, member, local->message);
  *out = text;
  return TRUE;
}

gboolean
mutual_json_get_fraction (JsonObject      *object,
                          const char      *path,
                          const char      *member,
                          gboolean         required,
                          MutualFraction  *out,
                          GError         **error)
{
  const char *text = NULL;
  g_autoptr(MutualFraction) f = NULL;
  g_autoptr(GError) local = NULL;

  if (!mutual_json_get_string (object, path, member, required, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  f = mutual_fraction_new_parse (text, &local);
  if (f == NULL)
    return fail (error, MUTUAL_ERROR_PARSE, path, member, local->message);
  *out = *f;
  return TRUE;
}

gboolean
mutual_json_get_enum (JsonObject   *object,
                      const char   *path,
                      const char   *member,
                      gboolean      required,
                      GType         enum_type,
                      int          *out,
                      GError      **error)
{
  const char *text = NULL;
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  if (!mutual_json_get_string (object, path, member, required, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  klass = g_type_class_ref (enum_type);
  value = g_enum_get_value_by_nick (klass, text);
  if (value == NULL)
    {
      g_autoptr(GString) msg = g_string_new (NULL);

      g_string_printf (msg, "“%s” is not one of:", text);
      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (msg, "%s %s", i ? "," : "", klass->values[i].value_nick);
      return fail (error, MUTUAL_ERROR_INVALID, path, member, msg->str);
    }
  *out = value->value;
  return TRUE;
}

gboolean
mutual_json_get_flags (JsonObject   *object,
                       const char   *path,
                       const char   *member,
                       GType         flags_type,
                       guint        *out,
                       GError      **error)
{
  g_auto(GStrv) names = NULL;
  g_autoptr(GFlagsClass) klass = NULL;
  guint flags = 0;

  if (!mutual_json_get_strv (object, path, member, &names, error))
    return FALSE;
  if (names == NULL)
    return TRUE;
  klass = g_type_class_ref (flags_type);
  for (guint i = 0; names[i] != NULL; i++)
    {
      GFlagsValue *value = g_flags_get_value_by_nick (klass, names[i]);

      if (value == NULL || value->value == 0)
        {
          g_autofree char *item = g_strdup_printf ("%s[%u]", member, i);
          g_autofree char *msg = g_strdup_printf ("“%s” is not a known right", names[i]);

          return fail (error, MUTUAL_ERROR_INVALID, path, item, msg);
        }
      flags |= value->value;
    }
  *out = flags;
  return TRUE;
}

void
mutual_json_add_flags (JsonBuilder *builder,
                       const char  *member,
                       GType        flags_type,
                       guint        value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (flags_type);

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value != 0 && (value & klass->values[i].value) == klass->values[i].value)
      json_builder_add_string_value (builder, klass->values[i].value_nick);
  json_builder_end_array (builder);
}

void
mutual_json_add_string (JsonBuilder *builder,
                        const char  *member,
                        const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}
