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

static void
mutual_analysis_finalize (GObject *object)
{
  MutualAnalysis *self = MUTUAL_ANALYSIS (object);

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
  g_free (self->controller_offset);
  g_free (self->controller_count);
  g_free (self->controllers);
  for (guint d = 0; d < MUTUAL_N_DIMENSIONS; d++)
    look_through_free (self->look_through[d]);
  g_mutex_clear (&self->lock);
  g_clear_pointer (&self->slot_pool, g_ptr_array_unref);
  g_mutex_clear (&self->slot_lock);

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

static void
build_stakes (MutualAnalysis *self,
              MutualModel    *model)
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

/* Companies Act 2006 Sch 1A para 18: a majority stake in L is more than
 * half of L's voting rights, or the right to appoint or remove a majority
 * of its board, held directly or through entities in which one has a
 * majority stake (their whole rights count). For each party this computes
 * every party holding a majority stake in it, in one post-order walk up
 * the held-by graph. A party met again while its own stake is being worked
 * out (a cross-holding) counts with no controllers of its own: majority
 * stakes that exist only around a cycle are not inferred. */
static void
build_controllers (MutualAnalysis *self)
{
  guint n = self->n_parties;
  g_autofree guint8 *state = g_new0 (guint8, n);
  g_autoptr(GArray) stack = g_array_sized_new (FALSE, FALSE, sizeof (guint), 64);
  g_autoptr(GArray) out = g_array_sized_new (FALSE, FALSE, sizeof (guint), 64);
  g_autofree double *acc_votes = g_new0 (double, n);
  g_autofree guint *acc_board = g_new0 (guint, n);
  g_autofree guint8 *touched_mark = g_new0 (guint8, n);
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (guint));
  MutualFraction half;
  gboolean strict;

  mutual_analysis_threshold ("majority-stake", &half, &strict, NULL);
  self->controller_offset = g_new0 (guint, n);
  self->controller_count = g_new0 (guint, n);

  for (guint root = 0; root < n; root++)
    {
      if (state[root] != 0)
        continue;
      g_array_append_val (stack, root);
      while (stack->len > 0)
        {
          guint top = g_array_index (stack, guint, stack->len - 1);
          guint c = top & 0x7fffffff;

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
          {
            guint64 total = self->totals[c][MUTUAL_DIMENSION_VOTES];
            guint size = board_size (self, c);
            guint first = out->len;

#define TOUCH(p) G_STMT_START { if (!touched_mark[p]) { touched_mark[p] = 1; g_array_append_val (touched, p); } } G_STMT_END
            if (total > 0 && !self->overflow[c])
              for (guint i = self->stake_start[c]; i < self->stake_start[c + 1]; i++)
                {
                  MutualStake *s = &self->stakes[i];
                  double v = (double) s->weight[MUTUAL_DIMENSION_VOTES] / (double) total;

                  if (v == 0)
                    continue;
                  TOUCH (s->holder);
                  acc_votes[s->holder] += v;
                  if (state[s->holder] == 2)
                    for (guint j = 0; j < self->controller_count[s->holder]; j++)
                      {
                        guint p = g_array_index (out, guint, self->controller_offset[s->holder] + j);

                        TOUCH (p);
                        acc_votes[p] += v;
                      }
                }
            for (guint i = self->board_start[c]; i < self->board_start[c + 1]; i++)
              {
                MutualBoardEntry *b = &self->board[i];

                TOUCH (b->appointer);
                acc_board[b->appointer] += b->directors;
                if (state[b->appointer] == 2)
                  for (guint j = 0; j < self->controller_count[b->appointer]; j++)
                    {
                      guint p = g_array_index (out, guint, self->controller_offset[b->appointer] + j);

                      TOUCH (p);
                      acc_board[p] += b->directors;
                    }
              }
#undef TOUCH
            for (guint t = 0; t < touched->len; t++)
              {
                guint p = g_array_index (touched, guint, t);
                gboolean majority = FALSE;

                /* appending may have moved the array */
                self->controllers = (guint *) out->data;

                if (p != c && acc_votes[p] > 0.5 - 1e-9)
                  {
                    /* confirm exactly: the raw vote weights of p and of
                     * the holders p controls */
                    unsigned __int128 sum = 0;

                    for (guint i = self->stake_start[c]; i < self->stake_start[c + 1]; i++)
                      if (mutual_analysis_controlled_by (self, self->stakes[i].holder, p))
                        sum += self->stakes[i].weight[MUTUAL_DIMENSION_VOTES];
                    majority = strict ? sum * half.denominator > (unsigned __int128) total * half.numerator
                                      : sum * half.denominator >= (unsigned __int128) total * half.numerator;
                  }
                if (p != c && size > 0 && 2 * (guint64) acc_board[p] > size)
                  majority = TRUE;
                if (majority)
                  g_array_append_val (out, p);
                acc_votes[p] = 0;
                acc_board[p] = 0;
                touched_mark[p] = 0;
              }
            g_array_set_size (touched, 0);
            self->controller_offset[c] = first;
            self->controller_count[c] = out->len - first;
            state[c] = 2;
          }
        }
    }
  self->controllers = (guint *) g_array_free (g_steal_pointer (&out), FALSE);
}

gboolean
mutual_analysis_controlled_by (MutualAnalysis *self,
                               guint           party,
                               guint           controller)
{
  if (party == controller)
    return TRUE;
  for (guint j = 0; j < self->controller_count[party]; j++)
    if (self->controllers[self->controller_offset[party] + j] == controller)
      return TRUE;
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
MutualAnalysis *
mutual_analysis_new (MutualModel *model)
{
  MutualAnalysis *self;
  GPtrArray *parties = NULL;
  GHashTable *shared_index = NULL;

  g_return_val_if_fail (MUTUAL_IS_MODEL (model), NULL);

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
  build_stakes (self, model);
  build_rights (self, model);
  build_controllers (self);
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
  return mutual_party_get_id (self->parties[party]);
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

gboolean
mutual_analysis_is_employee_holder (MutualAnalysis *self,
                                    guint           company,
                                    guint           party)
{
  MutualParty *p = self->parties[party];
  const char *id = mutual_analysis_id (self, company);
  MutualPartyKind kind = mutual_party_get_kind (p);

  if (kind == MUTUAL_PARTY_KIND_PERSON)
    return g_strcmp0 (mutual_party_get_employer (p), id) == 0;
  if (mutual_party_kind_is_trust (kind))
    return g_strcmp0 (mutual_party_get_beneficiary_employer (p), id) == 0;
  return FALSE;
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
