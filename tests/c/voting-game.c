/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <math.h>

#include <libmutual/mutual.h>

#define CLOSE 1e-12

static MutualVotingGame *
game_new (const char * const *ids,
          const guint64      *weights,
          guint               n)
{
  MutualVotingGame *game = mutual_voting_game_new ();

  for (guint i = 0; i < n; i++)
    mutual_voting_game_add_voter (game, ids[i], weights[i]);
  return game;
}

static void
set_quota (MutualVotingGame *game,
           gint64            numerator,
           gint64            denominator,
           gboolean          strict)
{
  g_autoptr(MutualFraction) quota = mutual_fraction_new (numerator, denominator);

  mutual_voting_game_set_quota (game, quota, strict);
}

static MutualPower *
power_of (MutualVotingGame *game,
          const char       *party)
{
  MutualPower *power = mutual_voting_game_lookup_power (game, party);

  g_assert_nonnull (power);
  return power;
}

static void
assert_sums (MutualVotingGame *game,
             double            banzhaf,
             double            shapley_shubik)
{
  GListModel *results = mutual_voting_game_get_results (game);
  double b = 0, ss = 0;

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(MutualPower) power = g_list_model_get_item (results, i);

      g_assert_cmpfloat (mutual_power_get_banzhaf (power), >=, 0);
      g_assert_cmpfloat (mutual_power_get_absolute_banzhaf (power), >=, 0);
      g_assert_cmpfloat (mutual_power_get_shapley_shubik (power), >=, 0);
      b += mutual_power_get_banzhaf (power);
      ss += mutual_power_get_shapley_shubik (power);
    }
  g_assert_cmpfloat_with_epsilon (b, banzhaf, CLOSE);
  g_assert_cmpfloat_with_epsilon (ss, shapley_shubik, CLOSE);
}

/* MyCSP in 2012: Cabinet Office 35%, Equiniti 40%, the employee trust 25%. */
static const char *mycsp_ids[] = { "cabinet-office", "equiniti", "mycsp-trust" };
static const guint64 mycsp_weights[] = { 35, 40, 25 };

static void
test_mycsp_ordinary (void)
{
  g_autoptr(MutualVotingGame) game = game_new (mycsp_ids, mycsp_weights, 3);
  g_autoptr(GError) error = NULL;

  set_quota (game, 1, 2, TRUE);
  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (mutual_voting_game_get_results (game)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      MutualPower *power = power_of (game, mycsp_ids[i]);

      g_assert_cmpuint (mutual_power_get_weight (power), ==, mycsp_weights[i]);
      g_assert_cmpfloat_with_epsilon (mutual_power_get_banzhaf (power), 1.0 / 3, CLOSE);
      g_assert_cmpfloat_with_epsilon (mutual_power_get_absolute_banzhaf (power), 0.5, CLOSE);
      g_assert_cmpfloat_with_epsilon (mutual_power_get_shapley_shubik (power), 1.0 / 3, CLOSE);
    }
  assert_sums (game, 1, 1);
}

static void
test_mycsp_special (void)
{
  g_autoptr(MutualVotingGame) game = game_new (mycsp_ids, mycsp_weights, 3);
  g_autoptr(GError) error = NULL;
  gboolean strict = TRUE;
  g_autoptr(MutualFraction) quota = NULL;

  set_quota (game, 3, 4, FALSE);
  quota = mutual_voting_game_dup_quota (game, &strict);
  g_assert_cmpint (quota->numerator, ==, 3);
  g_assert_cmpint (quota->denominator, ==, 4);
  g_assert_false (strict);
  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  g_assert_no_error (error);
  /* 75 = 35 + 40 is exactly 3/4: the two together pass, the trust never counts. */
  g_assert_cmpfloat (mutual_power_get_banzhaf (power_of (game, "mycsp-trust")), ==, 0);
  g_assert_cmpfloat (mutual_power_get_shapley_shubik (power_of (game, "mycsp-trust")), ==, 0);
  g_assert_cmpfloat_with_epsilon (mutual_power_get_banzhaf (power_of (game, "equiniti")), 0.5, CLOSE);
  g_assert_cmpfloat_with_epsilon (mutual_power_get_shapley_shubik (power_of (game, "cabinet-office")), 0.5, CLOSE);
  g_assert_cmpfloat_with_epsilon (mutual_power_get_absolute_banzhaf (power_of (game, "equiniti")), 0.5, CLOSE);
  assert_sums (game, 1, 1);

  /* More than 3/4 (strict): 75 no longer wins, only all three together. */
  set_quota (game, 3, 4, TRUE);
  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  for (guint i = 0; i < 3; i++)
    {
      MutualPower *power = power_of (game, mycsp_ids[i]);

      g_assert_cmpfloat_with_epsilon (mutual_power_get_banzhaf (power), 1.0 / 3, CLOSE);
      g_assert_cmpfloat_with_epsilon (mutual_power_get_absolute_banzhaf (power), 0.25, CLOSE);
      g_assert_cmpfloat_with_epsilon (mutual_power_get_shapley_shubik (power), 1.0 / 3, CLOSE);
    }
}

/* MyCSP in 2014: Equiniti's 40% plus shares bought from the Cabinet Office... a
 * simple majority holder is a dictator for ordinary resolutions. */
static void
test_dictator (void)
{
  const char *ids[] = { "equiniti", "cabinet-office", "mycsp-trust", "nobody" };
  const guint64 weights[] = { 60, 15, 25, 0 };
  g_autoptr(MutualVotingGame) game = game_new (ids, weights, 4);
  g_autoptr(GError) error = NULL;

  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (mutual_power_get_banzhaf (power_of (game, "equiniti")), 1, CLOSE);
  g_assert_cmpfloat_with_epsilon (mutual_power_get_absolute_banzhaf (power_of (game, "equiniti")), 1, CLOSE);
  g_assert_cmpfloat_with_epsilon (mutual_power_get_shapley_shubik (power_of (game, "equiniti")), 1, CLOSE);
  for (guint i = 1; i < 4; i++)
    {
      g_assert_cmpfloat (mutual_power_get_banzhaf (power_of (game, ids[i])), ==, 0);
      g_assert_cmpfloat (mutual_power_get_shapley_shubik (power_of (game, ids[i])), ==, 0);
    }

  /* The only voter with weight is a dictator whatever the quota. */
  {
    const char *one[] = { "a", "b" };
    const guint64 w[] = { 7, 0 };
    g_autoptr(MutualVotingGame) single = game_new (one, w, 2);

    set_quota (single, 1, 1, FALSE);
    g_assert_true (mutual_voting_game_compute (single, NULL, &error));
    g_assert_cmpfloat_with_epsilon (mutual_power_get_banzhaf (power_of (single, "a")), 1, CLOSE);
    g_assert_cmpfloat_with_epsilon (mutual_power_get_absolute_banzhaf (power_of (single, "a")), 1, CLOSE);
    g_assert_cmpfloat_with_epsilon (mutual_power_get_shapley_shubik (power_of (single, "a")), 1, CLOSE);
    g_assert_cmpfloat (mutual_power_get_shapley_shubik (power_of (single, "b")), ==, 0);
  }
}

static void
assert_all_zero (MutualVotingGame *game)
{
  GListModel *results = mutual_voting_game_get_results (game);

  g_assert_cmpuint (g_list_model_get_n_items (results), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(MutualPower) power = g_list_model_get_item (results, i);

      g_assert_cmpfloat (mutual_power_get_banzhaf (power), ==, 0);
      g_assert_cmpfloat (mutual_power_get_absolute_banzhaf (power), ==, 0);
      g_assert_cmpfloat (mutual_power_get_shapley_shubik (power), ==, 0);
    }
}

static void
test_unreachable (void)
{
  g_autoptr(MutualVotingGame) game = game_new (mycsp_ids, mycsp_weights, 3);
  g_autoptr(GError) error = NULL;

  /* more than 100%: nobody */
  set_quota (game, 1, 1, TRUE);
  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  g_assert_no_error (error);
  assert_all_zero (game);

  /* 101% or more */
  set_quota (game, 101, 100, FALSE);
  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  assert_all_zero (game);

  /* 0% or more: even the empty coalition wins, so no one is decisive */
  set_quota (game, 0, 1, FALSE);
  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  assert_all_zero (game);

  /* 100% or more: unanimity, each is decisive in exactly one coalition */
  set_quota (game, 1, 1, FALSE);
  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  g_assert_cmpfloat_with_epsilon (mutual_power_get_absolute_banzhaf (power_of (game, "equiniti")), 0.25, CLOSE);
  g_assert_cmpfloat_with_epsilon (mutual_power_get_shapley_shubik (power_of (game, "mycsp-trust")), 1.0 / 3, CLOSE);

  /* more than 0%: any voter with weight wins alone */
  set_quota (game, 0, 1, TRUE);
  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  g_assert_cmpfloat_with_epsilon (mutual_power_get_absolute_banzhaf (power_of (game, "equiniti")), 0.25, CLOSE);
  g_assert_cmpfloat_with_epsilon (mutual_power_get_banzhaf (power_of (game, "equiniti")), 1.0 / 3, CLOSE);

  /* no voters at all, and only voters of weight 0 */
  {
    g_autoptr(MutualVotingGame) empty = mutual_voting_game_new ();

    g_assert_true (mutual_voting_game_compute (empty, NULL, &error));
    g_assert_cmpuint (g_list_model_get_n_items (mutual_voting_game_get_results (empty)), ==, 0);
    mutual_voting_game_add_voter (empty, "a", 0);
    mutual_voting_game_add_voter (empty, "b", 0);
    g_assert_true (mutual_voting_game_compute (empty, NULL, &error));
    assert_all_zero (empty);
  }
}

static void
test_zero_weights (void)
{
  const char *ids[] = { "cabinet-office", "equiniti", "mycsp-trust", "z1", "z2" };
  const guint64 weights[] = { 35, 40, 25, 0, 0 };
  g_autoptr(MutualVotingGame) game = game_new (ids, weights, 5);
  g_autoptr(GError) error = NULL;

  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  g_assert_no_error (error);
  /* Null voters change nothing: not even the absolute index, since each
   * doubles both the swings and the coalitions. */
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpfloat_with_epsilon (mutual_power_get_banzhaf (power_of (game, ids[i])), 1.0 / 3, CLOSE);
      g_assert_cmpfloat_with_epsilon (mutual_power_get_absolute_banzhaf (power_of (game, ids[i])), 0.5, CLOSE);
      g_assert_cmpfloat_with_epsilon (mutual_power_get_shapley_shubik (power_of (game, ids[i])), 1.0 / 3, CLOSE);
    }
  for (guint i = 3; i < 5; i++)
    {
      g_assert_cmpfloat (mutual_power_get_banzhaf (power_of (game, ids[i])), ==, 0);
      g_assert_cmpfloat (mutual_power_get_absolute_banzhaf (power_of (game, ids[i])), ==, 0);
      g_assert_cmpfloat (mutual_power_get_shapley_shubik (power_of (game, ids[i])), ==, 0);
    }
  assert_sums (game, 1, 1);
}

static void
test_blocks (void)
{
  const char *ids[] = { "cabinet-office", "equiniti", "e1", "e2", "e3", "e4", "e5" };
  const guint64 weights[] = { 35, 40, 5, 5, 5, 6, 4 };
  const char *employees[] = { "e1", "e2", "e3", "e4", "e5", NULL };
  g_autoptr(MutualVotingGame) game = game_new (ids, weights, 7);
  g_autoptr(GError) error = NULL;
  GListModel *results;

  /* Five employees voting apart have little power... */
  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (mutual_voting_game_get_results (game)), ==, 7);
  g_assert_cmpfloat (mutual_power_get_shapley_shubik (power_of (game, "e1")), <, 0.1);

  /* ...and a third of it voting together, as the trust did. */
  g_assert_true (mutual_voting_game_add_block (game, "employees", employees, &error));
  g_assert_no_error (error);
  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  g_assert_no_error (error);
  results = mutual_voting_game_get_results (game);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 3);
  {
    g_autoptr(MutualPower) last = g_list_model_get_item (results, 2);

    g_assert_cmpstr (mutual_power_get_party (last), ==, "employees");
    g_assert_cmpuint (mutual_power_get_weight (last), ==, 25);
  }
  g_assert_null (mutual_voting_game_lookup_power (game, "e1"));
  g_assert_cmpfloat_with_epsilon (mutual_power_get_banzhaf (power_of (game, "employees")), 1.0 / 3, CLOSE);
  g_assert_cmpfloat_with_epsilon (mutual_power_get_shapley_shubik (power_of (game, "employees")), 1.0 / 3, CLOSE);
  g_assert_cmpfloat_with_epsilon (mutual_power_get_shapley_shubik (power_of (game, "equiniti")), 1.0 / 3, CLOSE);

  /* Errors leave the game as it was. */
  {
    const char *unknown[] = { "cabinet-office", "nobody", NULL };
    const char *taken[] = { "e1", NULL };
    const char *twice[] = { "cabinet-office", "cabinet-office", NULL };
    const char *none[] = { NULL };

    g_assert_false (mutual_voting_game_add_block (game, "public", unknown, &error));
    g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID);
    g_assert_nonnull (strstr (error->message, "nobody"));
    g_clear_error (&error);
    g_assert_false (mutual_voting_game_add_block (game, "public", taken, &error));
    g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "employees"));
    g_clear_error (&error);
    g_assert_false (mutual_voting_game_add_block (game, "public", twice, &error));
    g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_DUPLICATE_ID);
    g_clear_error (&error);
    g_assert_false (mutual_voting_game_add_block (game, "employees", none, &error));
    g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_DUPLICATE_ID);
    g_clear_error (&error);
    g_assert_false (mutual_voting_game_add_block (game, "equiniti", none, &error));
    g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_DUPLICATE_ID);
    g_clear_error (&error);

    /* the failed "public" block took nothing: the Cabinet Office is still free */
    g_assert_true (mutual_voting_game_compute (game, NULL, &error));
    g_assert_nonnull (mutual_voting_game_lookup_power (game, "cabinet-office"));
    g_assert_null (mutual_voting_game_lookup_power (game, "public"));

    /* an empty block is a party of weight 0 */
    g_assert_true (mutual_voting_game_add_block (game, "empty", none, &error));
    g_assert_true (mutual_voting_game_compute (game, NULL, &error));
    g_assert_cmpuint (mutual_power_get_weight (power_of (game, "empty")), ==, 0);
    g_assert_cmpfloat (mutual_power_get_banzhaf (power_of (game, "empty")), ==, 0);

    /* a voter added later under a block's id is refused at compute time */
    mutual_voting_game_add_voter (game, "employees", 3);
    g_assert_false (mutual_voting_game_compute (game, NULL, &error));
    g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_DUPLICATE_ID);
    g_clear_error (&error);
    /* and the results of the last computation stay */
    g_assert_nonnull (mutual_voting_game_lookup_power (game, "empty"));
  }
}

static void
test_add_voter_twice (void)
{
  g_autoptr(MutualVotingGame) game = mutual_voting_game_new ();
  g_autoptr(GError) error = NULL;

  /* a holder of two classes of voting shares */
  mutual_voting_game_add_voter (game, "equiniti", 30);
  mutual_voting_game_add_voter (game, "cabinet-office", 35);
  mutual_voting_game_add_voter (game, "equiniti", 30);
  mutual_voting_game_add_voter (game, "mycsp-trust", 5);
  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (mutual_voting_game_get_results (game)), ==, 3);
  g_assert_cmpuint (mutual_power_get_weight (power_of (game, "equiniti")), ==, 60);
  g_assert_cmpfloat_with_epsilon (mutual_power_get_banzhaf (power_of (game, "equiniti")), 1, CLOSE);
}

/* Plain enumeration of the 2^n coalitions, the definitions written out. */
static void
brute_force (const guint64 *weights,
             guint          n,
             gint64         numerator,
             gint64         denominator,
             gboolean       strict,
             double        *banzhaf,
             double        *absolute,
             double        *shapley_shubik)
{
  guint64 total = 0, swings_all = 0;
  g_autofree guint64 *swings = g_new0 (guint64, n);
  long double factorial[32];

  factorial[0] = 1;
  for (guint k = 1; k < 32; k++)
    factorial[k] = factorial[k - 1] * k;
  for (guint i = 0; i < n; i++)
    total += weights[i];

#define WINS(w) (strict ? (__int128) (w) * denominator > (__int128) numerator * total \
                        : (__int128) (w) * denominator >= (__int128) numerator * total)
  for (guint i = 0; i < n; i++)
    {
      long double ss = 0;

      for (guint32 mask = 0; mask < (1u << n); mask++)
        {
          guint64 w = 0;
          guint size = 0;

          if (mask & (1u << i))
            continue;
          for (guint j = 0; j < n; j++)
            if (mask & (1u << j))
              {
                w += weights[j];
                size++;
              }
          if (!WINS (w) && WINS (w + weights[i]))
            {
              swings[i]++;
              ss += factorial[size] * factorial[n - 1 - size] / factorial[n];
            }
        }
      shapley_shubik[i] = (double) ss;
      swings_all += swings[i];
    }
#undef WINS
  for (guint i = 0; i < n; i++)
    {
      absolute[i] = (double) swings[i] / (double) (1u << (n - 1));
      banzhaf[i] = swings_all > 0 ? (double) swings[i] / (double) swings_all : 0;
    }
}

static void
test_brute_force (void)
{
  GRand *rand = g_rand_new_with_seed (20120401);
  const gint64 quotas[][2] = { { 1, 2 }, { 3, 4 }, { 1, 4 }, { 2, 3 }, { 1, 1 }, { 0, 1 }, { 1, 3 }, { 99, 100 } };

  for (guint round = 0; round < 400; round++)
    {
      guint n = g_rand_int_range (rand, 1, 13);
      gboolean with_block = n >= 4 && g_rand_boolean (rand);
      guint64 weights[12], party_weights[12];
      char *ids[12];
      const char *party_ids[12];
      guint n_parties = 0, max_weight;
      double banzhaf[12], absolute[12], ss[12];
      g_autoptr(MutualVotingGame) game = mutual_voting_game_new ();
      g_autoptr(GError) error = NULL;
      guint q = g_rand_int_range (rand, 0, G_N_ELEMENTS (quotas));
      gboolean strict = g_rand_boolean (rand);
      guint64 scale = g_rand_boolean (rand) ? 1 : 1000;

      /* small weights make ties and equal groups; large ones do not */
      max_weight = g_rand_boolean (rand) ? 4 : 1000;
      for (guint i = 0; i < n; i++)
        {
          ids[i] = g_strdup_printf ("v%u", i);
          weights[i] = g_rand_int_range (rand, 0, max_weight + 1) * scale;
          mutual_voting_game_add_voter (game, ids[i], weights[i]);
        }
      if (with_block)
        {
          /* the last three vote as one */
          const char *members[] = { ids[n - 3], ids[n - 2], ids[n - 1], NULL };

          g_assert_true (mutual_voting_game_add_block (game, "block", members, &error));
          for (guint i = 0; i < n - 3; i++)
            {
              party_ids[n_parties] = ids[i];
              party_weights[n_parties++] = weights[i];
            }
          party_ids[n_parties] = "block";
          party_weights[n_parties++] = weights[n - 3] + weights[n - 2] + weights[n - 1];
        }
      else
        for (guint i = 0; i < n; i++)
          {
            party_ids[n_parties] = ids[i];
            party_weights[n_parties++] = weights[i];
          }

      set_quota (game, quotas[q][0], quotas[q][1], strict);
      g_assert_true (mutual_voting_game_compute (game, NULL, &error));
      g_assert_no_error (error);
      brute_force (party_weights, n_parties, quotas[q][0], quotas[q][1], strict, banzhaf, absolute, ss);

      for (guint i = 0; i < n_parties; i++)
        {
          MutualPower *power = power_of (game, party_ids[i]);

          g_assert_cmpuint (mutual_power_get_weight (power), ==, party_weights[i]);
          g_assert_cmpfloat_with_epsilon (mutual_power_get_banzhaf (power), banzhaf[i], 1e-13);
          g_assert_cmpfloat_with_epsilon (mutual_power_get_absolute_banzhaf (power), absolute[i], 1e-13);
          g_assert_cmpfloat_with_epsilon (mutual_power_get_shapley_shubik (power), ss[i], 1e-13);
          /* and exact zeros stay exact */
          if (absolute[i] == 0)
            g_assert_cmpfloat (mutual_power_get_absolute_banzhaf (power), ==, 0);
        }
      for (guint i = 0; i < n; i++)
        g_free (ids[i]);
    }
  g_rand_free (rand);
}

/* Games of up to 10 parties are counted exactly: each index is a ratio of
 * integers rounded once, so it equals the correctly rounded value, here
 * counted over the n! orders of voting (Shapley–Shubik) and the 2^(n-1)
 * coalitions of the others (Banzhaf), a different enumeration. */
static void
test_small_games_exact (void)
{
  GRand *rand = g_rand_new_with_seed (20261125);

  {
    /* MyCSP in 2012: a third each, exactly */
    const char *ids[] = { "equiniti", "cabinet-office", "mycsp-trust" };
    const guint64 weights[] = { 40, 35, 25 };
    g_autoptr(MutualVotingGame) game = mutual_voting_game_new ();
    g_autoptr(GError) error = NULL;

    for (guint i = 0; i < 3; i++)
      mutual_voting_game_add_voter (game, ids[i], weights[i]);
    g_assert_true (mutual_voting_game_compute (game, NULL, &error));
    for (guint i = 0; i < 3; i++)
      {
        g_assert_cmpfloat (mutual_power_get_shapley_shubik (power_of (game, ids[i])), ==, 1.0 / 3);
        g_assert_cmpfloat (mutual_power_get_banzhaf (power_of (game, ids[i])), ==, 1.0 / 3);
        g_assert_cmpfloat (mutual_power_get_absolute_banzhaf (power_of (game, ids[i])), ==, 0.5);
      }
  }
  for (guint round = 0; round < 300; round++)
    {
      guint n = g_rand_int_range (rand, 1, 8);
      guint64 weights[7], total = 0, threshold;
      guint64 orders[7] = { 0, }, swings[7] = { 0, }, all_swings = 0, factorial = 1;
      char *ids[7];
      g_autoptr(MutualVotingGame) game = mutual_voting_game_new ();
      g_autoptr(GError) error = NULL;
      guint perm[7];

      for (guint i = 0; i < n; i++)
        {
          ids[i] = g_strdup_printf ("v%u", i);
          weights[i] = g_rand_int_range (rand, 1, g_rand_boolean (rand) ? 5 : 1000);
          total += weights[i];
          mutual_voting_game_add_voter (game, ids[i], weights[i]);
          factorial *= i + 1;
        }
      /* more than half */
      threshold = total / 2 + 1;
      g_assert_true (mutual_voting_game_compute (game, NULL, &error));
      g_assert_no_error (error);

      /* every order of voting (Heap's algorithm): the pivot's turn */
      {
        guint c[7] = { 0, }, i = 1;

        for (guint k = 0; k < n; k++)
          perm[k] = k;
#define PIVOT() G_STMT_START { guint64 _w = 0; \
          for (guint _k = 0; _k < n; _k++) { _w += weights[perm[_k]]; \
            if (_w >= threshold) { orders[perm[_k]]++; break; } } } G_STMT_END
        PIVOT ();
        while (i < n)
          {
            if (c[i] < i)
              {
                guint j = i % 2 == 0 ? 0 : c[i], t = perm[j];

                perm[j] = perm[i];
                perm[i] = t;
                PIVOT ();
                c[i]++;
                i = 1;
              }
            else
              c[i++] = 0;
          }
#undef PIVOT
      }
      for (guint v = 0; v < n; v++)
        {
          for (guint32 mask = 0; mask < (1u << n); mask++)
            {
              guint64 w = 0;

              if (mask & (1u << v))
                continue;
              for (guint j = 0; j < n; j++)
                if (mask & (1u << j))
                  w += weights[j];
              if (w < threshold && w + weights[v] >= threshold)
                swings[v]++;
            }
          all_swings += swings[v];
        }
      for (guint v = 0; v < n; v++)
        {
          MutualPower *power = power_of (game, ids[v]);

          g_assert_cmpfloat (mutual_power_get_shapley_shubik (power), ==, (double) orders[v] / (double) factorial);
          g_assert_cmpfloat (mutual_power_get_absolute_banzhaf (power), ==, ldexp ((double) swings[v], -(int) (n - 1)));
          g_assert_cmpfloat (mutual_power_get_banzhaf (power), ==, (double) swings[v] / (double) all_swings);
          g_free (ids[v]);
        }
    }
  g_rand_free (rand);
}

static long double
log_binomial (guint n,
              guint k)
{
  return lgammal (n + 1.0L) - lgammal (k + 1.0L) - lgammal (n - k + 1.0L);
}

/* n voters of equal weight: by symmetry each has 1/n of the power; a swing
 * is a coalition of exactly T - 1 of the other n - 1. */
static void
test_equal_weights (void)
{
  const guint n = 1001;
  g_autoptr(MutualVotingGame) game = mutual_voting_game_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("member-%u", i);
      mutual_voting_game_add_voter (game, id, 3);
    }
  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  g_assert_no_error (error);
  {
    /* more than half of 1001: 501, so a swing is 500 of the other 1000 */
    double expected = (double) expl (log_binomial (1000, 500) - 1000 * logl (2.0L));
    MutualPower *power = power_of (game, "member-17");

    g_assert_cmpfloat_with_epsilon (mutual_power_get_banzhaf (power), 1.0 / n, CLOSE);
    g_assert_cmpfloat_with_epsilon (mutual_power_get_shapley_shubik (power), 1.0 / n, CLOSE);
    g_assert_cmpfloat (fabs (mutual_power_get_absolute_banzhaf (power) / expected - 1), <, 1e-12);
  }
  assert_sums (game, 1, 1);
}

/* One large holder of weight B and m employees of weight 1. In a random
 * order the holder is pivotal when the number j of employees before it has
 * T - B <= j < T, j uniform on 0..m: Shapley–Shubik (#such j) / (m + 1).
 * Its Banzhaf swings are the subsets of employees of those sizes. */
static void
test_apex (void)
{
  const guint m = 1999;
  const guint64 big = 1500;
  g_autoptr(MutualVotingGame) game = mutual_voting_game_new ();
  g_autoptr(GError) error = NULL;
  guint64 total = big + m, threshold = total / 2 + 1;   /* more than half */
  guint64 from = threshold - big, to = threshold - 1;   /* j in [from, to] */
  long double abs_big = 0, abs_small, ss_big;

  mutual_voting_game_add_voter (game, "council", big);
  for (guint i = 0; i < m; i++)
    {
      g_autofree char *id = g_strdup_printf ("employee-%u", i);
      mutual_voting_game_add_voter (game, id, 1);
    }
  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  g_assert_no_error (error);

  ss_big = (long double) (MIN (to, m) - from + 1) / (m + 1);
  for (guint64 j = from; j <= MIN (to, m); j++)
    abs_big += expl (log_binomial (m, j) - m * logl (2.0L));
  /* an employee swings when the others weigh exactly T - 1: the council
   * and T - 1 - B employees, or T - 1 employees */
  abs_small = expl (log_binomial (m - 1, threshold - 1 - big) - m * logl (2.0L));
  if (threshold - 1 <= m - 1)
    abs_small += expl (log_binomial (m - 1, threshold - 1) - m * logl (2.0L));

  g_assert_cmpfloat_with_epsilon (mutual_power_get_shapley_shubik (power_of (game, "council")), (double) ss_big, CLOSE);
  g_assert_cmpfloat_with_epsilon (mutual_power_get_shapley_shubik (power_of (game, "employee-5")),
                                  (double) ((1 - ss_big) / m), CLOSE);
  g_assert_cmpfloat_with_epsilon (mutual_power_get_absolute_banzhaf (power_of (game, "council")), (double) abs_big, CLOSE);
  g_assert_cmpfloat (fabsl (mutual_power_get_absolute_banzhaf (power_of (game, "employee-5")) / abs_small - 1), <, 1e-11);
  g_assert_cmpfloat_with_epsilon (mutual_power_get_banzhaf (power_of (game, "employee-5")),
                                  (double) (abs_small / (abs_big + m * abs_small)), CLOSE);
  assert_sums (game, 1, 1);
}

/* Quota 99% among 1,500 voters: every swing probability is about 2^-1400,
 * below the range of a double; the normalised index is still exact. Two
 * weights, 1000 of weight 1 and 500 of weight 2. */
static void
test_tiny_probabilities (void)
{
  g_autoptr(MutualVotingGame) game = mutual_voting_game_new ();
  g_autoptr(GError) error = NULL;
  const guint ones = 1000, twos = 500;
  guint64 total = ones + 2 * twos, threshold = (99 * total) / 100 + 1;
  long double log_one = -INFINITY, log_two = -INFINITY, b1, b2, sum;

  for (guint i = 0; i < ones + twos; i++)
    {
      g_autofree char *id = g_strdup_printf ("v%u", i);
      mutual_voting_game_add_voter (game, id, i < ones ? 1 : 2);
    }
  set_quota (game, 99, 100, TRUE);
  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  g_assert_no_error (error);

  /* log of swing counts, summed in log space: a ones and b twos among the others */
#define LOG_ADD(acc, x) ((acc) = (acc) == -INFINITY ? (x) : fmaxl ((acc), (x)) + log1pl (expl (-fabsl ((acc) - (x)))))
  for (guint64 b = 0; b <= twos; b++)
    {
      /* a weight-1 voter: others (999 ones, 500 twos) weigh T - 1 */
      if (2 * b <= threshold - 1 && threshold - 1 - 2 * b <= ones - 1)
        LOG_ADD (log_one, log_binomial (ones - 1, threshold - 1 - 2 * b) + log_binomial (twos, b));
      /* a weight-2 voter: others (1000 ones, 499 twos) weigh T - 2 or T - 1 */
      for (guint64 x = threshold - 2; x <= threshold - 1 && b <= twos - 1; x++)
        if (2 * b <= x && x - 2 * b <= ones)
          LOG_ADD (log_two, log_binomial (ones, x - 2 * b) + log_binomial (twos - 1, b));
    }
#undef LOG_ADD
  sum = ones + twos * expl (log_two - log_one);
  b1 = 1 / sum;
  b2 = expl (log_two - log_one) / sum;
  g_assert_cmpfloat (log_one - (ones + twos - 1) * logl (2.0L), <, -800);
  g_assert_cmpfloat_with_epsilon (mutual_power_get_banzhaf (power_of (game, "v0")), (double) b1, 1e-15);
  g_assert_cmpfloat_with_epsilon (mutual_power_get_banzhaf (power_of (game, "v1200")), (double) b2, 1e-15);
  g_assert_cmpfloat (fabs (mutual_power_get_banzhaf (power_of (game, "v1200")) / (double) b2 - 1), <, 1e-12);
  assert_sums (game, 1, 1);
}

static void
test_common_divisor (void)
{
  /* 35, 40 and 25 billion votes: divided by their common divisor */
  const guint64 weights[] = { G_GUINT64_CONSTANT (35000000000), G_GUINT64_CONSTANT (40000000000),
                              G_GUINT64_CONSTANT (25000000000) };
  g_autoptr(MutualVotingGame) game = game_new (mycsp_ids, weights, 3);
  g_autoptr(GError) error = NULL;

  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (mutual_power_get_shapley_shubik (power_of (game, "mycsp-trust")), 1.0 / 3, CLOSE);
  g_assert_cmpuint (mutual_power_get_weight (power_of (game, "equiniti")), ==, weights[1]);
}

static void
test_limits (void)
{
  g_autoptr(GError) error = NULL;

  /* a total weight beyond 2^24 that no divisor brings down */
  {
    g_autoptr(MutualVotingGame) game = mutual_voting_game_new ();

    mutual_voting_game_add_voter (game, "a", 20000001);
    mutual_voting_game_add_voter (game, "b", 2);
    g_assert_false (mutual_voting_game_compute (game, NULL, &error));
    g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT);
    g_clear_error (&error);
    g_assert_cmpuint (g_list_model_get_n_items (mutual_voting_game_get_results (game)), ==, 0);
  }
  /* weights that overflow 64 bits, alone or summed */
  {
    g_autoptr(MutualVotingGame) game = mutual_voting_game_new ();

    mutual_voting_game_add_voter (game, "a", G_MAXUINT64 - 1);
    mutual_voting_game_add_voter (game, "a", 5);
    g_assert_false (mutual_voting_game_compute (game, NULL, &error));
    g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT);
    g_clear_error (&error);
  }
  {
    g_autoptr(MutualVotingGame) game = mutual_voting_game_new ();

    mutual_voting_game_add_voter (game, "a", G_MAXUINT64 / 2 + 1);
    mutual_voting_game_add_voter (game, "b", G_MAXUINT64 / 2 + 1);
    g_assert_false (mutual_voting_game_compute (game, NULL, &error));
    g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT);
    g_clear_error (&error);
  }
  /* too many parties */
  {
    g_autoptr(MutualVotingGame) game = mutual_voting_game_new ();

    for (guint i = 0; i <= MUTUAL_VOTING_GAME_MAX_PARTIES; i++)
      {
        char id[16];
        g_snprintf (id, sizeof id, "v%u", i);
        mutual_voting_game_add_voter (game, id, 1);
      }
    g_assert_false (mutual_voting_game_compute (game, NULL, &error));
    g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT);
    g_clear_error (&error);
  }
  /* Shapley–Shubik of 50,000 voters and 16 million votes is refused, the
   * Banzhaf index alone is not */
  {
    g_autoptr(MutualVotingGame) game = mutual_voting_game_new ();

    for (guint i = 0; i < 50000; i++)
      {
        char id[16];
        g_snprintf (id, sizeof id, "v%u", i);
        mutual_voting_game_add_voter (game, id, 1 + i % 2);
      }
    mutual_voting_game_add_voter (game, "big", 16000000);
    set_quota (game, 1, 1, FALSE);
    g_assert_false (mutual_voting_game_compute (game, NULL, &error));
    g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT);
    g_assert_nonnull (strstr (error->message, "Shapley"));
    g_clear_error (&error);

    /* unanimity: min(T, T') = 1, so Banzhaf is quick */
    mutual_voting_game_set_indices (game, MUTUAL_POWER_INDEX_BANZHAF);
    g_assert_cmpint (mutual_voting_game_get_indices (game), ==, MUTUAL_POWER_INDEX_BANZHAF);
    g_assert_true (mutual_voting_game_compute (game, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (isnan (mutual_power_get_shapley_shubik (power_of (game, "big"))));
    g_assert_cmpfloat_with_epsilon (mutual_power_get_banzhaf (power_of (game, "big")), 1.0 / 50001, CLOSE);
  }
}

static gpointer
cancel_later (gpointer data)
{
  g_usleep (50 * 1000);
  g_cancellable_cancel (data);
  return NULL;
}

static void
test_cancel (void)
{
  g_autoptr(MutualVotingGame) game = game_new (mycsp_ids, mycsp_weights, 3);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  GThread *thread;
  gint64 start;

  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  g_cancellable_cancel (cancellable);
  g_assert_false (mutual_voting_game_compute (game, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  /* the earlier results stay */
  g_assert_cmpuint (g_list_model_get_n_items (mutual_voting_game_get_results (game)), ==, 3);

  /* cancelled while computing: Shapley–Shubik of 6,000 voters takes minutes */
  for (guint i = 0; i < 6000; i++)
    {
      g_autofree char *id = g_strdup_printf ("employee-%u", i);
      mutual_voting_game_add_voter (game, id, 1 + i % 7);
    }
  g_cancellable_reset (cancellable);
  thread = g_thread_new ("cancel", cancel_later, cancellable);
  start = g_get_monotonic_time ();
  g_assert_false (mutual_voting_game_compute (game, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_thread_join (thread);
  g_assert_cmpuint (g_list_model_get_n_items (mutual_voting_game_get_results (game)), ==, 3);
}

static void
count_changes (GListModel *list,
               guint       position,
               guint       removed,
               guint       added,
               gpointer    data)
{
  guint *calls = data;

  g_assert_cmpuint (position, ==, 0);
  (*calls)++;
}

static void
test_results_list (void)
{
  g_autoptr(MutualVotingGame) game = game_new (mycsp_ids, mycsp_weights, 3);
  g_autoptr(GError) error = NULL;
  GListModel *results = mutual_voting_game_get_results (game);
  guint calls = 0;

  g_assert_true (g_list_model_get_item_type (results) == MUTUAL_TYPE_POWER);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
  g_signal_connect (results, "items-changed", G_CALLBACK (count_changes), &calls);
  g_assert_true (mutual_voting_game_compute (game, NULL, &error));
  g_assert_true (mutual_voting_game_get_results (game) == results);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 3);
  g_assert_cmpuint (calls, ==, 1);
  {
    g_autoptr(MutualPower) first = g_list_model_get_item (results, 0);
    g_autofree char *party = NULL;
    double ss = 0;

    g_object_get (first, "party", &party, "shapley-shubik", &ss, NULL);
    g_assert_cmpstr (party, ==, "cabinet-office");
    g_assert_cmpfloat_with_epsilon (ss, 1.0 / 3, CLOSE);
  }
}

static void
test_bad_quota (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(MutualVotingGame) game = mutual_voting_game_new ();
      MutualFraction negative = { -1, 2 };

      mutual_voting_game_set_quota (game, &negative, TRUE);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*numerator >= 0*");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/voting-game/mycsp-ordinary", test_mycsp_ordinary);
  g_test_add_func ("/mutual/voting-game/mycsp-special", test_mycsp_special);
  g_test_add_func ("/mutual/voting-game/dictator", test_dictator);
  g_test_add_func ("/mutual/voting-game/small-games-exact", test_small_games_exact);
  g_test_add_func ("/mutual/voting-game/unreachable", test_unreachable);
  g_test_add_func ("/mutual/voting-game/zero-weights", test_zero_weights);
  g_test_add_func ("/mutual/voting-game/blocks", test_blocks);
  g_test_add_func ("/mutual/voting-game/add-voter-twice", test_add_voter_twice);
  g_test_add_func ("/mutual/voting-game/brute-force", test_brute_force);
  g_test_add_func ("/mutual/voting-game/equal-weights", test_equal_weights);
  g_test_add_func ("/mutual/voting-game/apex", test_apex);
  g_test_add_func ("/mutual/voting-game/tiny-probabilities", test_tiny_probabilities);
  g_test_add_func ("/mutual/voting-game/common-divisor", test_common_divisor);
  g_test_add_func ("/mutual/voting-game/limits", test_limits);
  g_test_add_func ("/mutual/voting-game/cancel", test_cancel);
  g_test_add_func ("/mutual/voting-game/results-list", test_results_list);
  g_test_add_func ("/mutual/voting-game/bad-quota", test_bad_quota);

  return g_test_run ();
}
