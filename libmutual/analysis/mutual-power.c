/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>

#include "mutual-enum-types.h"
#include "mutual-power.h"

/**
 * MutualPower:
 *
 * The voting power of one party (a voter or a declared block) in a
 * [class@Mutual.VotingGame], for the game's quota.
 *
 * Voting power is the chance of being decisive, which is not the share of
 * the votes: in MyCSP in 2012 the employee trust's 25% of the votes carried a
 * third of the power over ordinary resolutions, exactly as much as
 * Equiniti's 40%, and none at all over special resolutions.
 *
 * - The absolute Banzhaf index (Banzhaf 1965) is the number of coalitions
 *   of the other parties that the party turns from losing into winning by
 *   joining ("swings"), divided by the number of such coalitions, 2^(n-1).
 * - The normalised Banzhaf index divides each party's swings by the swings
 *   of all parties, so the indices of a game sum to 1 (all are 0 when no one
 *   is ever decisive).
 * - The Shapley–Shubik index (Shapley and Shubik 1954) is the share of the
 *   n! orders of voting in which the party's vote is the one that makes the
 *   coalition win; the indices of a game sum to 1 (all are 0 when no
 *   coalition wins, or when even the empty coalition wins).
 *
 * Results are immutable.
 *
 * Since: 1.0
 */
struct _MutualPower
{
  GObject parent_instance;

  char *party;
  guint64 weight;
  double banzhaf;
  double absolute_banzhaf;
  double shapley_shubik;
};

G_DEFINE_FINAL_TYPE (MutualPower, mutual_power, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PARTY,
  PROP_WEIGHT,
  PROP_BANZHAF,
  PROP_ABSOLUTE_BANZHAF,
  PROP_SHAPLEY_SHUBIK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_power_finalize (GObject *object)
{
  MutualPower *self = MUTUAL_POWER (object);

  g_free (self->party);

  G_OBJECT_CLASS (mutual_power_parent_class)->finalize (object);
}

static void
mutual_power_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MutualPower *self = MUTUAL_POWER (object);

  switch (prop_id)
    {
    case PROP_PARTY:
      g_value_set_string (value, self->party);
      break;
    case PROP_WEIGHT:
      g_value_set_uint64 (value, self->weight);
      break;
    case PROP_BANZHAF:
      g_value_set_double (value, self->banzhaf);
      break;
    case PROP_ABSOLUTE_BANZHAF:
      g_value_set_double (value, self->absolute_banzhaf);
      break;
    case PROP_SHAPLEY_SHUBIK:
      g_value_set_double (value, self->shapley_shubik);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_power_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MutualPower *self = MUTUAL_POWER (object);

  switch (prop_id)
    {
    case PROP_PARTY:
      self->party = g_value_dup_string (value);
      break;
    case PROP_WEIGHT:
      self->weight = g_value_get_uint64 (value);
      break;
    case PROP_BANZHAF:
      self->banzhaf = g_value_get_double (value);
      break;
    case PROP_ABSOLUTE_BANZHAF:
      self->absolute_banzhaf = g_value_get_double (value);
      break;
    case PROP_SHAPLEY_SHUBIK:
      self->shapley_shubik = g_value_get_double (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_power_class_init (MutualPowerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_power_finalize;
  object_class->get_property = mutual_power_get_property;
  object_class->set_property = mutual_power_set_property;

  /**
   * MutualPower:party:
   *
   * The id of the voter, or of the declared block, this is the power of.
   *
   * Since: 1.0
   */
  properties[PROP_PARTY] =
    g_param_spec_string ("party", NULL, NULL, NULL, flags);

  /**
   * MutualPower:weight:
   *
   * The party's votes: a voter's weight, or the sum of a block's members'
   * weights.
   *
   * Since: 1.0
   */
  properties[PROP_WEIGHT] =
    g_param_spec_uint64 ("weight", NULL, NULL, 0, G_MAXUINT64, 0, flags);

  /**
   * MutualPower:banzhaf:
   *
   * The normalised Banzhaf index: the party's swings divided by the swings
   * of all parties. The indices of a game sum to 1, or are all 0 when no
   * party is ever decisive. NaN when the Banzhaf index was not computed.
   *
   * Since: 1.0
   */
  properties[PROP_BANZHAF] =
    g_param_spec_double ("banzhaf", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags);

  /**
   * MutualPower:absolute-banzhaf:
   *
   * The absolute Banzhaf index: the party's swings divided by 2^(n-1), the
   * number of coalitions of the other n-1 parties; the probability that the
   * party is decisive when every other party votes yes or no with even
   * chances. NaN when the Banzhaf index was not computed.
   *
   * Since: 1.0
   */
  properties[PROP_ABSOLUTE_BANZHAF] =
    g_param_spec_double ("absolute-banzhaf", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags);

  /**
   * MutualPower:shapley-shubik:
   *
   * The Shapley–Shubik index: the share of the orders of voting in which
   * the party casts the deciding vote. The indices of a game sum to 1, or
   * are all 0 when no party is ever decisive. NaN when the index was not
   * computed.
   *
   * Since: 1.0
   */
  properties[PROP_SHAPLEY_SHUBIK] =
    g_param_spec_double ("shapley-shubik", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_power_init (MutualPower *self)
{
}

/**
 * mutual_power_new:
 * @party: the id of the voter or block
 * @weight: its votes
 * @banzhaf: the normalised Banzhaf index
 * @absolute_banzhaf: the absolute Banzhaf index
 * @shapley_shubik: the Shapley–Shubik index
 *
 * Creates a voting power result. [method@Mutual.VotingGame.compute] makes
 * these; the constructor is public for tests and for callers that store
 * results.
 *
 * Returns: (transfer full): a new #MutualPower
 *
 * Since: 1.0
 */
MutualPower *
mutual_power_new (const char *party,
                  guint64     weight,
                  double      banzhaf,
                  double      absolute_banzhaf,
                  double      shapley_shubik)
{
  MutualPower *self;

  g_return_val_if_fail (party != NULL, NULL);

  self = g_object_new (MUTUAL_TYPE_POWER,
                       "party", party,
                       "weight", weight,
                       NULL);
  /* Set directly: NaN (not computed) is outside every GParamSpecDouble range. */
  self->banzhaf = banzhaf;
  self->absolute_banzhaf = absolute_banzhaf;
  self->shapley_shubik = shapley_shubik;
  return self;
}

/**
 * mutual_power_get_party:
 * @self: a #MutualPower
 *
 * Gets [property@Mutual.Power:party].
 *
 * Returns: the id of the voter or block
 *
 * Since: 1.0
 */
const char *
mutual_power_get_party (MutualPower *self)
{
  g_return_val_if_fail (MUTUAL_IS_POWER (self), NULL);

  return self->party;
}

/**
 * mutual_power_get_weight:
 * @self: a #MutualPower
 *
 * Gets [property@Mutual.Power:weight].
 *
 * Returns: the party's votes
 *
 * Since: 1.0
 */
guint64
mutual_power_get_weight (MutualPower *self)
{
  g_return_val_if_fail (MUTUAL_IS_POWER (self), 0);

  return self->weight;
}

/**
 * mutual_power_get_banzhaf:
 * @self: a #MutualPower
 *
 * Gets [property@Mutual.Power:banzhaf].
 *
 * Returns: the normalised Banzhaf index, or NaN if it was not computed
 *
 * Since: 1.0
 */
double
mutual_power_get_banzhaf (MutualPower *self)
{
  g_return_val_if_fail (MUTUAL_IS_POWER (self), NAN);

  return self->banzhaf;
}

/**
 * mutual_power_get_absolute_banzhaf:
 * @self: a #MutualPower
 *
 * Gets [property@Mutual.Power:absolute-banzhaf].
 *
 * Returns: the absolute Banzhaf index, or NaN if it was not computed
 *
 * Since: 1.0
 */
double
mutual_power_get_absolute_banzhaf (MutualPower *self)
{
  g_return_val_if_fail (MUTUAL_IS_POWER (self), NAN);

  return self->absolute_banzhaf;
}

/**
 * mutual_power_get_shapley_shubik:
 * @self: a #MutualPower
 *
 * Gets [property@Mutual.Power:shapley-shubik].
 *
 * Returns: the Shapley–Shubik index, or NaN if it was not computed
 *
 * Since: 1.0
 */
double
mutual_power_get_shapley_shubik (MutualPower *self)
{
  g_return_val_if_fail (MUTUAL_IS_POWER (self), NAN);

  return self->shapley_shubik;
}
