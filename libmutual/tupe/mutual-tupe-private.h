/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "mutual-date-private.h"
#include "mutual-redundancy-pay.h"
#include "mutual-model.h"
#include "mutual-staff-private.h"
#include "mutual-staff-member.h"
#include "mutual-transfer-plan.h"

G_BEGIN_DECLS

G_END_DECLS

G_BEGIN_DECLS

/* A weekly pay cap table, read once from its rule table. */
typedef struct
{
  MutualDay from;
  gint64 cap;             /* pence; -1 where no figure is confirmed */
  const char *citation;
  char from_text[11];
} MutualCapRow;

typedef struct
{
  const char *table;
  guint n_rows;
  MutualCapRow *rows;
} MutualCapTable;

const MutualCapTable *mutual_tupe_get_cap_table  (MutualJurisdiction      jurisdiction);
const MutualCapRow   *mutual_tupe_cap_row_at     (const MutualCapTable   *table,
                                                  MutualDay               day);
gboolean              mutual_tupe_cap_at         (const MutualCapTable   *table,
                                                  MutualDay               day,
                                                  const MutualCapRow    **out_row,
                                                  GError                **error);

/* ERA 1996 s162: completed years of continuous employment ending with
 * @ends, the years that count (at most 20, counted back) and the half-weeks
 * they earn by age. */
typedef struct
{
  guint years;
  guint counted;
  guint half_weeks;
} MutualServiceYears;

void                  mutual_tupe_service_years  (MutualDay               born,
                                                  MutualDay               started,
                                                  MutualDay               ends,
                                                  MutualServiceYears     *out);
/* Half-weeks times the capped week, rounded to the penny (half up). */
gint64                mutual_tupe_redundancy_pence (guint                  half_weeks,
                                                    gint64                 weekly_pay,
                                                    gint64                 cap);

/* The row of the "tupe" rule table in force for @key on @day, or NULL. */
JsonObject           *mutual_tupe_rule           (const char             *key,
                                                  MutualDay               day);

G_END_DECLS
