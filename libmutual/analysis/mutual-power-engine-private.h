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

/* Working memory beyond which an index is refused (MutualVotingGame
 * documents the same figure as MUTUAL_VOTING_GAME_MAX_MEMORY). */
#define MUTUAL_POWER_ENGINE_MAX_MEMORY (G_GUINT64_CONSTANT (1) << 30)

/* Elementary steps (one array element times one tap) each index needs. */
guint64  mutual_power_engine_banzhaf_work        (const MutualPowerGroup *groups,
                                                  guint                   n_groups,
                                                  guint64                 threshold);
guint64  mutual_power_engine_shapley_shubik_work (const MutualPowerGroup *groups,
                                                  guint                   n_groups,
                                                  guint64                 threshold);

/* Bytes of working memory the Banzhaf index needs in the given precision. */
guint64  mutual_power_engine_banzhaf_memory      (const MutualPowerGroup *groups,
                                                  guint                   n_groups,
                                                  guint64                 threshold,
                                                  MutualPowerReal         real);

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

guint64  mutual_power_engine_shapley_shubik_memory (const MutualPowerGroup *groups,
                                                    guint                   n_groups,
                                                    guint64                 threshold,
                                                    MutualPowerReal         real);

/* shapley_shubik[g]: the Shapley–Shubik index of one party of group g. */
gboolean mutual_power_engine_shapley_shubik      (const MutualPowerGroup *groups,
                                                  guint                   n_groups,
                                                  guint64                 threshold,
                                                  MutualPowerReal         real,
                                                  double                 *shapley_shubik,
                                                  GCancellable           *cancellable,
                                                  GError                **error);

G_END_DECLS
