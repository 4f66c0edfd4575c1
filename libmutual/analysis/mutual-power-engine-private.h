/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The numerical core of MutualVotingGame (see the algorithm notes at the top
 * of mutual-power-engine.c). It knows nothing of ids or GObjects, so the
 * benchmark compiles it in directly to compare precisions.
 *
 * A game is a list of groups of parties of equal, positive weight (parties
 * of weight 0 are never decisive and are left out by the caller) and a
 * threshold: a coalition wins when its weight is at least @threshold, with
 * 1 <= threshold <= total weight. */
typedef struct
{
  guint64 weight;   /* > 0, weights divided by their common divisor */
  guint64 count;    /* parties of this weight, > 0 */
} MutualPowerGroup;

typedef enum
{
  MUTUAL_POWER_REAL_AUTO,       /* double, extended where double would underflow */
  MUTUAL_POWER_REAL_DOUBLE,
  MUTUAL_POWER_REAL_EXTENDED,   /* long double */
} MutualPowerReal;

/* Elementary steps (one array element times one tap) each index needs. */
guint64  mutual_power_engine_banzhaf_work        (const MutualPowerGroup *groups,
                                                  guint                   n_groups,
                                                  guint64                 threshold);
guint64  mutual_power_engine_shapley_shubik_work (const MutualPowerGroup *groups,
                                                  guint                   n_groups,
                                                  guint64                 threshold);

/* absolute[g]: the absolute Banzhaf index of one party of group g;
 * normalised[g]: its normalised Banzhaf index (the ratio is taken in the
 * working precision, so it is right even when every absolute index is
 * below the range of a double). */
gboolean mutual_power_engine_banzhaf             (const MutualPowerGroup *groups,
                                                  guint                   n_groups,
                                                  guint64                 threshold,
                                                  MutualPowerReal         real,
                                                  double                 *absolute,
                                                  double                 *normalised,
                                                  GCancellable           *cancellable,
                                                  GError                **error);

/* shapley_shubik[g]: the Shapley–Shubik index of one party of group g. */
gboolean mutual_power_engine_shapley_shubik      (const MutualPowerGroup *groups,
                                                  guint                   n_groups,
                                                  guint64                 threshold,
                                                  MutualPowerReal         real,
                                                  double                 *shapley_shubik,
                                                  GCancellable           *cancellable,
                                                  GError                **error);

/* Gauss–Legendre rule on [0, 1] with n nodes: the first n/2 nodes t < 1/2
 * in increasing order, then 1/2 when n is odd; weights beside them. The
 * nodes above 1/2 are 1 - t with the same weights. Exposed for tests. */
void     mutual_power_engine_gauss_legendre      (guint                   n,
                                                  double                 *nodes,
                                                  double                 *weights);

G_END_DECLS
