/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "mutual-date-private.h"
#include "mutual-fraction.h"
#include "mutual-json-reader-private.h"

G_BEGIN_DECLS

/* Reading JSON objects member by member, with errors that name the member's
 * path in the file: "holdings[3].count: must not be negative".
 *
 * Each reader takes the path of the object (e.g. "holdings[3]"), the
 * member's name and whether it is required; an absent optional member
 * (or one that is null) leaves *out alone and returns TRUE. The objects
 * are values of a document of the project's reader
 * (mutual-json-reader-private.h); strings point into it. */

#define MUTUAL_JSON_MAX_DEPTH 64
#define MUTUAL_JSON_MAX_SIZE (256 * 1024 * 1024)
#define MUTUAL_JSON_MAX_STRING 4096

/* Checks that @data is one strict RFC 8259 JSON text within the limits
 * above, without recursion: no comments, single quotes, hexadecimal or
 * octal numbers, integers beyond 64 bits, unpaired surrogates or U+0000,
 * invalid UTF-8. Errors say "byte N: …". Call it on each line of a JSON
 * Lines file. */
gboolean mutual_json_check_limits (const char   *data,
                                   gsize         length,
                                   GError      **error);
/* The same, without the 64-bit rule for integers: for formats defined by
 * others (BODS, PSC, OCF) whose readers check each value's type and would
 * rather name the member that is wrong. Depth, size and strictness are
 * checked all the same. */
gboolean mutual_json_check_syntax (const char   *data,
                                   gsize         length,
                                   GError      **error);
/* Reads a whole input file, nul-terminated, refusing (MUTUAL_ERROR_LIMIT)
 * one larger than MUTUAL_JSON_MAX_SIZE before reading it, and never
 * reading more than the limit from a pipe or a device. Errors start with
 * @path. */
/* Writes @root as pretty-printed JSON (two-space indent) that the strict
 * check reads back: every writer of JSON files goes through this, because
 * json-glib 1.6 leaves U+001F unescaped. */
char     *mutual_json_to_data     (JsonNode     *root,
                                   gsize        *length);
gboolean  mutual_json_read_file   (const char   *path,
                                   char        **contents,
                                   gsize        *length,
                                   GError      **error);
gboolean mutual_json_check_members (const MutualJsonValue  *object,
                                    const char             *path,
                                    const char * const     *allowed,
                                    GError                **error);
gboolean mutual_json_get_object   (const MutualJsonValue  *node,
                                   const char             *path,
                                   const MutualJsonValue **out,
                                   GError                **error);
gboolean mutual_json_get_array    (const MutualJsonValue  *object,
                                   const char             *path,
                                   const char             *member,
                                   gboolean                required,
                                   const MutualJsonValue **out,
                                   GError                **error);
gboolean mutual_json_get_string   (const MutualJsonValue  *object,
                                   const char             *path,
                                   const char             *member,
                                   gboolean                required,
                                   const char            **out,
                                   GError                **error);
gboolean mutual_json_get_int64    (const MutualJsonValue  *object,
                                   const char             *path,
                                   const char             *member,
                                   gboolean                required,
                                   gint64                  min,
                                   gint64                  max,
                                   gint64                 *out,
                                   GError                **error);
gboolean mutual_json_get_boolean  (const MutualJsonValue  *object,
                                   const char             *path,
                                   const char             *member,
                                   gboolean                required,
                                   gboolean               *out,
                                   GError                **error);
gboolean mutual_json_get_strv     (const MutualJsonValue  *object,
                                   const char             *path,
                                   const char             *member,
                                   GStrv                  *out,
                                   GError                **error);
gboolean mutual_json_get_date     (const MutualJsonValue  *object,
                                   const char             *path,
                                   const char             *member,
                                   gboolean                required,
                                   const char            **out,
                                   GError                **error);
gboolean mutual_json_get_fraction (const MutualJsonValue  *object,
                                   const char             *path,
                                   const char             *member,
                                   gboolean                required,
                                   MutualFraction         *out,
                                   GError                **error);
gboolean mutual_json_get_enum     (const MutualJsonValue  *object,
                                   const char             *path,
                                   const char             *member,
                                   gboolean                required,
                                   GType                   enum_type,
                                   int                    *out,
                                   GError                **error);
gboolean mutual_json_get_flags    (const MutualJsonValue  *object,
                                   const char             *path,
                                   const char             *member,
                                   GType                   flags_type,
                                   guint                  *out,
                                   GError                **error);
void     mutual_json_add_flags    (JsonBuilder  *builder,
                                   const char   *member,
                                   GType         flags_type,
                                   guint         value);
void     mutual_json_add_string   (JsonBuilder  *builder,
                                   const char   *member,
                                   const char   *value);

G_END_DECLS
