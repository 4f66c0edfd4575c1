/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A sweep's analyses are worked out from the analysis of the base model
 * and the holdings a run changed (mutual_analysis_new_derived). They must
 * be the analysis a fresh build makes, array for array and answer for
 * answer: random models, random changes, both compared. */
#include "config.h"

#include <string.h>

#include "mutual.h"
#include "mutual-analysis-private.h"
#include "mutual-model-private.h"

typedef struct
{
  guint n_companies;
  guint n_persons;
  gboolean cycle;
  gboolean coops;
} Shape;

static char *
company_id (guint i)
{
  return g_strdup_printf ("c%u", i);
}

static char *
person_id (guint i)
{
  return g_strdup_printf ("p%u", i);
}

/* A holder for a class of company @issuer: a person, or a company after
 * it (so that the held-by graph has no cycle unless asked). */
static char *
random_holder (GRand *rand,
               Shape *shape,
               guint  issuer,
               gboolean anywhere)
{
  if (g_rand_int_range (rand, 0, 4) == 0)
    {
      guint from = anywhere ? 0 : issuer + 1;

      if (from < shape->n_companies)
        return company_id (g_rand_int_range (rand, from, shape->n_companies));
    }
  return person_id (g_rand_int_range (rand, 0, shape->n_persons));
}

static MutualModel *
random_model (GRand *rand,
              Shape *shape,
              guint *n_classes)
{
  MutualModel *model = mutual_model_new ();
  g_autoptr(GError) error = NULL;

  mutual_model_set_date (model, "2020-01-01");
  for (guint i = 0; i < shape->n_companies; i++)
    {
      g_autofree char *id = company_id (i);
      MutualPartyKind kind = shape->coops && g_rand_int_range (rand, 0, 3) == 0 ? MUTUAL_PARTY_KIND_COOPERATIVE
                                                                              : MUTUAL_PARTY_KIND_COMPANY;
      g_autoptr(MutualParty) party = g_object_new (MUTUAL_TYPE_PARTY, "id", id, "name", id, "kind", kind,
                                                   "board-size", g_rand_boolean (rand) ? 0 : g_rand_int_range (rand, 3, 8),
                                                   "keeps-psc-register", TRUE, NULL);

      g_assert_true (mutual_model_add_party (model, party, &error));
    }
  for (guint i = 0; i < shape->n_persons; i++)
    {
      g_autofree char *id = person_id (i);
      g_autoptr(MutualParty) party = g_object_new (MUTUAL_TYPE_PARTY, "id", id, "name", id,
                                                   "kind", MUTUAL_PARTY_KIND_PERSON, "employer", "c0", NULL);

      g_assert_true (mutual_model_add_party (model, party, &error));
    }
  *n_classes = 0;
  for (guint i = 0; i < shape->n_companies; i++)
    {
      g_autofree char *issuer = company_id (i);
      guint classes = g_rand_int_range (rand, 1, 3);

      for (guint k = 0; k < classes; k++)
        {
          g_autofree char *id = g_strdup_printf ("k%u", (*n_classes)++);
          g_autoptr(MutualShareClass) klass =
            g_object_new (MUTUAL_TYPE_SHARE_CLASS, "id", id, "issuer", issuer, "name", id,
                          "votes-per-share", g_rand_int_range (rand, 0, 4),
                          "dividend-weight", g_rand_int_range (rand, 0, 3),
                          "capital-weight", g_rand_int_range (rand, 0, 3),
                          "nominal-value", (gint64) g_rand_int_range (rand, 1, 100),
                          "ordinary", g_rand_int_range (rand, 0, 4) != 0,
                          "special-rights", g_rand_int_range (rand, 0, 8) == 0 ? MUTUAL_SPECIAL_RIGHTS_VETO_RESERVED_MATTERS
                                                                              : MUTUAL_SPECIAL_RIGHTS_NONE,
                          NULL);
          guint holders = g_rand_int_range (rand, 1, 9);

          g_assert_true (mutual_model_add_share_class (model, klass, &error));
          for (guint h = 0; h < holders; h++)
            {
              g_autofree char *holder = random_holder (rand, shape, i, FALSE);

              g_assert_true (mutual_model_set_holding (model, holder, id, g_rand_int_range (rand, 1, 1000), &error));
            }
        }
      if (g_rand_int_range (rand, 0, 3) == 0)
        {
          g_autofree char *appointer = random_holder (rand, shape, i, FALSE);
          g_autoptr(MutualBoardRight) right = mutual_board_right_new (appointer, issuer, g_rand_int_range (rand, 1, 4));

          g_assert_true (mutual_model_add_board_right (model, right, &error));
        }
      if (g_rand_int_range (rand, 0, 6) == 0)
        {
          g_autofree char *holder = random_holder (rand, shape, i, FALSE);
          MutualFraction share = { 1, 10 };
          g_autoptr(MutualAgreementRight) right = mutual_agreement_right_new (holder, issuer, MUTUAL_DIMENSION_VOTES, &share);

          g_assert_true (mutual_model_add_agreement_right (model, right, &error));
        }
      if (mutual_party_kind_get_vote_basis (mutual_party_get_kind (mutual_model_lookup_party (model, issuer))) ==
          MUTUAL_VOTE_BASIS_PER_MEMBER)
        for (guint m = 0; m < 3; m++)
          {
            g_autofree char *member = person_id (g_rand_int_range (rand, 0, shape->n_persons));
            g_autoptr(MutualMembership) membership = mutual_membership_new (member, issuer, 1);

            mutual_model_add_membership (model, membership, NULL);  /* a member twice: once */
          }
    }
  if (shape->cycle && shape->n_companies > 1)
    {
      /* the first company and the last hold shares in each other */
      g_autofree char *first = company_id (0);
      g_autofree char *last = company_id (shape->n_companies - 1);
      g_autofree char *klass = g_strdup_printf ("k%u", *n_classes - 1);

      g_assert_true (mutual_model_set_holding (model, first, klass, 500, &error));
      g_assert_true (mutual_model_set_holding (model, last, "k0", 500, &error));
    }
  g_assert_no_error (error);
  return model;
}

static void
change_randomly (GRand       *rand,
                 Shape       *shape,
                 MutualModel *model,
                 guint        n_classes)
{
  guint n = g_rand_int_range (rand, 1, 4);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *klass = g_strdup_printf ("k%u", g_rand_int_range (rand, 0, n_classes));
      MutualShareClass *sc = mutual_model_lookup_share_class (model, klass);
      const char *issuer = mutual_share_class_get_issuer (sc);
      guint issuer_index = (guint) g_ascii_strtoull (issuer + 1, NULL, 10);
      GListModel *holdings = mutual_model_get_holdings (model);
      g_autoptr(GError) error = NULL;
      int what = g_rand_int_range (rand, 0, 10);

      if (what < 6)
        {
          /* a transfer's usual change: an existing holding gets another count */
          g_autoptr(MutualHolding) h = g_list_model_get_item (holdings, g_rand_int_range (rand, 0, g_list_model_get_n_items (holdings)));

          g_assert_true (mutual_model_set_holding (model, mutual_holding_get_holder (h), mutual_holding_get_share_class (h),
                                                   what == 0 ? 0 : g_rand_int_range (rand, 1, 2000), &error));
        }
      else
        {
          /* a holder new to the class (or not), sometimes a company that
           * holds before its issuer (a changed company that holds) */
          g_autofree char *holder = random_holder (rand, shape, issuer_index, what == 9);

          if (what == 9 && mutual_model_lookup_holding (model, holder, klass) == NULL &&
              g_str_equal (holder, issuer))
            continue;
          g_assert_true (mutual_model_set_holding (model, holder, klass, g_rand_int_range (rand, 1, 2000), &error));
        }
      g_assert_no_error (error);
    }
}

static void
assert_same_arrays (MutualAnalysis *fresh,
                    MutualAnalysis *derived)
{
  guint n = fresh->n_parties;

  g_assert_cmpuint (derived->n_parties, ==, n);
  g_assert_cmpstr (derived->date, ==, fresh->date);
  for (guint c = 0; c <= n; c++)
    {
      g_assert_cmpuint (derived->stake_start[c], ==, fresh->stake_start[c]);
      g_assert_cmpuint (derived->veto_start[c], ==, fresh->veto_start[c]);
      g_assert_cmpuint (derived->board_start[c], ==, fresh->board_start[c]);
      g_assert_cmpuint (derived->agreement_start[c], ==, fresh->agreement_start[c]);
    }
  for (guint i = 0; i < fresh->stake_start[n]; i++)
    {
      g_assert_cmpuint (derived->stakes[i].holder, ==, fresh->stakes[i].holder);
      for (guint d = 0; d < MUTUAL_N_DIMENSIONS; d++)
        g_assert_cmpuint (derived->stakes[i].weight[d], ==, fresh->stakes[i].weight[d]);
      g_assert_cmpuint (derived->stakes[i].ordinary_nominal, ==, fresh->stakes[i].ordinary_nominal);
    }
  for (guint i = 0; i < fresh->veto_start[n]; i++)
    {
      g_assert_cmpuint (derived->vetoes[i].holder, ==, fresh->vetoes[i].holder);
      g_assert_cmpuint (derived->vetoes[i].klass, ==, fresh->vetoes[i].klass);
    }
  for (guint c = 0; c < n; c++)
    {
      for (guint d = 0; d < MUTUAL_N_DIMENSIONS; d++)
        g_assert_cmpuint (derived->totals[c][d], ==, fresh->totals[c][d]);
      g_assert_cmpuint (derived->ordinary_total[c], ==, fresh->ordinary_total[c]);
      g_assert_cmpuint (derived->overflow[c], ==, fresh->overflow[c]);
      /* the same controllers in the same order, however each stores them
       * (a changed company's are written out in full) */
      {
        g_autoptr(GArray) a = g_array_new (FALSE, FALSE, sizeof (guint));
        g_autoptr(GArray) f = g_array_new (FALSE, FALSE, sizeof (guint));

        mutual_analysis_append_controllers (derived, c, a);
        mutual_analysis_append_controllers (fresh, c, f);
        g_assert_cmpuint (a->len, ==, f->len);
        for (guint j = 0; j < f->len; j++)
          g_assert_cmpuint (g_array_index (a, guint, j), ==, g_array_index (f, guint, j));
      }
    }
}

static char *
describe (MutualAnalysis *analysis,
          const char     *company)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualControl) control = mutual_analysis_control (analysis, company, &error);
  g_autoptr(GListModel) pscs = NULL;

  if (control == NULL)
    g_string_append_printf (text, "control: %s\n", error->message);
  else
    {
      for (int r = MUTUAL_RESOLUTION_ORDINARY; r <= MUTUAL_RESOLUTION_BLOCK_SPECIAL; r++)
        {
          g_autofree char *joined = g_strjoinv (",", (char **) mutual_control_get_deciders (control, r));

          g_string_append_printf (text, "resolution %d: %s\n", r, joined);
        }
      {
        g_autofree char *joined = g_strjoinv (",", (char **) mutual_control_get_board_controllers (control));

        g_string_append_printf (text, "board: %s\n", joined);
      }
    }
  g_clear_error (&error);
  pscs = mutual_analysis_list_pscs (analysis, company, &error);
  if (pscs == NULL)
    g_string_append_printf (text, "pscs: %s\n", error->message);
  else
    for (guint i = 0; i < g_list_model_get_n_items (pscs); i++)
      {
        g_autoptr(MutualPsc) psc = g_list_model_get_item (pscs, i);
        g_autofree char *natures = g_strjoinv (",", (char **) mutual_psc_get_natures (psc));

        g_string_append_printf (text, "psc %s: %s\n", mutual_psc_get_party (psc), natures);
      }
  return g_string_free (text, FALSE);
}

static void
run_shape (Shape  *shape,
           guint   seed,
           guint   n_models,
           guint   n_runs,
           guint  *n_derived,
           guint  *n_total)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  for (guint m = 0; m < n_models; m++)
    {
      guint n_classes;
      g_autoptr(MutualModel) base = random_model (rand, shape, &n_classes);
      g_autoptr(MutualAnalysis) origin = mutual_analysis_new_origin (base);

      for (guint r = 0; r < n_runs; r++)
        {
          g_autoptr(MutualModel) copy = mutual_model_copy (base);
          g_autoptr(MutualAnalysis) derived = NULL;
          g_autoptr(MutualAnalysis) fresh = NULL;

          change_randomly (rand, shape, copy, n_classes);
          derived = mutual_analysis_new_derived (origin, copy);
          fresh = mutual_analysis_new (copy);
          assert_same_arrays (fresh, derived);
          /* the answers too, for every company (which also exercises the
           * derived analysis's shared slots and buffers) */
          for (guint c = 0; c < shape->n_companies; c++)
            {
              g_autofree char *id = company_id (c);
              g_autofree char *want = describe (fresh, id);
              g_autofree char *got = describe (derived, id);

              g_assert_cmpstr (got, ==, want);
            }
          *n_derived += mutual_analysis_is_derived (derived);
          (*n_total)++;
        }
    }
}

static void
test_random_acyclic (void)
{
  Shape shape = { 6, 30, FALSE, FALSE };
  guint n_derived = 0, n_total = 0;

  run_shape (&shape, 1, 40, 25, &n_derived, &n_total);
  g_test_message ("%u of %u runs derived", n_derived, n_total);
  /* runs that change holdings of a company that holds nothing itself, in
   * place or by new holders, derive; the rest (a holding removed, a
   * changed company that holds shares: most of these companies do) are
   * built afresh. Both must happen often. */
  g_assert_cmpuint (n_derived, >, n_total / 10);
  g_assert_cmpuint (n_derived, <, n_total);
}

static void
test_random_coops_and_cycles (void)
{
  Shape coops = { 5, 20, FALSE, TRUE };
  Shape cycles = { 5, 20, TRUE, FALSE };
  guint n_derived = 0, n_total = 0;

  run_shape (&coops, 2, 20, 20, &n_derived, &n_total);
  g_assert_cmpuint (n_derived, >, 0);
  n_derived = n_total = 0;
  run_shape (&cycles, 3, 20, 20, &n_derived, &n_total);
  /* an origin with a cross-holding does not derive */
  g_assert_cmpuint (n_derived, ==, 0);
}

/* The sweep's case: one company of many employee shareholders, a
 * transfer between two of its holders, and a transfer to a new one. */
static void
test_transfer (void)
{
  Shape shape = { 1, 200, FALSE, FALSE };
  guint n_classes;
  g_autoptr(GRand) rand = g_rand_new_with_seed (4);
  g_autoptr(MutualModel) base = random_model (rand, &shape, &n_classes);
  g_autoptr(MutualAnalysis) origin = mutual_analysis_new_origin (base);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) holdings = g_object_ref (mutual_model_get_holdings (base));
  g_autoptr(MutualHolding) first = g_list_model_get_item (holdings, 0);
  g_autoptr(MutualHolding) second = g_list_model_get_item (holdings, 1);

  for (int step = 0; step < 3; step++)
    {
      g_autoptr(MutualModel) copy = mutual_model_copy (base);
      g_autoptr(MutualAnalysis) derived = NULL;
      g_autoptr(MutualAnalysis) fresh = NULL;
      gint64 count = mutual_holding_get_count (first);
      const char *klass = mutual_holding_get_share_class (first);

      /* 0: half to the second holder; 1: all of it to someone new (the
       * first holding goes: built afresh); 2: one share to someone new */
      if (step == 0)
        g_assert_true (mutual_model_set_holding (copy, mutual_holding_get_holder (first), klass, count - count / 2, &error) &&
                       mutual_model_set_holding (copy, mutual_holding_get_holder (second), mutual_holding_get_share_class (second),
                                                 mutual_holding_get_count (second) + count / 2, &error));
      else
        {
          g_autofree char *newcomer = NULL;

          for (guint p = 0; newcomer == NULL; p++)
            {
              g_autofree char *id = person_id (p);

              if (mutual_model_lookup_holding (copy, id, klass) == NULL)
                newcomer = g_steal_pointer (&id);
            }
          g_assert_true (mutual_model_set_holding (copy, mutual_holding_get_holder (first), klass, step == 1 ? 0 : count - 1, &error));
          g_assert_true (mutual_model_set_holding (copy, newcomer, klass, step == 1 ? count : 1, &error));
        }
      g_assert_no_error (error);
      derived = mutual_analysis_new_derived (origin, copy);
      fresh = mutual_analysis_new (copy);
      assert_same_arrays (fresh, derived);
      g_assert_cmpint (mutual_analysis_is_derived (derived), ==, step != 1);
      /* a derived analysis, or a plain one, is no origin: built afresh */
      {
        g_autoptr(MutualAnalysis) again = mutual_analysis_new_derived (derived, copy);
        g_autoptr(MutualAnalysis) plain = mutual_analysis_new_derived (fresh, copy);

        g_assert_false (mutual_analysis_is_derived (again));
        g_assert_false (mutual_analysis_is_derived (plain));
        assert_same_arrays (fresh, again);
      }
    }
  /* the base itself: nothing changed */
  {
    g_autoptr(MutualAnalysis) derived = mutual_analysis_new_derived (origin, base);
    g_autoptr(MutualAnalysis) fresh = mutual_analysis_new (base);

    g_assert_true (mutual_analysis_is_derived (derived));
    assert_same_arrays (fresh, derived);
  }
}

/* A sweep over a model that was changed after it was loaded folds the
 * changes into a base of its own first: the same items in the same order,
 * no changes, and runs derived from it. */
static void
test_folded_base (void)
{
  Shape shape = { 4, 30, FALSE, FALSE };
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  guint n_classes, n_derived = 0;
  g_autoptr(MutualModel) loaded = random_model (rand, &shape, &n_classes);
  g_autoptr(MutualModel) changed = mutual_model_copy (loaded);
  g_autoptr(MutualModel) folded = NULL;
  g_autoptr(MutualAnalysis) origin = NULL;

  change_randomly (rand, &shape, changed, n_classes);
  g_assert_cmpuint (mutual_model_get_n_changes (changed, MUTUAL_COLLECTION_HOLDINGS), >, 0);
  /* not an origin as it is */
  origin = mutual_analysis_new_origin (changed);
  {
    g_autoptr(MutualModel) copy = mutual_model_copy (changed);
    g_autoptr(MutualAnalysis) derived = NULL;

    change_randomly (rand, &shape, copy, n_classes);
    derived = mutual_analysis_new_derived (origin, copy);
    g_assert_false (mutual_analysis_is_derived (derived));
  }
  g_clear_object (&origin);

  folded = mutual_model_copy_folded (changed, TRUE);
  for (guint c = 0; c < MUTUAL_N_COLLECTIONS; c++)
    {
      GPtrArray *a = mutual_model_get_array (changed, c);
      GPtrArray *b = mutual_model_get_array (folded, c);

      g_assert_cmpuint (mutual_model_get_n_changes (folded, c), ==, 0);
      g_assert_cmpuint (a->len, ==, b->len);
      for (guint i = 0; i < a->len; i++)
        g_assert_true (g_ptr_array_index (a, i) == g_ptr_array_index (b, i));
    }
  g_assert_cmpstr (mutual_model_get_date (folded), ==, mutual_model_get_date (changed));
  origin = mutual_analysis_new_origin (folded);
  for (guint r = 0; r < 50; r++)
    {
      g_autoptr(MutualModel) copy = mutual_model_copy (folded);
      g_autoptr(MutualAnalysis) derived = NULL;
      g_autoptr(MutualAnalysis) fresh = NULL;

      change_randomly (rand, &shape, copy, n_classes);
      derived = mutual_analysis_new_derived (origin, copy);
      fresh = mutual_analysis_new (copy);
      assert_same_arrays (fresh, derived);
      n_derived += mutual_analysis_is_derived (derived);
    }
  g_assert_cmpuint (n_derived, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/mutual/analysis-derive/transfer", test_transfer);
  g_test_add_func ("/mutual/analysis-derive/random-acyclic", test_random_acyclic);
  g_test_add_func ("/mutual/analysis-derive/random-coops-and-cycles", test_random_coops_and_cycles);
  g_test_add_func ("/mutual/analysis-derive/folded-base", test_folded_base);
  return g_test_run ();
}
