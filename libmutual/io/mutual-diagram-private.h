/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-model.h"

G_BEGIN_DECLS

/* Shared by the diagram and the report. */
typedef struct
{
  const char *holder;
  __int128 nominal, votes;
  gboolean golden;
} MutualDiagramStake;

void     mutual_diagram_stakes           (MutualModel *model,
                                          const char  *company,
                                          GPtrArray   *out_stakes,
                                          __int128    *out_nominal,
                                          __int128    *out_votes);
char    *mutual_diagram_percent          (__int128     part,
                                          __int128     whole);
gboolean mutual_diagram_is_employee_side (MutualParty *party);

G_END_DECLS
