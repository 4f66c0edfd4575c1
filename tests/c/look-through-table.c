/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* mutual_analysis_look_through_table(): many targets in one call. From 16
 * targets up they are solved in blocks when they reach mostly the same
 * parties, one at a time otherwise; each case here checks the table against
 * a closed form and against one-target solves
 * (mutual_analysis_look_through_interest), which never use blocks. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <libmutual/mutual.h>

/* A case: a model file written part by part, then the table of its targets. */
typedef struct
{
  GString *parties;
  GString *classes;
  GString *holdings;
  GPtrArray *targets;
  MutualAnalysis *analysis;
  MutualInterestTable *table;
  GError *error;
} Case;

static void
case_set_up (Case          *c,
             gconstpointer  data)
{
  c->parties = g_string_new (NULL);
  c->classes = g_string_new (NULL);
  c->holdings = g_string_new (NULL);
  c->targets = g_ptr_array_new_with_free_func (g_free);
}

static void
case_tear_down (Case          *c,
                gconstpointer  data)
{
  g_string_free (c->parties, TRUE);
  g_string_free (c->classes, TRUE);
  g_string_free (c->holdings, TRUE);
  g_ptr_array_unref (c->targets);
  g_clear_object (&c->table);
  g_clear_object (&c->analysis);
  g_clear_error (&c->error);
}

static void
add_company (Case       *c,
             const char *id)
{
  g_string_append_printf (c->parties, "%s{\"id\":\"%s\",\"name\":\"%s\",\"kind\":\"company\"}",
                          c->parties->len ? "," : "", id, id);
  g_string_append_printf (c->classes, "%s{\"id\":\"%s-o\",\"issuer\":\"%s\",\"name\":\"Ordinary\"}",
                          c->classes->len ? "," : "", id, id);
}

static void
add_person (Case       *c,
            const char *id)
{
  g_string_append_printf (c->parties, "%s{\"id\":\"%s\",\"name\":\"%s\",\"kind\":\"person\"}",
                          c->parties->len ? "," : "", id, id);
}

static void
add_holding (Case       *c,
             const char *holder,
             const char *company,
             gint64      count)
{
  g_string_append_printf (c->holdings, "%s{\"holder\":\"%s\",\"share_class\":\"%s-o\",\"count\":%" G_GINT64_FORMAT "}",
                          c->holdings->len ? "," : "", holder, company, count);
}

static void
add_target (Case       *c,
            const char *company)
{
  g_ptr_array_add (c->targets, g_strdup (company));
}

static const char *
target (Case  *c,
        guint  k)
{
  return g_ptr_array_index (c->targets, k);
}

/* Loads the model and asks for the table of every target. */
static void
solve (Case            *c,
       MutualDimension  dimension)
{
  g_autofree char *json = g_strdup_printf ("{\"format\":\"libmutual-model\",\"version\":1,"
                                           "\"parties\":[%s],\"share_classes\":[%s],\"holdings\":[%s]}",
                                           c->parties->str, c->classes->str, c->holdings->str);
  g_autoptr(MutualModel) model = mutual_model_new_from_data (json, -1, &c->error);

  g_assert_no_error (c->error);
  c->analysis = mutual_analysis_new (model);
  g_ptr_array_add (c->targets, NULL);
  c->table = mutual_analysis_look_through_table (c->analysis, (const char * const *) c->targets->pdata,
                                                 dimension, &c->error);
  g_ptr_array_set_size (c->targets, c->targets->len - 1);
}

/* Every figure of the table against the one-target solve. */
static void
assert_table_matches_single (MutualAnalysis      *analysis,
                             MutualInterestTable *table,
                             double               tolerance)
{
  const char * const *companies = mutual_interest_table_get_companies (table);

  for (guint k = 0; companies[k] != NULL; k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) owners = mutual_analysis_look_through_interests (analysis, companies[k],
                                                                            mutual_interest_table_get_dimension (table),
                                                                            &error);
      double total = 0;

      g_assert_no_error (error);
      g_assert_cmpuint (mutual_interest_table_get_n_holders (table, companies[k]), ==, g_list_model_get_n_items (owners));
      for (guint i = 0; i < g_list_model_get_n_items (owners); i++)
        {
          g_autoptr(MutualInterest) interest = g_list_model_get_item (owners, i);
          double value = mutual_interest_table_get_value (table, mutual_interest_get_holder (interest), companies[k]);

          g_assert_cmpfloat_with_epsilon (value, mutual_interest_get_value (interest), tolerance);
          total += value;
        }
      g_assert_cmpfloat_with_epsilon (mutual_interest_table_get_total (table, companies[k]), total, 1e-12);
    }
}

/* A ring of 300 companies, each held half by the next and half by its own
 * person: one cross-holding too large for the dense solve, reached in full
 * from every target, so 40 targets go in blocks swept together. In target
 * c_t, the person of c_(t+j) holds 2^-(j+1) / (1 - 2^-300). */
static void
test_ring_blocks (Case          *c,
                  gconstpointer  data)
{
  const guint n = 300, n_targets = 40;
  double scale = 1.0 / (1.0 - ldexp (1.0, -(int) n));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *company = g_strdup_printf ("c%u", i);
      g_autofree char *next = g_strdup_printf ("c%u", (i + 1) % n);
      g_autofree char *p = g_strdup_printf ("p%u", i);

      add_company (c, company);
      add_person (c, p);
      add_holding (c, next, company, 1);
      add_holding (c, p, company, 1);
    }
  for (guint t = 0; t < n_targets; t++)
    {
      g_autofree char *company = g_strdup_printf ("c%u", t * 7 % n);

      add_target (c, company);
    }
  solve (c, MUTUAL_DIMENSION_SHARES);
  g_assert_no_error (c->error);
  for (guint t = 0; t < n_targets; t++)
    {
      /* every person and every other company reached */
      g_assert_cmpuint (mutual_interest_table_get_n_holders (c->table, target (c, t)), ==, 2 * n - 1);
      for (guint j = 0; j < n; j += 37)
        {
          g_autofree char *p = g_strdup_printf ("p%u", (t * 7 + j) % n);

          g_assert_cmpfloat_with_epsilon (mutual_interest_table_get_value (c->table, p, target (c, t)),
                                          ldexp (1.0, -(int) (j + 1)) * scale, 1e-13);
        }
    }
  assert_table_matches_single (c->analysis, c->table, 1e-12);
}

/* Small cross-holdings (dense LU), many targets: a and b hold half of each
 * other's shares beside p and q; 16 companies t0..t15 are each held 40%
 * by a, 40% by b and 20% by their own person. */
static void
test_small_cycles_blocks (Case          *c,
                          gconstpointer  data)
{
  add_company (c, "a");
  add_company (c, "b");
  add_person (c, "p");
  add_person (c, "q");
  add_holding (c, "p", "a", 1);
  add_holding (c, "b", "a", 1);
  add_holding (c, "q", "b", 1);
  add_holding (c, "a", "b", 1);
  for (guint t = 0; t < 16; t++)
    {
      g_autofree char *company = g_strdup_printf ("t%u", t);
      g_autofree char *o = g_strdup_printf ("o%u", t);

      add_company (c, company);
      add_person (c, o);
      add_holding (c, "a", company, 2);
      add_holding (c, "b", company, 2);
      add_holding (c, o, company, 1);
      add_target (c, company);
    }
  solve (c, MUTUAL_DIMENSION_VOTES);
  g_assert_no_error (c->error);
  /* x_a = 0.4 + 0.5 x_b, x_b = 0.4 + 0.5 x_a: both 0.8; p = q = 0.4 */
  for (guint t = 0; t < 16; t++)
    {
      g_assert_cmpfloat_with_epsilon (mutual_interest_table_get_value (c->table, "a", target (c, t)), 0.8, 1e-14);
      g_assert_cmpfloat_with_epsilon (mutual_interest_table_get_value (c->table, "p", target (c, t)), 0.4, 1e-14);
      g_assert_cmpfloat_with_epsilon (mutual_interest_table_get_value (c->table, "q", target (c, t)), 0.4, 1e-14);
      g_assert_cmpuint (mutual_interest_table_get_n_holders (c->table, target (c, t)), ==, 5);
    }
  assert_table_matches_single (c->analysis, c->table, 1e-14);
}

/* Targets that share nothing: a block would be almost empty, so each is
 * solved on its own, with the same figures. */
static void
test_disjoint_targets (Case          *c,
                       gconstpointer  data)
{
  for (guint t = 0; t < 32; t++)
    {
      g_autofree char *company = g_strdup_printf ("t%u", t);
      g_autofree char *h = g_strdup_printf ("h%u", t);
      g_autofree char *p = g_strdup_printf ("p%u", t);
      g_autofree char *o = g_strdup_printf ("o%u", t);

      add_company (c, company);
      add_company (c, h);
      add_person (c, p);
      add_person (c, o);
      add_holding (c, h, company, 3);   /* h holds 3/4 of t */
      add_holding (c, o, company, 1);
      add_holding (c, p, h, 1);         /* p holds all of h */
      add_target (c, company);
    }
  solve (c, MUTUAL_DIMENSION_SHARES);
  g_assert_no_error (c->error);
  for (guint t = 0; t < 32; t++)
    {
      g_autofree char *p = g_strdup_printf ("p%u", t);
      g_autofree char *other = g_strdup_printf ("p%u", (t + 1) % 32);

      g_assert_cmpfloat (mutual_interest_table_get_value (c->table, p, target (c, t)), ==, 0.75);
      g_assert_cmpfloat (mutual_interest_table_get_value (c->table, other, target (c, t)), ==, 0);
      g_assert_cmpuint (mutual_interest_table_get_n_holders (c->table, target (c, t)), ==, 3);
    }
  assert_table_matches_single (c->analysis, c->table, 1e-15);
}

/* Targets held by a closed cross-holding (a and b wholly own each other):
 * no solution, for a block as for one target. */
static void
test_closed_cycle_in_block (Case          *c,
                            gconstpointer  data)
{
  add_company (c, "a");
  add_company (c, "b");
  add_holding (c, "b", "a", 1);
  add_holding (c, "a", "b", 1);
  for (guint t = 0; t < 20; t++)
    {
      g_autofree char *company = g_strdup_printf ("t%u", t);

      add_company (c, company);
      add_holding (c, "a", company, 1);
      add_target (c, company);
    }
  solve (c, MUTUAL_DIMENSION_SHARES);
  g_assert_error (c->error, MUTUAL_ERROR, MUTUAL_ERROR_CYCLE);
  g_assert_nonnull (strstr (c->error->message, "hold all of each other"));
  g_assert_null (c->table);
}

#define ADD_CASE(path, func) \
  g_test_add ("/mutual/look-through-table/" path, Case, NULL, case_set_up, func, case_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  ADD_CASE ("ring-blocks", test_ring_blocks);
  ADD_CASE ("small-cycles-blocks", test_small_cycles_blocks);
  ADD_CASE ("disjoint-targets", test_disjoint_targets);
  ADD_CASE ("closed-cycle", test_closed_cycle_in_block);
  return g_test_run ();
}
