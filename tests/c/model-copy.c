/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <libmutual/mutual.h>

#include "mutual-model-private.h"

/* Copies of a model share what they have not changed (mutual-store.c).
 * These tests change copies of copies at random and check every version
 * against a plain reference: an ordered list of (holder, count). */

#define N_PARTIES 60

typedef struct
{
  GPtrArray *holders;   /* ids in list order */
  GHashTable *counts;   /* id → count */
} Reference;

static Reference *
reference_new (void)
{
  Reference *ref = g_new0 (Reference, 1);

  ref->holders = g_ptr_array_new_with_free_func (g_free);
  ref->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return ref;
}

static Reference *
reference_copy (Reference *from)
{
  Reference *ref = reference_new ();
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < from->holders->len; i++)
    g_ptr_array_add (ref->holders, g_strdup (g_ptr_array_index (from->holders, i)));
  g_hash_table_iter_init (&iter, from->counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (ref->counts, g_strdup (key), value);
  return ref;
}

static void
reference_free (Reference *ref)
{
  g_ptr_array_unref (ref->holders);
  g_hash_table_unref (ref->counts);
  g_free (ref);
}

static void
reference_set (Reference  *ref,
               const char *holder,
               gint64      count)
{
  guint position;
  gboolean present = g_ptr_array_find_with_equal_func (ref->holders, holder, g_str_equal, &position);

  if (count == 0)
    {
      if (present)
        {
          g_ptr_array_remove_index (ref->holders, position);
          g_hash_table_remove (ref->counts, holder);
        }
      return;
    }
  if (!present)
    g_ptr_array_add (ref->holders, g_strdup (holder));
  g_hash_table_insert (ref->counts, g_strdup (holder), GINT_TO_POINTER ((int) count));
}

static void
check (MutualModel *model,
       Reference   *ref)
{
  GListModel *list = mutual_model_get_holdings (model);
  GPtrArray *array = mutual_model_get_array (model, MUTUAL_COLLECTION_HOLDINGS);

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, ref->holders->len);
  g_assert_cmpuint (array->len, ==, ref->holders->len);
  g_assert_cmpuint (mutual_model_get_n_items (model, MUTUAL_COLLECTION_HOLDINGS), ==, ref->holders->len);
  for (guint i = 0; i < ref->holders->len; i++)
    {
      const char *holder = g_ptr_array_index (ref->holders, i);
      g_autoptr(MutualHolding) item = g_list_model_get_item (list, i);
      MutualHolding *found = mutual_model_lookup_holding (model, holder, "ord");

      g_assert_cmpstr (mutual_holding_get_holder (item), ==, holder);
      g_assert_true (g_ptr_array_index (array, i) == item);
      g_assert_true (found == item);
      g_assert_cmpint (mutual_holding_get_count (item), ==,
                       GPOINTER_TO_INT (g_hash_table_lookup (ref->counts, holder)));
    }
  for (guint p = 0; p < N_PARTIES; p++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", p);

      if (!g_hash_table_contains (ref->counts, id))
        g_assert_null (mutual_model_lookup_holding (model, id, "ord"));
    }
}

static MutualModel *
build (void)
{
  MutualModel *model = mutual_model_new ();
  g_autoptr(MutualParty) company = mutual_party_new ("co", "Co", MUTUAL_PARTY_KIND_COMPANY);
  g_autoptr(MutualShareClass) klass = mutual_share_class_new ("ord", "co", "Ordinary");

  g_assert_true (mutual_model_add_party (model, company, NULL));
  g_assert_true (mutual_model_add_share_class (model, klass, NULL));
  for (guint p = 0; p < N_PARTIES; p++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", p);
      g_autoptr(MutualParty) party = mutual_party_new (id, id, MUTUAL_PARTY_KIND_PERSON);

      g_assert_true (mutual_model_add_party (model, party, NULL));
    }
  return model;
}

/* Random changes to random versions; each version must stay as it was
 * when a later version was copied from it. */
static void
test_random_versions (void)
{
  g_autoptr(GPtrArray) models = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func ((GDestroyNotify) reference_free);
  GRand *rand = g_rand_new_with_seed (g_test_rand_int ());

  g_ptr_array_add (models, build ());
  g_ptr_array_add (refs, reference_new ());
  for (guint step = 0; step < 4000; step++)
    {
      guint which = g_rand_int_range (rand, 0, models->len);
      MutualModel *model = g_ptr_array_index (models, which);
      Reference *ref = g_ptr_array_index (refs, which);
      g_autofree char *holder = g_strdup_printf ("p%d", g_rand_int_range (rand, 0, N_PARTIES));
      gint64 count = g_rand_int_range (rand, 0, 3) == 0 ? 0 : g_rand_int_range (rand, 1, 1000);

      if (g_rand_int_range (rand, 0, 10) == 0 && models->len < 40)
        {
          /* branch: later changes go to the copy or the original */
          g_ptr_array_add (models, mutual_model_copy (model));
          g_ptr_array_add (refs, reference_copy (ref));
          continue;
        }
      g_assert_true (mutual_model_set_holding (model, holder, "ord", count, NULL));
      reference_set (ref, holder, count);
      if (step % 97 == 0)
        for (guint i = 0; i < models->len; i++)
          check (g_ptr_array_index (models, i), g_ptr_array_index (refs, i));
    }
  for (guint i = 0; i < models->len; i++)
    check (g_ptr_array_index (models, i), g_ptr_array_index (refs, i));
  g_rand_free (rand);
}

/* A long chain of copies, each changing one holding: copies fold their
 * changes into a new base once they carry many. */
static void
test_chain_compacts (void)
{
  g_autoptr(MutualModel) model = build ();
  Reference *ref = reference_new ();
  guint most = 0;

  for (guint p = 0; p < N_PARTIES; p++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", p);

      g_assert_true (mutual_model_set_holding (model, id, "ord", p + 1, NULL));
      reference_set (ref, id, p + 1);
    }
  /* a freshly built model changed its base in place: nothing to carry */
  g_assert_cmpuint (mutual_model_get_n_changes (model, MUTUAL_COLLECTION_HOLDINGS), ==, 0);
  for (guint step = 0; step < 3000; step++)
    {
      MutualModel *next = mutual_model_copy (model);
      g_autofree char *id = g_strdup_printf ("p%u", step % N_PARTIES);
      gint64 count = step % 7 == 0 ? 0 : step + 1;

      g_assert_true (mutual_model_set_holding (next, id, "ord", count, NULL));
      reference_set (ref, id, count);
      most = MAX (most, mutual_model_get_n_changes (next, MUTUAL_COLLECTION_HOLDINGS));
      g_object_unref (model);
      model = next;
    }
  check (model, ref);
  /* the changes stay bounded (by the number of keys here) */
  g_assert_cmpuint (most, <=, N_PARTIES);
  reference_free (ref);
}

static void
count_changes (GListModel *list,
               guint       position,
               guint       removed,
               guint       added,
               gpointer    data)
{
  guint *n = data;

  g_assert_cmpuint (position + added, <=, g_list_model_get_n_items (list));
  (*n)++;
}

/* A copy carrying many changes folds them into a new base. */
static void
test_compaction (void)
{
  g_autoptr(MutualModel) model = mutual_model_new ();
  g_autoptr(MutualModel) copy = NULL;
  g_autoptr(MutualModel) again = NULL;
  g_autoptr(MutualParty) company = mutual_party_new ("co", "Co", MUTUAL_PARTY_KIND_COMPANY);
  g_autoptr(MutualShareClass) klass = mutual_share_class_new ("ord", "co", "Ordinary");
  Reference *ref = reference_new ();
  Reference *ref_copy;

  g_assert_true (mutual_model_add_party (model, company, NULL));
  g_assert_true (mutual_model_add_share_class (model, klass, NULL));
  for (guint p = 0; p < 3000; p++)
    {
      g_autofree char *id = g_strdup_printf ("h%u", p);

      g_assert_true (mutual_model_set_holding (model, id, "ord", p + 1, NULL));
      reference_set (ref, id, p + 1);
    }
  copy = mutual_model_copy (model);
  ref_copy = reference_copy (ref);
  for (guint p = 0; p < 3000; p += 2)
    {
      g_autofree char *id = g_strdup_printf ("h%u", p);
      g_autofree char *fresh = g_strdup_printf ("n%u", p);
      gint64 count = p % 4 == 0 ? 0 : 7;

      g_assert_true (mutual_model_set_holding (copy, id, "ord", count, NULL));
      reference_set (ref_copy, id, count);
      g_assert_true (mutual_model_set_holding (copy, fresh, "ord", p + 5, NULL));
      reference_set (ref_copy, fresh, p + 5);
    }
  g_assert_cmpuint (mutual_model_get_n_changes (copy, MUTUAL_COLLECTION_HOLDINGS), ==, 3000);
  again = mutual_model_copy (copy);
  g_assert_cmpuint (mutual_model_get_n_changes (again, MUTUAL_COLLECTION_HOLDINGS), ==, 0);
  /* lookups (not only the list) must see the compacted base */
  for (guint p = 0; p < 3000; p++)
    {
      g_autofree char *id = g_strdup_printf ("h%u", p);
      MutualHolding *h = mutual_model_lookup_holding (again, id, "ord");
      gpointer expected = g_hash_table_lookup (ref_copy->counts, id);

      if (expected == NULL)
        g_assert_null (h);
      else
        g_assert_cmpint (mutual_holding_get_count (h), ==, GPOINTER_TO_INT (expected));
    }
  g_assert_true (mutual_model_set_holding (again, "h1", "ord", 0, NULL));
  g_assert_true (mutual_model_set_holding (copy, "h1", "ord", 0, NULL));
  reference_set (ref_copy, "h1", 0);
  g_assert_cmpuint (mutual_model_get_n_items (again, MUTUAL_COLLECTION_HOLDINGS), ==, ref_copy->holders->len);
  {
    GPtrArray *a = mutual_model_get_array (again, MUTUAL_COLLECTION_HOLDINGS);
    GPtrArray *b = mutual_model_get_array (copy, MUTUAL_COLLECTION_HOLDINGS);

    g_assert_cmpuint (a->len, ==, b->len);
    for (guint i = 0; i < a->len; i++)
      g_assert_true (g_ptr_array_index (a, i) == g_ptr_array_index (b, i));
    for (guint i = 0; i < a->len; i++)
      g_assert_cmpstr (mutual_holding_get_holder (g_ptr_array_index (a, i)), ==, g_ptr_array_index (ref_copy->holders, i));
  }
  check (model, ref);
  reference_free (ref);
  reference_free (ref_copy);
}

/* A list someone watches follows the model's changes, also on a copy. */
static void
test_watched_list (void)
{
  g_autoptr(MutualModel) model = build ();
  g_autoptr(MutualModel) copy = NULL;
  g_autoptr(MutualHolding) second = NULL;
  GListModel *list;
  guint n = 0;

  g_assert_true (mutual_model_set_holding (model, "p1", "ord", 10, NULL));
  g_assert_true (mutual_model_set_holding (model, "p2", "ord", 20, NULL));
  copy = mutual_model_copy (model);
  list = mutual_model_get_holdings (copy);
  g_signal_connect (list, "items-changed", G_CALLBACK (count_changes), &n);
  g_assert_true (mutual_model_set_holding (copy, "p3", "ord", 30, NULL));
  g_assert_true (mutual_model_set_holding (copy, "p1", "ord", 0, NULL));
  g_assert_true (mutual_model_set_holding (copy, "p2", "ord", 25, NULL));
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  second = g_list_model_get_item (list, 1);
  g_assert_cmpstr (mutual_holding_get_holder (second), ==, "p3");
  /* the original is untouched */
  g_assert_cmpuint (g_list_model_get_n_items (mutual_model_get_holdings (model)), ==, 2);
  g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (model, "p2", "ord")), ==, 20);
}

/* A list outlives its model and keeps what it showed. */
static void
test_list_outlives_model (void)
{
  MutualModel *model = build ();
  MutualModel *copy;
  g_autoptr(GListModel) list = NULL;

  g_assert_true (mutual_model_set_holding (model, "p1", "ord", 10, NULL));
  copy = mutual_model_copy (model);
  g_assert_true (mutual_model_set_holding (copy, "p2", "ord", 20, NULL));
  list = g_object_ref (mutual_model_get_holdings (copy));
  g_object_unref (copy);
  g_assert_true (mutual_model_set_holding (model, "p3", "ord", 30, NULL));
  g_object_unref (model);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
}

/* Assigning one model's state to another. */
static void
test_assign (void)
{
  g_autoptr(MutualModel) model = build ();
  g_autoptr(MutualModel) other = NULL;

  g_assert_true (mutual_model_set_holding (model, "p1", "ord", 10, NULL));
  other = mutual_model_copy (model);
  g_assert_true (mutual_model_set_holding (other, "p1", "ord", 0, NULL));
  g_assert_true (mutual_model_set_holding (other, "p2", "ord", 5, NULL));
  mutual_model_set_date (other, "2020-01-01");
  mutual_model_assign (model, other);
  g_assert_null (mutual_model_lookup_holding (model, "p1", "ord"));
  g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (model, "p2", "ord")), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (mutual_model_get_holdings (model)), ==, 1);
  g_assert_cmpstr (mutual_model_get_date (model), ==, "2020-01-01");
  /* and they stay independent */
  g_assert_true (mutual_model_set_holding (other, "p3", "ord", 1, NULL));
  g_assert_null (mutual_model_lookup_holding (model, "p3", "ord"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/model-copy/random-versions", test_random_versions);
  g_test_add_func ("/mutual/model-copy/chain-compacts", test_chain_compacts);
  g_test_add_func ("/mutual/model-copy/compaction", test_compaction);
  g_test_add_func ("/mutual/model-copy/watched-list", test_watched_list);
  g_test_add_func ("/mutual/model-copy/list-outlives-model", test_list_outlives_model);
  g_test_add_func ("/mutual/model-copy/assign", test_assign);

  return g_test_run ();
}
