/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-control-private.h"
#include "mutual-enum-types.h"
#include "mutual-error.h"
#include "mutual-finding.h"
#include "mutual-item-list-private.h"
#include "mutual-qualification.h"

/**
 * MutualQualification:
 *
 * The answer to "does it qualify?": whether a company meets a legal
 * definition, and one [class@Mutual.Finding] per condition, each with its
 * citation. A condition met is an info finding, one not met a breach;
 * conditions this library cannot check from the model (they need staff
 * data, or procurement history) are info findings that say so and do not
 * decide [property@Mutual.Qualification:qualifies].
 *
 * Since: 1.0
 */
struct _MutualQualification
{
  GObject parent_instance;

  char *company;
  char *test;
  gboolean qualifies;
  MutualItemList *findings;
};

G_DEFINE_FINAL_TYPE (MutualQualification, mutual_qualification, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COMPANY,
  PROP_TEST,
  PROP_QUALIFIES,
  PROP_FINDINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_qualification_finalize (GObject *object)
{
  MutualQualification *self = MUTUAL_QUALIFICATION (object);

  g_free (self->company);
  g_free (self->test);
  g_clear_object (&self->findings);

  G_OBJECT_CLASS (mutual_qualification_parent_class)->finalize (object);
}

static void
mutual_qualification_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MutualQualification *self = MUTUAL_QUALIFICATION (object);

  switch (prop_id)
    {
    case PROP_COMPANY: g_value_set_string (value, self->company); break;
    case PROP_TEST: g_value_set_string (value, self->test); break;
    case PROP_QUALIFIES: g_value_set_boolean (value, self->qualifies); break;
    case PROP_FINDINGS: g_value_set_object (value, self->findings); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_qualification_class_init (MutualQualificationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = mutual_qualification_finalize;
  object_class->get_property = mutual_qualification_get_property;

  /**
   * MutualQualification:company:
   *
   * The id of the company tested.
   *
   * Since: 1.0
   */
  properties[PROP_COMPANY] = g_param_spec_string ("company", NULL, NULL, NULL, flags);
  /**
   * MutualQualification:test:
   *
   * The test, such as `psm.pcr-2015-reg-77`, `psm.procurement-act-2023-s33`
   * or `eot.controlling-interest`.
   *
   * Since: 1.0
   */
  properties[PROP_TEST] = g_param_spec_string ("test", NULL, NULL, NULL, flags);
  /**
   * MutualQualification:qualifies:
   *
   * Whether every condition checked here is met. For the public service
   * mutual tests: the supplier-side conditions; the conditions that depend
   * on the contract and the authority's earlier awards are procurement's.
   *
   * Since: 1.0
   */
  properties[PROP_QUALIFIES] = g_param_spec_boolean ("qualifies", NULL, NULL, FALSE, flags);
  /**
   * MutualQualification:findings:
   *
   * One [class@Mutual.Finding] per condition.
   *
   * Since: 1.0
   */
  properties[PROP_FINDINGS] = g_param_spec_object ("findings", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_qualification_init (MutualQualification *self)
{
  self->findings = mutual_item_list_new (MUTUAL_TYPE_FINDING);
  self->qualifies = TRUE;
}

/**
 * mutual_qualification_get_company:
 * @self: a qualification
 *
 * Gets [property@Mutual.Qualification:company].
 *
 * Returns: the company's id
 *
 * Since: 1.0
 */
const char *
mutual_qualification_get_company (MutualQualification *self)
{
  g_return_val_if_fail (MUTUAL_IS_QUALIFICATION (self), NULL);
  return self->company;
}

/**
 * mutual_qualification_get_test:
 * @self: a qualification
 *
 * Gets [property@Mutual.Qualification:test].
 *
 * Returns: the test's code
 *
 * Since: 1.0
 */
const char *
mutual_qualification_get_test (MutualQualification *self)
{
  g_return_val_if_fail (MUTUAL_IS_QUALIFICATION (self), NULL);
  return self->test;
}

/**
 * mutual_qualification_get_qualifies:
 * @self: a qualification
 *
 * Gets [property@Mutual.Qualification:qualifies].
 *
 * Returns: whether every condition checked is met
 *
 * Since: 1.0
 */
gboolean
mutual_qualification_get_qualifies (MutualQualification *self)
{
  g_return_val_if_fail (MUTUAL_IS_QUALIFICATION (self), FALSE);
  return self->qualifies;
}

/**
 * mutual_qualification_get_findings:
 * @self: a qualification
 *
 * Gets [property@Mutual.Qualification:findings].
 *
 * Returns: (transfer none): a list of [class@Mutual.Finding]
 *
 * Since: 1.0
 */
GListModel *
mutual_qualification_get_findings (MutualQualification *self)
{
  g_return_val_if_fail (MUTUAL_IS_QUALIFICATION (self), NULL);
  return G_LIST_MODEL (self->findings);
}

/* ── tests ───────────────────────────────────────────────────────────── */

static void
condition (MutualQualification *q,
           MutualFinding       *finding)
{
  if (mutual_finding_get_severity (finding) == MUTUAL_SEVERITY_BREACH)
    q->qualifies = FALSE;
  g_ptr_array_add (mutual_item_list_get_array (q->findings), finding);
}

/* The employees' direct share of @company in @dimension: persons it
 * employs and trusts for its employees, exactly. */
static gboolean
employee_share (MutualAnalysis  *self,
                guint            company,
                MutualDimension  dimension,
                MutualFraction  *out,
                GError         **error)
{
  g_autoptr(GArray) holders = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (MutualFraction));

  mutual_fraction_init (out, 0, 1);
  if (!mutual_analysis_direct_all (self, company, dimension, holders, fractions, error))
    return FALSE;
  for (guint i = 0; i < holders->len; i++)
    if (mutual_analysis_is_employee_holder (self, company, g_array_index (holders, guint, i)) &&
        !mutual_fraction_add (out, &g_array_index (fractions, MutualFraction, i), out))
      {
        g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW, "“%s”: the employee interest does not fit in a 64-bit fraction",
                     mutual_analysis_id (self, company));
        return FALSE;
      }
  return TRUE;
}

/* Directors appointed by employees and employee trusts, and the board size. */
static guint
employee_directors (MutualAnalysis *self,
                    guint           company,
                    guint          *out_size)
{
  guint size = mutual_party_get_board_size (self->parties[company]);
  guint appointed = 0, all = 0;

  for (guint i = self->board_start[company]; i < self->board_start[company + 1]; i++)
    {
      all += self->board[i].directors;
      if (mutual_analysis_is_employee_holder (self, company, self->board[i].appointer))
        appointed += self->board[i].directors;
    }
  *out_size = size > 0 ? size : all;
  return appointed;
}

static void
check_mission (MutualAnalysis      *self,
               MutualQualification *q,
               guint                company,
               const char          *citation)
{
  const char *id = mutual_analysis_id (self, company);
  const char *ids[] = { id, NULL };
  gboolean met = mutual_party_get_public_service_mission (self->parties[company]);

  condition (q, mutual_analysis_finding (self, "psm.mission", met ? MUTUAL_SEVERITY_INFO : MUTUAL_SEVERITY_BREACH,
                                         citation, ids,
                                         met ? "%s: the articles state a public service mission"
                                             : "%s: the articles do not state a public service mission (public-service-mission is not set)",
                                         id));
}

static void
check_profits (MutualAnalysis      *self,
               MutualQualification *q,
               guint                company,
               MutualMutualTest     test)
{
  const char *id = mutual_analysis_id (self, company);
  const char *ids[] = { id, NULL };
  MutualProfitDistribution distribution = mutual_party_get_profit_distribution (self->parties[company]);
  const char *citation = test == MUTUAL_MUTUAL_TEST_PCR_2015_REG_77 ? "PCR 2015 reg 77(4)(b)" : "Procurement Act 2023 s33(6)(b)";

  if (distribution == MUTUAL_PROFIT_DISTRIBUTION_UNRESTRICTED)
    {
      condition (q, mutual_analysis_finding (self, "psm.profits", MUTUAL_SEVERITY_BREACH, citation, ids,
                                             test == MUTUAL_MUTUAL_TEST_PCR_2015_REG_77
                                               ? "%s: the articles do not require profits to be reinvested or distributed on participatory considerations"
                                               : "%s: the articles neither make it not-for-profit nor restrict distributions to its members",
                                             id));
      return;
    }
  condition (q, mutual_analysis_finding (self, "psm.profits", MUTUAL_SEVERITY_INFO, citation, ids,
                                         distribution == MUTUAL_PROFIT_DISTRIBUTION_REINVESTED
                                           ? "%s: the articles require profits to be reinvested (not for profit)"
                                           : "%s: the articles allow profits to be distributed to members only",
                                         id));
  /* A right to profits by agreement held by someone who is not a member
   * contradicts "distributes profits only to members". */
  for (guint i = self->agreement_start[company]; i < self->agreement_start[company + 1]; i++)
    {
      MutualAgreementEntry *a = &self->agreements[i];
      gboolean member = FALSE;
      const char *holder = mutual_analysis_id (self, a->holder);
      const char *hids[] = { id, holder, NULL };

      if (a->dimension != MUTUAL_DIMENSION_PROFITS || a->share.numerator == 0)
        continue;
      for (guint j = self->stake_start[company]; j < self->stake_start[company + 1] && !member; j++)
        member = self->stakes[j].holder == a->holder;
      if (member)
        continue;
      if (distribution == MUTUAL_PROFIT_DISTRIBUTION_MEMBERS_ONLY || test == MUTUAL_MUTUAL_TEST_PROCUREMENT_ACT_2023_S33)
        condition (q, mutual_analysis_finding (self, "psm.profits.non-member", MUTUAL_SEVERITY_BREACH, citation, hids,
                                               "%s: %s, not a member, has a right by agreement to part of the profits",
                                               id, holder));
      else
        condition (q, mutual_analysis_finding (self, "psm.profits.non-member", MUTUAL_SEVERITY_WARNING, citation, hids,
                                               "%s: %s, not a member, has a right by agreement to part of the profits; whether that distribution rests on participatory considerations needs judgement",
                                               id, holder));
    }
}

/**
 * mutual_analysis_qualify_public_service_mutual:
 * @self: an analysis
 * @company: a company's id
 * @test: which law's definition to test
 * @error: return location for a #GError
 *
 * Tests whether @company is a public service mutual, condition by
 * condition.
 *
 * %MUTUAL_MUTUAL_TEST_PCR_2015_REG_77 (reg 77(4)): (a) a public service
 * mission ([property@Mutual.Party:public-service-mission]); (b) profits
 * reinvested, or distributed on participatory considerations
 * ([property@Mutual.Party:profit-distribution]); (c) ownership or
 * management based on employee ownership or participatory principles:
 * employees hold at least
 * [property@Mutual.Analysis:employee-participation-threshold] of the votes
 * or of the shares; (d) no reserved award for the same services by the
 * same authority in the last three years — procurement's to check.
 *
 * %MUTUAL_MUTUAL_TEST_PROCUREMENT_ACT_2023_S33 (s33(6)): (a) operates to
 * deliver public services (the mission) and mainly reservable light-touch
 * services — procurement's to check; (b) not for profit, or distributing
 * profits only to members, with no right to profits by agreement held by
 * a non-member; (c) under the management and control of its employees:
 * employees hold more than
 * [property@Mutual.Analysis:employee-control-threshold] of the votes and,
 * where the board is known, of the board appointments. The Act sets no
 * percentage; the measure is the library's, stated in the finding. The
 * comparable-contract bar of s33(5) is procurement's.
 *
 * Employees are persons employed by @company
 * ([property@Mutual.Party:employer]) and employee trusts for its staff
 * ([property@Mutual.Party:beneficiary-employer]).
 *
 * Returns: (transfer full): the result, whose
 *   [property@Mutual.Qualification:qualifies] means "the supplier-side
 *   conditions hold", or %NULL with @error set
 *
 * Since: 1.0
 */
MutualQualification *
mutual_analysis_qualify_public_service_mutual (MutualAnalysis    *self,
                                               const char        *company,
                                               MutualMutualTest   test,
                                               GError           **error)
{
  g_autoptr(MutualQualification) q = NULL;
  MutualFraction votes, shares;
  g_autofree char *votes_pc = NULL, *shares_pc = NULL, *threshold_pc = NULL;
  const char *ids[] = { company, NULL };
  int c;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (company != NULL, NULL);
  g_return_val_if_fail (test == MUTUAL_MUTUAL_TEST_PCR_2015_REG_77 ||
                        test == MUTUAL_MUTUAL_TEST_PROCUREMENT_ACT_2023_S33, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((c = mutual_analysis_find_company (self, company, error)) < 0 ||
      !employee_share (self, c, MUTUAL_DIMENSION_VOTES, &votes, error) ||
      !employee_share (self, c, MUTUAL_DIMENSION_SHARES, &shares, error))
    return NULL;
  votes_pc = mutual_fraction_to_percent_string (&votes);
  shares_pc = mutual_fraction_to_percent_string (&shares);
  q = g_object_new (MUTUAL_TYPE_QUALIFICATION, NULL);
  q->company = g_strdup (company);

  if (test == MUTUAL_MUTUAL_TEST_PCR_2015_REG_77)
    {
      gboolean met = mutual_fraction_compare (&votes, &self->participation_threshold) >= 0 ||
                     mutual_fraction_compare (&shares, &self->participation_threshold) >= 0;

      q->test = g_strdup ("psm.pcr-2015-reg-77");
      threshold_pc = mutual_fraction_to_percent_string (&self->participation_threshold);
      check_mission (self, q, c, "PCR 2015 reg 77(4)(a)");
      check_profits (self, q, c, test);
      condition (q, mutual_analysis_finding (self, "psm.employee-participation",
                                             met ? MUTUAL_SEVERITY_INFO : MUTUAL_SEVERITY_BREACH,
                                             "PCR 2015 reg 77(4)(c)", ids,
                                             "%s: employees hold %s of the votes and %s of the shares; the measure used is at least %s of either (the Regulations set no percentage; participation of users or stakeholders is not assessed)%s",
                                             company, votes_pc, shares_pc, threshold_pc,
                                             met ? "" : ": not met"));
      condition (q, mutual_analysis_finding (self, "psm.previous-award.not-checked", MUTUAL_SEVERITY_INFO,
                                             "PCR 2015 reg 77(4)(d)", ids,
                                             "%s: whether the same authority awarded it a reserved contract for the same services in the last three years is checked with the procurement records, not here",
                                             company));
    }
  else
    {
      guint size, appointed = employee_directors (self, c, &size);
      gboolean votes_met = mutual_fraction_compare (&votes, &self->control_threshold) > 0;
      gboolean board_known = size > 0;
      gboolean board_met = FALSE;
      g_autofree char *board_text = NULL;

      q->test = g_strdup ("psm.procurement-act-2023-s33");
      threshold_pc = mutual_fraction_to_percent_string (&self->control_threshold);
      if (board_known)
        {
          MutualFraction board_share;

          mutual_fraction_init (&board_share, appointed, size);
          board_met = mutual_fraction_compare (&board_share, &self->control_threshold) > 0;
          board_text = g_strdup_printf ("%u of the %u directors", appointed, size);
        }
      check_mission (self, q, c, "Procurement Act 2023 s33(6)(a)");
      condition (q, mutual_analysis_finding (self, "psm.services.not-checked", MUTUAL_SEVERITY_INFO,
                                             "Procurement Act 2023 s33(6)(a)", ids,
                                             "%s: whether it mainly delivers reservable light-touch services is checked against its contracts by procurement, not here",
                                             company));
      check_profits (self, q, c, test);
      condition (q, mutual_analysis_finding (self, "psm.employee-control",
                                             votes_met && (!board_known || board_met) ? MUTUAL_SEVERITY_INFO : MUTUAL_SEVERITY_BREACH,
                                             "Procurement Act 2023 s33(6)(c)", ids,
                                             "%s: employees hold %s of the votes%s%s; the measure used is more than %s of the votes and of the board appointments (the Act sets no percentage)%s",
                                             company, votes_pc,
                                             board_known ? " and appoint " : " (the board is not known)",
                                             board_known ? board_text : "",
                                             threshold_pc,
                                             votes_met && (!board_known || board_met) ? "" : ": not met"));
      condition (q, mutual_analysis_finding (self, "psm.previous-award.not-checked", MUTUAL_SEVERITY_INFO,
                                             "Procurement Act 2023 s33(5)", ids,
                                             "%s: whether it entered a comparable reserved contract with the same authority in the last three years is checked with the procurement records, not here",
                                             company));
    }
  return g_steal_pointer (&q);
}

/* An employee ownership trust's controlling interest, one dimension. */
static void
check_dimension (MutualAnalysis      *self,
                 MutualQualification *q,
                 guint                company,
                 guint                trust,
                 const char          *what,
                 const MutualFraction *held)
{
  const char *company_id = mutual_analysis_id (self, company);
  const char *trust_id = mutual_analysis_id (self, trust);
  const char *ids[] = { company_id, trust_id, NULL };
  g_autofree char *pc = mutual_fraction_to_percent_string (held);
  g_autofree char *code = g_strdup_printf ("eot.controlling-interest.%s", what);
  gboolean met = mutual_analysis_passes ("eot-controlling-interest", held);

  condition (q, mutual_analysis_finding (self, code, met ? MUTUAL_SEVERITY_INFO : MUTUAL_SEVERITY_BREACH,
                                         "TCGA 1992 s236M", ids,
                                         "%s holds %s of the %s of %s: %s",
                                         trust_id, pc,
                                         g_str_equal (what, "ordinary-share-capital") ? "ordinary share capital" :
                                         g_str_equal (what, "votes") ? "votes" :
                                         g_str_equal (what, "profits") ? "profits available for distribution" :
                                         "assets available on a winding up",
                                         company_id, met ? "more than half" : "not more than half: not met"));
}

/**
 * mutual_analysis_qualify_employee_ownership_trust:
 * @self: an analysis
 * @company: a company's id
 * @trust: (nullable): the trust's id, or %NULL for the employee ownership
 *   trust (or, failing one, the employee benefit trust) whose beneficiaries
 *   are the company's employees
 * @error: return location for a #GError
 *
 * Tests the controlling interest requirement of TCGA 1992 s236M: the
 * trustees hold more than half of the ordinary share capital (by nominal
 * value), of the votes, of the profits available for distribution and of
 * the assets on a winding up (rights by agreement count: a right of others
 * to half the profits halves the trust's share). A veto held by anyone
 * else is a warning: the interest must not be defeasible without the
 * trustees' consent.
 *
 * The limited participation requirement (s236N: participators, employees
 * with 5% or more of the shares or assets, at most 2/5 of all employees)
 * and the equality requirement (s236J) need staff data: the participators
 * the model shows are counted, and findings say what is not checkable.
 *
 * Returns: (transfer full): the result, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualQualification *
mutual_analysis_qualify_employee_ownership_trust (MutualAnalysis    *self,
                                                  const char        *company,
                                                  const char        *trust,
                                                  GError           **error)
{
  g_autoptr(MutualQualification) q = NULL;
  MutualFraction f, ordinary, five;
  const char *company_id;
  int c, t = -1;
  guint participators = 0;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (company != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((c = mutual_analysis_find_company (self, company, error)) < 0)
    return NULL;
  company_id = mutual_analysis_id (self, c);
  if (trust != NULL)
    {
      if ((t = mutual_analysis_find (self, trust, error)) < 0)
        return NULL;
      if (!mutual_party_kind_is_trust (mutual_party_get_kind (self->parties[t])))
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "“%s” is not a trust", trust);
          return NULL;
        }
    }
  else
    {
      for (guint pass = 0; pass < 2 && t < 0; pass++)
        for (guint i = 0; i < self->n_parties && t < 0; i++)
          {
            MutualPartyKind kind = mutual_party_get_kind (self->parties[i]);

            if ((pass == 0 ? kind == MUTUAL_PARTY_KIND_EMPLOYEE_OWNERSHIP_TRUST : mutual_party_kind_is_trust (kind)) &&
                g_strcmp0 (mutual_party_get_beneficiary_employer (self->parties[i]), company_id) == 0)
              t = i;
          }
      if (t < 0)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_MISSING,
                       "no employee trust has “%s” as its beneficiary employer", company);
          return NULL;
        }
    }

  q = g_object_new (MUTUAL_TYPE_QUALIFICATION, NULL);
  q->company = g_strdup (company);
  q->test = g_strdup ("eot.controlling-interest");

  /* ordinary share capital, by nominal value */
  mutual_fraction_init (&ordinary, 0, 1);
  for (guint i = self->stake_start[c]; i < self->stake_start[c + 1]; i++)
    if (self->stakes[i].holder == (guint) t && self->ordinary_total[c] > 0 &&
        !mutual_fraction_reduce128 (self->stakes[i].ordinary_nominal, self->ordinary_total[c], &ordinary))
      {
        g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW, "“%s”: its share capital does not fit in a 64-bit fraction", company);
        return NULL;
      }
  check_dimension (self, q, c, t, "ordinary-share-capital", &ordinary);
  if (!mutual_analysis_direct_exact (self, c, t, MUTUAL_DIMENSION_VOTES, &f, error))
    return NULL;
  check_dimension (self, q, c, t, "votes", &f);
  if (!mutual_analysis_direct_exact (self, c, t, MUTUAL_DIMENSION_PROFITS, &f, error))
    return NULL;
  check_dimension (self, q, c, t, "profits", &f);
  if (!mutual_analysis_direct_exact (self, c, t, MUTUAL_DIMENSION_CAPITAL, &f, error))
    return NULL;
  check_dimension (self, q, c, t, "assets", &f);

  for (guint i = self->veto_start[c]; i < self->veto_start[c + 1]; i++)
    if (self->vetoes[i].holder != (guint) t)
      {
        const char *ids[] = { company_id, mutual_analysis_id (self, self->vetoes[i].holder), NULL };

        condition (q, mutual_analysis_finding (self, "eot.controlling-interest.veto", MUTUAL_SEVERITY_WARNING,
                                               "TCGA 1992 s236M", ids,
                                               "%s holds a veto over reserved matters in %s: the trust's control must not be defeasible without its consent",
                                               ids[1], company_id));
      }
  for (guint i = self->agreement_start[c]; i < self->agreement_start[c + 1]; i++)
    if (self->agreements[i].veto && self->agreements[i].holder != (guint) t)
      {
        const char *ids[] = { company_id, mutual_analysis_id (self, self->agreements[i].holder), NULL };

        condition (q, mutual_analysis_finding (self, "eot.controlling-interest.veto", MUTUAL_SEVERITY_WARNING,
                                               "TCGA 1992 s236M", ids,
                                               "%s holds a veto by agreement in %s: the trust's control must not be defeasible without its consent",
                                               ids[1], company_id));
      }

  /* limited participation: the participators the model shows */
  mutual_analysis_threshold ("eot-participator-stake", &five, NULL, NULL);
  for (guint i = self->stake_start[c]; i < self->stake_start[c + 1]; i++)
    {
      guint h = self->stakes[i].holder;
      MutualFraction s, a;

      if (mutual_party_get_kind (self->parties[h]) != MUTUAL_PARTY_KIND_PERSON ||
          !mutual_analysis_is_employee_holder (self, c, h))
        continue;
      if ((mutual_analysis_direct_exact (self, c, h, MUTUAL_DIMENSION_SHARES, &s, NULL) &&
           mutual_fraction_compare (&s, &five) >= 0) ||
          (mutual_analysis_direct_exact (self, c, h, MUTUAL_DIMENSION_CAPITAL, &a, NULL) &&
           mutual_fraction_compare (&a, &five) >= 0))
        participators++;
    }
  {
    const char *ids[] = { company_id, NULL };

    condition (q, mutual_analysis_finding (self, "eot.limited-participation.not-checkable", MUTUAL_SEVERITY_INFO,
                                           "TCGA 1992 s236N", ids,
                                           "%s: the model shows %u employee participator%s (5%% or more of the shares or assets); the participator fraction (at most 2/5) needs the number of all employees and their connected persons, which are staff data",
                                           company_id, participators, participators == 1 ? "" : "s"));
    condition (q, mutual_analysis_finding (self, "eot.equality.not-checkable", MUTUAL_SEVERITY_INFO,
                                           "TCGA 1992 s236J", ids,
                                           "%s: whether the trust benefits all eligible employees on the same terms (varied only by pay, length of service and hours) is in the trust deed and staff data, not in the model",
                                           company_id));
  }
  return g_steal_pointer (&q);
}
