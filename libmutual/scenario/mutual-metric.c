/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "mutual-analysis.h"
#include "mutual-analysis-private.h"
#include "mutual-control.h"
#include "mutual-enum-types.h"
#include "mutual-error.h"
#include "mutual-interest.h"
#include "mutual-psc.h"
#include "mutual-qualification.h"
#include "mutual-voting-game.h"
#include "mutual-fraction-private.h"
#include "mutual-metric-private.h"
#include "mutual-model-private.h"

/* The metrics a sweep can report, by name. Each reads the run's final
 * model (and, for the analysis metrics, the analysis of it, built once per
 * run) and gives one value: an int64, a double or a string. */

typedef GVariant *(*MetricFunc) (MutualMetricContext  *context,
                                 char                **args,
                                 GError              **error);

typedef struct
{
  const char *name;
  const char *usage;    /* the arguments, for messages */
  guint n_args;         /* required */
  guint n_optional;
  MetricFunc func;
  gboolean analysis;    /* reads the analysis of the run's model */
} MetricInfo;

struct _MutualMetric
{
  const MetricInfo *info;
  char *column;
  char **args;
};

static GVariant *
metric_holding (MutualMetricContext  *context,
                char                **args,
                GError              **error)
{
  MutualHolding *holding = mutual_model_lookup_holding (context->model, args[0], args[1]);

  if (holding == NULL && mutual_model_lookup_share_class (context->model, args[1]) == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID, "there is no share class “%s”", args[1]);
      return NULL;
    }
  return g_variant_new_int64 (holding ? mutual_holding_get_count (holding) : 0);
}

static GVariant *
metric_class_total (MutualMetricContext  *context,
                    char                **args,
                    GError              **error)
{
  GPtrArray *holdings;
  gint64 total = 0;

  if (mutual_model_lookup_share_class (context->model, args[0]) == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID, "there is no share class “%s”", args[0]);
      return NULL;
    }
  holdings = mutual_model_get_array (context->model, MUTUAL_COLLECTION_HOLDINGS);
  for (guint i = 0; i < holdings->len; i++)
    {
      MutualHolding *h = g_ptr_array_index (holdings, i);

      if (g_str_equal (mutual_holding_get_share_class (h), args[0]) &&
          __builtin_add_overflow (total, mutual_holding_get_count (h), &total))
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW, "the shares of “%s” add up to more than 64 bits", args[0]);
          return NULL;
        }
    }
  return g_variant_new_int64 (total);
}

/* A party's direct share of a company's votes or nominal capital, exact,
 * reported as a double. */
static GVariant *
direct_share (MutualMetricContext  *context,
              char                **args,
              gboolean              votes,
              GError              **error)
{
  GPtrArray *holdings;
  __int128 mine = 0, total = 0;
  MutualFraction f;

  if (mutual_model_lookup_party (context->model, args[1]) == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID, "there is no party “%s”", args[1]);
      return NULL;
    }
  holdings = mutual_model_get_array (context->model, MUTUAL_COLLECTION_HOLDINGS);
  for (guint i = 0; i < holdings->len; i++)
    {
      MutualHolding *h = g_ptr_array_index (holdings, i);
      MutualShareClass *klass = mutual_model_lookup_share_class (context->model, mutual_holding_get_share_class (h));
      __int128 weight;

      if (klass == NULL || !g_str_equal (mutual_share_class_get_issuer (klass), args[1]))
        continue;
      weight = (__int128) mutual_holding_get_count (h) *
               (votes ? (gint64) mutual_share_class_get_votes_per_share (klass) : mutual_share_class_get_nominal_value (klass));
      total += weight;
      if (g_str_equal (mutual_holding_get_holder (h), args[0]))
        mine += weight;
    }
  if (total == 0)
    return g_variant_new_double (0);
  if (!mutual_fraction_reduce128 (mine, total, &f))
    return g_variant_new_double ((double) mine / (double) total);
  return g_variant_new_double (mutual_fraction_to_double (&f));
}

static GVariant *
metric_votes (MutualMetricContext  *context,
              char                **args,
              GError              **error)
{
  return direct_share (context, args, TRUE, error);
}

static GVariant *
metric_shares (MutualMetricContext  *context,
               char                **args,
               GError              **error)
{
  return direct_share (context, args, FALSE, error);
}

static GVariant *
metric_n_holders (MutualMetricContext  *context,
                  char                **args,
                  GError              **error)
{
  GPtrArray *holdings = mutual_model_get_array (context->model, MUTUAL_COLLECTION_HOLDINGS);
  gint64 n = 0;

  for (guint i = 0; i < holdings->len; i++)
    if (g_str_equal (mutual_holding_get_share_class (g_ptr_array_index (holdings, i)), args[0]))
      n++;
  return g_variant_new_int64 (n);
}

static GVariant *
metric_date (MutualMetricContext  *context,
             char                **args,
             GError              **error)
{
  const char *date = mutual_model_get_date (context->model);

  return g_variant_new_string (date ? date : "");
}

/* --- metrics from the analysis layer --- */

static MutualAnalysis *
analysis_of (MutualMetricContext *context)
{
  if (context->analysis == NULL && context->origin != NULL)
    context->analysis = G_OBJECT (mutual_analysis_new_derived (MUTUAL_ANALYSIS (context->origin), context->model));
  else if (context->analysis == NULL)
    context->analysis = G_OBJECT (mutual_analysis_new (context->model));
  return MUTUAL_ANALYSIS (context->analysis);
}

static gboolean
parse_enum (GType        type,
            const char  *text,
            const char  *fallback,
            int         *out,
            GError     **error)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *value = g_enum_get_value_by_nick (klass, text ? text : fallback);

  if (value == NULL)
    {
      g_autoptr(GString) known = g_string_new (NULL);

      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (known, "%s%s", i ? ", " : "", klass->values[i].value_nick);
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "“%s” is not one of %s", text, known->str);
      return FALSE;
    }
  *out = value->value;
  return TRUE;
}

static GVariant *
metric_employee_interest (MutualMetricContext  *context,
                          char                **args,
                          GError              **error)
{
  g_autoptr(MutualInterest) interest = NULL;
  int dimension;

  if (!parse_enum (MUTUAL_TYPE_DIMENSION, args[1], "shares", &dimension, error))
    return NULL;
  interest = mutual_analysis_employee_interest (analysis_of (context), args[0], dimension, error);
  return interest ? g_variant_new_double (mutual_interest_get_value (interest)) : NULL;
}

static GVariant *
metric_look_through (MutualMetricContext  *context,
                     char                **args,
                     GError              **error)
{
  g_autoptr(MutualInterest) interest = NULL;
  int dimension;

  if (!parse_enum (MUTUAL_TYPE_DIMENSION, args[2], "shares", &dimension, error))
    return NULL;
  interest = mutual_analysis_look_through_interest (analysis_of (context), args[0], args[1], dimension, error);
  return interest ? g_variant_new_double (mutual_interest_get_value (interest)) : NULL;
}

static GVariant *
metric_control (MutualMetricContext  *context,
                char                **args,
                GError              **error)
{
  g_autoptr(MutualControl) control = NULL;
  g_autofree char *joined = NULL;
  int resolution;

  if (!parse_enum (MUTUAL_TYPE_RESOLUTION, args[1], "ordinary", &resolution, error))
    return NULL;
  control = mutual_analysis_control (analysis_of (context), args[0], error);
  if (control == NULL)
    return NULL;
  joined = g_strjoinv (",", (char **) mutual_control_get_deciders (control, resolution));
  return g_variant_new_string (joined);
}

static GVariant *
metric_controls (MutualMetricContext  *context,
                 char                **args,
                 GError              **error)
{
  g_autoptr(MutualControl) control = NULL;
  int resolution;

  if (!parse_enum (MUTUAL_TYPE_RESOLUTION, args[2], "ordinary", &resolution, error))
    return NULL;
  control = mutual_analysis_control (analysis_of (context), args[1], error);
  if (control == NULL)
    return NULL;
  return g_variant_new_boolean (g_strv_contains (mutual_control_get_deciders (control, resolution), args[0]));
}

static GVariant *
metric_board (MutualMetricContext  *context,
              char                **args,
              GError              **error)
{
  g_autoptr(MutualControl) control = mutual_analysis_control (analysis_of (context), args[0], error);
  g_autofree char *joined = NULL;

  if (control == NULL)
    return NULL;
  joined = g_strjoinv (",", (char **) mutual_control_get_board_controllers (control));
  return g_variant_new_string (joined);
}

static GVariant *
metric_psc_count (MutualMetricContext  *context,
                  char                **args,
                  GError              **error)
{
  g_autoptr(GListModel) pscs = mutual_analysis_list_pscs (analysis_of (context), args[0], error);

  return pscs ? g_variant_new_int64 (g_list_model_get_n_items (pscs)) : NULL;
}

static GVariant *
metric_pscs (MutualMetricContext  *context,
             char                **args,
             GError              **error)
{
  g_autoptr(GListModel) pscs = mutual_analysis_list_pscs (analysis_of (context), args[0], error);
  g_autoptr(GString) text = g_string_new (NULL);

  if (pscs == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (pscs); i++)
    {
      g_autoptr(MutualPsc) psc = g_list_model_get_item (pscs, i);

      g_string_append_printf (text, "%s%s", i ? "," : "", mutual_psc_get_party (psc));
    }
  return g_variant_new_string (text->str);
}

static GVariant *
metric_psc (MutualMetricContext  *context,
            char                **args,
            GError              **error)
{
  g_autoptr(GListModel) pscs = mutual_analysis_list_pscs (analysis_of (context), args[1], error);

  if (pscs == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (pscs); i++)
    {
      g_autoptr(MutualPsc) psc = g_list_model_get_item (pscs, i);

      if (g_str_equal (mutual_psc_get_party (psc), args[0]))
        {
          g_autofree char *joined = g_strjoinv (",", (char **) mutual_psc_get_natures (psc));

          return g_variant_new_string (joined);
        }
    }
  return g_variant_new_string ("");
}

static GVariant *
metric_psc_findings (MutualMetricContext  *context,
                     char                **args,
                     GError              **error)
{
  g_autoptr(GListModel) findings = mutual_analysis_psc_findings (analysis_of (context), args[0], error);

  return findings ? g_variant_new_int64 (g_list_model_get_n_items (findings)) : NULL;
}

static GVariant *
metric_psm (MutualMetricContext  *context,
            char                **args,
            GError              **error)
{
  g_autoptr(MutualQualification) result = NULL;
  int test;

  if (!parse_enum (MUTUAL_TYPE_MUTUAL_TEST, args[1], "procurement-act-2023-s33", &test, error))
    return NULL;
  result = mutual_analysis_qualify_public_service_mutual (analysis_of (context), args[0], test, error);
  return result ? g_variant_new_boolean (mutual_qualification_get_qualifies (result)) : NULL;
}

static GVariant *
metric_eot (MutualMetricContext  *context,
            char                **args,
            GError              **error)
{
  g_autoptr(MutualQualification) result =
    mutual_analysis_qualify_employee_ownership_trust (analysis_of (context), args[0], args[1], error);

  return result ? g_variant_new_boolean (mutual_qualification_get_qualifies (result)) : NULL;
}

/* The Banzhaf power (normalised) of a party among a company's direct
 * voters, each voting its own shares' votes. */
static GVariant *
metric_power (MutualMetricContext  *context,
              char                **args,
              GError              **error)
{
  g_autoptr(MutualVotingGame) game = NULL;
  g_autoptr(GHashTable) weights = NULL;
  GPtrArray *holdings;
  GHashTableIter iter;
  gpointer key, value;
  MutualFraction quota;
  gboolean strict;
  MutualPower *power;
  int resolution;

  if (!parse_enum (MUTUAL_TYPE_RESOLUTION, args[2], "ordinary", &resolution, error))
    return NULL;
  if (mutual_model_lookup_party (context->model, args[1]) == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID, "there is no party “%s”", args[1]);
      return NULL;
    }
  weights = g_hash_table_new (g_str_hash, g_str_equal);
  holdings = mutual_model_get_array (context->model, MUTUAL_COLLECTION_HOLDINGS);
  for (guint i = 0; i < holdings->len; i++)
    {
      MutualHolding *h = g_ptr_array_index (holdings, i);
      MutualShareClass *klass = mutual_model_lookup_share_class (context->model, mutual_holding_get_share_class (h));
      guint64 votes;

      if (klass == NULL || !g_str_equal (mutual_share_class_get_issuer (klass), args[1]))
        continue;
      if (__builtin_mul_overflow ((guint64) mutual_holding_get_count (h), (guint64) mutual_share_class_get_votes_per_share (klass), &votes) ||
          __builtin_add_overflow (votes, GPOINTER_TO_SIZE (g_hash_table_lookup (weights, mutual_holding_get_holder (h))), &votes))
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW, "the votes in “%s” do not fit in 64 bits", args[1]);
          return NULL;
        }
      g_hash_table_insert (weights, (gpointer) mutual_holding_get_holder (h), GSIZE_TO_POINTER (votes));
    }
  game = mutual_voting_game_new ();
  g_hash_table_iter_init (&iter, weights);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_SIZE (value) > 0)
      mutual_voting_game_add_voter (game, key, GPOINTER_TO_SIZE (value));
  mutual_resolution_get_quota (resolution, &quota, &strict);
  mutual_voting_game_set_quota (game, &quota, strict);
  mutual_voting_game_set_indices (game, MUTUAL_POWER_INDEX_BANZHAF);
  if (!mutual_voting_game_compute (game, NULL, error))
    return NULL;
  power = mutual_voting_game_lookup_power (game, args[0]);
  return g_variant_new_double (power ? mutual_power_get_banzhaf (power) : 0);
}

static const MetricInfo metrics[] = {
  { "holding", "HOLDER:CLASS", 2, 0, metric_holding },
  { "class-total", "CLASS", 1, 0, metric_class_total },
  { "holders", "CLASS", 1, 0, metric_n_holders },
  { "votes", "PARTY:COMPANY", 2, 0, metric_votes },
  { "shares", "PARTY:COMPANY", 2, 0, metric_shares },
  { "date", "", 0, 0, metric_date },
  { "employee-interest", "COMPANY[:DIMENSION]", 1, 1, metric_employee_interest, TRUE },
  { "look-through", "PARTY:COMPANY[:DIMENSION]", 2, 1, metric_look_through, TRUE },
  { "control", "COMPANY[:RESOLUTION]", 1, 1, metric_control, TRUE },
  { "controls", "PARTY:COMPANY[:RESOLUTION]", 2, 1, metric_controls, TRUE },
  { "board", "COMPANY", 1, 0, metric_board, TRUE },
  { "psc-count", "COMPANY", 1, 0, metric_psc_count, TRUE },
  { "pscs", "COMPANY", 1, 0, metric_pscs, TRUE },
  { "psc", "PARTY:COMPANY", 2, 0, metric_psc, TRUE },
  { "psc-findings", "COMPANY", 1, 0, metric_psc_findings, TRUE },
  { "psm", "COMPANY[:TEST]", 1, 1, metric_psm, TRUE },
  { "eot", "COMPANY:TRUST", 2, 0, metric_eot, TRUE },
  { "power", "PARTY:COMPANY[:RESOLUTION]", 2, 1, metric_power },
};

char *
mutual_metric_list_kinds (void)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (metrics); i++)
    g_string_append_printf (text, "%s%s%s%s", i ? ", " : "", metrics[i].name,
                            metrics[i].n_args ? ":" : "", metrics[i].usage);
  return g_string_free (text, FALSE);
}

MutualMetric *
mutual_metric_parse (const char  *spec,
                     GError     **error)
{
  g_autoptr(MutualMetric) metric = g_new0 (MutualMetric, 1);
  const char *equals = strchr (spec, '=');
  const char *body = equals ? equals + 1 : spec;
  g_auto(GStrv) parts = g_strsplit (body, ":", -1);

  for (guint i = 0; i < G_N_ELEMENTS (metrics); i++)
    if (g_str_equal (parts[0], metrics[i].name))
      metric->info = &metrics[i];
  if (metric->info == NULL)
    {
      g_autofree char *known = mutual_metric_list_kinds ();

      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                   "metric “%s”: “%s” is not a metric; the metrics are %s", spec, parts[0], known);
      return NULL;
    }
  if (g_strv_length (parts) < metric->info->n_args + 1 ||
      g_strv_length (parts) > metric->info->n_args + metric->info->n_optional + 1)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "metric “%s”: write it %s%s%s", spec,
                   metric->info->name, metric->info->n_args ? ":" : "", metric->info->usage);
      return NULL;
    }
  for (guint i = 1; parts[i] != NULL; i++)
    if (*parts[i] == '\0')
      {
        g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "metric “%s”: an id is empty", spec);
        return NULL;
      }
  metric->column = equals ? g_strndup (spec, equals - spec) : g_strdup (spec);
  if (*metric->column == '\0')
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "metric “%s”: the name before = is empty", spec);
      return NULL;
    }
  /* optional arguments left out are NULL */
  metric->args = g_new0 (char *, metric->info->n_args + metric->info->n_optional + 1);
  for (guint i = 1; parts[i] != NULL; i++)
    metric->args[i - 1] = g_strdup (parts[i]);
  return g_steal_pointer (&metric);
}

void
mutual_metric_free (MutualMetric *metric)
{
  if (metric == NULL)
    return;
  g_free (metric->column);
  if (metric->args != NULL)
    for (guint i = 0; i < metric->info->n_args + metric->info->n_optional; i++)
      g_free (metric->args[i]);
  g_free (metric->args);
  g_free (metric);
}

gboolean
mutual_metric_needs_analysis (MutualMetric *metric)
{
  return metric->info->analysis;
}

const char *
mutual_metric_get_column (MutualMetric *metric)
{
  return metric->column;
}

GVariant *
mutual_metric_evaluate (MutualMetric         *metric,
                        MutualMetricContext  *context,
                        GError              **error)
{
  return metric->info->func (context, metric->args, error);
}

void
mutual_metric_context_clear (MutualMetricContext *context)
{
  g_clear_object (&context->analysis);
  context->model = NULL;
}
