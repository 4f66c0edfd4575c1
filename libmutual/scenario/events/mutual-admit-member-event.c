/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-event-private.h"

/**
 * MutualAdmitMemberEvent:
 *
 * A party becomes a member of a guarantee company, co-operative or community
 * benefit society (one member one vote). A company limited by shares has its
 * shareholders as members: issue or transfer shares instead. A member not
 * yet in the model is added when a name is given.
 *
 * In scenario files: `"type": "admit-member"`.
 *
 * Since: 1.0
 */

struct _MutualAdmitMemberEvent
{
  MutualEvent parent_instance;

  char *member;
  char *organisation;
  guint votes;
  char *name;
  MutualPartyKind kind;
};

G_DEFINE_FINAL_TYPE (MutualAdmitMemberEvent, mutual_admit_member_event, MUTUAL_TYPE_EVENT)

enum {
  PROP_0,
  PROP_MEMBER,
  PROP_ORGANISATION,
  PROP_VOTES,
  PROP_NAME,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
admit_member_apply (MutualEvent  *event,
                    MutualModel  *model,
                    GError      **error)
{
  MutualAdmitMemberEvent *self = MUTUAL_ADMIT_MEMBER_EVENT (event);
  g_autoptr(MutualMembership) membership = NULL;
  MutualParty *organisation;

  if (!mutual_event_require (event, error, "member", "organisation", NULL) ||
      !(organisation = mutual_event_need_party (model, self->organisation, error)))
    return FALSE;
  if (mutual_party_kind_get_vote_basis (mutual_party_get_kind (organisation)) != MUTUAL_VOTE_BASIS_PER_MEMBER)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                   "“%s” is a %s, whose members are its shareholders: issue or transfer shares instead",
                   self->organisation, mutual_party_kind_to_string (mutual_party_get_kind (organisation)));
      return FALSE;
    }
  if (mutual_model_lookup_party (model, self->member) == NULL)
    {
      g_autoptr(MutualParty) party = NULL;

      if (self->name == NULL)
        return mutual_event_need_party (model, self->member, error) != NULL;
      party = mutual_party_new (self->member, self->name, self->kind);
      if (!mutual_model_add_party (model, party, error))
        return FALSE;
    }
  if (mutual_model_lookup_membership (model, self->member, self->organisation) != NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_DUPLICATE_ID, "“%s” is already a member of “%s”",
                   self->member, self->organisation);
      return FALSE;
    }
  membership = mutual_membership_new (self->member, self->organisation, self->votes);
  return mutual_model_add_membership (model, membership, error);
}

static char *
admit_member_describe (MutualEvent *event)
{
  MutualAdmitMemberEvent *self = MUTUAL_ADMIT_MEMBER_EVENT (event);

  return g_strdup_printf ("%s becomes a member of %s with %u vote%s", self->member, self->organisation,
                          self->votes, self->votes == 1 ? "" : "s");
}

static void
mutual_admit_member_event_finalize (GObject *object)
{
  MutualAdmitMemberEvent *self = MUTUAL_ADMIT_MEMBER_EVENT (object);

  g_free (self->member);
  g_free (self->organisation);
  g_free (self->name);

  G_OBJECT_CLASS (mutual_admit_member_event_parent_class)->finalize (object);
}

static void
mutual_admit_member_event_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MutualAdmitMemberEvent *self = MUTUAL_ADMIT_MEMBER_EVENT (object);

  switch (prop_id)
    {
    case PROP_MEMBER:
      g_value_set_string (value, self->member);
      break;
    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;
    case PROP_VOTES:
      g_value_set_uint (value, self->votes);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_admit_member_event_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MutualAdmitMemberEvent *self = MUTUAL_ADMIT_MEMBER_EVENT (object);

  switch (prop_id)
    {
    case PROP_MEMBER:
      self->member = g_value_dup_string (value);
      break;
    case PROP_ORGANISATION:
      self->organisation = g_value_dup_string (value);
      break;
    case PROP_VOTES:
      self->votes = g_value_get_uint (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_admit_member_event_class_init (MutualAdmitMemberEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MutualEventClass *event_class = MUTUAL_EVENT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_admit_member_event_finalize;
  object_class->get_property = mutual_admit_member_event_get_property;
  object_class->set_property = mutual_admit_member_event_set_property;
  event_class->apply = admit_member_apply;
  event_class->describe = admit_member_describe;
  mutual_event_class_set_kind (event_class, "admit-member");

  /**
   * MutualAdmitMemberEvent:member:
   *
   * The id of the new member.
   *
   * Since: 1.0
   */
  properties[PROP_MEMBER] = g_param_spec_string ("member", NULL, NULL, NULL, flags);

  /**
   * MutualAdmitMemberEvent:organisation:
   *
   * The id of the organisation.
   *
   * Since: 1.0
   */
  properties[PROP_ORGANISATION] = g_param_spec_string ("organisation", NULL, NULL, NULL, flags);

  /**
   * MutualAdmitMemberEvent:votes:
   *
   * The member's votes.
   *
   * Since: 1.0
   */
  properties[PROP_VOTES] = g_param_spec_uint ("votes", NULL, NULL, 0, G_MAXUINT, 1, flags);

  /**
   * MutualAdmitMemberEvent:name:
   *
   * The member's name, to add a member who is not yet a party.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);

  /**
   * MutualAdmitMemberEvent:kind:
   *
   * The legal form of a member who is added.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, MUTUAL_TYPE_PARTY_KIND, MUTUAL_PARTY_KIND_PERSON, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_admit_member_event_init (MutualAdmitMemberEvent *self)
{
}
