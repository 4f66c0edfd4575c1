/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-fraction.h"
#include "mutual-power.h"

G_BEGIN_DECLS

/**
 * MUTUAL_VOTING_GAME_MAX_PARTIES:
 *
 * The most parties (voters outside blocks, plus blocks) a
 * [class@Mutual.VotingGame] computes; more is a %MUTUAL_ERROR_LIMIT error.
 *
 * Since: 1.0
 */
#define MUTUAL_VOTING_GAME_MAX_PARTIES 100000

/**
 * MUTUAL_VOTING_GAME_MAX_TOTAL_WEIGHT:
 *
 * The largest total weight a [class@Mutual.VotingGame] computes, after the
 * weights are divided by their greatest common divisor (2^24); more is a
 * %MUTUAL_ERROR_LIMIT error. Memory grows with it, within
 * %MUTUAL_VOTING_GAME_MAX_MEMORY.
 *
 * Since: 1.0
 */
#define MUTUAL_VOTING_GAME_MAX_TOTAL_WEIGHT 16777216

/**
 * MUTUAL_VOTING_GAME_MAX_WORK:
 *
 * The most elementary steps one index may take (2^38, a few minutes); a game
 * that needs more is a %MUTUAL_ERROR_LIMIT error. For n parties, least
 * winning weight T and least blocking weight T' = total + 1 - T, the
 * Banzhaf index takes about n × (log2(n) + 2) × min(T, T') steps at most
 * (fewer when many parties have equal weights), Shapley–Shubik about
 * n/4 × n × max(T, T').
 *
 * Since: 1.0
 */
#define MUTUAL_VOTING_GAME_MAX_WORK G_GUINT64_CONSTANT (274877906944)

/**
 * MUTUAL_VOTING_GAME_MAX_MEMORY:
 *
 * The most working memory, in bytes, one index may take (1 GiB); a game
 * that needs more is a %MUTUAL_ERROR_LIMIT error. The Banzhaf index takes
 * about (log2(n) + 5) arrays of min(T, T') numbers, Shapley–Shubik three
 * arrays of max(T, T'), 8 bytes each (16 when extended precision is
 * needed).
 *
 * Since: 1.0
 */
#define MUTUAL_VOTING_GAME_MAX_MEMORY G_GUINT64_CONSTANT (1073741824)

#define MUTUAL_TYPE_VOTING_GAME (mutual_voting_game_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualVotingGame, mutual_voting_game, MUTUAL, VOTING_GAME, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualVotingGame *mutual_voting_game_new          (void);
MUTUAL_AVAILABLE_IN_ALL
void              mutual_voting_game_add_voter    (MutualVotingGame      *game,
                                                   const char            *id,
                                                   guint64                weight);
MUTUAL_AVAILABLE_IN_ALL
void              mutual_voting_game_set_quota    (MutualVotingGame      *game,
                                                   const MutualFraction  *quota,
                                                   gboolean               strict);
MUTUAL_AVAILABLE_IN_ALL
MutualFraction   *mutual_voting_game_dup_quota    (MutualVotingGame      *game,
                                                   gboolean              *strict);
MUTUAL_AVAILABLE_IN_ALL
gboolean          mutual_voting_game_add_block    (MutualVotingGame      *game,
                                                   const char            *block_id,
                                                   const char * const    *members,
                                                   GError               **error);
MUTUAL_AVAILABLE_IN_ALL
void              mutual_voting_game_set_indices  (MutualVotingGame      *game,
                                                   MutualPowerIndex       indices);
MUTUAL_AVAILABLE_IN_ALL
MutualPowerIndex  mutual_voting_game_get_indices  (MutualVotingGame      *game);
MUTUAL_AVAILABLE_IN_ALL
gboolean          mutual_voting_game_compute      (MutualVotingGame      *game,
                                                   GCancellable          *cancellable,
                                                   GError               **error);
MUTUAL_AVAILABLE_IN_ALL
GListModel       *mutual_voting_game_get_results  (MutualVotingGame      *game);
MUTUAL_AVAILABLE_IN_ALL
MutualPower      *mutual_voting_game_lookup_power (MutualVotingGame      *game,
                                                   const char            *party);

G_END_DECLS
