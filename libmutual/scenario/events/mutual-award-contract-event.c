/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-contract.h"
#include "mutual-procurement.h"
#include "mutual-enum-types.h"
#include "mutual-event-private.h"

/**
 * MutualAwardContractEvent:
 *
 * An authority awards a contract to a supplier; the award date is the
 * event's date. The authority must be a public body of the model and the
 * supplier any party; the contract's own checks (a CPV code, an end after
 * its start) apply.
 *
 * In scenario files: `"type": "award-contract"`.
 *
 * Since: 1.0
 */

struct _MutualAwardContractEvent
{
  MutualEvent parent_instance;

  char *contract;
  char *title;
  char *authority;
  char *supplier;
  GStrv cpv_codes;
  char *procurement_start;
  char *start;
  char *end;
  gint64 value;
  MutualProcedure procedure;
  MutualReservedUnder reserved_under;
};

G_DEFINE_FINAL_TYPE (MutualAwardContractEvent, mutual_award_contract_event, MUTUAL_TYPE_EVENT)

enum {
  PROP_0,
  PROP_CONTRACT,
  PROP_TITLE,
  PROP_AUTHORITY,
  PROP_SUPPLIER,
  PROP_CPV_CODES,
  PROP_PROCUREMENT_START,
  PROP_START,
  PROP_END,
  PROP_VALUE,
  PROP_PROCEDURE,
  PROP_RESERVED_UNDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
award_contract_apply (MutualEvent  *event,
                      MutualModel  *model,
                      GError      **error)
{
  MutualAwardContractEvent *self = MUTUAL_AWARD_CONTRACT_EVENT (event);
  g_autoptr(MutualContract) contract = NULL;
  MutualParty *authority;
  const char *date = mutual_event_get_date (event);

  if (!mutual_event_require (event, error, "contract", "authority", "supplier", "cpv-codes", "start", "end", NULL) ||
      !(authority = mutual_event_need_party (model, self->authority, error)) ||
      !mutual_event_need_party (model, self->supplier, error))
    return FALSE;
  if (mutual_party_get_kind (authority) != MUTUAL_PARTY_KIND_PUBLIC_BODY)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "“%s” is a %s, not a contracting authority",
                   self->authority, mutual_party_kind_to_string (mutual_party_get_kind (authority)));
      return FALSE;
    }
  if (mutual_model_lookup_contract (model, self->contract) != NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_DUPLICATE_ID, "there is already a contract “%s”", self->contract);
      return FALSE;
    }
  contract = g_object_new (MUTUAL_TYPE_CONTRACT,
                           "id", self->contract, "title", self->title,
                           "authority", self->authority, "supplier", self->supplier,
                           "cpv-codes", self->cpv_codes,
                           "procurement-start", self->procurement_start ? self->procurement_start : date,
                           "award-date", date, "start", self->start, "end", self->end,
                           "value", self->value, "procedure", self->procedure,
                           "reserved-under", self->reserved_under,
                           NULL);
  return mutual_model_add_contract (model, contract, error);
}

static char *
award_contract_describe (MutualEvent *event)
{
  MutualAwardContractEvent *self = MUTUAL_AWARD_CONTRACT_EVENT (event);

  return g_strdup_printf ("%s awards contract %s to %s, from %s to %s", self->authority, self->contract,
                          self->supplier, self->start, self->end);
}

static void
mutual_award_contract_event_finalize (GObject *object)
{
  MutualAwardContractEvent *self = MUTUAL_AWARD_CONTRACT_EVENT (object);

  g_free (self->contract);
  g_free (self->title);
  g_free (self->authority);
  g_free (self->supplier);
  g_strfreev (self->cpv_codes);
  g_free (self->procurement_start);
  g_free (self->start);
  g_free (self->end);

  G_OBJECT_CLASS (mutual_award_contract_event_parent_class)->finalize (object);
}

static void
mutual_award_contract_event_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MutualAwardContractEvent *self = MUTUAL_AWARD_CONTRACT_EVENT (object);

  switch (prop_id)
    {
    case PROP_CONTRACT:
      g_value_set_string (value, self->contract);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_AUTHORITY:
      g_value_set_string (value, self->authority);
      break;
    case PROP_SUPPLIER:
      g_value_set_string (value, self->supplier);
      break;
    case PROP_CPV_CODES:
      g_value_set_boxed (value, self->cpv_codes);
      break;
    case PROP_PROCUREMENT_START:
      g_value_set_string (value, self->procurement_start);
      break;
    case PROP_START:
      g_value_set_string (value, self->start);
      break;
    case PROP_END:
      g_value_set_string (value, self->end);
      break;
    case PROP_VALUE:
      g_value_set_int64 (value, self->value);
      break;
    case PROP_PROCEDURE:
      g_value_set_enum (value, self->procedure);
      break;
    case PROP_RESERVED_UNDER:
      g_value_set_enum (value, self->reserved_under);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_award_contract_event_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MutualAwardContractEvent *self = MUTUAL_AWARD_CONTRACT_EVENT (object);

  switch (prop_id)
    {
    case PROP_CONTRACT:
      self->contract = g_value_dup_string (value);
      break;
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;
    case PROP_AUTHORITY:
      self->authority = g_value_dup_string (value);
      break;
    case PROP_SUPPLIER:
      self->supplier = g_value_dup_string (value);
      break;
    case PROP_CPV_CODES:
      self->cpv_codes = g_value_dup_boxed (value);
      break;
    case PROP_PROCUREMENT_START:
      self->procurement_start = g_value_dup_string (value);
      break;
    case PROP_START:
      self->start = g_value_dup_string (value);
      break;
    case PROP_END:
      self->end = g_value_dup_string (value);
      break;
    case PROP_VALUE:
      self->value = g_value_get_int64 (value);
      break;
    case PROP_PROCEDURE:
      self->procedure = g_value_get_enum (value);
      break;
    case PROP_RESERVED_UNDER:
      self->reserved_under = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_award_contract_event_class_init (MutualAwardContractEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MutualEventClass *event_class = MUTUAL_EVENT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_award_contract_event_finalize;
  object_class->get_property = mutual_award_contract_event_get_property;
  object_class->set_property = mutual_award_contract_event_set_property;
  event_class->apply = award_contract_apply;
  event_class->describe = award_contract_describe;
  mutual_event_class_set_kind (event_class, "award-contract");

  /**
   * MutualAwardContractEvent:contract:
   *
   * The new contract's id.
   *
   * Since: 1.0
   */
  properties[PROP_CONTRACT] = g_param_spec_string ("contract", NULL, NULL, NULL, flags);

  /**
   * MutualAwardContractEvent:title:
   *
   * What the contract is for.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);

  /**
   * MutualAwardContractEvent:authority:
   *
   * The id of the contracting authority (a public body).
   *
   * Since: 1.0
   */
  properties[PROP_AUTHORITY] = g_param_spec_string ("authority", NULL, NULL, NULL, flags);

  /**
   * MutualAwardContractEvent:supplier:
   *
   * The id of the supplier.
   *
   * Since: 1.0
   */
  properties[PROP_SUPPLIER] = g_param_spec_string ("supplier", NULL, NULL, NULL, flags);

  /**
   * MutualAwardContractEvent:cpv-codes:
   *
   * The Common Procurement Vocabulary codes of its services.
   *
   * Since: 1.0
   */
  properties[PROP_CPV_CODES] = g_param_spec_boxed ("cpv-codes", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * MutualAwardContractEvent:procurement-start:
   *
   * When the procurement began, as an ISO 8601 date; the award date when
   * unset.
   *
   * Since: 1.0
   */
  properties[PROP_PROCUREMENT_START] = g_param_spec_string ("procurement-start", NULL, NULL, NULL, flags);

  /**
   * MutualAwardContractEvent:start:
   *
   * When the contract starts, as an ISO 8601 date.
   *
   * Since: 1.0
   */
  properties[PROP_START] = g_param_spec_string ("start", NULL, NULL, NULL, flags);

  /**
   * MutualAwardContractEvent:end:
   *
   * When it ends, as an ISO 8601 date.
   *
   * Since: 1.0
   */
  properties[PROP_END] = g_param_spec_string ("end", NULL, NULL, NULL, flags);

  /**
   * MutualAwardContractEvent:value:
   *
   * Its value in pence.
   *
   * Since: 1.0
   */
  properties[PROP_VALUE] = g_param_spec_int64 ("value", NULL, NULL, 0, G_MAXINT64, 0, flags);

  /**
   * MutualAwardContractEvent:procedure:
   *
   * The procurement procedure.
   *
   * Since: 1.0
   */
  properties[PROP_PROCEDURE] = g_param_spec_enum ("procedure", NULL, NULL, MUTUAL_TYPE_PROCEDURE, MUTUAL_PROCEDURE_UNKNOWN, flags);

  /**
   * MutualAwardContractEvent:reserved-under:
   *
   * The rule it was reserved under, if any.
   *
   * Since: 1.0
   */
  properties[PROP_RESERVED_UNDER] = g_param_spec_enum ("reserved-under", NULL, NULL, MUTUAL_TYPE_RESERVED_UNDER, MUTUAL_RESERVED_UNDER_NONE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_award_contract_event_init (MutualAwardContractEvent *self)
{
}
