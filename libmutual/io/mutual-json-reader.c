/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "mutual-error.h"
#include "mutual-json-private.h"
#include "mutual-json-reader-private.h"

/* One scanner for every JSON text libmutual reads: a strict RFC 8259
 * reader that keeps its own stack of open arrays and objects (no
 * recursion, at most MUTUAL_JSON_MAX_DEPTH of them). It refuses what
 * lenient parsers accept — comments, single-quoted strings, hexadecimal
 * and octal numbers, integers beyond 64 bits (when asked), lone surrogate
 * escapes, U+0000, invalid UTF-8 — and, given a document, builds it as it
 * goes.
 *
 * The document is made for reading a model of a hundred thousand parties
 * quickly: a value is 24 bytes; a finished array or object is copied once
 * from the stack of pending values into one C array; strings are decoded
 * once; all of it is carved out of 1 MiB blocks. There is no hash table
 * per object: the objects of a model file have a dozen members at most,
 * and a scan of a dozen names is quicker than hashing one. */

#define BLOCK_SIZE (1024 * 1024)
#define N_NAMES 256   /* member names remembered, a power of two */
#define NAME_MAX_LENGTH 48

struct _MutualJsonDoc
{
  GPtrArray *blocks;
  char *cur;
  gsize left;
  char *last;   /* the last allocation from the current block, or NULL */
  MutualJsonValue root;
  /* while building: the values of the open arrays and objects, in order */
  MutualJsonValue *pending;
  gsize n_pending, pending_size;
  /* member names already read: a model file repeats a few dozen names a
   * million times, and each is kept once */
  struct { const char *name; gsize length; } names[N_NAMES];
};

typedef enum {
  EXPECT_VALUE,           /* a value: at the top, after ':' or after ',' in an array */
  EXPECT_VALUE_OR_CLOSE,  /* just after '[' */
  EXPECT_KEY,             /* after ',' in an object */
  EXPECT_KEY_OR_CLOSE,    /* just after '{' */
  EXPECT_COLON,
  EXPECT_NEXT,            /* after a member or an element: ',' or the close */
  EXPECT_END,             /* after the top-level value: only white space */
} ScanState;

/* Memory, from the document's blocks */

static gpointer
doc_alloc (MutualJsonDoc *doc,
           gsize          size)
{
  gpointer p;

  size = (size + 7) & ~(gsize) 7;
  if (size > doc->left)
    {
      if (size > BLOCK_SIZE / 8)
        {
          /* a big array or string has a block of its own */
          p = g_malloc (size);
          g_ptr_array_add (doc->blocks, p);
          doc->last = NULL;
          return p;
        }
      doc->cur = g_malloc (BLOCK_SIZE);
      doc->left = BLOCK_SIZE;
      g_ptr_array_add (doc->blocks, doc->cur);
    }
  p = doc->last = doc->cur;
  doc->cur += size;
  doc->left -= size;
  return p;
}

/* Gives back the end of the last allocation, of @reserved bytes at @p, of
 * which only @used are needed. */
static void
doc_shrink (MutualJsonDoc *doc,
            char          *p,
            gsize          reserved,
            gsize          used)
{
  reserved = (reserved + 7) & ~(gsize) 7;
  used = (used + 7) & ~(gsize) 7;
  if (p == doc->last && p + reserved == doc->cur)
    {
      doc->cur -= reserved - used;
      doc->left += reserved - used;
    }
}

static MutualJsonValue *
doc_push (MutualJsonDoc *doc)
{
  if (doc->n_pending == doc->pending_size)
    {
      doc->pending_size = MAX (doc->pending_size * 2, 256);
      doc->pending = g_renew (MutualJsonValue, doc->pending, doc->pending_size);
    }
  return &doc->pending[doc->n_pending++];
}

void
mutual_json_doc_free (MutualJsonDoc *doc)
{
  if (doc == NULL)
    return;
  g_ptr_array_unref (doc->blocks);
  g_free (doc->pending);
  g_free (doc);
}

const MutualJsonValue *
mutual_json_doc_get_root (MutualJsonDoc *doc)
{
  return &doc->root;
}

/* Scanning */

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

/* Scans a string from its opening quote; on success *i is on the closing
 * quote and *escaped tells whether it holds a backslash. */
static gboolean
scan_string (const char  *data,
             gsize        length,
             gsize       *i,
             gboolean    *escaped,
             GError     **error)
{
  gsize start = *i;

  *escaped = FALSE;
  for ((*i)++; *i < length; (*i)++)
    {
      guchar c = data[*i];

      if (c == '"')
        return TRUE;
      if (c < 0x20)
        return syntax_error (error, *i, "a control character must be escaped in a string");
      if (c != '\\')
        continue;
      *escaped = TRUE;
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

/* Decodes the string between data[start] (its opening quote) and
 * data[end] (its closing quote), which scan_string() accepted, into the
 * document. */
static const char *
decode_string (MutualJsonDoc *doc,
               const char    *data,
               gsize          start,
               gsize          end,
               gboolean       escaped,
               guint32       *out_length)
{
  gsize raw = end - start - 1;
  char *out = doc_alloc (doc, raw + 1), *o = out;

  if (!escaped)
    {
      memcpy (out, data + start + 1, raw);
      out[raw] = '\0';
      *out_length = raw;
      return out;
    }
  for (gsize i = start + 1; i < end; i++)
    {
      char c = data[i];
      gunichar u, low;

      if (c != '\\')
        {
          *o++ = c;
          continue;
        }
      c = data[++i];
      switch (c)
        {
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u':
          i++;
          scan_unicode_escape (data, end, &i, &u);
          if (u >= 0xD800 && u <= 0xDBFF)
            {
              i += 3;
              scan_unicode_escape (data, end, &i, &low);
              u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
            }
          o += g_unichar_to_utf8 (u, o);
          break;
        default:   /* " \ / */
          *o++ = c;
          break;
        }
    }
  *o = '\0';
  /* an escape is never shorter than what it stands for */
  doc_shrink (doc, out, raw + 1, (o - out) + 1);
  *out_length = o - out;
  return out;
}

/* The member name between data[start] and data[end] (its quotes): the
 * same string as the last time it was read, when it was short and had no
 * escapes. */
static const char *
decode_name (MutualJsonDoc *doc,
             const char    *data,
             gsize          start,
             gsize          end,
             gboolean       escaped)
{
  gsize length = end - start - 1;
  const char *text = data + start + 1, *name;
  guint32 hash = 2166136261u, n;
  guint slot;

  if (escaped || length > NAME_MAX_LENGTH)
    return decode_string (doc, data, start, end, escaped, &n);
  for (gsize k = 0; k < length; k++)
    hash = (hash ^ (guchar) text[k]) * 16777619u;
  slot = hash & (N_NAMES - 1);
  if (doc->names[slot].name != NULL && doc->names[slot].length == length &&
      memcmp (doc->names[slot].name, text, length) == 0)
    return doc->names[slot].name;
  name = decode_string (doc, data, start, end, FALSE, &n);
  doc->names[slot].name = name;
  doc->names[slot].length = length;
  return name;
}

/* Scans a number; on success *i is on its last character. Integers (no
 * fraction, no exponent) must fit in 64 bits when @integers_64 is set.
 * With @value, stores the number. */
static gboolean
scan_number (const char       *data,
             gsize             length,
             gsize            *i,
             gboolean          integers_64,
             MutualJsonValue  *value,
             GError          **error)
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
  if (value == NULL)
    return TRUE;

  if (integer)
    {
      guint64 n = 0;

      /* fits: checked above (a document is only built with integers_64) */
      for (gsize k = digits_start; k < digits_start + digits; k++)
        n = n * 10 + (guint64) (data[k] - '0');
      value->kind = MUTUAL_JSON_KIND_INTEGER;
      value->u.integer = !negative ? (gint64) n
                         : n == (guint64) G_MAXINT64 + 1 ? G_MININT64 : -(gint64) n;
    }
  else
    {
      gsize n = *i - start + 1;
      char buffer[64];
      g_autofree char *copy = NULL;
      char *text = buffer;

      if (n >= sizeof buffer)
        text = copy = g_malloc (n + 1);
      memcpy (text, data + start, n);
      text[n] = '\0';
      value->kind = MUTUAL_JSON_KIND_DOUBLE;
      value->u.number = g_ascii_strtod (text, NULL);
    }
  return TRUE;
}

/* A scalar or an opening bracket's value, named by the pending member name. */
static MutualJsonValue *
push_value (MutualJsonDoc  *doc,
            const char    **name)
{
  MutualJsonValue *value = doc_push (doc);

  value->name = *name;
  value->length = 0;
  *name = NULL;
  return value;
}

gboolean
mutual_json_scan (const char     *data,
                  gsize           length,
                  gboolean        integers_64,
                  MutualJsonDoc  *doc,
                  GError        **error)
{
  /* bit d of in_object: the container at depth d + 1 is an object */
  guint64 in_object = 0;
  /* where the values of each open container start in doc->pending */
  gsize frame_start[MUTUAL_JSON_MAX_DEPTH];
  const char *name = NULL;   /* the member name just read */
  int depth = 0;
  ScanState state = EXPECT_VALUE;
  const char *end = NULL;
  gsize i = 0;

  G_STATIC_ASSERT (MUTUAL_JSON_MAX_DEPTH <= 64);
  g_assert (doc == NULL || integers_64);

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
  /* a byte order mark is allowed before the text (RFC 8259 §8.1) */
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
              if (doc != NULL)
                {
                  MutualJsonValue *value = push_value (doc, &name);

                  value->kind = c == '{' ? MUTUAL_JSON_KIND_OBJECT : MUTUAL_JSON_KIND_ARRAY;
                  value->u.items = NULL;
                  frame_start[depth] = doc->n_pending;
                }
              depth++;
              state = c == '{' ? EXPECT_KEY_OR_CLOSE : EXPECT_VALUE_OR_CLOSE;
              continue;
            }
          if (c == '"')
            {
              gsize start = i;
              gboolean escaped;

              if (!scan_string (data, length, &i, &escaped, error))
                return FALSE;
              if (doc != NULL)
                {
                  MutualJsonValue *value = push_value (doc, &name);

                  value->kind = MUTUAL_JSON_KIND_STRING;
                  value->u.string = decode_string (doc, data, start, i, escaped, &value->length);
                }
            }
          else if (c == '-' || g_ascii_isdigit (c))
            {
              if (!scan_number (data, length, &i, integers_64, doc != NULL ? push_value (doc, &name) : NULL, error))
                return FALSE;
            }
          else if (c == 't' && length - i >= 4 && memcmp (data + i, "true", 4) == 0)
            {
              i += 3;
              if (doc != NULL)
                {
                  MutualJsonValue *value = push_value (doc, &name);

                  value->kind = MUTUAL_JSON_KIND_BOOLEAN;
                  value->u.boolean = TRUE;
                }
            }
          else if (c == 'f' && length - i >= 5 && memcmp (data + i, "false", 5) == 0)
            {
              i += 4;
              if (doc != NULL)
                {
                  MutualJsonValue *value = push_value (doc, &name);

                  value->kind = MUTUAL_JSON_KIND_BOOLEAN;
                  value->u.boolean = FALSE;
                }
            }
          else if (c == 'n' && length - i >= 4 && memcmp (data + i, "null", 4) == 0)
            {
              i += 3;
              if (doc != NULL)
                {
                  MutualJsonValue *value = push_value (doc, &name);

                  value->kind = MUTUAL_JSON_KIND_NULL;
                  value->u.integer = 0;
                }
            }
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
          {
            gsize start = i;
            gboolean escaped;

            if (c != '"')
              return syntax_error (error, i, "expected a member name in double quotes");
            if (!scan_string (data, length, &i, &escaped, error))
              return FALSE;
            if (doc != NULL)
              name = decode_name (doc, data, start, i, escaped);
            state = EXPECT_COLON;
            continue;
          }

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
          if (doc != NULL)
            {
              gsize start = frame_start[depth], n = doc->n_pending - start;
              MutualJsonValue *container = &doc->pending[start - 1];

              if (n > 0)
                {
                  MutualJsonValue *items = doc_alloc (doc, n * sizeof (MutualJsonValue));

                  memcpy (items, &doc->pending[start], n * sizeof (MutualJsonValue));
                  container->u.items = items;
                }
              container->length = n;
              doc->n_pending = start;
            }
          state = depth == 0 ? EXPECT_END : EXPECT_NEXT;
        }
    }
  if (state != EXPECT_END)
    return syntax_error (error, length, depth > 0 ? "the text ends inside an array or object" : "the text is empty");
  if (doc != NULL)
    {
      g_assert (doc->n_pending == 1);
      doc->root = doc->pending[0];
      g_clear_pointer (&doc->pending, g_free);
      doc->n_pending = doc->pending_size = 0;
    }
  return TRUE;
}

MutualJsonDoc *
mutual_json_doc_parse (const char  *data,
                       gsize        length,
                       GError     **error)
{
  g_autoptr(MutualJsonDoc) doc = g_new0 (MutualJsonDoc, 1);

  doc->blocks = g_ptr_array_new_with_free_func (g_free);
  if (!mutual_json_scan (data, length, TRUE, doc, error))
    return NULL;
  return g_steal_pointer (&doc);
}

const MutualJsonValue *
mutual_json_value_get_member (const MutualJsonValue *object,
                              const char            *name)
{
  g_assert (object->kind == MUTUAL_JSON_KIND_OBJECT);

  for (guint32 i = object->length; i-- > 0;)
    {
      const char *candidate = object->u.items[i].name;

      /* the first byte tells most names apart without a call */
      if (candidate[0] == name[0] && strcmp (candidate, name) == 0)
        return &object->u.items[i];
    }
  return NULL;
}

void
mutual_json_position (const char *data,
                      gsize       length,
                      gsize       offset,
                      guint      *line,
                      guint      *column)
{
  guint l = 1, col = 1;

  for (gsize i = 0; i < MIN (offset, length); i++)
    {
      if (data[i] == '\n')
        {
          l++;
          col = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)   /* not a UTF-8 continuation byte */
        col++;
    }
  *line = l;
  *column = col;
}
