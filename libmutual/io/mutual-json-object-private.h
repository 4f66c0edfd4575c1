/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "mutual-json-reader-private.h"

G_BEGIN_DECLS

/* Reading and writing an immutable model item as a JSON object through its
 * GObject properties: the member `share_class` is the property
 * `share-class`, and the property's type decides how the member is read
 * (string, boolean, integer within the property's range, enum or flags by
 * nick, string array, MutualFraction as "1/2", "0.5" or "50%"). A new kind
 * of item is a table of its members, not a new parser. */

typedef enum {
  MUTUAL_JSON_OPTIONAL = 0,
  MUTUAL_JSON_REQUIRED = 1 << 0,   /* absent or null is an error */
  MUTUAL_JSON_DATE     = 1 << 1,   /* a string property holding an ISO 8601 date */
  MUTUAL_JSON_ALWAYS   = 1 << 2,   /* written even when it has its default value */
} MutualJsonMemberFlags;

typedef struct
{
  const char *member;
  MutualJsonMemberFlags flags;
} MutualJsonMember;

/* Reads the object at @node (whose path is @path, e.g. "holdings[3]") into a
 * new object of @type. Unknown members are errors. */
GObject *mutual_json_read_object  (const MutualJsonValue  *node,
                                   const char             *path,
                                   GType                   type,
                                   const MutualJsonMember *members,
                                   GError                **error);
/* Writes @object's members as a JSON object; optional members with their
 * default value (NULL, empty, 0, FALSE) are left out. */
void     mutual_json_write_object (JsonBuilder            *builder,
                                   GObject                *object,
                                   const MutualJsonMember *members);

G_END_DECLS
