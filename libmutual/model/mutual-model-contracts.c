/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-contract-private.h"
#include "mutual-error.h"
#include "mutual-model-private.h"

/* The model's contracts: a collection like the others (see
 * mutual-model-private.h), with the checks that only contracts need. */

/**
 * mutual_model_add_contract:
 * @self: a model
 * @contract: the contract to add
 * @error: return location for a #GError
 *
 * Adds a contract. Fails with %MUTUAL_ERROR_DUPLICATE_ID if the model
 * already has a contract with the same id; with %MUTUAL_ERROR_PARSE if a
 * date or a CPV code is malformed (the message names it), with
 * %MUTUAL_ERROR_ORDER if it ends before it starts or was awarded before its
 * procurement began, and with %MUTUAL_ERROR_MISSING if it has no CPV code.
 * The parties it names are checked by
 * [method@Mutual.Model.validate_contracts].
 *
 * Returns: %TRUE if the contract was added
 *
 * Since: 1.0
 */
gboolean
mutual_model_add_contract (MutualModel     *self,
                           MutualContract  *contract,
                           GError         **error)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (MUTUAL_IS_CONTRACT (contract), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mutual_contract_check (contract, error))
    return FALSE;
  return mutual_model_add_item (self, MUTUAL_COLLECTION_CONTRACTS, contract, error);
}

/**
 * mutual_model_replace_contract:
 * @self: a model
 * @contract: the new version of a contract already in the model
 * @error: return location for a #GError
 *
 * Replaces the contract with the same id as @contract, keeping its
 * position. Fails as [method@Mutual.Model.add_contract] does, and with
 * %MUTUAL_ERROR_UNKNOWN_ID if there is no such contract.
 *
 * Returns: %TRUE if the contract was replaced
 *
 * Since: 1.0
 */
gboolean
mutual_model_replace_contract (MutualModel     *self,
                               MutualContract  *contract,
                               GError         **error)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (MUTUAL_IS_CONTRACT (contract), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mutual_contract_check (contract, error))
    return FALSE;
  return mutual_model_replace_item (self, MUTUAL_COLLECTION_CONTRACTS, contract, error);
}

/**
 * mutual_model_remove_contract:
 * @self: a model
 * @id: the id of the contract
 * @error: return location for a #GError
 *
 * Removes a contract.
 *
 * Returns: %TRUE if it was removed, %FALSE with %MUTUAL_ERROR_UNKNOWN_ID
 *   if there is none
 *
 * Since: 1.0
 */
gboolean
mutual_model_remove_contract (MutualModel  *self,
                              const char   *id,
                              GError      **error)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mutual_model_remove_key (self, MUTUAL_COLLECTION_CONTRACTS, id, error);
}

/**
 * mutual_model_lookup_contract:
 * @self: a model
 * @id: the id of a contract
 *
 * Looks up a contract by id.
 *
 * Returns: (transfer none) (nullable): the contract, or %NULL
 *
 * Since: 1.0
 */
MutualContract *
mutual_model_lookup_contract (MutualModel *self,
                              const char  *id)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return mutual_model_lookup_key (self, MUTUAL_COLLECTION_CONTRACTS, id);
}

/**
 * mutual_model_get_contracts:
 * @self: a model
 *
 * The contracts, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Mutual.Contract]
 *
 * Since: 1.0
 */
GListModel *
mutual_model_get_contracts (MutualModel *self)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  return mutual_model_get_list (self, MUTUAL_COLLECTION_CONTRACTS);
}

static gboolean
check_party (MutualModel  *self,
             guint         index,
             const char   *member,
             const char   *id,
             MutualParty **out,
             GError      **error)
{
  *out = mutual_model_lookup_party (self, id);
  if (*out == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID,
                   "contracts[%u].%s: no party “%s”", index, member, id);
      return FALSE;
    }
  return TRUE;
}

/**
 * mutual_model_validate_contracts:
 * @self: a model
 * @error: return location for a #GError
 *
 * Checks that every contract names parties of the model: its authority a
 * public body, its supplier any party. Reading a model file does this; a
 * model built in code is checked by the procurement checks
 * ([class@Mutual.Procurement]) or by calling this.
 *
 * The error names the first problem by its path in the model file, such as
 * `contracts[0].authority: no party “lbfh”`.
 *
 * Returns: %TRUE if the contracts are valid
 *
 * Since: 1.0
 */
gboolean
mutual_model_validate_contracts (MutualModel  *self,
                                 GError      **error)
{
  GPtrArray *items;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  items = mutual_model_get_array (self, MUTUAL_COLLECTION_CONTRACTS);
  for (guint i = 0; i < items->len; i++)
    {
      MutualContract *contract = g_ptr_array_index (items, i);
      MutualParty *authority, *supplier;

      if (!check_party (self, i, "authority", mutual_contract_get_authority (contract), &authority, error) ||
          !check_party (self, i, "supplier", mutual_contract_get_supplier (contract), &supplier, error))
        return FALSE;
      if (mutual_party_get_kind (authority) != MUTUAL_PARTY_KIND_PUBLIC_BODY)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                       "contracts[%u].authority: “%s” is a %s, not a public body (a contracting authority)",
                       i, mutual_party_get_id (authority),
                       mutual_party_kind_to_string (mutual_party_get_kind (authority)));
          return FALSE;
        }
    }
  return TRUE;
}
