/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "mutual-error.h"
#include "mutual-json-private.h"

/* Every JSON text libmutual reads goes through the strict scanner of
 * mutual-json-reader.c first (or only): it keeps its own stack of open
 * arrays and objects (no recursion) and refuses what lenient parsers
 * accept — comments, single-quoted strings, hexadecimal and octal
 * numbers, lone surrogate escapes. The model and scenario files are then
 * read from its document; json-glib, which recurses once per level, only
 * ever sees text that passed it, so the depth counted there is the depth
 * json-glib sees. */

gboolean
mutual_json_check_limits (const char  *data,
                          gsize        length,
                          GError     **error)
{
  return mutual_json_scan (data, length, TRUE, NULL, error);
}

gboolean
mutual_json_check_syntax (const char  *data,
                          gsize        length,
                          GError     **error)
{
  return mutual_json_scan (data, length, FALSE, NULL, error);
}

gboolean
mutual_json_read_file (const char   *path,
                       char        **contents,
                       gsize        *length,
                       GError      **error)
{
  g_autoptr(GByteArray) buffer = NULL;
  GStatBuf st;
  int fd, saved;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      saved = errno;
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_IO, "%s: %s", path, g_strerror (saved));
      return FALSE;
    }
  if (fstat (fd, &st) != 0)
    {
      saved = errno;
      close (fd);
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_IO, "%s: %s", path, g_strerror (saved));
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      close (fd);
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_IO, "%s: is a folder, not a file", path);
      return FALSE;
    }
  /* refuse a huge file before reading any of it */
  if (S_ISREG (st.st_mode) && st.st_size > MUTUAL_JSON_MAX_SIZE)
    {
      close (fd);
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                   "%s: the file is %" G_GINT64_FORMAT " bytes; the limit is %d MiB",
                   path, (gint64) st.st_size, MUTUAL_JSON_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }
  /* read at most the limit and one byte more, whatever the file is: a pipe,
   * /dev/zero or a file that grows after fstat() must not fill the memory */
  buffer = g_byte_array_sized_new (S_ISREG (st.st_mode) ? (guint) st.st_size + 1 : 65536);
  for (;;)
    {
      guint8 chunk[65536];
      gssize n = read (fd, chunk, MIN (sizeof chunk, (gsize) MUTUAL_JSON_MAX_SIZE + 1 - buffer->len));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          saved = errno;
          close (fd);
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_IO, "%s: %s", path, g_strerror (saved));
          return FALSE;
        }
      if (n == 0)
        break;
      g_byte_array_append (buffer, chunk, n);
      if (buffer->len > MUTUAL_JSON_MAX_SIZE)
        {
          close (fd);
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                       "%s: the file is larger than the limit of %d MiB",
                       path, MUTUAL_JSON_MAX_SIZE / (1024 * 1024));
          return FALSE;
        }
    }
  close (fd);
  *length = buffer->len;
  g_byte_array_append (buffer, (const guint8 *) "", 1);
  *contents = (char *) g_byte_array_free (g_steal_pointer (&buffer), FALSE);
  return TRUE;
}

char *
mutual_json_to_data (JsonNode *root,
                     gsize    *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  GString *fixed;
  gsize n;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &n);
  /* json-glib 1.6 escapes every control character in a string but U+001F,
   * which it writes raw: invalid JSON that no strict reader (ours
   * included) reads back. In its output a 0x1F byte can only be that
   * character inside a string (it is not white space, and UTF-8 never
   * uses it in a longer sequence), so escaping every one is safe. */
  if (memchr (text, 0x1F, n) == NULL)
    {
      if (length != NULL)
        *length = n;
      return g_steal_pointer (&text);
    }
  fixed = g_string_sized_new (n + 16);
  for (gsize i = 0; i < n; i++)
    {
      if (text[i] == 0x1F)
        g_string_append (fixed, "\\u001f");
      else
        g_string_append_c (fixed, text[i]);
    }
  if (length != NULL)
    *length = fixed->len;
  return g_string_free (fixed, FALSE);
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
mutual_json_check_members (const MutualJsonValue  *object,
                           const char             *path,
                           const char * const     *allowed,
                           GError                **error)
{
  for (guint32 i = 0; i < object->length; i++)
    {
      const char *name = object->u.items[i].name;
      guint k;

      for (k = 0; allowed[k] != NULL; k++)
        if (allowed[k][0] == name[0] && strcmp (allowed[k], name) == 0)
          break;
      if (allowed[k] == NULL)
        return fail (error, MUTUAL_ERROR_INVALID, path, name, "unknown member");
    }
  return TRUE;
}

gboolean
mutual_json_get_object (const MutualJsonValue  *node,
                        const char             *path,
                        const MutualJsonValue **out,
                        GError                **error)
{
  if (node == NULL || node->kind != MUTUAL_JSON_KIND_OBJECT)
    return fail (error, MUTUAL_ERROR_INVALID, path, NULL, "must be an object");
  *out = node;
  return TRUE;
}

static const MutualJsonValue *
member_node (const MutualJsonValue  *object,
             const char             *path,
             const char             *member,
             gboolean                required,
             GError                **error,
             gboolean               *failed)
{
  const MutualJsonValue *node = mutual_json_value_get_member (object, member);

  *failed = FALSE;
  if (mutual_json_value_is_null (node))
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
mutual_json_get_array (const MutualJsonValue  *object,
                       const char             *path,
                       const char             *member,
                       gboolean                required,
                       const MutualJsonValue **out,
                       GError                **error)
{
  gboolean failed;
  const MutualJsonValue *node = member_node (object, path, member, required, error, &failed);

  if (node == NULL)
    return !failed;
  if (node->kind != MUTUAL_JSON_KIND_ARRAY)
    return fail (error, MUTUAL_ERROR_INVALID, path, member, "must be an array");
  *out = node;
  return TRUE;
}

gboolean
mutual_json_get_string (const MutualJsonValue  *object,
                        const char             *path,
                        const char             *member,
                        gboolean                required,
                        const char            **out,
                        GError                **error)
{
  gboolean failed;
  const MutualJsonValue *node = member_node (object, path, member, required, error, &failed);
  const char *value;

  if (node == NULL)
    return !failed;
  if (node->kind != MUTUAL_JSON_KIND_STRING)
    return fail (error, MUTUAL_ERROR_INVALID, path, member, "must be a string");
  value = node->u.string;
  if (node->length > MUTUAL_JSON_MAX_STRING)
    return fail (error, MUTUAL_ERROR_LIMIT, path, member, "is longer than 4096 bytes");
  if (required && *value == '\0')
    return fail (error, MUTUAL_ERROR_INVALID, path, member, "must not be empty");
  *out = value;
  return TRUE;
}

gboolean
mutual_json_get_int64 (const MutualJsonValue  *object,
                       const char             *path,
                       const char             *member,
                       gboolean                required,
                       gint64                  min,
                       gint64                  max,
                       gint64                 *out,
                       GError                **error)
{
  gboolean failed;
  const MutualJsonValue *node = member_node (object, path, member, required, error, &failed);
  gint64 value;

  if (node == NULL)
    return !failed;
  if (node->kind == MUTUAL_JSON_KIND_DOUBLE)
    {
      double d = node->u.number;

      /* integers beyond 64 bits never get here (the reader refuses them);
       * 1e19 does */
      if (d > -9.2e18 && d < 9.2e18)
        return fail (error, MUTUAL_ERROR_INVALID, path, member, "must be an integer, written without a fraction or exponent");
      return fail (error, MUTUAL_ERROR_OVERFLOW, path, member, "must be an integer that fits in 64 bits");
    }
  if (node->kind != MUTUAL_JSON_KIND_INTEGER)
    return fail (error, MUTUAL_ERROR_INVALID, path, member, "must be an integer");
  value = node->u.integer;
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
mutual_json_get_boolean (const MutualJsonValue  *object,
                         const char             *path,
                         const char             *member,
                         gboolean                required,
                         gboolean               *out,
                         GError                **error)
{
  gboolean failed;
  const MutualJsonValue *node = member_node (object, path, member, required, error, &failed);

  if (node == NULL)
    return !failed;
  if (node->kind != MUTUAL_JSON_KIND_BOOLEAN)
    return fail (error, MUTUAL_ERROR_INVALID, path, member, "must be true or false");
  *out = node->u.boolean;
  return TRUE;
}

gboolean
mutual_json_get_strv (const MutualJsonValue  *object,
                      const char             *path,
                      const char             *member,
                      GStrv                  *out,
                      GError                **error)
{
  const MutualJsonValue *array = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;

  if (!mutual_json_get_array (object, path, member, FALSE, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;
  builder = g_strv_builder_new ();
  for (guint i = 0; i < array->length; i++)
    {
      const MutualJsonValue *node = &array->u.items[i];

      if (node->kind != MUTUAL_JSON_KIND_STRING)
        {
          g_autofree char *item = g_strdup_printf ("%s[%u]", member, i);

          return fail (error, MUTUAL_ERROR_INVALID, path, item, "must be a string");
        }
      g_strv_builder_add (builder, node->u.string);
    }
  g_strfreev (*out);
  *out = g_strv_builder_end (builder);
  return TRUE;
}

gboolean
mutual_json_get_date (const MutualJsonValue  *object,
                      const char             *path,
                      const char             *member,
                      gboolean                required,
                      const char            **out,
                      GError                **error)
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
mutual_json_get_fraction (const MutualJsonValue  *object,
                          const char             *path,
                          const char             *member,
                          gboolean                required,
                          MutualFraction         *out,
                          GError                **error)
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
mutual_json_get_enum (const MutualJsonValue  *object,
                      const char             *path,
                      const char             *member,
                      gboolean                required,
                      GType                   enum_type,
                      int                    *out,
                      GError                **error)
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
mutual_json_get_flags (const MutualJsonValue  *object,
                       const char             *path,
                       const char             *member,
                       GType                   flags_type,
                       guint                  *out,
                       GError                **error)
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
