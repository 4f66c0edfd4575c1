/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "mutual-enum-types.h"
#include "mutual-fraction-private.h"
#include "mutual-item-list-private.h"
#include "mutual-transfer-plan.h"
#include "mutual-staff-private.h"

/**
 * MutualTransferPlan:
 *
 * A planned relevant transfer under TUPE 2006: one or more transferors
 * (the three boroughs of a tri-borough mutual, say), one transferee, the
 * transfer date and the organised grouping of employees that moves; the
 * measures envisaged; when the representatives were informed and
 * consulted and who they are; when employee liability information was
 * sent and what it held; the pension the transferee offers; and any
 * dismissals proposed.
 *
 * Who counts as assigned to the grouping is the plan's rule: staff of a
 * transferor in the grouping, not there only temporarily, whose share of
 * working time in it is more than (or, when
 * [property@Mutual.TransferPlan:assignment-strict] is %FALSE, at least)
 * [property@Mutual.TransferPlan:assignment-threshold]. The default, more
 * than half, follows the usual reading of "assigned" (reg 2(1)); a caller
 * who reads it otherwise sets both.
 *
 * Plans are model items ([method@Mutual.Model.add_transfer_plan]); they are
 * immutable. [class@Mutual.TransferAnalysis] checks one.
 *
 * Since: 1.0
 */

enum {
  DATE_TRANSFER,
  DATE_INFORMATION,
  DATE_CONSULTATION,
  DATE_ELI,
  DATE_FIRST_DISMISSAL,
  DATE_REDUNDANCY_CONSULTATION,
  N_DATES
};

static const char *date_names[N_DATES] = {
  "transfer-date", "information-given", "consultation-held", "eli-sent",
  "first-dismissal", "redundancy-consultation",
};

struct _MutualTransferPlan
{
  GObject parent_instance;

  char *id;
  char *name;
  GStrv transferors;
  char *transferee;
  char *grouping;
  MutualJurisdiction jurisdiction;
  MutualFraction *threshold;
  gboolean strict;
  MutualItemList *measures;
  MutualRepresentatives representatives;
  MutualEliContents eli_contents;
  MutualPensionProvision pension_provision;
  guint proposed_dismissals;
  MutualDay days[N_DATES];
  char texts[N_DATES][11];
};

G_DEFINE_FINAL_TYPE (MutualTransferPlan, mutual_transfer_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_TRANSFERORS,
  PROP_TRANSFEREE,
  PROP_GROUPING,
  PROP_JURISDICTION,
  PROP_ASSIGNMENT_THRESHOLD,
  PROP_ASSIGNMENT_STRICT,
  PROP_MEASURES,
  PROP_REPRESENTATIVES,
  PROP_ELI_CONTENTS,
  PROP_PENSION_PROVISION,
  PROP_PROPOSED_DISMISSALS,
  PROP_TRANSFER_DATE,
  PROP_INFORMATION_GIVEN,
  PROP_CONSULTATION_HELD,
  PROP_ELI_SENT,
  PROP_FIRST_DISMISSAL,
  PROP_REDUNDANCY_CONSULTATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_transfer_plan_finalize (GObject *object)
{
  MutualTransferPlan *self = MUTUAL_TRANSFER_PLAN (object);

  g_free (self->id);
  g_free (self->name);
  g_strfreev (self->transferors);
  g_free (self->transferee);
  g_free (self->grouping);
  g_clear_pointer (&self->threshold, mutual_fraction_free);
  g_clear_object (&self->measures);

  G_OBJECT_CLASS (mutual_transfer_plan_parent_class)->finalize (object);
}

static const char *
date_text (MutualTransferPlan *self,
           guint               which)
{
  return self->days[which] != MUTUAL_DAY_NONE ? self->texts[which] : NULL;
}

static void
mutual_transfer_plan_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MutualTransferPlan *self = MUTUAL_TRANSFER_PLAN (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_TRANSFERORS: g_value_set_boxed (value, self->transferors); break;
    case PROP_TRANSFEREE: g_value_set_string (value, self->transferee); break;
    case PROP_GROUPING: g_value_set_string (value, self->grouping); break;
    case PROP_JURISDICTION: g_value_set_enum (value, self->jurisdiction); break;
    case PROP_ASSIGNMENT_THRESHOLD: g_value_set_boxed (value, mutual_transfer_plan_get_assignment_threshold (self)); break;
    case PROP_ASSIGNMENT_STRICT: g_value_set_boolean (value, self->strict); break;
    case PROP_MEASURES: g_value_set_object (value, self->measures); break;
    case PROP_REPRESENTATIVES: g_value_set_enum (value, self->representatives); break;
    case PROP_ELI_CONTENTS: g_value_set_flags (value, self->eli_contents); break;
    case PROP_PENSION_PROVISION: g_value_set_enum (value, self->pension_provision); break;
    case PROP_PROPOSED_DISMISSALS: g_value_set_uint (value, self->proposed_dismissals); break;
    case PROP_TRANSFER_DATE:
    case PROP_INFORMATION_GIVEN:
    case PROP_CONSULTATION_HELD:
    case PROP_ELI_SENT:
    case PROP_FIRST_DISMISSAL:
    case PROP_REDUNDANCY_CONSULTATION:
      g_value_set_string (value, date_text (self, prop_id - PROP_TRANSFER_DATE));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_measures (MutualTransferPlan *self,
              GListModel         *measures)
{
  guint n = measures != NULL ? g_list_model_get_n_items (measures) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (measures, i);

      if (!MUTUAL_IS_MEASURE (item))
        {
          g_critical ("MutualTransferPlan:measures item %u is a %s, not a MutualMeasure",
                      i, G_OBJECT_TYPE_NAME (item));
          continue;
        }
      mutual_item_list_append (self->measures, item);
    }
}

static void
mutual_transfer_plan_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MutualTransferPlan *self = MUTUAL_TRANSFER_PLAN (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_dup_string (value); break;
    case PROP_NAME: self->name = g_value_dup_string (value); break;
    case PROP_TRANSFERORS:
      g_strfreev (self->transferors);
      self->transferors = g_value_dup_boxed (value);
      if (self->transferors == NULL)
        self->transferors = g_new0 (char *, 1);
      break;
    case PROP_TRANSFEREE: self->transferee = g_value_dup_string (value); break;
    case PROP_GROUPING: self->grouping = g_value_dup_string (value); break;
    case PROP_JURISDICTION: self->jurisdiction = g_value_get_enum (value); break;
    case PROP_ASSIGNMENT_THRESHOLD: self->threshold = g_value_dup_boxed (value); break;
    case PROP_ASSIGNMENT_STRICT: self->strict = g_value_get_boolean (value); break;
    case PROP_MEASURES: set_measures (self, g_value_get_object (value)); break;
    case PROP_REPRESENTATIVES: self->representatives = g_value_get_enum (value); break;
    case PROP_ELI_CONTENTS: self->eli_contents = g_value_get_flags (value); break;
    case PROP_PENSION_PROVISION: self->pension_provision = g_value_get_enum (value); break;
    case PROP_PROPOSED_DISMISSALS: self->proposed_dismissals = g_value_get_uint (value); break;
    case PROP_TRANSFER_DATE:
    case PROP_INFORMATION_GIVEN:
    case PROP_CONSULTATION_HELD:
    case PROP_ELI_SENT:
    case PROP_FIRST_DISMISSAL:
    case PROP_REDUNDANCY_CONSULTATION:
      {
        guint which = prop_id - PROP_TRANSFER_DATE;
        const char *text = g_value_get_string (value);

        self->days[which] = MUTUAL_DAY_NONE;
        if (text != NULL && !mutual_day_parse (text, &self->days[which], NULL))
          g_critical ("MutualTransferPlan:%s “%s” is not an ISO 8601 date", date_names[which], text);
        mutual_day_format_buf (self->days[which], self->texts[which]);
      }
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_transfer_plan_class_init (MutualTransferPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_transfer_plan_finalize;
  object_class->get_property = mutual_transfer_plan_get_property;
  object_class->set_property = mutual_transfer_plan_set_property;

  /**
   * MutualTransferPlan:id:
   *
   * A stable id, unique among the model's transfer plans.
   *
   * Since: 1.0
   */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /**
   * MutualTransferPlan:name:
   *
   * A title for the plan, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  /**
   * MutualTransferPlan:transferors:
   *
   * The ids of the parties whose staff transfer: one or more.
   *
   * Since: 1.0
   */
  properties[PROP_TRANSFERORS] = g_param_spec_boxed ("transferors", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * MutualTransferPlan:transferee:
   *
   * The id of the party the staff transfer to (the mutual).
   *
   * Since: 1.0
   */
  properties[PROP_TRANSFEREE] = g_param_spec_string ("transferee", NULL, NULL, NULL, flags);
  /**
   * MutualTransferPlan:grouping:
   *
   * The id of the organised grouping that transfers; staff whose
   * [property@Mutual.StaffMember:grouping] is this id may be assigned to it.
   *
   * Since: 1.0
   */
  properties[PROP_GROUPING] = g_param_spec_string ("grouping", NULL, NULL, NULL, flags);
  /**
   * MutualTransferPlan:jurisdiction:
   *
   * Where the employments are governed; it decides the weekly pay caps.
   *
   * Since: 1.0
   */
  properties[PROP_JURISDICTION] = g_param_spec_enum ("jurisdiction", NULL, NULL, MUTUAL_TYPE_JURISDICTION,
                                                     MUTUAL_JURISDICTION_GREAT_BRITAIN, flags);
  /**
   * MutualTransferPlan:assignment-threshold:
   *
   * The share of working time in the grouping that makes a person
   * assigned to it; %NULL means one half.
   *
   * Since: 1.0
   */
  properties[PROP_ASSIGNMENT_THRESHOLD] = g_param_spec_boxed ("assignment-threshold", NULL, NULL,
                                                              MUTUAL_TYPE_FRACTION, flags);
  /**
   * MutualTransferPlan:assignment-strict:
   *
   * Whether the share must be more than the threshold (%TRUE, the default)
   * or at least the threshold.
   *
   * Since: 1.0
   */
  properties[PROP_ASSIGNMENT_STRICT] = g_param_spec_boolean ("assignment-strict", NULL, NULL, TRUE,
                                                             flags);
  /**
   * MutualTransferPlan:measures:
   *
   * The measures envisaged in connection with the transfer, a list model
   * of [class@Mutual.Measure]; empty when none are. On construction any
   * list model of measures is copied.
   *
   * Since: 1.0
   */
  properties[PROP_MEASURES] = g_param_spec_object ("measures", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  /**
   * MutualTransferPlan:representatives:
   *
   * Who is informed and consulted.
   *
   * Since: 1.0
   */
  properties[PROP_REPRESENTATIVES] = g_param_spec_enum ("representatives", NULL, NULL, MUTUAL_TYPE_REPRESENTATIVES,
                                                        MUTUAL_REPRESENTATIVES_RECOGNISED_UNION, flags);
  /**
   * MutualTransferPlan:eli-contents:
   *
   * What the employee liability information held.
   *
   * Since: 1.0
   */
  properties[PROP_ELI_CONTENTS] = g_param_spec_flags ("eli-contents", NULL, NULL, MUTUAL_TYPE_ELI_CONTENTS,
                                                      MUTUAL_ELI_CONTENTS_NONE, flags);
  /**
   * MutualTransferPlan:pension-provision:
   *
   * The pension the transferee gives transferred staff.
   *
   * Since: 1.0
   */
  properties[PROP_PENSION_PROVISION] = g_param_spec_enum ("pension-provision", NULL, NULL,
                                                          MUTUAL_TYPE_PENSION_PROVISION,
                                                          MUTUAL_PENSION_PROVISION_NONE, flags);
  /**
   * MutualTransferPlan:proposed-dismissals:
   *
   * How many dismissals as redundant are proposed at one establishment
   * within 90 days (TULRCA 1992 s188), 0 when none.
   *
   * Since: 1.0
   */
  properties[PROP_PROPOSED_DISMISSALS] = g_param_spec_uint ("proposed-dismissals", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /**
   * MutualTransferPlan:transfer-date:
   *
   * The ISO 8601 date of the transfer.
   *
   * Since: 1.0
   */
  properties[PROP_TRANSFER_DATE] = g_param_spec_string ("transfer-date", NULL, NULL, NULL, flags);
  /**
   * MutualTransferPlan:information-given:
   *
   * The ISO 8601 date the representatives were given the reg 13(2)
   * information, or %NULL if they have not been.
   *
   * Since: 1.0
   */
  properties[PROP_INFORMATION_GIVEN] = g_param_spec_string ("information-given", NULL, NULL, NULL, flags);
  /**
   * MutualTransferPlan:consultation-held:
   *
   * The ISO 8601 date consultation on the envisaged measures began, or
   * %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_CONSULTATION_HELD] = g_param_spec_string ("consultation-held", NULL, NULL, NULL, flags);
  /**
   * MutualTransferPlan:eli-sent:
   *
   * The ISO 8601 date the transferors sent employee liability information
   * to the transferee, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_ELI_SENT] = g_param_spec_string ("eli-sent", NULL, NULL, NULL, flags);
  /**
   * MutualTransferPlan:first-dismissal:
   *
   * The ISO 8601 date the first proposed dismissal takes effect, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_FIRST_DISMISSAL] = g_param_spec_string ("first-dismissal", NULL, NULL, NULL, flags);
  /**
   * MutualTransferPlan:redundancy-consultation:
   *
   * The ISO 8601 date collective redundancy consultation began, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_REDUNDANCY_CONSULTATION] = g_param_spec_string ("redundancy-consultation", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_transfer_plan_init (MutualTransferPlan *self)
{
  self->transferors = g_new0 (char *, 1);
  self->strict = TRUE;
  self->measures = mutual_item_list_new (MUTUAL_TYPE_MEASURE);
}

/**
 * mutual_transfer_plan_new:
 * @id: the plan's id
 * @transferors: (array zero-terminated=1): the ids of the transferors
 * @transferee: the id of the transferee
 * @transfer_date: the ISO 8601 date of the transfer
 * @grouping: the id of the organised grouping that transfers
 *
 * Creates a transfer plan. Set the other properties with g_object_new().
 *
 * Returns: (transfer full): a new plan
 *
 * Since: 1.0
 */
MutualTransferPlan *
mutual_transfer_plan_new (const char         *id,
                          const char * const *transferors,
                          const char         *transferee,
                          const char         *transfer_date,
                          const char         *grouping)
{
  MutualDay day;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (transferors != NULL, NULL);
  g_return_val_if_fail (transferee != NULL, NULL);
  g_return_val_if_fail (transfer_date != NULL && mutual_day_parse (transfer_date, &day, NULL), NULL);
  g_return_val_if_fail (grouping != NULL, NULL);

  return g_object_new (MUTUAL_TYPE_TRANSFER_PLAN,
                       "id", id, "transferors", transferors, "transferee", transferee,
                       "transfer-date", transfer_date, "grouping", grouping,
                       NULL);
}

char *
mutual_transfer_plan_key (gpointer item)
{
  return g_strdup (((MutualTransferPlan *) item)->id);
}

MutualDay
mutual_transfer_plan_get_day (MutualTransferPlan *self,
                              const char         *which)
{
  for (guint i = 0; i < N_DATES; i++)
    if (strcmp (date_names[i], which) == 0)
      return self->days[i];
  g_return_val_if_reached (MUTUAL_DAY_NONE);
}

/**
 * mutual_transfer_plan_get_id:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:id].
 *
 * Returns: the id
 *
 * Since: 1.0
 */
const char *
mutual_transfer_plan_get_id (MutualTransferPlan *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), NULL);
  return self->id;
}

/**
 * mutual_transfer_plan_get_name:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:name].
 *
 * Returns: (nullable): the title
 *
 * Since: 1.0
 */
const char *
mutual_transfer_plan_get_name (MutualTransferPlan *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), NULL);
  return self->name;
}

/**
 * mutual_transfer_plan_get_transferors:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:transferors].
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the transferors
 *
 * Since: 1.0
 */
const char * const *
mutual_transfer_plan_get_transferors (MutualTransferPlan *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), NULL);
  return (const char * const *) self->transferors;
}

/**
 * mutual_transfer_plan_get_transferee:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:transferee].
 *
 * Returns: the id of the transferee
 *
 * Since: 1.0
 */
const char *
mutual_transfer_plan_get_transferee (MutualTransferPlan *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), NULL);
  return self->transferee;
}

/**
 * mutual_transfer_plan_get_transfer_date:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:transfer-date].
 *
 * Returns: (nullable): the ISO 8601 transfer date
 *
 * Since: 1.0
 */
const char *
mutual_transfer_plan_get_transfer_date (MutualTransferPlan *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), NULL);
  return date_text (self, DATE_TRANSFER);
}

/**
 * mutual_transfer_plan_get_grouping:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:grouping].
 *
 * Returns: the id of the organised grouping
 *
 * Since: 1.0
 */
const char *
mutual_transfer_plan_get_grouping (MutualTransferPlan *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), NULL);
  return self->grouping;
}

/**
 * mutual_transfer_plan_get_jurisdiction:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:jurisdiction].
 *
 * Returns: the jurisdiction
 *
 * Since: 1.0
 */
MutualJurisdiction
mutual_transfer_plan_get_jurisdiction (MutualTransferPlan *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), MUTUAL_JURISDICTION_GREAT_BRITAIN);
  return self->jurisdiction;
}

/**
 * mutual_transfer_plan_get_assignment_threshold:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:assignment-threshold].
 *
 * Returns: (transfer none): the threshold, one half when none was set
 *
 * Since: 1.0
 */
const MutualFraction *
mutual_transfer_plan_get_assignment_threshold (MutualTransferPlan *self)
{
  static const MutualFraction half = { 1, 2 };

  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), NULL);
  return self->threshold != NULL ? self->threshold : &half;
}

/**
 * mutual_transfer_plan_get_assignment_strict:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:assignment-strict].
 *
 * Returns: whether the share must exceed the threshold
 *
 * Since: 1.0
 */
gboolean
mutual_transfer_plan_get_assignment_strict (MutualTransferPlan *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), TRUE);
  return self->strict;
}

/**
 * mutual_transfer_plan_get_measures:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:measures].
 *
 * Returns: (transfer none): a list model of [class@Mutual.Measure]
 *
 * Since: 1.0
 */
GListModel *
mutual_transfer_plan_get_measures (MutualTransferPlan *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), NULL);
  return G_LIST_MODEL (self->measures);
}

/**
 * mutual_transfer_plan_get_representatives:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:representatives].
 *
 * Returns: who is informed and consulted
 *
 * Since: 1.0
 */
MutualRepresentatives
mutual_transfer_plan_get_representatives (MutualTransferPlan *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), MUTUAL_REPRESENTATIVES_RECOGNISED_UNION);
  return self->representatives;
}

/**
 * mutual_transfer_plan_get_information_given:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:information-given].
 *
 * Returns: (nullable): the ISO 8601 date, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_transfer_plan_get_information_given (MutualTransferPlan *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), NULL);
  return date_text (self, DATE_INFORMATION);
}

/**
 * mutual_transfer_plan_get_consultation_held:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:consultation-held].
 *
 * Returns: (nullable): the ISO 8601 date, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_transfer_plan_get_consultation_held (MutualTransferPlan *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), NULL);
  return date_text (self, DATE_CONSULTATION);
}

/**
 * mutual_transfer_plan_get_eli_sent:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:eli-sent].
 *
 * Returns: (nullable): the ISO 8601 date, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_transfer_plan_get_eli_sent (MutualTransferPlan *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), NULL);
  return date_text (self, DATE_ELI);
}

/**
 * mutual_transfer_plan_get_eli_contents:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:eli-contents].
 *
 * Returns: what the employee liability information held
 *
 * Since: 1.0
 */
MutualEliContents
mutual_transfer_plan_get_eli_contents (MutualTransferPlan *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), MUTUAL_ELI_CONTENTS_NONE);
  return self->eli_contents;
}

/**
 * mutual_transfer_plan_get_pension_provision:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:pension-provision].
 *
 * Returns: the pension the transferee offers
 *
 * Since: 1.0
 */
MutualPensionProvision
mutual_transfer_plan_get_pension_provision (MutualTransferPlan *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), MUTUAL_PENSION_PROVISION_NONE);
  return self->pension_provision;
}

/**
 * mutual_transfer_plan_get_proposed_dismissals:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:proposed-dismissals].
 *
 * Returns: the number of dismissals proposed
 *
 * Since: 1.0
 */
guint
mutual_transfer_plan_get_proposed_dismissals (MutualTransferPlan *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), 0);
  return self->proposed_dismissals;
}

/**
 * mutual_transfer_plan_get_first_dismissal:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:first-dismissal].
 *
 * Returns: (nullable): the ISO 8601 date, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_transfer_plan_get_first_dismissal (MutualTransferPlan *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), NULL);
  return date_text (self, DATE_FIRST_DISMISSAL);
}

/**
 * mutual_transfer_plan_get_redundancy_consultation:
 * @self: a plan
 *
 * Gets [property@Mutual.TransferPlan:redundancy-consultation].
 *
 * Returns: (nullable): the ISO 8601 date, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_transfer_plan_get_redundancy_consultation (MutualTransferPlan *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), NULL);
  return date_text (self, DATE_REDUNDANCY_CONSULTATION);
}

/**
 * mutual_transfer_plan_has_transferor:
 * @self: a plan
 * @party: the id of a party
 *
 * Whether @party is one of the plan's transferors.
 *
 * Returns: %TRUE if it is
 *
 * Since: 1.0
 */
gboolean
mutual_transfer_plan_has_transferor (MutualTransferPlan *self,
                                     const char         *party)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), FALSE);
  g_return_val_if_fail (party != NULL, FALSE);

  for (guint i = 0; self->transferors[i] != NULL; i++)
    if (strcmp (self->transferors[i], party) == 0)
      return TRUE;
  return FALSE;
}

/**
 * mutual_transfer_plan_assigns:
 * @self: a plan
 * @staff_member: a staff member
 *
 * Whether the plan's rule counts @staff_member as assigned to its grouping:
 * in the grouping, not temporarily, with a share of working time above (or
 * at least) the threshold. Employer and objection are not looked at; see
 * [method@Mutual.TransferAnalysis.get_transferring].
 *
 * Returns: %TRUE if the person is assigned
 *
 * Since: 1.0
 */
gboolean
mutual_transfer_plan_assigns (MutualTransferPlan *self,
                              MutualStaffMember  *staff_member)
{
  const char *grouping;
  int cmp;

  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (self), FALSE);
  g_return_val_if_fail (MUTUAL_IS_STAFF_MEMBER (staff_member), FALSE);

  grouping = mutual_staff_member_get_grouping (staff_member);
  if (grouping == NULL || self->grouping == NULL || strcmp (grouping, self->grouping) != 0 ||
      mutual_staff_member_get_temporary (staff_member))
    return FALSE;
  cmp = mutual_fraction_compare (mutual_staff_member_get_assignment (staff_member),
                                 mutual_transfer_plan_get_assignment_threshold (self));
  return self->strict ? cmp > 0 : cmp >= 0;
}
