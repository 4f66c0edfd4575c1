/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A calendar date as a Julian day number (GDate's count: 1 January of year 1
 * is day 1). 0 means "no date". Public API takes and returns ISO 8601
 * strings ("2012-05-01"); inside the library dates are plain integers, so
 * "28 days before" is a subtraction. */
typedef guint32 MutualDay;

#define MUTUAL_DAY_NONE ((MutualDay) 0)

gboolean   mutual_day_parse       (const char  *text,
                                   MutualDay   *out_day,
                                   GError     **error);
MutualDay  mutual_day_from_ymd    (int          year,
                                   int          month,
                                   int          day);
void       mutual_day_to_ymd      (MutualDay    day,
                                   int         *year,
                                   int         *month,
                                   int         *mday);
char      *mutual_day_format      (MutualDay    day);
void       mutual_day_format_buf  (MutualDay    day,
                                   char         buf[11]);
MutualDay  mutual_day_add_months  (MutualDay    day,
                                   int          months);
MutualDay  mutual_day_add_years   (MutualDay    day,
                                   int          years);

G_END_DECLS
