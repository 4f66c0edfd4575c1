/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-event-private.h"

/**
 * MutualTrustAllocationEvent:
 *
 * An employee trust allocates shares it holds to its beneficiaries: each
 * named beneficiary receives the same number of shares of a class, and the
 * trust must hold them all.
 *
 * In scenario files: `"type": "trust-allocation"`.
 *
 * Since: 1.0
 */

struct _MutualTrustAllocationEvent
{
  MutualEvent parent_instance;

  char *trust;
  char *share_class;
  GStrv beneficiaries;
  gint64 count;
};

G_DEFINE_FINAL_TYPE (MutualTrustAllocationEvent, mutual_trust_allocation_event, MUTUAL_TYPE_EVENT)

enum {
  PROP_0,
  PROP_TRUST,
  PROP_SHARE_CLASS,
  PROP_BENEFICIARIES,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
trust_allocation_apply (MutualEvent  *event,
                        MutualModel  *model,
                        GError      **error)
{
  MutualTrustAllocationEvent *self = MUTUAL_TRUST_ALLOCATION_EVENT (event);
  MutualParty *trust;
  guint n;
  gint64 total, held;

  if (!mutual_event_require (event, error, "trust", "share-class", "beneficiaries", NULL) ||
      !(trust = mutual_event_need_party (model, self->trust, error)) ||
      !mutual_event_need_class (model, self->share_class, error) ||
      !mutual_event_need_positive (self->count, "count", error))
    return FALSE;
  if (!mutual_party_kind_is_trust (mutual_party_get_kind (trust)))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "“%s” is a %s, not a trust", self->trust,
                   mutual_party_kind_to_string (mutual_party_get_kind (trust)));
      return FALSE;
    }
  n = g_strv_length (self->beneficiaries);
  for (guint i = 0; i < n; i++)
    if (!mutual_event_need_party (model, self->beneficiaries[i], error))
      return FALSE;
  held = mutual_event_held (model, self->trust, self->share_class);
  if (__builtin_mul_overflow (self->count, (gint64) n, &total) || total > held)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INSUFFICIENT,
                   "“%s” holds %" G_GINT64_FORMAT " shares of “%s”, fewer than the %u × %" G_GINT64_FORMAT " it would allocate",
                   self->trust, held, self->share_class, n, self->count);
      return FALSE;
    }
  if (n == 0)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_MISSING, "beneficiaries is required");
      return FALSE;
    }
  if (!mutual_event_add_to_holding (model, self->trust, self->share_class, -total, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!mutual_event_add_to_holding (model, self->beneficiaries[i], self->share_class, self->count, error))
      return FALSE;
  return TRUE;
}

static char *
trust_allocation_describe (MutualEvent *event)
{
  MutualTrustAllocationEvent *self = MUTUAL_TRUST_ALLOCATION_EVENT (event);

  return g_strdup_printf ("%s allocates %" G_GINT64_FORMAT " shares of %s to each of %u beneficiaries",
                          self->trust, self->count, self->share_class,
                          self->beneficiaries ? g_strv_length (self->beneficiaries) : 0);
}

static void
mutual_trust_allocation_event_finalize (GObject *object)
{
  MutualTrustAllocationEvent *self = MUTUAL_TRUST_ALLOCATION_EVENT (object);

  g_free (self->trust);
  g_free (self->share_class);
  g_strfreev (self->beneficiaries);

  G_OBJECT_CLASS (mutual_trust_allocation_event_parent_class)->finalize (object);
}

static void
mutual_trust_allocation_event_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  MutualTrustAllocationEvent *self = MUTUAL_TRUST_ALLOCATION_EVENT (object);

  switch (prop_id)
    {
    case PROP_TRUST:
      g_value_set_string (value, self->trust);
      break;
    case PROP_SHARE_CLASS:
      g_value_set_string (value, self->share_class);
      break;
    case PROP_BENEFICIARIES:
      g_value_set_boxed (value, self->beneficiaries);
      break;
    case PROP_COUNT:
      g_value_set_int64 (value, self->count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_trust_allocation_event_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  MutualTrustAllocationEvent *self = MUTUAL_TRUST_ALLOCATION_EVENT (object);

  switch (prop_id)
    {
    case PROP_TRUST:
      self->trust = g_value_dup_string (value);
      break;
    case PROP_SHARE_CLASS:
      self->share_class = g_value_dup_string (value);
      break;
    case PROP_BENEFICIARIES:
      self->beneficiaries = g_value_dup_boxed (value);
      break;
    case PROP_COUNT:
      self->count = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_trust_allocation_event_class_init (MutualTrustAllocationEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MutualEventClass *event_class = MUTUAL_EVENT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_trust_allocation_event_finalize;
  object_class->get_property = mutual_trust_allocation_event_get_property;
  object_class->set_property = mutual_trust_allocation_event_set_property;
  event_class->apply = trust_allocation_apply;
  event_class->describe = trust_allocation_describe;
  mutual_event_class_set_kind (event_class, "trust-allocation");

  /**
   * MutualTrustAllocationEvent:trust:
   *
   * The id of the trust.
   *
   * Since: 1.0
   */
  properties[PROP_TRUST] = g_param_spec_string ("trust", NULL, NULL, NULL, flags);

  /**
   * MutualTrustAllocationEvent:share-class:
   *
   * The id of the share class.
   *
   * Since: 1.0
   */
  properties[PROP_SHARE_CLASS] = g_param_spec_string ("share-class", NULL, NULL, NULL, flags);

  /**
   * MutualTrustAllocationEvent:beneficiaries:
   *
   * The ids of the beneficiaries who receive shares.
   *
   * Since: 1.0
   */
  properties[PROP_BENEFICIARIES] = g_param_spec_boxed ("beneficiaries", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * MutualTrustAllocationEvent:count:
   *
   * How many shares each beneficiary receives; more than 0.
   *
   * Since: 1.0
   */
  properties[PROP_COUNT] = g_param_spec_int64 ("count", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_trust_allocation_event_init (MutualTrustAllocationEvent *self)
{
}
