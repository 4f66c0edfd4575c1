/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "mutual-analysis.h"
#include "mutual-contract-private.h"
#include "mutual-cpv-private.h"
#include "mutual-enum-types.h"
#include "mutual-error.h"
#include "mutual-finding.h"
#include "mutual-fraction-private.h"
#include "mutual-grace-period-private.h"
#include "mutual-item-list-private.h"
#include "mutual-model-private.h"
#include "mutual-procurement.h"
#include "mutual-qualification.h"
#include "mutual-rules-private.h"

/**
 * MutualProcurement:
 *
 * The checks on a model's contracts that concern reserving contracts to
 * public service mutuals, and the grace period they give.
 *
 * A contract is judged under the regime in force on the day its
 * procurement began ([func@Mutual.ProcurementRegime.for_date]): no
 * reservation rule before 26 February 2015 (the Public Contracts
 * Regulations 2006), PCR 2015 reg 77 until 23 February 2025, the
 * Procurement Act 2023 s33 from 24 February 2025. Both rules are checked
 * side by side from rule tables: the term (3 years under reg 77(5), 5 years
 * under s33(1), options to extend included), the three-year look-back
 * (reg 77(4)(d), s33(5) and (7)), the reservable services (reg 77(2); the
 * s33 list is UNCONFIRMED and mirrors reg 77(2)), the procedure (s33 needs
 * the competitive flexible procedure), the supplier's conditions.
 *
 * Every check reports [class@Mutual.Finding]s with stable codes:
 *
 * - `procurement.reserved` (info): the contract is reserved, and under which rule it is judged
 * - `procurement.not_reserved` (info): the contract is not reserved, with the reasons it could not have been
 *   (`procurement.not_reservable.regime`, `.term`, `.services`)
 * - `procurement.reservation.no_rule` (breach): reserved when no reservation rule applied
 * - `procurement.reservation.wrong_regime` (breach): reserved under the rule of the other regime
 * - `procurement.term.too_long` (breach): the term, options included, is longer than the rule allows
 * - `procurement.cool_off` (breach): a reserved award for the same services by the same authority within the look-back
 * - `procurement.services.not_reservable` (breach): services outside the list
 * - `procurement.services.list_unconfirmed` (warning): the s33 list is not confirmed
 * - `procurement.cpv.check_digit` (warning): a code's check digit differs from the listed code's
 * - `procurement.procedure.wrong` (breach), `procurement.procedure.unknown` (warning): s33's procedure rule
 * - `procurement.procedure.other_regime` (warning): a procedure the regime does not have
 * - `procurement.supplier.not_mainly_reservable` (breach), `procurement.supplier.mainly_reservable` (info): s33(6)(a)
 * - `procurement.supplier.not_qualifying` (breach), `procurement.supplier.qualifies` (info),
 *   `procurement.supplier.not_assessed` (warning): the supplier conditions, from
 *   [method@Mutual.Analysis.qualify_public_service_mutual]
 * - `procurement.dates.award_after_start` (warning)
 * - `procurement.grace_period`, `procurement.grace_period.none`, `procurement.grace_period.other_rule` (info)
 *
 * The model must not change while a #MutualProcurement reads it: the
 * contracts are indexed once, on first use.
 *
 * In C:
 *
 * ```c
 * g_autoptr(MutualProcurement) procurement = mutual_procurement_new (model);
 * g_autoptr(MutualGracePeriod) grace = mutual_procurement_get_grace_period (procurement, "3bm", "lbhf", &error);
 *
 * if (grace != NULL)
 *   g_print ("open competition due on %s\n", mutual_grace_period_get_open_competition_due (grace));
 * ```
 *
 * In Python:
 *
 * ```python
 * grace = Mutual.Procurement.new(model).get_grace_period("3bm", "lbhf")
 * grace.open_competition_due                      # datetime.date(2020, 4, 2)
 * pandas.DataFrame(grace.get_findings().rows())
 * ```
 *
 * Since: 1.0
 */

#define REGIMES_TABLE "procurement-regimes"
#define RULES_TABLE "reserved-contracts"

struct _MutualProcurement
{
  GObject parent_instance;

  MutualModel *model;

  gboolean indexed;
  GError *invalid;          /* why the model's contracts are invalid */
  GHashTable *by_pair;      /* key2 (supplier, authority) → GPtrArray of contracts, time order */
  GHashTable *by_supplier;  /* supplier → GPtrArray of contracts, time order */
  GPtrArray *pairs;         /* pair keys in the order of the model's contracts */
  GHashTable *positions;    /* contract → its index in the model, for ties */
  MutualAnalysis *analysis; /* the supplier qualification tests, made on first use */
  GHashTable *qualified;    /* "test\x1fsupplier" → Qualified */
};

G_DEFINE_FINAL_TYPE (MutualProcurement, mutual_procurement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* --- rule tables --- */

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  return v != NULL ? v->value_nick : NULL;
}

static int
enum_from_nick (GType       type,
                const char *nick)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value_by_nick (klass, nick);

  if (v == NULL)
    g_error ("libmutual rule tables name an unknown %s “%s”", g_type_name (type), nick);
  return v->value;
}

static MutualDay
row_from (JsonObject *row)
{
  MutualDay day = MUTUAL_DAY_NONE;

  if (!mutual_day_parse (json_object_get_string_member (row, "from"), &day, NULL))
    g_error ("libmutual rule table row has a bad \"from\" date");
  return day;
}

static const char *
row_string (JsonObject *row,
            const char *member)
{
  const char *value = json_object_get_string_member_with_default (row, member, NULL);

  if (value == NULL)
    g_error ("libmutual rule table row has no \"%s\"", member);
  return value;
}

/* The regime row in force on @day, or NULL before the first. */
static JsonObject *
regime_row (MutualDay day)
{
  return mutual_rules_row_in_force (REGIMES_TABLE, day);
}

static MutualReservedUnder
regime_row_reservation (JsonObject *regime)
{
  if (regime == NULL)
    return MUTUAL_RESERVED_UNDER_NONE;
  return enum_from_nick (MUTUAL_TYPE_RESERVED_UNDER, row_string (regime, "reservation"));
}

static JsonObject *
rule_row (MutualReservedUnder reserved_under)
{
  return mutual_rules_get_row (RULES_TABLE, "key", enum_nick (MUTUAL_TYPE_RESERVED_UNDER, reserved_under));
}

/* The first day after the regime of @rule ends (exclusive), or NONE if it
 * has not ended. */
static MutualDay
rule_regime_end (JsonObject *rule)
{
  JsonArray *rows = mutual_rules_get_rows (REGIMES_TABLE);
  const char *regime = row_string (rule, "regime");
  gboolean found = FALSE;

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      if (found)
        return row_from (row);
      found = g_str_equal (row_string (row, "regime"), regime);
    }
  return MUTUAL_DAY_NONE;
}

static gboolean
row_lists_string (JsonObject *row,
                  const char *member,
                  const char *value)
{
  JsonNode *node = json_object_get_member (row, member);
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE; /* no list: anything goes */
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_str_equal (json_array_get_string_element (array, i), value))
      return TRUE;
  return FALSE;
}

static gboolean
row_has_list (JsonObject *row,
              const char *member)
{
  JsonNode *node = json_object_get_member (row, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node);
}

/**
 * mutual_procurement_regime_for_date:
 * @date: the ISO 8601 date a procurement began
 * @error: return location for a #GError
 *
 * The regime that governs a procurement begun on @date: a procurement
 * begun on 23 February 2025 is judged under the Public Contracts
 * Regulations 2015, one begun on 24 February 2025 under the Procurement Act
 * 2023.
 *
 * Returns: the regime; %MUTUAL_PROCUREMENT_REGIME_NONE with
 *   %MUTUAL_ERROR_PARSE if @date is not a date
 *
 * Since: 1.0
 */
MutualProcurementRegime
mutual_procurement_regime_for_date (const char  *date,
                                    GError     **error)
{
  MutualDay day;
  JsonObject *row;

  g_return_val_if_fail (date != NULL, MUTUAL_PROCUREMENT_REGIME_NONE);
  g_return_val_if_fail (error == NULL || *error == NULL, MUTUAL_PROCUREMENT_REGIME_NONE);

  if (!mutual_day_parse (date, &day, error))
    return MUTUAL_PROCUREMENT_REGIME_NONE;
  row = regime_row (day);
  if (row == NULL)
    return MUTUAL_PROCUREMENT_REGIME_NONE;
  return enum_from_nick (MUTUAL_TYPE_PROCUREMENT_REGIME, row_string (row, "regime"));
}

/**
 * mutual_procurement_regime_get_reservation:
 * @regime: a regime
 *
 * The rule under which an authority may reserve a contract to a public
 * service mutual in @regime, or %MUTUAL_RESERVED_UNDER_NONE if it has none.
 *
 * Returns: the reservation rule
 *
 * Since: 1.0
 */
MutualReservedUnder
mutual_procurement_regime_get_reservation (MutualProcurementRegime regime)
{
  JsonArray *rows = mutual_rules_get_rows (REGIMES_TABLE);
  const char *nick = enum_nick (MUTUAL_TYPE_PROCUREMENT_REGIME, regime);

  g_return_val_if_fail (nick != NULL, MUTUAL_RESERVED_UNDER_NONE);

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      if (g_str_equal (row_string (row, "regime"), nick))
        return regime_row_reservation (row);
    }
  return MUTUAL_RESERVED_UNDER_NONE;
}

/**
 * mutual_procurement_regime_to_string:
 * @regime: a regime
 *
 * The regime's stable name: `none`, `pcr-2006`, `pcr-2015` or
 * `procurement-act-2023`.
 *
 * Returns: the name
 *
 * Since: 1.0
 */
const char *
mutual_procurement_regime_to_string (MutualProcurementRegime regime)
{
  const char *nick = enum_nick (MUTUAL_TYPE_PROCUREMENT_REGIME, regime);

  g_return_val_if_fail (nick != NULL, "none");
  return nick;
}

/* --- words --- */

static void
append_period (GString   *out,
               MutualDay  from,
               MutualDay  to)
{
  int years = 0;
  int days;

  while (mutual_day_add_years (from, years + 1) <= to)
    years++;
  days = (int) (to - mutual_day_add_years (from, years));
  if (years > 0)
    g_string_append_printf (out, "%d year%s", years, years == 1 ? "" : "s");
  if (years > 0 && days > 0)
    g_string_append (out, " and ");
  if (days > 0 || years == 0)
    g_string_append_printf (out, "%d day%s", days, days == 1 ? "" : "s");
}

/* "3 years and 1 day": the length of the period from @from to the day
 * before @to. */
static char *
period_words (MutualDay from,
              MutualDay to)
{
  GString *out = g_string_new (NULL);

  append_period (out, from, to);
  return g_string_free (out, FALSE);
}

static char *
money_words (gint64 pence)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, pence / 100);
  GString *out = g_string_new ("£");
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  if (pence % 100 != 0)
    g_string_append_printf (out, ".%02d", (int) (pence % 100));
  return g_string_free (out, FALSE);
}

static char *
day_words (MutualDay day)
{
  return mutual_day_format (day);
}

/* "its procurement began on 2025-02-23" */
static char *
begun_words (MutualContract *contract)
{
  g_autofree char *day = day_words (mutual_contract_get_begun_day (contract));

  if (mutual_contract_get_procurement_start (contract) != NULL)
    return g_strdup_printf ("its procurement began on %s", day);
  return g_strdup_printf ("it was awarded on %s (its procurement's start is not given, so the award date stands for it)",
                          day);
}

static void
add_pair_finding (MutualItemList  *out,
                  const char      *code,
                  const char      *citation,
                  MutualDay        date,
                  const char      *supplier,
                  const char      *authority,
                  char            *message)
{
  g_autofree char *owned = message;
  g_autofree char *iso = mutual_day_format (date);
  const char *ids[] = { supplier, authority, NULL };
  g_autoptr(MutualFinding) finding = g_object_new (MUTUAL_TYPE_FINDING,
                                                   "code", code,
                                                   "severity", MUTUAL_SEVERITY_INFO,
                                                   "citation", citation,
                                                   "message", owned,
                                                   "date", iso,
                                                   "ids", ids,
                                                   NULL);

  mutual_item_list_append (out, finding);
}

static void
add_finding (MutualItemList  *out,
             const char      *code,
             MutualSeverity   severity,
             const char      *citation,
             MutualDay        date,
             MutualContract  *contract,
             const char      *other_contract,
             char            *message)
{
  g_autofree char *owned = message;
  g_autofree char *iso = mutual_day_format (date);
  const char *ids[5] = { NULL };
  guint n = 0;
  g_autoptr(MutualFinding) finding = NULL;

  if (contract != NULL)
    {
      ids[n++] = mutual_contract_get_id (contract);
      if (other_contract != NULL)
        ids[n++] = other_contract;
      ids[n++] = mutual_contract_get_supplier (contract);
      ids[n++] = mutual_contract_get_authority (contract);
    }
  finding = g_object_new (MUTUAL_TYPE_FINDING,
                          "code", code,
                          "severity", severity,
                          "citation", citation,
                          "message", owned,
                          "date", iso,
                          "ids", ids,
                          NULL);
  mutual_item_list_append (out, finding);
}

/* --- the object --- */

static void
mutual_procurement_finalize (GObject *object)
{
  MutualProcurement *self = MUTUAL_PROCUREMENT (object);

  g_clear_object (&self->model);
  g_clear_error (&self->invalid);
  g_clear_pointer (&self->by_pair, g_hash_table_unref);
  g_clear_pointer (&self->by_supplier, g_hash_table_unref);
  g_clear_pointer (&self->pairs, g_ptr_array_unref);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_object (&self->analysis);
  g_clear_pointer (&self->qualified, g_hash_table_unref);

  G_OBJECT_CLASS (mutual_procurement_parent_class)->finalize (object);
}

static void
mutual_procurement_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MutualProcurement *self = MUTUAL_PROCUREMENT (object);

  switch (prop_id)
    {
    case PROP_MODEL: g_value_set_object (value, self->model); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_procurement_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MutualProcurement *self = MUTUAL_PROCUREMENT (object);

  switch (prop_id)
    {
    case PROP_MODEL: self->model = g_value_dup_object (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_procurement_class_init (MutualProcurementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mutual_procurement_finalize;
  object_class->get_property = mutual_procurement_get_property;
  object_class->set_property = mutual_procurement_set_property;

  /**
   * MutualProcurement:model:
   *
   * The model whose contracts are checked.
   *
   * Since: 1.0
   */
  properties[PROP_MODEL] = g_param_spec_object ("model", NULL, NULL, MUTUAL_TYPE_MODEL,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_procurement_init (MutualProcurement *self)
{
}

/**
 * mutual_procurement_new:
 * @model: a model
 *
 * Creates the procurement checks for @model's contracts. The model must not
 * change while they are used.
 *
 * Returns: (transfer full): a new #MutualProcurement
 *
 * Since: 1.0
 */
MutualProcurement *
mutual_procurement_new (MutualModel *model)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (model), NULL);

  return g_object_new (MUTUAL_TYPE_PROCUREMENT, "model", model, NULL);
}

/**
 * mutual_procurement_get_model:
 * @self: a #MutualProcurement
 *
 * Gets [property@Mutual.Procurement:model].
 *
 * Returns: (transfer none): the model
 *
 * Since: 1.0
 */
MutualModel *
mutual_procurement_get_model (MutualProcurement *self)
{
  g_return_val_if_fail (MUTUAL_IS_PROCUREMENT (self), NULL);
  return self->model;
}

static int
compare_time_order (gconstpointer a,
                    gconstpointer b)
{
  MutualContract *x = *(MutualContract **) a, *y = *(MutualContract **) b;
  MutualDay xs = mutual_contract_get_start_day (x), ys = mutual_contract_get_start_day (y);
  MutualDay xa = mutual_contract_get_award_day (x), ya = mutual_contract_get_award_day (y);

  if (xs != ys)
    return xs < ys ? -1 : 1;
  if (xa != ya)
    return xa < ya ? -1 : 1;
  return g_strcmp0 (mutual_contract_get_id (x), mutual_contract_get_id (y));
}

static void
index_append (GHashTable *table,
              const char *key,
              gpointer    contract)
{
  GPtrArray *list = g_hash_table_lookup (table, key);

  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (table, g_strdup (key), list);
    }
  g_ptr_array_add (list, g_object_ref (contract));
}

static void
sort_lists (GHashTable *table)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_sort (value, compare_time_order);
}

/* Indexes the contracts by supplier and authority once; returns FALSE with
 * the model's contract error if they do not fit the model. */
static gboolean
ensure_index (MutualProcurement  *self,
              GError            **error)
{
  if (!self->indexed)
    {
      GPtrArray *items = mutual_model_get_array (self->model, MUTUAL_COLLECTION_CONTRACTS);

      self->indexed = TRUE;
      self->by_pair = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
      self->by_supplier = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
      self->pairs = g_ptr_array_new_with_free_func (g_free);
      self->positions = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref, NULL);
      if (mutual_model_validate_contracts (self->model, &self->invalid))
        for (guint i = 0; i < items->len; i++)
          {
            MutualContract *contract = g_ptr_array_index (items, i);
            g_autofree char *pair = mutual_model_key2 (mutual_contract_get_supplier (contract),
                                                       mutual_contract_get_authority (contract));

            if (!g_hash_table_contains (self->by_pair, pair))
              g_ptr_array_add (self->pairs, g_strdup (pair));
            index_append (self->by_pair, pair, contract);
            index_append (self->by_supplier, mutual_contract_get_supplier (contract), contract);
            g_hash_table_insert (self->positions, g_object_ref (contract), GUINT_TO_POINTER (i));
          }
      sort_lists (self->by_pair);
      sort_lists (self->by_supplier);
    }
  if (self->invalid != NULL)
    {
      g_set_error_literal (error, MUTUAL_ERROR, self->invalid->code, self->invalid->message);
      return FALSE;
    }
  return TRUE;
}

static guint
position_of (MutualProcurement *self,
             MutualContract    *contract)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->positions, contract));
}

/* --- the checks of one contract --- */

static gboolean
services_related (MutualContract *a,
                  MutualContract *b)
{
  const char * const *x = mutual_contract_get_cpv_codes (a);
  const char * const *y = mutual_contract_get_cpv_codes (b);

  for (guint i = 0; x[i] != NULL; i++)
    for (guint j = 0; y[j] != NULL; j++)
      if (mutual_cpv_codes_related (x[i], y[j]))
        return TRUE;
  return FALSE;
}

/* Codes of @contract not on @rule's list, joined by ", "; NULL if all are. */
static char *
unlisted_codes (MutualContract      *contract,
                MutualReservedUnder  rule)
{
  const char * const *codes = mutual_contract_get_cpv_codes (contract);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; codes[i] != NULL; i++)
    if (mutual_cpv_lookup_reservable (codes[i], rule) == NULL)
      g_string_append_printf (out, "%s%s", out->len ? ", " : "", codes[i]);
  return out->len ? g_strdup (out->str) : NULL;
}

static MutualDay
term_limit (MutualContract *contract,
            JsonObject     *rule)
{
  /* N years from the start, counted with the calendar: the last lawful
   * day is the day before the Nth anniversary of the start. */
  return mutual_day_add_years (mutual_contract_get_start_day (contract),
                               (int) json_object_get_int_member (rule, "max_term_years")) - 1;
}

static char *
term_words (MutualContract *contract)
{
  MutualDay start = mutual_contract_get_start_day (contract);
  g_autofree char *base = period_words (start, mutual_contract_get_end_day (contract) + 1);

  if (mutual_contract_get_extension_months (contract) == 0)
    return g_strdup_printf ("%s (%s to %s)", base, mutual_contract_get_start (contract),
                            mutual_contract_get_end (contract));
  else
    {
      g_autofree char *all = period_words (start, mutual_contract_get_latest_end_day (contract) + 1);
      g_autofree char *latest = mutual_contract_dup_latest_end (contract);

      return g_strdup_printf ("%s (%s to %s), %s with the options to extend (to %s)", base,
                              mutual_contract_get_start (contract), mutual_contract_get_end (contract),
                              all, latest);
    }
}

static void
check_dates_and_procedure (MutualContract *contract,
                           JsonObject     *regime,
                           MutualItemList *out)
{
  MutualProcedure procedure = mutual_contract_get_procedure (contract);

  if (mutual_contract_get_award_day (contract) > mutual_contract_get_start_day (contract))
    add_finding (out, "procurement.dates.award_after_start", MUTUAL_SEVERITY_WARNING,
                 regime != NULL ? row_string (regime, "citation") : "libmutual",
                 mutual_contract_get_award_day (contract), contract, NULL,
                 g_strdup_printf ("contract “%s” was awarded on %s, after it started on %s",
                                  mutual_contract_get_id (contract), mutual_contract_get_award_date (contract),
                                  mutual_contract_get_start (contract)));
  if (regime != NULL && procedure != MUTUAL_PROCEDURE_UNKNOWN && procedure != MUTUAL_PROCEDURE_OTHER &&
      !row_lists_string (regime, "procedures", mutual_procedure_to_string (procedure)))
    {
      g_autofree char *begun = begun_words (contract);

      add_finding (out, "procurement.procedure.other_regime", MUTUAL_SEVERITY_WARNING,
                   row_string (regime, "citation"), mutual_contract_get_award_day (contract), contract, NULL,
                   g_strdup_printf ("contract “%s” names the %s procedure, which is not a procedure of %s; %s",
                                    mutual_contract_get_id (contract), mutual_procedure_to_string (procedure),
                                    row_string (regime, "name"), begun));
    }
}

/* For a contract that is not reserved: why it could not have been. */
static void
check_not_reserved (MutualContract *contract,
                    JsonObject     *regime,
                    MutualItemList *out)
{
  MutualReservedUnder available = regime_row_reservation (regime);
  MutualDay begun = mutual_contract_get_begun_day (contract);
  MutualDay award = mutual_contract_get_award_day (contract);
  g_autoptr(MutualItemList) reasons = mutual_item_list_new (MUTUAL_TYPE_FINDING);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  JsonObject *rule = NULL;
  MutualReservedUnder rule_id = available;
  g_autofree char *unlisted = NULL;
  GPtrArray *items;

  if (available != MUTUAL_RESERVED_UNDER_NONE)
    rule = rule_row (available);
  else
    {
      /* no rule when it was procured: measure it against the first rule
       * that came after, to say what that rule would have required */
      JsonArray *rows = mutual_rules_get_rows (RULES_TABLE);

      for (guint i = 0; i < json_array_get_length (rows) && rule == NULL; i++)
        {
          JsonObject *row = json_array_get_object_element (rows, i);

          if (row_from (row) > begun)
            {
              rule = row;
              rule_id = enum_from_nick (MUTUAL_TYPE_RESERVED_UNDER, row_string (row, "key"));
            }
        }
      if (rule != NULL)
        {
          g_autofree char *from = day_words (row_from (rule));
          g_autofree char *begun_text = begun_words (contract);
          char *text = g_strdup_printf ("%s, under %s, before %s existed (it applies to procurements begun from %s)",
                                        begun_text, regime != NULL ? row_string (regime, "name") : "rules older than any libmutual knows",
                                        row_string (rule, "name"), from);

          g_ptr_array_add (words, g_strdup (text));
          add_finding (reasons, "procurement.not_reservable.regime", MUTUAL_SEVERITY_INFO,
                       row_string (rule, "citation"), award, contract, NULL,
                       g_strdup_printf ("contract “%s” could not be reserved: %s",
                                        mutual_contract_get_id (contract), text));
          g_free (text);
        }
    }

  if (rule != NULL)
    {
      MutualDay limit = term_limit (contract, rule);

      if (mutual_contract_get_latest_end_day (contract) > limit)
        {
          g_autofree char *term = term_words (contract);
          char *text = g_strdup_printf ("its term of %s is longer than the %" G_GINT64_FORMAT " years %s %s",
                                        term, json_object_get_int_member (rule, "max_term_years"),
                                        row_string (rule, "max_term_citation"),
                                        available == MUTUAL_RESERVED_UNDER_NONE ? "would allow" : "allows");

          g_ptr_array_add (words, g_strdup (text));
          add_finding (reasons, "procurement.not_reservable.term", MUTUAL_SEVERITY_INFO,
                       row_string (rule, "max_term_citation"), award, contract, NULL,
                       g_strdup_printf ("contract “%s” could not be reserved: %s", mutual_contract_get_id (contract), text));
          g_free (text);
        }
      unlisted = unlisted_codes (contract, rule_id);
      if (unlisted != NULL)
        {
          char *text = g_strdup_printf ("its services %s are not reservable under %s",
                                        unlisted, row_string (rule, "name"));

          g_ptr_array_add (words, g_strdup (text));
          add_finding (reasons, "procurement.not_reservable.services", MUTUAL_SEVERITY_INFO,
                       row_string (rule, "services_citation"), award, contract, NULL,
                       g_strdup_printf ("contract “%s” could not be reserved: %s", mutual_contract_get_id (contract), text));
          g_free (text);
        }
    }

  if (words->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (words, NULL);
      joined = g_strjoinv ("; and ", (char **) words->pdata);
      add_finding (out, "procurement.not_reserved", MUTUAL_SEVERITY_INFO,
                   row_string (rule, "citation"), award, contract, NULL,
                   g_strdup_printf ("contract “%s” is not a reserved contract: %s",
                                    mutual_contract_get_id (contract), joined));
    }
  else if (rule != NULL)
    add_finding (out, "procurement.not_reserved", MUTUAL_SEVERITY_INFO,
                 row_string (rule, "citation"), award, contract, NULL,
                 g_strdup_printf ("contract “%s” is not a reserved contract; on its dates, term and services "
                                  "it could have been reserved under %s, if the supplier qualified",
                                  mutual_contract_get_id (contract), row_string (rule, "name")));
  else
    add_finding (out, "procurement.not_reserved", MUTUAL_SEVERITY_INFO,
                 regime != NULL ? row_string (regime, "citation") : "libmutual", award, contract, NULL,
                 g_strdup_printf ("contract “%s” is not a reserved contract", mutual_contract_get_id (contract)));

  items = mutual_item_list_get_array (reasons);
  for (guint i = 0; i < items->len; i++)
    mutual_item_list_append (out, g_ptr_array_index (items, i));
}

static void
check_term (MutualContract *contract,
            JsonObject     *rule,
            MutualItemList *out)
{
  MutualDay limit = term_limit (contract, rule);

  if (mutual_contract_get_latest_end_day (contract) > limit)
    {
      g_autofree char *term = term_words (contract);
      g_autofree char *last = day_words (limit);

      add_finding (out, "procurement.term.too_long", MUTUAL_SEVERITY_BREACH,
                   row_string (rule, "max_term_citation"), mutual_contract_get_award_day (contract), contract, NULL,
                   g_strdup_printf ("reserved contract “%s” runs %s, longer than the %" G_GINT64_FORMAT
                                    " years %s allows: its last lawful day would be %s",
                                    mutual_contract_get_id (contract), term,
                                    json_object_get_int_member (rule, "max_term_years"),
                                    row_string (rule, "name"), last));
    }
}

static void
check_services (MutualContract      *contract,
                JsonObject          *rule,
                MutualReservedUnder  rule_id,
                MutualItemList      *out)
{
  const char * const *codes = mutual_contract_get_cpv_codes (contract);
  MutualDay award = mutual_contract_get_award_day (contract);
  g_autofree char *unlisted = unlisted_codes (contract, rule_id);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      JsonObject *row = mutual_cpv_lookup_reservable (codes[i], rule_id);
      const char *listed = row != NULL ? row_string (row, "code") : NULL;

      if (listed != NULL && !g_str_equal (listed, codes[i]))
        add_finding (out, "procurement.cpv.check_digit", MUTUAL_SEVERITY_WARNING,
                     row_string (row, "citation"), award, contract, NULL,
                     g_strdup_printf ("contract “%s” names %s; the list has %s, with another check digit: "
                                      "check the code", mutual_contract_get_id (contract), codes[i], listed));
    }
  if (unlisted != NULL)
    add_finding (out, "procurement.services.not_reservable", MUTUAL_SEVERITY_BREACH,
                 row_string (rule, "services_citation"), award, contract, NULL,
                 g_strdup_printf ("reserved contract “%s” includes services that may not be reserved under %s: %s "
                                  "(%s)", mutual_contract_get_id (contract), row_string (rule, "name"), unlisted,
                                  row_string (rule, "services_text")));
  if (!json_object_get_boolean_member_with_default (rule, "services_confirmed", FALSE))
    add_finding (out, "procurement.services.list_unconfirmed", MUTUAL_SEVERITY_WARNING,
                 row_string (rule, "services_citation"), award, contract, NULL,
                 g_strdup_printf ("the list of services reservable under %s is UNCONFIRMED: libmutual checked "
                                  "contract “%s” against the PCR 2015 reg 77(2) list, which it is expected to mirror",
                                  row_string (rule, "name"), mutual_contract_get_id (contract)));
}

static void
check_procedure (MutualContract *contract,
                 JsonObject     *rule,
                 MutualItemList *out)
{
  MutualProcedure procedure = mutual_contract_get_procedure (contract);

  if (!row_has_list (rule, "procedures"))
    return;
  if (procedure == MUTUAL_PROCEDURE_UNKNOWN)
    add_finding (out, "procurement.procedure.unknown", MUTUAL_SEVERITY_WARNING,
                 row_string (rule, "procedures_citation"), mutual_contract_get_award_day (contract), contract, NULL,
                 g_strdup_printf ("the procedure of reserved contract “%s” is not given: %s",
                                  mutual_contract_get_id (contract), row_string (rule, "procedures_text")));
  else if (!row_lists_string (rule, "procedures", mutual_procedure_to_string (procedure)))
    add_finding (out, "procurement.procedure.wrong", MUTUAL_SEVERITY_BREACH,
                 row_string (rule, "procedures_citation"), mutual_contract_get_award_day (contract), contract, NULL,
                 g_strdup_printf ("reserved contract “%s” was awarded by the %s procedure, but %s",
                                  mutual_contract_get_id (contract), mutual_procedure_to_string (procedure),
                                  row_string (rule, "procedures_text")));
}

/* Whether @earlier was awarded before @contract (ties: model order). */
static gboolean
awarded_before (MutualProcurement *self,
                MutualContract    *earlier,
                MutualContract    *contract)
{
  MutualDay a = mutual_contract_get_award_day (earlier), b = mutual_contract_get_award_day (contract);

  return a < b || (a == b && position_of (self, earlier) < position_of (self, contract));
}

static void
check_cool_off (MutualProcurement   *self,
                MutualContract      *contract,
                JsonObject          *rule,
                MutualReservedUnder  rule_id,
                MutualItemList      *out)
{
  g_autofree char *pair = mutual_model_key2 (mutual_contract_get_supplier (contract),
                                             mutual_contract_get_authority (contract));
  GPtrArray *between = g_hash_table_lookup (self->by_pair, pair);
  int years = (int) json_object_get_int_member (rule, "look_back_years");
  MutualDay award = mutual_contract_get_award_day (contract);
  MutualContract *latest = NULL;

  /* reg 77(4)(d) counts awards "pursuant to this regulation" and s33(7)
   * contracts "awarded under this section": only the same rule counts */
  for (guint i = 0; between != NULL && i < between->len; i++)
    {
      MutualContract *other = g_ptr_array_index (between, i);

      if (other == contract || mutual_contract_get_reserved_under (other) != rule_id ||
          !awarded_before (self, other, contract) || !services_related (other, contract))
        continue;
      if (award < mutual_day_add_years (mutual_contract_get_award_day (other), years) &&
          (latest == NULL || mutual_contract_get_award_day (other) >= mutual_contract_get_award_day (latest)))
        latest = other;
    }
  if (latest != NULL)
    {
      MutualDay previous = mutual_contract_get_award_day (latest);
      g_autofree char *gap = period_words (previous, award);
      g_autofree char *lawful = day_words (mutual_day_add_years (previous, years));

      add_finding (out, "procurement.cool_off", MUTUAL_SEVERITY_BREACH,
                   row_string (rule, "look_back_citation"), award, contract, mutual_contract_get_id (latest),
                   g_strdup_printf ("reserved contract “%s” was awarded on %s, %s after “%s” (awarded %s) was "
                                    "reserved for the same services by the same authority to the same supplier: %s; "
                                    "a new reservation was lawful only from %s",
                                    mutual_contract_get_id (contract), mutual_contract_get_award_date (contract),
                                    gap, mutual_contract_get_id (latest), mutual_contract_get_award_date (latest),
                                    row_string (rule, "look_back_text"), lawful));
    }
}

static gboolean
all_reservable (MutualContract      *contract,
                MutualReservedUnder  rule_id)
{
  g_autofree char *unlisted = unlisted_codes (contract, rule_id);

  return unlisted == NULL;
}

/* s33(6)(a): the supplier operates mainly to deliver reservable services,
 * read from its contracts in force on the award day, this one included. */
static void
check_mainly_reservable (MutualProcurement   *self,
                         MutualContract      *contract,
                         JsonObject          *rule,
                         MutualReservedUnder  rule_id,
                         MutualItemList      *out)
{
  GPtrArray *supplied = g_hash_table_lookup (self->by_supplier, mutual_contract_get_supplier (contract));
  MutualDay award = mutual_contract_get_award_day (contract);
  __int128 value_all = 0, value_reservable = 0;
  gint64 count_all = 0, count_reservable = 0;
  __int128 part, whole;
  MutualFraction threshold, share;
  gboolean strict, by_value, mainly;
  g_autofree char *share_words = NULL;
  g_autofree char *threshold_words = NULL;
  g_autofree char *figures = NULL;

  if (!json_object_has_member (rule, "mainly_citation"))
    return;
  mutual_rules_get_fraction (rule, "mainly_fraction", &threshold);
  strict = json_object_get_boolean_member_with_default (rule, "mainly_strict", TRUE);

  for (guint i = 0; supplied != NULL && i < supplied->len; i++)
    {
      MutualContract *other = g_ptr_array_index (supplied, i);
      gboolean reservable;

      if (other != contract &&
          !(mutual_contract_get_start_day (other) <= award && award <= mutual_contract_get_latest_end_day (other)))
        continue;
      reservable = all_reservable (other, rule_id);
      value_all += mutual_contract_get_value (other);
      count_all++;
      if (reservable)
        {
          value_reservable += mutual_contract_get_value (other);
          count_reservable++;
        }
    }
  by_value = value_all > 0;
  part = by_value ? value_reservable : count_reservable;
  whole = by_value ? value_all : count_all;
  /* part / whole against the threshold, exactly: part * d vs n * whole */
  if (strict)
    mainly = part * threshold.denominator > (__int128) threshold.numerator * whole;
  else
    mainly = part * threshold.denominator >= (__int128) threshold.numerator * whole;
  if (!mutual_fraction_reduce128 (part, whole, &share))
    mutual_fraction_init (&share, 0, 1);
  share_words = mutual_fraction_to_percent_string (&share);
  threshold_words = mutual_fraction_to_percent_string (&threshold);
  if (by_value)
    {
      g_autofree char *a = money_words ((gint64) value_reservable);
      g_autofree char *b = money_words ((gint64) value_all);

      figures = g_strdup_printf ("%s of %s of the value of the %" G_GINT64_FORMAT " contract%s it holds on %s",
                                 a, b, count_all, count_all == 1 ? "" : "s", mutual_contract_get_award_date (contract));
    }
  else
    figures = g_strdup_printf ("%" G_GINT64_FORMAT " of the %" G_GINT64_FORMAT " contract%s it holds on %s, "
                               "counted because none has a value",
                               count_reservable, count_all, count_all == 1 ? "" : "s",
                               mutual_contract_get_award_date (contract));
  add_finding (out, mainly ? "procurement.supplier.mainly_reservable" : "procurement.supplier.not_mainly_reservable",
               mainly ? MUTUAL_SEVERITY_INFO : MUTUAL_SEVERITY_BREACH,
               row_string (rule, "mainly_citation"), award, contract, NULL,
               g_strdup_printf ("reservable services are %s of what “%s” supplies (%s), %s %s: %s",
                                share_words, mutual_contract_get_supplier (contract), figures,
                                mainly ? "more than" : "not more than", threshold_words,
                                mainly ? "it operates mainly to deliver them" :
                                         "it does not operate mainly to deliver them, so it is not a public service mutual"));
}

/* The supplier-side conditions (reg 77(4)(a)-(c), s33(6)(b)-(c)) come
 * from the model through the analysis layer's qualification tests, never
 * from a flag in the model. The look-back (reg 77(4)(d), s33(5)) and
 * "mainly reservable services" (s33(6)(a)) depend on contracts and are
 * checked here instead. One test per supplier and rule, kept. */
typedef struct
{
  MutualQualification *qualification;  /* or NULL, and then */
  char *problem;                       /* why the test could not run */
} Qualified;

static void
qualified_free (gpointer data)
{
  Qualified *qualified = data;

  g_clear_object (&qualified->qualification);
  g_free (qualified->problem);
  g_free (qualified);
}

static Qualified *
qualify (MutualProcurement   *self,
         const char          *supplier,
         MutualReservedUnder  rule_id)
{
  MutualMutualTest test = rule_id == MUTUAL_RESERVED_UNDER_PCR_2015_REG_77 ? MUTUAL_MUTUAL_TEST_PCR_2015_REG_77
                                                                           : MUTUAL_MUTUAL_TEST_PROCUREMENT_ACT_2023_S33;
  g_autofree char *key = g_strdup_printf ("%d\x1f%s", (int) test, supplier);
  Qualified *qualified;

  if (self->qualified == NULL)
    self->qualified = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, qualified_free);
  if (self->analysis == NULL)
    self->analysis = mutual_analysis_new (self->model);
  qualified = g_hash_table_lookup (self->qualified, key);
  if (qualified == NULL)
    {
      g_autoptr(GError) error = NULL;

      qualified = g_new0 (Qualified, 1);
      qualified->qualification = mutual_analysis_qualify_public_service_mutual (self->analysis, supplier, test, &error);
      if (qualified->qualification == NULL)
        qualified->problem = g_strdup (error->message);
      g_hash_table_insert (self->qualified, g_steal_pointer (&key), qualified);
    }
  return qualified;
}

static void
check_supplier_qualifies (MutualProcurement   *self,
                          MutualContract      *contract,
                          JsonObject          *rule,
                          MutualReservedUnder  rule_id,
                          MutualItemList      *out)
{
  const char *supplier = mutual_contract_get_supplier (contract);
  const char *citation = row_string (rule, "qualification_citation");
  MutualDay award = mutual_contract_get_award_day (contract);
  Qualified *qualified = qualify (self, supplier, rule_id);
  MutualQualification *q = qualified->qualification;
  GListModel *findings;
  g_autoptr(GString) failed = NULL;

  if (q == NULL)
    {
      add_finding (out, "procurement.supplier.not_assessed", MUTUAL_SEVERITY_WARNING, citation, award, contract, NULL,
                   g_strdup_printf ("whether “%s” meets the conditions of %s (%s) could not be assessed: %s",
                                    supplier, citation, row_string (rule, "qualification_text"), qualified->problem));
      return;
    }
  if (mutual_qualification_get_qualifies (q))
    {
      add_finding (out, "procurement.supplier.qualifies", MUTUAL_SEVERITY_INFO, citation, award, contract, NULL,
                   g_strdup_printf ("“%s” meets the conditions of %s (%s), as the model stands",
                                    supplier, citation, row_string (rule, "qualification_text")));
      return;
    }
  failed = g_string_new (NULL);
  findings = mutual_qualification_get_findings (q);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(MutualFinding) finding = g_list_model_get_item (findings, i);

      if (mutual_finding_get_severity (finding) == MUTUAL_SEVERITY_BREACH)
        g_string_append_printf (failed, "%s%s (%s)", failed->len ? "; " : "",
                                mutual_finding_get_message (finding), mutual_finding_get_citation (finding));
    }
  add_finding (out, "procurement.supplier.not_qualifying", MUTUAL_SEVERITY_BREACH, citation, award, contract, NULL,
               g_strdup_printf ("reserved contract “%s” went to “%s”, which does not meet the conditions of %s: %s",
                                mutual_contract_get_id (contract), supplier, citation, failed->str));
}

static void
check_reserved (MutualProcurement *self,
                MutualContract    *contract,
                JsonObject        *regime,
                MutualItemList    *out)
{
  MutualReservedUnder claimed = mutual_contract_get_reserved_under (contract);
  MutualReservedUnder available = regime_row_reservation (regime);
  JsonObject *claimed_rule = rule_row (claimed);
  MutualDay award = mutual_contract_get_award_day (contract);
  g_autofree char *begun = begun_words (contract);
  JsonObject *rule;
  g_autofree char *latest = NULL;

  if (available == MUTUAL_RESERVED_UNDER_NONE)
    {
      g_autofree char *from = day_words (row_from (claimed_rule));

      add_finding (out, "procurement.reservation.no_rule", MUTUAL_SEVERITY_BREACH,
                   row_string (claimed_rule, "citation"), award, contract, NULL,
                   g_strdup_printf ("contract “%s” is marked reserved under %s, but %s, under %s, which had no rule "
                                    "for reserving contracts to mutuals: %s applies to procurements begun from %s",
                                    mutual_contract_get_id (contract), row_string (claimed_rule, "name"), begun,
                                    regime != NULL ? row_string (regime, "name") : "rules older than any libmutual knows",
                                    row_string (claimed_rule, "name"), from));
      return;
    }
  rule = rule_row (available);
  if (available != claimed)
    add_finding (out, "procurement.reservation.wrong_regime", MUTUAL_SEVERITY_BREACH,
                 row_string (rule, "citation"), award, contract, NULL,
                 g_strdup_printf ("contract “%s” is marked reserved under %s, but %s, so it is judged under %s, "
                                  "whose reservation rule is %s",
                                  mutual_contract_get_id (contract), row_string (claimed_rule, "name"), begun,
                                  row_string (regime, "name"), row_string (rule, "name")));

  latest = mutual_contract_dup_latest_end (contract);
  add_finding (out, "procurement.reserved", MUTUAL_SEVERITY_INFO,
               row_string (rule, "citation"), award, contract, NULL,
               g_strdup_printf ("contract “%s” is reserved to “%s” and judged under %s (%s: %s); "
                                "it is protected from open competition from %s to %s",
                                mutual_contract_get_id (contract), mutual_contract_get_supplier (contract),
                                row_string (rule, "name"), row_string (regime, "name"), begun,
                                mutual_contract_get_start (contract), latest));
  check_term (contract, rule, out);
  check_services (contract, rule, available, out);
  check_procedure (contract, rule, out);
  check_cool_off (self, contract, rule, available, out);
  check_mainly_reservable (self, contract, rule, available, out);
  check_supplier_qualifies (self, contract, rule, available, out);
}

static void
check_one (MutualProcurement *self,
           MutualContract    *contract,
           MutualItemList    *out)
{
  JsonObject *regime = regime_row (mutual_contract_get_begun_day (contract));

  if (mutual_contract_get_reserved_under (contract) == MUTUAL_RESERVED_UNDER_NONE)
    check_not_reserved (contract, regime, out);
  else
    check_reserved (self, contract, regime, out);
  check_dates_and_procedure (contract, regime, out);
}

static gboolean
check_party (MutualProcurement  *self,
             const char         *member,
             const char         *id,
             GError            **error)
{
  if (id != NULL && mutual_model_lookup_party (self->model, id) == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID, "%s: no party “%s”", member, id);
      return FALSE;
    }
  return TRUE;
}

/**
 * mutual_procurement_check_contract:
 * @self: a #MutualProcurement
 * @contract: the id of a contract
 * @error: return location for a #GError
 *
 * Checks one contract: the regime it falls under, whether it is reserved
 * and, if it is, whether the reservation is lawful (term, services,
 * procedure, look-back, supplier); if it is not, why it could not have been.
 *
 * Returns: (transfer full): a list model of [class@Mutual.Finding], or
 *   %NULL with %MUTUAL_ERROR_UNKNOWN_ID if there is no such contract, or
 *   the error of [method@Mutual.Model.validate_contracts]
 *
 * Since: 1.0
 */
GListModel *
mutual_procurement_check_contract (MutualProcurement  *self,
                                   const char         *contract,
                                   GError            **error)
{
  MutualContract *item;
  MutualItemList *out;

  g_return_val_if_fail (MUTUAL_IS_PROCUREMENT (self), NULL);
  g_return_val_if_fail (contract != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ensure_index (self, error))
    return NULL;
  item = mutual_model_lookup_contract (self->model, contract);
  if (item == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID, "no contract “%s”", contract);
      return NULL;
    }
  out = mutual_item_list_new (MUTUAL_TYPE_FINDING);
  check_one (self, item, out);
  return G_LIST_MODEL (out);
}

/**
 * mutual_procurement_check:
 * @self: a #MutualProcurement
 * @supplier: (nullable): only contracts with this supplier, or %NULL for all
 * @authority: (nullable): only contracts with this authority, or %NULL for all
 * @error: return location for a #GError
 *
 * Checks every contract of the model (or those between @supplier and
 * @authority), in the model's order, as
 * [method@Mutual.Procurement.check_contract] does.
 *
 * Returns: (transfer full): a list model of [class@Mutual.Finding], or
 *   %NULL with %MUTUAL_ERROR_UNKNOWN_ID if @supplier or @authority names no
 *   party, or the error of [method@Mutual.Model.validate_contracts]
 *
 * Since: 1.0
 */
GListModel *
mutual_procurement_check (MutualProcurement  *self,
                          const char         *supplier,
                          const char         *authority,
                          GError            **error)
{
  GPtrArray *items;
  MutualItemList *out;

  g_return_val_if_fail (MUTUAL_IS_PROCUREMENT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ensure_index (self, error) ||
      !check_party (self, "supplier", supplier, error) ||
      !check_party (self, "authority", authority, error))
    return NULL;
  out = mutual_item_list_new (MUTUAL_TYPE_FINDING);
  items = mutual_model_get_array (self->model, MUTUAL_COLLECTION_CONTRACTS);
  for (guint i = 0; i < items->len; i++)
    {
      MutualContract *contract = g_ptr_array_index (items, i);

      if ((supplier == NULL || g_str_equal (supplier, mutual_contract_get_supplier (contract))) &&
          (authority == NULL || g_str_equal (authority, mutual_contract_get_authority (contract))))
        check_one (self, contract, out);
    }
  return G_LIST_MODEL (out);
}

/* --- grace periods --- */

static MutualGracePeriod *
grace_period (MutualProcurement *self,
              const char        *supplier,
              const char        *authority)
{
  g_autofree char *pair = mutual_model_key2 (supplier, authority);
  GPtrArray *between = g_hash_table_lookup (self->by_pair, pair);
  MutualItemList *timeline = mutual_item_list_new (MUTUAL_TYPE_CONTRACT);
  MutualItemList *findings = mutual_item_list_new (MUTUAL_TYPE_FINDING);
  g_autoptr(GPtrArray) reserved = g_ptr_array_new ();
  JsonArray *rules = mutual_rules_get_rows (RULES_TABLE);
  MutualDay start = MUTUAL_DAY_NONE, end = MUTUAL_DAY_NONE, due = MUTUAL_DAY_NONE;
  MutualDay next = MUTUAL_DAY_NONE, last_award = MUTUAL_DAY_NONE, last_end = MUTUAL_DAY_NONE;
  JsonObject *next_rule = NULL;
  MutualContract *last_reserved = NULL;

  for (guint i = 0; between != NULL && i < between->len; i++)
    {
      MutualContract *contract = g_ptr_array_index (between, i);

      mutual_item_list_append (timeline, contract);
      check_one (self, contract, findings);
      last_end = MAX (last_end, mutual_contract_get_latest_end_day (contract));
      if (mutual_contract_get_reserved_under (contract) != MUTUAL_RESERVED_UNDER_NONE)
        {
          g_ptr_array_add (reserved, contract);
          if (mutual_contract_get_award_day (contract) >= last_award)
            {
              last_award = mutual_contract_get_award_day (contract);
              last_reserved = contract;
            }
        }
    }

  /* the protected period: the latest run of reserved contracts that follow
   * on from each other without a gap (they are in start order) */
  if (reserved->len > 0)
    {
      guint i = reserved->len - 1;

      start = mutual_contract_get_start_day (g_ptr_array_index (reserved, i));
      end = mutual_contract_get_latest_end_day (g_ptr_array_index (reserved, i));
      while (i-- > 0)
        {
          MutualContract *before = g_ptr_array_index (reserved, i);

          if (mutual_contract_get_latest_end_day (before) + 1 < start)
            break;
          start = mutual_contract_get_start_day (before);
          end = MAX (end, mutual_contract_get_latest_end_day (before));
        }
      due = end + 1;
    }
  else if (last_end != MUTUAL_DAY_NONE)
    due = last_end + 1;

  /* the next lawful reservation: under each rule, after the last reserved
   * award and once no award under that rule lies within its look-back,
   * while the rule still applies (counting the procurement as begun on
   * the day of the award) */
  for (guint r = 0; r < json_array_get_length (rules); r++)
    {
      JsonObject *rule = json_array_get_object_element (rules, r);
      MutualReservedUnder rule_id = enum_from_nick (MUTUAL_TYPE_RESERVED_UNDER, row_string (rule, "key"));
      int years = (int) json_object_get_int_member (rule, "look_back_years");
      MutualDay until = rule_regime_end (rule);
      MutualDay day = row_from (rule);

      if (last_award != MUTUAL_DAY_NONE)
        day = MAX (day, last_award + 1);
      for (guint i = 0; i < reserved->len; i++)
        {
          MutualContract *contract = g_ptr_array_index (reserved, i);

          if (mutual_contract_get_reserved_under (contract) == rule_id)
            day = MAX (day, mutual_day_add_years (mutual_contract_get_award_day (contract), years));
        }
      if ((until == MUTUAL_DAY_NONE || day < until) && (next == MUTUAL_DAY_NONE || day < next))
        {
          next = day;
          next_rule = rule;
        }
    }

  if (last_reserved != NULL)
    {
      JsonObject *rule = rule_row (mutual_contract_get_reserved_under (last_reserved));
      g_autofree char *a = day_words (start), *b = day_words (end), *c = day_words (due), *d = day_words (next);

      add_pair_finding (findings, "procurement.grace_period",
                   row_string (rule, "max_term_citation"), start, supplier, authority,
                   g_strdup_printf ("“%s” is protected from open competition for “%s”'s services from %s to %s "
                                    "(options to extend included); open competition falls due on %s; a new "
                                    "reservation for the same services would be lawful from %s, under %s",
                                    supplier, authority, a, b, c, d, row_string (next_rule, "name")));
      if (next_rule != NULL && !g_str_equal (row_string (next_rule, "key"), row_string (rule, "key")))
        add_pair_finding (findings, "procurement.grace_period.other_rule",
                     row_string (next_rule, "look_back_citation"), next, supplier, authority,
                     g_strdup_printf ("the look-back of %s counts only contracts reserved under it, not the %s "
                                      "award of %s to “%s”: a reservation under %s would be lawful from %s",
                                      row_string (next_rule, "name"), row_string (rule, "name"),
                                      mutual_contract_get_award_date (last_reserved), supplier,
                                      row_string (next_rule, "name"), d));
    }
  else
    {
      g_autofree char *d = day_words (next);
      g_autofree char *c = day_words (due);

      add_pair_finding (findings, "procurement.grace_period.none",
                   row_string (next_rule, "citation"), due, supplier, authority,
                   c != NULL ?
                   g_strdup_printf ("no contract between “%s” and “%s” is reserved, so there is no protected period; "
                                    "open competition falls due on %s, after the last contract (options to extend "
                                    "included); a reservation would have been lawful from %s, under %s",
                                    supplier, authority, c, d, row_string (next_rule, "name")) :
                   g_strdup_printf ("there is no contract between “%s” and “%s”; a reservation would have been "
                                    "lawful from %s, under %s", supplier, authority, d,
                                    row_string (next_rule, "name")));
    }

  return mutual_grace_period_new (supplier, authority, start, end, due, next, timeline, findings);
}

/**
 * mutual_procurement_get_grace_period:
 * @self: a #MutualProcurement
 * @supplier: the id of the supplier
 * @authority: the id of the contracting authority
 * @error: return location for a #GError
 *
 * The grace period of @supplier with @authority: the protected period, when
 * open competition falls due, when a new reservation would be lawful, the
 * timeline of every contract between them and every finding about those
 * contracts. See [class@Mutual.GracePeriod].
 *
 * Returns: (transfer full): the grace period, or %NULL with
 *   %MUTUAL_ERROR_UNKNOWN_ID if either id names no party, or the error of
 *   [method@Mutual.Model.validate_contracts]
 *
 * Since: 1.0
 */
MutualGracePeriod *
mutual_procurement_get_grace_period (MutualProcurement  *self,
                                     const char         *supplier,
                                     const char         *authority,
                                     GError            **error)
{
  g_return_val_if_fail (MUTUAL_IS_PROCUREMENT (self), NULL);
  g_return_val_if_fail (supplier != NULL, NULL);
  g_return_val_if_fail (authority != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ensure_index (self, error) ||
      !check_party (self, "supplier", supplier, error) ||
      !check_party (self, "authority", authority, error))
    return NULL;
  return grace_period (self, supplier, authority);
}

/**
 * mutual_procurement_list_grace_periods:
 * @self: a #MutualProcurement
 * @supplier: (nullable): only this supplier, or %NULL for all
 * @authority: (nullable): only this authority, or %NULL for all
 * @error: return location for a #GError
 *
 * The grace periods of every supplier and authority with a contract between
 * them (or of those given), in the order their first contract appears in
 * the model. When both ids are given the list holds their grace period even
 * if they have no contract.
 *
 * Returns: (transfer full): a list model of [class@Mutual.GracePeriod], or
 *   %NULL with an error as for [method@Mutual.Procurement.check]
 *
 * Since: 1.0
 */
GListModel *
mutual_procurement_list_grace_periods (MutualProcurement  *self,
                                       const char         *supplier,
                                       const char         *authority,
                                       GError            **error)
{
  MutualItemList *out;

  g_return_val_if_fail (MUTUAL_IS_PROCUREMENT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ensure_index (self, error) ||
      !check_party (self, "supplier", supplier, error) ||
      !check_party (self, "authority", authority, error))
    return NULL;
  out = mutual_item_list_new (MUTUAL_TYPE_GRACE_PERIOD);
  if (supplier != NULL && authority != NULL)
    {
      g_autoptr(MutualGracePeriod) period = grace_period (self, supplier, authority);

      mutual_item_list_append (out, period);
      return G_LIST_MODEL (out);
    }
  for (guint i = 0; i < self->pairs->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (self->pairs, i), "\x1f", 2);
      g_autoptr(MutualGracePeriod) period = NULL;

      if ((supplier != NULL && !g_str_equal (supplier, parts[0])) ||
          (authority != NULL && !g_str_equal (authority, parts[1])))
        continue;
      period = grace_period (self, parts[0], parts[1]);
      mutual_item_list_append (out, period);
    }
  return G_LIST_MODEL (out);
}
