/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-error.h"
#include "mutual-fraction-private.h"
#include "mutual-model-private.h"
#include "mutual-model-staff.h"
#include "mutual-staff-private.h"

/* The model's staff and transfer plans: the tupe layer's collections. */

static gboolean
check_staff_member (MutualStaffMember  *staff,
                    GError            **error)
{
  const MutualFraction *share = mutual_staff_member_get_assignment (staff);
  MutualStaffFields fields = {
    .id = mutual_staff_member_get_id (staff),
    .employer = mutual_staff_member_get_employer (staff),
    .assignment = share,
    .started = mutual_staff_member_get_started_day (staff),
    .born = mutual_staff_member_get_born_day (staff),
    .weekly_pay = mutual_staff_member_get_weekly_pay (staff),
    .hours = mutual_staff_member_get_hours (staff),
  };

  return mutual_staff_fields_check (&fields, error);
}

/**
 * mutual_model_add_staff_member:
 * @self: a model
 * @staff_member: the staff member to add
 * @error: return location for a #GError
 *
 * Adds a staff member. Fails with %MUTUAL_ERROR_DUPLICATE_ID if the model
 * already has one with the same id, %MUTUAL_ERROR_MISSING if the record
 * has no id, employer, date of birth or start date, and
 * %MUTUAL_ERROR_ORDER if they started work before they were born.
 *
 * Returns: %TRUE if the staff member was added
 *
 * Since: 1.0
 */
gboolean
mutual_model_add_staff_member (MutualModel        *self,
                               MutualStaffMember  *staff_member,
                               GError            **error)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (MUTUAL_IS_STAFF_MEMBER (staff_member), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_staff_member (staff_member, error) &&
         mutual_model_add_item (self, MUTUAL_COLLECTION_STAFF, staff_member, error);
}

/**
 * mutual_model_remove_staff_member:
 * @self: a model
 * @id: the id of the staff member
 * @error: return location for a #GError
 *
 * Removes a staff member.
 *
 * Returns: %TRUE if removed, %FALSE with %MUTUAL_ERROR_UNKNOWN_ID if there
 *   is none
 *
 * Since: 1.0
 */
gboolean
mutual_model_remove_staff_member (MutualModel  *self,
                                  const char   *id,
                                  GError      **error)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mutual_model_remove_key (self, MUTUAL_COLLECTION_STAFF, id, error);
}

/**
 * mutual_model_lookup_staff_member:
 * @self: a model
 * @id: the id of a staff member
 *
 * Looks up a staff member by id.
 *
 * Returns: (transfer none) (nullable): the staff member, or %NULL
 *
 * Since: 1.0
 */
MutualStaffMember *
mutual_model_lookup_staff_member (MutualModel *self,
                                  const char  *id)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return mutual_model_lookup_key (self, MUTUAL_COLLECTION_STAFF, id);
}

/**
 * mutual_model_get_staff:
 * @self: a model
 *
 * The staff members, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Mutual.StaffMember]
 *
 * Since: 1.0
 */
GListModel *
mutual_model_get_staff (MutualModel *self)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  return mutual_model_get_list (self, MUTUAL_COLLECTION_STAFF);
}

/**
 * mutual_model_add_transfer_plan:
 * @self: a model
 * @plan: the transfer plan to add
 * @error: return location for a #GError
 *
 * Adds a transfer plan. Fails with %MUTUAL_ERROR_DUPLICATE_ID if the model
 * already has one with the same id, and %MUTUAL_ERROR_MISSING if the plan
 * has no id, transferor, transferee, transfer date or grouping.
 *
 * Returns: %TRUE if the plan was added
 *
 * Since: 1.0
 */
gboolean
mutual_model_add_transfer_plan (MutualModel         *self,
                                MutualTransferPlan  *plan,
                                GError             **error)
{
  const char *id;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_PLAN (plan), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = mutual_transfer_plan_get_id (plan);
  if (id == NULL || *id == '\0')
    {
      g_set_error_literal (error, MUTUAL_ERROR, MUTUAL_ERROR_MISSING, "a transfer plan must have a non-empty id");
      return FALSE;
    }
  if (mutual_transfer_plan_get_transferors (plan)[0] == NULL || mutual_transfer_plan_get_transferee (plan) == NULL ||
      mutual_transfer_plan_get_transfer_date (plan) == NULL || mutual_transfer_plan_get_grouping (plan) == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_MISSING,
                   "transfer plan “%s” needs transferors, a transferee, a transfer date and a grouping", id);
      return FALSE;
    }
  return mutual_model_add_item (self, MUTUAL_COLLECTION_TRANSFER_PLANS, plan, error);
}

/**
 * mutual_model_remove_transfer_plan:
 * @self: a model
 * @id: the id of the plan
 * @error: return location for a #GError
 *
 * Removes a transfer plan.
 *
 * Returns: %TRUE if removed, %FALSE with %MUTUAL_ERROR_UNKNOWN_ID if there
 *   is none
 *
 * Since: 1.0
 */
gboolean
mutual_model_remove_transfer_plan (MutualModel  *self,
                                   const char   *id,
                                   GError      **error)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mutual_model_remove_key (self, MUTUAL_COLLECTION_TRANSFER_PLANS, id, error);
}

/**
 * mutual_model_lookup_transfer_plan:
 * @self: a model
 * @id: the id of a plan
 *
 * Looks up a transfer plan by id.
 *
 * Returns: (transfer none) (nullable): the plan, or %NULL
 *
 * Since: 1.0
 */
MutualTransferPlan *
mutual_model_lookup_transfer_plan (MutualModel *self,
                                   const char  *id)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return mutual_model_lookup_key (self, MUTUAL_COLLECTION_TRANSFER_PLANS, id);
}

/**
 * mutual_model_get_transfer_plans:
 * @self: a model
 *
 * The transfer plans, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Mutual.TransferPlan]
 *
 * Since: 1.0
 */
GListModel *
mutual_model_get_transfer_plans (MutualModel *self)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  return mutual_model_get_list (self, MUTUAL_COLLECTION_TRANSFER_PLANS);
}

/* --- references, for mutual_model_validate() --- */

static gboolean
check_party (MutualModel  *model,
             const char   *path,
             guint         index,
             const char   *member,
             const char   *id,
             GError      **error)
{
  if (id == NULL || mutual_model_lookup_party (model, id) == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID,
                   "%s[%u].%s: no party “%s”", path, index, member, id ? id : "");
      return FALSE;
    }
  return TRUE;
}

gboolean
mutual_model_validate_staff_refs (MutualModel  *model,
                            GError      **error)
{
  GPtrArray *items = mutual_model_get_array (model, MUTUAL_COLLECTION_STAFF);
  const char *last_employer = NULL;

  for (guint i = 0; i < items->len; i++)
    {
      MutualStaffMember *staff = g_ptr_array_index (items, i);
      const char *employer = mutual_staff_member_get_employer (staff);

      /* staff lists come sorted by employer: look each one up once */
      if (last_employer != NULL && g_str_equal (employer, last_employer))
        continue;
      if (!check_party (model, "staff", i, "employer", employer, error))
        return FALSE;
      last_employer = employer;
    }
  return TRUE;
}

gboolean
mutual_model_validate_plan_refs (MutualModel  *model,
                            GError      **error)
{
  GPtrArray *items = mutual_model_get_array (model, MUTUAL_COLLECTION_TRANSFER_PLANS);

  for (guint i = 0; i < items->len; i++)
    {
      MutualTransferPlan *plan = g_ptr_array_index (items, i);
      const char * const *transferors = mutual_transfer_plan_get_transferors (plan);

      for (guint j = 0; transferors[j] != NULL; j++)
        {
          g_autofree char *member = g_strdup_printf ("transferors[%u]", j);

          if (!check_party (model, "transfer_plans", i, member, transferors[j], error))
            return FALSE;
          if (g_strcmp0 (transferors[j], mutual_transfer_plan_get_transferee (plan)) == 0)
            {
              g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                           "transfer_plans[%u].transferee: “%s” is also a transferor", i, transferors[j]);
              return FALSE;
            }
        }
      if (!check_party (model, "transfer_plans", i, "transferee", mutual_transfer_plan_get_transferee (plan), error))
        return FALSE;
    }
  return TRUE;
}
