/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-event-private.h"

/**
 * MutualConvertSharesEvent:
 *
 * Shares of one class are converted into shares of another class of the same
 * company, at a ratio of new shares per old share (1 unless given): for one
 * holder, or for every holder of the class.
 *
 * A conversion must not lose shares: if a holding converts into a fraction
 * of a share, the event fails.
 *
 * In scenario files: `"type": "convert-shares"`.
 *
 * Since: 1.0
 */

struct _MutualConvertSharesEvent
{
  MutualEvent parent_instance;

  char *holder;
  char *share_class;
  char *to_share_class;
  gint64 count;
  MutualFraction *ratio;
};

G_DEFINE_FINAL_TYPE (MutualConvertSharesEvent, mutual_convert_shares_event, MUTUAL_TYPE_EVENT)

enum {
  PROP_0,
  PROP_HOLDER,
  PROP_SHARE_CLASS,
  PROP_TO_SHARE_CLASS,
  PROP_COUNT,
  PROP_RATIO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
convert_one (MutualConvertSharesEvent  *self,
             MutualModel               *model,
             const char                *holder,
             gint64                     count,
             const MutualFraction      *ratio,
             GError                   **error)
{
  __int128 product = (__int128) count * ratio->numerator;
  __int128 converted = product / ratio->denominator;

  if (product % ratio->denominator != 0)
    {
      g_autofree char *text = mutual_fraction_to_string (ratio);

      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                   "%" G_GINT64_FORMAT " shares of “%s” held by “%s” convert at %s into a fraction of a share "
                   "of “%s”: a conversion must not lose shares",
                   count, self->share_class, holder, text, self->to_share_class);
      return FALSE;
    }
  if (converted > G_MAXINT64)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW,
                   "converting the shares of “%s” would give more than %" G_GINT64_FORMAT " shares",
                   holder, G_MAXINT64);
      return FALSE;
    }
  return mutual_event_add_to_holding (model, holder, self->share_class, -count, error) &&
         mutual_event_add_to_holding (model, holder, self->to_share_class, (gint64) converted, error);
}

static gboolean
convert_shares_apply (MutualEvent  *event,
                      MutualModel  *model,
                      GError      **error)
{
  MutualConvertSharesEvent *self = MUTUAL_CONVERT_SHARES_EVENT (event);
  MutualFraction one = { 1, 1 };
  const MutualFraction *ratio = self->ratio ? self->ratio : &one;
  MutualShareClass *from, *to;

  if (!mutual_event_require (event, error, "share-class", "to-share-class", NULL) ||
      !(from = mutual_event_need_class (model, self->share_class, error)) ||
      !(to = mutual_event_need_class (model, self->to_share_class, error)))
    return FALSE;
  if (from == to || g_strcmp0 (mutual_share_class_get_issuer (from), mutual_share_class_get_issuer (to)) != 0)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                   "“%s” can only convert into another class of the same company", self->share_class);
      return FALSE;
    }
  if (ratio->numerator <= 0)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "the ratio must be more than 0");
      return FALSE;
    }
  if (self->holder != NULL)
    {
      gint64 count = self->count;

      if (!mutual_event_need_party (model, self->holder, error))
        return FALSE;
      if (count == 0)
        count = mutual_event_held (model, self->holder, self->share_class);
      if (!mutual_event_need_positive (count, "the number of shares converted", error))
        return FALSE;
      return convert_one (self, model, self->holder, count, ratio, error);
    }
  if (self->count != 0)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                   "a count needs a holder: without one, every holder's shares convert");
      return FALSE;
    }
  {
    g_autoptr(GPtrArray) holdings = mutual_event_holdings_in (model, self->share_class);

    for (guint i = 0; i < holdings->len; i++)
      {
        MutualHolding *holding = g_ptr_array_index (holdings, i);

        if (!convert_one (self, model, mutual_holding_get_holder (holding),
                          mutual_holding_get_count (holding), ratio, error))
          return FALSE;
      }
  }
  return TRUE;
}

static char *
convert_shares_describe (MutualEvent *event)
{
  MutualConvertSharesEvent *self = MUTUAL_CONVERT_SHARES_EVENT (event);
  g_autofree char *ratio = self->ratio ? mutual_fraction_to_string (self->ratio) : g_strdup ("1");
  g_autofree char *what = NULL;

  if (self->holder == NULL)
    what = g_strdup_printf ("every share of %s", self->share_class);
  else if (self->count == 0)
    what = g_strdup_printf ("%s's shares of %s", self->holder, self->share_class);
  else
    what = g_strdup_printf ("%" G_GINT64_FORMAT " of %s's shares of %s", self->count, self->holder, self->share_class);
  return g_strdup_printf ("%s convert into %s at %s new for each", what, self->to_share_class, ratio);
}

static void
mutual_convert_shares_event_finalize (GObject *object)
{
  MutualConvertSharesEvent *self = MUTUAL_CONVERT_SHARES_EVENT (object);

  g_free (self->holder);
  g_free (self->share_class);
  g_free (self->to_share_class);
  g_clear_pointer (&self->ratio, mutual_fraction_free);

  G_OBJECT_CLASS (mutual_convert_shares_event_parent_class)->finalize (object);
}

static void
mutual_convert_shares_event_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MutualConvertSharesEvent *self = MUTUAL_CONVERT_SHARES_EVENT (object);

  switch (prop_id)
    {
    case PROP_HOLDER:
      g_value_set_string (value, self->holder);
      break;
    case PROP_SHARE_CLASS:
      g_value_set_string (value, self->share_class);
      break;
    case PROP_TO_SHARE_CLASS:
      g_value_set_string (value, self->to_share_class);
      break;
    case PROP_COUNT:
      g_value_set_int64 (value, self->count);
      break;
    case PROP_RATIO:
      g_value_set_boxed (value, self->ratio);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_convert_shares_event_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MutualConvertSharesEvent *self = MUTUAL_CONVERT_SHARES_EVENT (object);

  switch (prop_id)
    {
    case PROP_HOLDER:
      self->holder = g_value_dup_string (value);
      break;
    case PROP_SHARE_CLASS:
      self->share_class = g_value_dup_string (value);
      break;
    case PROP_TO_SHARE_CLASS:
      self->to_share_class = g_value_dup_string (value);
      break;
    case PROP_COUNT:
      self->count = g_value_get_int64 (value);
      break;
    case PROP_RATIO:
      self->ratio = g_value_dup_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_convert_shares_event_class_init (MutualConvertSharesEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MutualEventClass *event_class = MUTUAL_EVENT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_convert_shares_event_finalize;
  object_class->get_property = mutual_convert_shares_event_get_property;
  object_class->set_property = mutual_convert_shares_event_set_property;
  event_class->apply = convert_shares_apply;
  event_class->describe = convert_shares_describe;
  mutual_event_class_set_kind (event_class, "convert-shares");

  /**
   * MutualConvertSharesEvent:holder:
   *
   * The id of the holder whose shares convert; unset for every holder of the
   * class.
   *
   * Since: 1.0
   */
  properties[PROP_HOLDER] = g_param_spec_string ("holder", NULL, NULL, NULL, flags);

  /**
   * MutualConvertSharesEvent:share-class:
   *
   * The id of the class converted from.
   *
   * Since: 1.0
   */
  properties[PROP_SHARE_CLASS] = g_param_spec_string ("share-class", NULL, NULL, NULL, flags);

  /**
   * MutualConvertSharesEvent:to-share-class:
   *
   * The id of the class converted into.
   *
   * Since: 1.0
   */
  properties[PROP_TO_SHARE_CLASS] = g_param_spec_string ("to-share-class", NULL, NULL, NULL, flags);

  /**
   * MutualConvertSharesEvent:count:
   *
   * How many shares convert; 0 (the default) for all that are held. Only
   * with a holder.
   *
   * Since: 1.0
   */
  properties[PROP_COUNT] = g_param_spec_int64 ("count", NULL, NULL, 0, G_MAXINT64, 0, flags);

  /**
   * MutualConvertSharesEvent:ratio:
   *
   * New shares per old share; 1 when unset.
   *
   * Since: 1.0
   */
  properties[PROP_RATIO] = g_param_spec_boxed ("ratio", NULL, NULL, MUTUAL_TYPE_FRACTION, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_convert_shares_event_init (MutualConvertSharesEvent *self)
{
}
