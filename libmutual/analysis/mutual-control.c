/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "mutual-analysis-private.h"
#include "mutual-control-private.h"
#include "mutual-error.h"
#include "mutual-voting-game.h"

/**
 * MutualControl:
 *
 * Who controls a company: the parties that can alone pass an ordinary
 * resolution (more than 1/2 of the votes, Companies Act 2006 s282) or a
 * special resolution (3/4 or more, s283), or alone block a special
 * resolution (more than 1/4); who can appoint a majority of the board; who
 * holds a veto over reserved matters (a golden share or a veto by
 * agreement).
 *
 * A party's votes are those it holds and those of every entity in which
 * it has a majority stake, through a chain of them (Companies Act 2006
 * Sch 1A para 18): a parent that controls a shareholder controls its
 * votes. So a parent and its subsidiary can both be listed. Votes are
 * counted per share class (votes per share) in a company limited by
 * shares, and per member (one member one vote, or the membership's votes)
 * in a co-operative, community benefit society or company limited by
 * guarantee.
 *
 * Since: 1.0
 */
struct _MutualControl
{
  GObject parent_instance;

  char *company;
  GStrv deciders[3];
  GStrv board_controllers;
  GStrv veto_holders;
};

G_DEFINE_FINAL_TYPE (MutualControl, mutual_control, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COMPANY,
  PROP_ORDINARY,
  PROP_SPECIAL,
  PROP_BLOCK_SPECIAL,
  PROP_BOARD_CONTROLLERS,
  PROP_VETO_HOLDERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_control_finalize (GObject *object)
{
  MutualControl *self = MUTUAL_CONTROL (object);

  g_free (self->company);
  for (guint i = 0; i < 3; i++)
    g_strfreev (self->deciders[i]);
  g_strfreev (self->board_controllers);
  g_strfreev (self->veto_holders);

  G_OBJECT_CLASS (mutual_control_parent_class)->finalize (object);
}

static void
mutual_control_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MutualControl *self = MUTUAL_CONTROL (object);

  switch (prop_id)
    {
    case PROP_COMPANY: g_value_set_string (value, self->company); break;
    case PROP_ORDINARY: g_value_set_boxed (value, self->deciders[MUTUAL_RESOLUTION_ORDINARY]); break;
    case PROP_SPECIAL: g_value_set_boxed (value, self->deciders[MUTUAL_RESOLUTION_SPECIAL]); break;
    case PROP_BLOCK_SPECIAL: g_value_set_boxed (value, self->deciders[MUTUAL_RESOLUTION_BLOCK_SPECIAL]); break;
    case PROP_BOARD_CONTROLLERS: g_value_set_boxed (value, self->board_controllers); break;
    case PROP_VETO_HOLDERS: g_value_set_boxed (value, self->veto_holders); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_control_class_init (MutualControlClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = mutual_control_finalize;
  object_class->get_property = mutual_control_get_property;

  /**
   * MutualControl:company:
   *
   * The id of the company.
   *
   * Since: 1.0
   */
  properties[PROP_COMPANY] = g_param_spec_string ("company", NULL, NULL, NULL, flags);
  /**
   * MutualControl:ordinary:
   *
   * The ids of the parties that can alone pass an ordinary resolution.
   *
   * Since: 1.0
   */
  properties[PROP_ORDINARY] = g_param_spec_boxed ("ordinary", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * MutualControl:special:
   *
   * The ids of the parties that can alone pass a special resolution.
   *
   * Since: 1.0
   */
  properties[PROP_SPECIAL] = g_param_spec_boxed ("special", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * MutualControl:block-special:
   *
   * The ids of the parties that can alone block a special resolution.
   *
   * Since: 1.0
   */
  properties[PROP_BLOCK_SPECIAL] = g_param_spec_boxed ("block-special", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * MutualControl:board-controllers:
   *
   * The ids of the parties that can alone appoint a majority of the board.
   *
   * Since: 1.0
   */
  properties[PROP_BOARD_CONTROLLERS] = g_param_spec_boxed ("board-controllers", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * MutualControl:veto-holders:
   *
   * The ids of the parties with a veto over reserved matters: holders of a
   * class with [flags@Mutual.SpecialRights] `VETO_RESERVED_MATTERS`, and
   * holders of a right by agreement with a veto.
   *
   * Since: 1.0
   */
  properties[PROP_VETO_HOLDERS] = g_param_spec_boxed ("veto-holders", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_control_init (MutualControl *self)
{
}

/**
 * mutual_control_get_company:
 * @self: a control result
 *
 * Gets [property@Mutual.Control:company].
 *
 * Returns: the company's id
 *
 * Since: 1.0
 */
const char *
mutual_control_get_company (MutualControl *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTROL (self), NULL);
  return self->company;
}

/**
 * mutual_control_get_deciders:
 * @self: a control result
 * @resolution: a resolution
 *
 * The parties that can alone pass @resolution, or for
 * %MUTUAL_RESOLUTION_BLOCK_SPECIAL alone block a special resolution.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids, possibly none
 *
 * Since: 1.0
 */
const char * const *
mutual_control_get_deciders (MutualControl    *self,
                             MutualResolution  resolution)
{
  g_return_val_if_fail (MUTUAL_IS_CONTROL (self), NULL);
  g_return_val_if_fail (resolution <= MUTUAL_RESOLUTION_BLOCK_SPECIAL, NULL);
  return (const char * const *) self->deciders[resolution];
}

/**
 * mutual_control_get_ordinary:
 * @self: a control result
 *
 * Gets [property@Mutual.Control:ordinary].
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids
 *
 * Since: 1.0
 */
const char * const *
mutual_control_get_ordinary (MutualControl *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTROL (self), NULL);

  return mutual_control_get_deciders (self, MUTUAL_RESOLUTION_ORDINARY);
}

/**
 * mutual_control_get_special:
 * @self: a control result
 *
 * Gets [property@Mutual.Control:special].
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids
 *
 * Since: 1.0
 */
const char * const *
mutual_control_get_special (MutualControl *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTROL (self), NULL);

  return mutual_control_get_deciders (self, MUTUAL_RESOLUTION_SPECIAL);
}

/**
 * mutual_control_get_block_special:
 * @self: a control result
 *
 * Gets [property@Mutual.Control:block-special].
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids
 *
 * Since: 1.0
 */
const char * const *
mutual_control_get_block_special (MutualControl *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTROL (self), NULL);

  return mutual_control_get_deciders (self, MUTUAL_RESOLUTION_BLOCK_SPECIAL);
}

/**
 * mutual_control_get_board_controllers:
 * @self: a control result
 *
 * Gets [property@Mutual.Control:board-controllers].
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids
 *
 * Since: 1.0
 */
const char * const *
mutual_control_get_board_controllers (MutualControl *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTROL (self), NULL);
  return (const char * const *) self->board_controllers;
}

/**
 * mutual_control_get_veto_holders:
 * @self: a control result
 *
 * Gets [property@Mutual.Control:veto-holders].
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids
 *
 * Since: 1.0
 */
const char * const *
mutual_control_get_veto_holders (MutualControl *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTROL (self), NULL);
  return (const char * const *) self->veto_holders;
}

/* ── computation ─────────────────────────────────────────────────────── */

/* The votes in @company of the parties in @members (indices) together with
 * everything they control. */
gboolean
mutual_control_votes_of (MutualAnalysis  *self,
                         guint            company,
                         const guint     *members,
                         guint            n_members,
                         MutualFraction  *out,
                         GError         **error)
{
  g_autoptr(GArray) holders = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (MutualFraction));

  mutual_fraction_init (out, 0, 1);
  if (!mutual_analysis_direct_all (self, company, MUTUAL_DIMENSION_VOTES, holders, fractions, error))
    return FALSE;
  for (guint i = 0; i < holders->len; i++)
    {
      guint h = g_array_index (holders, guint, i);

      for (guint m = 0; m < n_members; m++)
        if (mutual_analysis_controlled_by (self, h, members[m]))
          {
            if (!mutual_fraction_add (out, &g_array_index (fractions, MutualFraction, i), out))
              {
                g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW,
                             "“%s”: the votes do not fit in a 64-bit fraction", mutual_analysis_id (self, company));
                return FALSE;
              }
            break;
          }
    }
  return TRUE;
}

guint
mutual_control_board_of (MutualAnalysis *self,
                         guint           company,
                         const guint    *members,
                         guint           n_members,
                         guint          *out_size)
{
  guint size = mutual_party_get_board_size (self->parties[company]);
  guint appointed = 0, all = 0;

  for (guint i = self->board_start[company]; i < self->board_start[company + 1]; i++)
    {
      all += self->board[i].directors;
      for (guint m = 0; m < n_members; m++)
        if (mutual_analysis_controlled_by (self, self->board[i].appointer, members[m]))
          {
            appointed += self->board[i].directors;
            break;
          }
    }
  *out_size = size > 0 ? size : all;
  return appointed;
}

MutualCandidates *
mutual_candidates_new (MutualAnalysis *self,
                       guint           company)
{
  MutualCandidates *c = g_new0 (MutualCandidates, 1);
  guint capacity = (self->stake_start[company + 1] - self->stake_start[company]) +
                   (self->board_start[company + 1] - self->board_start[company]) +
                   (self->agreement_start[company + 1] - self->agreement_start[company]) + 8;
  guint n = 0;

  g_autoptr(GArray) scratch = g_array_new (FALSE, FALSE, sizeof (guint));

  c->analysis = self;
  c->company = company;
  c->slot = mutual_analysis_acquire_slots (self);
  c->party = g_new (guint, capacity);

#define ADD(p) G_STMT_START { guint _p = (p); \
    if (_p != company && c->slot[_p] < 0) { \
      if (n == capacity) { capacity *= 2; c->party = g_renew (guint, c->party, capacity); } \
      c->slot[_p] = n; c->party[n++] = _p; } } G_STMT_END
  for (guint i = self->stake_start[company]; i < self->stake_start[company + 1]; i++)
    ADD (self->stakes[i].holder);
  for (guint i = self->board_start[company]; i < self->board_start[company + 1]; i++)
    ADD (self->board[i].appointer);
  for (guint i = self->agreement_start[company]; i < self->agreement_start[company + 1]; i++)
    ADD (self->agreements[i].holder);
  for (guint k = 0, direct = n; k < direct; k++)
    {
      guint m;
      const guint *up = mutual_analysis_controllers_of (self, c->party[k], scratch, &m);

      for (guint j = 0; j < m; j++)
        ADD (up[j]);
    }
#undef ADD
  c->n = n;

  /* board seats: each appointer's, and those of everyone controlling it */
  c->board = g_new0 (guint, MAX (n, 1));
  for (guint i = self->board_start[company]; i < self->board_start[company + 1]; i++)
    {
      MutualBoardEntry *e = &self->board[i];
      guint m;
      const guint *up = mutual_analysis_controllers_of (self, e->appointer, scratch, &m);

      c->board_size += e->directors;
      if (c->slot[e->appointer] >= 0)
        c->board[c->slot[e->appointer]] += e->directors;
      for (guint j = 0; j < m; j++)
        {
          guint p = up[j];

          if (p != e->appointer && c->slot[p] >= 0)
            c->board[c->slot[p]] += e->directors;
        }
    }
  if (mutual_party_get_board_size (self->parties[company]) > 0)
    c->board_size = mutual_party_get_board_size (self->parties[company]);
  return c;
}

void
mutual_candidates_free (MutualCandidates *c)
{
  if (c == NULL)
    return;
  for (guint k = 0; k < c->n; k++)
    c->slot[c->party[k]] = -1;
  mutual_analysis_release_slots (c->analysis, c->slot);
  g_free (c->party);
  g_free (c->board);
  g_free (c);
}

static gboolean
attribute_error (MutualCandidates *c,
                 GError          **error)
{
  g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW,
               "“%s”: an attributed interest does not fit in a 64-bit fraction",
               mutual_analysis_id (c->analysis, c->company));
  return FALSE;
}

gboolean
mutual_candidates_attribute (MutualCandidates *c,
                             MutualDimension   dimension,
                             MutualAttributed *out,
                             GError          **error)
{
  MutualAnalysis *self = c->analysis;
  guint company = c->company;
  g_autoptr(GArray) scratch = g_array_new (FALSE, FALSE, sizeof (guint));

  memset (out, 0, sizeof *out);
  out->total = self->totals[company][dimension];
  for (guint i = self->agreement_start[company]; i < self->agreement_start[company + 1] && !out->exact; i++)
    out->exact = self->agreements[i].dimension == dimension;

  if (!out->exact)
    {
      /* f_h = w_h / W for every holder: sum the raw weights */
      out->sum = g_new0 (guint64, MAX (c->n, 1));
      if (out->total == 0)
        return TRUE;
      for (guint i = self->stake_start[company]; i < self->stake_start[company + 1]; i++)
        {
          MutualStake *s = &self->stakes[i];
          guint64 w = s->weight[dimension];
          guint h = s->holder;
          const guint *up;
          guint m;

          if (w == 0)
            continue;
          if (c->slot[h] >= 0)
            out->sum[c->slot[h]] += w;
          up = mutual_analysis_controllers_of (self, h, scratch, &m);
          for (guint j = 0; j < m; j++)
            {
              guint p = up[j];

              if (p != h && c->slot[p] >= 0)
                out->sum[c->slot[p]] += w;
            }
        }
      return TRUE;
    }

  {
    g_autoptr(GArray) holders = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (MutualFraction));

    out->fraction = g_new (MutualFraction, MAX (c->n, 1));
    for (guint k = 0; k < c->n; k++)
      mutual_fraction_init (&out->fraction[k], 0, 1);
    if (!mutual_analysis_direct_all (self, company, dimension, holders, fractions, error))
      {
        mutual_attributed_clear (out);
        return FALSE;
      }
    for (guint i = 0; i < holders->len; i++)
      {
        guint h = g_array_index (holders, guint, i);
        const MutualFraction *f = &g_array_index (fractions, MutualFraction, i);
        gboolean ok = TRUE;
        guint m;
        const guint *up = mutual_analysis_controllers_of (self, h, scratch, &m);

        if (c->slot[h] >= 0)
          ok = mutual_fraction_add (&out->fraction[c->slot[h]], f, &out->fraction[c->slot[h]]);
        for (guint j = 0; j < m && ok; j++)
          {
            guint p = up[j];

            if (p != h && c->slot[p] >= 0)
              ok = mutual_fraction_add (&out->fraction[c->slot[p]], f, &out->fraction[c->slot[p]]);
          }
        if (!ok)
          {
            mutual_attributed_clear (out);
            return attribute_error (c, error);
          }
      }
  }
  return TRUE;
}

void
mutual_attributed_clear (MutualAttributed *a)
{
  g_clear_pointer (&a->sum, g_free);
  g_clear_pointer (&a->fraction, g_free);
}

int
mutual_attributed_compare (const MutualAttributed *a,
                           guint                   k,
                           const MutualFraction   *threshold)
{
  unsigned __int128 lhs, rhs;

  if (a->exact)
    return mutual_fraction_compare (&a->fraction[k], threshold);
  /* sum / total against n / d, with sum ≤ total < 2^64 and 0 ≤ n ≤ d < 2^63 */
  if (a->total == 0)
    return threshold->numerator == 0 ? 0 : -1;
  lhs = a->sum[k] * (unsigned __int128) threshold->denominator;
  rhs = (unsigned __int128) a->total * (unsigned __int128) threshold->numerator;
  return lhs < rhs ? -1 : lhs > rhs;
}

void
mutual_attributed_cut (const MutualAttributed *a,
                       const MutualFraction   *threshold,
                       MutualCut              *out)
{
  unsigned __int128 product = (unsigned __int128) a->total * (unsigned __int128) threshold->numerator;

  out->threshold = threshold;
  out->floor = product / (guint64) threshold->denominator;
  out->exact = product % (guint64) threshold->denominator == 0;
}

gboolean
mutual_attributed_get (const MutualAttributed *a,
                       guint                   k,
                       MutualFraction         *out)
{
  if (a->exact)
    {
      *out = a->fraction[k];
      return TRUE;
    }
  if (a->total == 0 || a->sum[k] == 0)
    {
      mutual_fraction_init (out, 0, 1);
      return TRUE;
    }
  return mutual_fraction_reduce128 ((__int128) a->sum[k], (__int128) a->total, out);
}

static gboolean
resolve_coalition (MutualAnalysis      *self,
                   const char * const  *coalition,
                   GArray              *members,
                   GError             **error)
{
  for (guint i = 0; coalition[i] != NULL; i++)
    {
      int p = mutual_analysis_find (self, coalition[i], error);

      if (p < 0)
        return FALSE;
      g_array_append_val (members, p);
    }
  return TRUE;
}

static gboolean
passes (MutualResolution      resolution,
        const MutualFraction *votes)
{
  MutualFraction quota;
  gboolean strict;
  int cmp;

  mutual_resolution_get_quota (resolution, &quota, &strict);
  cmp = mutual_fraction_compare (votes, &quota);
  return strict ? cmp > 0 : cmp >= 0;
}

/* The candidates for control of @company: its voters and appointers and
 * everyone holding a majority stake in them, each once. */
GArray *
mutual_control_candidates (MutualAnalysis *self,
                           guint           company)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) scratch = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

#define ADD(p) G_STMT_START { guint _p = (p); \
    if (_p != company && g_hash_table_add (seen, GUINT_TO_POINTER (_p + 1))) g_array_append_val (out, _p); } G_STMT_END
  for (guint i = self->stake_start[company]; i < self->stake_start[company + 1]; i++)
    ADD (self->stakes[i].holder);
  for (guint i = self->board_start[company]; i < self->board_start[company + 1]; i++)
    ADD (self->board[i].appointer);
  for (guint i = self->agreement_start[company]; i < self->agreement_start[company + 1]; i++)
    ADD (self->agreements[i].holder);
  for (guint k = 0, n = out->len; k < n; k++)
    {
      guint m;
      const guint *up = mutual_analysis_controllers_of (self, g_array_index (out, guint, k), scratch, &m);

      for (guint j = 0; j < m; j++)
        ADD (up[j]);
    }
#undef ADD
  return out;
}

/**
 * mutual_analysis_control:
 * @self: an analysis
 * @company: a company's id
 * @error: return location for a #GError
 *
 * Who can alone pass or block resolutions of @company, appoint a majority
 * of its board, or veto reserved matters. See [class@Mutual.Control].
 *
 * Returns: (transfer full): the result, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualControl *
mutual_analysis_control (MutualAnalysis  *self,
                         const char      *company,
                         GError         **error)
{
  g_autoptr(MutualControl) result = NULL;
  g_autoptr(MutualCandidates) candidates = NULL;
  g_autoptr(GStrvBuilder) board = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) vetoes = g_strv_builder_new ();
  GStrvBuilder *builders[3] = { NULL, };
  MutualFraction quota[3];
  gboolean strict[3];
  MutualCut cuts[3];
  MutualAttributed votes;
  int c;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (company != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((c = mutual_analysis_find_company (self, company, error)) < 0)
    return NULL;
  candidates = mutual_candidates_new (self, c);
  if (!mutual_candidates_attribute (candidates, MUTUAL_DIMENSION_VOTES, &votes, error))
    return NULL;
  for (guint r = 0; r < 3; r++)
    {
      builders[r] = g_strv_builder_new ();
      mutual_resolution_get_quota (r, &quota[r], &strict[r]);
    }
  for (guint r = 0; r < 3; r++)
    mutual_attributed_cut (&votes, &quota[r], &cuts[r]);
  for (guint k = 0; k < candidates->n; k++)
    {
      guint p = candidates->party[k];

      for (guint r = 0; r < 3; r++)
        {
          int cmp = mutual_attributed_compare_cut (&votes, k, &cuts[r]);

          /* a party with no votes passes nothing, whatever the quota */
          if ((votes.exact ? votes.fraction[k].numerator != 0 : votes.sum[k] != 0) &&
              (strict[r] ? cmp > 0 : cmp >= 0))
            g_strv_builder_add (builders[r], mutual_analysis_id (self, p));
        }
      if (candidates->board_size > 0 && 2 * (guint64) candidates->board[k] > candidates->board_size)
        g_strv_builder_add (board, mutual_analysis_id (self, p));
    }
  mutual_attributed_clear (&votes);
  if (self->veto_start[c] < self->veto_start[c + 1] || self->agreement_start[c] < self->agreement_start[c + 1])
    {
      g_autoptr(GHashTable) veto_seen = g_hash_table_new (NULL, NULL);

      for (guint i = self->veto_start[c]; i < self->veto_start[c + 1]; i++)
        if (g_hash_table_add (veto_seen, GUINT_TO_POINTER (self->vetoes[i].holder + 1)))
          g_strv_builder_add (vetoes, mutual_analysis_id (self, self->vetoes[i].holder));
      for (guint i = self->agreement_start[c]; i < self->agreement_start[c + 1]; i++)
        if (self->agreements[i].veto && g_hash_table_add (veto_seen, GUINT_TO_POINTER (self->agreements[i].holder + 1)))
          g_strv_builder_add (vetoes, mutual_analysis_id (self, self->agreements[i].holder));
    }

  result = g_object_new (MUTUAL_TYPE_CONTROL, NULL);
  result->company = g_strdup (company);
  for (guint r = 0; r < 3; r++)
    {
      result->deciders[r] = g_strv_builder_end (builders[r]);
      g_strv_builder_unref (builders[r]);
    }
  result->board_controllers = g_strv_builder_end (board);
  result->veto_holders = g_strv_builder_end (vetoes);
  return g_steal_pointer (&result);
}

/**
 * mutual_analysis_coalition_votes:
 * @self: an analysis
 * @company: a company's id
 * @coalition: (array zero-terminated=1): the ids of the parties voting together
 * @error: return location for a #GError
 *
 * The share of the votes in @company that @coalition commands: the votes
 * its members hold and those of every entity in which a member has a
 * majority stake, exactly.
 *
 * Returns: (transfer full): the share, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualFraction *
mutual_analysis_coalition_votes (MutualAnalysis      *self,
                                 const char          *company,
                                 const char * const  *coalition,
                                 GError             **error)
{
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (guint));
  MutualFraction votes;
  int c;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (company != NULL, NULL);
  g_return_val_if_fail (coalition != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((c = mutual_analysis_find_company (self, company, error)) < 0 ||
      !resolve_coalition (self, coalition, members, error) ||
      !mutual_control_votes_of (self, c, (guint *) members->data, members->len, &votes, error))
    return NULL;
  return mutual_fraction_copy (&votes);
}

/**
 * mutual_analysis_coalition_can:
 * @self: an analysis
 * @company: a company's id
 * @resolution: the resolution
 * @coalition: (array zero-terminated=1): the ids of the parties voting together
 * @error: return location for a #GError
 *
 * Whether @coalition, voting together, can pass @resolution of @company
 * (for %MUTUAL_RESOLUTION_BLOCK_SPECIAL: block a special resolution).
 * A coalition of one party asks whether it can do so alone.
 *
 * Returns: %TRUE if it can; %FALSE if it cannot, or with @error set
 *
 * Since: 1.0
 */
gboolean
mutual_analysis_coalition_can (MutualAnalysis      *self,
                               const char          *company,
                               MutualResolution     resolution,
                               const char * const  *coalition,
                               GError             **error)
{
  g_autoptr(MutualFraction) votes = NULL;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), FALSE);
  g_return_val_if_fail (resolution <= MUTUAL_RESOLUTION_BLOCK_SPECIAL, FALSE);

  votes = mutual_analysis_coalition_votes (self, company, coalition, error);
  return votes != NULL && passes (resolution, votes);
}

/**
 * mutual_analysis_coalition_controls_board:
 * @self: an analysis
 * @company: a company's id
 * @coalition: (array zero-terminated=1): the ids of the parties acting together
 * @error: return location for a #GError
 *
 * Whether @coalition can appoint a majority of the board of @company:
 * more than half of [property@Mutual.Party:board-size] directors (or of
 * the seats the appointment rights fill, when the size is unknown), by
 * its members' rights and those of entities they have a majority stake in.
 *
 * Returns: %TRUE if it can; %FALSE if it cannot, or with @error set
 *
 * Since: 1.0
 */
gboolean
mutual_analysis_coalition_controls_board (MutualAnalysis      *self,
                                          const char          *company,
                                          const char * const  *coalition,
                                          GError             **error)
{
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (guint));
  guint size, appointed;
  int c;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), FALSE);
  g_return_val_if_fail (company != NULL, FALSE);
  g_return_val_if_fail (coalition != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((c = mutual_analysis_find_company (self, company, error)) < 0 ||
      !resolve_coalition (self, coalition, members, error))
    return FALSE;
  appointed = mutual_control_board_of (self, c, (guint *) members->data, members->len, &size);
  return size > 0 && 2 * (guint64) appointed > size;
}

/**
 * mutual_analysis_power:
 * @self: an analysis
 * @company: a company's id
 * @resolution: the resolution whose quota the game uses
 * @error: return location for a #GError
 *
 * The voting power of every voter of @company for @resolution: the
 * normalised and absolute Banzhaf indices and the Shapley–Shubik index of
 * the weighted voting game whose weights are the votes each voter holds
 * directly (per share class, or per member in a co-operative, society or
 * company limited by guarantee) and whose quota is the resolution's
 * (more than 1/2, 3/4 or more, more than 1/4 for blocking), computed
 * exactly by [class@Mutual.VotingGame]. Votes held by agreement are not
 * in the game. To analyse blocks (all employees voting together), build a
 * [class@Mutual.VotingGame] with [method@Mutual.VotingGame.add_block].
 *
 * MyCSP in 2012 (40%, 35%, 25%): for an ordinary resolution each voter has
 * a third of the power; for a special resolution the trust's 25% has none.
 *
 * Returns: (transfer full): a list of [class@Mutual.Power], in model
 *   order of the holders, or %NULL with @error set
 *
 * Since: 1.0
 */
GListModel *
mutual_analysis_power (MutualAnalysis    *self,
                       const char        *company,
                       MutualResolution   resolution,
                       GError           **error)
{
  g_autoptr(MutualVotingGame) game = NULL;
  MutualFraction quota;
  gboolean strict;
  int c;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (company != NULL, NULL);
  g_return_val_if_fail (resolution <= MUTUAL_RESOLUTION_BLOCK_SPECIAL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((c = mutual_analysis_find_company (self, company, error)) < 0)
    return NULL;
  game = mutual_voting_game_new ();
  for (guint i = self->stake_start[c]; i < self->stake_start[c + 1]; i++)
    if (self->stakes[i].weight[MUTUAL_DIMENSION_VOTES] > 0)
      mutual_voting_game_add_voter (game, mutual_analysis_id (self, self->stakes[i].holder),
                                    self->stakes[i].weight[MUTUAL_DIMENSION_VOTES]);
  mutual_resolution_get_quota (resolution, &quota, &strict);
  mutual_voting_game_set_quota (game, &quota, strict);
  if (!mutual_voting_game_compute (game, NULL, error))
    return NULL;
  return g_object_ref (mutual_voting_game_get_results (game));
}
