/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-contract.h"
#include "mutual-procurement.h"
#include "mutual-enum-types.h"
#include "mutual-event-private.h"

/**
 * MutualEndContractEvent:
 *
 * A contract ends early, on the event's date (terminated, or handed back):
 * its end date becomes the event's date, which must not be before it starts
 * or after it would have ended. Its options to extend lapse with it
 * ([property@Mutual.Contract:extension-months] becomes 0), so its latest
 * end ([method@Mutual.Contract.dup_latest_end]) is the event's date.
 *
 * In scenario files: `"type": "end-contract"`.
 *
 * Since: 1.0
 */

struct _MutualEndContractEvent
{
  MutualEvent parent_instance;

  char *contract;
};

G_DEFINE_FINAL_TYPE (MutualEndContractEvent, mutual_end_contract_event, MUTUAL_TYPE_EVENT)

enum {
  PROP_0,
  PROP_CONTRACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
end_contract_apply (MutualEvent  *event,
                    MutualModel  *model,
                    GError      **error)
{
  MutualEndContractEvent *self = MUTUAL_END_CONTRACT_EVENT (event);
  g_autoptr(GObject) ended = NULL;
  g_autoptr(GObject) shortened = NULL;
  MutualContract *contract;
  const char *date = mutual_event_get_date (event);
  GValue end = G_VALUE_INIT;

  if (!mutual_event_require (event, error, "contract", NULL))
    return FALSE;
  contract = mutual_model_lookup_contract (model, self->contract);
  if (contract == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID, "there is no contract “%s”", self->contract);
      return FALSE;
    }
  if (g_strcmp0 (date, mutual_contract_get_end (contract)) > 0)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_ORDER, "contract “%s” has already ended, on %s",
                   self->contract, mutual_contract_get_end (contract));
      return FALSE;
    }
  g_value_init (&end, G_TYPE_STRING);
  g_value_set_string (&end, date);
  shortened = mutual_event_object_with (G_OBJECT (contract), "end", &end);
  g_value_unset (&end);
  /* an ended contract has no options to extend left */
  g_value_init (&end, G_TYPE_UINT);
  g_value_set_uint (&end, 0);
  ended = mutual_event_object_with (shortened, "extension-months", &end);
  g_value_unset (&end);
  return mutual_model_replace_contract (model, MUTUAL_CONTRACT (ended), error);
}

static char *
end_contract_describe (MutualEvent *event)
{
  MutualEndContractEvent *self = MUTUAL_END_CONTRACT_EVENT (event);

  return g_strdup_printf ("contract %s ends", self->contract);
}

static void
mutual_end_contract_event_finalize (GObject *object)
{
  MutualEndContractEvent *self = MUTUAL_END_CONTRACT_EVENT (object);

  g_free (self->contract);

  G_OBJECT_CLASS (mutual_end_contract_event_parent_class)->finalize (object);
}

static void
mutual_end_contract_event_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MutualEndContractEvent *self = MUTUAL_END_CONTRACT_EVENT (object);

  switch (prop_id)
    {
    case PROP_CONTRACT:
      g_value_set_string (value, self->contract);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_end_contract_event_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MutualEndContractEvent *self = MUTUAL_END_CONTRACT_EVENT (object);

  switch (prop_id)
    {
    case PROP_CONTRACT:
      self->contract = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_end_contract_event_class_init (MutualEndContractEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MutualEventClass *event_class = MUTUAL_EVENT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_end_contract_event_finalize;
  object_class->get_property = mutual_end_contract_event_get_property;
  object_class->set_property = mutual_end_contract_event_set_property;
  event_class->apply = end_contract_apply;
  event_class->describe = end_contract_describe;
  mutual_event_class_set_kind (event_class, "end-contract");

  /**
   * MutualEndContractEvent:contract:
   *
   * The id of the contract.
   *
   * Since: 1.0
   */
  properties[PROP_CONTRACT] = g_param_spec_string ("contract", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_end_contract_event_init (MutualEndContractEvent *self)
{
}
