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

static MutualAnalysis *
analyse_json (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_data (json, -1, &error);

  g_assert_no_error (error);
  return mutual_analysis_new (model);
}

static void
add_company (GString    *parties,
             GString    *classes,
             const char *id)
{
  g_string_append_printf (parties, "%s{\"id\":\"%s\",\"name\":\"%s\",\"kind\":\"company\"}",
                          parties->len ? "," : "", id, id);
  g_string_append_printf (classes, "%s{\"id\":\"%s-o\",\"issuer\":\"%s\",\"name\":\"Ordinary\"}",
                          classes->len ? "," : "", id, id);
}

static void
add_person (GString    *parties,
            const char *id)
{
  g_string_append_printf (parties, "%s{\"id\":\"%s\",\"name\":\"%s\",\"kind\":\"person\"}",
                          parties->len ? "," : "", id, id);
}

static void
add_holding (GString    *holdings,
             const char *holder,
             const char *company,
             gint64      count)
{
  g_string_append_printf (holdings, "%s{\"holder\":\"%s\",\"share_class\":\"%s-o\",\"count\":%" G_GINT64_FORMAT "}",
                          holdings->len ? "," : "", holder, company, count);
}

static MutualAnalysis *
analyse_parts (GString *parties,
               GString *classes,
               GString *holdings)
{
  g_autofree char *json = g_strdup_printf ("{\"format\":\"libmutual-model\",\"version\":1,"
                                           "\"parties\":[%s],\"share_classes\":[%s],\"holdings\":[%s]}",
                                           parties->str, classes->str, holdings->str);

  return analyse_json (json);
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
test_ring_blocks (void)
{
  const guint n = 300, n_targets = 40;
  g_autoptr(GString) parties = g_string_new (NULL);
  g_autoptr(GString) classes = g_string_new (NULL);
  g_autoptr(GString) holdings = g_string_new (NULL);
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MutualAnalysis) analysis = NULL;
  g_autoptr(MutualInterestTable) table = NULL;
  g_autoptr(GError) error = NULL;
  double scale = 1.0 / (1.0 - ldexp (1.0, -(int) n));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *c = g_strdup_printf ("c%u", i);
      g_autofree char *next = g_strdup_printf ("c%u", (i + 1) % n);
      g_autofree char *p = g_strdup_printf ("p%u", i);

      add_company (parties, classes, c);
      add_person (parties, p);
      add_holding (holdings, next, c, 1);
      add_holding (holdings, p, c, 1);
    }
  analysis = analyse_parts (parties, classes, holdings);
  for (guint t = 0; t < n_targets; t++)
    g_ptr_array_add (targets, g_strdup_printf ("c%u", t * 7 % n));
  g_ptr_array_add (targets, NULL);
  table = mutual_analysis_look_through_table (analysis, (const char * const *) targets->pdata,
                                              MUTUAL_DIMENSION_SHARES, &error);
  g_assert_no_error (error);
  for (guint t = 0; t < n_targets; t++)
    {
      const char *target = g_ptr_array_index (targets, t);
      guint c = t * 7 % n;

      /* every person and every other company reached */
      g_assert_cmpuint (mutual_interest_table_get_n_holders (table, target), ==, 2 * n - 1);
      for (guint j = 0; j < n; j += 37)
        {
          g_autofree char *p = g_strdup_printf ("p%u", (c + j) % n);

          g_assert_cmpfloat_with_epsilon (mutual_interest_table_get_value (table, p, target),
                                          ldexp (1.0, -(int) (j + 1)) * scale, 1e-13);
        }
    }
  assert_table_matches_single (analysis, table, 1e-12);
}

/* Small cross-holdings (dense LU), many targets: a and b hold half of each
 * other's shares beside p and q; 16 companies t0..t15 are each held 40%
 * by a, 40% by b and 20% by their own person. */
static void
test_small_cycles_blocks (void)
{
  g_autoptr(GString) parties = g_string_new (NULL);
  g_autoptr(GString) classes = g_string_new (NULL);
  g_autoptr(GString) holdings = g_string_new (NULL);
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MutualAnalysis) analysis = NULL;
  g_autoptr(MutualInterestTable) table = NULL;
  g_autoptr(GError) error = NULL;

  add_company (parties, classes, "a");
  add_company (parties, classes, "b");
  add_person (parties, "p");
  add_person (parties, "q");
  add_holding (holdings, "p", "a", 1);
  add_holding (holdings, "b", "a", 1);
  add_holding (holdings, "q", "b", 1);
  add_holding (holdings, "a", "b", 1);
  for (guint t = 0; t < 16; t++)
    {
      g_autofree char *c = g_strdup_printf ("t%u", t);
      g_autofree char *o = g_strdup_printf ("o%u", t);

      add_company (parties, classes, c);
      add_person (parties, o);
      add_holding (holdings, "a", c, 2);
      add_holding (holdings, "b", c, 2);
      add_holding (holdings, o, c, 1);
      g_ptr_array_add (targets, g_steal_pointer (&c));
    }
  g_ptr_array_add (targets, NULL);
  analysis = analyse_parts (parties, classes, holdings);
  table = mutual_analysis_look_through_table (analysis, (const char * const *) targets->pdata,
                                              MUTUAL_DIMENSION_VOTES, &error);
  g_assert_no_error (error);
  /* x_a = 0.4 + 0.5 x_b, x_b = 0.4 + 0.5 x_a: both 0.8; p = q = 0.4 */
  for (guint t = 0; t < 16; t++)
    {
      const char *target = g_ptr_array_index (targets, t);

      g_assert_cmpfloat_with_epsilon (mutual_interest_table_get_value (table, "a", target), 0.8, 1e-14);
      g_assert_cmpfloat_with_epsilon (mutual_interest_table_get_value (table, "p", target), 0.4, 1e-14);
      g_assert_cmpfloat_with_epsilon (mutual_interest_table_get_value (table, "q", target), 0.4, 1e-14);
      g_assert_cmpuint (mutual_interest_table_get_n_holders (table, target), ==, 5);
    }
  assert_table_matches_single (analysis, table, 1e-14);
}

/* Targets that share nothing: a block would be almost empty, so each is
 * solved on its own, with the same figures. */
static void
test_disjoint_targets (void)
{
  g_autoptr(GString) parties = g_string_new (NULL);
  g_autoptr(GString) classes = g_string_new (NULL);
  g_autoptr(GString) holdings = g_string_new (NULL);
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MutualAnalysis) analysis = NULL;
  g_autoptr(MutualInterestTable) table = NULL;
  g_autoptr(GError) error = NULL;

  for (guint t = 0; t < 32; t++)
    {
      g_autofree char *c = g_strdup_printf ("t%u", t);
      g_autofree char *h = g_strdup_printf ("h%u", t);
      g_autofree char *p = g_strdup_printf ("p%u", t);
      g_autofree char *o = g_strdup_printf ("o%u", t);

      add_company (parties, classes, c);
      add_company (parties, classes, h);
      add_person (parties, p);
      add_person (parties, o);
      add_holding (holdings, h, c, 3);   /* h holds 3/4 of t */
      add_holding (holdings, o, c, 1);
      add_holding (holdings, p, h, 1);   /* p holds all of h */
      g_ptr_array_add (targets, g_steal_pointer (&c));
    }
  g_ptr_array_add (targets, NULL);
  analysis = analyse_parts (parties, classes, holdings);
  table = mutual_analysis_look_through_table (analysis, (const char * const *) targets->pdata,
                                              MUTUAL_DIMENSION_SHARES, &error);
  g_assert_no_error (error);
  for (guint t = 0; t < 32; t++)
    {
      g_autofree char *p = g_strdup_printf ("p%u", t);
      g_autofree char *other = g_strdup_printf ("p%u", (t + 1) % 32);
      const char *target = g_ptr_array_index (targets, t);

      g_assert_cmpfloat (mutual_interest_table_get_value (table, p, target), ==, 0.75);
      g_assert_cmpfloat (mutual_interest_table_get_value (table, other, target), ==, 0);
      g_assert_cmpuint (mutual_interest_table_get_n_holders (table, target), ==, 3);
    }
  assert_table_matches_single (analysis, table, 1e-15);
}

/* Targets held by a closed cross-holding (a and b wholly own each other):
 * no solution, for a block as for one target. */
static void
test_closed_cycle_in_block (void)
{
  g_autoptr(GString) parties = g_string_new (NULL);
  g_autoptr(GString) classes = g_string_new (NULL);
  g_autoptr(GString) holdings = g_string_new (NULL);
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MutualAnalysis) analysis = NULL;
  g_autoptr(MutualInterestTable) table = NULL;
  g_autoptr(GError) error = NULL;

  add_company (parties, classes, "a");
  add_company (parties, classes, "b");
  add_holding (holdings, "b", "a", 1);
  add_holding (holdings, "a", "b", 1);
  for (guint t = 0; t < 20; t++)
    {
      g_autofree char *c = g_strdup_printf ("t%u", t);

      add_company (parties, classes, c);
      add_holding (holdings, "a", c, 1);
      g_ptr_array_add (targets, g_steal_pointer (&c));
    }
  g_ptr_array_add (targets, NULL);
  analysis = analyse_parts (parties, classes, holdings);
  table = mutual_analysis_look_through_table (analysis, (const char * const *) targets->pdata,
                                              MUTUAL_DIMENSION_SHARES, &error);
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_CYCLE);
  g_assert_nonnull (strstr (error->message, "hold all of each other"));
  g_assert_null (table);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/mutual/look-through-table/ring-blocks", test_ring_blocks);
  g_test_add_func ("/mutual/look-through-table/small-cycles-blocks", test_small_cycles_blocks);
  g_test_add_func ("/mutual/look-through-table/disjoint-targets", test_disjoint_targets);
  g_test_add_func ("/mutual/look-through-table/closed-cycle", test_closed_cycle_in_block);
  return g_test_run ();
}
