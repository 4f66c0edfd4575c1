/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-event-private.h"

/**
 * MutualTransferSharesEvent:
 *
 * A holder (the transferor) transfers shares of a class to another party
 * (the transferee). The transferor must hold at least that many.
 *
 * In scenario files: `"type": "transfer-shares"`.
 *
 * Since: 1.0
 */

struct _MutualTransferSharesEvent
{
  MutualEvent parent_instance;

  char *transferor;
  char *transferee;
  char *share_class;
  gint64 count;
};

G_DEFINE_FINAL_TYPE (MutualTransferSharesEvent, mutual_transfer_shares_event, MUTUAL_TYPE_EVENT)

enum {
  PROP_0,
  PROP_TRANSFEROR,
  PROP_TRANSFEREE,
  PROP_SHARE_CLASS,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
transfer_shares_apply (MutualEvent  *event,
                       MutualModel  *model,
                       GError      **error)
{
  MutualTransferSharesEvent *self = MUTUAL_TRANSFER_SHARES_EVENT (event);

  if (!mutual_event_require (event, error, "transferor", "transferee", "share-class", NULL) ||
      !mutual_event_need_party (model, self->transferor, error) ||
      !mutual_event_need_party (model, self->transferee, error) ||
      !mutual_event_need_class (model, self->share_class, error) ||
      !mutual_event_need_positive (self->count, "count", error))
    return FALSE;
  if (g_str_equal (self->transferor, self->transferee))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                   "“%s” cannot transfer shares to itself", self->transferor);
      return FALSE;
    }
  return mutual_event_add_to_holding (model, self->transferor, self->share_class, -self->count, error) &&
         mutual_event_add_to_holding (model, self->transferee, self->share_class, self->count, error);
}

static char *
transfer_shares_describe (MutualEvent *event)
{
  MutualTransferSharesEvent *self = MUTUAL_TRANSFER_SHARES_EVENT (event);

  return g_strdup_printf ("%s transfers %" G_GINT64_FORMAT " shares of %s to %s",
                          self->transferor, self->count, self->share_class, self->transferee);
}

static void
mutual_transfer_shares_event_finalize (GObject *object)
{
  MutualTransferSharesEvent *self = MUTUAL_TRANSFER_SHARES_EVENT (object);

  g_free (self->transferor);
  g_free (self->transferee);
  g_free (self->share_class);

  G_OBJECT_CLASS (mutual_transfer_shares_event_parent_class)->finalize (object);
}

static void
mutual_transfer_shares_event_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MutualTransferSharesEvent *self = MUTUAL_TRANSFER_SHARES_EVENT (object);

  switch (prop_id)
    {
    case PROP_TRANSFEROR:
      g_value_set_string (value, self->transferor);
      break;
    case PROP_TRANSFEREE:
      g_value_set_string (value, self->transferee);
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
mutual_transfer_shares_event_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MutualTransferSharesEvent *self = MUTUAL_TRANSFER_SHARES_EVENT (object);

  switch (prop_id)
    {
    case PROP_TRANSFEROR:
      self->transferor = g_value_dup_string (value);
      break;
    case PROP_TRANSFEREE:
      self->transferee = g_value_dup_string (value);
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
mutual_transfer_shares_event_class_init (MutualTransferSharesEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MutualEventClass *event_class = MUTUAL_EVENT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_transfer_shares_event_finalize;
  object_class->get_property = mutual_transfer_shares_event_get_property;
  object_class->set_property = mutual_transfer_shares_event_set_property;
  event_class->apply = transfer_shares_apply;
  event_class->describe = transfer_shares_describe;
  mutual_event_class_set_kind (event_class, "transfer-shares");

  /**
   * MutualTransferSharesEvent:transferor:
   *
   * The id of the party giving up the shares.
   *
   * Since: 1.0
   */
  properties[PROP_TRANSFEROR] = g_param_spec_string ("transferor", NULL, NULL, NULL, flags);

  /**
   * MutualTransferSharesEvent:transferee:
   *
   * The id of the party receiving them.
   *
   * Since: 1.0
   */
  properties[PROP_TRANSFEREE] = g_param_spec_string ("transferee", NULL, NULL, NULL, flags);

  /**
   * MutualTransferSharesEvent:share-class:
   *
   * The id of the share class.
   *
   * Since: 1.0
   */
  properties[PROP_SHARE_CLASS] = g_param_spec_string ("share-class", NULL, NULL, NULL, flags);

  /**
   * MutualTransferSharesEvent:count:
   *
   * How many shares change hands; more than 0.
   *
   * Since: 1.0
   */
  properties[PROP_COUNT] = g_param_spec_int64 ("count", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_transfer_shares_event_init (MutualTransferSharesEvent *self)
{
}
