/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The project's own strict RFC 8259 JSON reader (mutual-json-reader.c).
 *
 * It reads a whole text in one pass, without recursion, into a light
 * document: every value is a MutualJsonValue; arrays and objects hold
 * their elements or members as one C array in document order (an object's
 * members carry their names; there is no hash table), and every value,
 * string and array of a document lives in a few large blocks freed at
 * once with the document. Looking up a member is a scan of the object's
 * members from the last: when a name is repeated, the last value wins.
 *
 * The same scanner, without building anything, is
 * mutual_json_check_limits() and mutual_json_check_syntax()
 * (mutual-json-private.h), so the text a document is read from and the
 * text those accept are the same language, with the same errors
 * ("not valid JSON: byte N: …"). */

typedef enum {
  MUTUAL_JSON_KIND_NULL,
  MUTUAL_JSON_KIND_BOOLEAN,
  MUTUAL_JSON_KIND_INTEGER,   /* no fraction, no exponent: fits in gint64 */
  MUTUAL_JSON_KIND_DOUBLE,
  MUTUAL_JSON_KIND_STRING,
  MUTUAL_JSON_KIND_ARRAY,
  MUTUAL_JSON_KIND_OBJECT,
} MutualJsonKind;

typedef struct _MutualJsonValue MutualJsonValue;

struct _MutualJsonValue
{
  const char *name;     /* the member's name in an object, else NULL */
  guint32 kind;         /* MutualJsonKind */
  guint32 length;       /* an array's elements, an object's members, a string's bytes */
  union {
    gboolean boolean;
    gint64 integer;
    double number;
    const char *string;               /* nul-terminated, valid UTF-8, no U+0000 */
    const MutualJsonValue *items;     /* an array's elements or an object's members */
  } u;
};

typedef struct _MutualJsonDoc MutualJsonDoc;

/* Reads @data (@length bytes, need not be nul-terminated) with the limits
 * and errors of mutual_json_check_limits(). */
MutualJsonDoc         *mutual_json_doc_parse    (const char     *data,
                                                 gsize           length,
                                                 GError        **error);
const MutualJsonValue *mutual_json_doc_get_root (MutualJsonDoc  *doc);
void                   mutual_json_doc_free     (MutualJsonDoc  *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MutualJsonDoc, mutual_json_doc_free)

/* The last member called @name of @object (an object), or NULL. */
const MutualJsonValue *mutual_json_value_get_member (const MutualJsonValue *object,
                                                     const char            *name);

/* The line and column (both from 1, the column in characters) of byte
 * @offset of @data: to turn a "byte N" of an error into a place in an
 * editor. */
void mutual_json_position (const char *data,
                           gsize       length,
                           gsize       offset,
                           guint      *line,
                           guint      *column);

/* The scanner behind both: builds @doc unless it is NULL. */
gboolean mutual_json_scan (const char     *data,
                           gsize           length,
                           gboolean        integers_64,
                           MutualJsonDoc  *doc,
                           GError        **error);

static inline gboolean
mutual_json_value_is_null (const MutualJsonValue *value)
{
  return value == NULL || value->kind == MUTUAL_JSON_KIND_NULL;
}

G_END_DECLS
