/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <math.h>
#include <string.h>

#include <libmutual/mutual.h>

/* Models are written as model files: the tests read like the cases. */
static MutualAnalysis *
analyse_json (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_data (json, -1, &error);

  g_assert_no_error (error);
  return mutual_analysis_new (model);
}

static MutualAnalysis *
analyse_example (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_example (name, &error);

  g_assert_no_error (error);
  return mutual_analysis_new (model);
}

/* One company "y" whose ordinary shares (1 vote each) are held by persons
 * p1.. with the given counts. */
static MutualAnalysis *
analyse_holdings (const gint64 *counts,
                  guint         n)
{
  g_autoptr(GString) json = g_string_new ("{\"format\":\"libmutual-model\",\"version\":1,\"parties\":["
                                          "{\"id\":\"y\",\"name\":\"Y Ltd\",\"kind\":\"company\"}");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, ",{\"id\":\"p%u\",\"name\":\"P%u\",\"kind\":\"person\"}", i + 1, i + 1);
  g_string_append (json, "],\"share_classes\":[{\"id\":\"y-ord\",\"issuer\":\"y\",\"name\":\"Ordinary\"}],\"holdings\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"holder\":\"p%u\",\"share_class\":\"y-ord\",\"count\":%" G_GINT64_FORMAT "}",
                            i ? "," : "", i + 1, counts[i]);
  g_string_append (json, "]}");
  return analyse_json (json->str);
}

static MutualPsc *
find_psc (GListModel *pscs,
          const char *party)
{
  for (guint i = 0; i < g_list_model_get_n_items (pscs); i++)
    {
      g_autoptr(MutualPsc) psc = g_list_model_get_item (pscs, i);

      if (g_str_equal (mutual_psc_get_party (psc), party))
        return psc;  /* the list keeps its reference */
    }
  return NULL;
}

static gboolean
has_finding (GListModel *findings,
             const char *code,
             const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(MutualFinding) f = g_list_model_get_item (findings, i);

      if (g_str_equal (mutual_finding_get_code (f), code) &&
          (id == NULL || g_strv_contains (mutual_finding_get_ids (f), id)))
        return TRUE;
    }
  return FALSE;
}

static void
assert_natures (MutualPsc  *psc,
                const char *first,
                ...)
{
  const char * const *natures = mutual_psc_get_natures (psc);
  guint n = 0;
  va_list args;

  va_start (args, first);
  for (const char *code = first; code != NULL; code = va_arg (args, const char *), n++)
    if (!g_strv_contains (natures, code))
      g_error ("%s in %s: no nature %s", mutual_psc_get_party (psc), mutual_psc_get_company (psc), code);
  va_end (args);
  g_assert_cmpuint (g_strv_length ((char **) natures), ==, n);
}

static void
assert_fraction (const MutualFraction *f,
                 gint64                numerator,
                 gint64                denominator)
{
  g_assert_nonnull (f);
  g_assert_cmpint (mutual_fraction_get_numerator (f), ==, numerator);
  g_assert_cmpint (mutual_fraction_get_denominator (f), ==, denominator);
}

static gboolean
can (MutualAnalysis   *analysis,
     const char       *company,
     MutualResolution  resolution,
     const char       *first,
     ...)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  gboolean result;
  va_list args;

  va_start (args, first);
  for (const char *id = first; id != NULL; id = va_arg (args, const char *))
    g_ptr_array_add (ids, (gpointer) id);
  va_end (args);
  g_ptr_array_add (ids, NULL);
  result = mutual_analysis_coalition_can (analysis, company, resolution, (const char * const *) ids->pdata, &error);
  g_assert_no_error (error);
  return result;
}

/* ── boundaries ──────────────────────────────────────────────────────── */

static void
test_boundary_25 (void)
{
  const gint64 exactly[] = { 2500, 7500 };
  const gint64 above[] = { 2501, 7499 };
  g_autoptr(MutualAnalysis) a = analyse_holdings (exactly, 2);
  g_autoptr(MutualAnalysis) b = analyse_holdings (above, 2);
  g_autoptr(GListModel) pscs_a = NULL, pscs_b = NULL, findings = NULL;
  g_autoptr(GError) error = NULL;

  pscs_a = mutual_analysis_list_pscs (a, "y", &error);
  g_assert_no_error (error);
  g_assert_null (find_psc (pscs_a, "p1"));             /* exactly 25% is not more than 25% */
  g_assert_false (can (a, "y", MUTUAL_RESOLUTION_BLOCK_SPECIAL, "p1", NULL));
  findings = mutual_analysis_psc_findings (a, "y", &error);
  g_assert_true (has_finding (findings, "psc.exactly-25-percent", "p1"));
  /* 75% or more is the top band, and passes a special resolution */
  assert_natures (find_psc (pscs_a, "p2"), "ownership-of-shares-75-to-100-percent",
                  "voting-rights-75-to-100-percent", NULL);
  g_assert_true (can (a, "y", MUTUAL_RESOLUTION_SPECIAL, "p2", NULL));

  pscs_b = mutual_analysis_list_pscs (b, "y", &error);
  g_assert_no_error (error);
  assert_natures (find_psc (pscs_b, "p1"), "ownership-of-shares-25-to-50-percent",
                  "voting-rights-25-to-50-percent", NULL);
  g_assert_true (can (b, "y", MUTUAL_RESOLUTION_BLOCK_SPECIAL, "p1", NULL));
  /* 74.99% is the middle band, and passes no special resolution */
  assert_natures (find_psc (pscs_b, "p2"), "ownership-of-shares-50-to-75-percent",
                  "voting-rights-50-to-75-percent", NULL);
  g_assert_false (can (b, "y", MUTUAL_RESOLUTION_SPECIAL, "p2", NULL));
  g_assert_true (can (b, "y", MUTUAL_RESOLUTION_ORDINARY, "p2", NULL));
}

static void
test_boundary_50 (void)
{
  const gint64 half[] = { 5000, 5000 };
  const gint64 above[] = { 5001, 4999 };
  g_autoptr(MutualAnalysis) a = analyse_holdings (half, 2);
  g_autoptr(MutualAnalysis) b = analyse_holdings (above, 2);
  g_autoptr(MutualControl) ca = NULL, cb = NULL;
  g_autoptr(GListModel) pscs_a = NULL, pscs_b = NULL;
  g_autoptr(GError) error = NULL;

  ca = mutual_analysis_control (a, "y", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((char **) mutual_control_get_ordinary (ca)), ==, 0);
  g_assert_cmpuint (g_strv_length ((char **) mutual_control_get_block_special (ca)), ==, 2);
  pscs_a = mutual_analysis_list_pscs (a, "y", &error);
  assert_natures (find_psc (pscs_a, "p1"), "ownership-of-shares-25-to-50-percent",
                  "voting-rights-25-to-50-percent", NULL);

  cb = mutual_analysis_control (b, "y", &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_equal ((const char * const *) mutual_control_get_ordinary (cb),
                               (const char * const[]) { "p1", NULL }));
  pscs_b = mutual_analysis_list_pscs (b, "y", &error);
  assert_natures (find_psc (pscs_b, "p1"), "ownership-of-shares-50-to-75-percent",
                  "voting-rights-50-to-75-percent", NULL);
  assert_natures (find_psc (pscs_b, "p2"), "ownership-of-shares-25-to-50-percent",
                  "voting-rights-25-to-50-percent", NULL);
}

/* ── chains, trusts, classes, co-operatives ──────────────────────────── */

static const char *chain_json =
  "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":["
  "{\"id\":\"y\",\"name\":\"Y Ltd\",\"kind\":\"company\"},"
  "{\"id\":\"a\",\"name\":\"A Ltd (overseas, no PSC register)\",\"kind\":\"company\"},"
  "{\"id\":\"b\",\"name\":\"B Ltd (overseas, no PSC register)\",\"kind\":\"company\"},"
  "{\"id\":\"p\",\"name\":\"P\",\"kind\":\"person\"},"
  "{\"id\":\"q\",\"name\":\"Q\",\"kind\":\"person\"},"
  "{\"id\":\"r\",\"name\":\"R\",\"kind\":\"person\"}],"
  "\"share_classes\":[{\"id\":\"y-ord\",\"issuer\":\"y\",\"name\":\"O\"},"
  "{\"id\":\"a-ord\",\"issuer\":\"a\",\"name\":\"O\"},{\"id\":\"b-ord\",\"issuer\":\"b\",\"name\":\"O\"}],"
  "\"holdings\":["
  "{\"holder\":\"p\",\"share_class\":\"a-ord\",\"count\":60},{\"holder\":\"q\",\"share_class\":\"a-ord\",\"count\":40},"
  "{\"holder\":\"a\",\"share_class\":\"b-ord\",\"count\":51},{\"holder\":\"r\",\"share_class\":\"b-ord\",\"count\":49},"
  "{\"holder\":\"b\",\"share_class\":\"y-ord\",\"count\":30},{\"holder\":\"r\",\"share_class\":\"y-ord\",\"count\":70}]}";

static void
test_chain_of_majority_stakes (void)
{
  g_autoptr(MutualAnalysis) analysis = analyse_json (chain_json);
  g_autoptr(GListModel) pscs = NULL, findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualInterest) economic = NULL;
  MutualPsc *p;

  pscs = mutual_analysis_list_pscs (analysis, "y", &error);
  g_assert_no_error (error);
  /* p has a majority stake in a, a in b: p is treated as holding b's whole
   * 30% of y (not 60% × 51% × 30% = 9.18%) */
  p = find_psc (pscs, "p");
  g_assert_nonnull (p);
  assert_natures (p, "ownership-of-shares-25-to-50-percent", "voting-rights-25-to-50-percent", NULL);
  assert_fraction (mutual_psc_get_votes (p), 3, 10);
  g_assert_true (has_finding (mutual_psc_get_findings (p), "psc.indirect", "p"));
  g_assert_null (find_psc (pscs, "q"));      /* 40% of a is no majority stake */
  g_assert_null (find_psc (pscs, "a"));      /* keeps no register: looked through */
  g_assert_null (find_psc (pscs, "b"));
  assert_natures (find_psc (pscs, "r"), "ownership-of-shares-50-to-75-percent", "voting-rights-50-to-75-percent", NULL);
  findings = mutual_analysis_psc_findings (analysis, "y", &error);
  g_assert_true (has_finding (findings, "psc.not-registrable-entity", "b"));

  /* the economic look-through is the product */
  economic = mutual_analysis_look_through_interest (analysis, "p", "y", MUTUAL_DIMENSION_SHARES, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (mutual_interest_get_value (economic), 0.6 * 0.51 * 0.3, 1e-12);
  g_assert_false (mutual_interest_get_exact (economic));
  /* p controls y's 30% through b, with r's 70% that is not enough alone */
  g_assert_false (can (analysis, "y", MUTUAL_RESOLUTION_ORDINARY, "p", NULL));
  g_assert_true (can (analysis, "y", MUTUAL_RESOLUTION_BLOCK_SPECIAL, "p", NULL));
  g_assert_true (can (analysis, "y", MUTUAL_RESOLUTION_SPECIAL, "p", "r", NULL));
}

static void
test_relevant_legal_entity_cut_off (void)
{
  g_autofree char *json = NULL;
  g_autoptr(MutualAnalysis) analysis = NULL;
  g_autoptr(GListModel) pscs = NULL, findings = NULL;
  g_autoptr(GError) error = NULL;

  /* b keeps a PSC register: b is registered, p above it is not, and a (a
   * company above b that is not an RLE) is not either */
  json = g_strdup (chain_json);
  {
    char *at = strstr (json, "\"B Ltd (overseas, no PSC register)\",\"kind\":\"company\"");
    g_autoptr(GString) s = g_string_new (NULL);

    g_string_append_len (s, json, at - json);
    g_string_append (s, "\"B Ltd\",\"kind\":\"company\",\"keeps_psc_register\":true");
    g_string_append (s, at + strlen ("\"B Ltd (overseas, no PSC register)\",\"kind\":\"company\""));
    g_free (json);
    json = g_string_free (g_steal_pointer (&s), FALSE);
  }
  analysis = analyse_json (json);
  pscs = mutual_analysis_list_pscs (analysis, "y", &error);
  g_assert_no_error (error);
  g_assert_cmpint (mutual_psc_get_kind (find_psc (pscs, "b")), ==, MUTUAL_PSC_KIND_RELEVANT_LEGAL_ENTITY);
  assert_natures (find_psc (pscs, "b"), "ownership-of-shares-25-to-50-percent", "voting-rights-25-to-50-percent", NULL);
  g_assert_null (find_psc (pscs, "p"));
  findings = mutual_analysis_psc_findings (analysis, "y", &error);
  g_assert_true (has_finding (findings, "psc.relevant-legal-entity-cut-off", "p"));
}

static void
test_trust_holding_30 (void)
{
  g_autoptr(MutualAnalysis) analysis = analyse_json (
    "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":["
    "{\"id\":\"y\",\"name\":\"Y Ltd\",\"kind\":\"company\"},"
    "{\"id\":\"eot\",\"name\":\"Y EOT\",\"kind\":\"employee-ownership-trust\",\"beneficiary_employer\":\"y\","
    " \"trustees\":[\"t1\",\"t2\"]},"
    "{\"id\":\"t1\",\"name\":\"Trustee One\",\"kind\":\"person\"},"
    "{\"id\":\"t2\",\"name\":\"Trustee Two\",\"kind\":\"person\"},"
    "{\"id\":\"founder\",\"name\":\"Founder\",\"kind\":\"person\"}],"
    "\"share_classes\":[{\"id\":\"y-ord\",\"issuer\":\"y\",\"name\":\"O\"}],"
    "\"holdings\":[{\"holder\":\"eot\",\"share_class\":\"y-ord\",\"count\":30},"
    "{\"holder\":\"founder\",\"share_class\":\"y-ord\",\"count\":70}]}");
  g_autoptr(GListModel) pscs = NULL;
  g_autoptr(MutualInterest) employees = NULL;
  g_autoptr(GError) error = NULL;
  MutualPsc *t1;

  pscs = mutual_analysis_list_pscs (analysis, "y", &error);
  g_assert_no_error (error);
  g_assert_null (find_psc (pscs, "eot"));    /* a trust is not a person */
  t1 = find_psc (pscs, "t1");
  g_assert_nonnull (t1);
  g_assert_cmpstr (mutual_psc_get_trust (t1), ==, "eot");
  assert_natures (t1, "ownership-of-shares-25-to-50-percent-as-trust", "voting-rights-25-to-50-percent-as-trust", NULL);
  assert_natures (find_psc (pscs, "t2"), "ownership-of-shares-25-to-50-percent-as-trust",
                  "voting-rights-25-to-50-percent-as-trust", NULL);
  assert_natures (find_psc (pscs, "founder"), "ownership-of-shares-50-to-75-percent", "voting-rights-50-to-75-percent", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (pscs), ==, 3);

  employees = mutual_analysis_employee_interest (analysis, "y", MUTUAL_DIMENSION_VOTES, &error);
  g_assert_no_error (error);
  assert_fraction (mutual_interest_get_fraction (employees), 3, 10);
}

static void
test_classes (void)
{
  /* p: 100 voting shares; q: 100 non-voting; r: 10 shares of 10 votes */
  g_autoptr(MutualAnalysis) analysis = analyse_json (
    "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":["
    "{\"id\":\"y\",\"name\":\"Y Ltd\",\"kind\":\"company\"},"
    "{\"id\":\"p\",\"name\":\"P\",\"kind\":\"person\"},{\"id\":\"q\",\"name\":\"Q\",\"kind\":\"person\"},"
    "{\"id\":\"r\",\"name\":\"R\",\"kind\":\"person\"}],"
    "\"share_classes\":[{\"id\":\"a\",\"issuer\":\"y\",\"name\":\"A\",\"votes_per_share\":1},"
    "{\"id\":\"b\",\"issuer\":\"y\",\"name\":\"B non-voting\",\"votes_per_share\":0},"
    "{\"id\":\"c\",\"issuer\":\"y\",\"name\":\"C ten votes\",\"votes_per_share\":10}],"
    "\"holdings\":[{\"holder\":\"p\",\"share_class\":\"a\",\"count\":100},"
    "{\"holder\":\"q\",\"share_class\":\"b\",\"count\":100},"
    "{\"holder\":\"r\",\"share_class\":\"c\",\"count\":10}]}");
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualFraction) pv = mutual_analysis_direct_interest (analysis, "p", "y", MUTUAL_DIMENSION_VOTES, &error);
  g_autoptr(MutualFraction) qv = mutual_analysis_direct_interest (analysis, "q", "y", MUTUAL_DIMENSION_VOTES, &error);
  g_autoptr(MutualFraction) rv = mutual_analysis_direct_interest (analysis, "r", "y", MUTUAL_DIMENSION_VOTES, &error);
  g_autoptr(MutualFraction) qs = mutual_analysis_direct_interest (analysis, "q", "y", MUTUAL_DIMENSION_SHARES, &error);
  g_autoptr(MutualFraction) rs = mutual_analysis_direct_interest (analysis, "r", "y", MUTUAL_DIMENSION_SHARES, &error);
  g_autoptr(GListModel) pscs = mutual_analysis_list_pscs (analysis, "y", &error);

  g_assert_no_error (error);
  assert_fraction (pv, 1, 2);
  assert_fraction (qv, 0, 1);
  assert_fraction (rv, 1, 2);
  assert_fraction (qs, 10, 21);
  assert_fraction (rs, 1, 21);
  assert_natures (find_psc (pscs, "p"), "ownership-of-shares-25-to-50-percent", "voting-rights-25-to-50-percent", NULL);
  assert_natures (find_psc (pscs, "q"), "ownership-of-shares-25-to-50-percent", NULL);
  assert_natures (find_psc (pscs, "r"), "voting-rights-25-to-50-percent", NULL);
  g_assert_false (can (analysis, "y", MUTUAL_RESOLUTION_ORDINARY, "p", NULL));
  g_assert_false (can (analysis, "y", MUTUAL_RESOLUTION_BLOCK_SPECIAL, "q", NULL));
  g_assert_true (can (analysis, "y", MUTUAL_RESOLUTION_SPECIAL, "p", "r", NULL));
  g_assert_false (can (analysis, "y", MUTUAL_RESOLUTION_ORDINARY, "p", "q", NULL));
}

static MutualAnalysis *
analyse_cooperative (guint members)
{
  g_autoptr(GString) json = g_string_new ("{\"format\":\"libmutual-model\",\"version\":1,\"parties\":["
                                          "{\"id\":\"coop\",\"name\":\"Care Co-op\",\"kind\":\"cooperative\"}");

  for (guint i = 0; i < members; i++)
    g_string_append_printf (json, ",{\"id\":\"m%u\",\"name\":\"M%u\",\"kind\":\"person\",\"employer\":\"coop\"}", i, i);
  g_string_append (json, "],\"memberships\":[");
  for (guint i = 0; i < members; i++)
    g_string_append_printf (json, "%s{\"member\":\"m%u\",\"organisation\":\"coop\"}", i ? "," : "", i);
  g_string_append (json, "]}");
  return analyse_json (json->str);
}

static gboolean
coalition_of (MutualAnalysis   *analysis,
              guint             n,
              MutualResolution  resolution)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  gboolean result;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (ids, g_strdup_printf ("m%u", i));
  g_ptr_array_add (ids, NULL);
  result = mutual_analysis_coalition_can (analysis, "coop", resolution, (const char * const *) ids->pdata, &error);
  g_assert_no_error (error);
  return result;
}

static void
test_cooperative_500 (void)
{
  g_autoptr(MutualAnalysis) analysis = analyse_cooperative (500);
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualFraction) one = mutual_analysis_direct_interest (analysis, "m7", "coop", MUTUAL_DIMENSION_VOTES, &error);
  g_autoptr(MutualControl) control = mutual_analysis_control (analysis, "coop", &error);
  g_autoptr(GListModel) pscs = mutual_analysis_list_pscs (analysis, "coop", &error);
  g_autoptr(GListModel) findings = mutual_analysis_psc_findings (analysis, "coop", &error);
  g_autoptr(MutualInterest) employees = mutual_analysis_employee_interest (analysis, "coop", MUTUAL_DIMENSION_VOTES, &error);

  g_assert_no_error (error);
  assert_fraction (one, 1, 500);
  g_assert_cmpuint (g_strv_length ((char **) mutual_control_get_block_special (control)), ==, 0);
  g_assert_false (coalition_of (analysis, 250, MUTUAL_RESOLUTION_ORDINARY));
  g_assert_true (coalition_of (analysis, 251, MUTUAL_RESOLUTION_ORDINARY));
  g_assert_false (coalition_of (analysis, 374, MUTUAL_RESOLUTION_SPECIAL));
  g_assert_true (coalition_of (analysis, 375, MUTUAL_RESOLUTION_SPECIAL));
  g_assert_false (coalition_of (analysis, 125, MUTUAL_RESOLUTION_BLOCK_SPECIAL));
  g_assert_true (coalition_of (analysis, 126, MUTUAL_RESOLUTION_BLOCK_SPECIAL));
  /* a registered society keeps no PSC register */
  g_assert_cmpuint (g_list_model_get_n_items (pscs), ==, 0);
  g_assert_true (has_finding (findings, "psc.not-applicable", "coop"));
  assert_fraction (mutual_interest_get_fraction (employees), 1, 1);
}

static void
test_guarantee_company (void)
{
  g_autoptr(MutualAnalysis) analysis = analyse_json (
    "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":["
    "{\"id\":\"g\",\"name\":\"G\",\"kind\":\"guarantee-company\"},"
    "{\"id\":\"council\",\"name\":\"Council\",\"kind\":\"public-body\"},"
    "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"person\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"person\"}],"
    "\"memberships\":[{\"member\":\"council\",\"organisation\":\"g\"},{\"member\":\"a\",\"organisation\":\"g\"},"
    "{\"member\":\"b\",\"organisation\":\"g\"}]}");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) pscs = mutual_analysis_list_pscs (analysis, "g", &error);

  g_assert_no_error (error);
  /* one member one vote: a third each, more than 25%, no shares */
  assert_natures (find_psc (pscs, "council"), "voting-rights-25-to-50-percent", NULL);
  g_assert_cmpint (mutual_psc_get_kind (find_psc (pscs, "council")), ==, MUTUAL_PSC_KIND_LEGAL_PERSON);
  assert_natures (find_psc (pscs, "a"), "voting-rights-25-to-50-percent", NULL);
  g_assert_true (can (analysis, "g", MUTUAL_RESOLUTION_ORDINARY, "a", "b", NULL));
}

static void
test_board_and_veto (void)
{
  g_autoptr(MutualAnalysis) analysis = analyse_json (
    "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":["
    "{\"id\":\"y\",\"name\":\"Y\",\"kind\":\"company\",\"board_size\":9},"
    "{\"id\":\"council\",\"name\":\"Council\",\"kind\":\"public-body\"},"
    "{\"id\":\"staff\",\"name\":\"Staff EBT\",\"kind\":\"employee-benefit-trust\",\"beneficiary_employer\":\"y\",\"trustees\":[\"t\"]},"
    "{\"id\":\"t\",\"name\":\"Trustee\",\"kind\":\"person\"},"
    "{\"id\":\"partner\",\"name\":\"Partner\",\"kind\":\"company\",\"keeps_psc_register\":true}],"
    "\"share_classes\":[{\"id\":\"ord\",\"issuer\":\"y\",\"name\":\"O\"},"
    "{\"id\":\"golden\",\"issuer\":\"y\",\"name\":\"Golden\",\"votes_per_share\":0,\"dividend_weight\":0,"
    "\"capital_weight\":0,\"nominal_value\":1,\"ordinary\":false,\"special_rights\":[\"veto-reserved-matters\"]}],"
    "\"holdings\":[{\"holder\":\"partner\",\"share_class\":\"ord\",\"count\":80},"
    "{\"holder\":\"staff\",\"share_class\":\"ord\",\"count\":20},"
    "{\"holder\":\"council\",\"share_class\":\"golden\",\"count\":1}],"
    "\"board_rights\":[{\"appointer\":\"staff\",\"company\":\"y\",\"directors\":5},"
    "{\"appointer\":\"partner\",\"company\":\"y\",\"directors\":4}]}");
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualControl) control = mutual_analysis_control (analysis, "y", &error);
  g_autoptr(GListModel) pscs = mutual_analysis_list_pscs (analysis, "y", &error);
  g_autoptr(GListModel) findings = mutual_analysis_psc_findings (analysis, "y", &error);

  g_assert_no_error (error);
  g_assert_true (g_strv_equal (mutual_control_get_board_controllers (control), (const char * const[]) { "staff", NULL }));
  g_assert_true (g_strv_equal (mutual_control_get_veto_holders (control), (const char * const[]) { "council", NULL }));
  g_assert_true (g_strv_equal (mutual_control_get_special (control), (const char * const[]) { "partner", NULL }));
  assert_natures (find_psc (pscs, "t"), "right-to-appoint-and-remove-directors-as-trust", NULL);
  g_assert_null (find_psc (pscs, "council"));
  g_assert_true (has_finding (findings, "psc.significant-influence.review", "council"));
  g_assert_true (mutual_analysis_coalition_controls_board (analysis, "y", (const char * const[]) { "staff", NULL }, &error));
  g_assert_false (mutual_analysis_coalition_controls_board (analysis, "y", (const char * const[]) { "partner", NULL }, &error));
  g_assert_no_error (error);
}

/* ── look-through ────────────────────────────────────────────────────── */

static void
test_paths (void)
{
  /* council holds 25% of x and 50% of h, which holds 25% of x: 37.5% */
  g_autoptr(MutualAnalysis) analysis = analyse_json (
    "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":["
    "{\"id\":\"x\",\"name\":\"X\",\"kind\":\"company\"},{\"id\":\"h\",\"name\":\"H\",\"kind\":\"company\"},"
    "{\"id\":\"council\",\"name\":\"Council\",\"kind\":\"public-body\"},"
    "{\"id\":\"other\",\"name\":\"Other\",\"kind\":\"person\"}],"
    "\"share_classes\":[{\"id\":\"x-o\",\"issuer\":\"x\",\"name\":\"O\"},{\"id\":\"h-o\",\"issuer\":\"h\",\"name\":\"O\"}],"
    "\"holdings\":[{\"holder\":\"council\",\"share_class\":\"x-o\",\"count\":25},"
    "{\"holder\":\"h\",\"share_class\":\"x-o\",\"count\":25},{\"holder\":\"other\",\"share_class\":\"x-o\",\"count\":50},"
    "{\"holder\":\"council\",\"share_class\":\"h-o\",\"count\":1},{\"holder\":\"other\",\"share_class\":\"h-o\",\"count\":1}]}");
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualInterest) council = mutual_analysis_look_through_interest (analysis, "council", "x", MUTUAL_DIMENSION_SHARES, &error);
  g_autoptr(GListModel) paths = mutual_analysis_interest_paths (analysis, "council", "x", MUTUAL_DIMENSION_SHARES, &error);
  g_autoptr(GListModel) owners = mutual_analysis_ultimate_owners (analysis, "x", MUTUAL_DIMENSION_SHARES, &error);
  g_autoptr(MutualInterestPath) first = NULL, second = NULL;
  double sum = 0;

  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (mutual_interest_get_value (council), 0.375, 1e-15);
  g_assert_cmpuint (g_list_model_get_n_items (paths), ==, 2);
  first = g_list_model_get_item (paths, 0);
  second = g_list_model_get_item (paths, 1);
  g_assert_true (g_strv_equal (mutual_interest_path_get_parties (first), (const char * const[]) { "council", "x", NULL }));
  assert_fraction (mutual_interest_path_get_fraction (first), 1, 4);
  g_assert_true (g_strv_equal (mutual_interest_path_get_parties (second), (const char * const[]) { "council", "h", "x", NULL }));
  assert_fraction (mutual_interest_path_get_fraction (second), 1, 8);
  g_assert_cmpuint (g_list_model_get_n_items (owners), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (owners); i++)
    {
      g_autoptr(MutualInterest) owner = g_list_model_get_item (owners, i);

      sum += mutual_interest_get_value (owner);
    }
  g_assert_cmpfloat_with_epsilon (sum, 1.0, 1e-15);
}

static void
test_cycle (void)
{
  /* a: p 60%, b 40%; b: q 50%, a 50%. x_a = 1 + 0.5 x_b, x_b = 0.4 x_a */
  g_autoptr(MutualAnalysis) analysis = analyse_json (
    "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":["
    "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"company\"},"
    "{\"id\":\"p\",\"name\":\"P\",\"kind\":\"person\"},{\"id\":\"q\",\"name\":\"Q\",\"kind\":\"person\"}],"
    "\"share_classes\":[{\"id\":\"a-o\",\"issuer\":\"a\",\"name\":\"O\"},{\"id\":\"b-o\",\"issuer\":\"b\",\"name\":\"O\"}],"
    "\"holdings\":[{\"holder\":\"p\",\"share_class\":\"a-o\",\"count\":60},{\"holder\":\"b\",\"share_class\":\"a-o\",\"count\":40},"
    "{\"holder\":\"q\",\"share_class\":\"b-o\",\"count\":50},{\"holder\":\"a\",\"share_class\":\"b-o\",\"count\":50}]}");
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualInterest) p = mutual_analysis_look_through_interest (analysis, "p", "a", MUTUAL_DIMENSION_VOTES, &error);
  g_autoptr(MutualInterest) q = mutual_analysis_look_through_interest (analysis, "q", "a", MUTUAL_DIMENSION_VOTES, &error);
  g_autoptr(MutualInterest) b = mutual_analysis_look_through_interest (analysis, "b", "a", MUTUAL_DIMENSION_VOTES, &error);

  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (mutual_interest_get_value (p), 0.75, 1e-14);
  g_assert_cmpfloat_with_epsilon (mutual_interest_get_value (q), 0.25, 1e-14);
  g_assert_cmpfloat_with_epsilon (mutual_interest_get_value (b), 0.5, 1e-14);
}

static void
test_large_cycle (void)
{
  /* a ring of 300 companies, each held 50% by the next and 50% by its own
   * person: too large for the dense solve, solved by bounded sweeps */
  const guint n = 300;
  g_autoptr(GString) json = g_string_new ("{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[");
  g_autoptr(MutualAnalysis) analysis = NULL;
  g_autoptr(GListModel) owners = NULL;
  g_autoptr(GError) error = NULL;
  double sum = 0, scale = 1.0 / (1.0 - ldexp (1.0, -(int) n));

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\":\"c%u\",\"name\":\"C\",\"kind\":\"company\"},{\"id\":\"p%u\",\"name\":\"P\",\"kind\":\"person\"}",
                            i ? "," : "", i, i);
  g_string_append (json, "],\"share_classes\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\":\"k%u\",\"issuer\":\"c%u\",\"name\":\"O\"}", i ? "," : "", i, i);
  g_string_append (json, "],\"holdings\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"holder\":\"c%u\",\"share_class\":\"k%u\",\"count\":1},{\"holder\":\"p%u\",\"share_class\":\"k%u\",\"count\":1}",
                            i ? "," : "", (i + 1) % n, i, i, i);
  g_string_append (json, "]}");
  analysis = analyse_json (json->str);
  owners = mutual_analysis_ultimate_owners (analysis, "c0", MUTUAL_DIMENSION_SHARES, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (owners), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MutualInterest) owner = g_list_model_get_item (owners, i);
      guint k = atoi (mutual_interest_get_holder (owner) + 1);

      g_assert_cmpfloat_with_epsilon (mutual_interest_get_value (owner), ldexp (1.0, -(int) (k + 1)) * scale, 1e-13);
      sum += mutual_interest_get_value (owner);
    }
  g_assert_cmpfloat_with_epsilon (sum, 1.0, 1e-12);
}

/* A chain of companies each holding 90% or all of the next: every
 * company above is a controller of every company below (Sch 1A para 18).
 * q holds 10% of every tenth company, and appoints 2 of the 3 directors of
 * c5000, so it controls c5000 and everything below it. Each fiftieth
 * company's board is appointed 2 of 3 by its parent. The analysis must
 * not copy the chain per company (it did: O(N²) memory, ~O(N³) time). */
static guint long_chain_n = 20000;

static void
assert_controllers (const char * const *ids,
                    guint               below,
                    gboolean            with_q)
{
  /* c(below-1), c(below-2), ..., c0, p, then q */
  for (guint k = 0; k < below; k++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", below - 1 - k);

      g_assert_cmpstr (ids[k], ==, id);
    }
  g_assert_cmpstr (ids[below], ==, "p");
  if (with_q)
    g_assert_cmpstr (ids[below + 1], ==, "q");
  g_assert_null (ids[below + 1 + (with_q ? 1 : 0)]);
}

static void
test_long_chain (void)
{
  const guint n = long_chain_n;
  g_autoptr(GString) json = g_string_new ("{\"format\":\"libmutual-model\",\"version\":1,\"parties\":["
                                          "{\"id\":\"p\",\"name\":\"P\",\"kind\":\"person\"},"
                                          "{\"id\":\"q\",\"name\":\"Q\",\"kind\":\"person\"}");
  g_autoptr(MutualAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *last = g_strdup_printf ("c%u", n - 1);
  const char *p_only[] = { "p", NULL }, *q_only[] = { "q", NULL };

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, ",{\"id\":\"c%u\",\"name\":\"C\",\"kind\":\"company\"%s}", i,
                            i % 50 == 0 || i == 5000 ? ",\"board_size\":3" : "");
  g_string_append (json, "],\"share_classes\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\":\"k%u\",\"issuer\":\"c%u\",\"name\":\"O\"}", i ? "," : "", i, i);
  g_string_append (json, "],\"holdings\":[{\"holder\":\"p\",\"share_class\":\"k0\",\"count\":1}");
  for (guint i = 1; i < n; i++)
    {
      g_string_append_printf (json, ",{\"holder\":\"c%u\",\"share_class\":\"k%u\",\"count\":9}", i - 1, i);
      if (i % 10 == 0)
        g_string_append_printf (json, ",{\"holder\":\"q\",\"share_class\":\"k%u\",\"count\":1}", i);
    }
  g_string_append (json, "],\"board_rights\":[{\"appointer\":\"q\",\"company\":\"c5000\",\"directors\":2},"
                         "{\"appointer\":\"c4999\",\"company\":\"c5000\",\"directors\":1}");
  for (guint i = 50; i < n; i += 50)
    if (i != 5000)
      g_string_append_printf (json, ",{\"appointer\":\"c%u\",\"company\":\"c%u\",\"directors\":2}", i - 1, i);
  g_string_append (json, "]}");
  analysis = analyse_json (json->str);

  /* the last company: the whole chain above it, then p, then q */
  {
    g_autoptr(MutualControl) control = mutual_analysis_control (analysis, last, &error);

    g_assert_no_error (error);
    assert_controllers (mutual_control_get_ordinary (control), n - 1, TRUE);
    assert_controllers (mutual_control_get_special (control), n - 1, TRUE);
  }
  g_assert_true (mutual_analysis_coalition_can (analysis, last, MUTUAL_RESOLUTION_ORDINARY, p_only, &error));
  g_assert_true (mutual_analysis_coalition_can (analysis, last, MUTUAL_RESOLUTION_ORDINARY, q_only, &error));
  g_assert_no_error (error);

  /* c5000: q appoints its board but has 10% of the votes */
  {
    g_autoptr(MutualControl) control = mutual_analysis_control (analysis, "c5000", &error);
    const char * const *board;

    g_assert_no_error (error);
    assert_controllers (mutual_control_get_ordinary (control), 5000, FALSE);
    board = mutual_control_get_board_controllers (control);
    g_assert_cmpstr (board[0], ==, "q");
    g_assert_null (board[1]);
  }
  g_assert_false (mutual_analysis_coalition_can (analysis, "c4990", MUTUAL_RESOLUTION_ORDINARY, q_only, &error));
  g_assert_true (mutual_analysis_coalition_can (analysis, "c5001", MUTUAL_RESOLUTION_ORDINARY, q_only, &error));
  g_assert_no_error (error);

  /* c50: its parent appoints 2 of 3 directors, so the chain controls the board */
  {
    g_autoptr(MutualControl) control = mutual_analysis_control (analysis, "c50", &error);

    g_assert_no_error (error);
    assert_controllers (mutual_control_get_board_controllers (control), 50, FALSE);
    assert_controllers (mutual_control_get_block_special (control), 50, FALSE);
  }

  /* the register of the last company: p, through the chain, and q */
  {
    g_autoptr(GListModel) pscs = mutual_analysis_list_pscs (analysis, last, &error);

    g_assert_no_error (error);
    g_assert_nonnull (find_psc (pscs, "p"));
  }
}

/* Majority stakes around a cross-holding: a and b hold all of each other;
 * a appoints 3 of x's 4 directors, x 4 of y's 6, and of z's 3 directors y
 * appoints 1 and q 2. Everyone above y counts once for y's one seat in z
 * (a and b are each other's controller, and both x's), so only q controls
 * z's board. p holds z's shares. */
static void
test_cycle_majority_stakes (void)
{
  g_autoptr(MutualAnalysis) analysis = analyse_json (
    "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":["
    "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"company\"},"
    "{\"id\":\"x\",\"name\":\"X\",\"kind\":\"company\",\"board_size\":4},"
    "{\"id\":\"y\",\"name\":\"Y\",\"kind\":\"company\",\"board_size\":6},"
    "{\"id\":\"z\",\"name\":\"Z\",\"kind\":\"company\",\"board_size\":3},"
    "{\"id\":\"p\",\"name\":\"P\",\"kind\":\"person\"},{\"id\":\"q\",\"name\":\"Q\",\"kind\":\"person\"}],"
    "\"share_classes\":[{\"id\":\"a-o\",\"issuer\":\"a\",\"name\":\"O\"},{\"id\":\"b-o\",\"issuer\":\"b\",\"name\":\"O\"},"
    "{\"id\":\"z-o\",\"issuer\":\"z\",\"name\":\"O\"}],"
    "\"holdings\":[{\"holder\":\"b\",\"share_class\":\"a-o\",\"count\":1},{\"holder\":\"a\",\"share_class\":\"b-o\",\"count\":1},"
    "{\"holder\":\"p\",\"share_class\":\"z-o\",\"count\":1}],"
    "\"board_rights\":[{\"appointer\":\"a\",\"company\":\"x\",\"directors\":3},"
    "{\"appointer\":\"x\",\"company\":\"y\",\"directors\":4},"
    "{\"appointer\":\"y\",\"company\":\"z\",\"directors\":1},{\"appointer\":\"q\",\"company\":\"z\",\"directors\":2}]}");
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualControl) y = mutual_analysis_control (analysis, "y", &error);
  g_autoptr(MutualControl) z = NULL;
  const char *a_only[] = { "a", NULL }, *b_only[] = { "b", NULL }, *p_only[] = { "p", NULL };
  const char * const *board;
  guint n;

  g_assert_no_error (error);
  /* y's board: x, and everyone with a majority stake in x, each once */
  board = mutual_control_get_board_controllers (y);
  n = g_strv_length ((char **) board);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (board[0], ==, "x");
  g_assert_true (g_strv_contains (board, "a") && g_strv_contains (board, "b"));

  z = mutual_analysis_control (analysis, "z", &error);
  g_assert_no_error (error);
  board = mutual_control_get_board_controllers (z);
  g_assert_cmpstr (board[0], ==, "q");
  g_assert_null (board[1]);
  g_assert_false (mutual_analysis_coalition_controls_board (analysis, "z", a_only, &error));
  g_assert_false (mutual_analysis_coalition_controls_board (analysis, "z", b_only, &error));
  g_assert_false (mutual_analysis_coalition_controls_board (analysis, "z", p_only, &error));
  g_assert_true (mutual_analysis_coalition_controls_board (analysis, "y", a_only, &error));
  g_assert_no_error (error);
}

static void
test_closed_cycle (void)
{
  g_autoptr(MutualAnalysis) analysis = analyse_json (
    "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":["
    "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"company\"}],"
    "\"share_classes\":[{\"id\":\"a-o\",\"issuer\":\"a\",\"name\":\"O\"},{\"id\":\"b-o\",\"issuer\":\"b\",\"name\":\"O\"}],"
    "\"holdings\":[{\"holder\":\"b\",\"share_class\":\"a-o\",\"count\":1},{\"holder\":\"a\",\"share_class\":\"b-o\",\"count\":1}]}");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) owners = mutual_analysis_ultimate_owners (analysis, "a", MUTUAL_DIMENSION_SHARES, &error);

  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_CYCLE);
  g_assert_null (owners);
}

/* Without an employee anywhere the employee interest is exactly nothing,
 * found without a look-through; a closed cross-holding above the company
 * still has no solution. */
static void
test_employee_interest_without_employees (void)
{
  g_autoptr(MutualAnalysis) analysis = analyse_json (
    "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":["
    "{\"id\":\"y\",\"name\":\"Y\",\"kind\":\"company\"},{\"id\":\"z\",\"name\":\"Z\",\"kind\":\"company\"},"
    "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"company\"},"
    "{\"id\":\"p\",\"name\":\"P\",\"kind\":\"person\",\"employer\":\"z\"}],"
    "\"share_classes\":[{\"id\":\"y-o\",\"issuer\":\"y\",\"name\":\"O\"},{\"id\":\"z-o\",\"issuer\":\"z\",\"name\":\"O\"},"
    "{\"id\":\"a-o\",\"issuer\":\"a\",\"name\":\"O\"},{\"id\":\"b-o\",\"issuer\":\"b\",\"name\":\"O\"}],"
    "\"holdings\":[{\"holder\":\"p\",\"share_class\":\"y-o\",\"count\":1},{\"holder\":\"a\",\"share_class\":\"z-o\",\"count\":1},"
    "{\"holder\":\"b\",\"share_class\":\"a-o\",\"count\":1},{\"holder\":\"a\",\"share_class\":\"b-o\",\"count\":1}]}");
  g_autoptr(GError) error = NULL;
  /* y: p holds it all, but p works for z, not y */
  g_autoptr(MutualInterest) y = mutual_analysis_employee_interest (analysis, "y", MUTUAL_DIMENSION_SHARES, &error);
  g_autoptr(MutualInterest) a = NULL;
  g_autoptr(MutualInterest) z = NULL;

  g_assert_no_error (error);
  g_assert_cmpfloat (mutual_interest_get_value (y), ==, 0);
  g_assert_true (mutual_interest_get_exact (y));
  g_assert_cmpint (mutual_fraction_get_numerator (mutual_interest_get_fraction (y)), ==, 0);
  /* a and b wholly own each other: no employees of a, but no solution */
  a = mutual_analysis_employee_interest (analysis, "a", MUTUAL_DIMENSION_SHARES, &error);
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_CYCLE);
  g_assert_null (a);
  g_clear_error (&error);
  /* z has an employee, held through the closed pair: no solution either */
  z = mutual_analysis_employee_interest (analysis, "z", MUTUAL_DIMENSION_SHARES, &error);
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_CYCLE);
  g_assert_null (z);
}

static void
test_employee_interest_through_holding_company (void)
{
  g_autoptr(MutualAnalysis) analysis = analyse_json (
    "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":["
    "{\"id\":\"y\",\"name\":\"Y\",\"kind\":\"company\"},{\"id\":\"hold\",\"name\":\"Staff Holdings\",\"kind\":\"company\"},"
    "{\"id\":\"e1\",\"name\":\"E1\",\"kind\":\"person\",\"employer\":\"y\"},"
    "{\"id\":\"e2\",\"name\":\"E2\",\"kind\":\"person\",\"employer\":\"y\"},"
    "{\"id\":\"investor\",\"name\":\"I\",\"kind\":\"person\"}],"
    "\"share_classes\":[{\"id\":\"y-o\",\"issuer\":\"y\",\"name\":\"O\"},{\"id\":\"h-o\",\"issuer\":\"hold\",\"name\":\"O\"}],"
    "\"holdings\":[{\"holder\":\"e1\",\"share_class\":\"y-o\",\"count\":10},{\"holder\":\"hold\",\"share_class\":\"y-o\",\"count\":40},"
    "{\"holder\":\"investor\",\"share_class\":\"y-o\",\"count\":50},"
    "{\"holder\":\"e1\",\"share_class\":\"h-o\",\"count\":1},{\"holder\":\"e2\",\"share_class\":\"h-o\",\"count\":3}]}");
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualInterest) employees = mutual_analysis_employee_interest (analysis, "y", MUTUAL_DIMENSION_SHARES, &error);

  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (mutual_interest_get_value (employees), 0.5, 1e-15);
  g_assert_false (mutual_interest_get_exact (employees));
}

/* ── the examples ────────────────────────────────────────────────────── */

static void
test_mycsp_2012 (void)
{
  g_autoptr(MutualAnalysis) analysis = analyse_example ("mycsp-2012");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) pscs = mutual_analysis_list_pscs (analysis, "mycsp", &error);
  g_autoptr(GListModel) findings = mutual_analysis_psc_findings (analysis, "mycsp", &error);
  g_autoptr(MutualControl) control = mutual_analysis_control (analysis, "mycsp", &error);
  g_autoptr(MutualInterest) employees = mutual_analysis_employee_interest (analysis, "mycsp", MUTUAL_DIMENSION_SHARES, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pscs), ==, 2);
  assert_natures (find_psc (pscs, "equiniti"), "ownership-of-shares-25-to-50-percent", "voting-rights-25-to-50-percent", NULL);
  g_assert_cmpint (mutual_psc_get_kind (find_psc (pscs, "equiniti")), ==, MUTUAL_PSC_KIND_RELEVANT_LEGAL_ENTITY);
  assert_natures (find_psc (pscs, "cabinet-office"), "ownership-of-shares-25-to-50-percent", "voting-rights-25-to-50-percent", NULL);
  g_assert_cmpint (mutual_psc_get_kind (find_psc (pscs, "cabinet-office")), ==, MUTUAL_PSC_KIND_LEGAL_PERSON);
  g_assert_null (find_psc (pscs, "mycsp-trust"));
  g_assert_true (has_finding (findings, "psc.exactly-25-percent", "mycsp-trust"));
  g_assert_cmpuint (g_strv_length ((char **) mutual_control_get_ordinary (control)), ==, 0);
  g_assert_true (g_strv_contains (mutual_control_get_block_special (control), "equiniti"));
  g_assert_true (g_strv_contains (mutual_control_get_block_special (control), "cabinet-office"));
  g_assert_false (g_strv_contains (mutual_control_get_block_special (control), "mycsp-trust"));
  g_assert_cmpuint (g_strv_length ((char **) mutual_control_get_board_controllers (control)), ==, 0);
  assert_fraction (mutual_interest_get_fraction (employees), 1, 4);
}

static void
assert_power (GListModel *power,
              const char *party,
              double      banzhaf,
              double      shapley)
{
  for (guint i = 0; i < g_list_model_get_n_items (power); i++)
    {
      g_autoptr(MutualPower) p = g_list_model_get_item (power, i);

      if (!g_str_equal (mutual_power_get_party (p), party))
        continue;
      g_assert_cmpfloat_with_epsilon (mutual_power_get_banzhaf (p), banzhaf, 1e-12);
      g_assert_cmpfloat_with_epsilon (mutual_power_get_shapley_shubik (p), shapley, 1e-12);
      return;
    }
  g_error ("no power for %s", party);
}

static void
test_mycsp_2012_power (void)
{
  g_autoptr(MutualAnalysis) analysis = analyse_example ("mycsp-2012");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) ordinary = mutual_analysis_power (analysis, "mycsp", MUTUAL_RESOLUTION_ORDINARY, &error);
  g_autoptr(GListModel) special = mutual_analysis_power (analysis, "mycsp", MUTUAL_RESOLUTION_SPECIAL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ordinary), ==, 3);
  /* any two of the three pass an ordinary resolution: a third each */
  assert_power (ordinary, "equiniti", 1.0 / 3, 1.0 / 3);
  assert_power (ordinary, "cabinet-office", 1.0 / 3, 1.0 / 3);
  assert_power (ordinary, "mycsp-trust", 1.0 / 3, 1.0 / 3);
  /* 75%: Equiniti and the Cabinet Office together; the trust never swings */
  assert_power (special, "mycsp-trust", 0, 0);
  assert_power (special, "equiniti", 0.5, 0.5);
  assert_power (special, "cabinet-office", 0.5, 0.5);
}

static void
test_mycsp_2014 (void)
{
  g_autoptr(MutualAnalysis) analysis = analyse_example ("mycsp-2014");
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualControl) control = mutual_analysis_control (analysis, "mycsp", &error);
  g_autoptr(GListModel) pscs = mutual_analysis_list_pscs (analysis, "mycsp", &error);

  g_assert_no_error (error);
  g_assert_true (g_strv_equal (mutual_control_get_ordinary (control), (const char * const[]) { "equiniti", NULL }));
  g_assert_cmpuint (g_strv_length ((char **) mutual_control_get_special (control)), ==, 0);
  assert_natures (find_psc (pscs, "equiniti"), "ownership-of-shares-50-to-75-percent", "voting-rights-50-to-75-percent", NULL);
  g_assert_null (find_psc (pscs, "cabinet-office"));   /* 24% */
}

static void
test_3bm (void)
{
  g_autoptr(MutualAnalysis) analysis = analyse_example ("3bm-2013");
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualControl) control = mutual_analysis_control (analysis, "3bm", &error);
  g_autoptr(GListModel) pscs = mutual_analysis_list_pscs (analysis, "3bm", &error);
  g_autoptr(GListModel) findings = mutual_analysis_psc_findings (analysis, "3bm", &error);
  g_autoptr(MutualFraction) ebt_profits = mutual_analysis_direct_interest (analysis, "3bm-ebt", "3bm", MUTUAL_DIMENSION_PROFITS, &error);
  g_autoptr(MutualFraction) council_profits = mutual_analysis_direct_interest (analysis, "lbhf", "3bm", MUTUAL_DIMENSION_PROFITS, &error);
  g_autoptr(MutualFraction) council_votes = mutual_analysis_direct_interest (analysis, "lbhf", "3bm", MUTUAL_DIMENSION_VOTES, &error);
  g_autoptr(MutualFraction) council_shares = mutual_analysis_direct_interest (analysis, "wcc", "3bm", MUTUAL_DIMENSION_SHARES, &error);
  g_autoptr(MutualFraction) councils = mutual_analysis_coalition_votes (analysis, "3bm", (const char * const[]) { "lbhf", "rbkc", "wcc", NULL }, &error);
  g_autoptr(GListModel) profits = mutual_analysis_direct_interests (analysis, "3bm", MUTUAL_DIMENSION_PROFITS, &error);
  g_autoptr(MutualQualification) eot = mutual_analysis_qualify_employee_ownership_trust (analysis, "3bm", NULL, &error);
  MutualFraction sum = { 0, 1 };

  g_assert_no_error (error);
  g_assert_true (g_strv_equal (mutual_control_get_special (control), (const char * const[]) { "3bm-ebt", NULL }));
  g_assert_true (g_strv_equal (mutual_control_get_block_special (control), (const char * const[]) { "3bm-ebt", NULL }));
  g_assert_false (can (analysis, "3bm", MUTUAL_RESOLUTION_BLOCK_SPECIAL, "prospects", NULL));
  g_assert_null (find_psc (pscs, "prospects"));
  /* the EBT's trustees are registrable, but the example does not name them */
  g_assert_true (has_finding (findings, "psc.trust-without-trustees", "3bm-ebt"));
  /* the councils: half of the profits, no votes, no shares */
  assert_fraction (council_profits, 1, 6);
  assert_fraction (council_votes, 0, 1);
  assert_fraction (council_shares, 0, 1);
  assert_fraction (councils, 0, 1);
  assert_fraction (ebt_profits, 751, 2000);
  for (guint i = 0; i < g_list_model_get_n_items (profits); i++)
    {
      g_autoptr(MutualInterest) interest = g_list_model_get_item (profits, i);
      MutualFraction *f = mutual_fraction_copy (mutual_interest_get_fraction (interest));
      MutualFraction *total = mutual_fraction_new (sum.numerator * f->denominator + f->numerator * sum.denominator,
                                                   sum.denominator * f->denominator);

      sum = *total;
      mutual_fraction_free (total);
      mutual_fraction_free (f);
    }
  assert_fraction (&sum, 1, 1);
  /* so the EBT is no EOT controlling interest: 37.55% of the profits */
  g_assert_false (mutual_qualification_get_qualifies (eot));
  g_assert_true (has_finding (mutual_qualification_get_findings (eot), "eot.controlling-interest.profits", "3bm-ebt"));
}

/* ── qualification ───────────────────────────────────────────────────── */

static MutualAnalysis *
analyse_psm (guint        trust_votes,
             guint        trust_directors,
             const char  *distribution,
             gboolean     lender_profit_right)
{
  g_autofree char *json = g_strdup_printf (
    "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":["
    "{\"id\":\"m\",\"name\":\"M\",\"kind\":\"company\",\"board_size\":9,\"public_service_mission\":true,"
    "\"profit_distribution\":\"%s\"},"
    "{\"id\":\"eot\",\"name\":\"EOT\",\"kind\":\"employee-ownership-trust\",\"beneficiary_employer\":\"m\"},"
    "{\"id\":\"lender\",\"name\":\"Lender\",\"kind\":\"company\"},"
    "{\"id\":\"council\",\"name\":\"Council\",\"kind\":\"public-body\"}],"
    "\"share_classes\":[{\"id\":\"o\",\"issuer\":\"m\",\"name\":\"O\"}],"
    "\"holdings\":[{\"holder\":\"eot\",\"share_class\":\"o\",\"count\":%u},{\"holder\":\"council\",\"share_class\":\"o\",\"count\":%u}],"
    "\"board_rights\":[{\"appointer\":\"eot\",\"company\":\"m\",\"directors\":%u}]%s}",
    distribution, trust_votes, 1000 - trust_votes, trust_directors,
    lender_profit_right ? ",\"agreement_rights\":[{\"holder\":\"lender\",\"company\":\"m\",\"dimension\":\"profits\",\"share\":\"1/10\"}]" : "");

  return analyse_json (json);
}

static MutualQualification *
qualify (MutualAnalysis   *analysis,
         MutualMutualTest  test)
{
  g_autoptr(GError) error = NULL;
  MutualQualification *q = mutual_analysis_qualify_public_service_mutual (analysis, "m", test, &error);

  g_assert_no_error (error);
  return q;
}

static void
test_public_service_mutual (void)
{
  g_autoptr(MutualAnalysis) control = analyse_psm (600, 5, "reinvested", FALSE);
  g_autoptr(MutualAnalysis) few_directors = analyse_psm (600, 4, "reinvested", FALSE);
  g_autoptr(MutualAnalysis) quarter = analyse_psm (250, 1, "members-only", FALSE);
  g_autoptr(MutualAnalysis) below = analyse_psm (249, 1, "members-only", FALSE);
  g_autoptr(MutualAnalysis) unrestricted = analyse_psm (600, 5, "unrestricted", FALSE);
  g_autoptr(MutualAnalysis) lender = analyse_psm (600, 5, "members-only", TRUE);
  g_autoptr(MutualQualification) q1 = qualify (control, MUTUAL_MUTUAL_TEST_PROCUREMENT_ACT_2023_S33);
  g_autoptr(MutualQualification) q2 = qualify (few_directors, MUTUAL_MUTUAL_TEST_PROCUREMENT_ACT_2023_S33);
  g_autoptr(MutualQualification) q3 = qualify (quarter, MUTUAL_MUTUAL_TEST_PCR_2015_REG_77);
  g_autoptr(MutualQualification) q4 = qualify (below, MUTUAL_MUTUAL_TEST_PCR_2015_REG_77);
  g_autoptr(MutualQualification) q5 = qualify (quarter, MUTUAL_MUTUAL_TEST_PROCUREMENT_ACT_2023_S33);
  g_autoptr(MutualQualification) q6 = qualify (unrestricted, MUTUAL_MUTUAL_TEST_PCR_2015_REG_77);
  g_autoptr(MutualQualification) q7 = qualify (lender, MUTUAL_MUTUAL_TEST_PROCUREMENT_ACT_2023_S33);
  g_autoptr(MutualQualification) q8 = NULL;
  g_autoptr(MutualFraction) third = mutual_fraction_new (1, 3);

  g_assert_true (mutual_qualification_get_qualifies (q1));
  g_assert_true (has_finding (mutual_qualification_get_findings (q1), "psm.services.not-checked", "m"));
  g_assert_true (has_finding (mutual_qualification_get_findings (q1), "psm.previous-award.not-checked", "m"));
  g_assert_false (mutual_qualification_get_qualifies (q2));   /* 4 of 9 directors */
  g_assert_true (mutual_qualification_get_qualifies (q3));    /* exactly 25%: at least 25% */
  g_assert_false (mutual_qualification_get_qualifies (q4));
  g_assert_false (mutual_qualification_get_qualifies (q5));   /* 25% is no management and control */
  g_assert_false (mutual_qualification_get_qualifies (q6));
  g_assert_true (has_finding (mutual_qualification_get_findings (q6), "psm.profits", "m"));
  g_assert_false (mutual_qualification_get_qualifies (q7));
  g_assert_true (has_finding (mutual_qualification_get_findings (q7), "psm.profits.non-member", "lender"));

  /* the caller sets the measure: more than a third of votes and board */
  mutual_analysis_set_employee_control_threshold (few_directors, third);
  q8 = qualify (few_directors, MUTUAL_MUTUAL_TEST_PROCUREMENT_ACT_2023_S33);
  g_assert_true (mutual_qualification_get_qualifies (q8));
}

static void
test_employee_ownership_trust (void)
{
  g_autoptr(MutualAnalysis) majority = analyse_psm (501, 5, "unrestricted", FALSE);
  g_autoptr(MutualAnalysis) half = analyse_psm (500, 5, "unrestricted", FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualQualification) q1 = mutual_analysis_qualify_employee_ownership_trust (majority, "m", NULL, &error);
  g_autoptr(MutualQualification) q2 = mutual_analysis_qualify_employee_ownership_trust (half, "m", "eot", &error);

  g_assert_no_error (error);
  g_assert_true (mutual_qualification_get_qualifies (q1));
  g_assert_true (has_finding (mutual_qualification_get_findings (q1), "eot.limited-participation.not-checkable", "m"));
  g_assert_true (has_finding (mutual_qualification_get_findings (q1), "eot.equality.not-checkable", "m"));
  g_assert_false (mutual_qualification_get_qualifies (q2));   /* exactly half is not more than half */
}

static void
test_errors (void)
{
  g_autoptr(MutualAnalysis) analysis = analyse_example ("mycsp-2012");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) none = mutual_analysis_list_pscs (analysis, "nobody", &error);
  g_autoptr(MutualControl) person = NULL;

  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID);
  g_assert_null (none);
  g_clear_error (&error);
  person = mutual_analysis_control (analysis, "cabinet-office", &error);
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID);
  g_assert_null (person);
  if (g_test_subprocess ())
    {
      mutual_analysis_list_pscs (analysis, NULL, NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*company != NULL*");
}

static void
test_analysis_is_a_snapshot (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_example ("mycsp-2012", &error);
  g_autoptr(MutualAnalysis) before = mutual_analysis_new (model);
  g_autoptr(MutualAnalysis) after = NULL;
  g_autoptr(MutualControl) c1 = NULL, c2 = NULL;

  g_assert_true (mutual_model_set_holding (model, "equiniti", "mycsp-ordinary", 51, &error));
  g_assert_true (mutual_model_set_holding (model, "cabinet-office", "mycsp-ordinary", 24, &error));
  after = mutual_analysis_new (model);
  c1 = mutual_analysis_control (before, "mycsp", &error);
  c2 = mutual_analysis_control (after, "mycsp", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((char **) mutual_control_get_ordinary (c1)), ==, 0);
  g_assert_true (g_strv_equal (mutual_control_get_ordinary (c2), (const char * const[]) { "equiniti", NULL }));
}

static void
test_list_all_pscs (void)
{
  g_autoptr(MutualAnalysis) analysis = analyse_json (chain_json);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = mutual_analysis_list_all_pscs (analysis, &error);
  guint in_a = 0, in_y = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(MutualPsc) psc = g_list_model_get_item (all, i);

      in_a += g_str_equal (mutual_psc_get_company (psc), "a");
      in_y += g_str_equal (mutual_psc_get_company (psc), "y");
    }
  g_assert_cmpuint (in_a, ==, 2);   /* p 60%, q 40% */
  g_assert_cmpuint (in_y, ==, 2);   /* p through the chain, r */
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/analysis/boundary-25", test_boundary_25);
  g_test_add_func ("/mutual/analysis/boundary-50", test_boundary_50);
  g_test_add_func ("/mutual/analysis/chain-of-majority-stakes", test_chain_of_majority_stakes);
  g_test_add_func ("/mutual/analysis/relevant-legal-entity-cut-off", test_relevant_legal_entity_cut_off);
  g_test_add_func ("/mutual/analysis/trust-holding-30", test_trust_holding_30);
  g_test_add_func ("/mutual/analysis/classes", test_classes);
  g_test_add_func ("/mutual/analysis/cooperative-500", test_cooperative_500);
  g_test_add_func ("/mutual/analysis/guarantee-company", test_guarantee_company);
  g_test_add_func ("/mutual/analysis/board-and-veto", test_board_and_veto);
  g_test_add_func ("/mutual/analysis/paths", test_paths);
  g_test_add_func ("/mutual/analysis/cycle", test_cycle);
  g_test_add_func ("/mutual/analysis/large-cycle", test_large_cycle);
  g_test_add_func ("/mutual/analysis/closed-cycle", test_closed_cycle);
  g_test_add_func ("/mutual/analysis/employee-interest-without-employees", test_employee_interest_without_employees);
  g_test_add_func ("/mutual/analysis/long-chain", test_long_chain);
  g_test_add_func ("/mutual/analysis/cycle-majority-stakes", test_cycle_majority_stakes);
  g_test_add_func ("/mutual/analysis/employee-interest-through-holding-company",
                   test_employee_interest_through_holding_company);
  g_test_add_func ("/mutual/analysis/mycsp-2012", test_mycsp_2012);
  g_test_add_func ("/mutual/analysis/mycsp-2012-power", test_mycsp_2012_power);
  g_test_add_func ("/mutual/analysis/mycsp-2014", test_mycsp_2014);
  g_test_add_func ("/mutual/analysis/3bm", test_3bm);
  g_test_add_func ("/mutual/analysis/public-service-mutual", test_public_service_mutual);
  g_test_add_func ("/mutual/analysis/employee-ownership-trust", test_employee_ownership_trust);
  g_test_add_func ("/mutual/analysis/errors", test_errors);
  g_test_add_func ("/mutual/analysis/snapshot", test_analysis_is_a_snapshot);
  g_test_add_func ("/mutual/analysis/list-all-pscs", test_list_all_pscs);

  return g_test_run ();
}
