/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "mutual-analysis-private.h"
#include "mutual-event-private.h"
#include "mutual-metric-private.h"
#include "mutual-model-private.h"
#include "mutual-sweep.h"

/**
 * MutualSweep:
 *
 * Many what-ifs over one base model, run on every core, with one row of
 * chosen metrics per run: "what if Equiniti sold 1, 2, … 50 shares to the
 * trust?", "what if each of these 10,000 scenarios happened?".
 *
 * The runs are
 *
 * - a *template*: events added with [method@Mutual.Sweep.add_event], some
 *   of whose properties are bound ([method@Mutual.Sweep.bind]) to
 *   *parameters* such as `${count}` or `${year}-04-01`; one run for every
 *   combination of the parameters' values ([method@Mutual.Sweep.add_range],
 *   [method@Mutual.Sweep.add_values]);
 * - and any number of explicit runs ([method@Mutual.Sweep.add_run],
 *   [method@Mutual.Sweep.add_scenario]).
 *
 * Each run applies its events to a copy of the base (cheap: copies share
 * what they do not change) and evaluates the metrics
 * ([method@Mutual.Sweep.add_metric]) on the result. A run whose events do
 * not apply is not an error of the sweep: its row says why in `error`.
 *
 * [method@Mutual.Sweep.run] returns every row at once as a #GVariant of
 * type `aa{sv}`, so a Python caller pays for one call, not one per run:
 * `sweep.run(None).unpack()` is a list of dicts, ready for
 * `pandas.DataFrame`. Each row has `run` (its index), `label`, a member per
 * parameter, a member per metric and `error` (empty when the run worked).
 *
 * While it runs, the sweep emits [signal@Mutual.Sweep::progress] in the
 * thread that called run() (or, for run_async(), in the caller's main
 * context), and stops early, with %G_IO_ERROR_CANCELLED, when its
 * #GCancellable is cancelled. The base model must not change while a sweep
 * runs.
 *
 * Since: 1.0
 */

typedef struct
{
  guint event_index;
  char *property;
  char *value;
} Binding;

typedef struct
{
  char *name;
  GPtrArray *values;    /* char * */
  gboolean integer;
} Parameter;

typedef struct
{
  char *label;
  GPtrArray *events;
} Run;

struct _MutualSweep
{
  GObject parent_instance;

  MutualModel *base;
  GPtrArray *template;      /* MutualEvent */
  GPtrArray *bindings;      /* Binding */
  GPtrArray *parameters;    /* Parameter */
  GPtrArray *runs;          /* Run */
  GPtrArray *metrics;       /* MutualMetric */
  guint n_threads;
};

G_DEFINE_FINAL_TYPE (MutualSweep, mutual_sweep, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BASE,
  PROP_N_THREADS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_PROGRESS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* How often progress is reported, at most. */
#define PROGRESS_INTERVAL_US (50 * 1000)

static void
binding_free (gpointer data)
{
  Binding *binding = data;

  g_free (binding->property);
  g_free (binding->value);
  g_free (binding);
}

static void
parameter_free (gpointer data)
{
  Parameter *parameter = data;

  g_free (parameter->name);
  g_ptr_array_unref (parameter->values);
  g_free (parameter);
}

static void
run_free (gpointer data)
{
  Run *run = data;

  g_free (run->label);
  g_ptr_array_unref (run->events);
  g_free (run);
}

static void
mutual_sweep_finalize (GObject *object)
{
  MutualSweep *self = MUTUAL_SWEEP (object);

  g_clear_object (&self->base);
  g_ptr_array_unref (self->template);
  g_ptr_array_unref (self->bindings);
  g_ptr_array_unref (self->parameters);
  g_ptr_array_unref (self->runs);
  g_ptr_array_unref (self->metrics);

  G_OBJECT_CLASS (mutual_sweep_parent_class)->finalize (object);
}

static void
mutual_sweep_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MutualSweep *self = MUTUAL_SWEEP (object);

  switch (prop_id)
    {
    case PROP_BASE:
      g_value_set_object (value, self->base);
      break;
    case PROP_N_THREADS:
      g_value_set_uint (value, self->n_threads);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_sweep_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MutualSweep *self = MUTUAL_SWEEP (object);

  switch (prop_id)
    {
    case PROP_BASE:
      self->base = g_value_get_object (value) ? mutual_model_copy (g_value_get_object (value)) : mutual_model_new ();
      break;
    case PROP_N_THREADS:
      mutual_sweep_set_n_threads (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_sweep_class_init (MutualSweepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_sweep_finalize;
  object_class->get_property = mutual_sweep_get_property;
  object_class->set_property = mutual_sweep_set_property;

  /**
   * MutualSweep:base:
   *
   * The model every run starts from (a copy of the model given).
   *
   * Since: 1.0
   */
  properties[PROP_BASE] = g_param_spec_object ("base", NULL, NULL, MUTUAL_TYPE_MODEL, flags | G_PARAM_CONSTRUCT_ONLY);
  /**
   * MutualSweep:n-threads:
   *
   * How many threads run the sweep; 0 (the default) for one per core.
   *
   * Since: 1.0
   */
  properties[PROP_N_THREADS] = g_param_spec_uint ("n-threads", NULL, NULL, 0, 1024, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MutualSweep::progress:
   * @self: the sweep
   * @done: how many runs are finished
   * @total: how many runs there are
   *
   * Reports how far a running sweep has got, at most every 50 ms and once
   * at the end, in the thread that called [method@Mutual.Sweep.run] (or in
   * the main context of the caller of [method@Mutual.Sweep.run_async]).
   *
   * Since: 1.0
   */
  signals[SIGNAL_PROGRESS] =
    g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
mutual_sweep_init (MutualSweep *self)
{
  self->template = g_ptr_array_new_with_free_func (g_object_unref);
  self->bindings = g_ptr_array_new_with_free_func (binding_free);
  self->parameters = g_ptr_array_new_with_free_func (parameter_free);
  self->runs = g_ptr_array_new_with_free_func (run_free);
  self->metrics = g_ptr_array_new_with_free_func ((GDestroyNotify) mutual_metric_free);
}

/**
 * mutual_sweep_new:
 * @base: the model every run starts from
 *
 * Creates a sweep with no runs over (a copy of) @base.
 *
 * Returns: (transfer full): a new sweep
 *
 * Since: 1.0
 */
MutualSweep *
mutual_sweep_new (MutualModel *base)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (base), NULL);
  return g_object_new (MUTUAL_TYPE_SWEEP, "base", base, NULL);
}

/**
 * mutual_sweep_get_base:
 * @self: a sweep
 *
 * Gets [property@Mutual.Sweep:base].
 *
 * Returns: (transfer none): the base model
 *
 * Since: 1.0
 */
MutualModel *
mutual_sweep_get_base (MutualSweep *self)
{
  g_return_val_if_fail (MUTUAL_IS_SWEEP (self), NULL);
  return self->base;
}

/**
 * mutual_sweep_add_event:
 * @self: a sweep
 * @event: an event of the template
 *
 * Adds an event to the template that every parameter combination runs.
 * Its properties keep their values unless bound to parameters with
 * [method@Mutual.Sweep.bind].
 *
 * Since: 1.0
 */
void
mutual_sweep_add_event (MutualSweep *self,
                        MutualEvent *event)
{
  g_return_if_fail (MUTUAL_IS_SWEEP (self));
  g_return_if_fail (MUTUAL_IS_EVENT (event));

  g_ptr_array_add (self->template, g_object_ref (event));
}

/**
 * mutual_sweep_bind:
 * @self: a sweep
 * @event_index: the index of a template event, from 0
 * @property: the name of one of its properties, such as `count` or `date`
 * @value: the value for each run, with `${name}` standing for a
 *   parameter's value: `${count}`, `${year}-04-01`
 * @error: return location for a #GError
 *
 * Binds a property of a template event to parameters. The text, once the
 * parameters are put in, is read as the property's type: a whole number,
 * a date or id, `true` or `false`, a fraction (`3/4`, `75%`), an enum's
 * nickname, or a comma-separated list.
 *
 * Returns: %TRUE if bound, %FALSE with %MUTUAL_ERROR_INVALID for an event
 *   index or property that does not exist
 *
 * Since: 1.0
 */
gboolean
mutual_sweep_bind (MutualSweep  *self,
                   guint         event_index,
                   const char   *property,
                   const char   *value,
                   GError      **error)
{
  GParamSpec *pspec;
  Binding *binding;

  g_return_val_if_fail (MUTUAL_IS_SWEEP (self), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (event_index >= self->template->len)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                   "the template has %u events: there is no event %u", self->template->len, event_index);
      return FALSE;
    }
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (g_ptr_array_index (self->template, event_index)), property);
  if (pspec == NULL || !(pspec->flags & G_PARAM_WRITABLE))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "a %s event has no property “%s”",
                   mutual_event_get_kind (g_ptr_array_index (self->template, event_index)), property);
      return FALSE;
    }
  binding = g_new0 (Binding, 1);
  binding->event_index = event_index;
  binding->property = g_strdup (pspec->name);
  binding->value = g_strdup (value);
  g_ptr_array_add (self->bindings, binding);
  return TRUE;
}

static gboolean
check_new_parameter (MutualSweep  *self,
                     const char   *name,
                     GError      **error)
{
  if (*name == '\0' || strchr (name, '}') != NULL || strchr (name, '$') != NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "“%s” is not a parameter name", name);
      return FALSE;
    }
  for (guint i = 0; i < self->parameters->len; i++)
    if (g_str_equal (((Parameter *) g_ptr_array_index (self->parameters, i))->name, name))
      {
        g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_DUPLICATE_ID, "there is already a parameter “%s”", name);
        return FALSE;
      }
  return TRUE;
}

/**
 * mutual_sweep_add_range:
 * @self: a sweep
 * @name: the parameter's name
 * @first: its first value
 * @last: its last value (included when the steps reach it)
 * @step: the step, not 0; negative to count down
 * @error: return location for a #GError
 *
 * Adds a whole-number parameter taking the values @first, @first + @step,
 * … up to @last. Runs cover every combination of the parameters' values,
 * the last parameter added changing fastest.
 *
 * Returns: %TRUE if added
 *
 * Since: 1.0
 */
gboolean
mutual_sweep_add_range (MutualSweep  *self,
                        const char   *name,
                        gint64        first,
                        gint64        last,
                        gint64        step,
                        GError      **error)
{
  Parameter *parameter;
  guint64 count;

  g_return_val_if_fail (MUTUAL_IS_SWEEP (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_new_parameter (self, name, error))
    return FALSE;
  if (step == 0 || (step > 0 && last < first) || (step < 0 && last > first))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                   "parameter “%s”: a step of %" G_GINT64_FORMAT " never goes from %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT,
                   name, step, first, last);
      return FALSE;
    }
  count = (guint64) ((step > 0 ? (__int128) last - first : (__int128) first - last) / (step > 0 ? step : -(__int128) step)) + 1;
  if (count > 100000000)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT, "parameter “%s” would take %" G_GUINT64_FORMAT " values; the limit is 100,000,000",
                   name, count);
      return FALSE;
    }
  parameter = g_new0 (Parameter, 1);
  parameter->name = g_strdup (name);
  parameter->integer = TRUE;
  parameter->values = g_ptr_array_new_full (count, g_free);
  for (guint64 i = 0; i < count; i++)
    g_ptr_array_add (parameter->values, g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) (first + (__int128) i * step)));
  g_ptr_array_add (self->parameters, parameter);
  return TRUE;
}

/**
 * mutual_sweep_add_values:
 * @self: a sweep
 * @name: the parameter's name
 * @values: (array zero-terminated=1): its values, as text: dates, ids, numbers
 * @error: return location for a #GError
 *
 * Adds a parameter taking each of @values in turn.
 *
 * Returns: %TRUE if added
 *
 * Since: 1.0
 */
gboolean
mutual_sweep_add_values (MutualSweep         *self,
                         const char          *name,
                         const char * const  *values,
                         GError             **error)
{
  Parameter *parameter;

  g_return_val_if_fail (MUTUAL_IS_SWEEP (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (values != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_new_parameter (self, name, error))
    return FALSE;
  if (values[0] == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "parameter “%s” has no values", name);
      return FALSE;
    }
  parameter = g_new0 (Parameter, 1);
  parameter->name = g_strdup (name);
  parameter->values = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; values[i] != NULL; i++)
    g_ptr_array_add (parameter->values, g_strdup (values[i]));
  g_ptr_array_add (self->parameters, parameter);
  return TRUE;
}

/**
 * mutual_sweep_add_run:
 * @self: a sweep
 * @label: (nullable): a label for the run's row
 * @events: (array length=n_events): the run's events, in date order
 * @n_events: how many
 *
 * Adds one run of its own events (not the template's).
 *
 * Since: 1.0
 */
void
mutual_sweep_add_run (MutualSweep  *self,
                      const char   *label,
                      MutualEvent **events,
                      guint         n_events)
{
  Run *run;

  g_return_if_fail (MUTUAL_IS_SWEEP (self));
  g_return_if_fail (events != NULL || n_events == 0);

  run = g_new0 (Run, 1);
  run->label = g_strdup (label);
  run->events = g_ptr_array_new_full (n_events, g_object_unref);
  for (guint i = 0; i < n_events; i++)
    {
      g_return_if_fail (MUTUAL_IS_EVENT (events[i]));
      g_ptr_array_add (run->events, g_object_ref (events[i]));
    }
  g_ptr_array_add (self->runs, run);
}

/**
 * mutual_sweep_add_scenario:
 * @self: a sweep
 * @scenario: a scenario
 *
 * Adds one run of a scenario's events, applied to the sweep's base; the
 * row's label is the scenario's name.
 *
 * Since: 1.0
 */
void
mutual_sweep_add_scenario (MutualSweep    *self,
                           MutualScenario *scenario)
{
  GListModel *events;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (MUTUAL_IS_SWEEP (self));
  g_return_if_fail (MUTUAL_IS_SCENARIO (scenario));

  events = mutual_scenario_get_events (scenario);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    g_ptr_array_add (array, g_list_model_get_item (events, i));
  mutual_sweep_add_run (self, mutual_scenario_get_name (scenario), (MutualEvent **) array->pdata, array->len);
}

/**
 * mutual_sweep_add_metric:
 * @self: a sweep
 * @metric: a metric, optionally named: `holding:equiniti:mycsp-ordinary`
 *   or `equiniti=holding:equiniti:mycsp-ordinary`
 * @error: return location for a #GError
 *
 * Adds a metric, a column of every row. The metrics are
 *
 * - `holding:HOLDER:CLASS`: the shares of a class a party holds (int64)
 * - `class-total:CLASS`: the shares of a class in issue (int64)
 * - `holders:CLASS`: how many parties hold a class (int64)
 * - `votes:PARTY:COMPANY`, `shares:PARTY:COMPANY`: a party's direct share
 *   of a company's votes or nominal capital (double)
 * - `date`: the date of the run's last event (string)
 *
 * and, from the analysis of the run's final model (made once per run):
 *
 * - `employee-interest:COMPANY[:DIMENSION]`: the employees' interest (double)
 * - `look-through:PARTY:COMPANY[:DIMENSION]`: a party's look-through interest (double)
 * - `control:COMPANY[:RESOLUTION]`: who can alone pass (or block) a
 *   resolution, ids joined by commas (string; `ordinary` by default)
 * - `controls:PARTY:COMPANY[:RESOLUTION]`: whether a party can (boolean)
 * - `board:COMPANY`: who can appoint a majority of the board (string)
 * - `psc-count:COMPANY`, `psc-findings:COMPANY`: the PSC register's
 *   entries and findings (int64)
 * - `pscs:COMPANY`: the registrable parties (string)
 * - `psc:PARTY:COMPANY`: a party's natures of control, or empty (string)
 * - `psm:COMPANY[:TEST]`: whether the company passes a public service
 *   mutual test (boolean; `procurement-act-2023-s33` by default)
 * - `eot:COMPANY:TRUST`: whether the trust meets the employee ownership
 *   trust conditions (boolean)
 * - `power:PARTY:COMPANY[:RESOLUTION]`: the party's (normalised) Banzhaf
 *   power among the company's direct voters (double)
 *
 * A DIMENSION is `shares`, `votes`, `profits` or `capital`; a RESOLUTION
 * `ordinary`, `special` or `block-special`. The row's member is the
 * metric's name, or the text itself when it has none.
 *
 * Returns: %TRUE if added, %FALSE with %MUTUAL_ERROR_INVALID for a metric
 *   that does not exist or is written wrongly
 *
 * Since: 1.0
 */
gboolean
mutual_sweep_add_metric (MutualSweep  *self,
                         const char   *metric,
                         GError      **error)
{
  MutualMetric *parsed;

  g_return_val_if_fail (MUTUAL_IS_SWEEP (self), FALSE);
  g_return_val_if_fail (metric != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  parsed = mutual_metric_parse (metric, error);
  if (parsed == NULL)
    return FALSE;
  g_ptr_array_add (self->metrics, parsed);
  return TRUE;
}

static guint64
n_template_runs (MutualSweep *self)
{
  guint64 n = 1;

  if (self->template->len == 0 && self->parameters->len == 0)
    return 0;
  for (guint i = 0; i < self->parameters->len; i++)
    n *= ((Parameter *) g_ptr_array_index (self->parameters, i))->values->len;
  return n;
}

/**
 * mutual_sweep_get_n_runs:
 * @self: a sweep
 *
 * How many runs (and so rows) the sweep has: one per combination of the
 * parameters (one if there are none) when there is a template, plus the
 * runs added with [method@Mutual.Sweep.add_run].
 *
 * Returns: the number of runs
 *
 * Since: 1.0
 */
guint
mutual_sweep_get_n_runs (MutualSweep *self)
{
  g_return_val_if_fail (MUTUAL_IS_SWEEP (self), 0);
  return (guint) MIN (n_template_runs (self) + self->runs->len, G_MAXUINT);
}

/**
 * mutual_sweep_get_n_threads:
 * @self: a sweep
 *
 * Gets [property@Mutual.Sweep:n-threads].
 *
 * Returns: the number of threads, 0 for one per core
 *
 * Since: 1.0
 */
guint
mutual_sweep_get_n_threads (MutualSweep *self)
{
  g_return_val_if_fail (MUTUAL_IS_SWEEP (self), 0);
  return self->n_threads;
}

/**
 * mutual_sweep_set_n_threads:
 * @self: a sweep
 * @n_threads: how many threads, 0 for one per core
 *
 * Sets [property@Mutual.Sweep:n-threads].
 *
 * Since: 1.0
 */
void
mutual_sweep_set_n_threads (MutualSweep *self,
                            guint        n_threads)
{
  g_return_if_fail (MUTUAL_IS_SWEEP (self));

  if (self->n_threads == n_threads)
    return;
  self->n_threads = n_threads;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_THREADS]);
}

/* --- running --- */

/* Puts the parameters' values for this run into a binding's text. */
static char *
substitute (MutualSweep  *self,
            const char   *text,
            const char  **values,
            GError      **error)
{
  GString *out = g_string_new (NULL);
  const char *p = text;

  while (*p)
    {
      const char *end;
      gboolean found = FALSE;

      if (p[0] != '$' || p[1] != '{' || (end = strchr (p + 2, '}')) == NULL)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      for (guint i = 0; i < self->parameters->len; i++)
        {
          const char *name = ((Parameter *) g_ptr_array_index (self->parameters, i))->name;

          if (strlen (name) == (gsize) (end - p - 2) && strncmp (name, p + 2, end - p - 2) == 0)
            {
              g_string_append (out, values[i]);
              found = TRUE;
              break;
            }
        }
      if (!found)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID, "“%.*s” names no parameter",
                       (int) (end - p + 1), p);
          g_string_free (out, TRUE);
          return NULL;
        }
      p = end + 1;
    }
  return g_string_free (out, FALSE);
}

/* Reads a bound property's text as the property's type. */
static gboolean
text_to_value (GParamSpec  *pspec,
               const char  *text,
               GValue      *value,
               GError     **error)
{
  GType type = pspec->value_type;
  gint64 n;

  g_value_init (value, type);
  if (type == G_TYPE_STRING)
    g_value_set_string (value, text);
  else if (type == G_TYPE_INT64 || type == G_TYPE_UINT || type == G_TYPE_INT)
    {
      if (!g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &n, NULL) ||
          (type == G_TYPE_UINT && (n < 0 || n > G_MAXUINT)) ||
          (type == G_TYPE_INT && (n < G_MININT || n > G_MAXINT)))
        goto bad;
      if (type == G_TYPE_INT64)
        g_value_set_int64 (value, n);
      else if (type == G_TYPE_UINT)
        g_value_set_uint (value, (guint) n);
      else
        g_value_set_int (value, (int) n);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      if (g_str_equal (text, "true"))
        g_value_set_boolean (value, TRUE);
      else if (g_str_equal (text, "false"))
        g_value_set_boolean (value, FALSE);
      else
        goto bad;
    }
  else if (type == G_TYPE_STRV)
    g_value_take_boxed (value, g_strsplit (text, ",", -1));
  else if (type == MUTUAL_TYPE_FRACTION)
    {
      MutualFraction *f = mutual_fraction_new_parse (text, NULL);

      if (f == NULL)
        goto bad;
      g_value_take_boxed (value, f);
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      GEnumValue *e = g_enum_get_value_by_nick (G_PARAM_SPEC_ENUM (pspec)->enum_class, text);

      if (e == NULL)
        goto bad;
      g_value_set_enum (value, e->value);
    }
  else
    goto bad;
  if (g_param_value_validate (pspec, value))
    goto bad;
  return TRUE;

bad:
  g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "%s: “%s” is not a valid %s",
               pspec->name, text, g_type_name (type));
  g_value_unset (value);
  return FALSE;
}

/* JSON text of a row's value: what json-glib writes for it
 * (json_gvariant_serialize()), without a tree of nodes per value. Doubles
 * with 17 significant digits and a decimal point, so that they read back
 * as the same double and as floating point. */
static void
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, c);
        }
      else if (c < 0x20)
        switch (c)
          {
          case '\n': g_string_append (out, "\\n"); break;
          case '\t': g_string_append (out, "\\t"); break;
          case '\r': g_string_append (out, "\\r"); break;
          default: g_string_append_printf (out, "\\u%04x", c);
          }
      else
        g_string_append_c (out, c);
    }
  g_string_append_c (out, '"');
}

static void
append_json_value (GString  *out,
                   GVariant *value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  switch (g_variant_classify (value))
    {
    case G_VARIANT_CLASS_STRING:
      append_json_string (out, g_variant_get_string (value, NULL));
      break;
    case G_VARIANT_CLASS_INT64:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, g_variant_get_int64 (value));
      break;
    case G_VARIANT_CLASS_INT32:
      g_string_append_printf (out, "%" G_GINT32_FORMAT, g_variant_get_int32 (value));
      break;
    case G_VARIANT_CLASS_UINT32:
      g_string_append_printf (out, "%" G_GUINT32_FORMAT, g_variant_get_uint32 (value));
      break;
    case G_VARIANT_CLASS_BOOLEAN:
      g_string_append (out, g_variant_get_boolean (value) ? "true" : "false");
      break;
    case G_VARIANT_CLASS_DOUBLE:
      {
        double d = g_variant_get_double (value);

        if (isnan (d))
          g_string_append (out, "NaN");
        else if (isinf (d))
          g_string_append (out, d > 0 ? "Infinity" : "-Infinity");
        else
          {
            g_ascii_formatd (buffer, sizeof buffer, "%.17g", d);
            g_string_append (out, buffer);
            if (strpbrk (buffer, ".eE") == NULL)
              g_string_append (out, ".0");
          }
      }
      break;
    default:
      {
        g_autoptr(JsonNode) node = json_gvariant_serialize (value);
        g_autofree char *text = json_to_string (node, FALSE);

        g_string_append (out, text);
      }
    }
}

/* A template event's properties, read once for the whole sweep: a run
 * makes its event with g_object_new_with_properties() from these with its
 * bound values in place, as mutual_event_copy_with() would, without
 * listing and reading the template's properties again every run. */
typedef struct
{
  GType type;
  guint n;
  const char **names;
  GValue *values;
} Prepared;

static void
prepared_clear (Prepared *prepared)
{
  for (guint i = 0; i < prepared->n; i++)
    g_value_unset (&prepared->values[i]);
  g_free (prepared->values);
  g_free (prepared->names);
}

static void
prepare (Prepared *prepared,
         GObject  *item)
{
  g_autofree GParamSpec **specs = NULL;
  guint n_specs;

  specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (item), &n_specs);
  prepared->type = G_OBJECT_TYPE (item);
  prepared->names = g_new0 (const char *, MAX (n_specs, 1));
  prepared->values = g_new0 (GValue, MAX (n_specs, 1));
  prepared->n = 0;
  for (guint i = 0; i < n_specs; i++)
    {
      if (!(specs[i]->flags & G_PARAM_WRITABLE) || !(specs[i]->flags & G_PARAM_READABLE))
        continue;
      prepared->names[prepared->n] = specs[i]->name;
      g_value_init (&prepared->values[prepared->n], specs[i]->value_type);
      g_object_get_property (item, specs[i]->name, &prepared->values[prepared->n]);
      prepared->n++;
    }
}

typedef struct
{
  MutualSweep *self;
  Prepared *prepared;       /* per template event */
  guint n_runs;
  guint n_template;
  GVariant **rows;      /* per run, for run() */
  GString **json_rows;  /* per run, for run_to_json(): its object's text */
  int next;
  int done;
  GCancellable *cancellable;
  /* progress: called in the thread that runs the job */
  void (*progress) (gpointer data, guint done, guint total);
  gpointer progress_data;
  gint64 last_progress;
  /* the base's analysis, which runs derive theirs from; NULL when no
   * metric reads one */
  MutualAnalysis *origin;
  /* the base the runs copy: the sweep's, or when an analysis is derived
   * and the sweep's base carries changes over its own base (a copy that
   * was changed), a copy of it with the changes folded in */
  MutualModel *base;
} Job;

/* A row being written: a GVariant a{sv} for run(), or JSON text for
 * run_to_json() (no GVariant row to build and convert). */
typedef struct
{
  GVariantBuilder builder;
  GString *json;
} Row;

/* Takes @value (floating). g_variant_builder_add would parse "{sv}" for
 * every member of every row. */
static inline void
add_member (Row        *row,
            const char *name,
            GVariant   *value)
{
  if (row->json == NULL)
    {
      g_variant_builder_add_value (&row->builder, g_variant_new_dict_entry (g_variant_new_string (name),
                                                                            g_variant_new_variant (value)));
      return;
    }
  g_variant_ref_sink (value);
  if (row->json->len > 1)
    g_string_append_c (row->json, ',');
  append_json_string (row->json, name);
  g_string_append_c (row->json, ':');
  append_json_value (row->json, value);
  g_variant_unref (value);
}

static void
run_one (Job   *job,
         guint  index)
{
  MutualSweep *self = job->self;
  Row row = { 0, };
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = NULL;
  MutualMetricContext context = { 0 };
  const char *label = "";

  if (job->json_rows != NULL)
    {
      row.json = g_string_sized_new (128);
      g_string_append_c (row.json, '{');
    }
  else
    g_variant_builder_init (&row.builder, G_VARIANT_TYPE ("a{sv}"));
  add_member (&row, "run", g_variant_new_int64 (index));

  if (index < job->n_template)
    {
      g_autofree const char **values = g_new0 (const char *, self->parameters->len + 1);
      guint64 rest = index;

      /* the last parameter changes fastest */
      for (guint p = self->parameters->len; p-- > 0;)
        {
          Parameter *parameter = g_ptr_array_index (self->parameters, p);

          values[p] = g_ptr_array_index (parameter->values, rest % parameter->values->len);
          rest /= parameter->values->len;
        }
      for (guint i = 0; i < self->template->len; i++)
        {
          MutualEvent *template = g_ptr_array_index (self->template, i);
          Prepared *prepared = &job->prepared[i];
          g_autofree GValue *run_values = NULL;
          g_autoptr(GArray) own = NULL;     /* the bound values */
          gboolean bound = FALSE;

          for (guint b = 0; b < self->bindings->len && error == NULL; b++)
            {
              Binding *binding = g_ptr_array_index (self->bindings, b);
              g_autofree char *text = NULL;
              GValue value = G_VALUE_INIT;

              if (binding->event_index != i)
                continue;
              if (run_values == NULL)
                {
                  /* shallow copies of the template's values, only read */
                  run_values = g_memdup2 (prepared->values, sizeof (GValue) * MAX (prepared->n, 1));
                  own = g_array_new (FALSE, TRUE, sizeof (GValue));
                  g_array_set_clear_func (own, (GDestroyNotify) g_value_unset);
                }
              text = substitute (self, binding->value, values, &error);
              if (text == NULL ||
                  !text_to_value (g_object_class_find_property (G_OBJECT_GET_CLASS (template), binding->property),
                                  text, &value, &error))
                {
                  /* the message names the event as bound so far */
                  g_autoptr(MutualEvent) partial =
                    bound ? (MutualEvent *) g_object_new_with_properties (prepared->type, prepared->n, prepared->names, run_values)
                          : g_object_ref (template);

                  mutual_event_prefix_error (&error, i, partial);
                  break;
                }
              g_array_append_val (own, value);   /* owns it now */
              for (guint k = 0; k < prepared->n; k++)
                if (g_str_equal (prepared->names[k], binding->property))
                  {
                    run_values[k] = value;
                    bound = TRUE;
                    break;
                  }
            }
          if (error != NULL)
            break;
          if (bound)
            g_ptr_array_add (events, g_object_new_with_properties (prepared->type, prepared->n, prepared->names, run_values));
          else
            g_ptr_array_add (events, g_object_ref (template));
        }
      add_member (&row, "label", g_variant_new_string (label));
      for (guint p = 0; p < self->parameters->len; p++)
        {
          Parameter *parameter = g_ptr_array_index (self->parameters, p);
          gint64 n = 0;

          if (parameter->integer && g_ascii_string_to_signed (values[p], 10, G_MININT64, G_MAXINT64, &n, NULL))
            add_member (&row, parameter->name, g_variant_new_int64 (n));
          else
            add_member (&row, parameter->name, g_variant_new_string (values[p]));
        }
    }
  else
    {
      Run *run = g_ptr_array_index (self->runs, index - job->n_template);

      for (guint i = 0; i < run->events->len; i++)
        g_ptr_array_add (events, g_object_ref (g_ptr_array_index (run->events, i)));
      label = run->label ? run->label : "";
      add_member (&row, "label", g_variant_new_string (label));
      for (guint p = 0; p < self->parameters->len; p++)
        add_member (&row, ((Parameter *) g_ptr_array_index (self->parameters, p))->name,
                               g_variant_new_string (""));
    }

  if (error == NULL)
    {
      MutualDay last = 0;

      model = mutual_model_copy (job->base);
      for (guint i = 0; i < events->len; i++)
        {
          MutualEvent *event = g_ptr_array_index (events, i);
          MutualDay day = 0;

          if (mutual_day_parse (mutual_event_get_date (event), &day, NULL) && day < last)
            g_set_error (&error, MUTUAL_ERROR, MUTUAL_ERROR_ORDER, "dated before the event before it");
          else
            mutual_event_apply_unsafe (event, model, &error);
          if (error != NULL)
            {
              mutual_event_prefix_error (&error, i, event);
              break;
            }
          last = day;
        }
    }

  if (error == NULL)
    {
      context.model = model;
      context.origin = (GObject *) job->origin;
      for (guint m = 0; m < self->metrics->len && error == NULL; m++)
        {
          MutualMetric *metric = g_ptr_array_index (self->metrics, m);
          GVariant *value = mutual_metric_evaluate (metric, &context, &error);

          if (value != NULL)
            add_member (&row, mutual_metric_get_column (metric), value);
          else
            g_prefix_error (&error, "metric “%s”: ", mutual_metric_get_column (metric));
        }
      mutual_metric_context_clear (&context);
    }
  add_member (&row, "error", g_variant_new_string (error ? error->message : ""));
  if (row.json != NULL)
    {
      g_string_append_c (row.json, '}');
      job->json_rows[index] = row.json;
    }
  else
    job->rows[index] = g_variant_ref_sink (g_variant_builder_end (&row.builder));
}

static void
maybe_progress (Job      *job,
                gboolean  force)
{
  gint64 now;

  if (job->progress == NULL)
    return;
  now = g_get_monotonic_time ();
  if (!force && now - job->last_progress < PROGRESS_INTERVAL_US)
    return;
  job->last_progress = now;
  job->progress (job->progress_data, (guint) g_atomic_int_get (&job->done), job->n_runs);
}

/* Takes runs until there are none left; the thread that owns the job
 * also reports progress. */
static void
work (Job      *job,
      gboolean  reports)
{
  for (;;)
    {
      guint index = (guint) g_atomic_int_add (&job->next, 1);

      if (index >= job->n_runs || g_cancellable_is_cancelled (job->cancellable))
        break;
      run_one (job, index);
      g_atomic_int_inc (&job->done);
      if (reports)
        maybe_progress (job, FALSE);
    }
}

static gpointer
worker_thread (gpointer data)
{
  work (data, FALSE);
  return NULL;
}

/* The rows: a GVariant aa{sv}, or with @json a string (JSON text). */
static gpointer
execute (MutualSweep   *self,
         GCancellable  *cancellable,
         void         (*progress) (gpointer, guint, guint),
         gpointer       progress_data,
         gboolean       json,
         GError       **error)
{
  Job job = { 0 };
  guint64 n_template = n_template_runs (self);
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  GVariantBuilder rows;
  guint n_threads;

  if (n_template + self->runs->len > G_MAXINT)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT, "the sweep has more runs than %d", G_MAXINT);
      return NULL;
    }
  /* a binding naming no parameter is the caller's mistake: say so once,
   * not in every row */
  for (guint b = 0; b < self->bindings->len; b++)
    {
      Binding *binding = g_ptr_array_index (self->bindings, b);
      g_autofree const char **values = g_new0 (const char *, self->parameters->len + 1);
      g_autofree char *text = NULL;

      for (guint p = 0; p < self->parameters->len; p++)
        values[p] = "";
      text = substitute (self, binding->value, values, error);
      if (text == NULL)
        {
          g_prefix_error (error, "the binding of %s of template event %u: ", binding->property, binding->event_index);
          return NULL;
        }
    }

  job.self = self;
  job.prepared = g_new0 (Prepared, MAX (self->template->len, 1));
  for (guint i = 0; i < self->template->len; i++)
    prepare (&job.prepared[i], g_ptr_array_index (self->template, i));
  job.n_template = (guint) n_template;
  job.n_runs = (guint) n_template + self->runs->len;
  if (json)
    job.json_rows = g_new0 (GString *, MAX (job.n_runs, 1));
  else
    job.rows = g_new0 (GVariant *, MAX (job.n_runs, 1));
  job.cancellable = cancellable;
  job.progress = progress;
  job.progress_data = progress_data;

  job.base = g_object_ref (self->base);
  for (guint m = 0; m < self->metrics->len && job.origin == NULL; m++)
    if (mutual_metric_needs_analysis (g_ptr_array_index (self->metrics, m)))
      {
        gboolean changed = FALSE;

        for (guint c = 0; c < MUTUAL_N_COLLECTIONS && !changed; c++)
          changed = mutual_model_get_n_changes (self->base, c) > 0;
        if (changed)
          {
            g_object_unref (job.base);
            job.base = mutual_model_copy_folded (self->base, TRUE);
          }
        job.origin = mutual_analysis_new_origin (job.base);
      }

  n_threads = self->n_threads ? self->n_threads : g_get_num_processors ();
  n_threads = MIN (n_threads, MAX (job.n_runs, 1));
  for (guint i = 1; i < n_threads; i++)
    g_ptr_array_add (threads, g_thread_new ("mutual-sweep", worker_thread, &job));
  work (&job, TRUE);
  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));
  maybe_progress (&job, TRUE);
  g_clear_object (&job.origin);
  g_clear_object (&job.base);
  for (guint i = 0; i < self->template->len; i++)
    prepared_clear (&job.prepared[i]);
  g_free (job.prepared);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      for (guint i = 0; i < job.n_runs; i++)
        if (json)
          {
            if (job.json_rows[i] != NULL)
              g_string_free (job.json_rows[i], TRUE);
          }
        else
          g_clear_pointer (&job.rows[i], g_variant_unref);
      g_free (job.rows);
      g_free (job.json_rows);
      return NULL;
    }
  if (json)
    {
      gsize size = 2;
      GString *out;

      for (guint i = 0; i < job.n_runs; i++)
        size += job.json_rows[i]->len + 1;
      out = g_string_sized_new (size);
      g_string_append_c (out, '[');
      for (guint i = 0; i < job.n_runs; i++)
        {
          if (i > 0)
            g_string_append_c (out, ',');
          g_string_append_len (out, job.json_rows[i]->str, job.json_rows[i]->len);
          g_string_free (job.json_rows[i], TRUE);
        }
      g_string_append_c (out, ']');
      g_free (job.json_rows);
      return g_string_free (out, FALSE);
    }
  g_variant_builder_init (&rows, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; i < job.n_runs; i++)
    {
      g_variant_builder_add_value (&rows, job.rows[i]);
      g_variant_unref (job.rows[i]);
    }
  g_free (job.rows);
  return g_variant_ref_sink (g_variant_builder_end (&rows));
}

static void
emit_progress (gpointer data,
               guint    done,
               guint    total)
{
  g_signal_emit (data, signals[SIGNAL_PROGRESS], 0, done, total);
}

/**
 * mutual_sweep_run:
 * @self: a sweep
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Runs every run on [property@Mutual.Sweep:n-threads] threads (the calling
 * thread among them) and returns one row per run, in run order. Emits
 * [signal@Mutual.Sweep::progress] in the calling thread.
 *
 * Returns: (transfer full): the rows, a #GVariant of type `aa{sv}`, or
 *   %NULL with %G_IO_ERROR_CANCELLED when cancelled
 *
 * Since: 1.0
 */
GVariant *
mutual_sweep_run (MutualSweep   *self,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_return_val_if_fail (MUTUAL_IS_SWEEP (self), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return execute (self, cancellable, emit_progress, self, FALSE, error);
}

/**
 * mutual_sweep_run_to_json:
 * @self: a sweep
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Runs the sweep as [method@Mutual.Sweep.run] does and returns its rows as
 * JSON text: an array of objects, one per run, with the members of the
 * rows of run(). Reading this with a JSON parser (Python's `json.loads()`)
 * gives the rows as `GLib.Variant.unpack()` does, the same values and
 * types, about ten times faster for a big sweep. Doubles are written with
 * 17 significant digits and a decimal point (so they read back exactly,
 * as floating point); NaN and infinities as `NaN`, `Infinity` and
 * `-Infinity`, which Python's and JavaScript's JSON readers accept.
 *
 * Returns: (transfer full): the rows as JSON, or %NULL with
 *   %G_IO_ERROR_CANCELLED when cancelled
 *
 * Since: 1.0
 */
char *
mutual_sweep_run_to_json (MutualSweep   *self,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_return_val_if_fail (MUTUAL_IS_SWEEP (self), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return execute (self, cancellable, emit_progress, self, TRUE, error);
}

typedef struct
{
  MutualSweep *self;
  guint done;
  guint total;
} ProgressIdle;

static gboolean
progress_idle (gpointer data)
{
  ProgressIdle *p = data;

  g_signal_emit (p->self, signals[SIGNAL_PROGRESS], 0, p->done, p->total);
  return G_SOURCE_REMOVE;
}

static void
progress_idle_free (gpointer data)
{
  ProgressIdle *p = data;

  g_object_unref (p->self);
  g_free (p);
}

static void
post_progress (gpointer data,
               guint    done,
               guint    total)
{
  GTask *task = data;
  ProgressIdle *p = g_new0 (ProgressIdle, 1);

  p->self = g_object_ref (g_task_get_source_object (task));
  p->done = done;
  p->total = total;
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT, progress_idle, p, progress_idle_free);
}

static void
run_in_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  GVariant *rows = execute (source, cancellable, post_progress, task, FALSE, &error);

  if (rows == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, rows, (GDestroyNotify) g_variant_unref);
}

/**
 * mutual_sweep_run_async:
 * @self: a sweep
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the sweep is done
 * @user_data: data for @callback
 *
 * Runs the sweep in other threads, as [method@Mutual.Sweep.run] does,
 * without blocking the calling thread; [signal@Mutual.Sweep::progress] is
 * emitted in the caller's thread-default main context. Do not change the
 * sweep until @callback is called.
 *
 * Since: 1.0
 */
void
mutual_sweep_run_async (MutualSweep         *self,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (MUTUAL_IS_SWEEP (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, mutual_sweep_run_async);
  g_task_run_in_thread (task, run_in_thread);
}

/**
 * mutual_sweep_run_finish:
 * @self: a sweep
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Finishes [method@Mutual.Sweep.run_async].
 *
 * Returns: (transfer full): the rows, a #GVariant of type `aa{sv}`, or
 *   %NULL with @error set
 *
 * Since: 1.0
 */
GVariant *
mutual_sweep_run_finish (MutualSweep   *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (MUTUAL_IS_SWEEP (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
