/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-analysis-private.h"
#include "mutual-control-private.h"
#include "mutual-error.h"

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

static gboolean
attribute_add (GHashTable           *table,
               guint                 party,
               const MutualFraction *f)
{
  MutualFraction *sum = g_hash_table_lookup (table, GUINT_TO_POINTER (party + 1));

  if (sum == NULL)
    {
      g_hash_table_insert (table, GUINT_TO_POINTER (party + 1), mutual_fraction_copy (f));
      return TRUE;
    }
  return mutual_fraction_add (sum, f, sum);
}

GHashTable *
mutual_control_attribute (MutualAnalysis  *self,
                          guint            company,
                          MutualDimension  dimension,
                          GError         **error)
{
  g_autoptr(GArray) holders = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (MutualFraction));
  g_autoptr(GHashTable) table = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) mutual_fraction_free);

  if (!mutual_analysis_direct_all (self, company, dimension, holders, fractions, error))
    return NULL;
  for (guint i = 0; i < holders->len; i++)
    {
      guint h = g_array_index (holders, guint, i);
      const MutualFraction *f = &g_array_index (fractions, MutualFraction, i);
      gboolean ok = attribute_add (table, h, f);

      for (guint j = 0; j < self->controller_count[h] && ok; j++)
        {
          guint p = self->controllers[self->controller_offset[h] + j];

          if (p != company)
            ok = attribute_add (table, p, f);
        }
      if (!ok)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW,
                       "“%s”: an attributed interest does not fit in a 64-bit fraction",
                       mutual_analysis_id (self, company));
          return NULL;
        }
    }
  return g_steal_pointer (&table);
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
      guint h = g_array_index (out, guint, k);

      for (guint j = 0; j < self->controller_count[h]; j++)
        ADD (self->controllers[self->controller_offset[h] + j]);
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
  g_autoptr(GArray) candidates = NULL;
  GStrvBuilder *builders[3] = { NULL, };
  g_autoptr(GStrvBuilder) board = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) vetoes = g_strv_builder_new ();
  g_autoptr(GHashTable) veto_seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) attributed = NULL;
  int c;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (company != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((c = mutual_analysis_find_company (self, company, error)) < 0)
    return NULL;
  for (guint r = 0; r < 3; r++)
    builders[r] = g_strv_builder_new ();
  attributed = mutual_control_attribute (self, c, MUTUAL_DIMENSION_VOTES, error);
  if (attributed == NULL)
    {
      for (guint r = 0; r < 3; r++)
        g_strv_builder_unref (builders[r]);
      return NULL;
    }
  candidates = mutual_control_candidates (self, c);
  for (guint k = 0; k < candidates->len; k++)
    {
      guint p = g_array_index (candidates, guint, k);
      MutualFraction *votes = g_hash_table_lookup (attributed, GUINT_TO_POINTER (p + 1));
      guint size, appointed;

      for (guint r = 0; r < 3 && votes != NULL; r++)
        if (passes (r, votes))
          g_strv_builder_add (builders[r], mutual_analysis_id (self, p));
      appointed = mutual_control_board_of (self, c, &p, 1, &size);
      if (size > 0 && 2 * (guint64) appointed > size)
        g_strv_builder_add (board, mutual_analysis_id (self, p));
    }
  for (guint i = self->veto_start[c]; i < self->veto_start[c + 1]; i++)
    if (g_hash_table_add (veto_seen, GUINT_TO_POINTER (self->vetoes[i].holder + 1)))
      g_strv_builder_add (vetoes, mutual_analysis_id (self, self->vetoes[i].holder));
  for (guint i = self->agreement_start[c]; i < self->agreement_start[c + 1]; i++)
    if (self->agreements[i].veto && g_hash_table_add (veto_seen, GUINT_TO_POINTER (self->agreements[i].holder + 1)))
      g_strv_builder_add (vetoes, mutual_analysis_id (self, self->agreements[i].holder));

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
