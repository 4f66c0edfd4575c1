/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-event-private.h"

/**
 * MutualSubdivideSharesEvent:
 *
 * Every share of a class is divided into a number of shares of the same
 * class (Companies Act 2006 s618): each holding is multiplied by the factor
 * and the nominal value divided by it, which must leave whole pence.
 *
 * In scenario files: `"type": "subdivide-shares"`.
 *
 * Since: 1.0
 */

struct _MutualSubdivideSharesEvent
{
  MutualEvent parent_instance;

  char *share_class;
  gint64 factor;
};

G_DEFINE_FINAL_TYPE (MutualSubdivideSharesEvent, mutual_subdivide_shares_event, MUTUAL_TYPE_EVENT)

enum {
  PROP_0,
  PROP_SHARE_CLASS,
  PROP_FACTOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
subdivide_shares_apply (MutualEvent  *event,
                        MutualModel  *model,
                        GError      **error)
{
  MutualSubdivideSharesEvent *self = MUTUAL_SUBDIVIDE_SHARES_EVENT (event);
  g_autoptr(GPtrArray) holdings = NULL;
  g_autoptr(MutualShareClass) replaced = NULL;
  MutualShareClass *klass;
  gint64 nominal;

  if (!mutual_event_require (event, error, "share-class", NULL) ||
      !(klass = mutual_event_need_class (model, self->share_class, error)))
    return FALSE;
  if (self->factor < 2)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                   "the factor must be at least 2 (it is %" G_GINT64_FORMAT ")", self->factor);
      return FALSE;
    }
  nominal = mutual_share_class_get_nominal_value (klass);
  if (nominal % self->factor != 0)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                   "a nominal value of %" G_GINT64_FORMAT "p does not divide into %" G_GINT64_FORMAT " shares of whole pence",
                   nominal, self->factor);
      return FALSE;
    }
  holdings = mutual_event_holdings_in (model, self->share_class);
  for (guint i = 0; i < holdings->len; i++)
    {
      MutualHolding *holding = g_ptr_array_index (holdings, i);
      gint64 count;

      if (__builtin_mul_overflow (mutual_holding_get_count (holding), self->factor, &count))
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW,
                       "“%s” would hold more than %" G_GINT64_FORMAT " shares of “%s”",
                       mutual_holding_get_holder (holding), G_MAXINT64, self->share_class);
          return FALSE;
        }
      if (!mutual_model_set_holding (model, mutual_holding_get_holder (holding), self->share_class, count, error))
        return FALSE;
    }
  replaced = mutual_event_class_with (klass, "nominal-value", nominal / self->factor, NULL);
  return mutual_model_replace_item (model, MUTUAL_COLLECTION_SHARE_CLASSES, replaced, error);
}

static char *
subdivide_shares_describe (MutualEvent *event)
{
  MutualSubdivideSharesEvent *self = MUTUAL_SUBDIVIDE_SHARES_EVENT (event);

  return g_strdup_printf ("each share of %s is subdivided into %" G_GINT64_FORMAT,
                          self->share_class, self->factor);
}

static void
mutual_subdivide_shares_event_finalize (GObject *object)
{
  MutualSubdivideSharesEvent *self = MUTUAL_SUBDIVIDE_SHARES_EVENT (object);

  g_free (self->share_class);

  G_OBJECT_CLASS (mutual_subdivide_shares_event_parent_class)->finalize (object);
}

static void
mutual_subdivide_shares_event_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  MutualSubdivideSharesEvent *self = MUTUAL_SUBDIVIDE_SHARES_EVENT (object);

  switch (prop_id)
    {
    case PROP_SHARE_CLASS:
      g_value_set_string (value, self->share_class);
      break;
    case PROP_FACTOR:
      g_value_set_int64 (value, self->factor);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_subdivide_shares_event_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  MutualSubdivideSharesEvent *self = MUTUAL_SUBDIVIDE_SHARES_EVENT (object);

  switch (prop_id)
    {
    case PROP_SHARE_CLASS:
      self->share_class = g_value_dup_string (value);
      break;
    case PROP_FACTOR:
      self->factor = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_subdivide_shares_event_class_init (MutualSubdivideSharesEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MutualEventClass *event_class = MUTUAL_EVENT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_subdivide_shares_event_finalize;
  object_class->get_property = mutual_subdivide_shares_event_get_property;
  object_class->set_property = mutual_subdivide_shares_event_set_property;
  event_class->apply = subdivide_shares_apply;
  event_class->describe = subdivide_shares_describe;
  mutual_event_class_set_kind (event_class, "subdivide-shares");

  /**
   * MutualSubdivideSharesEvent:share-class:
   *
   * The id of the share class.
   *
   * Since: 1.0
   */
  properties[PROP_SHARE_CLASS] = g_param_spec_string ("share-class", NULL, NULL, NULL, flags);

  /**
   * MutualSubdivideSharesEvent:factor:
   *
   * How many shares each share becomes; at least 2.
   *
   * Since: 1.0
   */
  properties[PROP_FACTOR] = g_param_spec_int64 ("factor", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_subdivide_shares_event_init (MutualSubdivideSharesEvent *self)
{
}
