/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A model that no thread changes may be read from several threads at once
 * (docs/threads.md): lookups, list iteration, validation, writing,
 * copying and analyses give the same results in every thread as in one. Run under
 * ThreadSanitizer by tools/check-sanitizers.sh. */
#include <string.h>

#include <libmutual/mutual.h>

#define N_THREADS 4
#define N_ROUNDS 4

typedef struct
{
  MutualModel *model;
  const char *expected_text;
  GPtrArray *ids;            /* party ids, in order */
  GPtrArray *parties;        /* the party each id looks up, borrowed */
  guint failures;
} Shared;

static MutualModel *
build_model (void)
{
  g_autoptr(GError) error = NULL;
  MutualModel *model = mutual_model_new_from_example ("mycsp-2014", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *id = g_strdup_printf ("staff-%u", i);
      g_autoptr(MutualParty) party = mutual_party_new (id, "Member of staff", MUTUAL_PARTY_KIND_PERSON);

      g_assert_true (mutual_model_add_party (model, party, &error));
    }
  g_assert_true (mutual_model_validate (model, &error));
  return model;
}

static gpointer
reader (gpointer data)
{
  Shared *shared = data;
  guint failures = 0;

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      g_autofree char *text = mutual_model_to_data (shared->model, NULL);
      g_autoptr(MutualModel) copy = mutual_model_copy (shared->model);
      g_autofree char *copy_text = mutual_model_to_data (copy, NULL);
      GListModel *parties = mutual_model_get_parties (shared->model);
      GListModel *holdings = mutual_model_get_holdings (shared->model);

      failures += g_strcmp0 (text, shared->expected_text) != 0;
      failures += g_strcmp0 (copy_text, shared->expected_text) != 0;
      failures += !mutual_model_validate (shared->model, NULL);
      failures += g_list_model_get_n_items (parties) != shared->ids->len;
      for (guint i = 0; i < shared->ids->len; i++)
        {
          g_autoptr(MutualParty) item = g_list_model_get_item (parties, i);

          failures += mutual_model_lookup_party (shared->model, g_ptr_array_index (shared->ids, i)) !=
                      g_ptr_array_index (shared->parties, i);
          failures += item != g_ptr_array_index (shared->parties, i);
          failures += mutual_model_lookup_party (copy, mutual_party_get_id (item)) != item;
        }
      for (guint i = 0; i < g_list_model_get_n_items (holdings); i++)
        {
          g_autoptr(MutualHolding) holding = g_list_model_get_item (holdings, i);

          failures += mutual_model_lookup_holding (shared->model, mutual_holding_get_holder (holding),
                                                   mutual_holding_get_share_class (holding)) != holding;
        }
      failures += mutual_model_lookup_party (shared->model, "nobody") != NULL;
    }
  g_atomic_int_add (&shared->failures, failures);
  return NULL;
}

static void
test_concurrent_reads (void)
{
  g_autoptr(MutualModel) model = build_model ();
  g_autofree char *text = mutual_model_to_data (model, NULL);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) parties = g_ptr_array_new ();
  GListModel *list = mutual_model_get_parties (model);
  GThread *threads[N_THREADS];
  Shared shared = { model, text, ids, parties, 0 };

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      MutualParty *party = g_list_model_get_item (list, i);

      g_ptr_array_add (ids, (gpointer) mutual_party_get_id (party));
      g_ptr_array_add (parties, party);
      g_object_unref (party);   /* the model keeps it */
    }
  for (guint i = 0; i < N_THREADS; i++)
    threads[i] = g_thread_new ("reader", reader, &shared);
  for (guint i = 0; i < N_THREADS; i++)
    g_thread_join (threads[i]);
  g_assert_cmpuint (shared.failures, ==, 0);
}

/* Each thread builds, loads and saves its own models: nothing is shared
 * but the library's types and the embedded examples. */
static gpointer
loader (gpointer data)
{
  guint *failures = data;

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      g_auto(GStrv) names = mutual_model_list_examples ();

      for (guint i = 0; names[i] != NULL; i++)
        {
          g_autoptr(MutualModel) model = mutual_model_new_from_example (names[i], NULL);
          g_autofree char *text = model ? mutual_model_to_data (model, NULL) : NULL;
          g_autoptr(MutualModel) again = text ? mutual_model_new_from_data (text, -1, NULL) : NULL;
          g_autoptr(MutualFraction) f = mutual_fraction_new_parse ("37.5%", NULL);
          g_autoptr(MutualParty) party = mutual_party_new ("x", "X", MUTUAL_PARTY_KIND_COOPERATIVE);

          g_atomic_int_add (failures, again == NULL || f == NULL ||
                            mutual_party_kind_get_vote_basis (mutual_party_get_kind (party)) != MUTUAL_VOTE_BASIS_PER_MEMBER);
        }
    }
  return NULL;
}

static void
test_concurrent_loads (void)
{
  GThread *threads[N_THREADS];
  guint failures = 0;

  for (guint i = 0; i < N_THREADS; i++)
    threads[i] = g_thread_new ("loader", loader, &failures);
  for (guint i = 0; i < N_THREADS; i++)
    g_thread_join (threads[i]);
  g_assert_cmpuint (failures, ==, 0);
}

/* Everything an analysis says about every company of a model, as text. */
static char *
describe (MutualAnalysis *analysis)
{
  g_auto(GStrv) companies = mutual_analysis_dup_companies (analysis);
  GString *out = g_string_new (NULL);
  g_autoptr(GListModel) pscs = mutual_analysis_list_all_pscs (analysis, NULL);

  for (guint i = 0; companies[i] != NULL; i++)
    {
      const MutualDimension dimensions[] = { MUTUAL_DIMENSION_VOTES, MUTUAL_DIMENSION_PROFITS };
      g_autoptr(MutualControl) control = mutual_analysis_control (analysis, companies[i], NULL);

      g_string_append_printf (out, "%s:", companies[i]);
      if (control != NULL)
        {
          g_autofree char *ordinary = g_strjoinv (",", (char **) mutual_control_get_ordinary (control));
          g_autofree char *special = g_strjoinv (",", (char **) mutual_control_get_special (control));

          g_string_append_printf (out, " ordinary=%s special=%s", ordinary, special);
        }
      for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
        {
          g_autoptr(MutualInterest) employees = mutual_analysis_employee_interest (analysis, companies[i], dimensions[d], NULL);
          g_autoptr(GListModel) through = mutual_analysis_look_through_interests (analysis, companies[i], dimensions[d], NULL);

          if (employees != NULL)
            g_string_append_printf (out, " employees=%.17g", mutual_interest_get_value (employees));
          for (guint j = 0; through != NULL && j < g_list_model_get_n_items (through); j++)
            {
              g_autoptr(MutualInterest) interest = g_list_model_get_item (through, j);

              g_string_append_printf (out, " %s=%.17g", mutual_interest_get_holder (interest),
                                      mutual_interest_get_value (interest));
            }
        }
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; pscs != NULL && i < g_list_model_get_n_items (pscs); i++)
    {
      g_autoptr(MutualPsc) psc = g_list_model_get_item (pscs, i);
      g_autofree char *natures = g_strjoinv (",", (char **) mutual_psc_get_natures (psc));

      g_string_append_printf (out, "psc %s %s %s\n", mutual_psc_get_company (psc), mutual_psc_get_party (psc), natures);
    }
  return g_string_free (out, FALSE);
}

typedef struct
{
  MutualModel *model;
  MutualAnalysis *analysis;  /* shared, first queried by the threads */
  const char *expected;
  guint failures;
} SharedAnalysis;

static gpointer
analyser (gpointer data)
{
  SharedAnalysis *shared = data;

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      g_autoptr(MutualAnalysis) own = mutual_analysis_new (shared->model);
      g_autofree char *from_shared = describe (shared->analysis);
      g_autofree char *from_own = describe (own);

      g_atomic_int_add (&shared->failures, g_strcmp0 (from_shared, shared->expected) != 0);
      g_atomic_int_add (&shared->failures, g_strcmp0 (from_own, shared->expected) != 0);
    }
  return NULL;
}

/* Analyses of one model from several threads: one analysis shared by all
 * (its look-through tables are built on first use, here by whichever
 * thread comes first) and one made by each thread, every answer the same
 * as from a single thread. */
static void
test_concurrent_analyses (void)
{
  g_auto(GStrv) names = mutual_model_list_examples ();

  for (guint n = 0; names[n] != NULL; n++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MutualModel) model = mutual_model_new_from_example (names[n], &error);
      g_autoptr(MutualAnalysis) reference = NULL;
      g_autoptr(MutualAnalysis) analysis = NULL;
      g_autofree char *expected = NULL;
      GThread *threads[N_THREADS];
      SharedAnalysis shared;

      g_assert_no_error (error);
      reference = mutual_analysis_new (model);
      expected = describe (reference);
      g_assert_cmpuint (strlen (expected), >, 0);
      g_test_message ("%s:\n%s", names[n], expected);
      analysis = mutual_analysis_new (model);
      shared = (SharedAnalysis) { model, analysis, expected, 0 };
      for (guint i = 0; i < N_THREADS; i++)
        threads[i] = g_thread_new ("analyser", analyser, &shared);
      for (guint i = 0; i < N_THREADS; i++)
        g_thread_join (threads[i]);
      g_assert_cmpuint (shared.failures, ==, 0);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/threads/concurrent-reads", test_concurrent_reads);
  g_test_add_func ("/mutual/threads/concurrent-loads", test_concurrent_loads);
  g_test_add_func ("/mutual/threads/concurrent-analyses", test_concurrent_analyses);

  return g_test_run ();
}
