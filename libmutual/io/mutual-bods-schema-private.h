/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The shape of BODS 0.4 statements, as the standard's JSON Schema states it
 * (types, required members, codelists, formats, bounds and the few
 * conditional rules), written out here as tables so that the reader can
 * report each departure with its JSONPath ("$[3].recordDetails.addresses[0].type")
 * without shipping or loading the schema itself.
 *
 * The checker only reports: the reader decides what it can tolerate. */

typedef void (*MutualBodsReport) (const char *path,
                                  const char *keyword,
                                  const char *message,
                                  gpointer    user_data);

void     mutual_bods_check_statement_shape (JsonNode        *statement,
                                            const char      *path,
                                            MutualBodsReport report,
                                            gpointer         user_data);

/* Formats, shared with the reader. */
gboolean mutual_bods_is_date               (const char      *text);
gboolean mutual_bods_is_date_time          (const char      *text);
gboolean mutual_bods_is_uri                (const char      *text);

G_END_DECLS
