/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "mutual-error.h"
#include "mutual-json-private.h"

/* The raw text is read once before json-glib sees it, by a strict RFC 8259
 * reader that keeps its own stack of open arrays and objects (no
 * recursion). json-glib's parser recurses once per level of nesting and
 * accepts more than JSON: comments, single-quoted strings, hexadecimal and
 * octal numbers (which it wraps silently beyond 64 bits), lone surrogate
 * escapes (which it turns into invalid UTF-8). Refusing all of that here
 * means the depth counted here is the depth json-glib will see: a
 * 100,000-deep array, or one hidden behind a comment, is an error, not a
 * stack overflow. */

typedef enum {
  EXPECT_VALUE,           /* a value: at the top, after ':' or after ',' in an array */
  EXPECT_VALUE_OR_CLOSE,  /* just after '[' */
  EXPECT_KEY,             /* after ',' in an object */
  EXPECT_KEY_OR_CLOSE,    /* just after '{' */
  EXPECT_COLON,
  EXPECT_NEXT,            /* after a member or an element: ',' or the close */
  EXPECT_END,             /* after the top-level value: only white space */
} ScanState;

static gboolean
syntax_error (GError     **error,
              gsize        offset,
              const char  *what)
{
  g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE, "not valid JSON: byte %" G_GSIZE_FORMAT ": %s", offset, what);
  return FALSE;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads \uXXXX at data[*i] (just after the 'u'); leaves *i on the last digit. */
static gboolean
scan_unicode_escape (const char  *data,
                     gsize        length,
                     gsize       *i,
                     gunichar    *out)
{
  gunichar value = 0;

  if (length - *i < 4)
    return FALSE;
  for (int k = 0; k < 4; k++)
    {
      int h = hex_value (data[*i + k]);

      if (h < 0)
        return FALSE;
      value = value * 16 + h;
    }
  *i += 3;
  *out = value;
  return TRUE;
}

/* Scans a string from its opening quote; on success *i is on the closing quote. */
static gboolean
scan_string (const char  *data,
             gsize        length,
             gsize       *i,
             GError     **error)
{
  gsize start = *i;

  for ((*i)++; *i < length; (*i)++)
    {
      guchar c = data[*i];

      if (c == '"')
        return TRUE;
      if (c < 0x20)
        return syntax_error (error, *i, "a control character must be escaped in a string");
      if (c != '\\')
        continue;
      if (++(*i) >= length)
        break;
      c = data[*i];
      if (c == 'u')
        {
          gsize at = *i - 1;
          gunichar u, low;

          (*i)++;
          if (!scan_unicode_escape (data, length, i, &u))
            return syntax_error (error, at, "\\u must be followed by four hexadecimal digits");
          if (u == 0)
            return syntax_error (error, at, "strings must not contain U+0000");
          if (u >= 0xDC00 && u <= 0xDFFF)
            return syntax_error (error, at, "a \\u escape is an unpaired surrogate");
          if (u >= 0xD800 && u <= 0xDBFF)
            {
              if (length - *i < 3 || data[*i + 1] != '\\' || data[*i + 2] != 'u')
                return syntax_error (error, at, "a \\u escape is an unpaired surrogate");
              *i += 3;
              if (!scan_unicode_escape (data, length, i, &low))
                return syntax_error (error, at, "\\u must be followed by four hexadecimal digits");
              if (low < 0xDC00 || low > 0xDFFF)
                return syntax_error (error, at, "a \\u escape is an unpaired surrogate");
            }
        }
      else if (strchr ("\"\\/bfnrt", c) == NULL || c == '\0')
        return syntax_error (error, *i - 1, "unknown escape in a string");
    }
  return syntax_error (error, start, "the string is not closed");
}

/* Scans a number; on success *i is on its last character. Integers (no
 * fraction, no exponent) must fit in 64 bits: json-glib would wrap them. */
static gboolean
scan_number (const char  *data,
             gsize        length,
             gsize       *i,
             gboolean     integers_64,
             GError     **error)
{
  gsize start = *i, digits_start, digits;
  gboolean negative = FALSE, integer = TRUE;

  if (data[*i] == '-')
    {
      negative = TRUE;
      (*i)++;
    }
  digits_start = *i;
  if (*i >= length || !g_ascii_isdigit (data[*i]))
    return syntax_error (error, start, "a number must have digits");
  if (data[*i] == '0' && *i + 1 < length && g_ascii_isdigit (data[*i + 1]))
    return syntax_error (error, start, "a number must not start with 0");
  while (*i + 1 < length && g_ascii_isdigit (data[*i + 1]))
    (*i)++;
  digits = *i - digits_start + 1;
  if (*i + 1 < length && data[*i + 1] == '.')
    {
      integer = FALSE;
      (*i)++;
      if (*i + 1 >= length || !g_ascii_isdigit (data[*i + 1]))
        return syntax_error (error, start, "a decimal point must be followed by digits");
      while (*i + 1 < length && g_ascii_isdigit (data[*i + 1]))
        (*i)++;
    }
  if (*i + 1 < length && (data[*i + 1] == 'e' || data[*i + 1] == 'E'))
    {
      integer = FALSE;
      (*i)++;
      if (*i + 1 < length && (data[*i + 1] == '+' || data[*i + 1] == '-'))
        (*i)++;
      if (*i + 1 >= length || !g_ascii_isdigit (data[*i + 1]))
        return syntax_error (error, start, "an exponent must have digits");
      while (*i + 1 < length && g_ascii_isdigit (data[*i + 1]))
        (*i)++;
    }
  if (integers_64 && integer &&
      (digits > 19 ||
       (digits == 19 && strncmp (data + digits_start, negative ? "9223372036854775808" : "9223372036854775807", 19) > 0)))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW,
                   "byte %" G_GSIZE_FORMAT ": the integer %s%.*s does not fit in 64 bits (the limit is 9223372036854775807)",
                   start, negative ? "-" : "", (int) MIN (digits, 40), data + digits_start);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_text (const char  *data,
            gsize        length,
            gboolean     integers_64,
            GError     **error)
{
  /* bit d of in_object: the container at depth d + 1 is an object */
  guint64 in_object = 0;
  int depth = 0;
  ScanState state = EXPECT_VALUE;
  const char *end = NULL;
  gsize i = 0;

  G_STATIC_ASSERT (MUTUAL_JSON_MAX_DEPTH <= 64);

  if (length > MUTUAL_JSON_MAX_SIZE)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                   "the file is %" G_GSIZE_FORMAT " bytes; the limit is %d MiB",
                   length, MUTUAL_JSON_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }
  if (!g_utf8_validate_len (data, length, &end))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE,
                   "byte %" G_GSIZE_FORMAT ": not valid UTF-8%s", (gsize) (end - data),
                   *end == '\0' ? " (a zero byte)" : "");
      return FALSE;
    }
  /* a byte order mark is allowed before the text (RFC 8259 §8.1), as json-glib does */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;

  for (; i < length; i++)
    {
      char c = data[i];
      gboolean closed = FALSE;

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        continue;

      switch (state)
        {
        case EXPECT_VALUE_OR_CLOSE:
          if (c == ']')
            {
              closed = TRUE;
              break;
            }
          G_GNUC_FALLTHROUGH;
        case EXPECT_VALUE:
          if (c == '[' || c == '{')
            {
              if (depth >= MUTUAL_JSON_MAX_DEPTH)
                {
                  g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                               "byte %" G_GSIZE_FORMAT ": arrays and objects are nested more than %d deep",
                               i, MUTUAL_JSON_MAX_DEPTH);
                  return FALSE;
                }
              if (c == '{')
                in_object |= G_GUINT64_CONSTANT (1) << depth;
              else
                in_object &= ~(G_GUINT64_CONSTANT (1) << depth);
              depth++;
              state = c == '{' ? EXPECT_KEY_OR_CLOSE : EXPECT_VALUE_OR_CLOSE;
              continue;
            }
          if (c == '"')
            {
              if (!scan_string (data, length, &i, error))
                return FALSE;
            }
          else if (c == '-' || g_ascii_isdigit (c))
            {
              if (!scan_number (data, length, &i, integers_64, error))
                return FALSE;
            }
          else if (c == 't' && length - i >= 4 && memcmp (data + i, "true", 4) == 0)
            i += 3;
          else if (c == 'f' && length - i >= 5 && memcmp (data + i, "false", 5) == 0)
            i += 4;
          else if (c == 'n' && length - i >= 4 && memcmp (data + i, "null", 4) == 0)
            i += 3;
          else
            return syntax_error (error, i, "expected a value");
          state = depth == 0 ? EXPECT_END : EXPECT_NEXT;
          continue;

        case EXPECT_KEY_OR_CLOSE:
          if (c == '}')
            {
              closed = TRUE;
              break;
            }
          G_GNUC_FALLTHROUGH;
        case EXPECT_KEY:
          if (c != '"')
            return syntax_error (error, i, "expected a member name in double quotes");
          if (!scan_string (data, length, &i, error))
            return FALSE;
          state = EXPECT_COLON;
          continue;

        case EXPECT_COLON:
          if (c != ':')
            return syntax_error (error, i, "expected ':' after a member name");
          state = EXPECT_VALUE;
          continue;

        case EXPECT_NEXT:
          {
            gboolean object = (in_object >> (depth - 1)) & 1;

            if (c == ',')
              {
                state = object ? EXPECT_KEY : EXPECT_VALUE;
                continue;
              }
            if (c == (object ? '}' : ']'))
              {
                closed = TRUE;
                break;
              }
            return syntax_error (error, i, object ? "expected ',' or '}'" : "expected ',' or ']'");
          }

        case EXPECT_END:
        default:
          return syntax_error (error, i, "unexpected text after the end");
        }

      if (closed)
        {
          depth--;
          state = depth == 0 ? EXPECT_END : EXPECT_NEXT;
        }
    }
  if (state != EXPECT_END)
    return syntax_error (error, length, depth > 0 ? "the text ends inside an array or object" : "the text is empty");
  return TRUE;
}

gboolean
mutual_json_check_limits (const char  *data,
                          gsize        length,
                          GError     **error)
{
  return check_text (data, length, TRUE, error);
}

gboolean
mutual_json_check_syntax (const char  *data,
                          gsize        length,
                          GError     **error)
{
  return check_text (data, length, FALSE, error);
}

JsonNode *
mutual_json_parse (const char  *data,
                   gsize        length,
                   GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local = NULL;

  if (!mutual_json_check_limits (data, length, error))
    return NULL;
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local))
    {
      /* the text passed the strict check, so this is json-glib disagreeing */
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE, "not valid JSON: %s", local->message);
      return NULL;
    }
  return json_node_ref (json_parser_get_root (parser));
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
