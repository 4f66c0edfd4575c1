/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-event-private.h"

/**
 * MutualBuyBackSharesEvent:
 *
 * The company buys back shares of a class from a holder and cancels them
 * (Companies Act 2006 ss690, 706), or cancels them without payment; either
 * way the holder holds fewer and the class has fewer in issue.
 *
 * In scenario files: `"type": "buy-back-shares"`.
 *
 * Since: 1.0
 */

struct _MutualBuyBackSharesEvent
{
  MutualEvent parent_instance;

  char *holder;
  char *share_class;
  gint64 count;
};

G_DEFINE_FINAL_TYPE (MutualBuyBackSharesEvent, mutual_buy_back_shares_event, MUTUAL_TYPE_EVENT)

enum {
  PROP_0,
  PROP_HOLDER,
  PROP_SHARE_CLASS,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
buy_back_shares_apply (MutualEvent  *event,
                       MutualModel  *model,
                       GError      **error)
{
  MutualBuyBackSharesEvent *self = MUTUAL_BUY_BACK_SHARES_EVENT (event);

  return mutual_event_require (event, error, "holder", "share-class", NULL) &&
         mutual_event_need_party (model, self->holder, error) &&
         mutual_event_need_class (model, self->share_class, error) &&
         mutual_event_need_positive (self->count, "count", error) &&
         mutual_event_add_to_holding (model, self->holder, self->share_class, -self->count, error);
}

static char *
buy_back_shares_describe (MutualEvent *event)
{
  MutualBuyBackSharesEvent *self = MUTUAL_BUY_BACK_SHARES_EVENT (event);

  return g_strdup_printf ("%" G_GINT64_FORMAT " shares of %s held by %s are bought back and cancelled",
                          self->count, self->share_class, self->holder);
}

static void
mutual_buy_back_shares_event_finalize (GObject *object)
{
  MutualBuyBackSharesEvent *self = MUTUAL_BUY_BACK_SHARES_EVENT (object);

  g_free (self->holder);
  g_free (self->share_class);

  G_OBJECT_CLASS (mutual_buy_back_shares_event_parent_class)->finalize (object);
}

static void
mutual_buy_back_shares_event_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MutualBuyBackSharesEvent *self = MUTUAL_BUY_BACK_SHARES_EVENT (object);

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
mutual_buy_back_shares_event_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MutualBuyBackSharesEvent *self = MUTUAL_BUY_BACK_SHARES_EVENT (object);

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
mutual_buy_back_shares_event_class_init (MutualBuyBackSharesEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MutualEventClass *event_class = MUTUAL_EVENT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_buy_back_shares_event_finalize;
  object_class->get_property = mutual_buy_back_shares_event_get_property;
  object_class->set_property = mutual_buy_back_shares_event_set_property;
  event_class->apply = buy_back_shares_apply;
  event_class->describe = buy_back_shares_describe;
  mutual_event_class_set_kind (event_class, "buy-back-shares");

  /**
   * MutualBuyBackSharesEvent:holder:
   *
   * The id of the party whose shares are bought back.
   *
   * Since: 1.0
   */
  properties[PROP_HOLDER] = g_param_spec_string ("holder", NULL, NULL, NULL, flags);

  /**
   * MutualBuyBackSharesEvent:share-class:
   *
   * The id of the share class.
   *
   * Since: 1.0
   */
  properties[PROP_SHARE_CLASS] = g_param_spec_string ("share-class", NULL, NULL, NULL, flags);

  /**
   * MutualBuyBackSharesEvent:count:
   *
   * How many shares are bought back; more than 0 and no more than the holder
   * holds.
   *
   * Since: 1.0
   */
  properties[PROP_COUNT] = g_param_spec_int64 ("count", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_buy_back_shares_event_init (MutualBuyBackSharesEvent *self)
{
}
