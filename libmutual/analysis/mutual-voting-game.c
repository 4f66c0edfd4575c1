/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>

#include "mutual-error.h"
#include "mutual-fraction-private.h"
#include "mutual-item-list-private.h"
#include "mutual-power-engine-private.h"
#include "mutual-voting-game.h"

/**
 * MutualVotingGame:
 *
 * A weighted voting game: parties with votes, a quota, and the voting power
 * of each party.
 *
 * Add the voters with their weights, set the quota (a coalition wins when
 * its weight is more than, or at least, a fraction of the total weight),
 * optionally declare blocks of voters that vote as one (all employee
 * members, say), then call [method@Mutual.VotingGame.compute]. The results
 * are a [class@Mutual.Power] for every party: each voter outside a block
 * in the order first added, then each block in the order declared.
 *
 * Three indices are computed:
 *
 * - the Banzhaf index (J. F. Banzhaf III, "Weighted voting doesn't work: a
 *   mathematical analysis", Rutgers Law Review 19, 1965): a party's swings —
 *   the coalitions of the other parties that lose without it and win with
 *   it — divided by 2^(n-1) (absolute) or by all parties' swings
 *   (normalised);
 * - the Shapley–Shubik index (L. S. Shapley and M. Shubik, "A method for
 *   evaluating the distribution of power in a committee system", American
 *   Political Science Review 48, 1954): the share of the n! orders of
 *   voting in which the party's vote turns a losing coalition into a
 *   winning one.
 *
 * They are computed exactly, not by sampling. A game of at most 10
 * parties is counted coalition by coalition, each index a ratio of
 * integers rounded once (exact to the last bit). Larger games are never
 * enumerated over their 2^n coalitions: parties of equal weight are grouped, the weights divided
 * by their common divisor, and the distribution of a coalition's weight is
 * built by dynamic programming over weights from the generating function
 * prod ((1 - t) + t x^w)^m over the groups, several parties of a group at a
 * time with binomial coefficients, and truncated below the threshold.
 *
 * - The absolute Banzhaf index is the probability of a swing at t = 1/2.
 *   The distribution of the other parties' weight, for each group, comes
 *   from a divide-and-conquer over the groups (each half of the groups
 *   applied to the distribution of the other half), so every number is a
 *   sum of non-negative terms and even an index of 10^-300 keeps its
 *   relative precision.
 * - The Shapley–Shubik index is the integral of the probability of a swing
 *   over t from 0 to 1 (Owen's multilinear extension, 1972): that
 *   probability is a polynomial of degree n - 1 in t, so Gauss–Legendre
 *   quadrature with ceil(n/2) nodes integrates it exactly. At each node the
 *   distribution without one party of a group is the full distribution
 *   with that party's factor divided out, a recurrence that is stable for
 *   t <= 1/2; the nodes above 1/2 are handled by the symmetry between a
 *   coalition and its complement.
 *
 * The arithmetic is on probabilities, never on counts (which exceed 2^64
 * for a hundred voters), so nothing overflows, and nothing goes negative.
 * It is double precision: each probability carries a relative rounding
 * error of at most about 2 n × 2^-53 (2e-13 for a thousand parties), so
 * the normalised Banzhaf and the Shapley–Shubik indices are within 1e-12 of
 * the exact values; observed differences from exact integer counts and from
 * extended precision are near 1e-15. Probabilities are rescaled by powers
 * of two as they shrink, and when a game's swing probabilities are so
 * small beside the rest of the distribution that a double could have lost
 * part of them (a quota near 100% among thousands of parties), the Banzhaf
 * index is recomputed in extended precision (long double).
 *
 * Cost, for n parties of which G distinct weights, least winning weight T
 * and least blocking weight T' = total + 1 - T: Banzhaf at most about
 * n × (log2(n) + 2) × min(T, T') steps, Shapley–Shubik about
 * n/4 × (n + G) × max(T, T'). Measured in CPU time on one core of an AMD
 * EPYC server (bench/RESULTS.md): 1,003 parties in 23 weights with 10,000
 * votes take about 2 ms for Banzhaf and 0.09 s for both indices; 10,000
 * parties with 100,000 votes about 0.2 s for Banzhaf. Use
 * [method@Mutual.VotingGame.set_indices] to skip the Shapley–Shubik index
 * in very large games. The limits are %MUTUAL_VOTING_GAME_MAX_PARTIES,
 * %MUTUAL_VOTING_GAME_MAX_TOTAL_WEIGHT, %MUTUAL_VOTING_GAME_MAX_WORK and
 * %MUTUAL_VOTING_GAME_MAX_MEMORY.
 *
 * Since: 1.0
 */

typedef struct
{
  char *id;
  guint64 weight;       /* saturates at G_MAXUINT64; compute() refuses that */
  int block;            /* index in blocks, or -1 */
} Voter;

typedef struct
{
  char *id;
  GArray *members;      /* guint indices in voters */
} Block;

struct _MutualVotingGame
{
  GObject parent_instance;

  GArray *voters;                /* Voter */
  GHashTable *voter_index;       /* id (owned by the Voter) -> index + 1 */
  GPtrArray *blocks;             /* Block */
  GHashTable *block_index;       /* id (owned by the Block) -> index + 1 */
  MutualFraction quota;
  gboolean strict;
  MutualPowerIndex indices;

  MutualItemList *results;
  GHashTable *results_by_party;  /* party id (owned by the result) -> MutualPower */
};

G_DEFINE_FINAL_TYPE (MutualVotingGame, mutual_voting_game, G_TYPE_OBJECT)

G_STATIC_ASSERT (MUTUAL_VOTING_GAME_MAX_MEMORY == MUTUAL_POWER_ENGINE_MAX_MEMORY);

static void
voter_clear (gpointer data)
{
  Voter *voter = data;

  g_free (voter->id);
}

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->id);
  g_array_unref (block->members);
  g_free (block);
}

static void
mutual_voting_game_finalize (GObject *object)
{
  MutualVotingGame *self = MUTUAL_VOTING_GAME (object);

  g_clear_pointer (&self->voter_index, g_hash_table_unref);
  g_clear_pointer (&self->voters, g_array_unref);
  g_clear_pointer (&self->block_index, g_hash_table_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->results_by_party, g_hash_table_unref);
  g_clear_object (&self->results);

  G_OBJECT_CLASS (mutual_voting_game_parent_class)->finalize (object);
}

static void
mutual_voting_game_class_init (MutualVotingGameClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mutual_voting_game_finalize;
}

static void
mutual_voting_game_init (MutualVotingGame *self)
{
  self->voters = g_array_new (FALSE, FALSE, sizeof (Voter));
  g_array_set_clear_func (self->voters, voter_clear);
  self->voter_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->block_index = g_hash_table_new (g_str_hash, g_str_equal);
  mutual_fraction_init (&self->quota, 1, 2);
  self->strict = TRUE;
  self->indices = MUTUAL_POWER_INDEX_ALL;
  self->results = mutual_item_list_new (MUTUAL_TYPE_POWER);
  self->results_by_party = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * mutual_voting_game_new:
 *
 * Creates an empty voting game whose quota is that of an ordinary
 * resolution: more than 1/2 of the votes.
 *
 * Returns: (transfer full): a new #MutualVotingGame
 *
 * Since: 1.0
 */
MutualVotingGame *
mutual_voting_game_new (void)
{
  return g_object_new (MUTUAL_TYPE_VOTING_GAME, NULL);
}

/**
 * mutual_voting_game_add_voter:
 * @game: a #MutualVotingGame
 * @id: the id of the voter, such as a party id
 * @weight: its votes; 0 is allowed (such a voter is never decisive)
 *
 * Adds a voter. Adding an id that is already a voter adds @weight to its
 * votes, so a holder of several classes of shares can be added once per
 * holding.
 *
 * Since: 1.0
 */
void
mutual_voting_game_add_voter (MutualVotingGame *game,
                              const char       *id,
                              guint64           weight)
{
  gpointer found;

  g_return_if_fail (MUTUAL_IS_VOTING_GAME (game));
  g_return_if_fail (id != NULL);

  found = g_hash_table_lookup (game->voter_index, id);
  if (found != NULL)
    {
      Voter *voter = &g_array_index (game->voters, Voter, GPOINTER_TO_UINT (found) - 1);

      voter->weight = voter->weight > G_MAXUINT64 - weight ? G_MAXUINT64 : voter->weight + weight;
    }
  else
    {
      Voter voter = { g_strdup (id), weight, -1 };

      g_array_append_val (game->voters, voter);
      g_hash_table_insert (game->voter_index, voter.id, GUINT_TO_POINTER (game->voters->len));
    }
}

/**
 * mutual_voting_game_set_quota:
 * @game: a #MutualVotingGame
 * @quota: the quota, a fraction of the total weight; not negative, and a
 *   quota above 1 is one nobody can reach
 * @strict: %TRUE if a coalition wins with more than @quota of the total
 *   weight (an ordinary resolution: more than 1/2), %FALSE if it wins with
 *   @quota or more (a special resolution: 3/4 or more)
 *
 * Sets the quota. The test is exact integer arithmetic: a coalition of
 * weight w wins when w × denominator > numerator × total (strict), or ≥.
 *
 * Since: 1.0
 */
void
mutual_voting_game_set_quota (MutualVotingGame     *game,
                              const MutualFraction *quota,
                              gboolean              strict)
{
  g_return_if_fail (MUTUAL_IS_VOTING_GAME (game));
  g_return_if_fail (quota != NULL);
  g_return_if_fail (quota->denominator > 0);
  g_return_if_fail (quota->numerator >= 0);

  mutual_fraction_init (&game->quota, quota->numerator, quota->denominator);
  game->strict = !!strict;
}

/**
 * mutual_voting_game_dup_quota:
 * @game: a #MutualVotingGame
 * @strict: (out) (optional): whether the quota must be exceeded
 *
 * Gets the quota set by [method@Mutual.VotingGame.set_quota].
 *
 * Returns: (transfer full): the quota
 *
 * Since: 1.0
 */
MutualFraction *
mutual_voting_game_dup_quota (MutualVotingGame *game,
                              gboolean         *strict)
{
  g_return_val_if_fail (MUTUAL_IS_VOTING_GAME (game), NULL);

  if (strict != NULL)
    *strict = game->strict;
  return mutual_fraction_copy (&game->quota);
}

/**
 * mutual_voting_game_add_block:
 * @game: a #MutualVotingGame
 * @block_id: the id of the block, not the id of a voter or of another block
 * @members: (array zero-terminated=1): the ids of the voters in the block
 * @error: return location for a #GError
 *
 * Declares that @members vote as one party, @block_id, whose weight is the
 * sum of theirs (all employee members, say, or the parties to a voting
 * agreement). The members leave the game as separate voters. A block with
 * no members is a party of weight 0.
 *
 * On error nothing changes: %MUTUAL_ERROR_UNKNOWN_ID when a member is not a
 * voter, %MUTUAL_ERROR_DUPLICATE_ID when @block_id is taken or a member is
 * listed twice, %MUTUAL_ERROR_INVALID when a member is already in a block.
 *
 * Returns: %TRUE if the block was added
 *
 * Since: 1.0
 */
gboolean
mutual_voting_game_add_block (MutualVotingGame   *game,
                              const char         *block_id,
                              const char * const *members,
                              GError            **error)
{
  g_autoptr(GArray) indices = NULL;
  g_autoptr(GHashTable) seen = NULL;
  Block *block;

  g_return_val_if_fail (MUTUAL_IS_VOTING_GAME (game), FALSE);
  g_return_val_if_fail (block_id != NULL, FALSE);
  g_return_val_if_fail (members != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_hash_table_contains (game->voter_index, block_id))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_DUPLICATE_ID,
                   "block '%s': the id is already a voter's", block_id);
      return FALSE;
    }
  if (g_hash_table_contains (game->block_index, block_id))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_DUPLICATE_ID,
                   "block '%s': declared twice", block_id);
      return FALSE;
    }

  indices = g_array_new (FALSE, FALSE, sizeof (guint));
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; members[i] != NULL; i++)
    {
      gpointer found = g_hash_table_lookup (game->voter_index, members[i]);
      guint index;
      Voter *voter;

      if (found == NULL)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID,
                       "block '%s': member '%s' is not a voter", block_id, members[i]);
          return FALSE;
        }
      if (!g_hash_table_add (seen, (gpointer) members[i]))
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_DUPLICATE_ID,
                       "block '%s': member '%s' is listed twice", block_id, members[i]);
          return FALSE;
        }
      index = GPOINTER_TO_UINT (found) - 1;
      voter = &g_array_index (game->voters, Voter, index);
      if (voter->block >= 0)
        {
          Block *other = g_ptr_array_index (game->blocks, voter->block);

          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                       "block '%s': member '%s' is already in block '%s'",
                       block_id, members[i], other->id);
          return FALSE;
        }
      g_array_append_val (indices, index);
    }

  block = g_new0 (Block, 1);
  block->id = g_strdup (block_id);
  block->members = g_steal_pointer (&indices);
  g_ptr_array_add (game->blocks, block);
  g_hash_table_insert (game->block_index, block->id, GUINT_TO_POINTER (game->blocks->len));
  for (guint i = 0; i < block->members->len; i++)
    g_array_index (game->voters, Voter, g_array_index (block->members, guint, i)).block = (int) game->blocks->len - 1;
  return TRUE;
}

/**
 * mutual_voting_game_set_indices:
 * @game: a #MutualVotingGame
 * @indices: the indices to compute
 *
 * Chooses the indices [method@Mutual.VotingGame.compute] computes; all by
 * default. The Shapley–Shubik index costs about n/4 times as much as the
 * Banzhaf index for n parties: leave it out of very large games. An index
 * left out is NaN in the results.
 *
 * Since: 1.0
 */
void
mutual_voting_game_set_indices (MutualVotingGame *game,
                                MutualPowerIndex  indices)
{
  g_return_if_fail (MUTUAL_IS_VOTING_GAME (game));
  g_return_if_fail ((indices & ~MUTUAL_POWER_INDEX_ALL) == 0);

  game->indices = indices;
}

/**
 * mutual_voting_game_get_indices:
 * @game: a #MutualVotingGame
 *
 * Gets the indices set by [method@Mutual.VotingGame.set_indices].
 *
 * Returns: the indices computed
 *
 * Since: 1.0
 */
MutualPowerIndex
mutual_voting_game_get_indices (MutualVotingGame *game)
{
  g_return_val_if_fail (MUTUAL_IS_VOTING_GAME (game), MUTUAL_POWER_INDEX_NONE);

  return game->indices;
}

static guint64
gcd64 (guint64 a,
       guint64 b)
{
  while (b != 0)
    {
      guint64 t = a % b;
      a = b;
      b = t;
    }
  return a;
}

static int
compare_weights (gconstpointer a,
                 gconstpointer b)
{
  const MutualPowerGroup *x = a, *y = b;

  return x->weight < y->weight ? -1 : x->weight > y->weight;
}

typedef struct
{
  const char *id;
  guint64 weight;
} Party;

/* Games of at most EXACT_PARTIES parties are counted exactly, coalition by
 * coalition (at most 2^9 for each group): a party's swings, by the size of
 * the coalition it turns, give the Banzhaf index (swings / 2^(n-1), and
 * normalised) and the Shapley–Shubik index (sum of s! (n-1-s)! over its
 * swings, over n!) as ratios of integers below 2^53, each rounded once, so
 * exact to the last bit where the quadrature may be a few ulps off. */
#define EXACT_PARTIES 10

static gboolean
small_game_exact (const MutualPowerGroup *groups,
                  guint                   n_groups,
                  guint64                 threshold,
                  double                 *absolute,
                  double                 *normalised,
                  double                 *shapley_shubik)
{
  guint64 w[EXACT_PARTIES], fact[EXACT_PARTIES + 1];
  guint64 swings[EXACT_PARTIES], ss[EXACT_PARTIES];
  guint first[EXACT_PARTIES];
  guint64 all_swings = 0;
  guint n = 0;

  for (guint g = 0; g < n_groups; g++)
    {
      if (groups[g].count > EXACT_PARTIES - n)
        return FALSE;
      first[g] = n;
      for (guint64 k = 0; k < groups[g].count; k++)
        w[n++] = groups[g].weight;
    }
  fact[0] = 1;
  for (guint i = 1; i <= n; i++)
    fact[i] = fact[i - 1] * i;
  for (guint g = 0; g < n_groups; g++)
    {
      guint r = first[g];

      swings[g] = 0;
      ss[g] = 0;
      /* the coalitions of the others: bit j of mask is party j, skipping r */
      for (guint mask = 0; mask < (1u << (n - 1)); mask++)
        {
          guint64 sum = 0;
          guint size = 0;

          for (guint j = 0; j < n - 1; j++)
            if (mask & (1u << j))
              {
                sum += w[j < r ? j : j + 1];
                size++;
              }
          if (sum < threshold && sum + w[r] >= threshold)
            {
              swings[g]++;
              ss[g] += fact[size] * fact[n - 1 - size];
            }
        }
      all_swings += swings[g] * groups[g].count;
    }
  for (guint g = 0; g < n_groups; g++)
    {
      absolute[g] = ldexp ((double) swings[g], -(int) (n - 1));
      normalised[g] = all_swings > 0 ? (double) swings[g] / (double) all_swings : 0;
      shapley_shubik[g] = (double) ss[g] / (double) fact[n];
    }
  return TRUE;
}

/**
 * mutual_voting_game_compute:
 * @game: a #MutualVotingGame
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Computes the voting power of every party; see [class@Mutual.VotingGame]
 * for the methods. When no coalition wins (a quota nobody reaches) or every
 * coalition wins (a quota of 0 that need not be exceeded), no party is ever
 * decisive and every index is 0.
 *
 * Errors: %MUTUAL_ERROR_DUPLICATE_ID when a voter added after a block has
 * the block's id; %MUTUAL_ERROR_LIMIT beyond the documented limits (a
 * weight or total weight that does not fit in 64 bits, more than
 * %MUTUAL_VOTING_GAME_MAX_PARTIES parties, a total weight above
 * %MUTUAL_VOTING_GAME_MAX_TOTAL_WEIGHT after division by the common
 * divisor, more than %MUTUAL_VOTING_GAME_MAX_WORK steps or
 * %MUTUAL_VOTING_GAME_MAX_MEMORY bytes);
 * %G_IO_ERROR_CANCELLED when @cancellable is cancelled. On error the
 * results of the previous computation stay.
 *
 * Returns: %TRUE if the results were computed
 *
 * Since: 1.0
 */
gboolean
mutual_voting_game_compute (MutualVotingGame *game,
                            GCancellable     *cancellable,
                            GError          **error)
{
  g_autoptr(GArray) parties = NULL;
  g_autoptr(GArray) groups = NULL;
  g_autofree guint *party_group = NULL;
  g_autofree double *absolute = NULL;
  g_autofree double *normalised = NULL;
  g_autofree double *shapley_shubik = NULL;
  g_autoptr(GPtrArray) results = NULL;
  GPtrArray *array;
  guint64 total = 0, divisor = 0, threshold = 0;
  gboolean decisive, exact;
  guint old_len;

  g_return_val_if_fail (MUTUAL_IS_VOTING_GAME (game), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* The parties: voters outside blocks, then blocks. */
  parties = g_array_new (FALSE, FALSE, sizeof (Party));
  for (guint i = 0; i < game->voters->len; i++)
    {
      Voter *voter = &g_array_index (game->voters, Voter, i);
      Party party = { voter->id, voter->weight };

      if (g_hash_table_contains (game->block_index, voter->id))
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_DUPLICATE_ID,
                       "voter '%s': the id is also a block's", voter->id);
          return FALSE;
        }
      if (voter->weight == G_MAXUINT64)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                       "voter '%s': the weight does not fit in 64 bits", voter->id);
          return FALSE;
        }
      if (voter->block < 0)
        g_array_append_val (parties, party);
    }
  for (guint b = 0; b < game->blocks->len; b++)
    {
      Block *block = g_ptr_array_index (game->blocks, b);
      Party party = { block->id, 0 };

      for (guint i = 0; i < block->members->len; i++)
        {
          guint64 w = g_array_index (game->voters, Voter, g_array_index (block->members, guint, i)).weight;

          if (party.weight > G_MAXUINT64 - 1 - w)
            {
              g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                           "block '%s': the weight does not fit in 64 bits", block->id);
              return FALSE;
            }
          party.weight += w;
        }
      g_array_append_val (parties, party);
    }
  if (parties->len > MUTUAL_VOTING_GAME_MAX_PARTIES)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                   "voting power: %u parties, more than the limit of %d",
                   parties->len, MUTUAL_VOTING_GAME_MAX_PARTIES);
      return FALSE;
    }

  for (guint i = 0; i < parties->len; i++)
    {
      guint64 w = g_array_index (parties, Party, i).weight;

      if (total > G_MAXUINT64 - 1 - w)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                       "voting power: the total weight does not fit in 64 bits");
          return FALSE;
        }
      total += w;
      divisor = gcd64 (divisor, w);
    }
  if (divisor > 1)
    total /= divisor;
  if (total > MUTUAL_VOTING_GAME_MAX_TOTAL_WEIGHT)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                   "voting power: a total weight of %" G_GUINT64_FORMAT
                   " (after dividing by the common divisor %" G_GUINT64_FORMAT
                   ") is more than the limit of %d",
                   total, MAX (divisor, 1), MUTUAL_VOTING_GAME_MAX_TOTAL_WEIGHT);
      return FALSE;
    }

  /* The least winning weight T, in exact arithmetic: w wins when
   * w * den > num * total (strict) or w * den >= num * total. */
  {
    unsigned __int128 product = (unsigned __int128) game->quota.numerator * total;
    unsigned __int128 den = (unsigned __int128) game->quota.denominator;
    unsigned __int128 t = game->strict ? product / den + 1 : (product + den - 1) / den;

    decisive = t >= 1 && t <= total;
    threshold = decisive ? (guint64) t : 0;
  }

  /* Groups of parties of equal positive weight, in increasing weight. */
  groups = g_array_new (FALSE, FALSE, sizeof (MutualPowerGroup));
  for (guint i = 0; i < parties->len; i++)
    {
      MutualPowerGroup group = { g_array_index (parties, Party, i).weight / MAX (divisor, 1), 1 };

      if (group.weight > 0)
        g_array_append_val (groups, group);
    }
  g_array_sort (groups, compare_weights);
  {
    guint unique = 0;

    for (guint g = 0; g < groups->len; g++)
      {
        MutualPowerGroup *group = &g_array_index (groups, MutualPowerGroup, g);

        if (unique > 0 && g_array_index (groups, MutualPowerGroup, unique - 1).weight == group->weight)
          g_array_index (groups, MutualPowerGroup, unique - 1).count++;
        else
          g_array_index (groups, MutualPowerGroup, unique++) = *group;
      }
    g_array_set_size (groups, unique);
  }
  party_group = g_new (guint, parties->len);
  for (guint i = 0; i < parties->len; i++)
    {
      MutualPowerGroup key = { g_array_index (parties, Party, i).weight / MAX (divisor, 1), 0 };
      guint found = G_MAXUINT;

      if (key.weight > 0)
        g_array_binary_search (groups, &key, compare_weights, &found);
      party_group[i] = found;
    }

  absolute = g_new0 (double, groups->len + 1);
  normalised = g_new0 (double, groups->len + 1);
  shapley_shubik = g_new0 (double, groups->len + 1);
  exact = decisive && small_game_exact ((const MutualPowerGroup *) groups->data, groups->len, threshold,
                                        absolute, normalised, shapley_shubik);
  if (decisive && !exact && (game->indices & MUTUAL_POWER_INDEX_BANZHAF))
    {
      const MutualPowerGroup *data = (const MutualPowerGroup *) groups->data;
      guint64 work = mutual_power_engine_banzhaf_work (data, groups->len, threshold);

      guint64 memory = mutual_power_engine_banzhaf_memory (data, groups->len, threshold,
                                                           MUTUAL_POWER_REAL_DOUBLE);

      if (memory > MUTUAL_VOTING_GAME_MAX_MEMORY)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                       "voting power: the Banzhaf index of %u parties with a total weight of %"
                       G_GUINT64_FORMAT " needs %" G_GUINT64_FORMAT
                       " bytes of memory, more than the limit of %" G_GUINT64_FORMAT,
                       parties->len, total, memory, MUTUAL_VOTING_GAME_MAX_MEMORY);
          return FALSE;
        }
      if (work > MUTUAL_VOTING_GAME_MAX_WORK)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                       "voting power: the Banzhaf index of %u parties with a total weight of %"
                       G_GUINT64_FORMAT " needs about %" G_GUINT64_FORMAT
                       " steps, more than the limit of %" G_GUINT64_FORMAT,
                       parties->len, total, work, MUTUAL_VOTING_GAME_MAX_WORK);
          return FALSE;
        }
      if (!mutual_power_engine_banzhaf (data, groups->len, threshold, MUTUAL_POWER_REAL_AUTO,
                                        absolute, normalised, cancellable, error))
        return FALSE;
    }
  if (decisive && !exact && (game->indices & MUTUAL_POWER_INDEX_SHAPLEY_SHUBIK))
    {
      const MutualPowerGroup *data = (const MutualPowerGroup *) groups->data;
      guint64 work = mutual_power_engine_shapley_shubik_work (data, groups->len, threshold);

      guint64 memory = mutual_power_engine_shapley_shubik_memory (data, groups->len, threshold,
                                                                  MUTUAL_POWER_REAL_DOUBLE);

      if (memory > MUTUAL_VOTING_GAME_MAX_MEMORY)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                       "voting power: the Shapley–Shubik index of %u parties with a total weight of %"
                       G_GUINT64_FORMAT " needs %" G_GUINT64_FORMAT
                       " bytes of memory, more than the limit of %" G_GUINT64_FORMAT,
                       parties->len, total, memory, MUTUAL_VOTING_GAME_MAX_MEMORY);
          return FALSE;
        }
      if (work > MUTUAL_VOTING_GAME_MAX_WORK)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                       "voting power: the Shapley–Shubik index of %u parties with a total weight of %"
                       G_GUINT64_FORMAT " needs about %" G_GUINT64_FORMAT
                       " steps, more than the limit of %" G_GUINT64_FORMAT
                       " (compute the Banzhaf index alone)",
                       parties->len, total, work, MUTUAL_VOTING_GAME_MAX_WORK);
          return FALSE;
        }
      if (!mutual_power_engine_shapley_shubik (data, groups->len, threshold, MUTUAL_POWER_REAL_AUTO,
                                               shapley_shubik, cancellable, error))
        return FALSE;
    }

  results = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < parties->len; i++)
    {
      Party *party = &g_array_index (parties, Party, i);
      guint g = party_group[i] == G_MAXUINT ? groups->len : party_group[i];
      gboolean banzhaf = (game->indices & MUTUAL_POWER_INDEX_BANZHAF) != 0;
      gboolean ss = (game->indices & MUTUAL_POWER_INDEX_SHAPLEY_SHUBIK) != 0;

      /* index groups->len holds the zeros of the parties of weight 0 */
      g_ptr_array_add (results, mutual_power_new (party->id, party->weight,
                                                  banzhaf ? normalised[g] : NAN,
                                                  banzhaf ? absolute[g] : NAN,
                                                  ss ? shapley_shubik[g] : NAN));
    }

  /* Replace the results in place: callers hold the list without a reference. */
  array = mutual_item_list_get_array (game->results);
  old_len = array->len;
  g_hash_table_remove_all (game->results_by_party);
  g_ptr_array_set_size (array, 0);
  for (guint i = 0; i < results->len; i++)
    {
      MutualPower *power = g_ptr_array_index (results, i);

      g_ptr_array_add (array, g_object_ref (power));
      g_hash_table_insert (game->results_by_party, (gpointer) mutual_power_get_party (power), power);
    }
  g_list_model_items_changed (G_LIST_MODEL (game->results), 0, old_len, array->len);
  return TRUE;
}

/**
 * mutual_voting_game_get_results:
 * @game: a #MutualVotingGame
 *
 * Gets the results of the last successful [method@Mutual.VotingGame.compute]:
 * a [class@Mutual.Power] for each party, the voters outside blocks in the
 * order first added, then the blocks in the order declared. The list is
 * empty before the first computation; it is the same list for the life of
 * @game, updated by each computation (not by changes to the game).
 *
 * Returns: (transfer none): a #GListModel of #MutualPower
 *
 * Since: 1.0
 */
GListModel *
mutual_voting_game_get_results (MutualVotingGame *game)
{
  g_return_val_if_fail (MUTUAL_IS_VOTING_GAME (game), NULL);

  return G_LIST_MODEL (game->results);
}

/**
 * mutual_voting_game_lookup_power:
 * @game: a #MutualVotingGame
 * @party: the id of a voter outside blocks, or of a block
 *
 * Looks up the power of one party in the results of the last successful
 * [method@Mutual.VotingGame.compute].
 *
 * Returns: (transfer none) (nullable): the party's power, or %NULL if
 *   @party is not a party of the last computation
 *
 * Since: 1.0
 */
MutualPower *
mutual_voting_game_lookup_power (MutualVotingGame *game,
                                 const char       *party)
{
  g_return_val_if_fail (MUTUAL_IS_VOTING_GAME (game), NULL);
  g_return_val_if_fail (party != NULL, NULL);

  return g_hash_table_lookup (game->results_by_party, party);
}
