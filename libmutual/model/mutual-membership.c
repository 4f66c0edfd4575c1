/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-membership-private.h"

/**
 * MutualMembership:
 *
 * A party's membership of a co-operative, community benefit society or company
 * limited by guarantee, with the votes it carries (one member one vote unless
 * the rules say otherwise). Memberships are immutable.
 *
 * Since: 1.0
 */
struct _MutualMembership
{
  GObject parent_instance;

  char *member;
  char *organisation;
  guint votes;
};

G_DEFINE_FINAL_TYPE (MutualMembership, mutual_membership, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MEMBER,
  PROP_ORGANISATION,
  PROP_VOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_membership_finalize (GObject *object)
{
  MutualMembership *self = MUTUAL_MEMBERSHIP (object);

  g_free (self->member);
  g_free (self->organisation);

  G_OBJECT_CLASS (mutual_membership_parent_class)->finalize (object);
}

static void
mutual_membership_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MutualMembership *self = MUTUAL_MEMBERSHIP (object);

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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_membership_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MutualMembership *self = MUTUAL_MEMBERSHIP (object);

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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_membership_class_init (MutualMembershipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_membership_finalize;
  object_class->get_property = mutual_membership_get_property;
  object_class->set_property = mutual_membership_set_property;

  /**
   * MutualMembership:member:
   *
   * The id of the member.
   *
   * Since: 1.0
   */
  properties[PROP_MEMBER] =
    g_param_spec_string ("member", NULL, NULL, NULL, flags);

  /**
   * MutualMembership:organisation:
   *
   * The id of the co-operative, society or guarantee company.
   *
   * Since: 1.0
   */
  properties[PROP_ORGANISATION] =
    g_param_spec_string ("organisation", NULL, NULL, NULL, flags);

  /**
   * MutualMembership:votes:
   *
   * The votes the membership carries in general meetings, usually 1.
   *
   * Since: 1.0
   */
  properties[PROP_VOTES] =
    g_param_spec_uint ("votes", NULL, NULL, 0, G_MAXUINT, 1, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_membership_init (MutualMembership *self)
{
}

/**
 * mutual_membership_new:
 * @member: the id of the member
 * @organisation: the id of the organisation the member belongs to
 * @votes: the votes the membership carries
 *
 * Creates a membership. Set the other properties with g_object_new().
 *
 * Returns: (transfer full): a new #MutualMembership
 *
 * Since: 1.0
 */
MutualMembership *
mutual_membership_new (const char *member,
                       const char *organisation,
                       guint votes)
{
  g_return_val_if_fail (member != NULL, NULL);
  g_return_val_if_fail (organisation != NULL, NULL);

  return g_object_new (MUTUAL_TYPE_MEMBERSHIP,
                       "member", member,
                       "organisation", organisation,
                       "votes", votes,
                       NULL);
}

MutualMembership *
mutual_membership_new_fields (const char *member,
                              const char *organisation,
                              guint       votes)
{
  /* no construct properties given: the defaults are set, then replaced */
  MutualMembership *self = g_object_new (MUTUAL_TYPE_MEMBERSHIP, NULL);

  g_free (self->member);
  g_free (self->organisation);
  self->member = g_strdup (member);
  self->organisation = g_strdup (organisation);
  self->votes = votes;
  return self;
}

/**
 * mutual_membership_get_member:
 * @self: a #MutualMembership
 *
 * Gets [property@Mutual.Membership:member].
 *
 * Returns: The id of the member
 *
 * Since: 1.0
 */
const char *
mutual_membership_get_member (MutualMembership *self)
{
  g_return_val_if_fail (MUTUAL_IS_MEMBERSHIP (self), NULL);

  return self->member;
}

/**
 * mutual_membership_get_organisation:
 * @self: a #MutualMembership
 *
 * Gets [property@Mutual.Membership:organisation].
 *
 * Returns: The id of the organisation the member belongs to
 *
 * Since: 1.0
 */
const char *
mutual_membership_get_organisation (MutualMembership *self)
{
  g_return_val_if_fail (MUTUAL_IS_MEMBERSHIP (self), NULL);

  return self->organisation;
}

/**
 * mutual_membership_get_votes:
 * @self: a #MutualMembership
 *
 * Gets [property@Mutual.Membership:votes].
 *
 * Returns: The votes the membership carries
 *
 * Since: 1.0
 */
guint
mutual_membership_get_votes (MutualMembership *self)
{
  g_return_val_if_fail (MUTUAL_IS_MEMBERSHIP (self), 0);

  return self->votes;
}
