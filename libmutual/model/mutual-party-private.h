/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-party.h"

G_BEGIN_DECLS

/* The fields of a party, as the model file reader has them. */
typedef struct
{
  const char *id;
  const char *name;
  MutualPartyKind kind;
  const char *company_number;
  guint board_size;
  gboolean keeps_psc_register;
  const char *employer;
  const char *beneficiary_employer;
  const char * const *trustees;   /* NULL: none */
  gboolean public_service_mission;
  MutualProfitDistribution profit_distribution;
} MutualPartyFields;

/* A party with its fields set directly, as g_object_new() with the same
 * properties would set them: a model file can hold a hundred thousand
 * parties, and eleven properties through GValues cost more than reading
 * them. The strings are copied. */
MutualParty *mutual_party_new_fields (const MutualPartyFields *fields);

G_END_DECLS
