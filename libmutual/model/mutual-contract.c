/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "mutual-contract-private.h"
#include "mutual-enum-types.h"
#include "mutual-error.h"

/**
 * MutualContract:
 *
 * A public contract between a contracting authority and a supplier: the
 * services it is for (as CPV codes), when the procurement began, when it
 * was awarded, when it starts and ends, how long it may be extended, its
 * value, the procedure and the rule it was reserved under, if any.
 *
 * The dates decide the law that applies: the regime is chosen by the day
 * the procurement began ([property@Mutual.Contract:procurement-start], or
 * the award date when that is not known), and the term of a reserved
 * contract is counted from its start to the last day it could run with
 * every option to extend taken.
 *
 * [property@Mutual.Contract:end] is the last day of the contract,
 * inclusive: a three-year contract from 1 April 2016 ends on 31 March 2019.
 *
 * Contracts are immutable. Dates are checked, with an error naming the
 * contract, when the contract is added to a model
 * ([method@Mutual.Model.add_contract]).
 *
 * Since: 1.0
 */
struct _MutualContract
{
  GObject parent_instance;

  char *id;
  char *title;
  char *authority;
  char *supplier;
  GStrv cpv_codes;
  char *procurement_start;
  char *award_date;
  char *start;
  char *end;
  guint extension_months;
  gint64 value;
  MutualProcedure procedure;
  MutualReservedUnder reserved_under;
  char *notes;

  MutualDay procurement_start_day;
  MutualDay award_day;
  MutualDay start_day;
  MutualDay end_day;
};

G_DEFINE_FINAL_TYPE (MutualContract, mutual_contract, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_AUTHORITY,
  PROP_SUPPLIER,
  PROP_CPV_CODES,
  PROP_PROCUREMENT_START,
  PROP_AWARD_DATE,
  PROP_START,
  PROP_END,
  PROP_EXTENSION_MONTHS,
  PROP_VALUE,
  PROP_PROCEDURE,
  PROP_RESERVED_UNDER,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * mutual_procedure_to_string:
 * @procedure: a procedure
 *
 * The procedure's stable name, as in model files: `open`,
 * `competitive-flexible`, `light-touch`…
 *
 * Returns: the name
 *
 * Since: 1.0
 */
const char *
mutual_procedure_to_string (MutualProcedure procedure)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (MUTUAL_TYPE_PROCEDURE);
  GEnumValue *value = g_enum_get_value (klass, procedure);

  g_return_val_if_fail (value != NULL, "unknown");
  return value->value_nick;
}

/**
 * mutual_reserved_under_to_string:
 * @reserved_under: a reservation rule
 *
 * The rule's stable name, as in model files: `none`, `pcr-2015-reg-77` or
 * `procurement-act-2023-s33`.
 *
 * Returns: the name
 *
 * Since: 1.0
 */
const char *
mutual_reserved_under_to_string (MutualReservedUnder reserved_under)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (MUTUAL_TYPE_RESERVED_UNDER);
  GEnumValue *value = g_enum_get_value (klass, reserved_under);

  g_return_val_if_fail (value != NULL, "none");
  return value->value_nick;
}

static void
mutual_contract_finalize (GObject *object)
{
  MutualContract *self = MUTUAL_CONTRACT (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->authority);
  g_free (self->supplier);
  g_strfreev (self->cpv_codes);
  g_free (self->procurement_start);
  g_free (self->award_date);
  g_free (self->start);
  g_free (self->end);
  g_free (self->notes);

  G_OBJECT_CLASS (mutual_contract_parent_class)->finalize (object);
}

static void
mutual_contract_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MutualContract *self = MUTUAL_CONTRACT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_AUTHORITY: g_value_set_string (value, self->authority); break;
    case PROP_SUPPLIER: g_value_set_string (value, self->supplier); break;
    case PROP_CPV_CODES: g_value_set_boxed (value, self->cpv_codes); break;
    case PROP_PROCUREMENT_START: g_value_set_string (value, self->procurement_start); break;
    case PROP_AWARD_DATE: g_value_set_string (value, self->award_date); break;
    case PROP_START: g_value_set_string (value, self->start); break;
    case PROP_END: g_value_set_string (value, self->end); break;
    case PROP_EXTENSION_MONTHS: g_value_set_uint (value, self->extension_months); break;
    case PROP_VALUE: g_value_set_int64 (value, self->value); break;
    case PROP_PROCEDURE: g_value_set_enum (value, self->procedure); break;
    case PROP_RESERVED_UNDER: g_value_set_enum (value, self->reserved_under); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Dates are kept as given and parsed once; a malformed date is reported by
 * mutual_contract_check() when the contract joins a model. */
static void
set_date (const GValue *value,
          char        **text,
          MutualDay    *day)
{
  *text = g_value_dup_string (value);
  if (*text == NULL || !mutual_day_parse (*text, day, NULL))
    *day = MUTUAL_DAY_NONE;
}

static void
mutual_contract_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MutualContract *self = MUTUAL_CONTRACT (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_dup_string (value); break;
    case PROP_TITLE: self->title = g_value_dup_string (value); break;
    case PROP_AUTHORITY: self->authority = g_value_dup_string (value); break;
    case PROP_SUPPLIER: self->supplier = g_value_dup_string (value); break;
    case PROP_CPV_CODES:
      g_strfreev (self->cpv_codes);
      self->cpv_codes = g_value_dup_boxed (value);
      if (self->cpv_codes == NULL)
        self->cpv_codes = g_new0 (char *, 1);
      break;
    case PROP_PROCUREMENT_START: set_date (value, &self->procurement_start, &self->procurement_start_day); break;
    case PROP_AWARD_DATE: set_date (value, &self->award_date, &self->award_day); break;
    case PROP_START: set_date (value, &self->start, &self->start_day); break;
    case PROP_END: set_date (value, &self->end, &self->end_day); break;
    case PROP_EXTENSION_MONTHS: self->extension_months = g_value_get_uint (value); break;
    case PROP_VALUE: self->value = g_value_get_int64 (value); break;
    case PROP_PROCEDURE: self->procedure = g_value_get_enum (value); break;
    case PROP_RESERVED_UNDER: self->reserved_under = g_value_get_enum (value); break;
    case PROP_NOTES: self->notes = g_value_dup_string (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_contract_class_init (MutualContractClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_contract_finalize;
  object_class->get_property = mutual_contract_get_property;
  object_class->set_property = mutual_contract_set_property;

  /**
   * MutualContract:id:
   *
   * The contract's id, unique among the model's contracts.
   *
   * Since: 1.0
   */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /**
   * MutualContract:title:
   *
   * A short description of the contract, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  /**
   * MutualContract:authority:
   *
   * The id of the contracting authority, a party of kind
   * %MUTUAL_PARTY_KIND_PUBLIC_BODY.
   *
   * Since: 1.0
   */
  properties[PROP_AUTHORITY] = g_param_spec_string ("authority", NULL, NULL, NULL, flags);
  /**
   * MutualContract:supplier:
   *
   * The id of the party the contract was awarded to.
   *
   * Since: 1.0
   */
  properties[PROP_SUPPLIER] = g_param_spec_string ("supplier", NULL, NULL, NULL, flags);
  /**
   * MutualContract:cpv-codes:
   *
   * The services the contract is for, as CPV codes in `NNNNNNNN-N` form
   * (eight digits, a hyphen and a check digit), at least one.
   *
   * Since: 1.0
   */
  properties[PROP_CPV_CODES] = g_param_spec_boxed ("cpv-codes", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * MutualContract:procurement-start:
   *
   * The ISO 8601 date the procurement began (the contract notice or first
   * approach to the market), or %NULL if not known, in which case the award
   * date stands for it. It decides which regime applies.
   *
   * Since: 1.0
   */
  properties[PROP_PROCUREMENT_START] = g_param_spec_string ("procurement-start", NULL, NULL, NULL, flags);
  /**
   * MutualContract:award-date:
   *
   * The ISO 8601 date the contract was awarded.
   *
   * Since: 1.0
   */
  properties[PROP_AWARD_DATE] = g_param_spec_string ("award-date", NULL, NULL, NULL, flags);
  /**
   * MutualContract:start:
   *
   * The ISO 8601 date the contract starts.
   *
   * Since: 1.0
   */
  properties[PROP_START] = g_param_spec_string ("start", NULL, NULL, NULL, flags);
  /**
   * MutualContract:end:
   *
   * The ISO 8601 date of the contract's last day, before any option to
   * extend is taken. A three-year contract from 2016-04-01 ends on
   * 2019-03-31.
   *
   * Since: 1.0
   */
  properties[PROP_END] = g_param_spec_string ("end", NULL, NULL, NULL, flags);
  /**
   * MutualContract:extension-months:
   *
   * How many months the options to extend may add to the contract, all of
   * them taken together; 0 if there are none.
   *
   * Since: 1.0
   */
  properties[PROP_EXTENSION_MONTHS] = g_param_spec_uint ("extension-months", NULL, NULL, 0, 1200, 0, flags);
  /**
   * MutualContract:value:
   *
   * The contract's value in pence, 0 if not known. Its meaning (the total,
   * or a year's figure where only that is published) is stated in
   * [property@Mutual.Contract:notes].
   *
   * Since: 1.0
   */
  properties[PROP_VALUE] = g_param_spec_int64 ("value", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /**
   * MutualContract:procedure:
   *
   * The procedure by which the contract was awarded.
   *
   * Since: 1.0
   */
  properties[PROP_PROCEDURE] = g_param_spec_enum ("procedure", NULL, NULL, MUTUAL_TYPE_PROCEDURE,
                                                  MUTUAL_PROCEDURE_UNKNOWN, flags);
  /**
   * MutualContract:reserved-under:
   *
   * The rule under which the authority reserved the contract to a public
   * service mutual, or %MUTUAL_RESERVED_UNDER_NONE.
   *
   * Since: 1.0
   */
  properties[PROP_RESERVED_UNDER] = g_param_spec_enum ("reserved-under", NULL, NULL, MUTUAL_TYPE_RESERVED_UNDER,
                                                       MUTUAL_RESERVED_UNDER_NONE, flags);
  /**
   * MutualContract:notes:
   *
   * Free text: where the figures come from, what the value covers.
   *
   * Since: 1.0
   */
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_contract_init (MutualContract *self)
{
  self->cpv_codes = g_new0 (char *, 1);
}

/**
 * mutual_contract_new:
 * @id: the contract's id
 * @authority: the id of the contracting authority
 * @supplier: the id of the supplier
 * @cpv_codes: (array zero-terminated=1): the services, as CPV codes
 * @award_date: the ISO 8601 date of the award
 * @start: the ISO 8601 date the contract starts
 * @end: the ISO 8601 date of its last day, before extensions
 *
 * Creates a contract that is not reserved, with an unknown procedure, no
 * option to extend and no value. Set the other properties with
 * g_object_new().
 *
 * Returns: (transfer full): a new contract
 *
 * Since: 1.0
 */
MutualContract *
mutual_contract_new (const char         *id,
                     const char         *authority,
                     const char         *supplier,
                     const char * const *cpv_codes,
                     const char         *award_date,
                     const char         *start,
                     const char         *end)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (authority != NULL, NULL);
  g_return_val_if_fail (supplier != NULL, NULL);
  g_return_val_if_fail (cpv_codes != NULL, NULL);
  g_return_val_if_fail (award_date != NULL, NULL);
  g_return_val_if_fail (start != NULL, NULL);
  g_return_val_if_fail (end != NULL, NULL);

  return g_object_new (MUTUAL_TYPE_CONTRACT,
                       "id", id,
                       "authority", authority,
                       "supplier", supplier,
                       "cpv-codes", cpv_codes,
                       "award-date", award_date,
                       "start", start,
                       "end", end,
                       NULL);
}

/**
 * mutual_contract_get_id:
 * @self: a contract
 *
 * Gets [property@Mutual.Contract:id].
 *
 * Returns: the id
 *
 * Since: 1.0
 */
const char *
mutual_contract_get_id (MutualContract *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTRACT (self), NULL);
  return self->id;
}

/**
 * mutual_contract_get_title:
 * @self: a contract
 *
 * Gets [property@Mutual.Contract:title].
 *
 * Returns: (nullable): the title
 *
 * Since: 1.0
 */
const char *
mutual_contract_get_title (MutualContract *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTRACT (self), NULL);
  return self->title;
}

/**
 * mutual_contract_get_authority:
 * @self: a contract
 *
 * Gets [property@Mutual.Contract:authority].
 *
 * Returns: the id of the contracting authority
 *
 * Since: 1.0
 */
const char *
mutual_contract_get_authority (MutualContract *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTRACT (self), NULL);
  return self->authority;
}

/**
 * mutual_contract_get_supplier:
 * @self: a contract
 *
 * Gets [property@Mutual.Contract:supplier].
 *
 * Returns: the id of the supplier
 *
 * Since: 1.0
 */
const char *
mutual_contract_get_supplier (MutualContract *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTRACT (self), NULL);
  return self->supplier;
}

/**
 * mutual_contract_get_cpv_codes:
 * @self: a contract
 *
 * Gets [property@Mutual.Contract:cpv-codes].
 *
 * Returns: (transfer none) (array zero-terminated=1): the CPV codes
 *
 * Since: 1.0
 */
const char * const *
mutual_contract_get_cpv_codes (MutualContract *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTRACT (self), NULL);
  return (const char * const *) self->cpv_codes;
}

/**
 * mutual_contract_get_procurement_start:
 * @self: a contract
 *
 * Gets [property@Mutual.Contract:procurement-start].
 *
 * Returns: (nullable): the ISO 8601 date the procurement began, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_contract_get_procurement_start (MutualContract *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTRACT (self), NULL);
  return self->procurement_start;
}

/**
 * mutual_contract_get_award_date:
 * @self: a contract
 *
 * Gets [property@Mutual.Contract:award-date].
 *
 * Returns: the ISO 8601 award date
 *
 * Since: 1.0
 */
const char *
mutual_contract_get_award_date (MutualContract *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTRACT (self), NULL);
  return self->award_date;
}

/**
 * mutual_contract_get_start:
 * @self: a contract
 *
 * Gets [property@Mutual.Contract:start].
 *
 * Returns: the ISO 8601 start date
 *
 * Since: 1.0
 */
const char *
mutual_contract_get_start (MutualContract *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTRACT (self), NULL);
  return self->start;
}

/**
 * mutual_contract_get_end:
 * @self: a contract
 *
 * Gets [property@Mutual.Contract:end].
 *
 * Returns: the ISO 8601 date of the last day before any extension
 *
 * Since: 1.0
 */
const char *
mutual_contract_get_end (MutualContract *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTRACT (self), NULL);
  return self->end;
}

/**
 * mutual_contract_get_extension_months:
 * @self: a contract
 *
 * Gets [property@Mutual.Contract:extension-months].
 *
 * Returns: the months the options to extend may add
 *
 * Since: 1.0
 */
guint
mutual_contract_get_extension_months (MutualContract *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTRACT (self), 0);
  return self->extension_months;
}

/**
 * mutual_contract_dup_latest_end:
 * @self: a contract
 *
 * The last day the contract could run with every option to extend taken:
 * a contract from 2013-04-02 to 2017-04-01 with 36 months of options may
 * run to 2020-04-01. This is the end that the limits on a reserved
 * contract's term are measured against.
 *
 * Returns: (transfer full) (nullable): the ISO 8601 date, or %NULL if the
 *   contract's dates are malformed
 *
 * Since: 1.0
 */
char *
mutual_contract_dup_latest_end (MutualContract *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTRACT (self), NULL);
  return mutual_day_format (mutual_contract_get_latest_end_day (self));
}

/**
 * mutual_contract_get_value:
 * @self: a contract
 *
 * Gets [property@Mutual.Contract:value].
 *
 * Returns: the value in pence, 0 if not known
 *
 * Since: 1.0
 */
gint64
mutual_contract_get_value (MutualContract *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTRACT (self), 0);
  return self->value;
}

/**
 * mutual_contract_get_procedure:
 * @self: a contract
 *
 * Gets [property@Mutual.Contract:procedure].
 *
 * Returns: the procedure
 *
 * Since: 1.0
 */
MutualProcedure
mutual_contract_get_procedure (MutualContract *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTRACT (self), MUTUAL_PROCEDURE_UNKNOWN);
  return self->procedure;
}

/**
 * mutual_contract_get_reserved_under:
 * @self: a contract
 *
 * Gets [property@Mutual.Contract:reserved-under].
 *
 * Returns: the reservation rule, or %MUTUAL_RESERVED_UNDER_NONE
 *
 * Since: 1.0
 */
MutualReservedUnder
mutual_contract_get_reserved_under (MutualContract *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTRACT (self), MUTUAL_RESERVED_UNDER_NONE);
  return self->reserved_under;
}

/**
 * mutual_contract_get_notes:
 * @self: a contract
 *
 * Gets [property@Mutual.Contract:notes].
 *
 * Returns: (nullable): the notes
 *
 * Since: 1.0
 */
const char *
mutual_contract_get_notes (MutualContract *self)
{
  g_return_val_if_fail (MUTUAL_IS_CONTRACT (self), NULL);
  return self->notes;
}

/* --- for the library --- */

char *
mutual_contract_collection_key (gpointer item)
{
  return g_strdup (MUTUAL_CONTRACT (item)->id);
}

MutualDay
mutual_contract_get_award_day (MutualContract *self)
{
  return self->award_day;
}

MutualDay
mutual_contract_get_start_day (MutualContract *self)
{
  return self->start_day;
}

MutualDay
mutual_contract_get_end_day (MutualContract *self)
{
  return self->end_day;
}

MutualDay
mutual_contract_get_latest_end_day (MutualContract *self)
{
  if (self->end_day == MUTUAL_DAY_NONE)
    return MUTUAL_DAY_NONE;
  if (self->extension_months == 0)
    return self->end_day;
  /* the options run on from the day after the last day */
  return mutual_day_add_months (self->end_day + 1, (int) self->extension_months) - 1;
}

MutualDay
mutual_contract_get_begun_day (MutualContract *self)
{
  return self->procurement_start_day != MUTUAL_DAY_NONE ? self->procurement_start_day : self->award_day;
}

static gboolean
check_date (MutualContract  *self,
            const char      *member,
            const char      *text,
            gboolean         required,
            GError         **error)
{
  g_autoptr(GError) local = NULL;
  MutualDay day;

  if (text == NULL && !required)
    return TRUE;
  if (!mutual_day_parse (text, &day, &local))
    {
      g_set_error (error, MUTUAL_ERROR, local->code, "contract “%s”: %s: %s", self->id, member, local->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
mutual_contract_check (MutualContract  *self,
                       GError         **error)
{
  if (self->id == NULL || *self->id == '\0')
    {
      g_set_error_literal (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "a contract must have a non-empty id");
      return FALSE;
    }
  if (self->authority == NULL || *self->authority == '\0' || self->supplier == NULL || *self->supplier == '\0')
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_MISSING,
                   "contract “%s”: an authority and a supplier are required", self->id);
      return FALSE;
    }
  if (!check_date (self, "procurement_start", self->procurement_start, FALSE, error) ||
      !check_date (self, "award_date", self->award_date, TRUE, error) ||
      !check_date (self, "start", self->start, TRUE, error) ||
      !check_date (self, "end", self->end, TRUE, error))
    return FALSE;
  if (self->end_day < self->start_day)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_ORDER,
                   "contract “%s”: end: %s is before the start, %s", self->id, self->end, self->start);
      return FALSE;
    }
  if (self->procurement_start_day != MUTUAL_DAY_NONE && self->procurement_start_day > self->award_day)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_ORDER,
                   "contract “%s”: procurement_start: %s is after the award, %s",
                   self->id, self->procurement_start, self->award_date);
      return FALSE;
    }
  if (self->cpv_codes[0] == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_MISSING,
                   "contract “%s”: cpv_codes: at least one CPV code is required", self->id);
      return FALSE;
    }
  for (guint i = 0; self->cpv_codes[i] != NULL; i++)
    {
      g_autoptr(GError) local = NULL;

      if (!mutual_cpv_code_validate (self->cpv_codes[i], &local))
        {
          g_set_error (error, MUTUAL_ERROR, local->code, "contract “%s”: cpv_codes[%u]: %s",
                       self->id, i, local->message);
          return FALSE;
        }
    }
  if (self->value < 0)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                   "contract “%s”: value: must not be negative (%" G_GINT64_FORMAT ")", self->id, self->value);
      return FALSE;
    }
  return TRUE;
}

/**
 * mutual_cpv_code_validate:
 * @code: a CPV code, such as `85312000-9`
 * @error: return location for a #GError
 *
 * Checks that @code has the form of a CPV code: eight digits, a hyphen and
 * a check digit (`NNNNNNNN-N`). The check digit is not verified, because the
 * CPV's check digits follow no published algorithm; see the "Reserved
 * contracts" section of the documentation.
 *
 * Returns: %TRUE if @code is well-formed, %FALSE with %MUTUAL_ERROR_PARSE
 *   and a message naming @code otherwise
 *
 * Since: 1.0
 */
gboolean
mutual_cpv_code_validate (const char  *code,
                          GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ok = strlen (code) == 10 && code[8] == '-' && g_ascii_isdigit (code[9]);
  for (guint i = 0; ok && i < 8; i++)
    ok = g_ascii_isdigit (code[i]);
  if (!ok)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE,
                   "“%.40s%s” is not a CPV code: a CPV code is eight digits, a hyphen and a check digit "
                   "(NNNNNNNN-N, such as 85312000-9)",
                   code, strlen (code) > 40 ? "…" : "");
      return FALSE;
    }
  return TRUE;
}
