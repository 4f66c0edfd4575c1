/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-event.h"
#include "mutual-scenario.h"

G_BEGIN_DECLS

/**
 * MUTUAL_SCENARIO_FORMAT_VERSION:
 *
 * The version of the JSON scenario format that this library writes. It
 * reads this version and every earlier one.
 *
 * Since: 1.0
 */
#define MUTUAL_SCENARIO_FORMAT_VERSION 1

MUTUAL_AVAILABLE_IN_ALL
MutualScenario *mutual_scenario_new_from_file  (const char      *path,
                                                MutualModel     *base,
                                                GError         **error);
MUTUAL_AVAILABLE_IN_ALL
MutualScenario *mutual_scenario_new_from_data  (const char      *data,
                                                gssize           length,
                                                MutualModel     *base,
                                                GError         **error);
MUTUAL_AVAILABLE_IN_ALL
char           *mutual_scenario_to_data        (MutualScenario  *self,
                                                gsize           *length);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_scenario_save_to_file   (MutualScenario  *self,
                                                const char      *path,
                                                GError         **error);
MUTUAL_AVAILABLE_IN_ALL
MutualEvent    *mutual_event_from_data         (const char      *data,
                                                gssize           length,
                                                GError         **error);
MUTUAL_AVAILABLE_IN_ALL
char           *mutual_event_to_data           (MutualEvent     *self,
                                                gsize           *length);

G_END_DECLS
