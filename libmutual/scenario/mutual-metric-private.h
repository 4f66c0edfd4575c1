/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-model.h"

G_BEGIN_DECLS

/* A metric a sweep reports for each run: "holding:equiniti:mycsp-ordinary",
 * optionally named: "equiniti=holding:equiniti:mycsp-ordinary". Each kind
 * of metric is one row of the table in mutual-metric.c. */
typedef struct _MutualMetric MutualMetric;

/* What a metric reads: the run's final model, and what is worked out from
 * it once per run and shared by its metrics (the analysis). */
typedef struct
{
  MutualModel *model;
  GObject *analysis;
  /* a sweep's: an analysis of its base model (mutual_analysis_new_origin)
   * that the run's analysis is worked out from, or NULL */
  GObject *origin;
} MutualMetricContext;

MutualMetric *mutual_metric_parse          (const char           *spec,
                                            GError              **error);
void          mutual_metric_free           (MutualMetric         *metric);
const char   *mutual_metric_get_column     (MutualMetric         *metric);
/* Whether the metric reads the run's analysis. */
gboolean      mutual_metric_needs_analysis (MutualMetric         *metric);
/* NULL with @error set when the metric does not apply to the model (an
 * unknown company): the sweep reports it in the run's "error". */
GVariant     *mutual_metric_evaluate       (MutualMetric         *metric,
                                            MutualMetricContext  *context,
                                            GError              **error);
void          mutual_metric_context_clear  (MutualMetricContext  *context);
/* The kinds of metric, for messages and documentation: "holding:HOLDER:CLASS". */
char         *mutual_metric_list_kinds     (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MutualMetric, mutual_metric_free)

G_END_DECLS
