/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-event.h"
#include "mutual-model.h"
#include "mutual-timeline.h"

G_BEGIN_DECLS

#define MUTUAL_TYPE_SCENARIO (mutual_scenario_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualScenario, mutual_scenario, MUTUAL, SCENARIO, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualScenario *mutual_scenario_new                (MutualModel     *base);
MUTUAL_AVAILABLE_IN_ALL
MutualModel    *mutual_scenario_get_base           (MutualScenario  *self);
MUTUAL_AVAILABLE_IN_ALL
const char     *mutual_scenario_get_name           (MutualScenario  *self);
MUTUAL_AVAILABLE_IN_ALL
void            mutual_scenario_set_name           (MutualScenario  *self,
                                                    const char      *name);
MUTUAL_AVAILABLE_IN_ALL
const char     *mutual_scenario_get_description    (MutualScenario  *self);
MUTUAL_AVAILABLE_IN_ALL
void            mutual_scenario_set_description    (MutualScenario  *self,
                                                    const char      *description);
MUTUAL_AVAILABLE_IN_ALL
const char     *mutual_scenario_get_base_name      (MutualScenario  *self);
MUTUAL_AVAILABLE_IN_ALL
void            mutual_scenario_set_base_name      (MutualScenario  *self,
                                                    const char      *base_name);
MUTUAL_AVAILABLE_IN_ALL
GListModel     *mutual_scenario_get_events         (MutualScenario  *self);
MUTUAL_AVAILABLE_IN_ALL
guint           mutual_scenario_get_n_events       (MutualScenario  *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_scenario_add_event          (MutualScenario  *self,
                                                    MutualEvent     *event,
                                                    GError         **error);
MUTUAL_AVAILABLE_IN_ALL
MutualModel    *mutual_scenario_get_final          (MutualScenario  *self);
MUTUAL_AVAILABLE_IN_ALL
MutualTimeline *mutual_scenario_run                (MutualScenario  *self,
                                                    GError         **error);

MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_scenario_add_party          (MutualScenario  *self,
                                                    const char      *date,
                                                    const char      *party,
                                                    const char      *name,
                                                    MutualPartyKind  kind,
                                                    GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_scenario_issue_shares       (MutualScenario  *self,
                                                    const char      *date,
                                                    const char      *holder,
                                                    const char      *share_class,
                                                    gint64           count,
                                                    GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_scenario_transfer_shares    (MutualScenario  *self,
                                                    const char      *date,
                                                    const char      *transferor,
                                                    const char      *transferee,
                                                    const char      *share_class,
                                                    gint64           count,
                                                    GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_scenario_buy_back_shares    (MutualScenario  *self,
                                                    const char      *date,
                                                    const char      *holder,
                                                    const char      *share_class,
                                                    gint64           count,
                                                    GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_scenario_create_share_class (MutualScenario  *self,
                                                    const char      *date,
                                                    const char      *share_class,
                                                    const char      *issuer,
                                                    const char      *name,
                                                    guint            votes_per_share,
                                                    GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_scenario_convert_shares     (MutualScenario  *self,
                                                    const char      *date,
                                                    const char      *holder,
                                                    const char      *share_class,
                                                    const char      *to_share_class,
                                                    gint64           count,
                                                    const MutualFraction *ratio,
                                                    GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_scenario_subdivide_shares   (MutualScenario  *self,
                                                    const char      *date,
                                                    const char      *share_class,
                                                    gint64           factor,
                                                    GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_scenario_consolidate_shares (MutualScenario  *self,
                                                    const char      *date,
                                                    const char      *share_class,
                                                    gint64           factor,
                                                    GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_scenario_admit_member       (MutualScenario  *self,
                                                    const char      *date,
                                                    const char      *member,
                                                    const char      *organisation,
                                                    guint            votes,
                                                    GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_scenario_remove_member      (MutualScenario  *self,
                                                    const char      *date,
                                                    const char      *member,
                                                    const char      *organisation,
                                                    GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_scenario_grant_board_right  (MutualScenario  *self,
                                                    const char      *date,
                                                    const char      *appointer,
                                                    const char      *company,
                                                    guint            directors,
                                                    GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_scenario_remove_board_right (MutualScenario  *self,
                                                    const char      *date,
                                                    const char      *appointer,
                                                    const char      *company,
                                                    GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_scenario_exit               (MutualScenario  *self,
                                                    const char      *date,
                                                    const char      *party,
                                                    const char      *company,
                                                    const char * const *buyers,
                                                    const char * const *proportions,
                                                    GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean        mutual_scenario_allocate_to_beneficiaries (MutualScenario *self,
                                                    const char      *date,
                                                    const char      *trust,
                                                    const char      *share_class,
                                                    const char * const *beneficiaries,
                                                    gint64           count,
                                                    GError         **error);

G_END_DECLS
