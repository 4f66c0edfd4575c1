/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-bods-interest.h"
#include "mutual-bods-change.h"

G_BEGIN_DECLS

/* Result objects are built by the reader field by field, then frozen. */
MutualBodsInterest *mutual_bods_interest_new_empty (void);
/* The fields, for the reader to fill before the object is shared. */
typedef struct
{
  char *relationship_id;
  char *statement_id;
  char *subject;
  char *interested_party;
  char *interest_type;
  MutualDirectness directness;
  gboolean beneficial;
  char *details;
  MutualFraction *share_minimum;
  MutualFraction *share_maximum;
  gboolean minimum_exclusive;
  gboolean maximum_exclusive;
  char *start_date;
  char *end_date;
  GStrv components;
  gboolean is_component;
} MutualBodsInterestFields;

MutualBodsInterestFields *mutual_bods_interest_fields (MutualBodsInterest *self);
MutualBodsInterest       *mutual_bods_interest_copy_for (MutualBodsInterest *self,
                                                         const char         *subject,
                                                         const char         *interested_party);

MutualBodsChange *mutual_bods_change_new (const char        *date,
                                          const char        *statement_id,
                                          const char        *record_id,
                                          const char        *record_type,
                                          MutualRecordStatus status,
                                          const char        *subject,
                                          const char        *interested_party,
                                          const char        *description);

G_END_DECLS
