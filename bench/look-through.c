/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Look-through interests of every holder in 100 target companies of a
 * generated ownership graph: 100,000 companies with about five holders
 * each among themselves, plus one outside holder ("float") that holds the
 * rest of every company, so the part of each company held inside the graph
 * (its column sum) is below 1.
 *
 *   register  mostly acyclic: holders sit above the company they hold, with
 *             a few small reciprocal cross-holdings (2-cycles)
 *   giant     half the companies hold each other at random: one strongly
 *             connected component of about 50,000
 *
 * Usage: bench-look-through SHAPE N EDGES-OUT RESULTS-OUT
 * Writes the holdings (company holder count) for the scipy comparison and,
 * per target, the figures of 50 sampled parties and the sum over all.
 * Prints timings on stdout as JSON. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <libmutual/mutual.h>

#define N_TARGETS 100
#define N_SAMPLES 50

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static guint64 rng_state = 0x9e3779b97f4a7c15ULL;

static guint32
rng (void)
{
  /* xorshift64*: deterministic across runs and machines */
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return (guint32) ((rng_state * 2685821657736338717ULL) >> 32);
}

static guint
below (guint n)
{
  return rng () % n;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(MutualModel) model = mutual_model_new ();
  g_autoptr(MutualAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  gboolean giant;
  guint n, targets[N_TARGETS], samples[N_SAMPLES];
  FILE *edges, *results;
  gint64 t0, t1, t2, t3;
  double first_ms;

  if (argc != 5)
    {
      g_printerr ("usage: %s register|giant N EDGES-OUT RESULTS-OUT\n", argv[0]);
      return 2;
    }
  giant = g_str_equal (argv[1], "giant");
  n = atoi (argv[2]);
  edges = fopen (argv[3], "w");
  results = fopen (argv[4], "w");
  if (edges == NULL || results == NULL)
    return 3;

  {
    g_autoptr(MutualParty) outside = mutual_party_new ("float", "Outside holders", MUTUAL_PARTY_KIND_PERSON);

    mutual_model_add_party (model, outside, NULL);
  }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      g_autofree char *klass = g_strdup_printf ("e%u-o", i);
      gboolean company = i < (giant ? n * 3 / 5 : n / 2);
      g_autoptr(MutualParty) party = mutual_party_new (id, id, company ? MUTUAL_PARTY_KIND_COMPANY : MUTUAL_PARTY_KIND_PERSON);

      mutual_model_add_party (model, party, NULL);
      if (company)
        {
          g_autoptr(MutualShareClass) share_class = mutual_share_class_new (klass, id, "O");

          mutual_model_add_share_class (model, share_class, NULL);
        }
    }
  fprintf (edges, "%u\n", n);
  /* companies e0 .. e(companies-1), persons above them (no holders) */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *klass = g_strdup_printf ("e%u-o", i);
      guint companies = giant ? n * 3 / 5 : n / 2;
      guint block = n / 2;   /* giant: e0 .. e(block-1) hold each other */
      guint holders = 3 + below (5);   /* 3..7, about five */
      gint64 outside = 100 + below (900);

      if (i >= companies)
        break;
      for (guint k = 0; k < holders; k++)
        {
          guint h;
          gint64 count = 1 + below (200);
          g_autofree char *holder = NULL;

          if (giant && i < block && k < 2)
            h = below (block);                                     /* the giant component */
          else if (below (5) == 0 && i + 1 < companies && !(giant && i < block))
            h = i + 1 + below (MIN (companies - i - 1, 1000));     /* a company above: acyclic */
          else
            h = companies + below (n - companies);                 /* a person */
          if (h == i)
            continue;
          holder = g_strdup_printf ("e%u", h);
          if (mutual_model_lookup_holding (model, holder, klass) != NULL)
            continue;
          mutual_model_set_holding (model, holder, klass, count, NULL);
          fprintf (edges, "%u %u %" G_GINT64_FORMAT "\n", i, h, count);
        }
      /* register: a few small reciprocal cross-holdings */
      if (!giant && below (100) == 0 && i + 1 < companies)
        {
          guint j = i + 1 + below (MIN (companies - i - 1, 1000));
          g_autofree char *ji = g_strdup_printf ("e%u", j);
          g_autofree char *jclass = g_strdup_printf ("e%u-o", j);
          g_autofree char *ii = g_strdup_printf ("e%u", i);

          if (mutual_model_lookup_holding (model, ji, klass) == NULL &&
              mutual_model_lookup_holding (model, ii, jclass) == NULL)
            {
              mutual_model_set_holding (model, ji, klass, 50, NULL);
              fprintf (edges, "%u %u %d\n", i, j, 50);
              mutual_model_set_holding (model, ii, jclass, 50, NULL);
              fprintf (edges, "%u %u %d\n", j, i, 50);
            }
        }
      mutual_model_set_holding (model, "float", klass, outside, NULL);
      fprintf (edges, "%u -1 %" G_GINT64_FORMAT "\n", i, outside);
    }
  fclose (edges);
  if (!mutual_model_validate (model, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  for (guint t = 0; t < N_TARGETS; t++)
    targets[t] = below (n / 2);   /* companies in both shapes; in the giant block for giant */
  for (guint s = 0; s < N_SAMPLES; s++)
    samples[s] = below (n);

  {
    g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(MutualInterestTable) table = NULL;
    g_autoptr(MutualInterestTable) again = NULL;
    gint64 t4;
    double c1, c2, c3;

    for (guint t = 0; t < N_TARGETS; t++)
      g_ptr_array_add (ids, g_strdup_printf ("e%u", targets[t]));
    g_ptr_array_add (ids, NULL);

    t0 = g_get_monotonic_time ();
    analysis = mutual_analysis_new (model);
    t1 = g_get_monotonic_time ();
    c1 = cpu_ms ();
    /* first call: builds the look-through tables (edges, components, LU
     * factors), then solves the 100 targets */
    table = mutual_analysis_look_through_table (analysis, (const char * const *) ids->pdata,
                                                MUTUAL_DIMENSION_SHARES, &error);
    t2 = g_get_monotonic_time ();
    c2 = cpu_ms ();
    if (table == NULL)
      {
        g_printerr ("%s\n", error->message);
        return 1;
      }
    /* the same again: solving only */
    again = mutual_analysis_look_through_table (analysis, (const char * const *) ids->pdata,
                                                MUTUAL_DIMENSION_SHARES, NULL);
    t3 = g_get_monotonic_time ();
    c3 = cpu_ms ();
    for (guint t = 0; t < N_TARGETS; t++)
      {
        const char *target = g_ptr_array_index (ids, t);

        fprintf (results, "%u %.17g", targets[t], mutual_interest_table_get_total (table, target));
        for (guint s = 0; s < N_SAMPLES; s++)
          {
            g_autofree char *id = g_strdup_printf ("e%u", samples[s]);

            fprintf (results, " %u:%.17g", samples[s], mutual_interest_table_get_value (table, id, target));
          }
        fprintf (results, " float:%.17g\n", mutual_interest_table_get_value (table, "float", target));
      }
    fclose (results);
    /* one target at a time through the list API, an object per party */
    for (guint t = 0; t < 10; t++)
      {
        g_autoptr(GListModel) interests = mutual_analysis_look_through_interests (analysis, g_ptr_array_index (ids, t),
                                                                                  MUTUAL_DIMENSION_SHARES, NULL);
      }
    t4 = g_get_monotonic_time ();
    first_ms = 0;
    for (guint t = 0; t < N_TARGETS; t++)
      first_ms += mutual_interest_table_get_n_holders (table, g_ptr_array_index (ids, t));
    printf ("{\"shape\": \"%s\", \"n\": %u, \"threads\": %u, \"analysis_new_ms\": %.1f, "
            "\"table_100_targets_first_call_ms\": %.1f, \"table_100_targets_again_ms\": %.1f, "
            "\"table_first_call_cpu_ms\": %.1f, \"table_again_cpu_ms\": %.1f, "
            "\"list_api_ms_per_target\": %.1f, \"mean_parties_reached\": %.0f}\n",
            argv[1], n, g_get_num_processors (), (t1 - t0) / 1000.0, (t2 - t1) / 1000.0, (t3 - t2) / 1000.0,
            c2 - c1, c3 - c2, (t4 - t3) / 1000.0 / 10, first_ms / N_TARGETS);
  }
  return 0;
}
