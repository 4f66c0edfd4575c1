/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-analysis-private.h"
#include "mutual-control.h"

G_BEGIN_DECLS

/* Votes and board seats are attributed to a party together with those of
 * every entity in which it has a majority stake (Sch 1A para 18). */
gboolean mutual_control_votes_of   (MutualAnalysis  *self,
                                    guint            company,
                                    const guint     *members,
                                    guint            n_members,
                                    MutualFraction  *out,
                                    GError         **error);
guint    mutual_control_board_of   (MutualAnalysis  *self,
                                    guint            company,
                                    const guint     *members,
                                    guint            n_members,
                                    guint           *out_size);
/* Each party's attributed interest in @company in @dimension: a table
 * from party index + 1 to a MutualFraction (owned), for every holder and
 * everyone with a majority stake in a holder. One pass over the holders. */
GHashTable *mutual_control_attribute (MutualAnalysis  *self,
                                      guint            company,
                                      MutualDimension  dimension,
                                      GError         **error);
GArray  *mutual_control_candidates (MutualAnalysis  *self,
                                    guint            company);

G_END_DECLS
