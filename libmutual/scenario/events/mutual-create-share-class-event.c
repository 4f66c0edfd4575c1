/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-event-private.h"

/**
 * MutualCreateShareClassEvent:
 *
 * A company creates a new class of shares. Its rights are stated in full;
 * none are guessed from the name. The issuer must be a company or society
 * that issues shares, and the id must be new.
 *
 * In scenario files: `"type": "create-share-class"`.
 *
 * Since: 1.0
 */

struct _MutualCreateShareClassEvent
{
  MutualEvent parent_instance;

  char *share_class;
  char *issuer;
  char *name;
  guint votes_per_share;
  guint dividend_weight;
  guint capital_weight;
  gint64 nominal_value;
  gboolean ordinary;
  MutualSpecialRights special_rights;
};

G_DEFINE_FINAL_TYPE (MutualCreateShareClassEvent, mutual_create_share_class_event, MUTUAL_TYPE_EVENT)

enum {
  PROP_0,
  PROP_SHARE_CLASS,
  PROP_ISSUER,
  PROP_NAME,
  PROP_VOTES_PER_SHARE,
  PROP_DIVIDEND_WEIGHT,
  PROP_CAPITAL_WEIGHT,
  PROP_NOMINAL_VALUE,
  PROP_ORDINARY,
  PROP_SPECIAL_RIGHTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
create_share_class_apply (MutualEvent  *event,
                          MutualModel  *model,
                          GError      **error)
{
  MutualCreateShareClassEvent *self = MUTUAL_CREATE_SHARE_CLASS_EVENT (event);
  g_autoptr(MutualShareClass) klass = NULL;
  MutualParty *issuer;
  MutualPartyKind kind;

  if (!mutual_event_require (event, error, "share-class", "issuer", NULL) ||
      !(issuer = mutual_event_need_party (model, self->issuer, error)))
    return FALSE;
  kind = mutual_party_get_kind (issuer);
  if (kind != MUTUAL_PARTY_KIND_COMPANY && kind != MUTUAL_PARTY_KIND_COOPERATIVE &&
      kind != MUTUAL_PARTY_KIND_COMMUNITY_BENEFIT_SOCIETY)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "“%s” is a %s, which issues no shares",
                   self->issuer, mutual_party_kind_to_string (kind));
      return FALSE;
    }
  if (mutual_model_lookup_share_class (model, self->share_class) != NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_DUPLICATE_ID, "there is already a share class “%s”",
                   self->share_class);
      return FALSE;
    }
  klass = g_object_new (MUTUAL_TYPE_SHARE_CLASS,
                        "id", self->share_class, "issuer", self->issuer,
                        "name", self->name ? self->name : self->share_class,
                        "votes-per-share", self->votes_per_share,
                        "dividend-weight", self->dividend_weight,
                        "capital-weight", self->capital_weight,
                        "nominal-value", self->nominal_value,
                        "ordinary", self->ordinary,
                        "special-rights", self->special_rights,
                        NULL);
  return mutual_model_add_share_class (model, klass, error);
}

static char *
create_share_class_describe (MutualEvent *event)
{
  MutualCreateShareClassEvent *self = MUTUAL_CREATE_SHARE_CLASS_EVENT (event);

  return g_strdup_printf ("%s creates share class %s (%u votes a share)",
                          self->issuer, self->share_class, self->votes_per_share);
}

static void
mutual_create_share_class_event_finalize (GObject *object)
{
  MutualCreateShareClassEvent *self = MUTUAL_CREATE_SHARE_CLASS_EVENT (object);

  g_free (self->share_class);
  g_free (self->issuer);
  g_free (self->name);

  G_OBJECT_CLASS (mutual_create_share_class_event_parent_class)->finalize (object);
}

static void
mutual_create_share_class_event_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  MutualCreateShareClassEvent *self = MUTUAL_CREATE_SHARE_CLASS_EVENT (object);

  switch (prop_id)
    {
    case PROP_SHARE_CLASS:
      g_value_set_string (value, self->share_class);
      break;
    case PROP_ISSUER:
      g_value_set_string (value, self->issuer);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_VOTES_PER_SHARE:
      g_value_set_uint (value, self->votes_per_share);
      break;
    case PROP_DIVIDEND_WEIGHT:
      g_value_set_uint (value, self->dividend_weight);
      break;
    case PROP_CAPITAL_WEIGHT:
      g_value_set_uint (value, self->capital_weight);
      break;
    case PROP_NOMINAL_VALUE:
      g_value_set_int64 (value, self->nominal_value);
      break;
    case PROP_ORDINARY:
      g_value_set_boolean (value, self->ordinary);
      break;
    case PROP_SPECIAL_RIGHTS:
      g_value_set_flags (value, self->special_rights);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_create_share_class_event_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  MutualCreateShareClassEvent *self = MUTUAL_CREATE_SHARE_CLASS_EVENT (object);

  switch (prop_id)
    {
    case PROP_SHARE_CLASS:
      self->share_class = g_value_dup_string (value);
      break;
    case PROP_ISSUER:
      self->issuer = g_value_dup_string (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_VOTES_PER_SHARE:
      self->votes_per_share = g_value_get_uint (value);
      break;
    case PROP_DIVIDEND_WEIGHT:
      self->dividend_weight = g_value_get_uint (value);
      break;
    case PROP_CAPITAL_WEIGHT:
      self->capital_weight = g_value_get_uint (value);
      break;
    case PROP_NOMINAL_VALUE:
      self->nominal_value = g_value_get_int64 (value);
      break;
    case PROP_ORDINARY:
      self->ordinary = g_value_get_boolean (value);
      break;
    case PROP_SPECIAL_RIGHTS:
      self->special_rights = g_value_get_flags (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_create_share_class_event_class_init (MutualCreateShareClassEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MutualEventClass *event_class = MUTUAL_EVENT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_create_share_class_event_finalize;
  object_class->get_property = mutual_create_share_class_event_get_property;
  object_class->set_property = mutual_create_share_class_event_set_property;
  event_class->apply = create_share_class_apply;
  event_class->describe = create_share_class_describe;
  mutual_event_class_set_kind (event_class, "create-share-class");

  /**
   * MutualCreateShareClassEvent:share-class:
   *
   * The new class's id.
   *
   * Since: 1.0
   */
  properties[PROP_SHARE_CLASS] = g_param_spec_string ("share-class", NULL, NULL, NULL, flags);

  /**
   * MutualCreateShareClassEvent:issuer:
   *
   * The id of the company issuing it.
   *
   * Since: 1.0
   */
  properties[PROP_ISSUER] = g_param_spec_string ("issuer", NULL, NULL, NULL, flags);

  /**
   * MutualCreateShareClassEvent:name:
   *
   * The class's name; the id if unset.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);

  /**
   * MutualCreateShareClassEvent:votes-per-share:
   *
   * Votes per share; 0 for non-voting shares.
   *
   * Since: 1.0
   */
  properties[PROP_VOTES_PER_SHARE] = g_param_spec_uint ("votes-per-share", NULL, NULL, 0, G_MAXUINT, 1, flags);

  /**
   * MutualCreateShareClassEvent:dividend-weight:
   *
   * Each share's weight in a distribution of profits.
   *
   * Since: 1.0
   */
  properties[PROP_DIVIDEND_WEIGHT] = g_param_spec_uint ("dividend-weight", NULL, NULL, 0, G_MAXUINT, 1, flags);

  /**
   * MutualCreateShareClassEvent:capital-weight:
   *
   * Each share's weight in a distribution of assets on a winding up.
   *
   * Since: 1.0
   */
  properties[PROP_CAPITAL_WEIGHT] = g_param_spec_uint ("capital-weight", NULL, NULL, 0, G_MAXUINT, 1, flags);

  /**
   * MutualCreateShareClassEvent:nominal-value:
   *
   * The nominal value of one share, in pence.
   *
   * Since: 1.0
   */
  properties[PROP_NOMINAL_VALUE] = g_param_spec_int64 ("nominal-value", NULL, NULL, 0, G_MAXINT64, 100, flags);

  /**
   * MutualCreateShareClassEvent:ordinary:
   *
   * Whether the class is ordinary share capital.
   *
   * Since: 1.0
   */
  properties[PROP_ORDINARY] = g_param_spec_boolean ("ordinary", NULL, NULL, TRUE, flags);

  /**
   * MutualCreateShareClassEvent:special-rights:
   *
   * Special rights attached to the class.
   *
   * Since: 1.0
   */
  properties[PROP_SPECIAL_RIGHTS] = g_param_spec_flags ("special-rights", NULL, NULL, MUTUAL_TYPE_SPECIAL_RIGHTS, MUTUAL_SPECIAL_RIGHTS_NONE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_create_share_class_event_init (MutualCreateShareClassEvent *self)
{
}
