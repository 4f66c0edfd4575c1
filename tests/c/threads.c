/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A model that no thread changes may be read from several threads at once
 * (docs/threads.md): lookups, list iteration, validation, writing and
 * copying give the same results in every thread as in one. Run under
 * ThreadSanitizer by tools/check-sanitizers.sh. */
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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/threads/concurrent-reads", test_concurrent_reads);
  g_test_add_func ("/mutual/threads/concurrent-loads", test_concurrent_loads);

  return g_test_run ();
}
