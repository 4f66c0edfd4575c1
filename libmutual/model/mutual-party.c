/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-party-private.h"

/**
 * MutualParty:
 *
 * Anyone who can hold shares, be a member, appoint directors or employ staff:
 * a public body, a company, a trust, a person, a co-operative or society. A
 * party has a stable id, a name and a kind; its kind decides how votes in it
 * are counted (see mutual_party_kind_get_vote_basis()). Parties are immutable:
 * to change one, replace it in the model.
 *
 * Since: 1.0
 */
struct _MutualParty
{
  GObject parent_instance;

  char *id;
  char *name;
  MutualPartyKind kind;
  char *company_number;
  guint board_size;
  gboolean keeps_psc_register;
  char *employer;
  char *beneficiary_employer;
  GStrv trustees;
  gboolean public_service_mission;
  MutualProfitDistribution profit_distribution;
};

G_DEFINE_FINAL_TYPE (MutualParty, mutual_party, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_COMPANY_NUMBER,
  PROP_BOARD_SIZE,
  PROP_KEEPS_PSC_REGISTER,
  PROP_EMPLOYER,
  PROP_BENEFICIARY_EMPLOYER,
  PROP_TRUSTEES,
  PROP_PUBLIC_SERVICE_MISSION,
  PROP_PROFIT_DISTRIBUTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_party_finalize (GObject *object)
{
  MutualParty *self = MUTUAL_PARTY (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->company_number);
  g_free (self->employer);
  g_free (self->beneficiary_employer);
  g_strfreev (self->trustees);

  G_OBJECT_CLASS (mutual_party_parent_class)->finalize (object);
}

static void
mutual_party_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MutualParty *self = MUTUAL_PARTY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
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
    case PROP_PUBLIC_SERVICE_MISSION:
      g_value_set_boolean (value, self->public_service_mission);
      break;
    case PROP_PROFIT_DISTRIBUTION:
      g_value_set_enum (value, self->profit_distribution);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_party_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MutualParty *self = MUTUAL_PARTY (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
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
      if (self->trustees == NULL)
        self->trustees = g_new0 (char *, 1);
      break;
    case PROP_PUBLIC_SERVICE_MISSION:
      self->public_service_mission = g_value_get_boolean (value);
      break;
    case PROP_PROFIT_DISTRIBUTION:
      self->profit_distribution = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_party_class_init (MutualPartyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_party_finalize;
  object_class->get_property = mutual_party_get_property;
  object_class->set_property = mutual_party_set_property;

  /**
   * MutualParty:id:
   *
   * The party's stable id, unique among the parties of a model, such as
   * `mycsp` or `cabinet-office`.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);

  /**
   * MutualParty:name:
   *
   * The party's name, as a person reads it.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);

  /**
   * MutualParty:kind:
   *
   * The party's legal form. It decides how votes in the party are counted
   * and who can be registered as a person with significant control.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, MUTUAL_TYPE_PARTY_KIND, MUTUAL_PARTY_KIND_COMPANY, flags);

  /**
   * MutualParty:company-number:
   *
   * The number under which the party is registered (Companies House, the FCA
   * mutuals register), or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_COMPANY_NUMBER] =
    g_param_spec_string ("company-number", NULL, NULL, NULL, flags);

  /**
   * MutualParty:board-size:
   *
   * The number of directors on the party's board, or 0 when unknown. Board
   * control is a majority of this number.
   *
   * Since: 1.0
   */
  properties[PROP_BOARD_SIZE] =
    g_param_spec_uint ("board-size", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * MutualParty:keeps-psc-register:
   *
   * Whether the party keeps its own register of people with significant
   * control (a UK company or LLP) or is a listed issuer: such a party is a
   * relevant legal entity (Companies Act 2006 s790C(6)-(7)) and is
   * registered in place of those who control it.
   *
   * Since: 1.0
   */
  properties[PROP_KEEPS_PSC_REGISTER] =
    g_param_spec_boolean ("keeps-psc-register", NULL, NULL, FALSE, flags);

  /**
   * MutualParty:employer:
   *
   * For a person, the id of the company that employs them, or %NULL. Shares
   * held by employees count towards the employee interest.
   *
   * Since: 1.0
   */
  properties[PROP_EMPLOYER] =
    g_param_spec_string ("employer", NULL, NULL, NULL, flags);

  /**
   * MutualParty:beneficiary-employer:
   *
   * For an employee ownership trust or employee benefit trust, the id of the
   * company whose employees are its beneficiaries, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_BENEFICIARY_EMPLOYER] =
    g_param_spec_string ("beneficiary-employer", NULL, NULL, NULL, flags);

  /**
   * MutualParty:trustees:
   *
   * For a trust, the ids of its trustees (persons or a trustee company),
   * possibly empty.
   *
   * Since: 1.0
   */
  properties[PROP_TRUSTEES] =
    g_param_spec_boxed ("trustees", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * MutualParty:public-service-mission:
   *
   * Whether the party's articles (or rules) state that its objective is to
   * pursue a public service mission, delivering public services: the first
   * condition of a public service mutual (PCR 2015 reg 77(4)(a),
   * Procurement Act 2023 s33(6)(a)).
   *
   * Since: 1.0
   */
  properties[PROP_PUBLIC_SERVICE_MISSION] =
    g_param_spec_boolean ("public-service-mission", NULL, NULL, FALSE, flags);

  /**
   * MutualParty:profit-distribution:
   *
   * What the party's articles (or rules) allow it to do with its profits:
   * the second condition of a public service mutual (PCR 2015 reg 77(4)(b),
   * Procurement Act 2023 s33(6)(b)).
   *
   * Since: 1.0
   */
  properties[PROP_PROFIT_DISTRIBUTION] =
    g_param_spec_enum ("profit-distribution", NULL, NULL, MUTUAL_TYPE_PROFIT_DISTRIBUTION,
                       MUTUAL_PROFIT_DISTRIBUTION_UNRESTRICTED, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_party_init (MutualParty *self)
{
}

/**
 * mutual_party_new:
 * @id: the party's stable id, unique in its model
 * @name: the party's name
 * @kind: the party's legal form
 *
 * Creates a party. Set the other properties with g_object_new().
 *
 * Returns: (transfer full): a new #MutualParty
 *
 * Since: 1.0
 */
MutualParty *
mutual_party_new (const char *id,
                  const char *name,
                  MutualPartyKind kind)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail ((guint) kind <= MUTUAL_PARTY_KIND_PERSON, NULL);

  return g_object_new (MUTUAL_TYPE_PARTY,
                       "id", id,
                       "name", name,
                       "kind", kind,
                       NULL);
}

MutualParty *
mutual_party_new_fields (const MutualPartyFields *fields)
{
  /* no construct properties given: the defaults are set, then replaced */
  MutualParty *self = g_object_new (MUTUAL_TYPE_PARTY, NULL);

  g_free (self->id);
  g_free (self->name);
  g_free (self->company_number);
  g_free (self->employer);
  g_free (self->beneficiary_employer);
  g_strfreev (self->trustees);
  self->id = g_strdup (fields->id);
  self->name = g_strdup (fields->name);
  self->kind = fields->kind;
  self->company_number = g_strdup (fields->company_number);
  self->board_size = fields->board_size;
  self->keeps_psc_register = fields->keeps_psc_register;
  self->employer = g_strdup (fields->employer);
  self->beneficiary_employer = g_strdup (fields->beneficiary_employer);
  self->trustees = fields->trustees != NULL ? g_strdupv ((char **) fields->trustees) : g_new0 (char *, 1);
  self->public_service_mission = fields->public_service_mission;
  self->profit_distribution = fields->profit_distribution;
  return self;
}

/**
 * mutual_party_get_id:
 * @self: a #MutualParty
 *
 * Gets [property@Mutual.Party:id].
 *
 * Returns: The party's stable id, unique in its model
 *
 * Since: 1.0
 */
const char *
mutual_party_get_id (MutualParty *self)
{
  g_return_val_if_fail (MUTUAL_IS_PARTY (self), NULL);

  return self->id;
}

/**
 * mutual_party_get_name:
 * @self: a #MutualParty
 *
 * Gets [property@Mutual.Party:name].
 *
 * Returns: The party's name
 *
 * Since: 1.0
 */
const char *
mutual_party_get_name (MutualParty *self)
{
  g_return_val_if_fail (MUTUAL_IS_PARTY (self), NULL);

  return self->name;
}

/**
 * mutual_party_get_kind:
 * @self: a #MutualParty
 *
 * Gets [property@Mutual.Party:kind].
 *
 * Returns: The party's legal form
 *
 * Since: 1.0
 */
MutualPartyKind
mutual_party_get_kind (MutualParty *self)
{
  g_return_val_if_fail (MUTUAL_IS_PARTY (self), MUTUAL_PARTY_KIND_COMPANY);

  return self->kind;
}

/**
 * mutual_party_get_company_number:
 * @self: a #MutualParty
 *
 * Gets [property@Mutual.Party:company-number].
 *
 * Returns: (nullable): The registered number, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_party_get_company_number (MutualParty *self)
{
  g_return_val_if_fail (MUTUAL_IS_PARTY (self), NULL);

  return self->company_number;
}

/**
 * mutual_party_get_board_size:
 * @self: a #MutualParty
 *
 * Gets [property@Mutual.Party:board-size].
 *
 * Returns: The number of directors on the board, or 0 when unknown
 *
 * Since: 1.0
 */
guint
mutual_party_get_board_size (MutualParty *self)
{
  g_return_val_if_fail (MUTUAL_IS_PARTY (self), 0);

  return self->board_size;
}

/**
 * mutual_party_get_keeps_psc_register:
 * @self: a #MutualParty
 *
 * Gets [property@Mutual.Party:keeps-psc-register].
 *
 * Returns: Whether the party keeps its own PSC register
 *
 * Since: 1.0
 */
gboolean
mutual_party_get_keeps_psc_register (MutualParty *self)
{
  g_return_val_if_fail (MUTUAL_IS_PARTY (self), FALSE);

  return self->keeps_psc_register;
}

/**
 * mutual_party_get_employer:
 * @self: a #MutualParty
 *
 * Gets [property@Mutual.Party:employer].
 *
 * Returns: (nullable): The id of the party's employer, for a person who is an employee, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_party_get_employer (MutualParty *self)
{
  g_return_val_if_fail (MUTUAL_IS_PARTY (self), NULL);

  return self->employer;
}

/**
 * mutual_party_get_beneficiary_employer:
 * @self: a #MutualParty
 *
 * Gets [property@Mutual.Party:beneficiary-employer].
 *
 * Returns: (nullable): For an employee trust, the id of the company whose employees benefit, or
 * %NULL
 *
 * Since: 1.0
 */
const char *
mutual_party_get_beneficiary_employer (MutualParty *self)
{
  g_return_val_if_fail (MUTUAL_IS_PARTY (self), NULL);

  return self->beneficiary_employer;
}

/**
 * mutual_party_get_trustees:
 * @self: a #MutualParty
 *
 * Gets [property@Mutual.Party:trustees].
 *
 * Returns: (transfer none) (array zero-terminated=1): The ids of the trust's trustees, possibly empty
 *
 * Since: 1.0
 */
const char * const *
mutual_party_get_trustees (MutualParty *self)
{
  g_return_val_if_fail (MUTUAL_IS_PARTY (self), NULL);

  return (const char * const *) self->trustees;
}

/**
 * mutual_party_get_public_service_mission:
 * @self: a #MutualParty
 *
 * Gets [property@Mutual.Party:public-service-mission].
 *
 * Returns: Whether the articles state a public service mission
 *
 * Since: 1.0
 */
gboolean
mutual_party_get_public_service_mission (MutualParty *self)
{
  g_return_val_if_fail (MUTUAL_IS_PARTY (self), FALSE);

  return self->public_service_mission;
}

/**
 * mutual_party_get_profit_distribution:
 * @self: a #MutualParty
 *
 * Gets [property@Mutual.Party:profit-distribution].
 *
 * Returns: What the articles allow the party to do with its profits
 *
 * Since: 1.0
 */
MutualProfitDistribution
mutual_party_get_profit_distribution (MutualParty *self)
{
  g_return_val_if_fail (MUTUAL_IS_PARTY (self), MUTUAL_PROFIT_DISTRIBUTION_UNRESTRICTED);

  return self->profit_distribution;
}
/**
 * mutual_party_kind_get_vote_basis:
 * @kind: a party kind
 *
 * How votes in a party of this kind are counted: per share in a company
 * limited by shares, one member one vote (or as the rules say) in a
 * co-operative, community benefit society or company limited by guarantee,
 * and not at all in a person, trust or public body.
 *
 * Returns: the vote basis
 *
 * Since: 1.0
 */
MutualVoteBasis
mutual_party_kind_get_vote_basis (MutualPartyKind kind)
{
  switch (kind)
    {
    case MUTUAL_PARTY_KIND_COMPANY:
      return MUTUAL_VOTE_BASIS_PER_SHARE;
    case MUTUAL_PARTY_KIND_GUARANTEE_COMPANY:
    case MUTUAL_PARTY_KIND_COOPERATIVE:
    case MUTUAL_PARTY_KIND_COMMUNITY_BENEFIT_SOCIETY:
      return MUTUAL_VOTE_BASIS_PER_MEMBER;
    case MUTUAL_PARTY_KIND_PUBLIC_BODY:
    case MUTUAL_PARTY_KIND_EMPLOYEE_OWNERSHIP_TRUST:
    case MUTUAL_PARTY_KIND_EMPLOYEE_BENEFIT_TRUST:
    case MUTUAL_PARTY_KIND_TRUST:
    case MUTUAL_PARTY_KIND_PERSON:
      return MUTUAL_VOTE_BASIS_NONE;
    default:
      g_return_val_if_reached (MUTUAL_VOTE_BASIS_NONE);
    }
}

/**
 * mutual_party_kind_is_trust:
 * @kind: a party kind
 *
 * Whether the kind is a trust, whose trustees hold for its beneficiaries.
 *
 * Returns: %TRUE for the three trust kinds
 *
 * Since: 1.0
 */
gboolean
mutual_party_kind_is_trust (MutualPartyKind kind)
{
  g_return_val_if_fail ((guint) kind <= MUTUAL_PARTY_KIND_PERSON, FALSE);

  return kind == MUTUAL_PARTY_KIND_EMPLOYEE_OWNERSHIP_TRUST ||
         kind == MUTUAL_PARTY_KIND_EMPLOYEE_BENEFIT_TRUST ||
         kind == MUTUAL_PARTY_KIND_TRUST;
}

/**
 * mutual_party_kind_to_string:
 * @kind: a party kind
 *
 * The kind's name in model files, such as `employee-benefit-trust`.
 *
 * Returns: the name
 *
 * Since: 1.0
 */
const char *
mutual_party_kind_to_string (MutualPartyKind kind)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (MUTUAL_TYPE_PARTY_KIND);
  GEnumValue *value = g_enum_get_value (klass, kind);

  g_return_val_if_fail (value != NULL, NULL);
  return value->value_nick;
}

/**
 * mutual_party_kind_from_string:
 * @text: a kind's name, such as `company`
 * @out_kind: (out): return location for the kind
 *
 * Looks up a party kind by its name in model files.
 *
 * Returns: %TRUE if @text names a kind
 *
 * Since: 1.0
 */
gboolean
mutual_party_kind_from_string (const char      *text,
                               MutualPartyKind *out_kind)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (MUTUAL_TYPE_PARTY_KIND);
  GEnumValue *value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_kind != NULL, FALSE);

  value = g_enum_get_value_by_nick (klass, text);
  if (value == NULL)
    return FALSE;
  *out_kind = value->value;
  return TRUE;
}
