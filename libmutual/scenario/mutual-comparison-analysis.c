/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "mutual-analysis.h"
#include "mutual-comparison-private.h"
#include "mutual-control.h"
#include "mutual-enum-types.h"
#include "mutual-interest.h"
#include "mutual-model-private.h"
#include "mutual-psc.h"
#include "mutual-qualification.h"

/* The parts of a comparison that the analysis layer works out: interests
 * (direct votes, look-through shares, the employees'), control (who can
 * alone pass or block what, appoint the board, veto), the PSC register and
 * the qualification tests. Each analysis runs once per model. */

static char *
percent (const MutualFraction *f)
{
  return f ? mutual_fraction_to_percent_string (f) : g_strdup ("0%");
}

static double
value_of (const MutualFraction *f)
{
  return f ? mutual_fraction_to_double (f) : 0;
}

/* The union of the companies the two analyses know, in order. */
static GPtrArray *
companies_of (MutualAnalysis *a,
              MutualAnalysis *b)
{
  g_auto(GStrv) ca = mutual_analysis_dup_companies (a);
  g_auto(GStrv) cb = mutual_analysis_dup_companies (b);
  GPtrArray *all = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; ca[i] != NULL; i++)
    if (g_strv_contains ((const char * const *) cb, ca[i]))
      g_ptr_array_add (all, g_strdup (ca[i]));
  return all;
}

/* --- interests --- */

static GHashTable *
interests_by_holder (GListModel *interests)
{
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  for (guint i = 0; interests != NULL && i < g_list_model_get_n_items (interests); i++)
    {
      MutualInterest *interest = g_list_model_get_item (interests, i);

      g_hash_table_insert (map, (gpointer) mutual_interest_get_holder (interest), interest);
    }
  return map;
}

static void
compare_interest_lists (MutualComparison *self,
                        const char       *company,
                        const char       *measure,
                        const char       *what,
                        GListModel       *before,
                        GListModel       *after)
{
  g_autoptr(GHashTable) b = interests_by_holder (before);
  g_autoptr(GHashTable) a = interests_by_holder (after);
  g_autoptr(GPtrArray) holders = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; after != NULL && i < g_list_model_get_n_items (after); i++)
    {
      g_autoptr(MutualInterest) interest = g_list_model_get_item (after, i);

      g_ptr_array_add (holders, (gpointer) mutual_interest_get_holder (interest));
    }
  g_hash_table_iter_init (&iter, b);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (a, key))
      g_ptr_array_add (holders, key);

  for (guint i = 0; i < holders->len; i++)
    {
      const char *holder = g_ptr_array_index (holders, i);
      MutualInterest *ib = g_hash_table_lookup (b, holder);
      MutualInterest *ia = g_hash_table_lookup (a, holder);
      const MutualFraction *fb = ib ? mutual_interest_get_fraction (ib) : NULL;
      const MutualFraction *fa = ia ? mutual_interest_get_fraction (ia) : NULL;
      double vb = ib ? mutual_interest_get_value (ib) : 0, va = ia ? mutual_interest_get_value (ia) : 0;
      g_autofree char *tb = NULL, *ta = NULL, *message = NULL;
      gboolean same;

      if (fb != NULL && fa != NULL)
        same = mutual_fraction_equal (fb, fa);
      else
        same = fabs (vb - va) < 1e-12;
      if (same)
        continue;
      tb = fb ? percent (fb) : g_strdup_printf ("%.4g%%", vb * 100);
      ta = fa ? percent (fa) : g_strdup_printf ("%.4g%%", va * 100);
      message = g_strdup_printf ("%s's %s in %s: %s → %s", holder, what, company, tb, ta);
      mutual_comparison_add (self, mutual_change_new (MUTUAL_CHANGE_KIND_INTEREST, company, holder, measure,
                                                      tb, ta, vb, va, message));
    }
}

static void
compare_interests (MutualComparison *self,
                   MutualAnalysis   *before,
                   MutualAnalysis   *after,
                   const char       *company)
{
  g_autoptr(GListModel) db = mutual_analysis_direct_interests (before, company, MUTUAL_DIMENSION_VOTES, NULL);
  g_autoptr(GListModel) da = mutual_analysis_direct_interests (after, company, MUTUAL_DIMENSION_VOTES, NULL);
  g_autoptr(GListModel) lb = mutual_analysis_look_through_interests (before, company, MUTUAL_DIMENSION_SHARES, NULL);
  g_autoptr(GListModel) la = mutual_analysis_look_through_interests (after, company, MUTUAL_DIMENSION_SHARES, NULL);
  g_autoptr(MutualInterest) eb = mutual_analysis_employee_interest (before, company, MUTUAL_DIMENSION_SHARES, NULL);
  g_autoptr(MutualInterest) ea = mutual_analysis_employee_interest (after, company, MUTUAL_DIMENSION_SHARES, NULL);

  compare_interest_lists (self, company, "direct-votes", "direct share of the votes", db, da);
  compare_interest_lists (self, company, "look-through-shares", "look-through share of the shares", lb, la);
  if (eb != NULL && ea != NULL)
    {
      double vb = mutual_interest_get_value (eb), va = mutual_interest_get_value (ea);
      const MutualFraction *fb = mutual_interest_get_fraction (eb), *fa = mutual_interest_get_fraction (ea);
      gboolean same = fb && fa ? mutual_fraction_equal (fb, fa) : fabs (vb - va) < 1e-12;

      if (!same)
        {
          g_autofree char *tb = fb ? percent (fb) : g_strdup_printf ("%.4g%%", vb * 100);
          g_autofree char *ta = fa ? percent (fa) : g_strdup_printf ("%.4g%%", va * 100);
          g_autofree char *message = g_strdup_printf ("The employees' interest in %s: %s → %s", company, tb, ta);

          mutual_comparison_add (self, mutual_change_new (MUTUAL_CHANGE_KIND_INTEREST, company, NULL,
                                                          "employee-interest", tb, ta, vb, va, message));
        }
    }
}

/* --- control --- */

typedef struct
{
  const char *measure;
  const char *gains;
  const char *loses;
} ControlRight;

static void
compare_sets (MutualComparison    *self,
              const char          *company,
              const ControlRight  *right,
              const char * const  *before,
              const char * const  *after)
{
  for (guint i = 0; after[i] != NULL; i++)
    if (!g_strv_contains (before, after[i]))
      {
        g_autofree char *message = g_strdup_printf ("%s can now %s %s", after[i], right->gains, company);

        mutual_comparison_add (self, mutual_change_new (MUTUAL_CHANGE_KIND_CONTROL, company, after[i], right->measure,
                                                        "no", "yes", 0, 1, message));
      }
  for (guint i = 0; before[i] != NULL; i++)
    if (!g_strv_contains (after, before[i]))
      {
        g_autofree char *message = g_strdup_printf ("%s can no longer %s %s", before[i], right->loses, company);

        mutual_comparison_add (self, mutual_change_new (MUTUAL_CHANGE_KIND_CONTROL, company, before[i], right->measure,
                                                        "yes", "no", 1, 0, message));
      }
}

static void
compare_control (MutualComparison *self,
                 MutualAnalysis   *before,
                 MutualAnalysis   *after,
                 const char       *company)
{
  static const ControlRight rights[] = {
    { "ordinary-resolution", "pass an ordinary resolution alone (more than 50% of the votes) of",
      "pass an ordinary resolution alone of" },
    { "special-resolution", "pass a special resolution alone (75% of the votes or more) of",
      "pass a special resolution alone of" },
    { "block-special-resolution", "block a special resolution alone (more than 25% of the votes) of",
      "block a special resolution alone of" },
    { "board-majority", "appoint a majority of the board of", "appoint a majority of the board of" },
    { "veto", "veto reserved matters of", "veto reserved matters of" },
  };
  g_autoptr(MutualControl) cb = mutual_analysis_control (before, company, NULL);
  g_autoptr(MutualControl) ca = mutual_analysis_control (after, company, NULL);

  if (cb == NULL || ca == NULL)
    return;
  compare_sets (self, company, &rights[0], mutual_control_get_ordinary (cb), mutual_control_get_ordinary (ca));
  compare_sets (self, company, &rights[1], mutual_control_get_special (cb), mutual_control_get_special (ca));
  compare_sets (self, company, &rights[2], mutual_control_get_block_special (cb), mutual_control_get_block_special (ca));
  compare_sets (self, company, &rights[3], mutual_control_get_board_controllers (cb), mutual_control_get_board_controllers (ca));
  compare_sets (self, company, &rights[4], mutual_control_get_veto_holders (cb), mutual_control_get_veto_holders (ca));
}

/* --- the PSC register --- */

static GHashTable *
pscs_by_party (GListModel *pscs)
{
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  for (guint i = 0; pscs != NULL && i < g_list_model_get_n_items (pscs); i++)
    {
      MutualPsc *psc = g_list_model_get_item (pscs, i);

      g_hash_table_insert (map, (gpointer) mutual_psc_get_party (psc), psc);
    }
  return map;
}

/* The share and vote bands of a set of natures, such as "25-to-50". */
static char *
bands_of (const char * const *natures)
{
  static const char *bands[] = { "25-to-50", "50-to-75", "75-to-100" };
  GString *text = g_string_new (NULL);

  for (guint b = 0; b < G_N_ELEMENTS (bands); b++)
    for (guint i = 0; natures[i] != NULL; i++)
      if (strstr (natures[i], bands[b]) != NULL)
        {
          g_string_append_printf (text, "%s%s", text->len ? " and " : "", bands[b]);
          break;
        }
  return g_string_free (text, FALSE);
}

static void
compare_pscs (MutualComparison *self,
              MutualAnalysis   *before,
              MutualAnalysis   *after,
              const char       *company)
{
  g_autoptr(GListModel) lb = mutual_analysis_list_pscs (before, company, NULL);
  g_autoptr(GListModel) la = mutual_analysis_list_pscs (after, company, NULL);
  g_autoptr(GHashTable) b = pscs_by_party (lb);
  g_autoptr(GHashTable) a = pscs_by_party (la);

  for (guint i = 0; la != NULL && i < g_list_model_get_n_items (la); i++)
    {
      g_autoptr(MutualPsc) psc = g_list_model_get_item (la, i);
      const char *party = mutual_psc_get_party (psc);
      MutualPsc *old = g_hash_table_lookup (b, party);
      g_autofree char *after_text = g_strjoinv (", ", (char **) mutual_psc_get_natures (psc));
      g_autofree char *message = NULL;

      if (old == NULL)
        {
          message = g_strdup_printf ("%s becomes registrable in %s's PSC register (%s)", party, company, after_text);
          mutual_comparison_add (self, mutual_change_new (MUTUAL_CHANGE_KIND_PSC_ADDED, company, party, "psc", NULL,
                                                          after_text, NAN, value_of (mutual_psc_get_votes (psc)), message));
        }
      else if (!g_strv_equal (mutual_psc_get_natures (old), mutual_psc_get_natures (psc)))
        {
          g_autofree char *before_text = g_strjoinv (", ", (char **) mutual_psc_get_natures (old));
          g_autofree char *band_before = bands_of (mutual_psc_get_natures (old));
          g_autofree char *band_after = bands_of (mutual_psc_get_natures (psc));

          if (*band_before && *band_after && g_strcmp0 (band_before, band_after) != 0)
            message = g_strdup_printf ("%s moves from the %s to the %s band in %s's PSC register (%s)",
                                       party, band_before, band_after, company, after_text);
          else
            message = g_strdup_printf ("%s's entry in %s's PSC register changes: %s → %s",
                                       party, company, before_text, after_text);
          mutual_comparison_add (self, mutual_change_new (MUTUAL_CHANGE_KIND_PSC_CHANGED, company, party, "psc",
                                                          before_text, after_text,
                                                          value_of (mutual_psc_get_votes (old)),
                                                          value_of (mutual_psc_get_votes (psc)), message));
        }
    }
  for (guint i = 0; lb != NULL && i < g_list_model_get_n_items (lb); i++)
    {
      g_autoptr(MutualPsc) psc = g_list_model_get_item (lb, i);
      const char *party = mutual_psc_get_party (psc);

      if (!g_hash_table_contains (a, party))
        {
          g_autofree char *before_text = g_strjoinv (", ", (char **) mutual_psc_get_natures (psc));
          g_autofree char *message = g_strdup_printf ("%s is no longer registrable in %s's PSC register (was %s)",
                                                      party, company, before_text);

          mutual_comparison_add (self, mutual_change_new (MUTUAL_CHANGE_KIND_PSC_REMOVED, company, party, "psc",
                                                          before_text, NULL, value_of (mutual_psc_get_votes (psc)),
                                                          NAN, message));
        }
    }
}

/* --- qualification --- */

static void
compare_result (MutualComparison    *self,
                const char          *company,
                const char          *party,
                MutualQualification *qb,
                MutualQualification *qa)
{
  gboolean b, a;
  g_autofree char *message = NULL;

  if (qb == NULL || qa == NULL)
    return;
  b = mutual_qualification_get_qualifies (qb);
  a = mutual_qualification_get_qualifies (qa);
  if (a == b)
    return;
  message = g_strdup_printf ("%s%s%s %s the %s test", company, party ? " with " : "", party ? party : "",
                             a ? "now passes" : "no longer passes", mutual_qualification_get_test (qa));
  mutual_comparison_add (self, mutual_change_new (MUTUAL_CHANGE_KIND_QUALIFICATION, company, party,
                                                  mutual_qualification_get_test (qa), b ? "yes" : "no",
                                                  a ? "yes" : "no", b, a, message));
}

static void
compare_qualification (MutualComparison *self,
                       MutualAnalysis   *before,
                       MutualAnalysis   *after,
                       const char       *company)
{
  static const MutualMutualTest tests[] = {
    MUTUAL_MUTUAL_TEST_PCR_2015_REG_77,
    MUTUAL_MUTUAL_TEST_PROCUREMENT_ACT_2023_S33,
  };
  GPtrArray *parties = mutual_model_get_array (mutual_comparison_get_after (self), MUTUAL_COLLECTION_PARTIES);

  for (guint t = 0; t < G_N_ELEMENTS (tests); t++)
    {
      g_autoptr(MutualQualification) qb = mutual_analysis_qualify_public_service_mutual (before, company, tests[t], NULL);
      g_autoptr(MutualQualification) qa = mutual_analysis_qualify_public_service_mutual (after, company, tests[t], NULL);

      compare_result (self, company, NULL, qb, qa);
    }
  /* employee ownership trusts of the company's employees */
  for (guint i = 0; i < parties->len; i++)
    {
      MutualParty *party = g_ptr_array_index (parties, i);
      g_autoptr(MutualQualification) qb = NULL;
      g_autoptr(MutualQualification) qa = NULL;

      if (mutual_party_get_kind (party) != MUTUAL_PARTY_KIND_EMPLOYEE_OWNERSHIP_TRUST ||
          g_strcmp0 (mutual_party_get_beneficiary_employer (party), company) != 0 ||
          mutual_analysis_lookup_party (before, mutual_party_get_id (party)) == NULL)
        continue;
      qb = mutual_analysis_qualify_employee_ownership_trust (before, company, mutual_party_get_id (party), NULL);
      qa = mutual_analysis_qualify_employee_ownership_trust (after, company, mutual_party_get_id (party), NULL);
      compare_result (self, company, mutual_party_get_id (party), qb, qa);
    }
}

void
mutual_comparison_add_analysis (MutualComparison *self,
                                MutualModel      *before,
                                MutualModel      *after)
{
  g_autoptr(MutualAnalysis) ab = mutual_analysis_new (before);
  g_autoptr(MutualAnalysis) aa = mutual_analysis_new (after);
  g_autoptr(GPtrArray) companies = companies_of (ab, aa);

  for (guint i = 0; i < companies->len; i++)
    {
      const char *company = g_ptr_array_index (companies, i);

      compare_interests (self, ab, aa, company);
      compare_control (self, ab, aa, company);
      compare_pscs (self, ab, aa, company);
      compare_qualification (self, ab, aa, company);
    }
}
