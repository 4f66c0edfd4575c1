/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-event.h"
#include "mutual-model.h"
#include "mutual-scenario.h"

G_BEGIN_DECLS

#define MUTUAL_TYPE_SWEEP (mutual_sweep_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualSweep, mutual_sweep, MUTUAL, SWEEP, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualSweep *mutual_sweep_new            (MutualModel          *base);
MUTUAL_AVAILABLE_IN_ALL
MutualModel *mutual_sweep_get_base       (MutualSweep          *self);
MUTUAL_AVAILABLE_IN_ALL
void         mutual_sweep_add_event      (MutualSweep          *self,
                                          MutualEvent          *event);
MUTUAL_AVAILABLE_IN_ALL
gboolean     mutual_sweep_bind           (MutualSweep          *self,
                                          guint                 event_index,
                                          const char           *property,
                                          const char           *value,
                                          GError              **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean     mutual_sweep_add_range      (MutualSweep          *self,
                                          const char           *name,
                                          gint64                first,
                                          gint64                last,
                                          gint64                step,
                                          GError              **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean     mutual_sweep_add_values     (MutualSweep          *self,
                                          const char           *name,
                                          const char * const   *values,
                                          GError              **error);
MUTUAL_AVAILABLE_IN_ALL
void         mutual_sweep_add_run        (MutualSweep          *self,
                                          const char           *label,
                                          MutualEvent         **events,
                                          guint                 n_events);
MUTUAL_AVAILABLE_IN_ALL
void         mutual_sweep_add_scenario   (MutualSweep          *self,
                                          MutualScenario       *scenario);
MUTUAL_AVAILABLE_IN_ALL
gboolean     mutual_sweep_add_metric     (MutualSweep          *self,
                                          const char           *metric,
                                          GError              **error);
MUTUAL_AVAILABLE_IN_ALL
guint        mutual_sweep_get_n_runs     (MutualSweep          *self);
MUTUAL_AVAILABLE_IN_ALL
guint        mutual_sweep_get_n_threads  (MutualSweep          *self);
MUTUAL_AVAILABLE_IN_ALL
void         mutual_sweep_set_n_threads  (MutualSweep          *self,
                                          guint                 n_threads);
MUTUAL_AVAILABLE_IN_ALL
GVariant    *mutual_sweep_run            (MutualSweep          *self,
                                          GCancellable         *cancellable,
                                          GError              **error);
MUTUAL_AVAILABLE_IN_ALL
char        *mutual_sweep_run_to_json    (MutualSweep          *self,
                                          GCancellable         *cancellable,
                                          GError              **error);
MUTUAL_AVAILABLE_IN_ALL
void         mutual_sweep_run_async      (MutualSweep          *self,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
MUTUAL_AVAILABLE_IN_ALL
GVariant    *mutual_sweep_run_finish     (MutualSweep          *self,
                                          GAsyncResult         *result,
                                          GError              **error);

G_END_DECLS
