/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-share-class.h"

/**
 * MutualShareClass:
 *
 * A class of shares issued by one company, with the rights each share carries
 * in the dimensions the law tests separately: votes, dividends (profits) and
 * capital (assets on a winding up), whether the class is ordinary share
 * capital, its nominal value and any special rights such as a golden share's
 * veto. Share classes are immutable.
 *
 * Since: 1.0
 */
struct _MutualShareClass
{
  GObject parent_instance;

  char *id;
  char *issuer;
  char *name;
  guint votes_per_share;
  guint dividend_weight;
  guint capital_weight;
  gint64 nominal_value;
  gboolean ordinary;
  MutualSpecialRights special_rights;
};

G_DEFINE_FINAL_TYPE (MutualShareClass, mutual_share_class, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ISSUER,
  PROP_NAME,
  PROP_VOTES_PER_SHARE,
  PROP_DIVIDEND_WEIGHT,
  PROP_CAPITAL_WEIGHT,
  PROP_NOMINAL_VALUE,
  PROP_ORDINARY,
  PROP_SPECIAL_RIGHTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_share_class_finalize (GObject *object)
{
  MutualShareClass *self = MUTUAL_SHARE_CLASS (object);

  g_free (self->id);
  g_free (self->issuer);
  g_free (self->name);

  G_OBJECT_CLASS (mutual_share_class_parent_class)->finalize (object);
}

static void
mutual_share_class_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MutualShareClass *self = MUTUAL_SHARE_CLASS (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_ISSUER:
      g_value_set_string (value, self->issuer);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_VOTES_PER_SHARE:
      g_value_set_uint (value, self->votes_per_share);
      break;
    case PROP_DIVIDEND_WEIGHT:
      g_value_set_uint (value, self->dividend_weight);
      break;
    case PROP_CAPITAL_WEIGHT:
      g_value_set_uint (value, self->capital_weight);
      break;
    case PROP_NOMINAL_VALUE:
      g_value_set_int64 (value, self->nominal_value);
      break;
    case PROP_ORDINARY:
      g_value_set_boolean (value, self->ordinary);
      break;
    case PROP_SPECIAL_RIGHTS:
      g_value_set_flags (value, self->special_rights);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_share_class_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MutualShareClass *self = MUTUAL_SHARE_CLASS (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_ISSUER:
      self->issuer = g_value_dup_string (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_VOTES_PER_SHARE:
      self->votes_per_share = g_value_get_uint (value);
      break;
    case PROP_DIVIDEND_WEIGHT:
      self->dividend_weight = g_value_get_uint (value);
      break;
    case PROP_CAPITAL_WEIGHT:
      self->capital_weight = g_value_get_uint (value);
      break;
    case PROP_NOMINAL_VALUE:
      self->nominal_value = g_value_get_int64 (value);
      break;
    case PROP_ORDINARY:
      self->ordinary = g_value_get_boolean (value);
      break;
    case PROP_SPECIAL_RIGHTS:
      self->special_rights = g_value_get_flags (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_share_class_class_init (MutualShareClassClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_share_class_finalize;
  object_class->get_property = mutual_share_class_get_property;
  object_class->set_property = mutual_share_class_set_property;

  /**
   * MutualShareClass:id:
   *
   * The class's stable id, unique among the share classes of a model, such
   * as `mycsp-ordinary`.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);

  /**
   * MutualShareClass:issuer:
   *
   * The id of the company that issues the class.
   *
   * Since: 1.0
   */
  properties[PROP_ISSUER] =
    g_param_spec_string ("issuer", NULL, NULL, NULL, flags);

  /**
   * MutualShareClass:name:
   *
   * The class's name, such as "Ordinary" or "A ordinary".
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);

  /**
   * MutualShareClass:votes-per-share:
   *
   * The votes each share carries on a resolution; 0 for non-voting shares.
   *
   * Since: 1.0
   */
  properties[PROP_VOTES_PER_SHARE] =
    g_param_spec_uint ("votes-per-share", NULL, NULL, 0, G_MAXUINT, 1, flags);

  /**
   * MutualShareClass:dividend-weight:
   *
   * Each share's weight in a distribution of profits, relative to the
   * company's other shares; 0 for shares with no right to dividends.
   *
   * Since: 1.0
   */
  properties[PROP_DIVIDEND_WEIGHT] =
    g_param_spec_uint ("dividend-weight", NULL, NULL, 0, G_MAXUINT, 1, flags);

  /**
   * MutualShareClass:capital-weight:
   *
   * Each share's weight in a distribution of assets on a winding up,
   * relative to the company's other shares.
   *
   * Since: 1.0
   */
  properties[PROP_CAPITAL_WEIGHT] =
    g_param_spec_uint ("capital-weight", NULL, NULL, 0, G_MAXUINT, 1, flags);

  /**
   * MutualShareClass:nominal-value:
   *
   * The nominal (par) value of one share, in pence. The PSC share tests
   * count shares by nominal value (Companies Act 2006 Sch 1A para 2).
   *
   * Since: 1.0
   */
  properties[PROP_NOMINAL_VALUE] =
    g_param_spec_int64 ("nominal-value", NULL, NULL, G_MININT64, G_MAXINT64, 100, flags);

  /**
   * MutualShareClass:ordinary:
   *
   * Whether the class is ordinary share capital: all issued share capital
   * other than shares with a right to a fixed dividend only (ITA 2007 s989,
   * used by TCGA 1992 s236M).
   *
   * Since: 1.0
   */
  properties[PROP_ORDINARY] =
    g_param_spec_boolean ("ordinary", NULL, NULL, TRUE, flags);

  /**
   * MutualShareClass:special-rights:
   *
   * Special rights attached to the class, such as a veto over reserved
   * matters.
   *
   * Since: 1.0
   */
  properties[PROP_SPECIAL_RIGHTS] =
    g_param_spec_flags ("special-rights", NULL, NULL, MUTUAL_TYPE_SPECIAL_RIGHTS, MUTUAL_SPECIAL_RIGHTS_NONE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_share_class_init (MutualShareClass *self)
{
}

/**
 * mutual_share_class_new:
 * @id: the class's stable id, unique in its model
 * @issuer: the id of the company that issues the class
 * @name: the class's name
 *
 * Creates a share class. Set the other properties with g_object_new().
 *
 * Returns: (transfer full): a new #MutualShareClass
 *
 * Since: 1.0
 */
MutualShareClass *
mutual_share_class_new (const char *id,
                        const char *issuer,
                        const char *name)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (issuer != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return g_object_new (MUTUAL_TYPE_SHARE_CLASS,
                       "id", id,
                       "issuer", issuer,
                       "name", name,
                       NULL);
}

/**
 * mutual_share_class_get_id:
 * @self: a #MutualShareClass
 *
 * Gets [property@Mutual.ShareClass:id].
 *
 * Returns: The class's stable id, unique in its model
 *
 * Since: 1.0
 */
const char *
mutual_share_class_get_id (MutualShareClass *self)
{
  g_return_val_if_fail (MUTUAL_IS_SHARE_CLASS (self), NULL);

  return self->id;
}

/**
 * mutual_share_class_get_issuer:
 * @self: a #MutualShareClass
 *
 * Gets [property@Mutual.ShareClass:issuer].
 *
 * Returns: The id of the company that issues the class
 *
 * Since: 1.0
 */
const char *
mutual_share_class_get_issuer (MutualShareClass *self)
{
  g_return_val_if_fail (MUTUAL_IS_SHARE_CLASS (self), NULL);

  return self->issuer;
}

/**
 * mutual_share_class_get_name:
 * @self: a #MutualShareClass
 *
 * Gets [property@Mutual.ShareClass:name].
 *
 * Returns: The class's name
 *
 * Since: 1.0
 */
const char *
mutual_share_class_get_name (MutualShareClass *self)
{
  g_return_val_if_fail (MUTUAL_IS_SHARE_CLASS (self), NULL);

  return self->name;
}

/**
 * mutual_share_class_get_votes_per_share:
 * @self: a #MutualShareClass
 *
 * Gets [property@Mutual.ShareClass:votes-per-share].
 *
 * Returns: The votes each share carries
 *
 * Since: 1.0
 */
guint
mutual_share_class_get_votes_per_share (MutualShareClass *self)
{
  g_return_val_if_fail (MUTUAL_IS_SHARE_CLASS (self), 0);

  return self->votes_per_share;
}

/**
 * mutual_share_class_get_dividend_weight:
 * @self: a #MutualShareClass
 *
 * Gets [property@Mutual.ShareClass:dividend-weight].
 *
 * Returns: The share of dividends each share carries, relative to other shares
 *
 * Since: 1.0
 */
guint
mutual_share_class_get_dividend_weight (MutualShareClass *self)
{
  g_return_val_if_fail (MUTUAL_IS_SHARE_CLASS (self), 0);

  return self->dividend_weight;
}

/**
 * mutual_share_class_get_capital_weight:
 * @self: a #MutualShareClass
 *
 * Gets [property@Mutual.ShareClass:capital-weight].
 *
 * Returns: The share of capital on a winding up each share carries, relative to other
 * shares
 *
 * Since: 1.0
 */
guint
mutual_share_class_get_capital_weight (MutualShareClass *self)
{
  g_return_val_if_fail (MUTUAL_IS_SHARE_CLASS (self), 0);

  return self->capital_weight;
}

/**
 * mutual_share_class_get_nominal_value:
 * @self: a #MutualShareClass
 *
 * Gets [property@Mutual.ShareClass:nominal-value].
 *
 * Returns: The nominal value of one share in pence
 *
 * Since: 1.0
 */
gint64
mutual_share_class_get_nominal_value (MutualShareClass *self)
{
  g_return_val_if_fail (MUTUAL_IS_SHARE_CLASS (self), 0);

  return self->nominal_value;
}

/**
 * mutual_share_class_get_ordinary:
 * @self: a #MutualShareClass
 *
 * Gets [property@Mutual.ShareClass:ordinary].
 *
 * Returns: Whether the class is ordinary share capital
 *
 * Since: 1.0
 */
gboolean
mutual_share_class_get_ordinary (MutualShareClass *self)
{
  g_return_val_if_fail (MUTUAL_IS_SHARE_CLASS (self), FALSE);

  return self->ordinary;
}

/**
 * mutual_share_class_get_special_rights:
 * @self: a #MutualShareClass
 *
 * Gets [property@Mutual.ShareClass:special-rights].
 *
 * Returns: The special rights attached to the class
 *
 * Since: 1.0
 */
MutualSpecialRights
mutual_share_class_get_special_rights (MutualShareClass *self)
{
  g_return_val_if_fail (MUTUAL_IS_SHARE_CLASS (self), MUTUAL_SPECIAL_RIGHTS_NONE);

  return self->special_rights;
}
