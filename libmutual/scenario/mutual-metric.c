/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "mutual-error.h"
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
  guint n_args;
  MetricFunc func;
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

static const MetricInfo metrics[] = {
  { "holding", "HOLDER:CLASS", 2, metric_holding },
  { "class-total", "CLASS", 1, metric_class_total },
  { "holders", "CLASS", 1, metric_n_holders },
  { "votes", "PARTY:COMPANY", 2, metric_votes },
  { "shares", "PARTY:COMPANY", 2, metric_shares },
  { "date", "", 0, metric_date },
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
  if (g_strv_length (parts) != metric->info->n_args + 1)
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
  metric->args = g_strdupv (parts + 1);
  return g_steal_pointer (&metric);
}

void
mutual_metric_free (MutualMetric *metric)
{
  if (metric == NULL)
    return;
  g_free (metric->column);
  g_strfreev (metric->args);
  g_free (metric);
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
