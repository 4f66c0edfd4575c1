/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-control-private.h"
#include "mutual-enum-types.h"
#include "mutual-error.h"
#include "mutual-finding.h"
#include "mutual-item-list-private.h"
#include "mutual-psc.h"
#include "mutual-rules-private.h"

/**
 * MutualPsc:
 *
 * One entry of a company's register of people with significant control
 * (Companies Act 2006 Part 21A and Sch 1A): who is registrable, of which
 * kind, with which natures of control — spelled as Companies House spells
 * them (`ownership-of-shares-25-to-50-percent`, `voting-rights-…`,
 * `right-to-appoint-and-remove-directors`, with `-as-trust` when the
 * interest is held by the trustees of a trust) — and the findings that
 * explain each one with its citation.
 *
 * How the register is computed (RULES.md §5(a)):
 *
 * 1. Every holder of shares, votes or board appointment rights, and
 *    every party with a majority stake in one of them (more than half of
 *    its votes, or the right to appoint a majority of its board, directly
 *    or through a chain of majority stakes: Sch 1A para 18), is a
 *    candidate. A candidate is treated as holding the *whole* rights of
 *    every entity it has a majority stake in, not a product of
 *    percentages; rights held through several routes add up.
 * 2. The conditions: more than 25% of the shares (by nominal value), more
 *    than 25% of the votes, the right to appoint or remove a majority of
 *    the board. Exactly 25% is not more than 25%. Shares and votes are
 *    banded: more than 25% to 50%, more than 50% to less than 75%, 75% or
 *    more (SI 2016/339 Sch 2).
 * 3. Who is registrable: an individual; a legal person treated as one (a
 *    public body: a government department, a local authority); a relevant
 *    legal entity (a party that keeps its own PSC register,
 *    [property@Mutual.Party:keeps-psc-register]). A company that keeps no
 *    register is not registrable: whoever has a majority stake in it is
 *    looked at instead. A trust is not a person: each of its trustees is
 *    registered with the `-as-trust` natures.
 * 4. The relevant legal entity cut-off (s790C(4)): a candidate whose every
 *    route to the company runs through a relevant legal entity that is
 *    itself registrable in the company is not registrable; so only the
 *    first such entity up a chain is registered.
 *
 * Significant influence or control (condition 4) is a judgement: a veto
 * over reserved matters is reported as a finding to review, not entered.
 *
 * Since: 1.0
 */
struct _MutualPsc
{
  GObject parent_instance;

  char *company;
  char *party;
  MutualPscKind kind;
  GStrv natures;
  MutualFraction shares;
  MutualFraction votes;
  char *trust;
  MutualItemList *findings;
};

G_DEFINE_FINAL_TYPE (MutualPsc, mutual_psc, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COMPANY,
  PROP_PARTY,
  PROP_KIND,
  PROP_NATURES,
  PROP_SHARES,
  PROP_VOTES,
  PROP_TRUST,
  PROP_FINDINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_psc_finalize (GObject *object)
{
  MutualPsc *self = MUTUAL_PSC (object);

  g_free (self->company);
  g_free (self->party);
  g_strfreev (self->natures);
  g_free (self->trust);
  g_clear_object (&self->findings);

  G_OBJECT_CLASS (mutual_psc_parent_class)->finalize (object);
}

static void
mutual_psc_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MutualPsc *self = MUTUAL_PSC (object);

  switch (prop_id)
    {
    case PROP_COMPANY: g_value_set_string (value, self->company); break;
    case PROP_PARTY: g_value_set_string (value, self->party); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_NATURES: g_value_set_boxed (value, self->natures); break;
    case PROP_SHARES: g_value_set_boxed (value, &self->shares); break;
    case PROP_VOTES: g_value_set_boxed (value, &self->votes); break;
    case PROP_TRUST: g_value_set_string (value, self->trust); break;
    case PROP_FINDINGS: g_value_set_object (value, self->findings); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_psc_class_init (MutualPscClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = mutual_psc_finalize;
  object_class->get_property = mutual_psc_get_property;

  /**
   * MutualPsc:company:
   *
   * The id of the company whose register this entry is in.
   *
   * Since: 1.0
   */
  properties[PROP_COMPANY] = g_param_spec_string ("company", NULL, NULL, NULL, flags);
  /**
   * MutualPsc:party:
   *
   * The id of the registrable person or entity.
   *
   * Since: 1.0
   */
  properties[PROP_PARTY] = g_param_spec_string ("party", NULL, NULL, NULL, flags);
  /**
   * MutualPsc:kind:
   *
   * The kind of registrable person or entity.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, MUTUAL_TYPE_PSC_KIND,
                                             MUTUAL_PSC_KIND_INDIVIDUAL, flags);
  /**
   * MutualPsc:natures:
   *
   * The Companies House `natures_of_control` codes.
   *
   * Since: 1.0
   */
  properties[PROP_NATURES] = g_param_spec_boxed ("natures", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * MutualPsc:shares:
   *
   * The share of the company's shares (by nominal value) the party holds
   * or is treated as holding, exactly.
   *
   * Since: 1.0
   */
  properties[PROP_SHARES] = g_param_spec_boxed ("shares", NULL, NULL, MUTUAL_TYPE_FRACTION, flags);
  /**
   * MutualPsc:votes:
   *
   * The share of the votes the party holds or is treated as holding, exactly.
   *
   * Since: 1.0
   */
  properties[PROP_VOTES] = g_param_spec_boxed ("votes", NULL, NULL, MUTUAL_TYPE_FRACTION, flags);
  /**
   * MutualPsc:trust:
   *
   * When the party is registered as a trustee, the id of the trust, else %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_TRUST] = g_param_spec_string ("trust", NULL, NULL, NULL, flags);
  /**
   * MutualPsc:findings:
   *
   * The findings that explain the entry, each with its citation.
   *
   * Since: 1.0
   */
  properties[PROP_FINDINGS] = g_param_spec_object ("findings", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_psc_init (MutualPsc *self)
{
  self->findings = mutual_item_list_new (MUTUAL_TYPE_FINDING);
}

/**
 * mutual_psc_get_company:
 * @self: a PSC entry
 *
 * Gets [property@Mutual.Psc:company].
 *
 * Returns: the company's id
 *
 * Since: 1.0
 */
const char *
mutual_psc_get_company (MutualPsc *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC (self), NULL);
  return self->company;
}

/**
 * mutual_psc_get_party:
 * @self: a PSC entry
 *
 * Gets [property@Mutual.Psc:party].
 *
 * Returns: the registrable party's id
 *
 * Since: 1.0
 */
const char *
mutual_psc_get_party (MutualPsc *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC (self), NULL);
  return self->party;
}

/**
 * mutual_psc_get_kind:
 * @self: a PSC entry
 *
 * Gets [property@Mutual.Psc:kind].
 *
 * Returns: the kind
 *
 * Since: 1.0
 */
MutualPscKind
mutual_psc_get_kind (MutualPsc *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC (self), MUTUAL_PSC_KIND_INDIVIDUAL);
  return self->kind;
}

/**
 * mutual_psc_get_natures:
 * @self: a PSC entry
 *
 * Gets [property@Mutual.Psc:natures].
 *
 * Returns: (transfer none) (array zero-terminated=1): the natures of control
 *
 * Since: 1.0
 */
const char * const *
mutual_psc_get_natures (MutualPsc *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC (self), NULL);
  return (const char * const *) self->natures;
}

/**
 * mutual_psc_get_shares:
 * @self: a PSC entry
 *
 * Gets [property@Mutual.Psc:shares].
 *
 * Returns: (transfer none): the share of the shares
 *
 * Since: 1.0
 */
const MutualFraction *
mutual_psc_get_shares (MutualPsc *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC (self), NULL);
  return &self->shares;
}

/**
 * mutual_psc_get_votes:
 * @self: a PSC entry
 *
 * Gets [property@Mutual.Psc:votes].
 *
 * Returns: (transfer none): the share of the votes
 *
 * Since: 1.0
 */
const MutualFraction *
mutual_psc_get_votes (MutualPsc *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC (self), NULL);
  return &self->votes;
}

/**
 * mutual_psc_get_trust:
 * @self: a PSC entry
 *
 * Gets [property@Mutual.Psc:trust].
 *
 * Returns: (nullable): the trust's id, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_psc_get_trust (MutualPsc *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC (self), NULL);
  return self->trust;
}

/**
 * mutual_psc_get_findings:
 * @self: a PSC entry
 *
 * Gets [property@Mutual.Psc:findings].
 *
 * Returns: (transfer none): a list of [class@Mutual.Finding]
 *
 * Since: 1.0
 */
GListModel *
mutual_psc_get_findings (MutualPsc *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC (self), NULL);
  return G_LIST_MODEL (self->findings);
}

/* ── computation ─────────────────────────────────────────────────────── */

typedef struct
{
  guint party;
  MutualFraction shares;
  MutualFraction votes;
  gboolean board;
  gboolean meets;
  gboolean shares_quarter;  /* exactly the PSC threshold */
  gboolean votes_quarter;
  const char *shares_key;   /* psc-natures row, or NULL */
  const char *votes_key;
} Candidate;

/* The band of candidate @k's value (@row 0: shares, 1: votes), or NULL
 * below the PSC threshold; @out_quarter: whether it is exactly that
 * threshold (a party at exactly 25% is told why it is not registrable). */
static const char *
band_of (const MutualAttributed *value,
         guint                   k,
         const MutualCut         bands[3],
         const gboolean          strict[3],
         int                     row,
         gboolean               *out_quarter)
{
  static const char *keys[2][3] = {
    { "shares-25-to-50", "shares-50-to-75", "shares-75-to-100" },
    { "votes-25-to-50", "votes-50-to-75", "votes-75-to-100" },
  };
  int cmp[3];

  /* most candidates of a large company are below the first band */
  cmp[0] = mutual_attributed_compare_cut (value, k, &bands[0]);
  *out_quarter = cmp[0] == 0;
  if (!(strict[0] ? cmp[0] > 0 : cmp[0] >= 0))
    return NULL;
  for (int b = 1; b < 3; b++)
    cmp[b] = mutual_attributed_compare_cut (value, k, &bands[b]);
  if (strict[2] ? cmp[2] > 0 : cmp[2] >= 0)
    return keys[row][2];
  if (strict[1] ? cmp[1] > 0 : cmp[1] >= 0)
    return keys[row][1];
  return keys[row][0];
}

static const char *
nature (const char *key,
        gboolean    as_trust,
        const char **citation)
{
  JsonObject *row = mutual_rules_get_row ("psc-natures", "key", key);

  if (citation != NULL)
    *citation = json_object_get_string_member (row, "citation");
  return json_object_get_string_member (row, as_trust ? "as_trust" : "code");
}

static gboolean
is_rle (MutualParty *party)
{
  MutualPartyKind kind = mutual_party_get_kind (party);

  return (kind == MUTUAL_PARTY_KIND_COMPANY || kind == MUTUAL_PARTY_KIND_GUARANTEE_COMPANY ||
          kind == MUTUAL_PARTY_KIND_COOPERATIVE || kind == MUTUAL_PARTY_KIND_COMMUNITY_BENEFIT_SOCIETY) &&
         mutual_party_get_keeps_psc_register (party);
}

static gboolean
registrable_kind (MutualParty   *party,
                  MutualPscKind *out)
{
  switch (mutual_party_get_kind (party))
    {
    case MUTUAL_PARTY_KIND_PERSON:
      *out = MUTUAL_PSC_KIND_INDIVIDUAL;
      return TRUE;
    case MUTUAL_PARTY_KIND_PUBLIC_BODY:
      *out = MUTUAL_PSC_KIND_LEGAL_PERSON;
      return TRUE;
    default:
      *out = MUTUAL_PSC_KIND_RELEVANT_LEGAL_ENTITY;
      return is_rle (party);
    }
}

static char *
percent (const MutualFraction *f)
{
  return mutual_fraction_to_percent_string (f);
}

static gboolean
applies (MutualAnalysis *self,
         guint           company)
{
  MutualPartyKind kind = mutual_party_get_kind (self->parties[company]);

  /* Part 21A applies to companies (and LLPs), not to registered societies. */
  return kind == MUTUAL_PARTY_KIND_COMPANY || kind == MUTUAL_PARTY_KIND_GUARANTEE_COMPANY;
}

/* Whether the route by which @candidate holds through @holder runs through
 * a relevant legal entity (other than the candidate) that meets a
 * condition itself. */
static gboolean
route_cut (MutualAnalysis *self,
           const guint    *cuts,
           guint           n_cuts,
           guint           candidate,
           guint           holder)
{
  /* cuts: the candidates that meet a condition and are relevant legal
   * entities, found once per company (a long chain has thousands of
   * candidates and few or none of them) */
  for (guint k = 0; k < n_cuts; k++)
    {
      guint x = cuts[k];

      if (x == candidate)
        continue;
      if (mutual_analysis_controlled_by (self, holder, x) && mutual_analysis_controlled_by (self, x, candidate))
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_uncut_route (MutualAnalysis *self,
                 guint           company,
                 const guint    *cuts,
                 guint           n_cuts,
                 guint           candidate,
                 char          **through)
{
  gboolean any = FALSE;

  *through = NULL;
  for (guint i = self->stake_start[company]; i < self->stake_start[company + 1]; i++)
    {
      guint h = self->stakes[i].holder;

      if (!mutual_analysis_controlled_by (self, h, candidate))
        continue;
      if (!route_cut (self, cuts, n_cuts, candidate, h))
        return TRUE;
      any = TRUE;
    }
  for (guint i = self->board_start[company]; i < self->board_start[company + 1]; i++)
    {
      guint h = self->board[i].appointer;

      if (!mutual_analysis_controlled_by (self, h, candidate))
        continue;
      if (!route_cut (self, cuts, n_cuts, candidate, h))
        return TRUE;
      any = TRUE;
    }
  if (any)
    *through = g_strdup ("a relevant legal entity");
  return !any;
}

static void
add_finding (GPtrArray     *findings,
             MutualFinding *finding)
{
  g_ptr_array_add (findings, finding);
}

static MutualPsc *
make_entry (MutualAnalysis *self,
            guint           company,
            Candidate      *cand,
            guint           registered,
            MutualPscKind   kind,
            gboolean        as_trust)
{
  MutualPsc *psc = g_object_new (MUTUAL_TYPE_PSC, NULL);
  g_autoptr(GStrvBuilder) natures = g_strv_builder_new ();
  GPtrArray *findings = mutual_item_list_get_array (psc->findings);
  const char *company_id = mutual_analysis_id (self, company);
  const char *party_id = mutual_analysis_id (self, registered);
  const char *holder_id = mutual_analysis_id (self, cand->party);
  const char *ids[] = { company_id, party_id, as_trust ? holder_id : NULL, NULL };
  const char *citation;
  gboolean indirect = FALSE;

  psc->company = g_strdup (company_id);
  psc->party = g_strdup (party_id);
  psc->kind = kind;
  psc->shares = cand->shares;
  psc->votes = cand->votes;
  psc->trust = as_trust ? g_strdup (holder_id) : NULL;

  if (cand->shares_key != NULL)
    {
      g_autofree char *p = percent (&cand->shares);
      const char *code = nature (cand->shares_key, as_trust, &citation);

      g_strv_builder_add (natures, code);
      add_finding (findings, mutual_analysis_finding (self, "psc.condition.shares", MUTUAL_SEVERITY_INFO, citation, ids,
                                                      "%s %s %s of the shares of %s: %s",
                                                      as_trust ? "As a trustee of" : party_id,
                                                      as_trust ? holder_id : "holds", p, company_id, code));
    }
  if (cand->votes_key != NULL)
    {
      g_autofree char *p = percent (&cand->votes);
      const char *code = nature (cand->votes_key, as_trust, &citation);

      g_strv_builder_add (natures, code);
      add_finding (findings, mutual_analysis_finding (self, "psc.condition.votes", MUTUAL_SEVERITY_INFO, citation, ids,
                                                      "%s %s %s of the votes in %s: %s",
                                                      as_trust ? "As a trustee of" : party_id,
                                                      as_trust ? holder_id : "holds", p, company_id, code));
    }
  if (cand->board)
    {
      const char *code = nature ("board", as_trust, &citation);

      g_strv_builder_add (natures, code);
      add_finding (findings, mutual_analysis_finding (self, "psc.condition.board", MUTUAL_SEVERITY_INFO, citation, ids,
                                                      "%s can appoint or remove a majority of the board of %s: %s",
                                                      as_trust ? holder_id : party_id, company_id, code));
    }
  for (guint i = self->stake_start[company]; i < self->stake_start[company + 1] && !indirect; i++)
    indirect = self->stakes[i].holder != cand->party &&
               mutual_analysis_controlled_by (self, self->stakes[i].holder, cand->party);
  for (guint i = self->board_start[company]; i < self->board_start[company + 1] && !indirect; i++)
    indirect = self->board[i].appointer != cand->party &&
               mutual_analysis_controlled_by (self, self->board[i].appointer, cand->party);
  if (indirect)
    add_finding (findings, mutual_analysis_finding (self, "psc.indirect", MUTUAL_SEVERITY_INFO,
                                                    "Companies Act 2006 Sch 1A para 18", ids,
                                                    "%s holds part of this through entities in which it has a majority stake; their whole rights count, not a product of percentages",
                                                    holder_id));
  if (as_trust)
    add_finding (findings, mutual_analysis_finding (self, "psc.trustee", MUTUAL_SEVERITY_INFO,
                                                    "Companies Act 2006 Sch 1A para 6", ids,
                                                    "%s is a trust, not a person: %s is registrable as one of its trustees",
                                                    holder_id, party_id));
  if (kind == MUTUAL_PSC_KIND_LEGAL_PERSON)
    add_finding (findings, mutual_analysis_finding (self, "psc.legal-person", MUTUAL_SEVERITY_INFO,
                                                    "Companies Act 2006 s790C(12)", ids,
                                                    "%s is a public body: a legal person treated as an individual", party_id));
  else if (kind == MUTUAL_PSC_KIND_RELEVANT_LEGAL_ENTITY)
    add_finding (findings, mutual_analysis_finding (self, "psc.relevant-legal-entity", MUTUAL_SEVERITY_INFO,
                                                    "Companies Act 2006 s790C(6)", ids,
                                                    "%s keeps its own PSC register: a relevant legal entity, registered in place of those who control it",
                                                    party_id));
  psc->natures = g_strv_builder_end (natures);
  return psc;
}

/* The register of one company: entries and the findings about the
 * register as a whole (who is not registrable, and why). */
static gboolean
compute_register (MutualAnalysis  *self,
                  guint            company,
                  GPtrArray       *entries,
                  GPtrArray       *findings,
                  GError         **error)
{
  MutualAttributed shares, votes;
  MutualFraction bands[3];
  gboolean band_strict[3];
  MutualCut share_cuts[3], vote_cuts[3];
  g_autoptr(MutualCandidates) candidates = NULL;
  g_autofree Candidate *all = NULL;
  g_autofree guint8 *quarter = NULL;
  g_autofree guint *cuts = NULL;
  guint n_all = 0, n_cuts = 0;
  const char *company_id = mutual_analysis_id (self, company);
  MutualDay day, commencement;
  guint registered = 0, meeting = 0;

  if (!applies (self, company))
    {
      const char *ids[] = { company_id, NULL };

      if (findings != NULL)
        add_finding (findings, mutual_analysis_finding (self, "psc.not-applicable", MUTUAL_SEVERITY_INFO,
                                                        "Companies Act 2006 s790B", ids,
                                                        "%s is a registered society, not a company: it keeps no PSC register",
                                                        company_id));
      return TRUE;
    }
  candidates = mutual_candidates_new (self, company);
  if (!mutual_candidates_attribute (candidates, MUTUAL_DIMENSION_SHARES, &shares, error))
    return FALSE;
  if (!mutual_candidates_attribute (candidates, MUTUAL_DIMENSION_VOTES, &votes, error))
    {
      mutual_attributed_clear (&shares);
      return FALSE;
    }
  mutual_analysis_threshold ("psc-significant", &bands[0], &band_strict[0], NULL);
  mutual_analysis_threshold ("psc-band-50", &bands[1], &band_strict[1], NULL);
  mutual_analysis_threshold ("psc-band-75", &bands[2], &band_strict[2], NULL);
  for (guint b = 0; b < 3; b++)
    {
      mutual_attributed_cut (&shares, &bands[b], &share_cuts[b]);
      mutual_attributed_cut (&votes, &bands[b], &vote_cuts[b]);
    }
  /* Only the few candidates that meet a condition are kept whole (a
   * company of a thousand holders has a handful); for the others a flag
   * says whether they hold exactly the threshold. */
  all = g_new (Candidate, 8);
  quarter = g_malloc0 (MAX (candidates->n, 1));
  for (guint k = 0; k < candidates->n; k++)
    {
      Candidate cand = { 0, };

      cand.party = candidates->party[k];
      cand.shares_key = band_of (&shares, k, share_cuts, band_strict, 0, &cand.shares_quarter);
      cand.votes_key = band_of (&votes, k, vote_cuts, band_strict, 1, &cand.votes_quarter);
      cand.board = candidates->board_size > 0 && 2 * (guint64) candidates->board[k] > candidates->board_size;
      cand.meets = cand.shares_key != NULL || cand.votes_key != NULL || cand.board;
      if (!cand.meets)
        {
          quarter[k] = cand.shares_quarter || cand.votes_quarter;
          continue;
        }
      /* the exact shares only for those that can be entered */
      if (!mutual_attributed_get (&shares, k, &cand.shares) || !mutual_attributed_get (&votes, k, &cand.votes))
        {
          mutual_attributed_clear (&shares);
          mutual_attributed_clear (&votes);
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW,
                       "“%s”: an attributed interest does not fit in a 64-bit fraction", company_id);
          return FALSE;
        }
      if (n_all > 0 && (n_all & (n_all - 1)) == 0 && n_all >= 8)
        all = g_renew (Candidate, all, 2 * n_all);
      all[n_all++] = cand;
    }
  mutual_attributed_clear (&shares);
  mutual_attributed_clear (&votes);
  cuts = g_new (guint, MAX (n_all, 1));
  for (guint k = 0; k < n_all; k++)
    if (is_rle (self->parties[all[k].party]))
      cuts[n_cuts++] = all[k].party;

  for (guint k = 0, next = 0; k < candidates->n; k++)
    {
      Candidate *cand;
      MutualParty *party;
      const char *party_id = mutual_analysis_id (self, candidates->party[k]);
      const char *ids[] = { company_id, party_id, NULL };
      g_autofree char *through = NULL;
      MutualPscKind kind;

      if (next == n_all || all[next].party != candidates->party[k])
        {
          if (findings != NULL && quarter[k])
            add_finding (findings, mutual_analysis_finding (self, "psc.exactly-25-percent", MUTUAL_SEVERITY_INFO,
                                                            "Companies Act 2006 Sch 1A paras 2-3", ids,
                                                            "%s holds exactly 25%% of %s: not more than 25%%, so not a person with significant control",
                                                            party_id, company_id));
          continue;
        }
      cand = &all[next++];
      party = self->parties[cand->party];
      meeting++;
      if (!has_uncut_route (self, company, cuts, n_cuts, cand->party, &through))
        {
          if (findings != NULL)
            add_finding (findings, mutual_analysis_finding (self, "psc.relevant-legal-entity-cut-off", MUTUAL_SEVERITY_INFO,
                                                            "Companies Act 2006 s790C(4)", ids,
                                                            "%s holds its interest in %s only through %s that is registrable itself: not registrable",
                                                            party_id, company_id, through));
          continue;
        }
      if (mutual_party_kind_is_trust (mutual_party_get_kind (party)))
        {
          const char * const *trustees = mutual_party_get_trustees (party);

          if (trustees[0] == NULL && findings != NULL)
            add_finding (findings, mutual_analysis_finding (self, "psc.trust-without-trustees", MUTUAL_SEVERITY_WARNING,
                                                            "Companies Act 2006 Sch 1A para 6", ids,
                                                            "%s meets a condition in %s, but the model names none of its trustees, who are the registrable persons",
                                                            party_id, company_id));
          for (guint t = 0; trustees[t] != NULL; t++)
            {
              int trustee = mutual_analysis_find (self, trustees[t], NULL);

              if (trustee < 0)
                continue;
              if (!registrable_kind (self->parties[trustee], &kind))
                {
                  const char *tids[] = { company_id, trustees[t], NULL };

                  if (findings != NULL)
                    add_finding (findings, mutual_analysis_finding (self, "psc.trustee-not-registrable", MUTUAL_SEVERITY_WARNING,
                                                                    "Companies Act 2006 s790C", tids,
                                                                    "%s, a trustee of %s, is a legal entity that keeps no PSC register: those with a majority stake in it are registrable instead",
                                                                    trustees[t], party_id));
                  continue;
                }
              if (entries != NULL)
                g_ptr_array_add (entries, make_entry (self, company, cand, trustee, kind, TRUE));
              registered++;
            }
          continue;
        }
      if (!registrable_kind (party, &kind))
        {
          if (findings != NULL)
            add_finding (findings, mutual_analysis_finding (self, "psc.not-registrable-entity", MUTUAL_SEVERITY_INFO,
                                                            "Companies Act 2006 s790C(6)", ids,
                                                            "%s meets a condition in %s but is a legal entity that keeps no PSC register: those with a majority stake in it are looked at instead",
                                                            party_id, company_id));
          continue;
        }
      if (entries != NULL)
        g_ptr_array_add (entries, make_entry (self, company, cand, cand->party, kind, FALSE));
      registered++;
    }

  if (findings == NULL)
    return TRUE;
  for (guint i = self->veto_start[company]; i < self->veto_start[company + 1]; i++)
    {
      const char *ids[] = { company_id, mutual_analysis_id (self, self->vetoes[i].holder), NULL };

      add_finding (findings, mutual_analysis_finding (self, "psc.significant-influence.review", MUTUAL_SEVERITY_WARNING,
                                                      "Companies Act 2006 Sch 1A para 5", ids,
                                                      "%s holds a class with a veto over reserved matters in %s: whether that is significant influence or control is a judgement under the statutory guidance",
                                                      ids[1], company_id));
    }
  for (guint i = self->agreement_start[company]; i < self->agreement_start[company + 1]; i++)
    if (self->agreements[i].veto)
      {
        const char *ids[] = { company_id, mutual_analysis_id (self, self->agreements[i].holder), NULL };

        add_finding (findings, mutual_analysis_finding (self, "psc.significant-influence.review", MUTUAL_SEVERITY_WARNING,
                                                        "Companies Act 2006 Sch 1A para 5", ids,
                                                        "%s holds a veto by agreement in %s: whether that is significant influence or control is a judgement under the statutory guidance",
                                                        ids[1], company_id));
      }
  if (registered == 0 && candidates->n == 0)
    {
      const char *ids[] = { company_id, NULL };

      add_finding (findings, mutual_analysis_finding (self, "psc.no-holders-recorded", MUTUAL_SEVERITY_INFO,
                                                      "Companies Act 2006 s790M", ids,
                                                      "the model records no holders of %s: its register cannot be computed",
                                                      company_id));
    }
  else if (registered == 0 && meeting > 0)
    {
      const char *ids[] = { company_id, NULL };

      add_finding (findings, mutual_analysis_finding (self, "psc.not-identified", MUTUAL_SEVERITY_WARNING,
                                                      "Companies Act 2006 s790M", ids,
                                                      "someone meets a condition in %s but the model does not identify a registrable person (statement psc-exists-but-not-identified)",
                                                      company_id));
    }
  else if (registered == 0)
    {
      const char *ids[] = { company_id, NULL };

      add_finding (findings, mutual_analysis_finding (self, "psc.none", MUTUAL_SEVERITY_INFO,
                                                      "Companies Act 2006 s790M", ids,
                                                      "%s has no registrable person or relevant legal entity (statement no-individual-or-entity-with-signficant-control)",
                                                      company_id));
    }
  commencement = mutual_day_from_ymd (2016, 4, 6);
  if (self->date != NULL && mutual_day_parse (self->date, &day, NULL) && day < commencement)
    {
      const char *ids[] = { company_id, NULL };

      add_finding (findings, mutual_analysis_finding (self, "psc.before-commencement", MUTUAL_SEVERITY_INFO,
                                                      "SI 2016/321 reg 4", ids,
                                                      "the PSC register was required from 6 April 2016; the register of %s at %s is computed as if it had applied",
                                                      company_id, self->date));
    }
  return TRUE;
}

/**
 * mutual_analysis_list_pscs:
 * @self: an analysis
 * @company: a company's id
 * @error: return location for a #GError
 *
 * The register of people with significant control of @company, computed
 * as [class@Mutual.Psc] describes. A co-operative or community benefit
 * society has none (an empty list); see
 * [method@Mutual.Analysis.psc_findings] for why parties are not in it.
 *
 * Returns: (transfer full): a list of [class@Mutual.Psc]: the entries, or %NULL
 *   with @error set
 *
 * Since: 1.0
 */
GListModel *
mutual_analysis_list_pscs (MutualAnalysis  *self,
                           const char      *company,
                           GError         **error)
{
  g_autoptr(MutualItemList) list = NULL;
  int c;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (company != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((c = mutual_analysis_find_company (self, company, error)) < 0)
    return NULL;
  list = mutual_item_list_new (MUTUAL_TYPE_PSC);
  if (!compute_register (self, c, mutual_item_list_get_array (list), NULL, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * mutual_analysis_list_all_pscs:
 * @self: an analysis
 * @error: return location for a #GError
 *
 * The PSC registers of every company of the model in one call, company by
 * company in model order ([property@Mutual.Psc:company] says whose entry
 * each is).
 *
 * Returns: (transfer full): a list of [class@Mutual.Psc]: the entries, or %NULL
 *   with @error set
 *
 * Since: 1.0
 */
GListModel *
mutual_analysis_list_all_pscs (MutualAnalysis  *self,
                               GError         **error)
{
  g_autoptr(MutualItemList) list = NULL;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  list = mutual_item_list_new (MUTUAL_TYPE_PSC);
  for (guint c = 0; c < self->n_parties; c++)
    {
      if (!applies (self, c))
        continue;
      if (self->overflow[c])
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW,
                       "“%s”: its shares or votes add up to more than 64 bits can count", mutual_analysis_id (self, c));
          return NULL;
        }
      if (!compute_register (self, c, mutual_item_list_get_array (list), NULL, error))
        return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * mutual_analysis_psc_findings:
 * @self: an analysis
 * @company: a company's id
 * @error: return location for a #GError
 *
 * Findings about the register of @company as a whole: who holds exactly
 * 25% (not a PSC), who is cut off by a relevant legal entity, which
 * holders are entities that keep no register, trusts whose trustees the
 * model does not name, vetoes to review as significant influence.
 *
 * Returns: (transfer full): a list of [class@Mutual.Finding]: the findings, or
 *   %NULL with @error set
 *
 * Since: 1.0
 */
GListModel *
mutual_analysis_psc_findings (MutualAnalysis  *self,
                              const char      *company,
                              GError         **error)
{
  g_autoptr(MutualItemList) list = NULL;
  int c;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (company != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((c = mutual_analysis_find_company (self, company, error)) < 0)
    return NULL;
  list = mutual_item_list_new (MUTUAL_TYPE_FINDING);
  if (!compute_register (self, c, NULL, mutual_item_list_get_array (list), error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}
