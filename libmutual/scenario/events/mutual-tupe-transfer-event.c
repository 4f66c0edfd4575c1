/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-transfer-analysis.h"
#include "mutual-transfer-plan.h"
#include "mutual-enum-types.h"
#include "mutual-event-private.h"

/**
 * MutualTupeTransferEvent:
 *
 * A relevant transfer under TUPE takes effect: every member of staff in
 * scope of one of the model's transfer plans (employed by a transferor,
 * assigned to the organised grouping, not objecting) becomes an employee of
 * the plan's transferee, with continuity of employment kept (TUPE 2006 reg
 * 4(1)).
 *
 * In scenario files: `"type": "tupe-transfer"`.
 *
 * Since: 1.0
 */

struct _MutualTupeTransferEvent
{
  MutualEvent parent_instance;

  char *plan;
};

G_DEFINE_FINAL_TYPE (MutualTupeTransferEvent, mutual_tupe_transfer_event, MUTUAL_TYPE_EVENT)

enum {
  PROP_0,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
tupe_transfer_apply (MutualEvent  *event,
                     MutualModel  *model,
                     GError      **error)
{
  MutualTupeTransferEvent *self = MUTUAL_TUPE_TRANSFER_EVENT (event);
  g_autoptr(MutualTransferAnalysis) analysis = NULL;
  g_autoptr(GPtrArray) moving = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *transferring;
  GValue employer = G_VALUE_INIT;
  gboolean ok = TRUE;

  if (!mutual_event_require (event, error, "plan", NULL) ||
      !(analysis = mutual_transfer_analysis_new (model, self->plan, error)))
    return FALSE;
  transferring = mutual_transfer_analysis_get_transferring (analysis);
  for (guint i = 0; i < g_list_model_get_n_items (transferring); i++)
    g_ptr_array_add (moving, g_list_model_get_item (transferring, i));
  g_value_init (&employer, G_TYPE_STRING);
  g_value_set_string (&employer, mutual_transfer_plan_get_transferee (mutual_transfer_analysis_get_plan (analysis)));
  for (guint i = 0; i < moving->len && ok; i++)
    {
      g_autoptr(GObject) moved = mutual_event_object_with (g_ptr_array_index (moving, i), "employer", &employer);

      ok = mutual_model_replace_item (model, MUTUAL_COLLECTION_STAFF, moved, error);
    }
  g_value_unset (&employer);
  return ok;
}

static char *
tupe_transfer_describe (MutualEvent *event)
{
  MutualTupeTransferEvent *self = MUTUAL_TUPE_TRANSFER_EVENT (event);

  return g_strdup_printf ("the staff in scope of transfer plan %s move to its transferee (TUPE 2006 reg 4)",
                          self->plan);
}

static void
mutual_tupe_transfer_event_finalize (GObject *object)
{
  MutualTupeTransferEvent *self = MUTUAL_TUPE_TRANSFER_EVENT (object);

  g_free (self->plan);

  G_OBJECT_CLASS (mutual_tupe_transfer_event_parent_class)->finalize (object);
}

static void
mutual_tupe_transfer_event_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MutualTupeTransferEvent *self = MUTUAL_TUPE_TRANSFER_EVENT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_string (value, self->plan);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_tupe_transfer_event_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MutualTupeTransferEvent *self = MUTUAL_TUPE_TRANSFER_EVENT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_tupe_transfer_event_class_init (MutualTupeTransferEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MutualEventClass *event_class = MUTUAL_EVENT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_tupe_transfer_event_finalize;
  object_class->get_property = mutual_tupe_transfer_event_get_property;
  object_class->set_property = mutual_tupe_transfer_event_set_property;
  event_class->apply = tupe_transfer_apply;
  event_class->describe = tupe_transfer_describe;
  mutual_event_class_set_kind (event_class, "tupe-transfer");

  /**
   * MutualTupeTransferEvent:plan:
   *
   * The id of the transfer plan.
   *
   * Since: 1.0
   */
  properties[PROP_PLAN] = g_param_spec_string ("plan", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_tupe_transfer_event_init (MutualTupeTransferEvent *self)
{
}
