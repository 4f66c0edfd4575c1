/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-event-private.h"

/**
 * MutualRemoveBoardRightEvent:
 *
 * A party loses its right to appoint directors of a company.
 *
 * In scenario files: `"type": "remove-board-right"`.
 *
 * Since: 1.0
 */

struct _MutualRemoveBoardRightEvent
{
  MutualEvent parent_instance;

  char *appointer;
  char *company;
};

G_DEFINE_FINAL_TYPE (MutualRemoveBoardRightEvent, mutual_remove_board_right_event, MUTUAL_TYPE_EVENT)

enum {
  PROP_0,
  PROP_APPOINTER,
  PROP_COMPANY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
remove_board_right_apply (MutualEvent  *event,
                          MutualModel  *model,
                          GError      **error)
{
  MutualRemoveBoardRightEvent *self = MUTUAL_REMOVE_BOARD_RIGHT_EVENT (event);

  if (!mutual_event_require (event, error, "appointer", "company", NULL) ||
      !mutual_event_need_party (model, self->appointer, error) ||
      !mutual_event_need_party (model, self->company, error))
    return FALSE;
  if (mutual_model_lookup_board_right (model, self->appointer, self->company) == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID, "“%s” has no right to appoint directors of “%s”",
                   self->appointer, self->company);
      return FALSE;
    }
  return mutual_model_remove_board_right (model, self->appointer, self->company, error);
}

static char *
remove_board_right_describe (MutualEvent *event)
{
  MutualRemoveBoardRightEvent *self = MUTUAL_REMOVE_BOARD_RIGHT_EVENT (event);

  return g_strdup_printf ("%s loses its right to appoint directors of %s", self->appointer, self->company);
}

static void
mutual_remove_board_right_event_finalize (GObject *object)
{
  MutualRemoveBoardRightEvent *self = MUTUAL_REMOVE_BOARD_RIGHT_EVENT (object);

  g_free (self->appointer);
  g_free (self->company);

  G_OBJECT_CLASS (mutual_remove_board_right_event_parent_class)->finalize (object);
}

static void
mutual_remove_board_right_event_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  MutualRemoveBoardRightEvent *self = MUTUAL_REMOVE_BOARD_RIGHT_EVENT (object);

  switch (prop_id)
    {
    case PROP_APPOINTER:
      g_value_set_string (value, self->appointer);
      break;
    case PROP_COMPANY:
      g_value_set_string (value, self->company);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_remove_board_right_event_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  MutualRemoveBoardRightEvent *self = MUTUAL_REMOVE_BOARD_RIGHT_EVENT (object);

  switch (prop_id)
    {
    case PROP_APPOINTER:
      self->appointer = g_value_dup_string (value);
      break;
    case PROP_COMPANY:
      self->company = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_remove_board_right_event_class_init (MutualRemoveBoardRightEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MutualEventClass *event_class = MUTUAL_EVENT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_remove_board_right_event_finalize;
  object_class->get_property = mutual_remove_board_right_event_get_property;
  object_class->set_property = mutual_remove_board_right_event_set_property;
  event_class->apply = remove_board_right_apply;
  event_class->describe = remove_board_right_describe;
  mutual_event_class_set_kind (event_class, "remove-board-right");

  /**
   * MutualRemoveBoardRightEvent:appointer:
   *
   * The id of the party that appointed.
   *
   * Since: 1.0
   */
  properties[PROP_APPOINTER] = g_param_spec_string ("appointer", NULL, NULL, NULL, flags);

  /**
   * MutualRemoveBoardRightEvent:company:
   *
   * The id of the company.
   *
   * Since: 1.0
   */
  properties[PROP_COMPANY] = g_param_spec_string ("company", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_remove_board_right_event_init (MutualRemoveBoardRightEvent *self)
{
}
