/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-event-private.h"

/**
 * MutualRemoveMemberEvent:
 *
 * A member leaves a guarantee company, co-operative or community benefit
 * society. The party stays in the model.
 *
 * In scenario files: `"type": "remove-member"`.
 *
 * Since: 1.0
 */

struct _MutualRemoveMemberEvent
{
  MutualEvent parent_instance;

  char *member;
  char *organisation;
};

G_DEFINE_FINAL_TYPE (MutualRemoveMemberEvent, mutual_remove_member_event, MUTUAL_TYPE_EVENT)

enum {
  PROP_0,
  PROP_MEMBER,
  PROP_ORGANISATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
remove_member_apply (MutualEvent  *event,
                     MutualModel  *model,
                     GError      **error)
{
  MutualRemoveMemberEvent *self = MUTUAL_REMOVE_MEMBER_EVENT (event);

  if (!mutual_event_require (event, error, "member", "organisation", NULL) ||
      !mutual_event_need_party (model, self->member, error) ||
      !mutual_event_need_party (model, self->organisation, error))
    return FALSE;
  if (mutual_model_lookup_membership (model, self->member, self->organisation) == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID, "“%s” is not a member of “%s”",
                   self->member, self->organisation);
      return FALSE;
    }
  return mutual_model_remove_membership (model, self->member, self->organisation, error);
}

static char *
remove_member_describe (MutualEvent *event)
{
  MutualRemoveMemberEvent *self = MUTUAL_REMOVE_MEMBER_EVENT (event);

  return g_strdup_printf ("%s stops being a member of %s", self->member, self->organisation);
}

static void
mutual_remove_member_event_finalize (GObject *object)
{
  MutualRemoveMemberEvent *self = MUTUAL_REMOVE_MEMBER_EVENT (object);

  g_free (self->member);
  g_free (self->organisation);

  G_OBJECT_CLASS (mutual_remove_member_event_parent_class)->finalize (object);
}

static void
mutual_remove_member_event_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MutualRemoveMemberEvent *self = MUTUAL_REMOVE_MEMBER_EVENT (object);

  switch (prop_id)
    {
    case PROP_MEMBER:
      g_value_set_string (value, self->member);
      break;
    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_remove_member_event_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MutualRemoveMemberEvent *self = MUTUAL_REMOVE_MEMBER_EVENT (object);

  switch (prop_id)
    {
    case PROP_MEMBER:
      self->member = g_value_dup_string (value);
      break;
    case PROP_ORGANISATION:
      self->organisation = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_remove_member_event_class_init (MutualRemoveMemberEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MutualEventClass *event_class = MUTUAL_EVENT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_remove_member_event_finalize;
  object_class->get_property = mutual_remove_member_event_get_property;
  object_class->set_property = mutual_remove_member_event_set_property;
  event_class->apply = remove_member_apply;
  event_class->describe = remove_member_describe;
  mutual_event_class_set_kind (event_class, "remove-member");

  /**
   * MutualRemoveMemberEvent:member:
   *
   * The id of the member.
   *
   * Since: 1.0
   */
  properties[PROP_MEMBER] = g_param_spec_string ("member", NULL, NULL, NULL, flags);

  /**
   * MutualRemoveMemberEvent:organisation:
   *
   * The id of the organisation.
   *
   * Since: 1.0
   */
  properties[PROP_ORGANISATION] = g_param_spec_string ("organisation", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_remove_member_event_init (MutualRemoveMemberEvent *self)
{
}
