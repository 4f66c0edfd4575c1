/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "mutual-enum-types.h"
#include "mutual-error.h"
#include "mutual-finding.h"
#include "mutual-item-list-private.h"
#include "mutual-model-private.h"
#include "mutual-model-staff.h"
#include "mutual-obligation-private.h"
#include "mutual-transfer-analysis.h"
#include "mutual-transfer-liabilities-private.h"
#include "mutual-tupe-private.h"

/**
 * MutualTransferAnalysis:
 *
 * A TUPE transfer plan examined against a model's staff: who transfers and
 * who does not, the calendar of obligations with what is late on a date,
 * the findings of every check, and the liabilities the transfer can bring.
 *
 * Creating the analysis works out the scope in one pass over the staff
 * list: a person transfers if a transferor employs them, the plan's rule
 * counts them as assigned to the grouping ([method@Mutual.TransferPlan.assigns])
 * and they have not objected (TUPE 2006 reg 4(1), 4(7)).
 * [method@Mutual.TransferAnalysis.check] and
 * [method@Mutual.TransferAnalysis.compute_liabilities] then take one call
 * each, however long the staff list: 100,000 people take milliseconds.
 *
 * The analysis keeps the model alive but reads it only when created:
 * change the model and create a new analysis.
 *
 * In C:
 *
 * ```c
 * g_autoptr(MutualTransferAnalysis) transfer = mutual_transfer_analysis_new (model, "3bm-2013", &error);
 * g_autoptr(GListModel) findings = NULL;
 * g_autoptr(MutualTransferLiabilities) liabilities = NULL;
 *
 * if (transfer != NULL)
 *   findings = mutual_transfer_analysis_check (transfer, NULL, &error);
 * if (findings != NULL)
 *   liabilities = mutual_transfer_analysis_compute_liabilities (transfer, NULL, &error);
 * if (liabilities != NULL)
 *   g_print ("%" G_GINT64_FORMAT " pence\n", mutual_transfer_liabilities_get_total (liabilities));
 * ```
 *
 * In Python:
 *
 * ```python
 * transfer = Mutual.TransferAnalysis.new(Mutual.Model.new_from_example("3bm-2013"), "3bm-2013")
 * transfer.check(datetime.date(2013, 4, 2))["tupe.eli.on-time"]
 * pandas.DataFrame(transfer.compute_liabilities().rows())   # one row per employee, in pence
 * ```
 *
 * Since: 1.0
 */

typedef enum {
  EXCLUDED_NOT_ASSIGNED,
  EXCLUDED_TEMPORARY,
  EXCLUDED_OBJECTED,
  N_EXCLUDED
} Excluded;

typedef struct
{
  guint headcount;       /* staff in the model with this employer */
  guint transferring;
  gint64 weekly_pay;     /* of those transferring */
} EmployerCount;

struct _MutualTransferAnalysis
{
  GObject parent_instance;

  MutualModel *model;
  MutualTransferPlan *plan;
  MutualDay transfer;
  MutualItemList *transferring;
  MutualItemList *not_transferring;
  GPtrArray *excluded[N_EXCLUDED];   /* borrowed ids of the staff in not_transferring */
  GHashTable *employers;             /* employer id (borrowed) → EmployerCount */
  gint64 weekly_pay;                 /* all transferring, uncapped */
  MutualItemList *calendar;
};

G_DEFINE_FINAL_TYPE (MutualTransferAnalysis, mutual_transfer_analysis, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_transfer_analysis_finalize (GObject *object)
{
  MutualTransferAnalysis *self = MUTUAL_TRANSFER_ANALYSIS (object);

  for (guint i = 0; i < N_EXCLUDED; i++)
    g_clear_pointer (&self->excluded[i], g_ptr_array_unref);
  g_clear_pointer (&self->employers, g_hash_table_unref);
  g_clear_object (&self->transferring);
  g_clear_object (&self->not_transferring);
  g_clear_object (&self->calendar);
  g_clear_object (&self->plan);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (mutual_transfer_analysis_parent_class)->finalize (object);
}

static void
mutual_transfer_analysis_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  MutualTransferAnalysis *self = MUTUAL_TRANSFER_ANALYSIS (object);

  switch (prop_id)
    {
    case PROP_MODEL: g_value_set_object (value, self->model); break;
    case PROP_PLAN: g_value_set_object (value, self->plan); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_transfer_analysis_class_init (MutualTransferAnalysisClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_transfer_analysis_finalize;
  object_class->get_property = mutual_transfer_analysis_get_property;

  /**
   * MutualTransferAnalysis:model:
   *
   * The model analysed.
   *
   * Since: 1.0
   */
  properties[PROP_MODEL] = g_param_spec_object ("model", NULL, NULL, MUTUAL_TYPE_MODEL, flags);
  /**
   * MutualTransferAnalysis:plan:
   *
   * The transfer plan analysed.
   *
   * Since: 1.0
   */
  properties[PROP_PLAN] = g_param_spec_object ("plan", NULL, NULL, MUTUAL_TYPE_TRANSFER_PLAN, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_transfer_analysis_init (MutualTransferAnalysis *self)
{
  self->transferring = mutual_item_list_new (MUTUAL_TYPE_STAFF_MEMBER);
  self->not_transferring = mutual_item_list_new (MUTUAL_TYPE_STAFF_MEMBER);
  for (guint i = 0; i < N_EXCLUDED; i++)
    self->excluded[i] = g_ptr_array_new ();
  self->employers = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self->calendar = mutual_item_list_new (MUTUAL_TYPE_OBLIGATION);
}

/* --- rules --- */

static JsonObject *
rule (const char *key,
      MutualDay   day)
{
  JsonObject *row = mutual_tupe_rule (key, day);

  if (row == NULL)
    {
      char buf[11];

      mutual_day_format_buf (day, buf);
      g_error ("libmutual rule table tupe has no %s rule in force on %s", key, buf);
    }
  return row;
}

static gint64
rule_int (const char *key,
          MutualDay   day,
          const char *member)
{
  return json_object_get_int_member (rule (key, day), member);
}

static const char *
rule_citation (const char *key,
               MutualDay   day)
{
  return json_object_get_string_member (rule (key, day), "citation");
}

static guint
eli_days (MutualTransferAnalysis *self)
{
  return (guint) rule_int ("eli-days", self->transfer, "days");
}

/* The collective redundancy rule that applies, decided at the first
 * dismissal (or the transfer when no date is given). */
static MutualDay
redundancy_rule_day (MutualTransferAnalysis *self)
{
  MutualDay first = mutual_transfer_plan_get_day (self->plan, "first-dismissal");

  return first != MUTUAL_DAY_NONE ? first : self->transfer;
}

static guint
redundancy_days (MutualTransferAnalysis *self)
{
  MutualDay day = redundancy_rule_day (self);
  guint n = mutual_transfer_plan_get_proposed_dismissals (self->plan);

  if (n < (guint) rule_int ("collective-redundancy", day, "small"))
    return 0;
  if (n >= (guint) rule_int ("collective-redundancy", day, "large"))
    return (guint) rule_int ("collective-redundancy", day, "large-days");
  return (guint) rule_int ("collective-redundancy", day, "small-days");
}

/* --- scope and calendar --- */

static void
add_obligation (MutualTransferAnalysis *self,
                const char             *code,
                const char             *title,
                const char             *citation,
                MutualDay               due,
                MutualDay               done)
{
  g_autoptr(MutualObligation) obligation = mutual_obligation_new_internal (code, title, citation, due, done);

  mutual_item_list_append (self->calendar, obligation);
}

static int
compare_obligations (gconstpointer a,
                     gconstpointer b)
{
  MutualObligation *x = *(MutualObligation **) a, *y = *(MutualObligation **) b;
  MutualDay dx = mutual_obligation_get_due_day (x), dy = mutual_obligation_get_due_day (y);

  if (dx != dy)
    return dx < dy ? -1 : 1;
  return strcmp (mutual_obligation_get_code (x), mutual_obligation_get_code (y));
}

static void
build_calendar (MutualTransferAnalysis *self)
{
  MutualTransferPlan *plan = self->plan;
  guint days = eli_days (self);
  guint redundancy = redundancy_days (self);
  g_autofree char *eli_title = g_strdup_printf ("Send employee liability information to the transferee "
                                                "(at least %u days before the transfer)", days);

  add_obligation (self, "tupe.inform",
                  "Inform the appropriate representatives of the transfer, its reasons, implications and measures",
                  "TUPE 2006 reg 13(2)", self->transfer - 1,
                  mutual_transfer_plan_get_day (plan, "information-given"));
  if (g_list_model_get_n_items (mutual_transfer_plan_get_measures (plan)) > 0)
    add_obligation (self, "tupe.consult",
                    "Consult the appropriate representatives on the envisaged measures",
                    "TUPE 2006 reg 13(6)", self->transfer - 1,
                    mutual_transfer_plan_get_day (plan, "consultation-held"));
  add_obligation (self, "tupe.eli", eli_title, rule_citation ("eli-days", self->transfer),
                  self->transfer - days, mutual_transfer_plan_get_day (plan, "eli-sent"));
  if (redundancy > 0 && mutual_transfer_plan_get_day (plan, "first-dismissal") != MUTUAL_DAY_NONE)
    {
      g_autofree char *title = g_strdup_printf ("Begin collective redundancy consultation and notify the "
                                                "Secretary of State (HR1), at least %u days before the "
                                                "first dismissal", redundancy);

      add_obligation (self, "tupe.redundancy-consultation", title,
                      "TULRCA 1992 s188(1A), s193",
                      mutual_transfer_plan_get_day (plan, "first-dismissal") - redundancy,
                      mutual_transfer_plan_get_day (plan, "redundancy-consultation"));
    }
  g_ptr_array_sort (mutual_item_list_get_array (self->calendar), compare_obligations);
}

static void
work_out_scope (MutualTransferAnalysis *self)
{
  GPtrArray *staff = mutual_model_get_array (self->model, MUTUAL_COLLECTION_STAFF);
  GPtrArray *in = mutual_item_list_get_array (self->transferring);
  GPtrArray *out = mutual_item_list_get_array (self->not_transferring);
  const char *last_employer = NULL;
  EmployerCount *count = NULL;
  gboolean transferor = FALSE;

  for (guint i = 0; i < staff->len; i++)
    {
      MutualStaffMember *member = g_ptr_array_index (staff, i);
      const char *employer = mutual_staff_member_get_employer (member);
      Excluded why;

      /* staff lists come grouped by employer: one lookup per run */
      if (last_employer == NULL || strcmp (employer, last_employer) != 0)
        {
          count = g_hash_table_lookup (self->employers, employer);
          if (count == NULL)
            {
              count = g_new0 (EmployerCount, 1);
              g_hash_table_insert (self->employers, (gpointer) employer, count);
            }
          transferor = mutual_transfer_plan_has_transferor (self->plan, employer);
          last_employer = employer;
        }
      count->headcount++;
      if (!transferor)
        continue;
      if (mutual_transfer_plan_assigns (self->plan, member))
        {
          if (!mutual_staff_member_get_objected (member))
            {
              g_ptr_array_add (in, g_object_ref (member));
              count->transferring++;
              count->weekly_pay += mutual_staff_member_get_weekly_pay (member);
              self->weekly_pay += mutual_staff_member_get_weekly_pay (member);
              continue;
            }
          why = EXCLUDED_OBJECTED;
        }
      else if (g_strcmp0 (mutual_staff_member_get_grouping (member), mutual_transfer_plan_get_grouping (self->plan)) == 0 &&
               mutual_staff_member_get_temporary (member))
        why = EXCLUDED_TEMPORARY;
      else
        why = EXCLUDED_NOT_ASSIGNED;
      g_ptr_array_add (out, g_object_ref (member));
      g_ptr_array_add (self->excluded[why], (gpointer) mutual_staff_member_get_id (member));
    }
}

/**
 * mutual_transfer_analysis_new:
 * @model: a model
 * @plan_id: the id of one of the model's transfer plans
 * @error: return location for a #GError
 *
 * Analyses a transfer plan. Fails with %MUTUAL_ERROR_UNKNOWN_ID if the
 * model has no such plan.
 *
 * Returns: (transfer full): the analysis, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualTransferAnalysis *
mutual_transfer_analysis_new (MutualModel  *model,
                              const char   *plan_id,
                              GError      **error)
{
  MutualTransferAnalysis *self;
  MutualTransferPlan *plan;

  g_return_val_if_fail (MUTUAL_IS_MODEL (model), NULL);
  g_return_val_if_fail (plan_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  plan = mutual_model_lookup_transfer_plan (model, plan_id);
  if (plan == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID, "the model has no transfer plan “%s”", plan_id);
      return NULL;
    }
  self = g_object_new (MUTUAL_TYPE_TRANSFER_ANALYSIS, NULL);
  self->model = g_object_ref (model);
  self->plan = g_object_ref (plan);
  self->transfer = mutual_transfer_plan_get_day (plan, "transfer-date");
  work_out_scope (self);
  build_calendar (self);
  return self;
}

/**
 * mutual_transfer_analysis_get_model:
 * @self: an analysis
 *
 * Gets [property@Mutual.TransferAnalysis:model].
 *
 * Returns: (transfer none): the model
 *
 * Since: 1.0
 */
MutualModel *
mutual_transfer_analysis_get_model (MutualTransferAnalysis *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_ANALYSIS (self), NULL);
  return self->model;
}

/**
 * mutual_transfer_analysis_get_plan:
 * @self: an analysis
 *
 * Gets [property@Mutual.TransferAnalysis:plan].
 *
 * Returns: (transfer none): the plan
 *
 * Since: 1.0
 */
MutualTransferPlan *
mutual_transfer_analysis_get_plan (MutualTransferAnalysis *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_ANALYSIS (self), NULL);
  return self->plan;
}

/**
 * mutual_transfer_analysis_get_transferring:
 * @self: an analysis
 *
 * The staff who transfer: employed by a transferor, assigned to the
 * grouping by the plan's rule, not objecting (TUPE 2006 reg 4(1)).
 *
 * Returns: (transfer none): a list model of [class@Mutual.StaffMember], in
 *   the order of the model's staff list
 *
 * Since: 1.0
 */
GListModel *
mutual_transfer_analysis_get_transferring (MutualTransferAnalysis *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_ANALYSIS (self), NULL);
  return G_LIST_MODEL (self->transferring);
}

/**
 * mutual_transfer_analysis_get_not_transferring:
 * @self: an analysis
 *
 * The transferors' staff who do not transfer: not assigned to the
 * grouping, there only temporarily, or objecting. The findings of
 * [method@Mutual.TransferAnalysis.check] say which and why.
 *
 * Returns: (transfer none): a list model of [class@Mutual.StaffMember]
 *
 * Since: 1.0
 */
GListModel *
mutual_transfer_analysis_get_not_transferring (MutualTransferAnalysis *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_ANALYSIS (self), NULL);
  return G_LIST_MODEL (self->not_transferring);
}

/**
 * mutual_transfer_analysis_get_calendar:
 * @self: an analysis
 *
 * Every obligation of the plan with a due date, in date order: informing
 * the representatives (reg 13(2)), consulting on measures if any are
 * envisaged (reg 13(6)), employee liability information (reg 11(6)) and,
 * when 20 or more dismissals are proposed, collective redundancy
 * consultation (TULRCA 1992 s188).
 *
 * Returns: (transfer none): a list model of [class@Mutual.Obligation]
 *
 * Since: 1.0
 */
GListModel *
mutual_transfer_analysis_get_calendar (MutualTransferAnalysis *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_ANALYSIS (self), NULL);
  return G_LIST_MODEL (self->calendar);
}

static gboolean
parse_on (MutualTransferAnalysis  *self,
          const char              *on,
          MutualDay               *out,
          GError                 **error)
{
  g_autoptr(GError) local = NULL;

  if (on == NULL)
    {
      *out = self->transfer;
      return TRUE;
    }
  if (!mutual_day_parse (on, out, &local))
    {
      g_set_error (error, MUTUAL_ERROR, local->code, "on: %s", local->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * mutual_transfer_analysis_list_late:
 * @self: an analysis
 * @on: (nullable): an ISO 8601 date; %NULL means the transfer date
 * @error: return location for a #GError
 *
 * The obligations of the calendar that are late on @on
 * ([method@Mutual.Obligation.is_late_on]).
 *
 * Returns: (transfer full): a list model of [class@Mutual.Obligation], or
 *   %NULL with @error set for a bad date
 *
 * Since: 1.0
 */
GListModel *
mutual_transfer_analysis_list_late (MutualTransferAnalysis  *self,
                                    const char              *on,
                                    GError                 **error)
{
  GPtrArray *calendar;
  MutualItemList *late;
  MutualDay day;

  g_return_val_if_fail (MUTUAL_IS_TRANSFER_ANALYSIS (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!parse_on (self, on, &day, error))
    return NULL;
  calendar = mutual_item_list_get_array (self->calendar);
  late = mutual_item_list_new (MUTUAL_TYPE_OBLIGATION);
  for (guint i = 0; i < calendar->len; i++)
    if (mutual_obligation_late_on_day (g_ptr_array_index (calendar, i), day))
      mutual_item_list_append (late, g_ptr_array_index (calendar, i));
  return G_LIST_MODEL (late);
}

/* --- checks --- */

typedef struct
{
  MutualItemList *findings;
} Checks;

static void G_GNUC_PRINTF (8, 9)
add_finding (Checks         *checks,
             const char     *code,
             MutualSeverity  severity,
             const char     *citation,
             MutualDay       date,
             GPtrArray      *ids,
             gint64          amount,
             const char     *format,
             ...)
{
  g_autofree char *message = NULL;
  g_autoptr(MutualFinding) finding = NULL;
  char buf[11];
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  mutual_day_format_buf (date, buf);
  if (ids != NULL)
    g_ptr_array_add (ids, NULL);
  finding = g_object_new (MUTUAL_TYPE_FINDING,
                          "code", code, "severity", severity, "citation", citation, "message", message,
                          "date", date != MUTUAL_DAY_NONE ? buf : NULL,
                          "ids", ids != NULL ? (char **) ids->pdata : NULL,
                          "amount", amount,
                          NULL);
  if (ids != NULL)
    g_ptr_array_set_size (ids, ids->len - 1);
  mutual_item_list_append (checks->findings, finding);
}

static char *
format_pounds (gint64 pence)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, pence / 100);
  gsize len = strlen (digits);

  g_string_append (text, "£");
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (text, ',');
      g_string_append_c (text, digits[i]);
    }
  if (pence % 100 != 0)
    g_string_append_printf (text, ".%02d", (int) (pence % 100));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
day_text (MutualDay day)
{
  return mutual_day_format (day);
}

static gint64
protective_award (MutualTransferAnalysis *self,
                  gint64                  weekly_pay)
{
  return weekly_pay * rule_int ("inform-consult-award", self->transfer, "weeks");
}

static void
check_scope (MutualTransferAnalysis *self,
             Checks                 *checks)
{
  static const struct { const char *code; const char *citation; const char *what; } reasons[N_EXCLUDED] = {
    [EXCLUDED_NOT_ASSIGNED] = { "tupe.scope.not-assigned", "TUPE 2006 regs 2(1), 4(1)",
                                "are not assigned to the grouping under the plan's rule and stay with their employer" },
    [EXCLUDED_TEMPORARY] = { "tupe.scope.temporary", "TUPE 2006 reg 2(1)",
                             "work in the grouping only temporarily, so are not assigned to it, and stay with their employer" },
    [EXCLUDED_OBJECTED] = { "tupe.scope.objected", "TUPE 2006 reg 4(7)-(8)",
                            "objected to the transfer: their employment ends on the transfer without a dismissal, "
                            "so with no redundancy payment or unfair dismissal claim" },
  };
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->transferring));
  g_autofree char *transferors = g_strjoinv (", ", (char **) mutual_transfer_plan_get_transferors (self->plan));

  if (n == 0)
    add_finding (checks, "tupe.scope.empty", MUTUAL_SEVERITY_WARNING, "TUPE 2006 reg 4(1)", self->transfer, NULL, 0,
                 "no employee of %s is assigned to grouping “%s”: nobody transfers",
                 transferors, mutual_transfer_plan_get_grouping (self->plan));
  else
    add_finding (checks, "tupe.scope.transferring", MUTUAL_SEVERITY_INFO, "TUPE 2006 reg 4(1)", self->transfer, NULL, 0,
                 "%u employee%s of %s transfer%s to %s with their contracts, rights and liabilities",
                 n, n == 1 ? "" : "s", transferors, n == 1 ? "s" : "",
                 mutual_transfer_plan_get_transferee (self->plan));
  for (guint i = 0; i < N_EXCLUDED; i++)
    if (self->excluded[i]->len > 0)
      add_finding (checks, reasons[i].code, MUTUAL_SEVERITY_INFO, reasons[i].citation, self->transfer,
                   self->excluded[i], 0, "%u employee%s %s", self->excluded[i]->len,
                   self->excluded[i]->len == 1 ? "" : "s", reasons[i].what);
}

static void
check_eli (MutualTransferAnalysis *self,
           Checks                 *checks,
           MutualDay               on)
{
  guint days = eli_days (self);
  const char *citation = rule_citation ("eli-days", self->transfer);
  MutualDay due = self->transfer - days;
  MutualDay sent = mutual_transfer_plan_get_day (self->plan, "eli-sent");
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->transferring));
  gint64 minimum = rule_int ("eli-minimum-award", self->transfer, "pence");
  gint64 exposure = minimum * n;
  g_autofree char *due_text = day_text (due);
  g_autofree char *exposure_text = format_pounds (exposure);
  g_autofree char *minimum_text = format_pounds (minimum);

  if (sent != MUTUAL_DAY_NONE && sent <= due)
    add_finding (checks, "tupe.eli.on-time", MUTUAL_SEVERITY_INFO, citation, sent, NULL, 0,
                 "employee liability information was sent %u days before the transfer (at least %u required, by %s)",
                 self->transfer - sent, days, due_text);
  else if (sent != MUTUAL_DAY_NONE)
    add_finding (checks, "tupe.eli.late", MUTUAL_SEVERITY_BREACH, citation, sent, NULL, exposure,
                 "employee liability information was sent %d days before the transfer, not the %u required "
                 "(due by %s); a tribunal awards at least %s per employee (reg 12(5)): %s for %u employees",
                 (int) self->transfer - (int) sent, days, due_text, minimum_text, exposure_text, n);
  else if (on > due)
    add_finding (checks, "tupe.eli.late", MUTUAL_SEVERITY_BREACH, citation, due, NULL, exposure,
                 "employee liability information was due by %s (%u days before the transfer) and has not "
                 "been sent; a tribunal awards at least %s per employee (reg 12(5)): %s for %u employees",
                 due_text, days, minimum_text, exposure_text, n);
  else
    add_finding (checks, "tupe.eli.due", MUTUAL_SEVERITY_INFO, citation, due, NULL, 0,
                 "employee liability information is due by %s, %u days before the transfer", due_text, days);

  if (sent != MUTUAL_DAY_NONE)
    {
      MutualEliContents needed = MUTUAL_ELI_CONTENTS_ALL & ~MUTUAL_ELI_CONTENTS_COLLECTIVE_AGREEMENTS;
      MutualEliContents missing;
      GPtrArray *staff = mutual_item_list_get_array (self->transferring);

      for (guint i = 0; i < staff->len; i++)
        if (mutual_staff_member_get_collective_agreement (g_ptr_array_index (staff, i)) != NULL)
          {
            needed |= MUTUAL_ELI_CONTENTS_COLLECTIVE_AGREEMENTS;
            break;
          }
      missing = needed & ~mutual_transfer_plan_get_eli_contents (self->plan);
      if (missing != 0)
        {
          g_autofree char *names = g_flags_to_string (MUTUAL_TYPE_ELI_CONTENTS, missing);

          add_finding (checks, "tupe.eli.incomplete", MUTUAL_SEVERITY_BREACH, "TUPE 2006 reg 11(2)", sent, NULL,
                       exposure, "the employee liability information left out: %s; a tribunal awards at least "
                       "%s per employee (reg 12(5)): %s", names, minimum_text, exposure_text);
        }
    }
}

/* An obligation to do something before the transfer: informing or
 * consulting the representatives. */
static void
check_before_transfer (MutualTransferAnalysis *self,
                       Checks                 *checks,
                       MutualDay               on,
                       const char             *which,
                       const char             *what,
                       const char             *code,
                       const char             *citation)
{
  MutualDay done = mutual_transfer_plan_get_day (self->plan, which);
  gint64 award = protective_award (self, self->weekly_pay);
  g_autofree char *award_text = format_pounds (award);
  g_autofree char *transfer_text = day_text (self->transfer);
  g_autofree char *ok = g_strconcat (code, ".done", NULL);
  g_autofree char *late = g_strconcat (code, ".late", NULL);
  g_autofree char *due = g_strconcat (code, ".due", NULL);

  if (done != MUTUAL_DAY_NONE && done < self->transfer)
    add_finding (checks, ok, MUTUAL_SEVERITY_INFO, citation, done, NULL, 0,
                 "the representatives were %s %u days before the transfer", what, self->transfer - done);
  else if (done != MUTUAL_DAY_NONE || on >= self->transfer)
    add_finding (checks, late, MUTUAL_SEVERITY_BREACH, citation, done != MUTUAL_DAY_NONE ? done : self->transfer,
                 NULL, award,
                 "the representatives were not %s before the transfer on %s; each affected employee may be "
                 "awarded up to 13 weeks' pay, not capped, against transferor and transferee jointly "
                 "(regs 15-16): up to %s", what, transfer_text, award_text);
  else
    add_finding (checks, due, MUTUAL_SEVERITY_INFO, citation, self->transfer - 1, NULL, 0,
                 "the representatives must be %s long enough before the transfer on %s to allow consultation",
                 what, transfer_text);
}

static void
check_representatives (MutualTransferAnalysis *self,
                       Checks                 *checks)
{
  JsonObject *row = rule ("direct-consultation", self->transfer);
  const char *citation = json_object_get_string_member (row, "citation");
  const char * const *transferors = mutual_transfer_plan_get_transferors (self->plan);
  gboolean allowed = json_object_get_boolean_member (row, "allowed");
  gint64 employer_limit = json_object_get_int_member_with_default (row, "employer-fewer-than", 0);
  gint64 transfer_limit = json_object_get_int_member_with_default (row, "transferring-fewer-than", 0);
  g_autofree char *transfer_text = day_text (self->transfer);

  if (mutual_transfer_plan_get_representatives (self->plan) != MUTUAL_REPRESENTATIVES_NONE)
    return;
  for (guint i = 0; transferors[i] != NULL; i++)
    {
      EmployerCount *count = g_hash_table_lookup (self->employers, transferors[i]);
      EmployerCount none = { 0, 0, 0 };
      const char *ids[] = { transferors[i], NULL };
      g_autoptr(GPtrArray) id_array = g_ptr_array_new ();

      if (count == NULL)
        count = &none;
      g_ptr_array_add (id_array, (gpointer) ids[0]);
      if (allowed && count->headcount < employer_limit)
        add_finding (checks, "tupe.consult.direct-allowed", MUTUAL_SEVERITY_INFO, citation, self->transfer, id_array, 0,
                     "%s has %u employees, fewer than %" G_GINT64_FORMAT ": with no representatives it may "
                     "inform and consult its affected employees directly", transferors[i], count->headcount,
                     employer_limit);
      else if (allowed && count->transferring < transfer_limit)
        add_finding (checks, "tupe.consult.direct-allowed", MUTUAL_SEVERITY_INFO, citation, self->transfer, id_array, 0,
                     "%s transfers %u employees, fewer than %" G_GINT64_FORMAT ": with no representatives it may "
                     "inform and consult them directly", transferors[i], count->transferring, transfer_limit);
      else
        {
          gint64 award = protective_award (self, count->weekly_pay);
          g_autofree char *award_text = format_pounds (award);
          g_autofree char *limits = NULL;

          if (!allowed)
            limits = g_strdup_printf ("no employer may consult directly for a transfer on %s", transfer_text);
          else if (transfer_limit > 0)
            limits = g_strdup_printf ("it has %u employees (direct consultation needs fewer than %" G_GINT64_FORMAT
                                      ") and transfers %u (fewer than %" G_GINT64_FORMAT ")", count->headcount,
                                      employer_limit, count->transferring, transfer_limit);
          else
            limits = g_strdup_printf ("it has %u employees (direct consultation needs fewer than %" G_GINT64_FORMAT
                                      ")", count->headcount, employer_limit);
          add_finding (checks, "tupe.consult.direct-not-allowed", MUTUAL_SEVERITY_BREACH, citation, self->transfer,
                       id_array, award,
                       "%s has no representatives and may not consult its employees directly: %s; it must invite "
                       "them to elect representatives (regs 13(3), 14); exposure up to %s", transferors[i], limits,
                       award_text);
        }
    }
}

static void
check_measures (MutualTransferAnalysis *self,
                Checks                 *checks)
{
  GListModel *measures = mutual_transfer_plan_get_measures (self->plan);

  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(MutualMeasure) measure = g_list_model_get_item (measures, i);
      const char *what = mutual_measure_get_description (measure);
      MutualMeasureReason reason = mutual_measure_get_reason (measure);

      switch (mutual_measure_get_kind (measure))
        {
        case MUTUAL_MEASURE_KIND_CHANGE_OF_TERMS:
          if (reason == MUTUAL_MEASURE_REASON_TRANSFER)
            add_finding (checks, "tupe.terms.void", MUTUAL_SEVERITY_BREACH, "TUPE 2006 reg 4(4)", self->transfer,
                         NULL, 0, "“%s”: a change of terms whose sole or principal reason is the transfer is void",
                         what);
          else if (reason == MUTUAL_MEASURE_REASON_ETO)
            add_finding (checks, "tupe.terms.eto", MUTUAL_SEVERITY_WARNING, "TUPE 2006 reg 4(5)(a)", self->transfer,
                         NULL, 0, "“%s”: a change of terms for an economic, technical or organisational reason "
                         "entailing changes in the workforce is valid only if employer and employee agree", what);
          else if (reason == MUTUAL_MEASURE_REASON_CONTRACT)
            add_finding (checks, "tupe.terms.contract", MUTUAL_SEVERITY_INFO, "TUPE 2006 reg 4(5)(b)", self->transfer,
                         NULL, 0, "“%s”: a change the contract itself permits is valid", what);
          break;
        case MUTUAL_MEASURE_KIND_DISMISSALS:
          if (reason == MUTUAL_MEASURE_REASON_TRANSFER)
            add_finding (checks, "tupe.dismissal.unfair", MUTUAL_SEVERITY_BREACH, "TUPE 2006 reg 7(1)", self->transfer,
                         NULL, 0, "“%s”: a dismissal whose sole or principal reason is the transfer is automatically "
                         "unfair", what);
          else if (reason == MUTUAL_MEASURE_REASON_ETO)
            add_finding (checks, "tupe.dismissal.eto", MUTUAL_SEVERITY_WARNING, "TUPE 2006 reg 7(2)-(3)", self->transfer,
                         NULL, 0, "“%s”: a dismissal for an economic, technical or organisational reason entailing "
                         "changes in the workforce is for redundancy or another substantial reason, and may still "
                         "be unfair if handled unfairly", what);
          break;
        case MUTUAL_MEASURE_KIND_RELOCATION:
          add_finding (checks, "tupe.terms.relocation", MUTUAL_SEVERITY_WARNING, "TUPE 2006 reg 4(9)", self->transfer,
                       NULL, 0, "“%s”: a substantial change in working conditions to an employee's material "
                       "detriment lets them treat themselves as dismissed", what);
          break;
        case MUTUAL_MEASURE_KIND_OTHER:
        default:
          break;
        }
    }
}

static void
check_collective_redundancy (MutualTransferAnalysis *self,
                             Checks                 *checks,
                             MutualDay               on)
{
  guint n = mutual_transfer_plan_get_proposed_dismissals (self->plan);
  guint days = redundancy_days (self);
  MutualDay rule_day = redundancy_rule_day (self);
  const char *citation = rule_citation ("collective-redundancy", rule_day);
  MutualDay first = mutual_transfer_plan_get_day (self->plan, "first-dismissal");
  MutualDay began = mutual_transfer_plan_get_day (self->plan, "redundancy-consultation");
  guint n_staff = g_list_model_get_n_items (G_LIST_MODEL (self->transferring));
  gint64 award, award_days = rule_int ("collective-redundancy", rule_day, "award-days");
  g_autofree char *award_text = NULL;
  g_autofree char *due_text = NULL;

  if (n == 0)
    return;
  if (days == 0)
    {
      add_finding (checks, "tupe.redundancy.below-threshold", MUTUAL_SEVERITY_INFO, citation, first, NULL, 0,
                   "%u proposed dismissal%s: fewer than %" G_GINT64_FORMAT ", so no collective consultation is "
                   "required (individual consultation still is)", n, n == 1 ? "" : "s",
                   rule_int ("collective-redundancy", rule_day, "small"));
      return;
    }
  if (first == MUTUAL_DAY_NONE)
    {
      add_finding (checks, "tupe.redundancy.no-date", MUTUAL_SEVERITY_WARNING, citation, MUTUAL_DAY_NONE, NULL, 0,
                   "%u dismissals are proposed but the plan gives no date for the first: consultation must begin "
                   "at least %u days before it", n, days);
      return;
    }
  /* a protective award of up to 90 days' pay for each: estimated at the
   * transferring staff's average pay */
  award = n_staff > 0 ? self->weekly_pay / n_staff * n * award_days / 7 : 0;
  award_text = format_pounds (award);
  due_text = day_text (first - days);
  if (began != MUTUAL_DAY_NONE && began <= first - days)
    add_finding (checks, "tupe.redundancy.consulted", MUTUAL_SEVERITY_INFO, citation, began, NULL, 0,
                 "collective redundancy consultation on %u dismissals began %u days before the first (at least "
                 "%u required)", n, first - began, days);
  else if (began != MUTUAL_DAY_NONE || on > first - days)
    add_finding (checks, "tupe.redundancy.late", MUTUAL_SEVERITY_BREACH, citation,
                 began != MUTUAL_DAY_NONE ? began : first - days, NULL, award,
                 "collective redundancy consultation on %u dismissals had to begin by %s, %u days before the "
                 "first, and the Secretary of State be notified (HR1, s193); protective award up to "
                 "%" G_GINT64_FORMAT " days' pay each (s189): about %s at average pay", n, due_text, days,
                 award_days, award_text);
  else
    add_finding (checks, "tupe.redundancy.due", MUTUAL_SEVERITY_INFO, citation, first - days, NULL, 0,
                 "collective redundancy consultation on %u dismissals must begin by %s, %u days before the first, "
                 "with notice to the Secretary of State (HR1, s193)", n, due_text, days);
}

typedef enum {
  PENSION_FAIR_DEAL,
  PENSION_BEST_VALUE,
  PENSION_MINIMUM,
  N_PENSION_GROUPS
} PensionGroup;

static void
check_pensions (MutualTransferAnalysis *self,
                Checks                 *checks)
{
  GPtrArray *staff = mutual_item_list_get_array (self->transferring);
  MutualPensionProvision provision = mutual_transfer_plan_get_pension_provision (self->plan);
  GPtrArray *groups[N_PENSION_GROUPS] = { g_ptr_array_new (), g_ptr_array_new (), g_ptr_array_new () };
  g_autoptr(GEnumClass) provisions = g_type_class_ref (MUTUAL_TYPE_PENSION_PROVISION);
  const char *provision_name = g_enum_get_value (provisions, provision)->value_nick;
  JsonObject *fair_deal = rule ("fair-deal", self->transfer);
  gboolean new_fair_deal = json_object_get_boolean_member (fair_deal, "scheme-access");
  JsonObject *best_value = mutual_tupe_rule ("best-value-direction", self->transfer);

  for (guint i = 0; i < staff->len; i++)
    {
      MutualStaffMember *member = g_ptr_array_index (staff, i);
      MutualPensionScheme scheme = mutual_staff_member_get_pension_scheme (member);
      const char *id = mutual_staff_member_get_id (member);

      if (scheme == MUTUAL_PENSION_SCHEME_NONE)
        continue;
      if (scheme == MUTUAL_PENSION_SCHEME_LGPS && best_value != NULL)
        g_ptr_array_add (groups[PENSION_BEST_VALUE], (gpointer) id);
      else if (mutual_pension_scheme_is_public_service (scheme))
        g_ptr_array_add (groups[PENSION_FAIR_DEAL], (gpointer) id);
      else
        g_ptr_array_add (groups[PENSION_MINIMUM], (gpointer) id);
    }

  if (groups[PENSION_FAIR_DEAL]->len > 0)
    {
      MutualPensionProvision needed = new_fair_deal ? MUTUAL_PENSION_PROVISION_PUBLIC_SCHEME_ACCESS
                                                    : MUTUAL_PENSION_PROVISION_BROADLY_COMPARABLE;
      const char *citation = json_object_get_string_member (fair_deal, "citation");
      guint n = groups[PENSION_FAIR_DEAL]->len;

      if (provision >= needed)
        add_finding (checks, "tupe.pension.fair-deal", MUTUAL_SEVERITY_INFO, citation, self->transfer, NULL, 0,
                     "%u member%s of public service pension schemes keep%s the protection Fair Deal asks for (%s)",
                     n, n == 1 ? "" : "s", n == 1 ? "s" : "", provision_name);
      else
        add_finding (checks, "tupe.pension.fair-deal", MUTUAL_SEVERITY_WARNING, citation, self->transfer,
                     groups[PENSION_FAIR_DEAL], 0,
                     "%u member%s of public service pension schemes transfer%s with “%s”; %s asks for %s",
                     n, n == 1 ? "" : "s", n == 1 ? "s" : "", provision_name,
                     new_fair_deal ? "New Fair Deal" : "Fair Deal",
                     new_fair_deal ? "continued access to the public service scheme" : "a broadly comparable scheme");
    }
  if (groups[PENSION_BEST_VALUE]->len > 0)
    {
      const char *citation = json_object_get_string_member (best_value, "citation");
      guint n = groups[PENSION_BEST_VALUE]->len;

      if (provision >= MUTUAL_PENSION_PROVISION_BROADLY_COMPARABLE)
        add_finding (checks, "tupe.pension.best-value", MUTUAL_SEVERITY_INFO, citation, self->transfer, NULL, 0,
                     "%u LGPS member%s keep%s LGPS admission or a broadly comparable scheme (%s)",
                     n, n == 1 ? "" : "s", n == 1 ? "s" : "", provision_name);
      else
        add_finding (checks, "tupe.pension.best-value", MUTUAL_SEVERITY_BREACH, citation, self->transfer,
                     groups[PENSION_BEST_VALUE], 0,
                     "%u LGPS member%s transfer%s with “%s”: the council must secure LGPS admission or a broadly "
                     "comparable scheme", n, n == 1 ? "" : "s", n == 1 ? "s" : "", provision_name);
    }
  {
    JsonObject *minimum = rule ("pensions-act-minimum", self->transfer);
    guint n = groups[PENSION_FAIR_DEAL]->len + groups[PENSION_BEST_VALUE]->len + groups[PENSION_MINIMUM]->len;
    g_autoptr(GPtrArray) all = NULL;

    if (n > 0 && provision < MUTUAL_PENSION_PROVISION_STATUTORY_MINIMUM)
      {
        all = g_ptr_array_new ();
        for (guint g = 0; g < N_PENSION_GROUPS; g++)
          g_ptr_array_extend (all, groups[g], NULL, NULL);
        add_finding (checks, "tupe.pension.minimum", MUTUAL_SEVERITY_BREACH,
                     json_object_get_string_member (minimum, "citation"), self->transfer, all, 0,
                     "%u transferring employee%s had an occupational pension: the transferee must provide at least "
                     "a defined benefit scheme meeting the standard or contributions matching theirs up to "
                     "%" G_GINT64_FORMAT "%% of basic pay", n, n == 1 ? "" : "s",
                     json_object_get_int_member (minimum, "match-percent"));
      }
  }
  for (guint g = 0; g < N_PENSION_GROUPS; g++)
    g_ptr_array_unref (groups[g]);
}

static void
check_collective_agreements (MutualTransferAnalysis *self,
                             Checks                 *checks)
{
  GPtrArray *staff = mutual_item_list_get_array (self->transferring);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *list = NULL;
  const char *last = NULL;

  for (guint i = 0; i < staff->len; i++)
    {
      const char *agreement = mutual_staff_member_get_collective_agreement (g_ptr_array_index (staff, i));

      /* most of a staff list shares one or two agreements */
      if (agreement == NULL || (last != NULL && strcmp (agreement, last) == 0))
        continue;
      last = agreement;
      if (g_hash_table_add (seen, (gpointer) agreement))
        g_ptr_array_add (names, (gpointer) agreement);
    }
  if (names->len == 0)
    return;
  g_ptr_array_add (names, NULL);
  list = g_strjoinv ("; ", (char **) names->pdata);
  add_finding (checks, "tupe.collective-agreements", MUTUAL_SEVERITY_INFO, "TUPE 2006 reg 5", self->transfer, NULL, 0,
               "collective agreements that transfer with the staff: %s", list);
}

/**
 * mutual_transfer_analysis_check:
 * @self: an analysis
 * @on: (nullable): the ISO 8601 date to judge what is late on; %NULL means
 *   the transfer date
 * @error: return location for a #GError
 *
 * Runs every check of the plan and returns the findings, in this order:
 *
 * - scope: who transfers (`tupe.scope.transferring`), who does not and why
 *   (`tupe.scope.not-assigned`, `tupe.scope.temporary`,
 *   `tupe.scope.objected`, reg 4(7));
 * - employee liability information at least 28 days before the transfer,
 *   14 for transfers before 1 May 2014 (`tupe.eli.on-time`, `tupe.eli.late`
 *   with the £500-per-employee exposure, `tupe.eli.due`), and its
 *   contents (`tupe.eli.incomplete`, reg 11(2));
 * - informing the representatives (`tupe.inform.*`, reg 13(2)) and, when
 *   measures are envisaged, consulting them (`tupe.consult.*`, reg 13(6)),
 *   with the 13 weeks' pay exposure;
 * - direct consultation without representatives where reg 13A allows it:
 *   employers with fewer than 10 employees for transfers from 31 July
 *   2014; fewer than 50, or fewer than 10 transferring, from 1 July 2024
 *   (`tupe.consult.direct-allowed`, `tupe.consult.direct-not-allowed`).
 *   An employer's headcount is its staff in the model;
 * - envisaged changes of terms and dismissals (`tupe.terms.void`,
 *   `tupe.terms.eto`, `tupe.dismissal.unfair`, ...);
 * - collective redundancy consultation when 20 or more dismissals are
 *   proposed: 30 days before the first, 45 for 100 or more (90 before
 *   6 April 2013) (`tupe.redundancy.*`, TULRCA 1992 s188);
 * - pensions: New Fair Deal from 4 October 2013 (Fair Deal before),
 *   the Best Value direction for LGPS members, the Pensions Act 2004
 *   minimum (`tupe.pension.*`);
 * - collective agreements that transfer (`tupe.collective-agreements`).
 *
 * Returns: (transfer full): a list model of [class@Mutual.Finding], or
 *   %NULL with @error set for a bad date
 *
 * Since: 1.0
 */
GListModel *
mutual_transfer_analysis_check (MutualTransferAnalysis  *self,
                                const char              *on,
                                GError                 **error)
{
  Checks checks;
  MutualDay day;

  g_return_val_if_fail (MUTUAL_IS_TRANSFER_ANALYSIS (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!parse_on (self, on, &day, error))
    return NULL;
  checks.findings = mutual_item_list_new (MUTUAL_TYPE_FINDING);
  check_scope (self, &checks);
  check_eli (self, &checks, day);
  check_before_transfer (self, &checks, day, "information-given", "informed", "tupe.inform", "TUPE 2006 reg 13(2)");
  if (g_list_model_get_n_items (mutual_transfer_plan_get_measures (self->plan)) > 0)
    check_before_transfer (self, &checks, day, "consultation-held", "consulted on the envisaged measures",
                           "tupe.consult", "TUPE 2006 reg 13(6)");
  check_representatives (self, &checks);
  check_measures (self, &checks);
  check_collective_redundancy (self, &checks, day);
  check_pensions (self, &checks);
  check_collective_agreements (self, &checks);
  return G_LIST_MODEL (checks.findings);
}

/**
 * mutual_transfer_analysis_compute_liabilities:
 * @self: an analysis
 * @on: (nullable): the ISO 8601 date at which to work the liabilities out
 *   (the assumed termination date for redundancy pay); %NULL means the
 *   transfer date
 * @error: return location for a #GError
 *
 * Works out, for every transferring employee in one pass, statutory
 * redundancy pay, the largest protective award for failing to inform and
 * consult, the least award for missing employee liability information and
 * annual pay (see [class@Mutual.TransferLiabilities]). Fails with
 * %MUTUAL_ERROR_UNSUPPORTED when the cap tables have no figure for the
 * date, and %MUTUAL_ERROR_OVERFLOW when a total does not fit in 64 bits.
 *
 * Returns: (transfer full): the liabilities, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualTransferLiabilities *
mutual_transfer_analysis_compute_liabilities (MutualTransferAnalysis  *self,
                                              const char              *on,
                                              GError                 **error)
{
  g_autoptr(MutualTransferLiabilities) result = NULL;
  const MutualCapTable *table;
  const MutualCapRow *row;
  GPtrArray *staff;
  MutualDay day;
  gint64 weeks, eli;

  g_return_val_if_fail (MUTUAL_IS_TRANSFER_ANALYSIS (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!parse_on (self, on, &day, error))
    return NULL;
  table = mutual_tupe_get_cap_table (mutual_transfer_plan_get_jurisdiction (self->plan));
  if (!mutual_tupe_cap_at (table, day, &row, error))
    return NULL;
  weeks = rule_int ("inform-consult-award", self->transfer, "weeks");
  eli = rule_int ("eli-minimum-award", self->transfer, "pence");
  staff = mutual_item_list_get_array (self->transferring);
  result = mutual_transfer_liabilities_new_internal (day, staff->len, row->cap);
  for (guint i = 0; i < staff->len; i++)
    {
      MutualStaffMember *member = g_ptr_array_index (staff, i);
      gint64 pay = mutual_staff_member_get_weekly_pay (member);
      MutualServiceYears service;
      gint64 redundancy = 0, protective, annual;

      mutual_tupe_service_years (mutual_staff_member_get_born_day (member),
                                 mutual_staff_member_get_started_day (member), day, &service);
      if (service.years >= 2)
        redundancy = mutual_tupe_redundancy_pence (service.half_weeks, pay, row->cap);
      if (__builtin_mul_overflow (pay, weeks, &protective) || __builtin_mul_overflow (pay, 52, &annual))
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW,
                       "staff member “%s”: a weekly pay of %" G_GINT64_FORMAT " pence overflows a year's pay",
                       mutual_staff_member_get_id (member), pay);
          return NULL;
        }
      mutual_transfer_liabilities_set (result, i, mutual_staff_member_get_id (member), redundancy, protective, eli,
                                       annual);
    }
  if (!mutual_transfer_liabilities_finish (result))
    {
      g_set_error_literal (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW, "the liabilities add up to more than 64 bits hold");
      return NULL;
    }
  return g_steal_pointer (&result);
}
