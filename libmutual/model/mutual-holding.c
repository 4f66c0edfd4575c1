/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-holding-private.h"

/**
 * MutualHolding:
 *
 * A number of shares of one class held by one party. Shares held by a trust
 * are the trust's; its beneficiaries are modelled on the trust. A model holds
 * at most one holding per holder and class. Holdings are immutable.
 *
 * Since: 1.0
 */
struct _MutualHolding
{
  GObject parent_instance;

  char *holder;
  char *share_class;
  gint64 count;
};

G_DEFINE_FINAL_TYPE (MutualHolding, mutual_holding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HOLDER,
  PROP_SHARE_CLASS,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_holding_finalize (GObject *object)
{
  MutualHolding *self = MUTUAL_HOLDING (object);

  g_free (self->holder);
  g_free (self->share_class);

  G_OBJECT_CLASS (mutual_holding_parent_class)->finalize (object);
}

static void
mutual_holding_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MutualHolding *self = MUTUAL_HOLDING (object);

  switch (prop_id)
    {
    case PROP_HOLDER:
      g_value_set_string (value, self->holder);
      break;
    case PROP_SHARE_CLASS:
      g_value_set_string (value, self->share_class);
      break;
    case PROP_COUNT:
      g_value_set_int64 (value, self->count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_holding_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MutualHolding *self = MUTUAL_HOLDING (object);

  switch (prop_id)
    {
    case PROP_HOLDER:
      self->holder = g_value_dup_string (value);
      break;
    case PROP_SHARE_CLASS:
      self->share_class = g_value_dup_string (value);
      break;
    case PROP_COUNT:
      self->count = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_holding_class_init (MutualHoldingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_holding_finalize;
  object_class->get_property = mutual_holding_get_property;
  object_class->set_property = mutual_holding_set_property;

  /**
   * MutualHolding:holder:
   *
   * The id of the party that holds the shares.
   *
   * Since: 1.0
   */
  properties[PROP_HOLDER] =
    g_param_spec_string ("holder", NULL, NULL, NULL, flags);

  /**
   * MutualHolding:share-class:
   *
   * The id of the share class the shares belong to.
   *
   * Since: 1.0
   */
  properties[PROP_SHARE_CLASS] =
    g_param_spec_string ("share-class", NULL, NULL, NULL, flags);

  /**
   * MutualHolding:count:
   *
   * The number of shares held. A valid model has no negative count; sums are
   * checked for overflow.
   *
   * Since: 1.0
   */
  properties[PROP_COUNT] =
    g_param_spec_int64 ("count", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_holding_init (MutualHolding *self)
{
}

/**
 * mutual_holding_new:
 * @holder: the id of the party that holds the shares
 * @share_class: the id of the share class
 * @count: the number of shares held, never negative in a valid model
 *
 * Creates a holding. Set the other properties with g_object_new().
 *
 * Returns: (transfer full): a new #MutualHolding
 *
 * Since: 1.0
 */
MutualHolding *
mutual_holding_new (const char *holder,
                    const char *share_class,
                    gint64 count)
{
  g_return_val_if_fail (holder != NULL, NULL);
  g_return_val_if_fail (share_class != NULL, NULL);

  return g_object_new (MUTUAL_TYPE_HOLDING,
                       "holder", holder,
                       "share-class", share_class,
                       "count", count,
                       NULL);
}

MutualHolding *
mutual_holding_new_fields (const char *holder,
                           const char *share_class,
                           gint64      count)
{
  /* no construct properties given: the defaults (NULL, NULL, 0) are set,
   * then replaced */
  MutualHolding *self = g_object_new (MUTUAL_TYPE_HOLDING, NULL);

  g_free (self->holder);
  g_free (self->share_class);
  self->holder = g_strdup (holder);
  self->share_class = g_strdup (share_class);
  self->count = count;
  return self;
}

/**
 * mutual_holding_get_holder:
 * @self: a #MutualHolding
 *
 * Gets [property@Mutual.Holding:holder].
 *
 * Returns: The id of the party that holds the shares
 *
 * Since: 1.0
 */
const char *
mutual_holding_get_holder (MutualHolding *self)
{
  g_return_val_if_fail (MUTUAL_IS_HOLDING (self), NULL);

  return self->holder;
}

/**
 * mutual_holding_get_share_class:
 * @self: a #MutualHolding
 *
 * Gets [property@Mutual.Holding:share-class].
 *
 * Returns: The id of the share class
 *
 * Since: 1.0
 */
const char *
mutual_holding_get_share_class (MutualHolding *self)
{
  g_return_val_if_fail (MUTUAL_IS_HOLDING (self), NULL);

  return self->share_class;
}

/**
 * mutual_holding_get_count:
 * @self: a #MutualHolding
 *
 * Gets [property@Mutual.Holding:count].
 *
 * Returns: The number of shares held, never negative in a valid model
 *
 * Since: 1.0
 */
gint64
mutual_holding_get_count (MutualHolding *self)
{
  g_return_val_if_fail (MUTUAL_IS_HOLDING (self), 0);

  return self->count;
}
