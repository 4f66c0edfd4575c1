/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-measure.h"

/**
 * MutualMeasure:
 *
 * A measure the transferor or transferee envisages taking in connection
 * with a transfer, in relation to the affected employees: the appropriate
 * representatives must be told of it and consulted on it (TUPE 2006
 * reg 13(2)(d), 13(6)). Changes of terms and dismissals whose reason is the
 * transfer itself are checked against regs 4(4) and 7(1). Immutable.
 *
 * Since: 1.0
 */
struct _MutualMeasure
{
  GObject parent_instance;

  char *description;
  MutualMeasureKind kind;
  MutualMeasureReason reason;
};

G_DEFINE_FINAL_TYPE (MutualMeasure, mutual_measure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DESCRIPTION,
  PROP_KIND,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_measure_finalize (GObject *object)
{
  MutualMeasure *self = MUTUAL_MEASURE (object);

  g_free (self->description);

  G_OBJECT_CLASS (mutual_measure_parent_class)->finalize (object);
}

static void
mutual_measure_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MutualMeasure *self = MUTUAL_MEASURE (object);

  switch (prop_id)
    {
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_REASON: g_value_set_enum (value, self->reason); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_measure_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MutualMeasure *self = MUTUAL_MEASURE (object);

  switch (prop_id)
    {
    case PROP_DESCRIPTION: self->description = g_value_dup_string (value); break;
    case PROP_KIND: self->kind = g_value_get_enum (value); break;
    case PROP_REASON: self->reason = g_value_get_enum (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_measure_class_init (MutualMeasureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_measure_finalize;
  object_class->get_property = mutual_measure_get_property;
  object_class->set_property = mutual_measure_set_property;

  /**
   * MutualMeasure:description:
   *
   * What the measure is, in words ("harmonise pay dates to the 25th").
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  /**
   * MutualMeasure:kind:
   *
   * What the measure does.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, MUTUAL_TYPE_MEASURE_KIND,
                                             MUTUAL_MEASURE_KIND_OTHER, flags);
  /**
   * MutualMeasure:reason:
   *
   * Why the measure is taken.
   *
   * Since: 1.0
   */
  properties[PROP_REASON] = g_param_spec_enum ("reason", NULL, NULL, MUTUAL_TYPE_MEASURE_REASON,
                                               MUTUAL_MEASURE_REASON_UNCONNECTED, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_measure_init (MutualMeasure *self)
{
}

/**
 * mutual_measure_new:
 * @description: what the measure is
 * @kind: what it does
 * @reason: why it is taken
 *
 * Creates an envisaged measure.
 *
 * Returns: (transfer full): a new measure
 *
 * Since: 1.0
 */
MutualMeasure *
mutual_measure_new (const char          *description,
                    MutualMeasureKind    kind,
                    MutualMeasureReason  reason)
{
  g_return_val_if_fail (description != NULL, NULL);

  return g_object_new (MUTUAL_TYPE_MEASURE, "description", description, "kind", kind, "reason", reason, NULL);
}

/**
 * mutual_measure_get_description:
 * @self: a measure
 *
 * Gets [property@Mutual.Measure:description].
 *
 * Returns: the description
 *
 * Since: 1.0
 */
const char *
mutual_measure_get_description (MutualMeasure *self)
{
  g_return_val_if_fail (MUTUAL_IS_MEASURE (self), NULL);
  return self->description;
}

/**
 * mutual_measure_get_kind:
 * @self: a measure
 *
 * Gets [property@Mutual.Measure:kind].
 *
 * Returns: the kind
 *
 * Since: 1.0
 */
MutualMeasureKind
mutual_measure_get_kind (MutualMeasure *self)
{
  g_return_val_if_fail (MUTUAL_IS_MEASURE (self), MUTUAL_MEASURE_KIND_OTHER);
  return self->kind;
}

/**
 * mutual_measure_get_reason:
 * @self: a measure
 *
 * Gets [property@Mutual.Measure:reason].
 *
 * Returns: the reason
 *
 * Since: 1.0
 */
MutualMeasureReason
mutual_measure_get_reason (MutualMeasure *self)
{
  g_return_val_if_fail (MUTUAL_IS_MEASURE (self), MUTUAL_MEASURE_REASON_UNCONNECTED);
  return self->reason;
}
