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
/* The candidates for control of a company: its voters, appointers and
 * holders by agreement and everyone with a majority stake in one of them,
 * each once, in that order (the company itself excluded). `slot` maps a
 * party to its candidate index (or -1); `board` is the board seats each
 * candidate appoints with what it controls. */
typedef struct
{
  MutualAnalysis *analysis;
  guint company;
  guint n;
  guint *party;                 /* n */
  int *slot;                    /* n_parties, from mutual_analysis_acquire_slots() */
  guint *board;                 /* n */
  guint board_size;
} MutualCandidates;

MutualCandidates *mutual_candidates_new  (MutualAnalysis   *self,
                                          guint             company);
void              mutual_candidates_free (MutualCandidates *candidates);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MutualCandidates, mutual_candidates_free)

/* Each candidate's attributed interest in one dimension. Without
 * agreement rights in that dimension (the usual case) it is an integer
 * sum of raw weights over the company's total, compared with thresholds
 * by cross-multiplication; with them, an exact fraction. */
typedef struct
{
  gboolean exact;
  guint64 total;
  guint64 *sum;                 /* per candidate, when !exact: at most total */
  MutualFraction *fraction;     /* per candidate, when exact */
} MutualAttributed;

gboolean mutual_candidates_attribute (MutualCandidates *candidates,
                                      MutualDimension   dimension,
                                      MutualAttributed *out,
                                      GError          **error);
void     mutual_attributed_clear     (MutualAttributed *attributed);
/* Candidate @k's value compared with @threshold: <0, 0, >0. */
int      mutual_attributed_compare   (const MutualAttributed *attributed,
                                      guint                   k,
                                      const MutualFraction   *threshold);
/* A threshold prepared for one attribution: the integer part of
 * total × n / d, and whether the division is exact, so that comparing a
 * candidate is one or two integer comparisons. */
typedef struct
{
  const MutualFraction *threshold;
  unsigned __int128 floor;
  gboolean exact;
} MutualCut;

void     mutual_attributed_cut       (const MutualAttributed *attributed,
                                      const MutualFraction   *threshold,
                                      MutualCut              *out);

static inline int
mutual_attributed_compare_cut (const MutualAttributed *attributed,
                               guint                   k,
                               const MutualCut        *cut)
{
  unsigned __int128 sum;

  if (attributed->exact || attributed->total == 0)
    return mutual_attributed_compare (attributed, k, cut->threshold);
  sum = attributed->sum[k];
  if (sum != cut->floor)
    return sum < cut->floor ? -1 : 1;
  return cut->exact ? 0 : -1;
}

/* Candidate @k's value as a reduced fraction; FALSE if it does not fit. */
gboolean mutual_attributed_get       (const MutualAttributed *attributed,
                                      guint                   k,
                                      MutualFraction         *out);

G_END_DECLS
