/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "mutual-event.h"
#include "mutual-json-reader-private.h"

G_BEGIN_DECLS

/* One event as a JSON object: "type" names the kind, every other member
 * is one of the kind's properties (share_class → share-class). */
MutualEvent *mutual_event_read_json (const MutualJsonValue  *node,
                                     const char             *path,
                                     GError                **error);
JsonNode    *mutual_event_write_json   (MutualEvent  *event);

G_END_DECLS
