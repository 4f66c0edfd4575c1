/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-event-private.h"

/**
 * MutualAddPartyEvent:
 *
 * A new party joins the model: a partner, an employee, a trust. Its
 * employer, beneficiary employer and trustees, if given, must already be in
 * the model.
 *
 * In scenario files: `"type": "add-party"`.
 *
 * Since: 1.0
 */

struct _MutualAddPartyEvent
{
  MutualEvent parent_instance;

  char *party;
  char *name;
  MutualPartyKind kind;
  char *company_number;
  guint board_size;
  gboolean keeps_psc_register;
  char *employer;
  char *beneficiary_employer;
  GStrv trustees;
};

G_DEFINE_FINAL_TYPE (MutualAddPartyEvent, mutual_add_party_event, MUTUAL_TYPE_EVENT)

enum {
  PROP_0,
  PROP_PARTY,
  PROP_NAME,
  PROP_KIND,
  PROP_COMPANY_NUMBER,
  PROP_BOARD_SIZE,
  PROP_KEEPS_PSC_REGISTER,
  PROP_EMPLOYER,
  PROP_BENEFICIARY_EMPLOYER,
  PROP_TRUSTEES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
add_party_apply (MutualEvent  *event,
                 MutualModel  *model,
                 GError      **error)
{
  MutualAddPartyEvent *self = MUTUAL_ADD_PARTY_EVENT (event);
  g_autoptr(MutualParty) party = NULL;
  const char *refs[] = { self->employer, self->beneficiary_employer };

  if (!mutual_event_require (event, error, "party", "name", NULL))
    return FALSE;
  if (mutual_model_lookup_party (model, self->party) != NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_DUPLICATE_ID, "there is already a party “%s”", self->party);
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (refs); i++)
    if (refs[i] != NULL && !mutual_event_need_party (model, refs[i], error))
      return FALSE;
  for (guint i = 0; self->trustees != NULL && self->trustees[i] != NULL; i++)
    if (!mutual_event_need_party (model, self->trustees[i], error))
      return FALSE;
  party = g_object_new (MUTUAL_TYPE_PARTY,
                        "id", self->party, "name", self->name, "kind", self->kind,
                        "company-number", self->company_number,
                        "board-size", self->board_size,
                        "keeps-psc-register", self->keeps_psc_register,
                        "employer", self->employer,
                        "beneficiary-employer", self->beneficiary_employer,
                        "trustees", self->trustees,
                        NULL);
  return mutual_model_add_party (model, party, error);
}

static char *
add_party_describe (MutualEvent *event)
{
  MutualAddPartyEvent *self = MUTUAL_ADD_PARTY_EVENT (event);

  return g_strdup_printf ("%s (%s, %s) joins", self->party, self->name,
                          mutual_party_kind_to_string (self->kind));
}

static void
mutual_add_party_event_finalize (GObject *object)
{
  MutualAddPartyEvent *self = MUTUAL_ADD_PARTY_EVENT (object);

  g_free (self->party);
  g_free (self->name);
  g_free (self->company_number);
  g_free (self->employer);
  g_free (self->beneficiary_employer);
  g_strfreev (self->trustees);

  G_OBJECT_CLASS (mutual_add_party_event_parent_class)->finalize (object);
}

static void
mutual_add_party_event_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MutualAddPartyEvent *self = MUTUAL_ADD_PARTY_EVENT (object);

  switch (prop_id)
    {
    case PROP_PARTY:
      g_value_set_string (value, self->party);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_COMPANY_NUMBER:
      g_value_set_string (value, self->company_number);
      break;
    case PROP_BOARD_SIZE:
      g_value_set_uint (value, self->board_size);
      break;
    case PROP_KEEPS_PSC_REGISTER:
      g_value_set_boolean (value, self->keeps_psc_register);
      break;
    case PROP_EMPLOYER:
      g_value_set_string (value, self->employer);
      break;
    case PROP_BENEFICIARY_EMPLOYER:
      g_value_set_string (value, self->beneficiary_employer);
      break;
    case PROP_TRUSTEES:
      g_value_set_boxed (value, self->trustees);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_add_party_event_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MutualAddPartyEvent *self = MUTUAL_ADD_PARTY_EVENT (object);

  switch (prop_id)
    {
    case PROP_PARTY:
      self->party = g_value_dup_string (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_COMPANY_NUMBER:
      self->company_number = g_value_dup_string (value);
      break;
    case PROP_BOARD_SIZE:
      self->board_size = g_value_get_uint (value);
      break;
    case PROP_KEEPS_PSC_REGISTER:
      self->keeps_psc_register = g_value_get_boolean (value);
      break;
    case PROP_EMPLOYER:
      self->employer = g_value_dup_string (value);
      break;
    case PROP_BENEFICIARY_EMPLOYER:
      self->beneficiary_employer = g_value_dup_string (value);
      break;
    case PROP_TRUSTEES:
      self->trustees = g_value_dup_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_add_party_event_class_init (MutualAddPartyEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MutualEventClass *event_class = MUTUAL_EVENT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_add_party_event_finalize;
  object_class->get_property = mutual_add_party_event_get_property;
  object_class->set_property = mutual_add_party_event_set_property;
  event_class->apply = add_party_apply;
  event_class->describe = add_party_describe;
  mutual_event_class_set_kind (event_class, "add-party");

  /**
   * MutualAddPartyEvent:party:
   *
   * The new party's id.
   *
   * Since: 1.0
   */
  properties[PROP_PARTY] = g_param_spec_string ("party", NULL, NULL, NULL, flags);

  /**
   * MutualAddPartyEvent:name:
   *
   * The party's name.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);

  /**
   * MutualAddPartyEvent:kind:
   *
   * The party's legal form.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, MUTUAL_TYPE_PARTY_KIND, MUTUAL_PARTY_KIND_COMPANY, flags);

  /**
   * MutualAddPartyEvent:company-number:
   *
   * The company or society registration number, if any.
   *
   * Since: 1.0
   */
  properties[PROP_COMPANY_NUMBER] = g_param_spec_string ("company-number", NULL, NULL, NULL, flags);

  /**
   * MutualAddPartyEvent:board-size:
   *
   * The number of directors, or 0 if not known.
   *
   * Since: 1.0
   */
  properties[PROP_BOARD_SIZE] = g_param_spec_uint ("board-size", NULL, NULL, 0, 10000, 0, flags);

  /**
   * MutualAddPartyEvent:keeps-psc-register:
   *
   * Whether the party keeps its own PSC register (a relevant legal entity).
   *
   * Since: 1.0
   */
  properties[PROP_KEEPS_PSC_REGISTER] = g_param_spec_boolean ("keeps-psc-register", NULL, NULL, FALSE, flags);

  /**
   * MutualAddPartyEvent:employer:
   *
   * For a person: the id of the employer, if any.
   *
   * Since: 1.0
   */
  properties[PROP_EMPLOYER] = g_param_spec_string ("employer", NULL, NULL, NULL, flags);

  /**
   * MutualAddPartyEvent:beneficiary-employer:
   *
   * For an employee trust: the id of the company whose employees benefit.
   *
   * Since: 1.0
   */
  properties[PROP_BENEFICIARY_EMPLOYER] = g_param_spec_string ("beneficiary-employer", NULL, NULL, NULL, flags);

  /**
   * MutualAddPartyEvent:trustees:
   *
   * For a trust: the ids of its trustees.
   *
   * Since: 1.0
   */
  properties[PROP_TRUSTEES] = g_param_spec_boxed ("trustees", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_add_party_event_init (MutualAddPartyEvent *self)
{
}
