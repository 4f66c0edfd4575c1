/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "mutual-bods-interest-private.h"
#include "mutual-date-private.h"
#include "mutual-enum-types.h"
#include "mutual-fraction-private.h"

/**
 * MutualBodsInterest:
 *
 * One interest as a Beneficial Ownership Data Standard file declares it: who
 * holds what kind of interest in whom, how directly, and what share of it,
 * with the bounds of a range exactly as the file's BODS version means them.
 *
 * Shares are exact fractions of the whole: BODS's 76.5 (per cent) is 153/200.
 * An exact share has equal, included bounds; a band such as "more than 25% up
 * to 50%" has an excluded minimum of 1/4 and an included maximum of 1/2.
 *
 * Interests are what a file *declares*; the model built from the file
 * ([method@Mutual.BodsPackage.get_model]) is what they imply.
 *
 * Since: 1.0
 */
struct _MutualBodsInterest
{
  GObject parent_instance;

  MutualBodsInterestFields f;
};

G_DEFINE_FINAL_TYPE (MutualBodsInterest, mutual_bods_interest, G_TYPE_OBJECT)

static void
mutual_bods_interest_finalize (GObject *object)
{
  MutualBodsInterest *self = MUTUAL_BODS_INTEREST (object);

  g_free (self->f.relationship_id);
  g_free (self->f.statement_id);
  g_free (self->f.subject);
  g_free (self->f.interested_party);
  g_free (self->f.interest_type);
  g_free (self->f.details);
  g_clear_pointer (&self->f.share_minimum, mutual_fraction_free);
  g_clear_pointer (&self->f.share_maximum, mutual_fraction_free);
  g_free (self->f.start_date);
  g_free (self->f.end_date);
  g_strfreev (self->f.components);

  G_OBJECT_CLASS (mutual_bods_interest_parent_class)->finalize (object);
}

enum {
  PROP_0,
  PROP_RELATIONSHIP_ID,
  PROP_STATEMENT_ID,
  PROP_SUBJECT,
  PROP_INTERESTED_PARTY,
  PROP_INTEREST_TYPE,
  PROP_DIRECTNESS,
  PROP_BENEFICIAL,
  PROP_DETAILS,
  PROP_SHARE_MINIMUM,
  PROP_SHARE_MAXIMUM,
  PROP_MINIMUM_EXCLUSIVE,
  PROP_MAXIMUM_EXCLUSIVE,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_COMPONENTS,
  PROP_IS_COMPONENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_bods_interest_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MutualBodsInterest *self = (MutualBodsInterest *) object;

  switch (prop_id)
    {
    case PROP_RELATIONSHIP_ID:
      g_value_set_string (value, self->f.relationship_id);
      break;
    case PROP_STATEMENT_ID:
      g_value_set_string (value, self->f.statement_id);
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, self->f.subject);
      break;
    case PROP_INTERESTED_PARTY:
      g_value_set_string (value, self->f.interested_party);
      break;
    case PROP_INTEREST_TYPE:
      g_value_set_string (value, self->f.interest_type);
      break;
    case PROP_DIRECTNESS:
      g_value_set_enum (value, self->f.directness);
      break;
    case PROP_BENEFICIAL:
      g_value_set_boolean (value, self->f.beneficial);
      break;
    case PROP_DETAILS:
      g_value_set_string (value, self->f.details);
      break;
    case PROP_SHARE_MINIMUM:
      g_value_set_boxed (value, self->f.share_minimum);
      break;
    case PROP_SHARE_MAXIMUM:
      g_value_set_boxed (value, self->f.share_maximum);
      break;
    case PROP_MINIMUM_EXCLUSIVE:
      g_value_set_boolean (value, self->f.minimum_exclusive);
      break;
    case PROP_MAXIMUM_EXCLUSIVE:
      g_value_set_boolean (value, self->f.maximum_exclusive);
      break;
    case PROP_START_DATE:
      g_value_set_string (value, self->f.start_date);
      break;
    case PROP_END_DATE:
      g_value_set_string (value, self->f.end_date);
      break;
    case PROP_COMPONENTS:
      g_value_set_boxed (value, self->f.components);
      break;
    case PROP_IS_COMPONENT:
      g_value_set_boolean (value, self->f.is_component);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_bods_interest_class_init (MutualBodsInterestClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_bods_interest_finalize;
  object_class->get_property = mutual_bods_interest_get_property;

  /**
   * MutualBodsInterest:relationship-id:
   *
   * The recordId of the relationship that declares the interest (in BODS 0.2 and 0.3, the id of its first statement).
   *
   * Since: 1.0
   */
  properties[PROP_RELATIONSHIP_ID] =
    g_param_spec_string ("relationship-id", NULL, NULL, NULL, flags);

  /**
   * MutualBodsInterest:statement-id:
   *
   * The id of the statement that declares the interest in this form.
   *
   * Since: 1.0
   */
  properties[PROP_STATEMENT_ID] =
    g_param_spec_string ("statement-id", NULL, NULL, NULL, flags);

  /**
   * MutualBodsInterest:subject:
   *
   * The id of the party the interest is held in (an entity), or %NULL when the publisher did not specify it.
   *
   * Since: 1.0
   */
  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, NULL, flags);

  /**
   * MutualBodsInterest:interested-party:
   *
   * The id of the party that holds the interest, or %NULL when the publisher did not specify it.
   *
   * Since: 1.0
   */
  properties[PROP_INTERESTED_PARTY] =
    g_param_spec_string ("interested-party", NULL, NULL, NULL, flags);

  /**
   * MutualBodsInterest:interest-type:
   *
   * The BODS 0.4 interestType code, such as `shareholding` or `appointmentOfBoard` (codes of BODS 0.2 are translated), or %NULL when the statement gives none.
   *
   * Since: 1.0
   */
  properties[PROP_INTEREST_TYPE] =
    g_param_spec_string ("interest-type", NULL, NULL, NULL, flags);

  /**
   * MutualBodsInterest:directness:
   *
   * Whether the interest is held directly or through intermediaries.
   *
   * Since: 1.0
   */
  properties[PROP_DIRECTNESS] =
    g_param_spec_enum ("directness", NULL, NULL, MUTUAL_TYPE_DIRECTNESS, MUTUAL_DIRECTNESS_UNKNOWN, flags);

  /**
   * MutualBodsInterest:beneficial:
   *
   * Whether the publisher declares that this interest makes the interested party a beneficial owner.
   *
   * Since: 1.0
   */
  properties[PROP_BENEFICIAL] =
    g_param_spec_boolean ("beneficial", NULL, NULL, FALSE, flags);

  /**
   * MutualBodsInterest:details:
   *
   * The publisher's own words for the interest, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_DETAILS] =
    g_param_spec_string ("details", NULL, NULL, NULL, flags);

  /**
   * MutualBodsInterest:share-minimum:
   *
   * The lower bound of the share, as a fraction of the whole (a BODS 30% is 3/10), or %NULL when there is none. Whether it is included is [property@Mutual.BodsInterest:minimum-exclusive].
   *
   * Since: 1.0
   */
  properties[PROP_SHARE_MINIMUM] =
    g_param_spec_boxed ("share-minimum", NULL, NULL, MUTUAL_TYPE_FRACTION, flags);

  /**
   * MutualBodsInterest:share-maximum:
   *
   * The upper bound of the share, as a fraction of the whole, or %NULL when there is none. Whether it is included is [property@Mutual.BodsInterest:maximum-exclusive].
   *
   * Since: 1.0
   */
  properties[PROP_SHARE_MAXIMUM] =
    g_param_spec_boxed ("share-maximum", NULL, NULL, MUTUAL_TYPE_FRACTION, flags);

  /**
   * MutualBodsInterest:minimum-exclusive:
   *
   * Whether the share is strictly more than [property@Mutual.BodsInterest:share-minimum]. In BODS 0.4 the bound given as `exclusiveMinimum`; in 0.2 and 0.3 the `exclusiveMinimum` flag.
   *
   * Since: 1.0
   */
  properties[PROP_MINIMUM_EXCLUSIVE] =
    g_param_spec_boolean ("minimum-exclusive", NULL, NULL, FALSE, flags);

  /**
   * MutualBodsInterest:maximum-exclusive:
   *
   * Whether the share is strictly less than [property@Mutual.BodsInterest:share-maximum]. In BODS 0.4 the bound given as `exclusiveMaximum`; in 0.2 and 0.3 the `exclusiveMaximum` flag, which defaults to true there.
   *
   * Since: 1.0
   */
  properties[PROP_MAXIMUM_EXCLUSIVE] =
    g_param_spec_boolean ("maximum-exclusive", NULL, NULL, FALSE, flags);

  /**
   * MutualBodsInterest:start-date:
   *
   * The ISO 8601 date from which the interest is held, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL, NULL, flags);

  /**
   * MutualBodsInterest:end-date:
   *
   * The ISO 8601 date on which the interest ended, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL, NULL, flags);

  /**
   * MutualBodsInterest:components:
   *
   * For an indirect relationship, the record ids of the entities and relationships through which it runs, possibly empty.
   *
   * Since: 1.0
   */
  properties[PROP_COMPONENTS] =
    g_param_spec_boxed ("components", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * MutualBodsInterest:is-component:
   *
   * Whether the relationship is a component of an indirect relationship.
   *
   * Since: 1.0
   */
  properties[PROP_IS_COMPONENT] =
    g_param_spec_boolean ("is-component", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/**
 * mutual_bods_interest_get_relationship_id:
 * @self: a #MutualBodsInterest
 *
 * Gets [property@Mutual.BodsInterest:relationship-id].
 *
 * Returns: The relationship id
 *
 * Since: 1.0
 */
const char *
mutual_bods_interest_get_relationship_id (MutualBodsInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), NULL);
  return self->f.relationship_id;
}

/**
 * mutual_bods_interest_get_statement_id:
 * @self: a #MutualBodsInterest
 *
 * Gets [property@Mutual.BodsInterest:statement-id].
 *
 * Returns: The statement id
 *
 * Since: 1.0
 */
const char *
mutual_bods_interest_get_statement_id (MutualBodsInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), NULL);
  return self->f.statement_id;
}

/**
 * mutual_bods_interest_get_subject:
 * @self: a #MutualBodsInterest
 *
 * Gets [property@Mutual.BodsInterest:subject].
 *
 * Returns: (nullable): The subject, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_bods_interest_get_subject (MutualBodsInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), NULL);
  return self->f.subject;
}

/**
 * mutual_bods_interest_get_interested_party:
 * @self: a #MutualBodsInterest
 *
 * Gets [property@Mutual.BodsInterest:interested-party].
 *
 * Returns: (nullable): The interested party, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_bods_interest_get_interested_party (MutualBodsInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), NULL);
  return self->f.interested_party;
}

/**
 * mutual_bods_interest_get_interest_type:
 * @self: a #MutualBodsInterest
 *
 * Gets [property@Mutual.BodsInterest:interest-type].
 *
 * Returns: (nullable): The interest type, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_bods_interest_get_interest_type (MutualBodsInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), NULL);
  return self->f.interest_type;
}

/**
 * mutual_bods_interest_get_directness:
 * @self: a #MutualBodsInterest
 *
 * Gets [property@Mutual.BodsInterest:directness].
 *
 * Returns: The directness
 *
 * Since: 1.0
 */
MutualDirectness
mutual_bods_interest_get_directness (MutualBodsInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), 0);
  return self->f.directness;
}

/**
 * mutual_bods_interest_get_beneficial:
 * @self: a #MutualBodsInterest
 *
 * Gets [property@Mutual.BodsInterest:beneficial].
 *
 * Returns: Whether the interest is beneficial ownership or control
 *
 * Since: 1.0
 */
gboolean
mutual_bods_interest_get_beneficial (MutualBodsInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), FALSE);
  return self->f.beneficial;
}

/**
 * mutual_bods_interest_get_details:
 * @self: a #MutualBodsInterest
 *
 * Gets [property@Mutual.BodsInterest:details].
 *
 * Returns: (nullable): The details, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_bods_interest_get_details (MutualBodsInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), NULL);
  return self->f.details;
}

/**
 * mutual_bods_interest_get_share_minimum:
 * @self: a #MutualBodsInterest
 *
 * Gets [property@Mutual.BodsInterest:share-minimum].
 *
 * Returns: (transfer none) (nullable): The lower bound, or %NULL
 *
 * Since: 1.0
 */
const MutualFraction *
mutual_bods_interest_get_share_minimum (MutualBodsInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), NULL);
  return self->f.share_minimum;
}

/**
 * mutual_bods_interest_get_share_maximum:
 * @self: a #MutualBodsInterest
 *
 * Gets [property@Mutual.BodsInterest:share-maximum].
 *
 * Returns: (transfer none) (nullable): The upper bound, or %NULL
 *
 * Since: 1.0
 */
const MutualFraction *
mutual_bods_interest_get_share_maximum (MutualBodsInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), NULL);
  return self->f.share_maximum;
}

/**
 * mutual_bods_interest_get_minimum_exclusive:
 * @self: a #MutualBodsInterest
 *
 * Gets [property@Mutual.BodsInterest:minimum-exclusive].
 *
 * Returns: Whether the lower bound is excluded
 *
 * Since: 1.0
 */
gboolean
mutual_bods_interest_get_minimum_exclusive (MutualBodsInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), FALSE);
  return self->f.minimum_exclusive;
}

/**
 * mutual_bods_interest_get_maximum_exclusive:
 * @self: a #MutualBodsInterest
 *
 * Gets [property@Mutual.BodsInterest:maximum-exclusive].
 *
 * Returns: Whether the upper bound is excluded
 *
 * Since: 1.0
 */
gboolean
mutual_bods_interest_get_maximum_exclusive (MutualBodsInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), FALSE);
  return self->f.maximum_exclusive;
}

/**
 * mutual_bods_interest_get_start_date:
 * @self: a #MutualBodsInterest
 *
 * Gets [property@Mutual.BodsInterest:start-date].
 *
 * Returns: (nullable): The start date, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_bods_interest_get_start_date (MutualBodsInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), NULL);
  return self->f.start_date;
}

/**
 * mutual_bods_interest_get_end_date:
 * @self: a #MutualBodsInterest
 *
 * Gets [property@Mutual.BodsInterest:end-date].
 *
 * Returns: (nullable): The end date, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_bods_interest_get_end_date (MutualBodsInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), NULL);
  return self->f.end_date;
}

/**
 * mutual_bods_interest_get_components:
 * @self: a #MutualBodsInterest
 *
 * Gets [property@Mutual.BodsInterest:components].
 *
 * Returns: (transfer none) (array zero-terminated=1): The component record ids
 *
 * Since: 1.0
 */
const char * const *
mutual_bods_interest_get_components (MutualBodsInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), NULL);
  return (const char * const *) self->f.components;
}

/**
 * mutual_bods_interest_get_is_component:
 * @self: a #MutualBodsInterest
 *
 * Gets [property@Mutual.BodsInterest:is-component].
 *
 * Returns: Whether the relationship is a component
 *
 * Since: 1.0
 */
gboolean
mutual_bods_interest_get_is_component (MutualBodsInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), FALSE);
  return self->f.is_component;
}


static void
mutual_bods_interest_init (MutualBodsInterest *self)
{
  self->f.directness = MUTUAL_DIRECTNESS_UNKNOWN;
  self->f.components = g_new0 (char *, 1);
}

MutualBodsInterest *
mutual_bods_interest_new_empty (void)
{
  return g_object_new (MUTUAL_TYPE_BODS_INTEREST, NULL);
}

MutualBodsInterestFields *
mutual_bods_interest_fields (MutualBodsInterest *self)
{
  return &self->f;
}

/* A copy with the parties replaced (for placeholders and id mapping). */
MutualBodsInterest *
mutual_bods_interest_copy_for (MutualBodsInterest *self,
                               const char         *subject,
                               const char         *interested_party)
{
  MutualBodsInterest *copy = mutual_bods_interest_new_empty ();

  /* the struct copy below replaces the empty list that init made */
  g_strfreev (copy->f.components);
  copy->f = self->f;
  copy->f.relationship_id = g_strdup (self->f.relationship_id);
  copy->f.statement_id = g_strdup (self->f.statement_id);
  copy->f.subject = g_strdup (subject);
  copy->f.interested_party = g_strdup (interested_party);
  copy->f.interest_type = g_strdup (self->f.interest_type);
  copy->f.details = g_strdup (self->f.details);
  copy->f.share_minimum = self->f.share_minimum ? mutual_fraction_copy (self->f.share_minimum) : NULL;
  copy->f.share_maximum = self->f.share_maximum ? mutual_fraction_copy (self->f.share_maximum) : NULL;
  copy->f.start_date = g_strdup (self->f.start_date);
  copy->f.end_date = g_strdup (self->f.end_date);
  g_strfreev (copy->f.components);
  copy->f.components = g_strdupv (self->f.components);
  return copy;
}

/**
 * mutual_bods_interest_get_share_exact:
 * @self: a #MutualBodsInterest
 *
 * The exact share, when the interest declares one: both bounds present,
 * equal and included.
 *
 * Returns: (transfer none) (nullable): the exact share as a fraction of the
 *   whole, or %NULL for a range or an interest without a share
 *
 * Since: 1.0
 */
const MutualFraction *
mutual_bods_interest_get_share_exact (MutualBodsInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), NULL);

  if (self->f.share_minimum == NULL || self->f.share_maximum == NULL ||
      self->f.minimum_exclusive || self->f.maximum_exclusive ||
      !mutual_fraction_equal (self->f.share_minimum, self->f.share_maximum))
    return NULL;
  return self->f.share_minimum;
}

/**
 * mutual_bods_interest_is_in_force:
 * @self: a #MutualBodsInterest
 * @date: an ISO 8601 date
 *
 * Whether the interest is held on @date: it started on or before @date (or
 * has no start date) and had not ended by then (an interest ends on its end
 * date).
 *
 * Returns: %TRUE if the interest is held on @date
 *
 * Since: 1.0
 */
gboolean
mutual_bods_interest_is_in_force (MutualBodsInterest *self,
                                  const char         *date)
{
  MutualDay day;

  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), FALSE);
  g_return_val_if_fail (date != NULL && mutual_day_parse (date, &day, NULL), FALSE);

  if (self->f.start_date != NULL && strcmp (self->f.start_date, date) > 0)
    return FALSE;
  if (self->f.end_date != NULL && strcmp (self->f.end_date, date) <= 0)
    return FALSE;
  return TRUE;
}

/**
 * mutual_bods_interest_describe_share:
 * @self: a #MutualBodsInterest
 *
 * The share in words a person reads: “76.5%”, “more than 25% up to 50%”,
 * “at least 75%”, or “no share stated”.
 *
 * Returns: (transfer full): the description
 *
 * Since: 1.0
 */
char *
mutual_bods_interest_describe_share (MutualBodsInterest *self)
{
  g_autofree char *low = NULL, *high = NULL;

  g_return_val_if_fail (MUTUAL_IS_BODS_INTEREST (self), NULL);

  if (mutual_bods_interest_get_share_exact (self) != NULL)
    return mutual_fraction_to_percent_string (self->f.share_minimum);
  if (self->f.share_minimum != NULL)
    low = mutual_fraction_to_percent_string (self->f.share_minimum);
  if (self->f.share_maximum != NULL)
    high = mutual_fraction_to_percent_string (self->f.share_maximum);
  if (low != NULL && high != NULL)
    return g_strdup_printf ("%s %s %s %s", self->f.minimum_exclusive ? "more than" : "from", low,
                            self->f.maximum_exclusive ? "to less than" : "up to", high);
  if (low != NULL)
    return g_strdup_printf ("%s %s", self->f.minimum_exclusive ? "more than" : "at least", low);
  if (high != NULL)
    return g_strdup_printf ("%s %s", self->f.maximum_exclusive ? "less than" : "at most", high);
  return g_strdup ("no share stated");
}
