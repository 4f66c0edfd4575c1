/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Voting power benchmark (issue 3): exact Banzhaf and Shapley–Shubik
 * indices of two generated companies, timed through the public API, and the
 * same computation repeated in extended precision to measure the rounding
 * error of the double-precision results.
 *
 *   A: 1,000 employee shareholders in 20 holding sizes and three large
 *      blocks, 10,000 votes: Banzhaf and Shapley–Shubik.
 *   B: 10,000 employee shareholders, 100,000 votes: Banzhaf.
 *
 * Usage: voting-power [--repeat N] [--json FILE]
 * The JSON file holds the games and the results, for bench/voting_power.py
 * (a pure-Python implementation of the same computation, and exact integer
 * counts, to compare with). */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <time.h>

#include <json-glib/json-glib.h>
#include <libmutual/mutual.h>

#include "mutual-power-engine-private.h"

typedef struct
{
  const char *name;
  const char *description;
  GArray *weights;       /* guint64, one per party */
  GPtrArray *ids;
  MutualPowerIndex indices;
} Game;

static Game
game_a (void)
{
  Game game = { "A", "1,000 employee shareholders in 20 holding sizes and three blocks, 10,000 votes",
                g_array_new (FALSE, FALSE, sizeof (guint64)), g_ptr_array_new_with_free_func (g_free),
                MUTUAL_POWER_INDEX_ALL };
  guint counts[21] = { 0 }, employees = 0;
  guint64 employee_votes = 0, rest;
  const char *blocks[] = { "council", "partner", "employee-trust" };
  guint64 block_votes[3];

  /* holdings of 1..20 shares, about as many holders of k shares as 1/k^2 */
  for (guint k = 1; k <= 20; k++)
    {
      counts[k] = MAX (1, 608 / (k * k));
      employees += counts[k];
    }
  counts[1] += 1000 - employees;
  for (guint k = 1; k <= 20; k++)
    for (guint i = 0; i < counts[k]; i++)
      {
        g_array_append_val (game.weights, k);
        g_ptr_array_add (game.ids, g_strdup_printf ("employee-%u", game.ids->len));
        employee_votes += k;
      }
  rest = 10000 - employee_votes;
  block_votes[0] = rest * 45 / 100;
  block_votes[1] = rest * 33 / 100;
  block_votes[2] = rest - block_votes[0] - block_votes[1];
  for (guint b = 0; b < 3; b++)
    {
      g_array_append_val (game.weights, block_votes[b]);
      g_ptr_array_add (game.ids, g_strdup (blocks[b]));
    }
  return game;
}

static Game
game_b (void)
{
  Game game = { "B", "10,000 employee shareholders, 100,000 votes",
                g_array_new (FALSE, FALSE, sizeof (guint64)), g_ptr_array_new_with_free_func (g_free),
                MUTUAL_POWER_INDEX_BANZHAF };
  GRand *rand = g_rand_new_with_seed (2014);
  guint64 total = 0;

  /* skewed holdings: 1 + an exponential with mean 9, at most 100 */
  for (guint i = 0; i < 10000; i++)
    {
      guint64 w = 1 + (guint64) floor (-9.0 * log (1.0 - g_rand_double (rand)));

      w = MIN (w, 100);
      g_array_append_val (game.weights, w);
      g_ptr_array_add (game.ids, g_strdup_printf ("employee-%u", i));
      total += w;
    }
  /* bring the total to exactly 100,000, one vote at a time */
  for (guint i = 0; total != 100000; i = (i + 7919) % 10000)
    {
      guint64 *w = &g_array_index (game.weights, guint64, i);

      if (total < 100000 && *w < 100)
        (*w)++, total++;
      else if (total > 100000 && *w > 1)
        (*w)--, total--;
    }
  g_rand_free (rand);
  return game;
}

static int
compare_weights (gconstpointer a,
                 gconstpointer b)
{
  const MutualPowerGroup *x = a, *y = b;

  return x->weight < y->weight ? -1 : x->weight > y->weight;
}

/* Groups of equal weight in increasing order, as MutualVotingGame makes
 * them (these weights have no common divisor: there are holdings of 1). */
static GArray *
game_groups (Game *game)
{
  GArray *groups = g_array_new (FALSE, FALSE, sizeof (MutualPowerGroup));
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < game->weights->len; i++)
    {
      guint64 w = g_array_index (game->weights, guint64, i);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, &w));

      g_hash_table_replace (counts, g_memdup2 (&w, sizeof w), GUINT_TO_POINTER (count + 1));
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      MutualPowerGroup group = { *(guint64 *) key, GPOINTER_TO_UINT (value) };
      g_array_append_val (groups, group);
    }
  g_array_sort (groups, compare_weights);
  return groups;
}

static guint
group_index (GArray  *groups,
             guint64  weight)
{
  for (guint g = 0; g < groups->len; g++)
    if (g_array_index (groups, MutualPowerGroup, g).weight == weight)
      return g;
  g_assert_not_reached ();
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

/* CPU time of this process: on a shared machine wall time also counts
 * the time other processes had the core. */
static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static JsonNode *
doubles_node (const double *values,
              guint         n)
{
  JsonArray *array = json_array_sized_new (n);
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < n; i++)
    json_array_add_double_element (array, values[i]);
  json_node_take_array (node, array);
  return node;
}

static JsonNode *
run_game (Game *game,
          guint repeat)
{
  g_autoptr(MutualVotingGame) voting = mutual_voting_game_new ();
  g_autoptr(GArray) groups = game_groups (game);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n = game->weights->len;
  g_autofree double *times = g_new (double, repeat);
  g_autofree double *cpu = g_new (double, repeat);
  g_autofree double *banzhaf = g_new0 (double, n);
  g_autofree double *absolute = g_new0 (double, n);
  g_autofree double *ss = g_new0 (double, n);
  g_autofree double *x_absolute = g_new0 (double, groups->len);
  g_autofree double *x_normalised = g_new0 (double, groups->len);
  g_autofree double *x_ss = g_new0 (double, groups->len);
  gboolean with_ss = (game->indices & MUTUAL_POWER_INDEX_SHAPLEY_SHUBIK) != 0;
  guint64 total = 0, threshold;
  double sum_banzhaf = 0, sum_ss = 0, diff_banzhaf = 0, rel_absolute = 0, diff_ss = 0;
  double time_extended_banzhaf, time_extended_ss = 0, banzhaf_alone = 0;
  gint64 start;

  for (guint i = 0; i < n; i++)
    {
      mutual_voting_game_add_voter (voting, g_ptr_array_index (game->ids, i),
                                    g_array_index (game->weights, guint64, i));
      total += g_array_index (game->weights, guint64, i);
    }
  threshold = total / 2 + 1;   /* an ordinary resolution: more than half */
  mutual_voting_game_set_indices (voting, game->indices);

  for (guint r = 0; r < repeat; r++)
    {
      double cpu_start = cpu_seconds ();

      start = g_get_monotonic_time ();
      if (!mutual_voting_game_compute (voting, NULL, &error))
        g_error ("%s", error->message);
      times[r] = seconds_since (start);
      cpu[r] = cpu_seconds () - cpu_start;
    }
  if (with_ss)
    {
      /* and the Banzhaf index alone */
      g_autofree double *alone = g_new (double, repeat);

      mutual_voting_game_set_indices (voting, MUTUAL_POWER_INDEX_BANZHAF);
      for (guint r = 0; r < repeat; r++)
        {
          double cpu_start = cpu_seconds ();

          if (!mutual_voting_game_compute (voting, NULL, &error))
            g_error ("%s", error->message);
          alone[r] = cpu_seconds () - cpu_start;
        }
      qsort (alone, repeat, sizeof (double), compare_doubles);
      banzhaf_alone = alone[repeat / 2];
      mutual_voting_game_set_indices (voting, game->indices);
      if (!mutual_voting_game_compute (voting, NULL, &error))
        g_error ("%s", error->message);
    }
  for (guint i = 0; i < n; i++)
    {
      MutualPower *power = mutual_voting_game_lookup_power (voting, g_ptr_array_index (game->ids, i));

      banzhaf[i] = mutual_power_get_banzhaf (power);
      absolute[i] = mutual_power_get_absolute_banzhaf (power);
      ss[i] = with_ss ? mutual_power_get_shapley_shubik (power) : 0;
      sum_banzhaf += banzhaf[i];
      sum_ss += ss[i];
    }

  /* the same computation in extended precision, as the reference */
  start = g_get_monotonic_time ();
  if (!mutual_power_engine_banzhaf ((MutualPowerGroup *) groups->data, groups->len, threshold,
                                    MUTUAL_POWER_REAL_EXTENDED, x_absolute, x_normalised, NULL, &error))
    g_error ("%s", error->message);
  time_extended_banzhaf = seconds_since (start);
  if (with_ss)
    {
      start = g_get_monotonic_time ();
      if (!mutual_power_engine_shapley_shubik ((MutualPowerGroup *) groups->data, groups->len, threshold,
                                               MUTUAL_POWER_REAL_EXTENDED, x_ss, NULL, &error))
        g_error ("%s", error->message);
      time_extended_ss = seconds_since (start);
    }
  for (guint i = 0; i < n; i++)
    {
      guint g = group_index (groups, g_array_index (game->weights, guint64, i));

      diff_banzhaf = MAX (diff_banzhaf, fabs (banzhaf[i] - x_normalised[g]));
      if (x_absolute[g] > 0)
        rel_absolute = MAX (rel_absolute, fabs (absolute[i] / x_absolute[g] - 1));
      if (with_ss)
        diff_ss = MAX (diff_ss, fabs (ss[i] - x_ss[g]));
    }
  qsort (times, repeat, sizeof (double), compare_doubles);
  qsort (cpu, repeat, sizeof (double), compare_doubles);

  printf ("game %s: %s\n", game->name, game->description);
  printf ("  %u parties, %u distinct weights, %" G_GUINT64_FORMAT " votes, quota more than half (%" G_GUINT64_FORMAT ")\n",
          n, groups->len, total, threshold);
  printf ("  mutual_voting_game_compute (%s): wall min %.4f s, median %.4f s; CPU min %.4f s, median %.4f s; %u runs\n",
          with_ss ? "Banzhaf and Shapley-Shubik" : "Banzhaf", times[0], times[repeat / 2],
          cpu[0], cpu[repeat / 2], repeat);
  if (with_ss)
    printf ("  mutual_voting_game_compute (Banzhaf alone): CPU median %.4f s\n", banzhaf_alone);
  printf ("  sums: Banzhaf %.17g, Shapley-Shubik %.17g\n", sum_banzhaf, with_ss ? sum_ss : NAN);
  printf ("  against extended precision (%.3f s Banzhaf, %.3f s Shapley-Shubik): "
          "max |diff| Banzhaf %.3g, max relative diff absolute Banzhaf %.3g, max |diff| Shapley-Shubik %.3g\n",
          time_extended_banzhaf, time_extended_ss, diff_banzhaf, rel_absolute, diff_ss);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, game->name);
  json_builder_set_member_name (builder, "description");
  json_builder_add_string_value (builder, game->description);
  json_builder_set_member_name (builder, "threshold");
  json_builder_add_int_value (builder, threshold);
  json_builder_set_member_name (builder, "distinct_weights");
  json_builder_add_int_value (builder, groups->len);
  json_builder_set_member_name (builder, "weights");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    json_builder_add_int_value (builder, g_array_index (game->weights, guint64, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "shapley_shubik_computed");
  json_builder_add_boolean_value (builder, with_ss);
  json_builder_set_member_name (builder, "seconds_min");
  json_builder_add_double_value (builder, times[0]);
  json_builder_set_member_name (builder, "seconds_median");
  json_builder_add_double_value (builder, times[repeat / 2]);
  json_builder_set_member_name (builder, "cpu_seconds_min");
  json_builder_add_double_value (builder, cpu[0]);
  json_builder_set_member_name (builder, "cpu_seconds_median");
  json_builder_add_double_value (builder, cpu[repeat / 2]);
  json_builder_set_member_name (builder, "cpu_seconds_banzhaf_alone");
  json_builder_add_double_value (builder, banzhaf_alone);
  json_builder_set_member_name (builder, "extended_seconds_banzhaf");
  json_builder_add_double_value (builder, time_extended_banzhaf);
  json_builder_set_member_name (builder, "extended_seconds_shapley_shubik");
  json_builder_add_double_value (builder, time_extended_ss);
  json_builder_set_member_name (builder, "sum_banzhaf");
  json_builder_add_double_value (builder, sum_banzhaf);
  json_builder_set_member_name (builder, "sum_shapley_shubik");
  json_builder_add_double_value (builder, sum_ss);
  json_builder_set_member_name (builder, "max_diff_extended_banzhaf");
  json_builder_add_double_value (builder, diff_banzhaf);
  json_builder_set_member_name (builder, "max_rel_diff_extended_absolute_banzhaf");
  json_builder_add_double_value (builder, rel_absolute);
  json_builder_set_member_name (builder, "max_diff_extended_shapley_shubik");
  json_builder_add_double_value (builder, diff_ss);
  json_builder_set_member_name (builder, "banzhaf");
  json_builder_add_value (builder, doubles_node (banzhaf, n));
  json_builder_set_member_name (builder, "absolute_banzhaf");
  json_builder_add_value (builder, doubles_node (absolute, n));
  if (with_ss)
    {
      json_builder_set_member_name (builder, "shapley_shubik");
      json_builder_add_value (builder, doubles_node (ss, n));
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

int
main (int    argc,
      char **argv)
{
  int repeat = 5;
  g_autofree char *json_path = NULL;
  GOptionEntry entries[] = {
    { "repeat", 'r', 0, G_OPTION_ARG_INT, &repeat, "Runs of each computation (the median is reported)", "N" },
    { "json", 'j', 0, G_OPTION_ARG_FILENAME, &json_path, "Write games and results to FILE", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- voting power benchmark");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) results = json_array_new ();
  Game games[2];

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || repeat < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--repeat must be at least 1");
      return 2;
    }

  games[0] = game_a ();
  games[1] = game_b ();
  for (guint i = 0; i < G_N_ELEMENTS (games); i++)
    {
      json_array_add_element (results, run_game (&games[i], repeat));
      g_array_unref (games[i].weights);
      g_ptr_array_unref (games[i].ids);
    }

  if (json_path != NULL)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
      g_autoptr(JsonObject) object = json_object_new ();

      json_object_set_array_member (object, "games", json_array_ref (results));
      json_node_set_object (root, object);
      json_generator_set_root (generator, root);
      if (!json_generator_to_file (generator, json_path, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }
  return 0;
}
