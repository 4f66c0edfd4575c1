/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "mutual-analysis-private.h"
#include "mutual-enum-types.h"
#include "mutual-error.h"
#include "mutual-finding.h"
#include "mutual-model-private.h"
#include "mutual-rules-private.h"

/**
 * MutualAnalysis:
 *
 * Who owns and who controls the companies of a [class@Mutual.Model]:
 * direct and look-through interests, resolutions and board control, the
 * PSC register, voting power and the qualification tests.
 *
 * An analysis reads its model once, when it is made, into compact arrays
 * (one CSR array per relation: each company's holders, members, board
 * appointers and rights by agreement side by side, parties numbered by an
 * int), and answers every question from those arrays. It holds its own
 * references to the model's immutable items, so changing the model later
 * does not change the analysis: make a new one.
 *
 * Thread safety: an analysis may be queried from several threads at once.
 * Everything is built in [ctor@Mutual.Analysis.new] except the
 * look-through tables, which are built on first use under a lock and never
 * changed after. Only the two employee thresholds are settable; set them
 * before sharing the analysis between threads.
 *
 * In C:
 *
 * ```c
 * g_autoptr(MutualAnalysis) analysis = mutual_analysis_new (model);
 * g_autoptr(MutualControl) control = mutual_analysis_control (analysis, "mycsp", &error);
 * g_autoptr(GListModel) pscs = mutual_analysis_list_pscs (analysis, "mycsp", &error);
 *
 * for (guint i = 0; pscs != NULL && i < g_list_model_get_n_items (pscs); i++)
 *   {
 *     g_autoptr(MutualPsc) psc = g_list_model_get_item (pscs, i);
 *     g_print ("%s\n", mutual_psc_get_party (psc));
 *   }
 * ```
 *
 * In Python, results convert to rows for pandas:
 *
 * ```python
 * analysis = Mutual.Analysis.new(Mutual.Model.new_from_example("mycsp-2012"))
 * analysis.control("mycsp").props.block_special   # ['cabinet-office', 'equiniti']
 * pandas.DataFrame(analysis.holders("mycsp"))       # exact shares, votes, profits, capital
 * analysis.list_pscs("mycsp")["equiniti"].props.natures
 * ```
 *
 * Since: 1.0
 */

G_DEFINE_FINAL_TYPE (MutualAnalysis, mutual_analysis, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_EMPLOYEE_CONTROL_THRESHOLD,
  PROP_EMPLOYEE_PARTICIPATION_THRESHOLD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
look_through_free (MutualLookThrough *lt)
{
  if (lt == NULL)
    return;
  for (guint c = 0; c < lt->n_comps; c++)
    {
      g_free (lt->lu[c]);
      g_free (lt->pivot[c]);
      g_free (lt->inside_start[c]);
      g_free (lt->inside_src[c]);
      g_free (lt->inside_weight[c]);
    }
  g_free (lt->inside_start);
  g_free (lt->inside_src);
  g_free (lt->inside_weight);
  g_free (lt->lu);
  g_free (lt->pivot);
  g_free (lt->start);
  g_free (lt->holder);
  g_free (lt->weight);
  g_free (lt->holds_start);
  g_free (lt->holds_company);
  g_free (lt->holds_weight);
  g_free (lt->comp);
  g_free (lt->comp_start);
  g_free (lt->comp_nodes);
  g_free (lt->local);
  g_free (lt->column_sum);
  g_free (lt->singular);
  g_free (lt->unsolvable);
  for (guint i = 0; lt->pool != NULL && i < lt->pool->len; i++)
    {
      MutualScratch *scratch = g_ptr_array_index (lt->pool, i);

      g_free (scratch->x);
      g_free (scratch->seen);
      g_free (scratch->indegree);
      g_array_unref (scratch->reached);
      g_array_unref (scratch->queue);
      g_free (scratch->local);
      g_free (scratch);
    }
  g_clear_pointer (&lt->pool, g_ptr_array_unref);
  g_mutex_clear (&lt->pool_lock);
  g_free (lt);
}

static void derive_finalize (MutualAnalysis *self);
typedef struct _DeriveOrigin DeriveOrigin;
static void derive_origin_free (DeriveOrigin *d);

static void
mutual_analysis_finalize (GObject *object)
{
  MutualAnalysis *self = MUTUAL_ANALYSIS (object);

  if (self->origin != NULL)
    {
      derive_finalize (self);
      G_OBJECT_CLASS (mutual_analysis_parent_class)->finalize (object);
      return;
    }
  if (self->party_base != NULL)
    {
      g_hash_table_unref (self->index);
      mutual_model_release_base (self->party_base);
    }
  else
    {
      for (guint i = 0; i < self->n_parties; i++)
        g_object_unref (self->parties[i]);
      g_free (self->parties);
      g_clear_pointer (&self->index, g_hash_table_unref);
    }
  g_free (self->date);
  g_free (self->ids);
  g_free (self->stake_start);
  g_free (self->stakes);
  g_free (self->totals);
  g_free (self->ordinary_total);
  g_free (self->overflow);
  g_free (self->agreement_start);
  g_free (self->agreements);
  g_free (self->board_start);
  g_free (self->board);
  g_free (self->veto_start);
  g_free (self->vetoes);
  g_strfreev (self->class_ids);
  g_free (self->controller_tail);
  g_free (self->controller_split);
  g_free (self->finish_rank);
  g_free (self->controller_offset);
  g_free (self->controller_count);
  g_free (self->controllers);
  for (guint d = 0; d < MUTUAL_N_DIMENSIONS; d++)
    look_through_free (self->look_through[d]);
  g_mutex_clear (&self->lock);
  g_clear_pointer (&self->slot_pool, g_ptr_array_unref);
  g_mutex_clear (&self->slot_lock);
  g_free (self->employs);
  derive_origin_free (self->derive);

  G_OBJECT_CLASS (mutual_analysis_parent_class)->finalize (object);
}

static void
mutual_analysis_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MutualAnalysis *self = MUTUAL_ANALYSIS (object);

  switch (prop_id)
    {
    case PROP_EMPLOYEE_CONTROL_THRESHOLD:
      g_value_set_boxed (value, &self->control_threshold);
      break;
    case PROP_EMPLOYEE_PARTICIPATION_THRESHOLD:
      g_value_set_boxed (value, &self->participation_threshold);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_analysis_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MutualAnalysis *self = MUTUAL_ANALYSIS (object);

  switch (prop_id)
    {
    case PROP_EMPLOYEE_CONTROL_THRESHOLD:
      mutual_analysis_set_employee_control_threshold (self, g_value_get_boxed (value));
      break;
    case PROP_EMPLOYEE_PARTICIPATION_THRESHOLD:
      mutual_analysis_set_employee_participation_threshold (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_analysis_class_init (MutualAnalysisClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mutual_analysis_finalize;
  object_class->get_property = mutual_analysis_get_property;
  object_class->set_property = mutual_analysis_set_property;

  /**
   * MutualAnalysis:employee-control-threshold:
   *
   * The measure of "management and control of its employees" in the
   * Procurement Act 2023 s33(6)(c), which sets no percentage: employees
   * (persons employed by the company and employee trusts for its staff)
   * must hold more than this share of the votes and, where the board is
   * known, of the board appointments. The default, 1/2, is in the rule
   * table `company-law.json` (row `psm-employee-control`).
   *
   * Since: 1.0
   */
  properties[PROP_EMPLOYEE_CONTROL_THRESHOLD] =
    g_param_spec_boxed ("employee-control-threshold", NULL, NULL, MUTUAL_TYPE_FRACTION,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * MutualAnalysis:employee-participation-threshold:
   *
   * The measure of "ownership or management based on employee ownership or
   * participatory principles" in PCR 2015 reg 77(4)(c), which sets no
   * percentage: employees must hold at least this share of the votes or of
   * the shares. The default, 1/4, is in the rule table `company-law.json`
   * (row `psm-employee-participation`).
   *
   * Since: 1.0
   */
  properties[PROP_EMPLOYEE_PARTICIPATION_THRESHOLD] =
    g_param_spec_boxed ("employee-participation-threshold", NULL, NULL, MUTUAL_TYPE_FRACTION,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_analysis_init (MutualAnalysis *self)
{
  g_mutex_init (&self->lock);
  g_mutex_init (&self->slot_lock);
  mutual_analysis_threshold ("psm-employee-control", &self->control_threshold, NULL, NULL);
  mutual_analysis_threshold ("psm-employee-participation", &self->participation_threshold, NULL, NULL);
}

static gboolean
is_company_kind (MutualPartyKind kind)
{
  return kind == MUTUAL_PARTY_KIND_COMPANY ||
         kind == MUTUAL_PARTY_KIND_GUARANTEE_COMPANY ||
         kind == MUTUAL_PARTY_KIND_COOPERATIVE ||
         kind == MUTUAL_PARTY_KIND_COMMUNITY_BENEFIT_SOCIETY;
}

static inline int
lookup_index (GHashTable *index,
              const char *id)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (index, id)) - 1;
}

static inline void
add_checked (guint64 *total,
             guint64  value,
             guint8  *overflow)
{
  if (__builtin_add_overflow (*total, value, total))
    *overflow = 1;
}

static inline guint64
mul_checked (guint64  a,
             guint64  b,
             guint8  *overflow)
{
  guint64 r;

  if (__builtin_mul_overflow (a, b, &r))
    {
      *overflow = 1;
      return 0;
    }
  return r;
}

/* Counting sort of @n items by @key into CSR: start has n_keys + 1. */
static guint *
csr_offsets (const guint *keys,
             guint        n,
             guint        n_keys)
{
  guint *start = g_new0 (guint, n_keys + 1);

  for (guint i = 0; i < n; i++)
    start[keys[i] + 1]++;
  for (guint k = 0; k < n_keys; k++)
    start[k + 1] += start[k];
  return start;
}

typedef struct
{
  guint holder;
  guint klass;
  gint64 count;
} RawHolding;

typedef struct
{
  guint64 votes_per_share, dividend, capital;
  gint64 nominal;
  gboolean ordinary;
  MutualSpecialRights special;
  guint issuer;
} ClassInfo;

/* @out_info: (optional): the classes' weights and issuers, for an origin */
static void
build_stakes (MutualAnalysis  *self,
              MutualModel     *model,
              ClassInfo      **out_info)
{
  GPtrArray *classes = mutual_model_get_array (model, MUTUAL_COLLECTION_SHARE_CLASSES);
  GPtrArray *holdings = mutual_model_get_array (model, MUTUAL_COLLECTION_HOLDINGS);
  GPtrArray *memberships = mutual_model_get_array (model, MUTUAL_COLLECTION_MEMBERSHIPS);
  guint n = self->n_parties;
  g_autoptr(GHashTable) class_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree ClassInfo *info = g_new0 (ClassInfo, classes->len);
  g_autofree guint *keys = NULL;
  g_autofree guint *hold_start = NULL;
  g_autofree RawHolding *sorted = NULL;
  g_autofree guint *fill = NULL;
  g_autofree guint *member_keys = NULL;
  g_autofree guint *member_start = NULL;
  g_autofree guint *member_sorted = NULL;  /* pairs: member, votes */
  g_autofree int *slot = NULL;
  /* at most one stake per holding or membership: never reallocated */
  g_autoptr(GArray) stakes = g_array_sized_new (FALSE, FALSE, sizeof (MutualStake), holdings->len + memberships->len);
  g_autoptr(GArray) vetoes = g_array_new (FALSE, FALSE, sizeof (MutualVetoEntry));
  guint n_holdings = 0;
  const char *last_class_id = NULL;
  guint last_class = (guint) -1;

  self->class_ids = g_new0 (char *, classes->len + 1);
  for (guint k = 0; k < classes->len; k++)
    {
      MutualShareClass *klass = g_ptr_array_index (classes, k);

      self->class_ids[k] = g_strdup (mutual_share_class_get_id (klass));
      g_hash_table_insert (class_index, (gpointer) mutual_share_class_get_id (klass), GUINT_TO_POINTER (k + 1));
      info[k].votes_per_share = mutual_share_class_get_votes_per_share (klass);
      info[k].dividend = mutual_share_class_get_dividend_weight (klass);
      info[k].capital = mutual_share_class_get_capital_weight (klass);
      info[k].nominal = mutual_share_class_get_nominal_value (klass);
      info[k].ordinary = mutual_share_class_get_ordinary (klass);
      info[k].special = mutual_share_class_get_special_rights (klass);
      info[k].issuer = lookup_index (self->index, mutual_share_class_get_issuer (klass));
    }

  /* holdings, sorted by issuer */
  keys = g_new (guint, holdings->len);
  sorted = g_new (RawHolding, holdings->len);
  for (guint i = 0; i < holdings->len; i++)
    {
      MutualHolding *holding = g_ptr_array_index (holdings, i);
      const char *class_id = mutual_holding_get_share_class (holding);
      guint k;
      int holder;

      /* holdings of one class usually come together */
      if (last_class_id == NULL || strcmp (class_id, last_class_id) != 0)
        {
          last_class = GPOINTER_TO_UINT (g_hash_table_lookup (class_index, class_id)) - 1;
          last_class_id = class_id;
        }
      k = last_class;
      holder = lookup_index (self->index, mutual_holding_get_holder (holding));

      /* a valid model names known parties and classes; skip what does not */
      if (k == (guint) -1 || holder < 0 || (int) info[k].issuer < 0)
        continue;
      keys[n_holdings] = info[k].issuer;
      sorted[n_holdings].holder = holder;
      sorted[n_holdings].klass = k;
      sorted[n_holdings].count = mutual_holding_get_count (holding);
      n_holdings++;
    }
  hold_start = csr_offsets (keys, n_holdings, n);
  {
    g_autofree RawHolding *copy = g_memdup2 (sorted, sizeof (RawHolding) * MAX (n_holdings, 1));

    fill = g_memdup2 (hold_start, sizeof (guint) * (n + 1));
    for (guint i = 0; i < n_holdings; i++)
      sorted[fill[keys[i]]++] = copy[i];
  }

  /* memberships, sorted by organisation */
  member_keys = g_new (guint, memberships->len);
  member_sorted = g_new (guint, 2 * MAX (memberships->len, 1));
  {
    g_autofree guint *pairs = g_new (guint, 2 * MAX (memberships->len, 1));
    guint m = 0;

    for (guint i = 0; i < memberships->len; i++)
      {
        MutualMembership *membership = g_ptr_array_index (memberships, i);
        int member = lookup_index (self->index, mutual_membership_get_member (membership));
        int org = lookup_index (self->index, mutual_membership_get_organisation (membership));

        if (member < 0 || org < 0)
          continue;
        member_keys[m] = org;
        pairs[2 * m] = member;
        pairs[2 * m + 1] = mutual_membership_get_votes (membership);
        m++;
      }
    member_start = csr_offsets (member_keys, m, n);
    g_free (fill);
    fill = g_memdup2 (member_start, sizeof (guint) * (n + 1));
    for (guint i = 0; i < m; i++)
      {
        guint at = fill[member_keys[i]]++;

        member_sorted[2 * at] = pairs[2 * i];
        member_sorted[2 * at + 1] = pairs[2 * i + 1];
      }
  }

  /* aggregate per company and holder */
  self->stake_start = g_new0 (guint, n + 1);
  self->veto_start = g_new0 (guint, n + 1);
  self->totals = (guint64 (*)[MUTUAL_N_DIMENSIONS]) g_new0 (guint64, (gsize) MAX (n, 1) * MUTUAL_N_DIMENSIONS);
  self->ordinary_total = g_new0 (guint64, n);
  self->overflow = g_new0 (guint8, n);
  slot = g_new (int, n);
  memset (slot, 0xff, sizeof (int) * n);
  for (guint c = 0; c < n; c++)
    {
      MutualVoteBasis basis = mutual_party_kind_get_vote_basis (mutual_party_get_kind (self->parties[c]));
      guint first = stakes->len;
      guint8 *overflow = &self->overflow[c];

      self->stake_start[c] = first;
      self->veto_start[c] = vetoes->len;
      for (guint i = hold_start[c]; i < hold_start[c + 1]; i++)
        {
          RawHolding *h = &sorted[i];
          ClassInfo *ci = &info[h->klass];
          guint64 count = (guint64) h->count;
          MutualStake *stake;

          if (count == 0)
            continue;
          if (slot[h->holder] < 0)
            {
              MutualStake fresh = { h->holder, { 0, }, 0 };

              slot[h->holder] = stakes->len;
              g_array_append_val (stakes, fresh);
            }
          stake = &g_array_index (stakes, MutualStake, slot[h->holder]);
          add_checked (&stake->weight[MUTUAL_DIMENSION_SHARES], mul_checked (count, ci->nominal, overflow), overflow);
          if (basis == MUTUAL_VOTE_BASIS_PER_SHARE)
            add_checked (&stake->weight[MUTUAL_DIMENSION_VOTES], mul_checked (count, ci->votes_per_share, overflow), overflow);
          add_checked (&stake->weight[MUTUAL_DIMENSION_PROFITS], mul_checked (count, ci->dividend, overflow), overflow);
          add_checked (&stake->weight[MUTUAL_DIMENSION_CAPITAL], mul_checked (count, ci->capital, overflow), overflow);
          if (ci->ordinary)
            add_checked (&stake->ordinary_nominal, mul_checked (count, ci->nominal, overflow), overflow);
          if (ci->special & MUTUAL_SPECIAL_RIGHTS_VETO_RESERVED_MATTERS)
            {
              MutualVetoEntry veto = { h->holder, h->klass };

              g_array_append_val (vetoes, veto);
            }
        }
      if (basis == MUTUAL_VOTE_BASIS_PER_MEMBER)
        for (guint i = member_start[c]; i < member_start[c + 1]; i++)
          {
            guint member = member_sorted[2 * i];
            MutualStake *stake;

            if (member_sorted[2 * i + 1] == 0)
              continue;
            if (slot[member] < 0)
              {
                MutualStake fresh = { member, { 0, }, 0 };

                slot[member] = stakes->len;
                g_array_append_val (stakes, fresh);
              }
            stake = &g_array_index (stakes, MutualStake, slot[member]);
            add_checked (&stake->weight[MUTUAL_DIMENSION_VOTES], member_sorted[2 * i + 1], overflow);
          }
      for (guint i = first; i < stakes->len; i++)
        {
          MutualStake *stake = &g_array_index (stakes, MutualStake, i);

          slot[stake->holder] = -1;
          for (guint d = 0; d < MUTUAL_N_DIMENSIONS; d++)
            add_checked (&self->totals[c][d], stake->weight[d], overflow);
          add_checked (&self->ordinary_total[c], stake->ordinary_nominal, overflow);
        }
    }
  self->stake_start[n] = stakes->len;
  self->veto_start[n] = vetoes->len;
  self->stakes = (MutualStake *) g_array_free (g_steal_pointer (&stakes), FALSE);
  self->vetoes = (MutualVetoEntry *) g_array_free (g_steal_pointer (&vetoes), FALSE);
  if (out_info != NULL)
    *out_info = g_steal_pointer (&info);
}

static void
build_rights (MutualAnalysis *self,
              MutualModel    *model)
{
  GPtrArray *agreements = mutual_model_get_array (model, MUTUAL_COLLECTION_AGREEMENT_RIGHTS);
  GPtrArray *board = mutual_model_get_array (model, MUTUAL_COLLECTION_BOARD_RIGHTS);
  guint n = self->n_parties;
  g_autofree guint *keys = g_new (guint, MAX (MAX (agreements->len, board->len), 1));
  g_autofree MutualAgreementEntry *a = g_new (MutualAgreementEntry, MAX (agreements->len, 1));
  g_autofree MutualBoardEntry *b = g_new (MutualBoardEntry, MAX (board->len, 1));
  g_autofree guint *fill = NULL;
  guint m = 0;

  for (guint i = 0; i < agreements->len; i++)
    {
      MutualAgreementRight *right = g_ptr_array_index (agreements, i);
      int holder = lookup_index (self->index, mutual_agreement_right_get_holder (right));
      int company = lookup_index (self->index, mutual_agreement_right_get_company (right));

      if (holder < 0 || company < 0)
        continue;
      keys[m] = company;
      a[m].holder = holder;
      a[m].dimension = mutual_agreement_right_get_dimension (right);
      a[m].share = *mutual_agreement_right_get_share (right);
      a[m].veto = mutual_agreement_right_get_veto (right);
      m++;
    }
  self->agreement_start = csr_offsets (keys, m, n);
  self->agreements = g_new (MutualAgreementEntry, MAX (m, 1));
  fill = g_memdup2 (self->agreement_start, sizeof (guint) * (n + 1));
  for (guint i = 0; i < m; i++)
    self->agreements[fill[keys[i]]++] = a[i];

  m = 0;
  for (guint i = 0; i < board->len; i++)
    {
      MutualBoardRight *right = g_ptr_array_index (board, i);
      int appointer = lookup_index (self->index, mutual_board_right_get_appointer (right));
      int company = lookup_index (self->index, mutual_board_right_get_company (right));

      if (appointer < 0 || company < 0)
        continue;
      keys[m] = company;
      b[m].appointer = appointer;
      b[m].directors = mutual_board_right_get_directors (right);
      m++;
    }
  self->board_start = csr_offsets (keys, m, n);
  self->board = g_new (MutualBoardEntry, MAX (m, 1));
  g_free (fill);
  fill = g_memdup2 (self->board_start, sizeof (guint) * (n + 1));
  for (guint i = 0; i < m; i++)
    self->board[fill[keys[i]]++] = b[i];
}

static guint
board_size (MutualAnalysis *self,
            guint           company)
{
  guint size = mutual_party_get_board_size (self->parties[company]);

  /* An unknown board size (0) is taken as the seats the rights fill. */
  if (size == 0)
    for (guint i = self->board_start[company]; i < self->board_start[company + 1]; i++)
      size += self->board[i].directors;
  return size;
}

/* Whether @weight of @total passes the majority-stake threshold. */
static inline gboolean
is_majority (guint64               weight,
             guint64               total,
             const MutualFraction *half,
             gboolean              strict)
{
  unsigned __int128 lhs = (unsigned __int128) weight * (guint64) half->denominator;
  unsigned __int128 rhs = (unsigned __int128) total * (guint64) half->numerator;

  return strict ? lhs > rhs : lhs >= rhs;
}

/* Companies Act 2006 Sch 1A para 18: a majority stake in L is more than
 * half of L's voting rights, or the right to appoint or remove a majority
 * of its board, held directly or through entities in which one has a
 * majority stake (their whole rights count). For each party this computes
 * every party holding a majority stake in it, in one post-order walk up
 * the held-by graph (holders finish first), in the order first met: each
 * voter (holdings order) then its controllers, then each appointer then
 * its controllers. A party met again while its own stake is being worked
 * out (a cross-holding) counts with no controllers of its own: majority
 * stakes that exist only around a cycle are not inferred.
 *
 * When one holder alone has a majority of the votes (or one appointer
 * alone a majority of the board), the controllers by that route are
 * exactly that party and its controllers (each has at least its votes):
 * the party is recorded as the tail, where it is first met, and its
 * controllers are neither copied nor walked. A chain of companies each
 * wholly owning the next then costs O(1) a company, where copying every
 * controller list cost O(N²) memory and O(N³) time. What no single party
 * decides is summed over the holders and their controllers, exactly, in
 * integers. When a tail's controller would be met before it (the order
 * could not be kept), the company's list is written out in full. */
static void
build_controllers (MutualAnalysis *self)
{
  guint n = self->n_parties;
  g_autofree guint8 *state = g_new0 (guint8, n);
  g_autoptr(GArray) stack = g_array_sized_new (FALSE, FALSE, sizeof (guint), 64);
  g_autoptr(GArray) out = g_array_sized_new (FALSE, FALSE, sizeof (guint), 64);
  g_autofree guint64 *acc_votes = g_new0 (guint64, n);
  g_autofree guint64 *acc_board = g_new0 (guint64, n);
  g_autofree guint8 *touched_mark = g_new0 (guint8, n);
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) scratch = g_array_new (FALSE, FALSE, sizeof (guint));
  MutualFraction half;
  gboolean strict;
  guint rank = 0;

  mutual_analysis_threshold ("majority-stake", &half, &strict, NULL);
  self->controller_tail = g_new (guint, MAX (n, 1));
  memset (self->controller_tail, 0xff, sizeof (guint) * MAX (n, 1));
  self->controller_split = g_new0 (guint, MAX (n, 1));
  self->finish_rank = g_new (guint, MAX (n, 1));
  memset (self->finish_rank, 0xff, sizeof (guint) * MAX (n, 1));
  self->controller_offset = g_new0 (guint, MAX (n, 1));
  self->controller_count = g_new0 (guint, MAX (n, 1));
  /* read while being built (the controllers of finished parties) */
  self->controllers = (guint *) out->data;

  for (guint root = 0; root < n; root++)
    {
      if (state[root] != 0)
        continue;
      g_array_append_val (stack, root);
      while (stack->len > 0)
        {
          guint top = g_array_index (stack, guint, stack->len - 1);
          guint c = top & 0x7fffffff;
          guint64 total, size, seats = 0;
          int single_votes = -1, single_board = -1;
          gboolean votes_known, board_known;

          if ((top & 0x80000000) == 0)
            {
              guint finish = c | 0x80000000;

              if (state[c] != 0)
                {
                  g_array_set_size (stack, stack->len - 1);
                  continue;
                }
              state[c] = 1;
              g_array_index (stack, guint, stack->len - 1) = finish;
              for (guint i = self->stake_start[c]; i < self->stake_start[c + 1]; i++)
                if (state[self->stakes[i].holder] == 0 && self->stakes[i].weight[MUTUAL_DIMENSION_VOTES] > 0)
                  g_array_append_val (stack, self->stakes[i].holder);
              for (guint i = self->board_start[c]; i < self->board_start[c + 1]; i++)
                if (state[self->board[i].appointer] == 0)
                  g_array_append_val (stack, self->board[i].appointer);
              continue;
            }

          /* finish c: its holders are done (or in progress, around a cycle) */
          g_array_set_size (stack, stack->len - 1);
          total = self->totals[c][MUTUAL_DIMENSION_VOTES];
          size = board_size (self, c);
          votes_known = total > 0 && !self->overflow[c];
          board_known = size > 0 && self->board_start[c] < self->board_start[c + 1];

          /* one holder with a majority of the votes by itself */
          for (guint i = self->stake_start[c]; votes_known && i < self->stake_start[c + 1]; i++)
            {
              guint64 w = self->stakes[i].weight[MUTUAL_DIMENSION_VOTES];

              if (w > 0 && is_majority (w, total, &half, strict) && !is_majority (total - w, total, &half, strict))
                {
                  single_votes = self->stakes[i].holder;
                  break;
                }
            }
          /* one appointer of a majority of the board by itself */
          if (board_known)
            {
              for (guint i = self->board_start[c]; i < self->board_start[c + 1]; i++)
                {
                  seats += self->board[i].directors;
                  acc_board[self->board[i].appointer] += self->board[i].directors;
                }
              for (guint i = self->board_start[c]; i < self->board_start[c + 1]; i++)
                {
                  guint a = self->board[i].appointer;

                  if (single_board < 0 && 2 * acc_board[a] > size && 2 * (seats - acc_board[a]) <= size)
                    single_board = a;
                }
              for (guint i = self->board_start[c]; i < self->board_start[c + 1]; i++)
                acc_board[self->board[i].appointer] = 0;
            }

          for (guint attempt = 0; attempt < 2; attempt++)
            {
              guint tail = MUTUAL_NO_TAIL, marker = G_MAXUINT, first = out->len, split = 0;
              gboolean votes_sum = votes_known, board_sum = board_known, fallback = FALSE;

              /* attempt 1 writes the list out in full, as first met */
              if (attempt == 0 && single_votes >= 0 && (guint) single_votes != c && state[single_votes] == 2)
                {
                  tail = single_votes;
                  votes_sum = FALSE;
                }
              if (attempt == 0 && single_board >= 0 && (guint) single_board != c && state[single_board] == 2)
                {
                  if (tail == MUTUAL_NO_TAIL)
                    {
                      tail = single_board;
                      board_sum = FALSE;
                    }
                  else if ((guint) single_board == tail)
                    board_sum = FALSE;
                  /* not when it is merely among the tail's controllers: one
                   * met around a cycle brought none of its own */
                }

#define TOUCH(p) G_STMT_START { if (!touched_mark[p]) { touched_mark[p] = 1; g_array_append_val (touched, p); } } G_STMT_END
              /* Meet a voter or appointer @p, then its controllers, adding
               * @w to what they hold in @acc (when summing). The tail is
               * marked where it is met; met first inside another's
               * controllers, the order cannot be kept. */
#define MEET(p, w, acc, sum) G_STMT_START {                                        \
                guint _p = (p);                                                     \
                if (_p == tail)                                                     \
                  {                                                                 \
                    if (!touched_mark[_p])                                          \
                      {                                                             \
                        touched_mark[_p] = 1;                                       \
                        marker = touched->len;                                      \
                      }                                                             \
                    break;                                                          \
                  }                                                                 \
                TOUCH (_p);                                                         \
                if (sum)                                                            \
                  acc[_p] += (w);                                                   \
                if (state[_p] == 2)                                                 \
                  {                                                                 \
                    guint _m;                                                       \
                    const guint *_up = mutual_analysis_controllers_of (self, _p, scratch, &_m); \
                    for (guint _j = 0; _j < _m; _j++)                               \
                      {                                                             \
                        guint _q = _up[_j];                                         \
                        if (_q == tail && marker == G_MAXUINT)                      \
                          fallback = TRUE;                                          \
                        TOUCH (_q);                                                 \
                        if (sum)                                                    \
                          acc[_q] += (w);                                           \
                      }                                                             \
                  }                                                                 \
              } G_STMT_END

              /* voters, in holdings order: needed when anything is summed
               * (the order first met), or until the tail is met */
              if (votes_known)
                for (guint i = self->stake_start[c]; i < self->stake_start[c + 1] && !fallback; i++)
                  {
                    guint64 w = self->stakes[i].weight[MUTUAL_DIMENSION_VOTES];

                    if (!votes_sum && !board_sum && marker != G_MAXUINT)
                      break;
                    if (w == 0)
                      continue;
                    do
                      MEET (self->stakes[i].holder, w, acc_votes, votes_sum);
                    while (0);
                  }
              if (board_known)
                for (guint i = self->board_start[c]; i < self->board_start[c + 1] && !fallback; i++)
                  {
                    if (!board_sum && marker != G_MAXUINT)
                      break;
                    do
                      MEET (self->board[i].appointer, self->board[i].directors, acc_board, board_sum);
                    while (0);
                  }
#undef MEET
#undef TOUCH

              for (guint t = 0; t < touched->len; t++)
                {
                  guint p = g_array_index (touched, guint, t);
                  gboolean majority = (votes_sum && is_majority (acc_votes[p], total, &half, strict)) ||
                                      (board_sum && 2 * acc_board[p] > size);

                  acc_votes[p] = 0;
                  acc_board[p] = 0;
                  touched_mark[p] = 0;
                  if (fallback || p == c)
                    continue;
                  if (tail != MUTUAL_NO_TAIL && (t < marker || majority) &&
                      mutual_analysis_controlled_by (self, tail, p))
                    {
                      /* the tail's controller met before it: it comes first */
                      if (t < marker)
                        fallback = TRUE;
                      continue;
                    }
                  if (!majority)
                    continue;
                  if (t < marker)
                    split++;
                  g_array_append_val (out, p);
                  self->controllers = (guint *) out->data;   /* appending may have moved it */
                }
              g_array_set_size (touched, 0);
              if (tail != MUTUAL_NO_TAIL)
                {
                  /* marked, not touched: met again inside another's
                   * controllers, it may have had something added */
                  touched_mark[tail] = 0;
                  acc_votes[tail] = 0;
                  acc_board[tail] = 0;
                }
              if (fallback)
                {
                  g_array_set_size (out, first);
                  continue;
                }
              self->controller_tail[c] = tail;
              self->controller_split[c] = tail != MUTUAL_NO_TAIL ? split : out->len - first;
              self->controller_offset[c] = first;
              self->controller_count[c] = out->len - first;
              break;
            }
          state[c] = 2;
          self->finish_rank[c] = rank++;
        }
    }
  self->controllers = (guint *) g_array_free (g_steal_pointer (&out), FALSE);
}

/* Whether @p is one of the first @n links of the chain being walked. */
static gboolean
in_chain (const guint *local,
          guint        n_local,
          GArray      *deep,
          guint        n,
          guint        p)
{
  for (guint i = 0; i < n; i++)
    if ((i < n_local ? local[i] : g_array_index (deep, guint, i - n_local)) == p)
      return TRUE;
  return FALSE;
}

guint
mutual_analysis_append_controllers (MutualAnalysis *self,
                                    guint           party,
                                    GArray         *out)
{
  guint base = out->len;
  guint local[32];
  g_autoptr(GArray) deep = NULL;
  guint depth = 0;
  guint x = party;

  /* The links: party, its tail, the tail's tail… A link's explicit
   * controllers are none of the links below it, but around a cycle one
   * may be a link above (finished after it): a link is listed once, as a
   * tail, and never as the party itself. */
#define PUSH(v) G_STMT_START {                                                  \
    if (depth < G_N_ELEMENTS (local))                                           \
      local[depth] = (v);                                                       \
    else                                                                        \
      {                                                                         \
        guint _v = (v);                                                         \
        if (deep == NULL)                                                       \
          deep = g_array_new (FALSE, FALSE, sizeof (guint));                    \
        g_array_append_val (deep, _v);                                          \
      }                                                                         \
    depth++;                                                                    \
  } G_STMT_END
#define EMIT_RANGE(y, level, from, to) G_STMT_START {                           \
    for (guint _k = (from); _k < (to); _k++)                                    \
      {                                                                         \
        guint _p = self->controllers[self->controller_offset[y] + _k];          \
        if (self->finish_rank[_p] > self->finish_rank[y] &&                     \
            in_chain (local, G_N_ELEMENTS (local), deep, (level) + 1, _p))      \
          continue;                                                             \
        g_array_append_val (out, _p);                                           \
      }                                                                         \
  } G_STMT_END

  /* down the tails: each link's explicit ones before its tail, the tail */
  for (;;)
    {
      guint t = self->controller_tail[x];
      guint split = t == MUTUAL_NO_TAIL ? self->controller_count[x] : self->controller_split[x];

      PUSH (x);
      EMIT_RANGE (x, depth - 1, 0, split);
      if (t == MUTUAL_NO_TAIL)
        break;
      g_array_append_val (out, t);
      x = t;
    }
  /* back up: each link's explicit ones after its tail */
  for (guint level = depth - 1; level-- > 0;)
    {
      guint y = level < G_N_ELEMENTS (local) ? local[level]
                                              : g_array_index (deep, guint, level - G_N_ELEMENTS (local));

      EMIT_RANGE (y, level, self->controller_split[y], self->controller_count[y]);
    }
#undef EMIT_RANGE
#undef PUSH
  return out->len - base;
}

gboolean
mutual_analysis_controlled_by (MutualAnalysis *self,
                               guint           party,
                               guint           controller)
{
  if (party == controller)
    return TRUE;
  for (guint x = party; x != MUTUAL_NO_TAIL; x = self->controller_tail[x])
    {
      if (self->controller_tail[x] == controller)
        return TRUE;
      for (guint j = 0; j < self->controller_count[x]; j++)
        if (self->controllers[self->controller_offset[x] + j] == controller)
          return TRUE;
    }
  return FALSE;
}

/**
 * mutual_analysis_new:
 * @model: a model
 *
 * Reads @model into the compact arrays an analysis answers from. The
 * analysis keeps references to the model's items, not to the model: a
 * later change to @model is not seen.
 *
 * Returns: (transfer full): a new analysis
 *
 * Since: 1.0
 */
static MutualAnalysis *
analysis_build (MutualModel  *model,
                ClassInfo   **out_info)
{
  MutualAnalysis *self;
  GPtrArray *parties = NULL;
  GHashTable *shared_index = NULL;

  self = g_object_new (MUTUAL_TYPE_ANALYSIS, NULL);
  self->date = g_strdup (mutual_model_get_date (model));
  /* A model's parties usually sit unchanged in a shared base (a loaded
   * model, or a scenario's copy that changed only holdings): then its
   * items and id index serve as they are, with no copy or hashing. */
  self->party_base = mutual_model_share_base (model, MUTUAL_COLLECTION_PARTIES, &parties, &shared_index);
  if (self->party_base != NULL)
    {
      self->n_parties = parties->len;
      self->parties = (MutualParty **) parties->pdata;
      self->index = g_hash_table_ref (shared_index);
    }
  else
    {
      parties = mutual_model_get_array (model, MUTUAL_COLLECTION_PARTIES);
      self->n_parties = parties->len;
      self->parties = g_new (MutualParty *, MAX (parties->len, 1));
      self->index = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < parties->len; i++)
        {
          self->parties[i] = g_object_ref (g_ptr_array_index (parties, i));
          g_hash_table_insert (self->index, (gpointer) mutual_party_get_id (self->parties[i]), GUINT_TO_POINTER (i + 1));
        }
    }
  /* ids are asked for in inner loops: no type check per call */
  self->ids = g_new (const char *, MAX (self->n_parties, 1));
  for (guint i = 0; i < self->n_parties; i++)
    self->ids[i] = mutual_party_get_id (self->parties[i]);
  build_stakes (self, model, out_info);
  build_rights (self, model);
  build_controllers (self);
  return self;
}

MutualAnalysis *
mutual_analysis_new (MutualModel *model)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (model), NULL);

  return analysis_build (model, NULL);
}

/* --- sweeps: an analysis worked out from its origin's and the holdings
 * its model changed --- */

/* What an analysis reads besides parties and holdings: a derived analysis
 * needs these unchanged. The holdings' base is kept last. */
static const MutualCollection derive_collections[] = {
  MUTUAL_COLLECTION_SHARE_CLASSES,
  MUTUAL_COLLECTION_MEMBERSHIPS,
  MUTUAL_COLLECTION_BOARD_RIGHTS,
  MUTUAL_COLLECTION_AGREEMENT_RIGHTS,
  MUTUAL_COLLECTION_HOLDINGS,
};
#define N_DERIVE_COLLECTIONS G_N_ELEMENTS (derive_collections)

/* A sweep's run changes a holding or two; more, and a fresh build is as
 * cheap. */
#define MAX_DERIVE_CHANGES 32

/* The working arrays of one derived analysis, reused run after run (a
 * fresh n-sized array costs its page faults every time). */
typedef struct
{
  MutualStake *stakes;
  gsize stakes_size;
  guint *stake_start;             /* n + 1 */
  guint64 (*totals)[MUTUAL_N_DIMENSIONS];
  guint64 *ordinary_total;
  guint *controller_offset;
  guint *controller_count;
  guint *controller_tail;         /* a changed company's list is written out in full */
  guint *controller_split;
  guint *controllers;
  gsize controllers_size;
  GArray *up;                     /* a holder's controllers, when chained */
  guint64 *acc_votes;             /* n: zero between uses */
  guint *acc_board;               /* n: zero between uses */
  guint8 *mark;                   /* n: zero between uses */
  GArray *touched;
  /* Whether the arrays above hold the origin's but for the entries listed
   * (then the next run puts back those, not all n): stakes in the
   * origin's layout, the origin's controllers first. */
  gboolean clean;
  GArray *dirty_stakes;           /* positions in stakes */
  GArray *dirty_companies;        /* totals, ordinary_total, controller_offset, _count, _tail and _split */
} DeriveBuffers;

struct _DeriveOrigin
{
  gpointer bases[N_DERIVE_COLLECTIONS];  /* held: the model's bases, NULL for an empty collection */
  GHashTable *class_index;               /* class id → index + 1 (the classes base's), or NULL */
  ClassInfo *info;
  guint8 *holds;                         /* per party: holds a stake or appoints directors somewhere */
  guint8 *plain;                         /* per company: no board rights, no majority stake in any holder */
  guint n_controllers;                   /* entries in the origin's controllers */
  MutualFraction half;                   /* majority-stake */
  gboolean strict;
  GMutex pool_lock;
  GPtrArray *pool;                       /* DeriveBuffers */
};

static void
derive_buffers_free (gpointer data)
{
  DeriveBuffers *b = data;

  g_free (b->stakes);
  g_free (b->stake_start);
  g_free (b->totals);
  g_free (b->ordinary_total);
  g_free (b->controller_offset);
  g_free (b->controller_count);
  g_free (b->controller_tail);
  g_free (b->controller_split);
  g_free (b->controllers);
  g_array_unref (b->up);
  g_free (b->acc_votes);
  g_free (b->acc_board);
  g_free (b->mark);
  g_array_unref (b->touched);
  g_array_unref (b->dirty_stakes);
  g_array_unref (b->dirty_companies);
  g_free (b);
}

static void
derive_origin_free (DeriveOrigin *d)
{
  if (d == NULL)
    return;
  for (guint i = 0; i < N_DERIVE_COLLECTIONS; i++)
    if (d->bases[i] != NULL)
      mutual_model_release_base (d->bases[i]);
  g_free (d->info);
  g_free (d->holds);
  g_free (d->plain);
  g_clear_pointer (&d->pool, g_ptr_array_unref);
  g_mutex_clear (&d->pool_lock);
  g_free (d);
}

static DeriveBuffers *
derive_buffers_take (MutualAnalysis *origin)
{
  DeriveOrigin *d = origin->derive;
  DeriveBuffers *b = NULL;
  guint n = origin->n_parties;

  g_mutex_lock (&d->pool_lock);
  if (d->pool->len > 0)
    b = g_ptr_array_steal_index_fast (d->pool, d->pool->len - 1);
  g_mutex_unlock (&d->pool_lock);
  if (b != NULL)
    return b;
  b = g_new0 (DeriveBuffers, 1);
  b->stake_start = g_new (guint, n + 1);
  b->totals = (guint64 (*)[MUTUAL_N_DIMENSIONS]) g_new (guint64, (gsize) MAX (n, 1) * MUTUAL_N_DIMENSIONS);
  b->ordinary_total = g_new (guint64, MAX (n, 1));
  b->controller_offset = g_new (guint, MAX (n, 1));
  b->controller_count = g_new (guint, MAX (n, 1));
  b->controller_tail = g_new (guint, MAX (n, 1));
  b->controller_split = g_new (guint, MAX (n, 1));
  b->up = g_array_new (FALSE, FALSE, sizeof (guint));
  b->acc_votes = g_new0 (guint64, MAX (n, 1));
  b->acc_board = g_new0 (guint, MAX (n, 1));
  b->mark = g_new0 (guint8, MAX (n, 1));
  b->touched = g_array_new (FALSE, FALSE, sizeof (guint));
  b->dirty_stakes = g_array_new (FALSE, FALSE, sizeof (guint));
  b->dirty_companies = g_array_new (FALSE, FALSE, sizeof (guint));
  return b;
}

static void
derive_buffers_give (MutualAnalysis *origin,
                     DeriveBuffers  *b)
{
  DeriveOrigin *d = origin->derive;

  g_mutex_lock (&d->pool_lock);
  g_ptr_array_add (d->pool, b);
  g_mutex_unlock (&d->pool_lock);
}

/* A derived analysis owns only its date, its look-through tables and its
 * buffers (given back to its origin). */
static void
derive_finalize (MutualAnalysis *self)
{
  g_free (self->date);
  for (guint d = 0; d < MUTUAL_N_DIMENSIONS; d++)
    look_through_free (self->look_through[d]);
  g_mutex_clear (&self->lock);
  g_mutex_clear (&self->slot_lock);
  if (self->derive != NULL)
    derive_buffers_give (self->origin, self->derive);
  g_object_unref (self->origin);
}

static inline void
grow (gpointer *array,
      gsize    *size,
      gsize     needed,
      gsize     item_size)
{
  if (needed <= *size)
    return;
  *size = MAX (needed, *size * 2);
  *array = g_realloc_n (*array, *size, item_size);
}

/* Whether anyone holds a majority stake in @party. */
static inline gboolean
has_controllers (MutualAnalysis *self,
                 guint           party)
{
  return self->controller_count[party] > 0 || self->controller_tail[party] != MUTUAL_NO_TAIL;
}

/* Whether the held-by graph (a company → its holders and appointers) has
 * no cycle: then majority stakes do not depend on the order a build walks
 * the parties in, and a company that holds nothing changes no one's but
 * its own. */
static gboolean
is_acyclic (MutualAnalysis *self)
{
  guint n = self->n_parties;
  g_autofree guint *indegree = g_new0 (guint, MAX (n, 1));
  g_autofree guint *queue = g_new (guint, MAX (n, 1));
  guint head = 0, tail = 0;

  for (guint c = 0; c < n; c++)
    {
      for (guint i = self->stake_start[c]; i < self->stake_start[c + 1]; i++)
        indegree[self->stakes[i].holder]++;
      for (guint i = self->board_start[c]; i < self->board_start[c + 1]; i++)
        indegree[self->board[i].appointer]++;
    }
  for (guint c = 0; c < n; c++)
    if (indegree[c] == 0)
      queue[tail++] = c;
  while (head < tail)
    {
      guint c = queue[head++];

      for (guint i = self->stake_start[c]; i < self->stake_start[c + 1]; i++)
        if (--indegree[self->stakes[i].holder] == 0)
          queue[tail++] = self->stakes[i].holder;
      for (guint i = self->board_start[c]; i < self->board_start[c + 1]; i++)
        if (--indegree[self->board[i].appointer] == 0)
          queue[tail++] = self->board[i].appointer;
    }
  return tail == n;
}

static DeriveOrigin *
derive_origin_new (MutualAnalysis *self,
                   MutualModel    *model,
                   ClassInfo      *info)
{
  DeriveOrigin *d = g_new0 (DeriveOrigin, 1);
  guint n = self->n_parties;

  g_mutex_init (&d->pool_lock);
  d->pool = g_ptr_array_new_with_free_func (derive_buffers_free);
  d->info = info;
  if (self->party_base == NULL || !is_acyclic (self))
    goto fail;
  for (guint i = 0; i < N_DERIVE_COLLECTIONS; i++)
    {
      GPtrArray *items = NULL;
      GHashTable *index = NULL;

      if (mutual_model_get_n_changes (model, derive_collections[i]) > 0)
        goto fail;
      d->bases[i] = mutual_model_share_base (model, derive_collections[i], &items, &index);
      if (derive_collections[i] == MUTUAL_COLLECTION_SHARE_CLASSES && d->bases[i] != NULL)
        d->class_index = index;
    }
  d->holds = g_new0 (guint8, MAX (n, 1));
  for (guint i = 0; i < self->stake_start[n]; i++)
    d->holds[self->stakes[i].holder] = 1;
  for (guint i = 0; i < self->board_start[n]; i++)
    d->holds[self->board[i].appointer] = 1;
  d->plain = g_new0 (guint8, MAX (n, 1));
  for (guint c = 0; c < n; c++)
    {
      d->n_controllers = MAX (d->n_controllers, self->controller_offset[c] + self->controller_count[c]);
      d->plain[c] = self->board_start[c] == self->board_start[c + 1];
      for (guint i = self->stake_start[c]; i < self->stake_start[c + 1] && d->plain[c]; i++)
        d->plain[c] = !has_controllers (self, self->stakes[i].holder);
    }
  mutual_analysis_threshold ("majority-stake", &d->half, &d->strict, NULL);
  return d;

fail:
  derive_origin_free (d);
  return NULL;
}

MutualAnalysis *
mutual_analysis_new_origin (MutualModel *model)
{
  ClassInfo *info = NULL;
  MutualAnalysis *self;

  g_return_val_if_fail (MUTUAL_IS_MODEL (model), NULL);

  self = analysis_build (model, &info);
  self->derive = derive_origin_new (self, model, info);
  return self;
}

gboolean
mutual_analysis_is_derived (MutualAnalysis *self)
{
  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), FALSE);

  return self->origin != NULL;
}

typedef struct
{
  guint company;
  guint holder;
  guint klass;
  guint64 old_count;    /* in place: the base's count; appended: 0 */
  guint64 new_count;
  guint64 seq;          /* 0 in place; appended: the order */
  gboolean fresh;       /* the first holding of a holder new to the company */
} DeriveChange;

typedef struct
{
  MutualAnalysis *origin;
  DeriveChange changes[MAX_DERIVE_CHANGES];
  guint n_changes;
} DeriveCollect;

static gboolean
collect_change (gpointer  old_item,
                gpointer  new_item,
                gboolean  in_place,
                guint64   seq,
                gpointer  data)
{
  DeriveCollect *dc = data;
  MutualAnalysis *o = dc->origin;
  DeriveOrigin *d = o->derive;
  MutualHolding *h = new_item != NULL ? new_item : old_item;
  guint k = d->class_index == NULL ? (guint) -1 :
            GPOINTER_TO_UINT (g_hash_table_lookup (d->class_index, mutual_holding_get_share_class (h))) - 1;
  int holder = lookup_index (o->index, mutual_holding_get_holder (h));
  guint64 old_count = old_item != NULL ? (guint64) mutual_holding_get_count (old_item) : 0;
  guint64 new_count = new_item != NULL ? (guint64) mutual_holding_get_count (new_item) : 0;
  DeriveChange *change;

  /* what a build skips (an unknown holder or class) changes nothing */
  if (k == (guint) -1 || holder < 0 || (int) d->info[k].issuer < 0)
    return TRUE;
  /* removed and added again: the holding moves to the end */
  if (!in_place && old_item != NULL)
    return FALSE;
  /* a holding that becomes or stops being counted may move its holder's
   * stake, or drop it */
  if (in_place && (old_count != 0) != (new_count != 0))
    return FALSE;
  if (old_count == 0 && new_count == 0)
    return TRUE;
  /* a new holding of a class with a veto adds to the vetoes */
  if (!in_place && (d->info[k].special & MUTUAL_SPECIAL_RIGHTS_VETO_RESERVED_MATTERS))
    return FALSE;
  if (dc->n_changes == MAX_DERIVE_CHANGES)
    return FALSE;
  change = &dc->changes[dc->n_changes++];
  change->company = d->info[k].issuer;
  change->holder = holder;
  change->klass = k;
  change->old_count = old_count;
  change->new_count = new_count;
  change->seq = in_place ? 0 : seq;
  return TRUE;
}

static int
compare_derive_changes (gconstpointer a,
                        gconstpointer b)
{
  const DeriveChange *x = a, *y = b;

  if (x->company != y->company)
    return x->company < y->company ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int
find_stake (MutualStake *stakes,
            guint        from,
            guint        to,
            guint        holder)
{
  for (guint i = from; i < to; i++)
    if (stakes[i].holder == holder)
      return i;
  return -1;
}

/* The majority stakes in @c, whose holders' own are final: the finishing
 * step of build_controllers() for one company, in the same order. */
static void
derive_controllers (MutualAnalysis *self,
                    DeriveOrigin   *d,
                    DeriveBuffers  *b,
                    guint           c,
                    gboolean        plain,
                    guint          *n_out)
{
  guint64 total = self->totals[c][MUTUAL_DIMENSION_VOTES];
  gboolean votes_known = total > 0 && !self->overflow[c];
  guint size = board_size (self, c);
  GArray *touched = b->touched;
  guint first = *n_out;

  /* The usual company: no board rights, and no one has a majority stake
   * in any of its holders (so in the origin, and a new holder holds
   * nothing else). Then a holder's stake is its votes alone, and the walk
   * below comes down to this pass (the same order, the same test). */
  if (plain)
    {
      if (votes_known)
        for (guint i = self->stake_start[c]; i < self->stake_start[c + 1]; i++)
          {
            MutualStake *s = &self->stakes[i];
            guint64 w = s->weight[MUTUAL_DIMENSION_VOTES];

            if (s->holder == c || !is_majority (w, total, &d->half, d->strict))
              continue;
            grow ((gpointer *) &b->controllers, &b->controllers_size, *n_out + 1, sizeof (guint));
            self->controllers = b->controllers;
            b->controllers[(*n_out)++] = s->holder;
          }
      self->controller_offset[c] = first;
      self->controller_count[c] = *n_out - first;
      self->controller_tail[c] = MUTUAL_NO_TAIL;
      self->controller_split[c] = *n_out - first;
      return;
    }

  g_array_set_size (touched, 0);
#define TOUCH(p) G_STMT_START { if (!b->mark[p]) { b->mark[p] = 1; g_array_append_val (touched, p); } } G_STMT_END
  if (votes_known)
    for (guint i = self->stake_start[c]; i < self->stake_start[c + 1]; i++)
      {
        MutualStake *s = &self->stakes[i];
        guint64 w = s->weight[MUTUAL_DIMENSION_VOTES];
        const guint *up;
        guint m;

        if (w == 0)
          continue;
        TOUCH (s->holder);
        b->acc_votes[s->holder] += w;
        up = mutual_analysis_controllers_of (self, s->holder, b->up, &m);
        for (guint j = 0; j < m; j++)
          {
            guint p = up[j];

            TOUCH (p);
            b->acc_votes[p] += w;
          }
      }
  for (guint i = self->board_start[c]; i < self->board_start[c + 1]; i++)
    {
      MutualBoardEntry *e = &self->board[i];
      const guint *up;
      guint m;

      TOUCH (e->appointer);
      b->acc_board[e->appointer] += e->directors;
      up = mutual_analysis_controllers_of (self, e->appointer, b->up, &m);
      for (guint j = 0; j < m; j++)
        {
          guint p = up[j];

          TOUCH (p);
          b->acc_board[p] += e->directors;
        }
    }
#undef TOUCH
  grow ((gpointer *) &b->controllers, &b->controllers_size, first + touched->len, sizeof (guint));
  self->controllers = b->controllers;
  for (guint t = 0; t < touched->len; t++)
    {
      guint p = g_array_index (touched, guint, t);
      /* each stake counts once for its holder and once for each of the
       * holder's controllers: the exact votes p holds through them */
      gboolean majority = p != c &&
                          ((votes_known && is_majority (b->acc_votes[p], total, &d->half, d->strict)) ||
                           (size > 0 && 2 * (guint64) b->acc_board[p] > size));
      if (majority)
        b->controllers[(*n_out)++] = p;
      b->acc_votes[p] = 0;
      b->acc_board[p] = 0;
      b->mark[p] = 0;
    }
  self->controller_offset[c] = first;
  self->controller_count[c] = *n_out - first;
  self->controller_tail[c] = MUTUAL_NO_TAIL;
  self->controller_split[c] = *n_out - first;
}

/* Fills @self (a fresh analysis with @origin's shared arrays) from the
 * origin and @dc's changes; FALSE when some total overflows. */
static gboolean
derive_arrays (MutualAnalysis *self,
               MutualAnalysis *o,
               DeriveBuffers  *b,
               DeriveCollect  *dc)
{
  DeriveOrigin *d = o->derive;
  guint n = o->n_parties;
  guint n_stakes = o->stake_start[n];
  guint n_new = 0;
  guint n_out;
  gboolean was_clean;

  /* new stakes: holders with no stake in the company before, in the order
   * of their first appended holding (changes are sorted by seq) */
  for (guint i = 0; i < dc->n_changes; i++)
    {
      DeriveChange *ch = &dc->changes[i];

      ch->fresh = ch->seq != 0 &&
                  find_stake (o->stakes, o->stake_start[ch->company], o->stake_start[ch->company + 1], ch->holder) < 0;
      for (guint j = 0; j < i && ch->fresh; j++)
        if (dc->changes[j].company == ch->company && dc->changes[j].holder == ch->holder)
          ch->fresh = FALSE;
      if (ch->fresh)
        n_new++;
    }
  grow ((gpointer *) &b->stakes, &b->stakes_size, MAX (n_stakes + n_new, 1), sizeof (MutualStake));
  grow ((gpointer *) &b->controllers, &b->controllers_size, MAX (d->n_controllers, 1), sizeof (guint));
  was_clean = b->clean && n_new == 0;
  if (was_clean)
    {
      /* the buffers hold the origin's arrays but for what the last run
       * changed: put that back */
      for (guint i = 0; i < b->dirty_stakes->len; i++)
        {
          guint at = g_array_index (b->dirty_stakes, guint, i);

          b->stakes[at] = o->stakes[at];
        }
      for (guint i = 0; i < b->dirty_companies->len; i++)
        {
          guint c = g_array_index (b->dirty_companies, guint, i);

          memcpy (b->totals[c], o->totals[c], sizeof b->totals[c]);
          b->ordinary_total[c] = o->ordinary_total[c];
          b->controller_offset[c] = o->controller_offset[c];
          b->controller_count[c] = o->controller_count[c];
          b->controller_tail[c] = o->controller_tail[c];
          b->controller_split[c] = o->controller_split[c];
        }
    }
  else
    {
      memcpy (b->totals, o->totals, sizeof (guint64) * MUTUAL_N_DIMENSIONS * n);
      memcpy (b->ordinary_total, o->ordinary_total, sizeof (guint64) * n);
      memcpy (b->controller_offset, o->controller_offset, sizeof (guint) * n);
      memcpy (b->controller_count, o->controller_count, sizeof (guint) * n);
      memcpy (b->controller_tail, o->controller_tail, sizeof (guint) * n);
      memcpy (b->controller_split, o->controller_split, sizeof (guint) * n);
      memcpy (b->controllers, o->controllers, sizeof (guint) * d->n_controllers);
    }
  g_array_set_size (b->dirty_stakes, 0);
  g_array_set_size (b->dirty_companies, 0);
  /* new stakes shift the layout: the next run copies everything again */
  b->clean = n_new == 0;
  self->totals = b->totals;
  self->ordinary_total = b->ordinary_total;
  self->controller_offset = b->controller_offset;
  self->controller_count = b->controller_count;
  self->controller_tail = b->controller_tail;
  self->controller_split = b->controller_split;
  self->finish_rank = o->finish_rank;
  self->controllers = b->controllers;

  if (n_new == 0)
    {
      if (!was_clean)
        memcpy (b->stakes, o->stakes, sizeof (MutualStake) * n_stakes);
      self->stake_start = o->stake_start;
    }
  else
    {
      guint shift = 0, copied = 0;

      /* each company's new stakes go at the end of its slice */
      for (guint i = 0; i < dc->n_changes; i++)
        {
          DeriveChange *ch = &dc->changes[i];
          guint end = o->stake_start[ch->company + 1];
          MutualStake fresh = { ch->holder, { 0, }, 0 };

          if (!ch->fresh)
            continue;
          memcpy (b->stakes + copied + shift, o->stakes + copied, sizeof (MutualStake) * (end - copied));
          copied = end;
          b->stakes[end + shift] = fresh;
          shift++;
        }
      memcpy (b->stakes + copied + shift, o->stakes + copied, sizeof (MutualStake) * (n_stakes - copied));
      /* a company's slice starts later by the new stakes of those before it */
      shift = 0;
      for (guint c = 0, i = 0; c <= n; c++)
        {
          b->stake_start[c] = o->stake_start[c] + shift;
          for (; i < dc->n_changes && dc->changes[i].company == c; i++)
            shift += dc->changes[i].fresh;
        }
      self->stake_start = b->stake_start;
    }
  self->stakes = b->stakes;

  /* the changed holdings' weights */
  for (guint i = 0; i < dc->n_changes; i++)
    {
      DeriveChange *ch = &dc->changes[i];
      ClassInfo *ci = &d->info[ch->klass];
      int at = find_stake (self->stakes, self->stake_start[ch->company], self->stake_start[ch->company + 1], ch->holder);
      MutualStake *s;
      guint8 overflow = 0;

      g_assert (at >= 0);
      g_array_append_val (b->dirty_stakes, at);
      s = &self->stakes[at];
      /* the origin counted the old holding without overflow */
      s->weight[MUTUAL_DIMENSION_SHARES] -= ch->old_count * ci->nominal;
      s->weight[MUTUAL_DIMENSION_VOTES] -= ch->old_count * ci->votes_per_share;
      s->weight[MUTUAL_DIMENSION_PROFITS] -= ch->old_count * ci->dividend;
      s->weight[MUTUAL_DIMENSION_CAPITAL] -= ch->old_count * ci->capital;
      if (ci->ordinary)
        s->ordinary_nominal -= ch->old_count * ci->nominal;
      add_checked (&s->weight[MUTUAL_DIMENSION_SHARES], mul_checked (ch->new_count, ci->nominal, &overflow), &overflow);
      add_checked (&s->weight[MUTUAL_DIMENSION_VOTES], mul_checked (ch->new_count, ci->votes_per_share, &overflow), &overflow);
      add_checked (&s->weight[MUTUAL_DIMENSION_PROFITS], mul_checked (ch->new_count, ci->dividend, &overflow), &overflow);
      add_checked (&s->weight[MUTUAL_DIMENSION_CAPITAL], mul_checked (ch->new_count, ci->capital, &overflow), &overflow);
      if (ci->ordinary)
        add_checked (&s->ordinary_nominal, mul_checked (ch->new_count, ci->nominal, &overflow), &overflow);
      if (overflow)
        return FALSE;
    }

  /* the changed companies' totals: the old holdings out, then the new
   * ones in (a sum that does not fit is left to a fresh build) */
  for (guint i = 0; i < dc->n_changes; i++)
    if (i == 0 || dc->changes[i - 1].company != dc->changes[i].company)
      g_array_append_val (b->dirty_companies, dc->changes[i].company);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < dc->n_changes; i++)
      {
        DeriveChange *ch = &dc->changes[i];
        ClassInfo *ci = &d->info[ch->klass];
        guint64 *t = self->totals[ch->company];
        guint8 overflow = 0;

        if (pass == 0)
          {
            t[MUTUAL_DIMENSION_SHARES] -= ch->old_count * ci->nominal;
            t[MUTUAL_DIMENSION_VOTES] -= ch->old_count * ci->votes_per_share;
            t[MUTUAL_DIMENSION_PROFITS] -= ch->old_count * ci->dividend;
            t[MUTUAL_DIMENSION_CAPITAL] -= ch->old_count * ci->capital;
            if (ci->ordinary)
              self->ordinary_total[ch->company] -= ch->old_count * ci->nominal;
            continue;
          }
        add_checked (&t[MUTUAL_DIMENSION_SHARES], mul_checked (ch->new_count, ci->nominal, &overflow), &overflow);
        add_checked (&t[MUTUAL_DIMENSION_VOTES], mul_checked (ch->new_count, ci->votes_per_share, &overflow), &overflow);
        add_checked (&t[MUTUAL_DIMENSION_PROFITS], mul_checked (ch->new_count, ci->dividend, &overflow), &overflow);
        add_checked (&t[MUTUAL_DIMENSION_CAPITAL], mul_checked (ch->new_count, ci->capital, &overflow), &overflow);
        if (ci->ordinary)
          add_checked (&self->ordinary_total[ch->company], mul_checked (ch->new_count, ci->nominal, &overflow), &overflow);
        if (overflow)
          return FALSE;
      }

  /* majority stakes: only the changed companies' change */
  n_out = d->n_controllers;
  for (guint i = 0; i < dc->n_changes; i++)
    if (i == 0 || dc->changes[i - 1].company != dc->changes[i].company)
      {
        guint c = dc->changes[i].company;
        gboolean plain = d->plain[c];

        for (guint j = i; j < dc->n_changes && dc->changes[j].company == c && plain; j++)
          plain = !dc->changes[j].fresh || !has_controllers (o, dc->changes[j].holder);
        derive_controllers (self, d, b, c, plain, &n_out);
      }
  return TRUE;
}

MutualAnalysis *
mutual_analysis_new_derived (MutualAnalysis *origin,
                             MutualModel    *model)
{
  DeriveOrigin *d;
  DeriveCollect dc;
  DeriveBuffers *b;
  MutualAnalysis *self;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (origin), NULL);
  g_return_val_if_fail (MUTUAL_IS_MODEL (model), NULL);

  /* an origin is made by mutual_analysis_new_origin(), not derived */
  d = origin->origin == NULL ? origin->derive : NULL;
  if (d == NULL ||
      mutual_model_get_n_changes (model, MUTUAL_COLLECTION_PARTIES) > 0 ||
      mutual_model_peek_base (model, MUTUAL_COLLECTION_PARTIES) != origin->party_base)
    return mutual_analysis_new (model);
  for (guint i = 0; i < N_DERIVE_COLLECTIONS; i++)
    if (mutual_model_peek_base (model, derive_collections[i]) != d->bases[i] ||
        (derive_collections[i] != MUTUAL_COLLECTION_HOLDINGS &&
         mutual_model_get_n_changes (model, derive_collections[i]) > 0))
      return mutual_analysis_new (model);

  dc.origin = origin;
  dc.n_changes = 0;
  if (!mutual_model_foreach_change (model, MUTUAL_COLLECTION_HOLDINGS, collect_change, &dc))
    return mutual_analysis_new (model);
  qsort (dc.changes, dc.n_changes, sizeof (DeriveChange), compare_derive_changes);
  for (guint i = 0; i < dc.n_changes; i++)
    {
      guint c = dc.changes[i].company;

      /* a changed company must hold nothing (nor come to): then no one's
       * majority stakes but its own change */
      if (origin->overflow[c] || d->holds[c] ||
          mutual_party_kind_get_vote_basis (mutual_party_get_kind (origin->parties[c])) != MUTUAL_VOTE_BASIS_PER_SHARE)
        return mutual_analysis_new (model);
      for (guint j = 0; j < dc.n_changes; j++)
        if (dc.changes[j].holder == c)
          return mutual_analysis_new (model);
    }

  self = g_object_new (MUTUAL_TYPE_ANALYSIS, NULL);
  self->origin = g_object_ref (origin);
  self->date = g_strdup (mutual_model_get_date (model));
  self->n_parties = origin->n_parties;
  self->parties = origin->parties;
  self->index = origin->index;
  self->ids = origin->ids;
  self->overflow = origin->overflow;
  self->agreement_start = origin->agreement_start;
  self->agreements = origin->agreements;
  self->board_start = origin->board_start;
  self->board = origin->board;
  self->veto_start = origin->veto_start;
  self->vetoes = origin->vetoes;
  self->class_ids = origin->class_ids;
  b = derive_buffers_take (origin);
  self->derive = b;
  if (!derive_arrays (self, origin, b, &dc))
    {
      g_object_unref (self);
      return mutual_analysis_new (model);
    }
  return self;
}

int
mutual_analysis_find (MutualAnalysis  *self,
                      const char      *id,
                      GError         **error)
{
  int i = lookup_index (self->index, id);

  if (i < 0)
    g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID, "no party “%s”", id);
  return i;
}

int
mutual_analysis_find_company (MutualAnalysis  *self,
                              const char      *id,
                              GError         **error)
{
  int i = mutual_analysis_find (self, id, error);

  if (i >= 0 && !is_company_kind (mutual_party_get_kind (self->parties[i])))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "“%s” is a %s, not a company or society",
                   id, mutual_party_kind_to_string (mutual_party_get_kind (self->parties[i])));
      return -1;
    }
  if (i >= 0 && self->overflow[i])
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW,
                   "“%s”: its shares or votes add up to more than 64 bits can count", id);
      return -1;
    }
  return i;
}

int *
mutual_analysis_acquire_slots (MutualAnalysis *self)
{
  int *slots = NULL;

  /* a derived analysis has its origin's parties: and its slots */
  if (self->origin != NULL)
    self = self->origin;

  g_mutex_lock (&self->slot_lock);
  if (self->slot_pool != NULL && self->slot_pool->len > 0)
    slots = g_ptr_array_steal_index_fast (self->slot_pool, self->slot_pool->len - 1);
  g_mutex_unlock (&self->slot_lock);
  if (slots == NULL)
    {
      slots = g_new (int, MAX (self->n_parties, 1));
      memset (slots, 0xff, sizeof (int) * MAX (self->n_parties, 1));
    }
  return slots;
}

void
mutual_analysis_release_slots (MutualAnalysis *self,
                               int            *slots)
{
  if (self->origin != NULL)
    self = self->origin;
  g_mutex_lock (&self->slot_lock);
  if (self->slot_pool == NULL)
    self->slot_pool = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->slot_pool, slots);
  g_mutex_unlock (&self->slot_lock);
}

const char *
mutual_analysis_id (MutualAnalysis *self,
                    guint           party)
{
  return self->ids[party];
}

/* Agreement rights first; what they leave is shared by the raw weights:
 * f = A_h + (1 - A) * w_h / W. */
static gboolean
combine (const MutualFraction *own_agreement,
         const MutualFraction *all_agreements,
         guint64               weight,
         guint64               total,
         MutualFraction       *out)
{
  MutualFraction rest, part;

  *out = *own_agreement;
  if (weight == 0 || total == 0)
    return TRUE;
  if (!mutual_fraction_reduce128 ((__int128) all_agreements->denominator - all_agreements->numerator,
                                  all_agreements->denominator, &rest) ||
      !mutual_fraction_reduce128 (weight, total, &part) ||
      !mutual_fraction_multiply (&rest, &part, &part) ||
      !mutual_fraction_add (out, &part, out))
    return FALSE;
  return TRUE;
}

static gboolean
agreement_sums (MutualAnalysis  *self,
                guint            company,
                MutualDimension  dimension,
                MutualFraction  *all)
{
  mutual_fraction_init (all, 0, 1);
  for (guint i = self->agreement_start[company]; i < self->agreement_start[company + 1]; i++)
    if (self->agreements[i].dimension == dimension &&
        !mutual_fraction_add (all, &self->agreements[i].share, all))
      return FALSE;
  return TRUE;
}

static void
agreement_of (MutualAnalysis  *self,
              guint            company,
              guint            holder,
              MutualDimension  dimension,
              MutualFraction  *own)
{
  mutual_fraction_init (own, 0, 1);
  for (guint i = self->agreement_start[company]; i < self->agreement_start[company + 1]; i++)
    if (self->agreements[i].dimension == dimension && self->agreements[i].holder == holder)
      *own = self->agreements[i].share;
}

static gboolean
overflow_error (MutualAnalysis *self,
                guint           company,
                GError        **error)
{
  g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW,
               "“%s”: an interest in it does not fit in a 64-bit fraction",
               mutual_analysis_id (self, company));
  return FALSE;
}

gboolean
mutual_analysis_direct_exact (MutualAnalysis  *self,
                              guint            company,
                              guint            holder,
                              MutualDimension  dimension,
                              MutualFraction  *out,
                              GError         **error)
{
  MutualFraction all, own;
  guint64 weight = 0;

  if (!agreement_sums (self, company, dimension, &all))
    return overflow_error (self, company, error);
  agreement_of (self, company, holder, dimension, &own);
  for (guint i = self->stake_start[company]; i < self->stake_start[company + 1]; i++)
    if (self->stakes[i].holder == holder)
      {
        weight = self->stakes[i].weight[dimension];
        break;
      }
  if (!combine (&own, &all, weight, self->totals[company][dimension], out))
    return overflow_error (self, company, error);
  return TRUE;
}

gboolean
mutual_analysis_direct_all (MutualAnalysis  *self,
                            guint            company,
                            MutualDimension  dimension,
                            GArray          *holders,
                            GArray          *fractions,
                            GError         **error)
{
  MutualFraction all;
  guint64 total = self->totals[company][dimension];

  if (!agreement_sums (self, company, dimension, &all))
    return overflow_error (self, company, error);
  for (guint i = self->stake_start[company]; i < self->stake_start[company + 1]; i++)
    {
      MutualStake *s = &self->stakes[i];
      MutualFraction own, f;

      agreement_of (self, company, s->holder, dimension, &own);
      if (!combine (&own, &all, s->weight[dimension], total, &f))
        return overflow_error (self, company, error);
      if (f.numerator == 0)
        continue;
      g_array_append_val (holders, s->holder);
      g_array_append_val (fractions, f);
    }
  /* holders by agreement only */
  for (guint i = self->agreement_start[company]; i < self->agreement_start[company + 1]; i++)
    {
      MutualAgreementEntry *a = &self->agreements[i];
      gboolean has_stake = FALSE;

      if (a->dimension != dimension || a->share.numerator == 0)
        continue;
      for (guint j = self->stake_start[company]; j < self->stake_start[company + 1] && !has_stake; j++)
        has_stake = self->stakes[j].holder == a->holder && self->stakes[j].weight[dimension] > 0;
      if (has_stake)
        continue;
      g_array_append_val (holders, a->holder);
      g_array_append_val (fractions, a->share);
    }
  return TRUE;
}

/* The company whose employees @party is or is for: a person's employer, a
 * trust's beneficiary employer; NULL for anyone else. */
static const char *
employer_of (MutualParty *party)
{
  MutualPartyKind kind = mutual_party_get_kind (party);

  if (kind == MUTUAL_PARTY_KIND_PERSON)
    return mutual_party_get_employer (party);
  if (mutual_party_kind_is_trust (kind))
    return mutual_party_get_beneficiary_employer (party);
  return NULL;
}

gboolean
mutual_analysis_is_employee_holder (MutualAnalysis *self,
                                    guint           company,
                                    guint           party)
{
  return g_strcmp0 (employer_of (self->parties[party]), mutual_analysis_id (self, company)) == 0;
}

const guint8 *
mutual_analysis_employs (MutualAnalysis *self)
{
  guint8 *employs;

  if (self->origin != NULL)
    return mutual_analysis_employs (self->origin);
  employs = g_atomic_pointer_get (&self->employs);
  if (employs != NULL)
    return employs;
  g_mutex_lock (&self->lock);
  employs = self->employs;
  if (employs == NULL)
    {
      employs = g_new0 (guint8, MAX (self->n_parties, 1));
      for (guint p = 0; p < self->n_parties; p++)
        {
          const char *employer = employer_of (self->parties[p]);
          gpointer at;

          if (employer != NULL && (at = g_hash_table_lookup (self->index, employer)) != NULL)
            employs[GPOINTER_TO_UINT (at) - 1] = 1;
        }
      g_atomic_pointer_set (&self->employs, employs);
    }
  g_mutex_unlock (&self->lock);
  return employs;
}

MutualFinding *
mutual_analysis_finding (MutualAnalysis     *self,
                         const char         *code,
                         MutualSeverity      severity,
                         const char         *citation,
                         const char * const *ids,
                         const char         *format,
                         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  return g_object_new (MUTUAL_TYPE_FINDING,
                       "code", code,
                       "severity", severity,
                       "citation", citation,
                       "message", message,
                       "date", self->date,
                       "ids", ids,
                       NULL);
}

void
mutual_analysis_threshold (const char     *key,
                           MutualFraction *out_fraction,
                           gboolean       *out_strict,
                           const char    **out_citation)
{
  /* The rule table is fixed data, and this is asked in inner loops (a
   * sweep analyses thousands of models): parse each row once. */
  typedef struct { MutualFraction fraction; gboolean strict; const char *citation; } Threshold;
  static GHashTable *cache;
  G_LOCK_DEFINE_STATIC (cache);
  Threshold *t;

  G_LOCK (cache);
  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  t = g_hash_table_lookup (cache, key);
  if (t == NULL)
    {
      JsonObject *row = mutual_rules_get_row ("company-law", "key", key);

      t = g_new0 (Threshold, 1);
      mutual_rules_get_fraction (row, "fraction", &t->fraction);
      t->strict = json_object_get_boolean_member_with_default (row, "strict", FALSE);
      t->citation = json_object_get_string_member_with_default (row, "citation", "");
      g_hash_table_insert (cache, g_strdup (key), t);
    }
  G_UNLOCK (cache);
  *out_fraction = t->fraction;
  if (out_strict != NULL)
    *out_strict = t->strict;
  if (out_citation != NULL)
    *out_citation = t->citation;
}

gboolean
mutual_analysis_passes (const char           *key,
                        const MutualFraction *value)
{
  MutualFraction threshold;
  gboolean strict;
  int cmp;

  mutual_analysis_threshold (key, &threshold, &strict, NULL);
  cmp = mutual_fraction_compare (value, &threshold);
  return strict ? cmp > 0 : cmp >= 0;
}

static const char *
resolution_key (MutualResolution resolution)
{
  switch (resolution)
    {
    case MUTUAL_RESOLUTION_ORDINARY:
      return "ordinary-resolution";
    case MUTUAL_RESOLUTION_SPECIAL:
      return "special-resolution";
    case MUTUAL_RESOLUTION_BLOCK_SPECIAL:
      return "block-special-resolution";
    default:
      return NULL;   /* mutual_resolution_get_quota () says so */
    }
}

/**
 * mutual_resolution_get_quota:
 * @resolution: a resolution
 * @out_quota: (out caller-allocates): return location for the share of the votes
 * @out_strict: (out) (optional): return location for whether the share must be exceeded
 *   (%TRUE: "more than"; %FALSE: "or more")
 *
 * The share of the votes that @resolution takes, from the rule table
 * `company-law.json`: more than 1/2 for an ordinary resolution, 3/4 or
 * more for a special resolution, more than 1/4 to block one.
 *
 * Since: 1.0
 */
void
mutual_resolution_get_quota (MutualResolution  resolution,
                             MutualFraction   *out_quota,
                             gboolean         *out_strict)
{
  const char *key = resolution_key (resolution);

  g_return_if_fail (key != NULL);
  g_return_if_fail (out_quota != NULL);

  mutual_analysis_threshold (key, out_quota, out_strict, NULL);
}

/**
 * mutual_analysis_dup_companies:
 * @self: an analysis
 *
 * The ids of the parties that issue shares or have voting members
 * (companies, companies limited by guarantee, co-operatives and community
 * benefit societies), in model order.
 *
 * Returns: (transfer full): the ids
 *
 * Since: 1.0
 */
char **
mutual_analysis_dup_companies (MutualAnalysis *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);

  for (guint i = 0; i < self->n_parties; i++)
    if (is_company_kind (mutual_party_get_kind (self->parties[i])))
      g_strv_builder_add (builder, mutual_analysis_id (self, i));
  return g_strv_builder_end (builder);
}

/**
 * mutual_analysis_get_date:
 * @self: an analysis
 *
 * The date of the model analysed, which findings carry.
 *
 * Returns: (nullable): an ISO 8601 date, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_analysis_get_date (MutualAnalysis *self)
{
  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);

  return self->date;
}

/**
 * mutual_analysis_lookup_party:
 * @self: an analysis
 * @id: a party id
 *
 * Looks up a party of the model as it was when the analysis was made.
 *
 * Returns: (transfer none) (nullable): the party, or %NULL
 *
 * Since: 1.0
 */
MutualParty *
mutual_analysis_lookup_party (MutualAnalysis *self,
                              const char     *id)
{
  int i;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  i = lookup_index (self->index, id);
  return i < 0 ? NULL : self->parties[i];
}

/**
 * mutual_analysis_get_employee_control_threshold:
 * @self: an analysis
 *
 * Gets [property@Mutual.Analysis:employee-control-threshold].
 *
 * Returns: (transfer none): the share employees must exceed
 *
 * Since: 1.0
 */
const MutualFraction *
mutual_analysis_get_employee_control_threshold (MutualAnalysis *self)
{
  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);

  return &self->control_threshold;
}

/**
 * mutual_analysis_set_employee_control_threshold:
 * @self: an analysis
 * @threshold: the share of votes and board appointments employees must exceed, between 0 and 1
 *
 * Sets [property@Mutual.Analysis:employee-control-threshold]. Set it
 * before the analysis is shared between threads.
 *
 * Since: 1.0
 */
void
mutual_analysis_set_employee_control_threshold (MutualAnalysis       *self,
                                                const MutualFraction *threshold)
{
  g_return_if_fail (MUTUAL_IS_ANALYSIS (self));
  g_return_if_fail (threshold != NULL);
  g_return_if_fail (threshold->numerator >= 0 && threshold->numerator <= threshold->denominator);

  if (mutual_fraction_equal (&self->control_threshold, threshold))
    return;
  self->control_threshold = *threshold;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPLOYEE_CONTROL_THRESHOLD]);
}

/**
 * mutual_analysis_get_employee_participation_threshold:
 * @self: an analysis
 *
 * Gets [property@Mutual.Analysis:employee-participation-threshold].
 *
 * Returns: (transfer none): the share employees must reach
 *
 * Since: 1.0
 */
const MutualFraction *
mutual_analysis_get_employee_participation_threshold (MutualAnalysis *self)
{
  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);

  return &self->participation_threshold;
}

/**
 * mutual_analysis_set_employee_participation_threshold:
 * @self: an analysis
 * @threshold: the share of votes or shares employees must reach, between 0 and 1
 *
 * Sets [property@Mutual.Analysis:employee-participation-threshold]. Set it
 * before the analysis is shared between threads.
 *
 * Since: 1.0
 */
void
mutual_analysis_set_employee_participation_threshold (MutualAnalysis       *self,
                                                      const MutualFraction *threshold)
{
  g_return_if_fail (MUTUAL_IS_ANALYSIS (self));
  g_return_if_fail (threshold != NULL);
  g_return_if_fail (threshold->numerator >= 0 && threshold->numerator <= threshold->denominator);

  if (mutual_fraction_equal (&self->participation_threshold, threshold))
    return;
  self->participation_threshold = *threshold;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPLOYEE_PARTICIPATION_THRESHOLD]);
}
