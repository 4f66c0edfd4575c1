/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-bods-interest-private.h"
#include "mutual-enum-types.h"

/**
 * MutualBodsChange:
 *
 * One dated step in a BODS file's history: a record that appears, changes
 * or closes. [method@Mutual.BodsPackage.get_changes] lists them in date
 * order, so that a scenario can replay a register's history, and
 * [method@Mutual.BodsPackage.dup_model_at] gives the model on any date.
 *
 * Since: 1.0
 */
struct _MutualBodsChange
{
  GObject parent_instance;

  char *date;
  char *statement_id;
  char *record_id;
  char *record_type;
  MutualRecordStatus status;
  char *subject;
  char *interested_party;
  char *description;
};

G_DEFINE_FINAL_TYPE (MutualBodsChange, mutual_bods_change, G_TYPE_OBJECT)

static void
mutual_bods_change_finalize (GObject *object)
{
  MutualBodsChange *self = MUTUAL_BODS_CHANGE (object);

  g_free (self->date);
  g_free (self->statement_id);
  g_free (self->record_id);
  g_free (self->record_type);
  g_free (self->subject);
  g_free (self->interested_party);
  g_free (self->description);

  G_OBJECT_CLASS (mutual_bods_change_parent_class)->finalize (object);
}

enum {
  PROP_0,
  PROP_DATE,
  PROP_STATEMENT_ID,
  PROP_RECORD_ID,
  PROP_RECORD_TYPE,
  PROP_STATUS,
  PROP_SUBJECT,
  PROP_INTERESTED_PARTY,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_bods_change_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MutualBodsChange *self = (MutualBodsChange *) object;

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_STATEMENT_ID:
      g_value_set_string (value, self->statement_id);
      break;
    case PROP_RECORD_ID:
      g_value_set_string (value, self->record_id);
      break;
    case PROP_RECORD_TYPE:
      g_value_set_string (value, self->record_type);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;
    case PROP_INTERESTED_PARTY:
      g_value_set_string (value, self->interested_party);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_bods_change_class_init (MutualBodsChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_bods_change_finalize;
  object_class->get_property = mutual_bods_change_get_property;

  /**
   * MutualBodsChange:date:
   *
   * The ISO 8601 date of the statement (its `statementDate`), or %NULL when it has none.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL, flags);

  /**
   * MutualBodsChange:statement-id:
   *
   * The id of the statement.
   *
   * Since: 1.0
   */
  properties[PROP_STATEMENT_ID] =
    g_param_spec_string ("statement-id", NULL, NULL, NULL, flags);

  /**
   * MutualBodsChange:record-id:
   *
   * The id of the record the statement is about (in BODS 0.2 and 0.3, the id of the record's first statement). Entities and persons keep it as their party id.
   *
   * Since: 1.0
   */
  properties[PROP_RECORD_ID] =
    g_param_spec_string ("record-id", NULL, NULL, NULL, flags);

  /**
   * MutualBodsChange:record-type:
   *
   * The kind of record: `entity`, `person` or `relationship`.
   *
   * Since: 1.0
   */
  properties[PROP_RECORD_TYPE] =
    g_param_spec_string ("record-type", NULL, NULL, NULL, flags);

  /**
   * MutualBodsChange:status:
   *
   * Whether the statement opens, updates or closes the record.
   *
   * Since: 1.0
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, MUTUAL_TYPE_RECORD_STATUS, MUTUAL_RECORD_STATUS_NEW, flags);

  /**
   * MutualBodsChange:subject:
   *
   * For a relationship, the id of its subject, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, NULL, flags);

  /**
   * MutualBodsChange:interested-party:
   *
   * For a relationship, the id of its interested party, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_INTERESTED_PARTY] =
    g_param_spec_string ("interested-party", NULL, NULL, NULL, flags);

  /**
   * MutualBodsChange:description:
   *
   * What changed, in words: “Gasgrid Finland Oy: new entity”.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/**
 * mutual_bods_change_get_date:
 * @self: a #MutualBodsChange
 *
 * Gets [property@Mutual.BodsChange:date].
 *
 * Returns: (nullable): The date, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_bods_change_get_date (MutualBodsChange *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_CHANGE (self), NULL);
  return self->date;
}

/**
 * mutual_bods_change_get_statement_id:
 * @self: a #MutualBodsChange
 *
 * Gets [property@Mutual.BodsChange:statement-id].
 *
 * Returns: The statement id
 *
 * Since: 1.0
 */
const char *
mutual_bods_change_get_statement_id (MutualBodsChange *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_CHANGE (self), NULL);
  return self->statement_id;
}

/**
 * mutual_bods_change_get_record_id:
 * @self: a #MutualBodsChange
 *
 * Gets [property@Mutual.BodsChange:record-id].
 *
 * Returns: The record id
 *
 * Since: 1.0
 */
const char *
mutual_bods_change_get_record_id (MutualBodsChange *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_CHANGE (self), NULL);
  return self->record_id;
}

/**
 * mutual_bods_change_get_record_type:
 * @self: a #MutualBodsChange
 *
 * Gets [property@Mutual.BodsChange:record-type].
 *
 * Returns: The record type
 *
 * Since: 1.0
 */
const char *
mutual_bods_change_get_record_type (MutualBodsChange *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_CHANGE (self), NULL);
  return self->record_type;
}

/**
 * mutual_bods_change_get_status:
 * @self: a #MutualBodsChange
 *
 * Gets [property@Mutual.BodsChange:status].
 *
 * Returns: The status
 *
 * Since: 1.0
 */
MutualRecordStatus
mutual_bods_change_get_status (MutualBodsChange *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_CHANGE (self), 0);
  return self->status;
}

/**
 * mutual_bods_change_get_subject:
 * @self: a #MutualBodsChange
 *
 * Gets [property@Mutual.BodsChange:subject].
 *
 * Returns: (nullable): The subject, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_bods_change_get_subject (MutualBodsChange *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_CHANGE (self), NULL);
  return self->subject;
}

/**
 * mutual_bods_change_get_interested_party:
 * @self: a #MutualBodsChange
 *
 * Gets [property@Mutual.BodsChange:interested-party].
 *
 * Returns: (nullable): The interested party, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_bods_change_get_interested_party (MutualBodsChange *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_CHANGE (self), NULL);
  return self->interested_party;
}

/**
 * mutual_bods_change_get_description:
 * @self: a #MutualBodsChange
 *
 * Gets [property@Mutual.BodsChange:description].
 *
 * Returns: The description
 *
 * Since: 1.0
 */
const char *
mutual_bods_change_get_description (MutualBodsChange *self)
{
  g_return_val_if_fail (MUTUAL_IS_BODS_CHANGE (self), NULL);
  return self->description;
}


static void
mutual_bods_change_init (MutualBodsChange *self)
{
}

MutualBodsChange *
mutual_bods_change_new (const char         *date,
                        const char         *statement_id,
                        const char         *record_id,
                        const char         *record_type,
                        MutualRecordStatus  status,
                        const char         *subject,
                        const char         *interested_party,
                        const char         *description)
{
  MutualBodsChange *self = g_object_new (MUTUAL_TYPE_BODS_CHANGE, NULL);

  self->date = g_strdup (date);
  self->statement_id = g_strdup (statement_id);
  self->record_id = g_strdup (record_id);
  self->record_type = g_strdup (record_type);
  self->status = status;
  self->subject = g_strdup (subject);
  self->interested_party = g_strdup (interested_party);
  self->description = g_strdup (description);
  return self;
}
