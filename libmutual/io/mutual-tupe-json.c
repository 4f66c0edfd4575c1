/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-error.h"
#include "mutual-fraction-private.h"
#include "mutual-json-private.h"
#include "mutual-model-json-private.h"
#include "mutual-model-private.h"
#include "mutual-model-staff.h"
#include "mutual-tupe-private.h"

/* The model file's "staff" and "transfer_plans" sections. */

static gboolean
fail_at (GError     **error,
         int          code,
         const char  *path,
         const char  *member,
         const char  *message)
{
  g_set_error (error, MUTUAL_ERROR, code, "%s.%s: %s", path, member, message);
  return FALSE;
}

static gboolean
get_day (const MutualJsonValue  *object,
         const char             *path,
         const char             *member,
         gboolean                required,
         MutualDay              *out,
         GError                **error)
{
  const char *text = NULL;

  if (!mutual_json_get_date (object, path, member, required, &text, error))
    return FALSE;
  if (text != NULL)
    mutual_day_parse (text, out, NULL);
  return TRUE;
}

static gboolean
get_hours (const MutualJsonValue  *object,
           const char             *path,
           double                 *out,
           GError                **error)
{
  const MutualJsonValue *node = mutual_json_value_get_member (object, "hours");

  if (mutual_json_value_is_null (node))
    return TRUE;
  if (node->kind == MUTUAL_JSON_KIND_INTEGER)
    *out = (double) node->u.integer;
  else if (node->kind == MUTUAL_JSON_KIND_DOUBLE)
    *out = node->u.number;
  else
    return fail_at (error, MUTUAL_ERROR_INVALID, path, "hours", "must be a number of hours a week");
  if (!(*out >= 0 && *out <= 168))
    return fail_at (error, MUTUAL_ERROR_INVALID, path, "hours", "must be from 0 to 168");
  return TRUE;
}

static gboolean
add_or_fail (MutualModel       *model,
             MutualCollection   collection,
             gpointer           item,
             const char        *path,
             GError           **error)
{
  g_autoptr(GObject) owned = item;
  g_autoptr(GError) local = NULL;

  if (!mutual_model_add_item (model, collection, owned, &local))
    {
      g_set_error (error, MUTUAL_ERROR, local->code, "%s: %s", path, local->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
mutual_tupe_json_read_staff (MutualModel            *model,
                             const MutualJsonValue  *array,
                             GError                **error)
{
  static const char *allowed[] = { "id", "name", "employer", "grouping", "assignment", "temporary", "started",
                                   "born", "weekly_pay", "hours", "pension_scheme", "collective_agreement",
                                   "objected", NULL };

  for (guint i = 0; i < array->length; i++)
    {
      g_autofree char *path = g_strdup_printf ("staff[%u]", i);
      const MutualJsonValue *object;
      MutualStaffFields fields = { 0 };
      MutualFraction assignment = { 1, 1 };
      gboolean has_assignment;
      int scheme = MUTUAL_PENSION_SCHEME_NONE;
      g_autoptr(GError) local = NULL;

      if (!mutual_json_get_object (&array->u.items[i], path, &object, error) ||
          !mutual_json_check_members (object, path, allowed, error) ||
          !mutual_json_get_string (object, path, "id", TRUE, &fields.id, error) ||
          !mutual_json_get_string (object, path, "name", FALSE, &fields.name, error) ||
          !mutual_json_get_string (object, path, "employer", TRUE, &fields.employer, error) ||
          !mutual_json_get_string (object, path, "grouping", FALSE, &fields.grouping, error) ||
          !mutual_json_get_fraction (object, path, "assignment", FALSE, &assignment, error) ||
          !mutual_json_get_boolean (object, path, "temporary", FALSE, &fields.temporary, error) ||
          !get_day (object, path, "started", TRUE, &fields.started, error) ||
          !get_day (object, path, "born", TRUE, &fields.born, error) ||
          !mutual_json_get_int64 (object, path, "weekly_pay", TRUE, 0, G_MAXINT64, &fields.weekly_pay, error) ||
          !get_hours (object, path, &fields.hours, error) ||
          !mutual_json_get_enum (object, path, "pension_scheme", FALSE, MUTUAL_TYPE_PENSION_SCHEME, &scheme, error) ||
          !mutual_json_get_string (object, path, "collective_agreement", FALSE, &fields.collective_agreement, error) ||
          !mutual_json_get_boolean (object, path, "objected", FALSE, &fields.objected, error))
        return FALSE;
      has_assignment = mutual_json_value_get_member (object, "assignment") != NULL;
      if (has_assignment && (assignment.numerator < 0 || mutual_fraction_compare_ratio (&assignment, 1, 1) > 0))
        return fail_at (error, MUTUAL_ERROR_INVALID, path, "assignment", "must be a share of working time from 0 to 1");
      if (fields.started <= fields.born)
        return fail_at (error, MUTUAL_ERROR_ORDER, path, "started", "is not after the date of birth");
      fields.assignment = has_assignment ? &assignment : NULL;
      fields.pension_scheme = scheme;
      if (!mutual_staff_fields_check (&fields, &local))
        {
          g_set_error (error, MUTUAL_ERROR, local->code, "%s: %s", path, local->message);
          return FALSE;
        }
      if (!add_or_fail (model, MUTUAL_COLLECTION_STAFF, mutual_staff_member_new_from_fields (&fields), path, error))
        return FALSE;
    }
  return TRUE;
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

static void
add_boolean_if (JsonBuilder *builder,
                const char  *member,
                gboolean     value)
{
  if (!value)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_boolean_value (builder, TRUE);
}

static void
add_enum (JsonBuilder *builder,
          const char  *member,
          GType        type,
          int          value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  mutual_json_add_string (builder, member, g_enum_get_value (klass, value)->value_nick);
}

void
mutual_tupe_json_write_staff (MutualModel *model,
                              JsonBuilder *builder)
{
  GPtrArray *items = mutual_model_get_array (model, MUTUAL_COLLECTION_STAFF);

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      MutualStaffMember *staff = g_ptr_array_index (items, i);
      const MutualFraction *share = mutual_staff_member_get_assignment (staff);

      json_builder_begin_object (builder);
      mutual_json_add_string (builder, "id", mutual_staff_member_get_id (staff));
      mutual_json_add_string (builder, "name", mutual_staff_member_get_name (staff));
      mutual_json_add_string (builder, "employer", mutual_staff_member_get_employer (staff));
      mutual_json_add_string (builder, "grouping", mutual_staff_member_get_grouping (staff));
      if (mutual_fraction_compare_ratio (share, 1, 1) != 0)
        {
          g_autofree char *text = mutual_fraction_to_string (share);

          mutual_json_add_string (builder, "assignment", text);
        }
      add_boolean_if (builder, "temporary", mutual_staff_member_get_temporary (staff));
      mutual_json_add_string (builder, "started", mutual_staff_member_get_started (staff));
      mutual_json_add_string (builder, "born", mutual_staff_member_get_born (staff));
      add_int (builder, "weekly_pay", mutual_staff_member_get_weekly_pay (staff));
      if (mutual_staff_member_get_hours (staff) > 0)
        {
          json_builder_set_member_name (builder, "hours");
          json_builder_add_double_value (builder, mutual_staff_member_get_hours (staff));
        }
      add_enum (builder, "pension_scheme", MUTUAL_TYPE_PENSION_SCHEME, mutual_staff_member_get_pension_scheme (staff));
      mutual_json_add_string (builder, "collective_agreement", mutual_staff_member_get_collective_agreement (staff));
      add_boolean_if (builder, "objected", mutual_staff_member_get_objected (staff));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static gboolean
read_measures (const MutualJsonValue  *object,
               const char             *path,
               GListStore             *store,
               GError                **error)
{
  static const char *allowed[] = { "description", "kind", "reason", NULL };
  const MutualJsonValue *array = NULL;

  if (!mutual_json_get_array (object, path, "measures", FALSE, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < array->length; i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s.measures[%u]", path, i);
      const MutualJsonValue *item;
      const char *description = NULL;
      int kind = MUTUAL_MEASURE_KIND_OTHER, reason = MUTUAL_MEASURE_REASON_UNCONNECTED;
      g_autoptr(MutualMeasure) measure = NULL;

      if (!mutual_json_get_object (&array->u.items[i], item_path, &item, error) ||
          !mutual_json_check_members (item, item_path, allowed, error) ||
          !mutual_json_get_string (item, item_path, "description", TRUE, &description, error) ||
          !mutual_json_get_enum (item, item_path, "kind", FALSE, MUTUAL_TYPE_MEASURE_KIND, &kind, error) ||
          !mutual_json_get_enum (item, item_path, "reason", FALSE, MUTUAL_TYPE_MEASURE_REASON, &reason, error))
        return FALSE;
      measure = mutual_measure_new (description, kind, reason);
      g_list_store_append (store, measure);
    }
  return TRUE;
}

gboolean
mutual_tupe_json_read_plans (MutualModel            *model,
                             const MutualJsonValue  *array,
                             GError                **error)
{
  static const char *allowed[] = { "id", "name", "transferors", "transferee", "transfer_date", "grouping",
                                   "jurisdiction", "assignment_threshold", "assignment_strict", "measures",
                                   "representatives", "information_given", "consultation_held", "eli_sent",
                                   "eli_contents", "pension_provision", "proposed_dismissals", "first_dismissal",
                                   "redundancy_consultation", NULL };

  for (guint i = 0; i < array->length; i++)
    {
      g_autofree char *path = g_strdup_printf ("transfer_plans[%u]", i);
      const MutualJsonValue *object;
      const char *id = NULL, *name = NULL, *transferee = NULL, *date = NULL, *grouping = NULL;
      const char *informed = NULL, *consulted = NULL, *eli = NULL, *first = NULL, *redundancy = NULL;
      g_auto(GStrv) transferors = NULL;
      int jurisdiction = MUTUAL_JURISDICTION_GREAT_BRITAIN, representatives = MUTUAL_REPRESENTATIVES_RECOGNISED_UNION;
      int provision = MUTUAL_PENSION_PROVISION_NONE;
      MutualFraction threshold = { 1, 2 };
      gboolean strict = TRUE;
      guint contents = 0;
      gint64 dismissals = 0;
      g_autoptr(GListStore) measures = g_list_store_new (MUTUAL_TYPE_MEASURE);

      if (!mutual_json_get_object (&array->u.items[i], path, &object, error) ||
          !mutual_json_check_members (object, path, allowed, error) ||
          !mutual_json_get_string (object, path, "id", TRUE, &id, error) ||
          !mutual_json_get_string (object, path, "name", FALSE, &name, error) ||
          !mutual_json_get_strv (object, path, "transferors", &transferors, error) ||
          !mutual_json_get_string (object, path, "transferee", TRUE, &transferee, error) ||
          !mutual_json_get_date (object, path, "transfer_date", TRUE, &date, error) ||
          !mutual_json_get_string (object, path, "grouping", TRUE, &grouping, error) ||
          !mutual_json_get_enum (object, path, "jurisdiction", FALSE, MUTUAL_TYPE_JURISDICTION, &jurisdiction, error) ||
          !mutual_json_get_fraction (object, path, "assignment_threshold", FALSE, &threshold, error) ||
          !mutual_json_get_boolean (object, path, "assignment_strict", FALSE, &strict, error) ||
          !read_measures (object, path, measures, error) ||
          !mutual_json_get_enum (object, path, "representatives", FALSE, MUTUAL_TYPE_REPRESENTATIVES, &representatives, error) ||
          !mutual_json_get_date (object, path, "information_given", FALSE, &informed, error) ||
          !mutual_json_get_date (object, path, "consultation_held", FALSE, &consulted, error) ||
          !mutual_json_get_date (object, path, "eli_sent", FALSE, &eli, error) ||
          !mutual_json_get_flags (object, path, "eli_contents", MUTUAL_TYPE_ELI_CONTENTS, &contents, error) ||
          !mutual_json_get_enum (object, path, "pension_provision", FALSE, MUTUAL_TYPE_PENSION_PROVISION, &provision, error) ||
          !mutual_json_get_int64 (object, path, "proposed_dismissals", FALSE, 0, G_MAXUINT32, &dismissals, error) ||
          !mutual_json_get_date (object, path, "first_dismissal", FALSE, &first, error) ||
          !mutual_json_get_date (object, path, "redundancy_consultation", FALSE, &redundancy, error))
        return FALSE;
      if (transferors == NULL || transferors[0] == NULL)
        return fail_at (error, MUTUAL_ERROR_MISSING, path, "transferors", "a plan needs at least one transferor");
      if (threshold.numerator < 0 || mutual_fraction_compare_ratio (&threshold, 1, 1) > 0)
        return fail_at (error, MUTUAL_ERROR_INVALID, path, "assignment_threshold", "must be a share from 0 to 1");
      if (!add_or_fail (model, MUTUAL_COLLECTION_TRANSFER_PLANS,
                        g_object_new (MUTUAL_TYPE_TRANSFER_PLAN,
                                      "id", id, "name", name, "transferors", transferors,
                                      "transferee", transferee, "transfer-date", date, "grouping", grouping,
                                      "jurisdiction", jurisdiction,
                                      "assignment-threshold", &threshold, "assignment-strict", strict,
                                      "measures", measures, "representatives", representatives,
                                      "information-given", informed, "consultation-held", consulted,
                                      "eli-sent", eli, "eli-contents", contents,
                                      "pension-provision", provision,
                                      "proposed-dismissals", (guint) dismissals,
                                      "first-dismissal", first, "redundancy-consultation", redundancy,
                                      NULL),
                        path, error))
        return FALSE;
    }
  return TRUE;
}

void
mutual_tupe_json_write_plans (MutualModel *model,
                              JsonBuilder *builder)
{
  GPtrArray *items = mutual_model_get_array (model, MUTUAL_COLLECTION_TRANSFER_PLANS);

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      MutualTransferPlan *plan = g_ptr_array_index (items, i);
      const char * const *transferors = mutual_transfer_plan_get_transferors (plan);
      GListModel *measures = mutual_transfer_plan_get_measures (plan);
      g_autofree char *threshold = mutual_fraction_to_string (mutual_transfer_plan_get_assignment_threshold (plan));
      MutualEliContents contents = mutual_transfer_plan_get_eli_contents (plan);

      json_builder_begin_object (builder);
      mutual_json_add_string (builder, "id", mutual_transfer_plan_get_id (plan));
      mutual_json_add_string (builder, "name", mutual_transfer_plan_get_name (plan));
      json_builder_set_member_name (builder, "transferors");
      json_builder_begin_array (builder);
      for (guint j = 0; transferors[j] != NULL; j++)
        json_builder_add_string_value (builder, transferors[j]);
      json_builder_end_array (builder);
      mutual_json_add_string (builder, "transferee", mutual_transfer_plan_get_transferee (plan));
      mutual_json_add_string (builder, "transfer_date", mutual_transfer_plan_get_transfer_date (plan));
      mutual_json_add_string (builder, "grouping", mutual_transfer_plan_get_grouping (plan));
      add_enum (builder, "jurisdiction", MUTUAL_TYPE_JURISDICTION, mutual_transfer_plan_get_jurisdiction (plan));
      mutual_json_add_string (builder, "assignment_threshold", threshold);
      json_builder_set_member_name (builder, "assignment_strict");
      json_builder_add_boolean_value (builder, mutual_transfer_plan_get_assignment_strict (plan));
      if (g_list_model_get_n_items (measures) > 0)
        {
          json_builder_set_member_name (builder, "measures");
          json_builder_begin_array (builder);
          for (guint j = 0; j < g_list_model_get_n_items (measures); j++)
            {
              g_autoptr(MutualMeasure) measure = g_list_model_get_item (measures, j);

              json_builder_begin_object (builder);
              mutual_json_add_string (builder, "description", mutual_measure_get_description (measure));
              add_enum (builder, "kind", MUTUAL_TYPE_MEASURE_KIND, mutual_measure_get_kind (measure));
              add_enum (builder, "reason", MUTUAL_TYPE_MEASURE_REASON, mutual_measure_get_reason (measure));
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
        }
      add_enum (builder, "representatives", MUTUAL_TYPE_REPRESENTATIVES, mutual_transfer_plan_get_representatives (plan));
      mutual_json_add_string (builder, "information_given", mutual_transfer_plan_get_information_given (plan));
      mutual_json_add_string (builder, "consultation_held", mutual_transfer_plan_get_consultation_held (plan));
      mutual_json_add_string (builder, "eli_sent", mutual_transfer_plan_get_eli_sent (plan));
      if (contents != 0)
        {
          g_autoptr(GFlagsClass) klass = g_type_class_ref (MUTUAL_TYPE_ELI_CONTENTS);

          json_builder_set_member_name (builder, "eli_contents");
          json_builder_begin_array (builder);
          for (guint j = 0; j < klass->n_values; j++)
            /* single bits only: not "all" */
            if ((klass->values[j].value & (klass->values[j].value - 1)) == 0 && (contents & klass->values[j].value))
              json_builder_add_string_value (builder, klass->values[j].value_nick);
          json_builder_end_array (builder);
        }
      add_enum (builder, "pension_provision", MUTUAL_TYPE_PENSION_PROVISION, mutual_transfer_plan_get_pension_provision (plan));
      if (mutual_transfer_plan_get_proposed_dismissals (plan) > 0)
        add_int (builder, "proposed_dismissals", mutual_transfer_plan_get_proposed_dismissals (plan));
      mutual_json_add_string (builder, "first_dismissal", mutual_transfer_plan_get_first_dismissal (plan));
      mutual_json_add_string (builder, "redundancy_consultation", mutual_transfer_plan_get_redundancy_consultation (plan));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}
