/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-agreement-right.h"
#include "mutual-fraction.h"

/**
 * MutualAgreementRight:
 *
 * A right held under a contract or the articles rather than through shares: a
 * share of a company's profits or assets, votes, or a veto over reserved
 * matters. The 3BM councils' entitlement to 50% of net profits is a profits
 * right with no shares and no votes.
 *
 * Since: 1.0
 */
struct _MutualAgreementRight
{
  GObject parent_instance;

  char *holder;
  char *company;
  MutualDimension dimension;
  MutualFraction *share;
  gboolean veto;
  char *source;
};

G_DEFINE_FINAL_TYPE (MutualAgreementRight, mutual_agreement_right, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HOLDER,
  PROP_COMPANY,
  PROP_DIMENSION,
  PROP_SHARE,
  PROP_VETO,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_agreement_right_finalize (GObject *object)
{
  MutualAgreementRight *self = MUTUAL_AGREEMENT_RIGHT (object);

  g_free (self->holder);
  g_free (self->company);
  mutual_fraction_free (self->share);
  g_free (self->source);

  G_OBJECT_CLASS (mutual_agreement_right_parent_class)->finalize (object);
}

static void
mutual_agreement_right_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  MutualAgreementRight *self = MUTUAL_AGREEMENT_RIGHT (object);

  switch (prop_id)
    {
    case PROP_HOLDER:
      g_value_set_string (value, self->holder);
      break;
    case PROP_COMPANY:
      g_value_set_string (value, self->company);
      break;
    case PROP_DIMENSION:
      g_value_set_enum (value, self->dimension);
      break;
    case PROP_SHARE:
      g_value_set_boxed (value, self->share);
      break;
    case PROP_VETO:
      g_value_set_boolean (value, self->veto);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_agreement_right_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  MutualAgreementRight *self = MUTUAL_AGREEMENT_RIGHT (object);

  switch (prop_id)
    {
    case PROP_HOLDER:
      self->holder = g_value_dup_string (value);
      break;
    case PROP_COMPANY:
      self->company = g_value_dup_string (value);
      break;
    case PROP_DIMENSION:
      self->dimension = g_value_get_enum (value);
      break;
    case PROP_SHARE:
      self->share = g_value_dup_boxed (value);
      break;
    case PROP_VETO:
      self->veto = g_value_get_boolean (value);
      break;
    case PROP_SOURCE:
      self->source = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_agreement_right_class_init (MutualAgreementRightClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_agreement_right_finalize;
  object_class->get_property = mutual_agreement_right_get_property;
  object_class->set_property = mutual_agreement_right_set_property;

  /**
   * MutualAgreementRight:holder:
   *
   * The id of the party that holds the right.
   *
   * Since: 1.0
   */
  properties[PROP_HOLDER] =
    g_param_spec_string ("holder", NULL, NULL, NULL, flags);

  /**
   * MutualAgreementRight:company:
   *
   * The id of the company the right is in.
   *
   * Since: 1.0
   */
  properties[PROP_COMPANY] =
    g_param_spec_string ("company", NULL, NULL, NULL, flags);

  /**
   * MutualAgreementRight:dimension:
   *
   * The dimension the right is in: profits, capital or votes.
   *
   * Since: 1.0
   */
  properties[PROP_DIMENSION] =
    g_param_spec_enum ("dimension", NULL, NULL, MUTUAL_TYPE_DIMENSION, MUTUAL_DIMENSION_PROFITS, flags);

  /**
   * MutualAgreementRight:share:
   *
   * The share of the company's whole in that dimension that the right gives,
   * such as 1/2 of net profits.
   *
   * Since: 1.0
   */
  properties[PROP_SHARE] =
    g_param_spec_boxed ("share", NULL, NULL, MUTUAL_TYPE_FRACTION, flags);

  /**
   * MutualAgreementRight:veto:
   *
   * Whether the right also gives a veto over matters reserved in the
   * agreement.
   *
   * Since: 1.0
   */
  properties[PROP_VETO] =
    g_param_spec_boolean ("veto", NULL, NULL, FALSE, flags);

  /**
   * MutualAgreementRight:source:
   *
   * Where the right comes from ("Shareholders' agreement, cl. 12"), or
   * %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_agreement_right_init (MutualAgreementRight *self)
{
}

/**
 * mutual_agreement_right_new:
 * @holder: the id of the party that holds the right
 * @company: the id of the company the right is in
 * @dimension: the dimension the right is in
 * @share: the share of the dimension the right gives
 *
 * Creates a right held by agreement. Set the other properties with g_object_new().
 *
 * Returns: (transfer full): a new #MutualAgreementRight
 *
 * Since: 1.0
 */
MutualAgreementRight *
mutual_agreement_right_new (const char *holder,
                            const char *company,
                            MutualDimension dimension,
                            const MutualFraction *share)
{
  g_return_val_if_fail (holder != NULL, NULL);
  g_return_val_if_fail (company != NULL, NULL);
  g_return_val_if_fail ((guint) dimension <= MUTUAL_DIMENSION_CAPITAL, NULL);
  g_return_val_if_fail (share != NULL, NULL);

  return g_object_new (MUTUAL_TYPE_AGREEMENT_RIGHT,
                       "holder", holder,
                       "company", company,
                       "dimension", dimension,
                       "share", share,
                       NULL);
}

/**
 * mutual_agreement_right_get_holder:
 * @self: a #MutualAgreementRight
 *
 * Gets [property@Mutual.AgreementRight:holder].
 *
 * Returns: The id of the party that holds the right
 *
 * Since: 1.0
 */
const char *
mutual_agreement_right_get_holder (MutualAgreementRight *self)
{
  g_return_val_if_fail (MUTUAL_IS_AGREEMENT_RIGHT (self), NULL);

  return self->holder;
}

/**
 * mutual_agreement_right_get_company:
 * @self: a #MutualAgreementRight
 *
 * Gets [property@Mutual.AgreementRight:company].
 *
 * Returns: The id of the company the right is in
 *
 * Since: 1.0
 */
const char *
mutual_agreement_right_get_company (MutualAgreementRight *self)
{
  g_return_val_if_fail (MUTUAL_IS_AGREEMENT_RIGHT (self), NULL);

  return self->company;
}

/**
 * mutual_agreement_right_get_dimension:
 * @self: a #MutualAgreementRight
 *
 * Gets [property@Mutual.AgreementRight:dimension].
 *
 * Returns: The dimension the right is in
 *
 * Since: 1.0
 */
MutualDimension
mutual_agreement_right_get_dimension (MutualAgreementRight *self)
{
  g_return_val_if_fail (MUTUAL_IS_AGREEMENT_RIGHT (self), MUTUAL_DIMENSION_PROFITS);

  return self->dimension;
}

/**
 * mutual_agreement_right_get_share:
 * @self: a #MutualAgreementRight
 *
 * Gets [property@Mutual.AgreementRight:share].
 *
 * Returns: The share of the dimension the right gives
 *
 * Since: 1.0
 */
const MutualFraction *
mutual_agreement_right_get_share (MutualAgreementRight *self)
{
  g_return_val_if_fail (MUTUAL_IS_AGREEMENT_RIGHT (self), NULL);

  return self->share;
}

/**
 * mutual_agreement_right_get_veto:
 * @self: a #MutualAgreementRight
 *
 * Gets [property@Mutual.AgreementRight:veto].
 *
 * Returns: Whether the right includes a veto over reserved matters
 *
 * Since: 1.0
 */
gboolean
mutual_agreement_right_get_veto (MutualAgreementRight *self)
{
  g_return_val_if_fail (MUTUAL_IS_AGREEMENT_RIGHT (self), FALSE);

  return self->veto;
}

/**
 * mutual_agreement_right_get_source:
 * @self: a #MutualAgreementRight
 *
 * Gets [property@Mutual.AgreementRight:source].
 *
 * Returns: (nullable): Where the right comes from, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_agreement_right_get_source (MutualAgreementRight *self)
{
  g_return_val_if_fail (MUTUAL_IS_AGREEMENT_RIGHT (self), NULL);

  return self->source;
}
/**
 * mutual_dimension_to_string:
 * @dimension: a dimension
 *
 * The dimension's name in model files: `shares`, `votes`, `profits` or
 * `capital`.
 *
 * Returns: the name
 *
 * Since: 1.0
 */
const char *
mutual_dimension_to_string (MutualDimension dimension)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (MUTUAL_TYPE_DIMENSION);
  GEnumValue *value = g_enum_get_value (klass, dimension);

  g_return_val_if_fail (value != NULL, NULL);
  return value->value_nick;
}

/**
 * mutual_dimension_from_string:
 * @text: a dimension's name
 * @out_dimension: (out): return location for the dimension
 *
 * Looks up a dimension by its name in model files.
 *
 * Returns: %TRUE if @text names a dimension
 *
 * Since: 1.0
 */
gboolean
mutual_dimension_from_string (const char      *text,
                              MutualDimension *out_dimension)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (MUTUAL_TYPE_DIMENSION);
  GEnumValue *value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_dimension != NULL, FALSE);

  value = g_enum_get_value_by_nick (klass, text);
  if (value == NULL)
    return FALSE;
  *out_dimension = value->value;
  return TRUE;
}
