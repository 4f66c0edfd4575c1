/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Scenario benchmarks (bench/RESULTS.md, section "Scenarios").
 *
 *   bench-scenario apply [--parties N] [--holdings N]
 *     Loads a generated model file of N parties and N holdings, then
 *     applies one transfer to it (as a scenario step and with
 *     mutual_event_apply), and reports the ratio of the two costs.
 *
 *   bench-scenario sweep [--runs N] [--parties N] [--metrics LIST]
 *     Runs a sweep of N single-event scenarios on a generated co-operative
 *     of N parties and reports runs per second. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include <sys/resource.h>

#include <libmutual/mutual.h>

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* CPU time of the process, every thread, user and system */
static double
cpu_now (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

/* A region's shared-services model: companies each issuing one class,
 * people each holding shares of several companies. Deterministic. */
static char *
generate_big_model (guint n_parties,
                    guint n_holdings)
{
  GString *json = g_string_new ("{\"format\":\"libmutual-model\",\"version\":1,\"name\":\"generated\",\"parties\":[");
  guint n_companies = MAX (n_parties / 100, 2);
  guint per_person = (n_holdings + (n_parties - n_companies) - 1) / (n_parties - n_companies);
  guint written = 0;
  GRand *rand = g_rand_new_with_seed (42);
  char *path;
  int fd;

  for (guint i = 0; i < n_parties; i++)
    {
      if (i < n_companies)
        g_string_append_printf (json, "%s{\"id\":\"c%u\",\"name\":\"Company %u\",\"kind\":\"company\"}", i ? "," : "", i, i);
      else
        g_string_append_printf (json, ",{\"id\":\"p%u\",\"name\":\"Person %u\",\"kind\":\"person\"}", i, i);
    }
  g_string_append (json, "],\"share_classes\":[");
  for (guint i = 0; i < n_companies; i++)
    g_string_append_printf (json, "%s{\"id\":\"c%u-ord\",\"issuer\":\"c%u\",\"name\":\"Ordinary\"}", i ? "," : "", i, i);
  g_string_append (json, "],\"holdings\":[");
  for (guint i = n_companies; i < n_parties && written < n_holdings; i++)
    {
      guint start = g_rand_int_range (rand, 0, n_companies);

      for (guint k = 0; k < per_person && written < n_holdings; k++)
        {
          g_string_append_printf (json, "%s{\"holder\":\"p%u\",\"share_class\":\"c%u-ord\",\"count\":%d}",
                                  written ? "," : "", i, (start + k * 7) % n_companies,
                                  g_rand_int_range (rand, 1, 1000));
          written++;
        }
    }
  g_string_append (json, "]}");
  fd = g_file_open_tmp ("mutual-bench-XXXXXX.json", &path, NULL);
  g_assert (fd >= 0);
  close (fd);
  g_assert (g_file_set_contents (path, json->str, json->len, NULL));
  g_string_free (json, TRUE);
  g_rand_free (rand);
  return path;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static int
bench_apply (int    argc,
             char **argv)
{
  int n_parties = 100000, n_holdings = 1000000, repeats = 20;
  GOptionEntry entries[] = {
    { "parties", 0, 0, G_OPTION_ARG_INT, &n_parties, "Parties", "N" },
    { "holdings", 0, 0, G_OPTION_ARG_INT, &n_holdings, "Holdings", "N" },
    { "repeats", 0, 0, G_OPTION_ARG_INT, &repeats, "Events applied (the median is reported)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("apply");
  g_autofree char *path = NULL;
  g_autoptr(MutualModel) model = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) step_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) apply_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) read_times = g_array_new (FALSE, FALSE, sizeof (double));
  MutualHolding *first;
  double t0, load, step, apply;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return 2;
  path = generate_big_model (n_parties, n_holdings);
  t0 = now ();
  model = mutual_model_new_from_file (path, &error);
  load = now () - t0;
  g_assert_no_error (error);
  g_unlink (path);
  first = g_list_model_get_item (mutual_model_get_holdings (model), 0);
  g_object_unref (first);

  for (int r = 0; r < repeats; r++)
    {
      g_autoptr(MutualScenario) scenario = mutual_scenario_new (model);
      g_autoptr(MutualModel) target = mutual_model_copy (model);
      g_autofree char *to = g_strdup_printf ("p%d", n_parties - 1 - r);
      g_autoptr(MutualEvent) event =
        g_object_new (MUTUAL_TYPE_TRANSFER_SHARES_EVENT, "date", "2020-01-01",
                      "transferor", mutual_holding_get_holder (first), "transferee", to,
                      "share-class", mutual_holding_get_share_class (first), "count", (gint64) 1, NULL);
      double t;

      /* a scenario step: copy the state, check and apply the event */
      t = now ();
      if (!mutual_scenario_add_event (scenario, event, &error))
        g_error ("%s", error->message);
      t = now () - t;
      g_array_append_val (step_times, t);

      /* the same through the public, all-or-nothing apply */
      t = now ();
      if (!mutual_event_apply (event, target, &error))
        g_error ("%s", error->message);
      t = now () - t;
      g_array_append_val (apply_times, t);

      /* not part of applying: the first read of the whole holdings list
       * of the new state builds its array (one pass, a pointer an item) */
      t = now ();
      g_object_unref (g_list_model_get_item (mutual_model_get_holdings (target), 0));
      t = now () - t;
      g_array_append_val (read_times, t);
      g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (target, to, mutual_holding_get_share_class (first))), >=, 1);
    }
  g_array_sort (step_times, compare_doubles);
  g_array_sort (apply_times, compare_doubles);
  g_array_sort (read_times, compare_doubles);
  step = g_array_index (step_times, double, step_times->len / 2);
  apply = g_array_index (apply_times, double, apply_times->len / 2);
  g_print ("model: %d parties, %u holdings\n", n_parties,
           g_list_model_get_n_items (mutual_model_get_holdings (model)));
  g_print ("load from file:             %10.3f ms\n", load * 1e3);
  g_print ("scenario step (median):     %10.3f ms   = 1/%.0f of loading\n", step * 1e3, load / step);
  g_print ("mutual_event_apply (median):%10.3f ms   = 1/%.0f of loading\n", apply * 1e3, load / apply);
  g_print ("then the first read of all holdings (median): %.3f ms = 1/%.0f of loading\n",
           g_array_index (read_times, double, read_times->len / 2) * 1e3,
           load / g_array_index (read_times, double, read_times->len / 2));
  return load / MAX (step, apply) >= 50 ? 0 : 1;
}

/* A staff co-operative's trading company: an employee trust, a partner, a
 * council and 997 employees with shares. */
static MutualModel *
build_coop (guint n_parties)
{
  MutualModel *model = mutual_model_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualParty) mutual = g_object_new (MUTUAL_TYPE_PARTY, "id", "mutual", "name", "The Mutual Ltd",
                                                 "kind", MUTUAL_PARTY_KIND_COMPANY, "keeps-psc-register", TRUE, NULL);
  g_autoptr(MutualParty) trust = g_object_new (MUTUAL_TYPE_PARTY, "id", "trust", "name", "Employee trust",
                                                "kind", MUTUAL_PARTY_KIND_EMPLOYEE_OWNERSHIP_TRUST,
                                                "beneficiary-employer", "mutual", NULL);
  g_autoptr(MutualParty) partner = g_object_new (MUTUAL_TYPE_PARTY, "id", "partner", "name", "Partner plc",
                                                  "kind", MUTUAL_PARTY_KIND_COMPANY, "keeps-psc-register", TRUE, NULL);
  g_autoptr(MutualParty) council = mutual_party_new ("council", "The Council", MUTUAL_PARTY_KIND_PUBLIC_BODY);
  g_autoptr(MutualShareClass) ordinary = mutual_share_class_new ("ord", "mutual", "Ordinary");

  g_assert_true (mutual_model_add_party (model, mutual, &error));
  g_assert_true (mutual_model_add_party (model, trust, &error));
  g_assert_true (mutual_model_add_party (model, partner, &error));
  g_assert_true (mutual_model_add_party (model, council, &error));
  g_assert_true (mutual_model_add_share_class (model, ordinary, &error));
  g_assert_true (mutual_model_set_holding (model, "trust", "ord", 30000, &error));
  g_assert_true (mutual_model_set_holding (model, "partner", "ord", 40000, &error));
  g_assert_true (mutual_model_set_holding (model, "council", "ord", 20000, &error));
  for (guint i = 4; i < n_parties; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      g_autoptr(MutualParty) person = g_object_new (MUTUAL_TYPE_PARTY, "id", id, "name", id,
                                                    "kind", MUTUAL_PARTY_KIND_PERSON, "employer", "mutual", NULL);

      g_assert_true (mutual_model_add_party (model, person, &error));
      g_assert_true (mutual_model_set_holding (model, id, "ord", 10, &error));
    }
  g_assert_no_error (error);
  return model;
}

static int
bench_sweep (int    argc,
             char **argv)
{
  int n_runs = 10000, n_parties = 1000, n_threads = 0;
  char **metrics = NULL;
  g_autofree char *save = NULL;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &n_runs, "Runs", "N" },
    { "parties", 0, 0, G_OPTION_ARG_INT, &n_parties, "Parties in the co-operative", "N" },
    { "threads", 0, 0, G_OPTION_ARG_INT, &n_threads, "Threads (0: one per core)", "N" },
    { "metric", 0, 0, G_OPTION_ARG_STRING_ARRAY, &metrics, "A metric (repeat)", "METRIC" },
    { "save-model", 0, 0, G_OPTION_ARG_FILENAME, &save, "Save the generated model here", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("sweep");
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = NULL;
  g_autoptr(MutualSweep) sweep = NULL;
  g_autoptr(MutualEvent) event = NULL;
  g_autoptr(GVariant) rows = NULL;
  double t, cpu;
  gsize n_errors = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return 2;
  model = build_coop (n_parties);
  if (save != NULL && !mutual_model_save_to_file (model, save, &error))
    g_error ("%s", error->message);
  sweep = mutual_sweep_new (model);
  mutual_sweep_set_n_threads (sweep, n_threads);
  /* run i: the partner sells i × 4 shares to the trust */
  event = g_object_new (MUTUAL_TYPE_TRANSFER_SHARES_EVENT, "date", "2020-01-01", "transferor", "partner",
                        "transferee", "trust", "share-class", "ord", "count", (gint64) 1, NULL);
  mutual_sweep_add_event (sweep, event);
  g_assert_true (mutual_sweep_bind (sweep, 0, "count", "${n}", &error));
  g_assert_true (mutual_sweep_add_range (sweep, "n", 4, 4 * (gint64) n_runs, 4, &error));
  if (metrics == NULL)
    metrics = g_strsplit ("holding:trust:ord,votes:partner:mutual", ",", -1);
  for (guint i = 0; metrics[i] != NULL; i++)
    if (!mutual_sweep_add_metric (sweep, metrics[i], &error))
      g_error ("%s", error->message);
  cpu = cpu_now ();
  t = now ();
  rows = mutual_sweep_run (sweep, NULL, &error);
  t = now () - t;
  cpu = cpu_now () - cpu;
  g_assert_no_error (error);
  for (gsize i = 0; i < g_variant_n_children (rows); i++)
    {
      g_autoptr(GVariant) row = g_variant_get_child_value (rows, i);
      const char *message = NULL;

      if (g_variant_lookup (row, "error", "&s", &message) && *message)
        n_errors++;
    }
  g_print ("sweep: %d runs on %d parties, %u threads: %.3f s (%.1f µs a run), CPU %.3f s (%.1f µs a run), %" G_GSIZE_FORMAT " runs refused\n",
           n_runs, n_parties, n_threads ? (guint) n_threads : g_get_num_processors (), t, t / n_runs * 1e6,
           cpu, cpu / n_runs * 1e6, n_errors);
  g_strfreev (metrics);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  if (argc >= 2 && strcmp (argv[1], "apply") == 0)
    return bench_apply (argc - 1, argv + 1);
  if (argc >= 2 && strcmp (argv[1], "sweep") == 0)
    return bench_sweep (argc - 1, argv + 1);
  g_printerr ("usage: bench-scenario apply|sweep [OPTION…]\n");
  return 2;
}
