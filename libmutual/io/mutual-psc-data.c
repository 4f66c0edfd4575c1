/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "mutual-analysis.h"
#include "mutual-bods.h"
#include "mutual-psc.h"
#include "mutual-date-private.h"
#include "mutual-enum-types.h"
#include "mutual-error.h"
#include "mutual-finding.h"
#include "mutual-fraction-private.h"
#include "mutual-item-list-private.h"
#include "mutual-json-private.h"
#include "mutual-bods-private.h"
#include "mutual-psc-data.h"
#include "mutual-rules-private.h"

/**
 * MutualPscNature:
 *
 * One of Companies House's `natures_of_control` codes, as the rule table
 * `psc-nature-codes` describes it: what it is about (shares, votes, the board,
 * influence), in what capacity the person holds it (themselves, or through
 * a trust or firm they control), and the band of the law it states.
 *
 * The bands are the law's (SI 2016/339 Sch 2): more than 25% but not more
 * than 50%, more than 50% but less than 75%, 75% or more. (Companies House's
 * own descriptions say "not more than 75%" and "more than 75%"; a holding of
 * exactly 75% is in the top band in law, and here.)
 *
 * Since: 1.0
 */
struct _MutualPscNature
{
  GObject parent_instance;

  char *code;
  MutualPscDimension dimension;
  MutualPscCapacity capacity;
  char *entity;
  MutualFraction *share_minimum;
  MutualFraction *share_maximum;
  gboolean minimum_exclusive;
  gboolean maximum_exclusive;
  char *citation;
};

G_DEFINE_FINAL_TYPE (MutualPscNature, mutual_psc_nature, G_TYPE_OBJECT)

static void
mutual_psc_nature_finalize (GObject *object)
{
  MutualPscNature *self = MUTUAL_PSC_NATURE (object);

  g_free (self->code);
  g_free (self->entity);
  g_clear_pointer (&self->share_minimum, mutual_fraction_free);
  g_clear_pointer (&self->share_maximum, mutual_fraction_free);
  g_free (self->citation);

  G_OBJECT_CLASS (mutual_psc_nature_parent_class)->finalize (object);
}

enum {
  PROP_0,
  PROP_CODE,
  PROP_DIMENSION,
  PROP_CAPACITY,
  PROP_ENTITY,
  PROP_SHARE_MINIMUM,
  PROP_SHARE_MAXIMUM,
  PROP_MINIMUM_EXCLUSIVE,
  PROP_MAXIMUM_EXCLUSIVE,
  PROP_CITATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_psc_nature_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MutualPscNature *self = (MutualPscNature *) object;

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_DIMENSION:
      g_value_set_enum (value, self->dimension);
      break;
    case PROP_CAPACITY:
      g_value_set_enum (value, self->capacity);
      break;
    case PROP_ENTITY:
      g_value_set_string (value, self->entity);
      break;
    case PROP_SHARE_MINIMUM:
      g_value_set_boxed (value, self->share_minimum);
      break;
    case PROP_SHARE_MAXIMUM:
      g_value_set_boxed (value, self->share_maximum);
      break;
    case PROP_MINIMUM_EXCLUSIVE:
      g_value_set_boolean (value, self->minimum_exclusive);
      break;
    case PROP_MAXIMUM_EXCLUSIVE:
      g_value_set_boolean (value, self->maximum_exclusive);
      break;
    case PROP_CITATION:
      g_value_set_string (value, self->citation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_psc_nature_class_init (MutualPscNatureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_psc_nature_finalize;
  object_class->get_property = mutual_psc_nature_get_property;

  /**
   * MutualPscNature:code:
   *
   * The Companies House code, such as `ownership-of-shares-25-to-50-percent`.
   *
   * Since: 1.0
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, flags);

  /**
   * MutualPscNature:dimension:
   *
   * What the nature of control is about.
   *
   * Since: 1.0
   */
  properties[PROP_DIMENSION] =
    g_param_spec_enum ("dimension", NULL, NULL, MUTUAL_TYPE_PSC_DIMENSION, MUTUAL_PSC_DIMENSION_SHARES, flags);

  /**
   * MutualPscNature:capacity:
   *
   * In what capacity the person holds it: directly, or through a trust or firm they control.
   *
   * Since: 1.0
   */
  properties[PROP_CAPACITY] =
    g_param_spec_enum ("capacity", NULL, NULL, MUTUAL_TYPE_PSC_CAPACITY, MUTUAL_PSC_CAPACITY_DIRECT, flags);

  /**
   * MutualPscNature:entity:
   *
   * The kind of register the code belongs to: `company`, `llp` or `overseas-entity`.
   *
   * Since: 1.0
   */
  properties[PROP_ENTITY] =
    g_param_spec_string ("entity", NULL, NULL, NULL, flags);

  /**
   * MutualPscNature:share-minimum:
   *
   * The lower bound of the band, or %NULL for a nature without one.
   *
   * Since: 1.0
   */
  properties[PROP_SHARE_MINIMUM] =
    g_param_spec_boxed ("share-minimum", NULL, NULL, MUTUAL_TYPE_FRACTION, flags);

  /**
   * MutualPscNature:share-maximum:
   *
   * The upper bound of the band, or %NULL when it runs to 100%.
   *
   * Since: 1.0
   */
  properties[PROP_SHARE_MAXIMUM] =
    g_param_spec_boxed ("share-maximum", NULL, NULL, MUTUAL_TYPE_FRACTION, flags);

  /**
   * MutualPscNature:minimum-exclusive:
   *
   * Whether the band starts just above [property@Mutual.PscNature:share-minimum] (“more than 25%”).
   *
   * Since: 1.0
   */
  properties[PROP_MINIMUM_EXCLUSIVE] =
    g_param_spec_boolean ("minimum-exclusive", NULL, NULL, FALSE, flags);

  /**
   * MutualPscNature:maximum-exclusive:
   *
   * Whether the band stops just below [property@Mutual.PscNature:share-maximum] (“less than 75%”).
   *
   * Since: 1.0
   */
  properties[PROP_MAXIMUM_EXCLUSIVE] =
    g_param_spec_boolean ("maximum-exclusive", NULL, NULL, FALSE, flags);

  /**
   * MutualPscNature:citation:
   *
   * The rule that defines the nature and its band.
   *
   * Since: 1.0
   */
  properties[PROP_CITATION] =
    g_param_spec_string ("citation", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/**
 * mutual_psc_nature_get_code:
 * @self: a #MutualPscNature
 *
 * Gets [property@Mutual.PscNature:code].
 *
 * Returns: The code
 *
 * Since: 1.0
 */
const char *
mutual_psc_nature_get_code (MutualPscNature *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_NATURE (self), NULL);
  return self->code;
}

/**
 * mutual_psc_nature_get_dimension:
 * @self: a #MutualPscNature
 *
 * Gets [property@Mutual.PscNature:dimension].
 *
 * Returns: The dimension
 *
 * Since: 1.0
 */
MutualPscDimension
mutual_psc_nature_get_dimension (MutualPscNature *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_NATURE (self), 0);
  return self->dimension;
}

/**
 * mutual_psc_nature_get_capacity:
 * @self: a #MutualPscNature
 *
 * Gets [property@Mutual.PscNature:capacity].
 *
 * Returns: The capacity
 *
 * Since: 1.0
 */
MutualPscCapacity
mutual_psc_nature_get_capacity (MutualPscNature *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_NATURE (self), 0);
  return self->capacity;
}

/**
 * mutual_psc_nature_get_entity:
 * @self: a #MutualPscNature
 *
 * Gets [property@Mutual.PscNature:entity].
 *
 * Returns: The kind of register
 *
 * Since: 1.0
 */
const char *
mutual_psc_nature_get_entity (MutualPscNature *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_NATURE (self), NULL);
  return self->entity;
}

/**
 * mutual_psc_nature_get_share_minimum:
 * @self: a #MutualPscNature
 *
 * Gets [property@Mutual.PscNature:share-minimum].
 *
 * Returns: (transfer none) (nullable): The lower bound, or %NULL
 *
 * Since: 1.0
 */
const MutualFraction *
mutual_psc_nature_get_share_minimum (MutualPscNature *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_NATURE (self), NULL);
  return self->share_minimum;
}

/**
 * mutual_psc_nature_get_share_maximum:
 * @self: a #MutualPscNature
 *
 * Gets [property@Mutual.PscNature:share-maximum].
 *
 * Returns: (transfer none) (nullable): The upper bound, or %NULL
 *
 * Since: 1.0
 */
const MutualFraction *
mutual_psc_nature_get_share_maximum (MutualPscNature *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_NATURE (self), NULL);
  return self->share_maximum;
}

/**
 * mutual_psc_nature_get_minimum_exclusive:
 * @self: a #MutualPscNature
 *
 * Gets [property@Mutual.PscNature:minimum-exclusive].
 *
 * Returns: Whether the lower bound is excluded
 *
 * Since: 1.0
 */
gboolean
mutual_psc_nature_get_minimum_exclusive (MutualPscNature *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_NATURE (self), FALSE);
  return self->minimum_exclusive;
}

/**
 * mutual_psc_nature_get_maximum_exclusive:
 * @self: a #MutualPscNature
 *
 * Gets [property@Mutual.PscNature:maximum-exclusive].
 *
 * Returns: Whether the upper bound is excluded
 *
 * Since: 1.0
 */
gboolean
mutual_psc_nature_get_maximum_exclusive (MutualPscNature *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_NATURE (self), FALSE);
  return self->maximum_exclusive;
}

/**
 * mutual_psc_nature_get_citation:
 * @self: a #MutualPscNature
 *
 * Gets [property@Mutual.PscNature:citation].
 *
 * Returns: The citation
 *
 * Since: 1.0
 */
const char *
mutual_psc_nature_get_citation (MutualPscNature *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_NATURE (self), NULL);
  return self->citation;
}


static void
mutual_psc_nature_init (MutualPscNature *self)
{
}

static const char *dimension_names[] = { "shares", "votes", "board", "influence", "surplus-assets" };
static const char *capacity_names[] = { "direct", "trust", "firm", "control-over-trust", "control-over-firm" };

static int
index_of (const char * const *names,
          guint               n,
          const char         *name)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (names[i], name) == 0)
      return i;
  return -1;
}

static MutualPscNature *
nature_from_row (JsonObject *row)
{
  MutualPscNature *self = g_object_new (MUTUAL_TYPE_PSC_NATURE, NULL);
  MutualFraction bound;

  self->code = g_strdup (json_object_get_string_member (row, "key"));
  self->dimension = index_of (dimension_names, G_N_ELEMENTS (dimension_names),
                              json_object_get_string_member (row, "dimension"));
  self->capacity = index_of (capacity_names, G_N_ELEMENTS (capacity_names),
                             json_object_get_string_member (row, "capacity"));
  self->entity = g_strdup (json_object_get_string_member (row, "entity"));
  self->citation = g_strdup (json_object_get_string_member (row, "citation"));
  if (json_object_has_member (row, "minimum"))
    {
      mutual_rules_get_fraction (row, "minimum", &bound);
      self->share_minimum = mutual_fraction_copy (&bound);
      self->minimum_exclusive = json_object_get_boolean_member_with_default (row, "minimum_exclusive", FALSE);
    }
  if (json_object_has_member (row, "maximum"))
    {
      mutual_rules_get_fraction (row, "maximum", &bound);
      self->share_maximum = mutual_fraction_copy (&bound);
      self->maximum_exclusive = json_object_get_boolean_member_with_default (row, "maximum_exclusive", FALSE);
    }
  return self;
}

/**
 * mutual_psc_nature_lookup:
 * @code: a Companies House `natures_of_control` code
 *
 * Looks a code up in the rule table of natures of control.
 *
 * Returns: (transfer full) (nullable): what the code states, or %NULL for a
 *   code the table does not know
 *
 * Since: 1.0
 */
MutualPscNature *
mutual_psc_nature_lookup (const char *code)
{
  JsonArray *rows;

  g_return_val_if_fail (code != NULL, NULL);

  rows = mutual_rules_get_rows ("psc-nature-codes");
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      if (g_str_equal (json_object_get_string_member (row, "key"), code))
        return nature_from_row (row);
    }
  return NULL;
}

/**
 * mutual_psc_nature_contains:
 * @self: a #MutualPscNature
 * @share: a share, as a fraction of the whole
 *
 * Whether @share lies in the nature's band. A nature without a band (the
 * board, influence) contains no share.
 *
 * Returns: %TRUE if @share is in the band
 *
 * Since: 1.0
 */
gboolean
mutual_psc_nature_contains (MutualPscNature      *self,
                            const MutualFraction *share)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_NATURE (self), FALSE);
  g_return_val_if_fail (share != NULL, FALSE);

  if (self->share_minimum == NULL)
    return FALSE;
  if (mutual_fraction_compare (share, self->share_minimum) < (self->minimum_exclusive ? 1 : 0))
    return FALSE;
  if (self->share_maximum != NULL &&
      mutual_fraction_compare (share, self->share_maximum) > (self->maximum_exclusive ? -1 : 0))
    return FALSE;
  return mutual_fraction_compare_ratio (share, 1, 1) <= 0;
}

/**
 * mutual_psc_nature_code_for:
 * @dimension: what the control is about
 * @share: (nullable): the share held, for shares, votes and surplus assets
 * @capacity: in what capacity it is held
 *
 * The code a UK company's register uses for a person who holds @share of
 * @dimension in @capacity: `ownership-of-shares-50-to-75-percent` for 51%
 * of the shares. Exactly 25% is not significant (the law says "more than
 * 25%"), exactly 50% is in the lower band and exactly 75% in the top one.
 *
 * Returns: (transfer full) (nullable): the code, or %NULL when the share is
 *   not significant or no company code says it
 *
 * Since: 1.0
 */
char *
mutual_psc_nature_code_for (MutualPscDimension    dimension,
                            const MutualFraction *share,
                            MutualPscCapacity     capacity)
{
  const char *column;
  JsonArray *rows;

  g_return_val_if_fail ((guint) dimension < G_N_ELEMENTS (dimension_names), NULL);
  g_return_val_if_fail ((guint) capacity < G_N_ELEMENTS (capacity_names), NULL);

  switch (capacity)
    {
    case MUTUAL_PSC_CAPACITY_DIRECT:
      column = "code";
      break;
    case MUTUAL_PSC_CAPACITY_TRUST:
      column = "as_trust";
      break;
    case MUTUAL_PSC_CAPACITY_FIRM:
      column = "as_firm";
      break;
    case MUTUAL_PSC_CAPACITY_CONTROL_OVER_TRUST:
    case MUTUAL_PSC_CAPACITY_CONTROL_OVER_FIRM:
    default:
      return NULL;   /* registered overseas entities only */
    }
  /* The codes a company's register uses are the table the PSC analysis
   * writes with (psc-natures); their bands are in psc-nature-codes. */
  rows = mutual_rules_get_rows ("psc-natures");
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      const char *code = json_object_get_string_member_with_default (row, column, NULL);
      g_autoptr(MutualPscNature) nature = code ? mutual_psc_nature_lookup (code) : NULL;

      if (nature == NULL || nature->dimension != dimension)
        continue;
      if (nature->share_minimum == NULL ? share == NULL || dimension == MUTUAL_PSC_DIMENSION_BOARD ||
                                            dimension == MUTUAL_PSC_DIMENSION_INFLUENCE
                                        : share != NULL && mutual_psc_nature_contains (nature, share))
        return g_strdup (nature->code);
    }
  return NULL;
}

/**
 * MutualPscEntry:
 *
 * One record of a company's register of people with significant control as
 * Companies House publishes it (a line of the bulk snapshot): a person or
 * legal entity with their natures of control, or a statement or exemption.
 *
 * Since: 1.0
 */
struct _MutualPscEntry
{
  GObject parent_instance;

  char *company_number;
  char *kind;
  char *party_id;
  char *name;
  GStrv natures;
  char *notified_on;
  char *ceased_on;
  char *statement;
};

G_DEFINE_FINAL_TYPE (MutualPscEntry, mutual_psc_entry, G_TYPE_OBJECT)

static void
mutual_psc_entry_finalize (GObject *object)
{
  MutualPscEntry *self = MUTUAL_PSC_ENTRY (object);

  g_free (self->company_number);
  g_free (self->kind);
  g_free (self->party_id);
  g_free (self->name);
  g_strfreev (self->natures);
  g_free (self->notified_on);
  g_free (self->ceased_on);
  g_free (self->statement);

  G_OBJECT_CLASS (mutual_psc_entry_parent_class)->finalize (object);
}

enum {
  ENTRY_PROP_0,
  ENTRY_PROP_COMPANY_NUMBER,
  ENTRY_PROP_KIND,
  ENTRY_PROP_PARTY_ID,
  ENTRY_PROP_NAME,
  ENTRY_PROP_NATURES,
  ENTRY_PROP_NOTIFIED_ON,
  ENTRY_PROP_CEASED_ON,
  ENTRY_PROP_STATEMENT,
  ENTRY_N_PROPS
};

static GParamSpec *entry_properties[ENTRY_N_PROPS];

static void
mutual_psc_entry_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MutualPscEntry *self = (MutualPscEntry *) object;

  switch (prop_id)
    {
    case ENTRY_PROP_COMPANY_NUMBER:
      g_value_set_string (value, self->company_number);
      break;
    case ENTRY_PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case ENTRY_PROP_PARTY_ID:
      g_value_set_string (value, self->party_id);
      break;
    case ENTRY_PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case ENTRY_PROP_NATURES:
      g_value_set_boxed (value, self->natures);
      break;
    case ENTRY_PROP_NOTIFIED_ON:
      g_value_set_string (value, self->notified_on);
      break;
    case ENTRY_PROP_CEASED_ON:
      g_value_set_string (value, self->ceased_on);
      break;
    case ENTRY_PROP_STATEMENT:
      g_value_set_string (value, self->statement);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_psc_entry_class_init (MutualPscEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_psc_entry_finalize;
  object_class->get_property = mutual_psc_entry_get_property;

  /**
   * MutualPscEntry:company-number:
   *
   * The number of the company whose register the entry is in, as eight characters (`01234567`), or %NULL for a snapshot record about no company.
   *
   * Since: 1.0
   */
  entry_properties[ENTRY_PROP_COMPANY_NUMBER] =
    g_param_spec_string ("company-number", NULL, NULL, NULL, flags);

  /**
   * MutualPscEntry:kind:
   *
   * The Companies House kind of the record, such as `individual-person-with-significant-control` or `persons-with-significant-control-statement`.
   *
   * Since: 1.0
   */
  entry_properties[ENTRY_PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, flags);

  /**
   * MutualPscEntry:party-id:
   *
   * The id of the party the entry names in the register's model, or %NULL for a statement or exemption.
   *
   * Since: 1.0
   */
  entry_properties[ENTRY_PROP_PARTY_ID] =
    g_param_spec_string ("party-id", NULL, NULL, NULL, flags);

  /**
   * MutualPscEntry:name:
   *
   * The name of the person or legal entity, or %NULL.
   *
   * Since: 1.0
   */
  entry_properties[ENTRY_PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);

  /**
   * MutualPscEntry:natures:
   *
   * The natures_of_control codes, possibly empty.
   *
   * Since: 1.0
   */
  entry_properties[ENTRY_PROP_NATURES] =
    g_param_spec_boxed ("natures", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * MutualPscEntry:notified-on:
   *
   * The ISO 8601 date the company was notified, or %NULL.
   *
   * Since: 1.0
   */
  entry_properties[ENTRY_PROP_NOTIFIED_ON] =
    g_param_spec_string ("notified-on", NULL, NULL, NULL, flags);

  /**
   * MutualPscEntry:ceased-on:
   *
   * The ISO 8601 date the entry ceased, or %NULL while it stands.
   *
   * Since: 1.0
   */
  entry_properties[ENTRY_PROP_CEASED_ON] =
    g_param_spec_string ("ceased-on", NULL, NULL, NULL, flags);

  /**
   * MutualPscEntry:statement:
   *
   * For a statement or an exemption, its code (such as `no-individual-or-entity-with-signficant-control`), or %NULL.
   *
   * Since: 1.0
   */
  entry_properties[ENTRY_PROP_STATEMENT] =
    g_param_spec_string ("statement", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, ENTRY_N_PROPS, entry_properties);
}

/**
 * mutual_psc_entry_get_company_number:
 * @self: a #MutualPscEntry
 *
 * Gets [property@Mutual.PscEntry:company-number].
 *
 * Returns: (nullable): The company number, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_psc_entry_get_company_number (MutualPscEntry *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_ENTRY (self), NULL);
  return self->company_number;
}

/**
 * mutual_psc_entry_get_kind:
 * @self: a #MutualPscEntry
 *
 * Gets [property@Mutual.PscEntry:kind].
 *
 * Returns: The kind
 *
 * Since: 1.0
 */
const char *
mutual_psc_entry_get_kind (MutualPscEntry *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_ENTRY (self), NULL);
  return self->kind;
}

/**
 * mutual_psc_entry_get_party_id:
 * @self: a #MutualPscEntry
 *
 * Gets [property@Mutual.PscEntry:party-id].
 *
 * Returns: (nullable): The party id, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_psc_entry_get_party_id (MutualPscEntry *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_ENTRY (self), NULL);
  return self->party_id;
}

/**
 * mutual_psc_entry_get_name:
 * @self: a #MutualPscEntry
 *
 * Gets [property@Mutual.PscEntry:name].
 *
 * Returns: (nullable): The name, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_psc_entry_get_name (MutualPscEntry *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_ENTRY (self), NULL);
  return self->name;
}

/**
 * mutual_psc_entry_get_natures:
 * @self: a #MutualPscEntry
 *
 * Gets [property@Mutual.PscEntry:natures].
 *
 * Returns: (transfer none) (array zero-terminated=1): The natures of control
 *
 * Since: 1.0
 */
const char * const *
mutual_psc_entry_get_natures (MutualPscEntry *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_ENTRY (self), NULL);
  return (const char * const *) self->natures;
}

/**
 * mutual_psc_entry_get_notified_on:
 * @self: a #MutualPscEntry
 *
 * Gets [property@Mutual.PscEntry:notified-on].
 *
 * Returns: (nullable): The date, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_psc_entry_get_notified_on (MutualPscEntry *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_ENTRY (self), NULL);
  return self->notified_on;
}

/**
 * mutual_psc_entry_get_ceased_on:
 * @self: a #MutualPscEntry
 *
 * Gets [property@Mutual.PscEntry:ceased-on].
 *
 * Returns: (nullable): The date, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_psc_entry_get_ceased_on (MutualPscEntry *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_ENTRY (self), NULL);
  return self->ceased_on;
}

/**
 * mutual_psc_entry_get_statement:
 * @self: a #MutualPscEntry
 *
 * Gets [property@Mutual.PscEntry:statement].
 *
 * Returns: (nullable): The statement, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_psc_entry_get_statement (MutualPscEntry *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_ENTRY (self), NULL);
  return self->statement;
}


static void
mutual_psc_entry_init (MutualPscEntry *self)
{
  self->natures = g_new0 (char *, 1);
}

/**
 * MutualPscRegister:
 *
 * Registers of people with significant control as Companies House publishes
 * them in its bulk snapshot: JSON Lines of `{"company_number": …, "data": …}`
 * (a single record, or a JSON array of them, reads too).
 *
 * Each company becomes a company party (`GB-COH-01234567`), each person or
 * legal entity a party, and each nature of control what it states: a band
 * of the shares or votes becomes a holding at the band's lower bound (just
 * above it when excluded: "more than 25%" is held as 25.001%), the right to
 * appoint the board a board right, and a nature held through a trust or a
 * firm becomes a trust party that holds it and that the person controls.
 * This goes through BODS: the register is converted to BODS 0.4 statements
 * ([method@Mutual.PscRegister.to_bods]) and read as a
 * [class@Mutual.BodsPackage], so both formats mean the same thing. A
 * register names the first registrable person or entity in each chain, and
 * the model holds each entry as a direct holding.
 *
 * Entries that have ceased are closed on their date; statements
 * (“no registrable person”) and exemptions are listed as entries and
 * findings; records of unknown kinds and codes are warnings.
 *
 * Since: 1.0
 */
struct _MutualPscRegister
{
  GObject parent_instance;

  MutualItemList *entries;
  MutualItemList *findings;
  char *bods;
  MutualBodsPackage *package;
};

G_DEFINE_FINAL_TYPE (MutualPscRegister, mutual_psc_register, G_TYPE_OBJECT)

static void
mutual_psc_register_finalize (GObject *object)
{
  MutualPscRegister *self = MUTUAL_PSC_REGISTER (object);

  g_object_unref (self->entries);
  g_object_unref (self->findings);
  g_free (self->bods);
  g_clear_object (&self->package);

  G_OBJECT_CLASS (mutual_psc_register_parent_class)->finalize (object);
}

static void
mutual_psc_register_class_init (MutualPscRegisterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mutual_psc_register_finalize;
}

static void
mutual_psc_register_init (MutualPscRegister *self)
{
  self->entries = mutual_item_list_new (MUTUAL_TYPE_PSC_ENTRY);
  self->findings = mutual_item_list_new (MUTUAL_TYPE_FINDING);
}

#define CITATION_PSC "Companies Act 2006 Part 21A; Companies House PSC snapshot"

static void
psc_finding (MutualPscRegister *self,
             const char        *code,
             MutualSeverity     severity,
             const char        *date,
             const char        *id,
             const char        *format,
             ...) G_GNUC_PRINTF (6, 7);

static void
psc_finding (MutualPscRegister *self,
             const char        *code,
             MutualSeverity     severity,
             const char        *date,
             const char        *id,
             const char        *format,
             ...)
{
  g_autofree char *message = NULL;
  const char *ids[2] = { id, NULL };
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  mutual_item_list_append (self->findings,
                           g_object_new (MUTUAL_TYPE_FINDING, "code", code, "severity", severity,
                                         "citation", CITATION_PSC, "message", message, "date", date,
                                         "ids", ids, NULL));
  g_object_unref (g_ptr_array_index (mutual_item_list_get_array (self->findings),
                                     mutual_item_list_get_array (self->findings)->len - 1));
}

static const char *
member_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonObject *
member_object (JsonObject *object,
               const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static char *
company_number (const char *number)
{
  gboolean digits = *number != '\0';

  for (const char *p = number; *p; p++)
    digits = digits && g_ascii_isdigit (*p);
  if (digits && strlen (number) < 8)
    return g_strdup_printf ("%0*d%s", (int) (8 - strlen (number)), 0, number);
  return g_ascii_strup (number, -1);
}

/* --- building BODS statements --- */

typedef struct
{
  JsonBuilder *b;
  GHashTable *written;       /* record ids already written */
} Bods;

static void
begin_record (Bods       *bods,
              const char *record_id,
              const char *type,
              const char *status,
              const char *date,
              const char *subject)
{
  g_autofree char *seed = g_strconcat (record_id, "\x1f", status, "\x1f", date ? date : "", NULL);
  g_autofree char *statement_id = g_compute_checksum_for_string (G_CHECKSUM_SHA256, seed, -1);
  JsonBuilder *b = bods->b;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "statementId");
  json_builder_add_string_value (b, statement_id);
  if (date != NULL)
    {
      json_builder_set_member_name (b, "statementDate");
      json_builder_add_string_value (b, date);
    }
  json_builder_set_member_name (b, "declarationSubject");
  json_builder_add_string_value (b, subject);
  json_builder_set_member_name (b, "recordId");
  json_builder_add_string_value (b, record_id);
  json_builder_set_member_name (b, "recordType");
  json_builder_add_string_value (b, type);
  json_builder_set_member_name (b, "recordStatus");
  json_builder_add_string_value (b, status);
  json_builder_set_member_name (b, "recordDetails");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "isComponent");
  json_builder_add_boolean_value (b, FALSE);
}

static void
end_record (Bods *bods)
{
  json_builder_end_object (bods->b);
  json_builder_end_object (bods->b);
}

static void
write_entity (Bods       *bods,
              const char *record_id,
              const char *type,
              const char *subtype,
              const char *name,
              const char *number,
              const char *date)
{
  JsonBuilder *b = bods->b;

  if (g_hash_table_contains (bods->written, record_id))
    return;
  g_hash_table_add (bods->written, g_strdup (record_id));
  begin_record (bods, record_id, "entity", "new", date, record_id);
  json_builder_set_member_name (b, "entityType");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, type);
  if (subtype != NULL)
    {
      json_builder_set_member_name (b, "subtype");
      json_builder_add_string_value (b, subtype);
    }
  json_builder_end_object (b);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, name);
  if (number != NULL)
    {
      json_builder_set_member_name (b, "identifiers");
      json_builder_begin_array (b);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "scheme");
      json_builder_add_string_value (b, "GB-COH");
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, number);
      json_builder_end_object (b);
      json_builder_end_array (b);
    }
  end_record (bods);
}

static void
write_person (Bods       *bods,
              const char *record_id,
              const char *name,
              gboolean    anonymous,
              const char *date,
              const char *subject)
{
  JsonBuilder *b = bods->b;

  if (g_hash_table_contains (bods->written, record_id))
    return;
  g_hash_table_add (bods->written, g_strdup (record_id));
  begin_record (bods, record_id, "person", "new", date, subject);
  json_builder_set_member_name (b, "personType");
  json_builder_add_string_value (b, anonymous ? "anonymousPerson" : "knownPerson");
  json_builder_set_member_name (b, "names");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "fullName");
  json_builder_add_string_value (b, name);
  json_builder_end_object (b);
  json_builder_end_array (b);
  end_record (bods);
}

static void
add_bound (JsonBuilder          *b,
           const char           *inclusive,
           const char           *exclusive,
           const MutualFraction *bound,
           gboolean              excluded)
{
  if (bound == NULL)
    return;
  json_builder_set_member_name (b, excluded ? exclusive : inclusive);
  json_builder_add_double_value (b, (double) bound->numerator * 100.0 / (double) bound->denominator);
}

static void
write_interest (JsonBuilder     *b,
                MutualPscNature *nature,
                const char      *code,
                gboolean         person)
{
  static const char *types[] = { "shareholding", "votingRights", "appointmentOfBoard",
                                 "otherInfluenceOrControl", "rightsToSurplusAssetsOnDissolution" };

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, types[nature->dimension]);
  json_builder_set_member_name (b, "directOrIndirect");
  json_builder_add_string_value (b, "direct");
  json_builder_set_member_name (b, "beneficialOwnershipOrControl");
  json_builder_add_boolean_value (b, person);
  json_builder_set_member_name (b, "details");
  json_builder_add_string_value (b, code);
  if (nature->share_minimum != NULL)
    {
      json_builder_set_member_name (b, "share");
      json_builder_begin_object (b);
      add_bound (b, "minimum", "exclusiveMinimum", nature->share_minimum, nature->minimum_exclusive);
      if (nature->share_maximum != NULL)
        add_bound (b, "maximum", "exclusiveMaximum", nature->share_maximum, nature->maximum_exclusive);
      else
        {
          json_builder_set_member_name (b, "maximum");
          json_builder_add_double_value (b, 100);
        }
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
}

static void
write_relationship (Bods       *bods,
                    const char *entry_key,
                    const char *subject,
                    const char *party,
                    GPtrArray  *natures,
                    GPtrArray  *codes,
                    gboolean    person,
                    const char *notified_on,
                    const char *ceased_on)
{
  g_autofree char *record_id = g_strdup_printf ("psc:%s:%s:%s", subject, party, entry_key);
  JsonBuilder *b = bods->b;

  for (int pass = 0; pass < (ceased_on != NULL ? 2 : 1); pass++)
    {
      begin_record (bods, record_id, "relationship", pass == 0 ? "new" : "closed",
                    pass == 0 ? notified_on : ceased_on, subject);
      json_builder_set_member_name (b, "subject");
      json_builder_add_string_value (b, subject);
      json_builder_set_member_name (b, "interestedParty");
      json_builder_add_string_value (b, party);
      json_builder_set_member_name (b, "interests");
      json_builder_begin_array (b);
      for (guint i = 0; i < natures->len; i++)
        write_interest (b, g_ptr_array_index (natures, i), g_ptr_array_index (codes, i), person);
      json_builder_end_array (b);
      end_record (bods);
    }
}

static char *
individual_name (JsonObject *data)
{
  JsonObject *elements = member_object (data, "name_elements");
  GString *name = g_string_new (NULL);
  const char *parts[] = { "title", "forename", "middle_name", "surname" };

  for (guint i = 0; elements != NULL && i < G_N_ELEMENTS (parts); i++)
    if (member_string (elements, parts[i]) != NULL)
      g_string_append_printf (name, "%s%s", name->len ? " " : "", member_string (elements, parts[i]));
  if (name->len == 0 && member_string (data, "name") != NULL)
    g_string_append (name, member_string (data, "name"));
  if (name->len == 0)
    g_string_append (name, "(unnamed person)");
  return g_string_free (name, FALSE);
}

static gboolean
uk_country (const char *country)
{
  static const char *names[] = { "united kingdom", "england", "wales", "scotland", "northern ireland",
                                 "england and wales", "great britain", "uk", NULL };
  g_autofree char *lower = country ? g_ascii_strdown (country, -1) : NULL;

  return lower != NULL && g_strv_contains (names, g_strstrip (lower));
}

static void
read_record (MutualPscRegister *self,
             Bods              *bods,
             JsonObject        *record,
             guint              line)
{
  JsonObject *data = member_object (record, "data");
  const char *kind = member_string (data, "kind");
  const char *raw_number = member_string (record, "company_number");
  const char *notified_on = member_string (data, "notified_on");
  const char *ceased_on = member_string (data, "ceased_on");
  const char *self_link = member_string (member_object (data, "links"), "self");
  g_autofree char *number = raw_number ? company_number (raw_number) : NULL;
  g_autofree char *company_id = number ? g_strconcat ("GB-COH-", number, NULL) : NULL;
  g_autofree char *company_name = number ? g_strdup_printf ("Company %s", number) : NULL;
  g_autofree char *party_id = NULL, *name = NULL, *statement = NULL;
  g_autoptr(GPtrArray) natures = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) nature_codes = g_strv_builder_new ();
  g_auto(GStrv) natures_strv = NULL;
  MutualPscEntry *entry;
  gboolean person = FALSE, is_psc;
  JsonNode *list;
  g_autofree char *entry_key = g_strdup_printf ("%u", line);
  MutualDay day;

  /* dates from the file go into findings and entries, which take only
   * calendar dates: anything else is reported and left out */
  if (notified_on != NULL && !mutual_day_parse (notified_on, &day, NULL))
    {
      psc_finding (self, "psc.record.date", MUTUAL_SEVERITY_WARNING, NULL, company_id,
                   "record %u: notified_on “%s” is not a date (YYYY-MM-DD); ignored", line, notified_on);
      notified_on = NULL;
    }
  if (ceased_on != NULL && !mutual_day_parse (ceased_on, &day, NULL))
    {
      psc_finding (self, "psc.record.date", MUTUAL_SEVERITY_WARNING, NULL, company_id,
                   "record %u: ceased_on “%s” is not a date (YYYY-MM-DD); ignored", line, ceased_on);
      ceased_on = NULL;
    }

  if (kind == NULL)
    {
      psc_finding (self, "psc.record.unreadable", MUTUAL_SEVERITY_WARNING, NULL, NULL,
                   "record %u: no data.kind; skipped", line);
      return;
    }
  is_psc = g_str_has_suffix (kind, "person-with-significant-control") ||
           g_str_has_suffix (kind, "beneficial-owner");
  if (company_id == NULL)
    {
      if (g_str_has_prefix (kind, "totals#"))
        psc_finding (self, "psc.record.totals", MUTUAL_SEVERITY_INFO, NULL, NULL,
                     "record %u: snapshot totals (%s)", line, kind);
      else
        psc_finding (self, "psc.record.unknown-kind", MUTUAL_SEVERITY_WARNING, NULL, NULL,
                     "record %u: a record of kind “%s” about no company; skipped", line, kind);
      return;
    }
  if (!is_psc && !g_str_equal (kind, "persons-with-significant-control-statement") && !g_str_equal (kind, "exemptions"))
    {
      psc_finding (self, "psc.record.unknown-kind", MUTUAL_SEVERITY_WARNING, NULL, company_id,
                   "record %u: company %s: unknown kind “%s”; skipped", line, number, kind);
      return;
    }
  write_entity (bods, company_id, "registeredEntity", NULL, company_name, number, NULL);

  list = data ? json_object_get_member (data, "natures_of_control") : NULL;
  for (guint i = 0; list != NULL && JSON_NODE_HOLDS_ARRAY (list) && i < json_array_get_length (json_node_get_array (list)); i++)
    {
      JsonNode *code_node = json_array_get_element (json_node_get_array (list), i);
      const char *code = JSON_NODE_HOLDS_VALUE (code_node) && json_node_get_value_type (code_node) == G_TYPE_STRING
                         ? json_node_get_string (code_node) : NULL;
      MutualPscNature *nature = code ? mutual_psc_nature_lookup (code) : NULL;

      if (code != NULL)
        g_strv_builder_add (nature_codes, code);
      if (nature == NULL)
        {
          psc_finding (self, "psc.nature.unknown", MUTUAL_SEVERITY_WARNING, notified_on, company_id,
                       "record %u: company %s: unknown nature of control “%s”; left out", line, number,
                       code ? code : "(not a string)");
          continue;
        }
      g_ptr_array_add (natures, nature);
      g_ptr_array_add (codes, (gpointer) mutual_psc_nature_get_code (nature));
    }

  if (is_psc)
    {
      /* the link names the kind and the person: …/persons-with-significant-control/individual/ID */
      const char *tail = self_link ? strstr (self_link, "persons-with-significant-control/") : NULL;
      const char *key = tail ? tail + strlen ("persons-with-significant-control/") : member_string (data, "etag");

      party_id = g_strdup_printf ("%s/psc/%s", company_id, key ? key : "unknown");
      if (g_str_has_prefix (kind, "individual"))
        {
          person = TRUE;
          name = individual_name (data);
          write_person (bods, party_id, name, FALSE, notified_on, company_id);
        }
      else if (g_str_has_prefix (kind, "super-secure"))
        {
          person = TRUE;
          name = g_strdup ("(a super-secure person: details withheld)");
          write_person (bods, party_id, name, TRUE, notified_on, company_id);
          psc_finding (self, "psc.super-secure", MUTUAL_SEVERITY_INFO, notified_on, company_id,
                       "company %s: a person with significant control whose details are withheld (super-secure)", number);
        }
      else
        {
          JsonObject *identification = member_object (data, "identification");
          const char *country = member_string (identification, "country_registered");
          const char *registration = member_string (identification, "registration_number");
          g_autofree char *registered = NULL;

          name = g_strdup (member_string (data, "name") ? member_string (data, "name") : "(unnamed entity)");
          if (country == NULL)
            psc_finding (self, "psc.entity.no-country", MUTUAL_SEVERITY_WARNING, notified_on, company_id,
                         "company %s: %s has no country of registration", number, name);
          else if (!uk_country (country) && registration != NULL)
            psc_finding (self, "psc.entity.foreign", MUTUAL_SEVERITY_INFO, notified_on, company_id,
                         "company %s: %s is registered in “%s”, not at Companies House", number, name, country);
          if (registration != NULL && uk_country (country))
            registered = company_number (registration);
          write_entity (bods, party_id, g_str_has_prefix (kind, "legal-person") ? "legalEntity" : "registeredEntity",
                        NULL, name, registered, notified_on);
        }

      /* natures held through a trust or firm: the trust holds them, the person controls the trust */
      for (MutualPscCapacity capacity = MUTUAL_PSC_CAPACITY_DIRECT; capacity <= MUTUAL_PSC_CAPACITY_CONTROL_OVER_FIRM; capacity++)
        {
          g_autoptr(GPtrArray) these = g_ptr_array_new ();
          g_autoptr(GPtrArray) these_codes = g_ptr_array_new ();

          for (guint i = 0; i < natures->len; i++)
            if (mutual_psc_nature_get_capacity (g_ptr_array_index (natures, i)) == capacity)
              {
                g_ptr_array_add (these, g_ptr_array_index (natures, i));
                g_ptr_array_add (these_codes, g_ptr_array_index (codes, i));
              }
          if (these->len == 0)
            continue;
          if (capacity == MUTUAL_PSC_CAPACITY_DIRECT)
            write_relationship (bods, entry_key, company_id, party_id, these, these_codes, person, notified_on, ceased_on);
          else
            {
              gboolean trust = capacity == MUTUAL_PSC_CAPACITY_TRUST || capacity == MUTUAL_PSC_CAPACITY_CONTROL_OVER_TRUST;
              g_autofree char *arrangement = g_strdup_printf ("%s#%s", party_id, trust ? "trust" : "firm");
              g_autofree char *arrangement_name = g_strdup_printf ("%s controlled by %s", trust ? "Trust" : "Firm", name);
              g_autoptr(MutualPscNature) influence = mutual_psc_nature_lookup ("significant-influence-or-control");
              g_autoptr(GPtrArray) control = g_ptr_array_new ();
              g_autoptr(GPtrArray) control_codes = g_ptr_array_new ();

              write_entity (bods, arrangement, "arrangement", trust ? "trust" : "other", arrangement_name, NULL, notified_on);
              write_relationship (bods, entry_key, company_id, arrangement, these, these_codes, FALSE, notified_on, ceased_on);
              g_ptr_array_add (control, influence);
              g_ptr_array_add (control_codes, (gpointer) (trust ? "controls the trust" : "controls the firm"));
              write_relationship (bods, entry_key, arrangement, party_id, control, control_codes, person, notified_on, ceased_on);
            }
        }
    }
  else if (g_str_equal (kind, "exemptions"))
    {
      JsonObject *exemptions = member_object (data, "exemptions");
      g_autoptr(GList) members = exemptions ? json_object_get_members (exemptions) : NULL;

      statement = g_strdup (members ? member_string (member_object (exemptions, members->data), "exemption_type") : NULL);
      psc_finding (self, "psc.exemption", MUTUAL_SEVERITY_INFO, notified_on, company_id,
                   "company %s is exempt from keeping a PSC register (%s)", number, statement ? statement : "unstated");
    }
  else
    {
      statement = g_strdup (member_string (data, "statement"));
      psc_finding (self, "psc.statement", MUTUAL_SEVERITY_INFO, notified_on, company_id,
                   "company %s states “%s”%s%s", number, statement ? statement : "(no statement)",
                   ceased_on ? ", withdrawn on " : "", ceased_on ? ceased_on : "");
    }

  natures_strv = g_strv_builder_end (nature_codes);
  entry = g_object_new (MUTUAL_TYPE_PSC_ENTRY, NULL);
  entry->company_number = g_strdup (number);
  entry->kind = g_strdup (kind);
  entry->party_id = g_steal_pointer (&party_id);
  entry->name = g_steal_pointer (&name);
  g_strfreev (entry->natures);
  entry->natures = g_steal_pointer (&natures_strv);
  entry->notified_on = g_strdup (notified_on);
  entry->ceased_on = g_strdup (ceased_on);
  entry->statement = g_steal_pointer (&statement);
  mutual_item_list_append (self->entries, entry);
  g_object_unref (entry);
}

/* JSON Lines when every line holds a value of its own (json-glib would
 * read only the first of several values), else one value: a record or an
 * array of records. */
static GPtrArray *
parse_records (const char  *data,
               gsize        length,
               GError     **error)
{
  g_autoptr(GPtrArray) lines = mutual_json_split_lines (data, length);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local = NULL;
  GPtrArray *nodes;
  JsonNode *root;

  if (lines != NULL)
    return g_steal_pointer (&lines);
  /* the strict check first: json-glib's parser recurses once per level */
  if (!mutual_json_check_syntax (data, length, &local))
    {
      g_set_error (error, MUTUAL_ERROR, local->code, "not JSON or JSON Lines: %s", local->message);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, length, &local))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE, "not JSON or JSON Lines: %s", local->message);
      return NULL;
    }
  nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_ARRAY (root))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (root)); i++)
      g_ptr_array_add (nodes, json_node_copy (json_array_get_element (json_node_get_array (root), i)));
  else if (root != NULL)
    g_ptr_array_add (nodes, json_node_copy (root));
  return nodes;
}

/**
 * mutual_psc_register_new_from_data:
 * @data: (array length=length) (element-type guint8): snapshot records: JSON
 *   Lines, one record, or a JSON array of records
 * @length: the length of @data, or -1 if it ends with a zero byte
 * @error: return location for a #GError
 *
 * Reads Companies House PSC snapshot records into entries and a model.
 *
 * Returns: (transfer full): the register, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualPscRegister *
mutual_psc_register_new_from_data (const char  *data,
                                   gssize       length,
                                   GError     **error)
{
  g_autoptr(MutualPscRegister) self = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GHashTable) written = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local = NULL;
  Bods bods = { builder, written };
  GListModel *bods_findings;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);
  records = parse_records (data, length, error);
  if (records == NULL)
    return NULL;
  self = g_object_new (MUTUAL_TYPE_PSC_REGISTER, NULL);
  json_builder_begin_array (builder);
  for (guint i = 0; i < records->len; i++)
    {
      JsonNode *node = g_ptr_array_index (records, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE, "record %u: not a JSON object", i + 1);
          return NULL;
        }
      read_record (self, &bods, json_node_get_object (node), i + 1);
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  self->bods = json_generator_to_data (generator, NULL);
  self->package = mutual_bods_package_new_from_data (self->bods, -1, MUTUAL_BODS_READ_NONE, &local);
  if (self->package == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, local->code, "the register cannot be modelled: %s", local->message);
      return NULL;
    }
  mutual_model_set_name (mutual_bods_package_get_model (self->package), "Registers of people with significant control");
  bods_findings = mutual_bods_package_get_findings (self->package);
  for (guint i = 0; i < g_list_model_get_n_items (bods_findings); i++)
    {
      g_autoptr(MutualFinding) finding = g_list_model_get_item (bods_findings, i);

      /* statements without a date are the register's, not a schema fault */
      if (!g_str_equal (mutual_finding_get_code (finding), "bods.schema"))
        mutual_item_list_append (self->findings, finding);
    }
  return g_steal_pointer (&self);
}

/**
 * mutual_psc_register_new_from_file:
 * @path: (type filename): a snapshot file
 * @error: return location for a #GError
 *
 * Reads a Companies House PSC snapshot file: see
 * [ctor@Mutual.PscRegister.new_from_data].
 *
 * Returns: (transfer full): the register, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualPscRegister *
mutual_psc_register_new_from_file (const char  *path,
                                   GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;
  MutualPscRegister *self;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* bounded: a file over the limit, a pipe or a device is refused */
  if (!mutual_json_read_file (path, &data, &length, error))
    return NULL;
  self = mutual_psc_register_new_from_data (data, length, &local);
  if (self == NULL)
    g_set_error (error, MUTUAL_ERROR, local->code, "%s: %s", path, local->message);
  return self;
}

/**
 * mutual_psc_register_get_entries:
 * @self: a #MutualPscRegister
 *
 * The register's entries, in the order of the data: people and legal
 * entities with their natures of control, statements and exemptions.
 *
 * Returns: (transfer none): a list model of [class@Mutual.PscEntry]
 *
 * Since: 1.0
 */
GListModel *
mutual_psc_register_get_entries (MutualPscRegister *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_REGISTER (self), NULL);
  return G_LIST_MODEL (self->entries);
}

/**
 * mutual_psc_register_get_findings:
 * @self: a #MutualPscRegister
 *
 * What the reader noticed: statements, exemptions, super-secure entries,
 * unknown kinds and codes, bands modelled at a point.
 *
 * Returns: (transfer none): a list model of [class@Mutual.Finding]
 *
 * Since: 1.0
 */
GListModel *
mutual_psc_register_get_findings (MutualPscRegister *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_REGISTER (self), NULL);
  return G_LIST_MODEL (self->findings);
}

/**
 * mutual_psc_register_get_model:
 * @self: a #MutualPscRegister
 *
 * The model the register declares: companies, the people and entities on
 * their registers, and what their natures of control state, for the entries
 * that have not ceased.
 *
 * Returns: (transfer none): the model
 *
 * Since: 1.0
 */
MutualModel *
mutual_psc_register_get_model (MutualPscRegister *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_REGISTER (self), NULL);
  return mutual_bods_package_get_model (self->package);
}

/**
 * mutual_psc_register_to_bods:
 * @self: a #MutualPscRegister
 *
 * The register as BODS 0.4 statements, ceased entries as closed records.
 *
 * Returns: (transfer full): the JSON text
 *
 * Since: 1.0
 */
char *
mutual_psc_register_to_bods (MutualPscRegister *self)
{
  g_return_val_if_fail (MUTUAL_IS_PSC_REGISTER (self), NULL);
  return g_strdup (self->bods);
}

static char *
normalised_name (const char *name)
{
  g_autofree char *lower = g_utf8_casefold (name ? name : "", -1);
  GString *out = g_string_new (NULL);

  /* compare names without case, punctuation or titles' full stops */
  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
      else if (out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }
  return g_strstrip (g_string_free (out, FALSE));
}

static gboolean
same_natures (const char * const *a,
              const char * const *b)
{
  for (guint i = 0; a[i] != NULL; i++)
    if (!g_strv_contains (b, a[i]))
      return FALSE;
  for (guint i = 0; b[i] != NULL; i++)
    if (!g_strv_contains (a, b[i]))
      return FALSE;
  return TRUE;
}

/**
 * mutual_psc_register_compare:
 * @self: a #MutualPscRegister
 * @model: a model of (some of) the same companies
 * @error: return location for a #GError
 *
 * What the registers say against what the holdings imply: for each company
 * of @model whose company number is in the register, the people with
 * significant control [class@Mutual.Analysis] computes from @model against
 * the register's standing entries, matched by name (ignoring case and
 * punctuation):
 *
 * - `psc.register.agrees`: on both, with the same natures of control;
 * - `psc.register.natures`: on both, with other natures (a warning);
 * - `psc.register.missing`: computed but not on the register (a warning);
 * - `psc.register.extra`: on the register but not computed (a warning).
 *
 * Returns: (transfer full): a list model of [class@Mutual.Finding], or
 *   %NULL with @error set (the analysis of @model failed)
 *
 * Since: 1.0
 */
GListModel *
mutual_psc_register_compare (MutualPscRegister  *self,
                             MutualModel        *model,
                             GError            **error)
{
  g_autoptr(MutualAnalysis) analysis = NULL;
  MutualItemList *findings;
  GListModel *parties;

  g_return_val_if_fail (MUTUAL_IS_PSC_REGISTER (self), NULL);
  g_return_val_if_fail (MUTUAL_IS_MODEL (model), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  analysis = mutual_analysis_new (model);
  findings = mutual_item_list_new (MUTUAL_TYPE_FINDING);
  parties = mutual_model_get_parties (model);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(MutualParty) company = g_list_model_get_item (parties, i);
      g_autofree char *number = NULL;
      g_autoptr(GListModel) pscs = NULL;
      g_autoptr(GPtrArray) entries = g_ptr_array_new ();
      g_autoptr(GHashTable) matched = g_hash_table_new (NULL, NULL);
      const char *date = mutual_model_get_date (model);

      if (mutual_party_get_company_number (company) == NULL)
        continue;
      number = company_number (mutual_party_get_company_number (company));
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (self->entries)); j++)
        {
          MutualPscEntry *entry = g_ptr_array_index (mutual_item_list_get_array (self->entries), j);

          if (g_strcmp0 (entry->company_number, number) == 0 && entry->party_id != NULL && entry->ceased_on == NULL)
            g_ptr_array_add (entries, entry);
        }
      if (entries->len == 0)
        continue;
      pscs = mutual_analysis_list_pscs (analysis, mutual_party_get_id (company), error);
      if (pscs == NULL)
        {
          g_object_unref (findings);
          return NULL;
        }
      for (guint j = 0; j < g_list_model_get_n_items (pscs); j++)
        {
          g_autoptr(MutualPsc) psc = g_list_model_get_item (pscs, j);
          MutualParty *party = mutual_model_lookup_party (model, mutual_psc_get_party (psc));
          g_autofree char *name = normalised_name (party ? mutual_party_get_name (party) : mutual_psc_get_party (psc));
          g_autofree char *computed = g_strjoinv (", ", (char **) mutual_psc_get_natures (psc));
          MutualPscEntry *found = NULL;
          g_autoptr(MutualFinding) finding = NULL;
          const char *ids[3] = { mutual_party_get_id (company), mutual_psc_get_party (psc), NULL };
          g_autofree char *message = NULL;
          const char *code;
          MutualSeverity severity = MUTUAL_SEVERITY_WARNING;

          for (guint k = 0; k < entries->len && found == NULL; k++)
            {
              MutualPscEntry *entry = g_ptr_array_index (entries, k);
              g_autofree char *entry_name = normalised_name (entry->name);

              if (g_str_equal (entry_name, name) && !g_hash_table_contains (matched, entry))
                found = entry;
            }
          if (found == NULL)
            {
              code = "psc.register.missing";
              message = g_strdup_printf ("%s: the holdings make %s a person with significant control (%s), "
                                         "but the register does not list them", number,
                                         party ? mutual_party_get_name (party) : mutual_psc_get_party (psc), computed);
            }
          else
            {
              g_autofree char *declared = g_strjoinv (", ", found->natures);

              g_hash_table_add (matched, found);
              if (same_natures ((const char * const *) found->natures, mutual_psc_get_natures (psc)))
                {
                  code = "psc.register.agrees";
                  severity = MUTUAL_SEVERITY_INFO;
                  message = g_strdup_printf ("%s: %s is on the register as the holdings imply (%s)", number,
                                             found->name, computed);
                }
              else
                {
                  code = "psc.register.natures";
                  message = g_strdup_printf ("%s: the register gives %s “%s”; the holdings imply “%s”", number,
                                             found->name, declared, computed);
                }
            }
          finding = g_object_new (MUTUAL_TYPE_FINDING, "code", code, "severity", severity,
                                  "citation", "Companies Act 2006 s790M and Sch 1A", "message", message,
                                  "date", date, "ids", ids, NULL);
          mutual_item_list_append (findings, finding);
        }
      for (guint k = 0; k < entries->len; k++)
        {
          MutualPscEntry *entry = g_ptr_array_index (entries, k);
          g_autoptr(MutualFinding) finding = NULL;
          g_autofree char *message = NULL;
          const char *ids[3] = { mutual_party_get_id (company), entry->party_id, NULL };

          if (g_hash_table_contains (matched, entry))
            continue;
          message = g_strdup_printf ("%s: the register lists %s, whom the holdings do not make a person "
                                     "with significant control", number, entry->name ? entry->name : entry->party_id);
          finding = g_object_new (MUTUAL_TYPE_FINDING, "code", "psc.register.extra", "severity", MUTUAL_SEVERITY_WARNING,
                                  "citation", "Companies Act 2006 s790M and Sch 1A", "message", message,
                                  "date", date, "ids", ids, NULL);
          mutual_item_list_append (findings, finding);
        }
    }
  return G_LIST_MODEL (findings);
}
