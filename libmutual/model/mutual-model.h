/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-agreement-right.h"
#include "mutual-board-right.h"
#include "mutual-holding.h"
#include "mutual-membership.h"
#include "mutual-party.h"
#include "mutual-share-class.h"

G_BEGIN_DECLS

#define MUTUAL_TYPE_MODEL (mutual_model_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualModel, mutual_model, MUTUAL, MODEL, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualModel        *mutual_model_new                  (void);
MUTUAL_AVAILABLE_IN_ALL
MutualModel        *mutual_model_copy                 (MutualModel     *self);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_model_get_name             (MutualModel     *self);
MUTUAL_AVAILABLE_IN_ALL
void                mutual_model_set_name             (MutualModel     *self,
                                                       const char      *name);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_model_get_description      (MutualModel     *self);
MUTUAL_AVAILABLE_IN_ALL
void                mutual_model_set_description      (MutualModel     *self,
                                                       const char      *description);
MUTUAL_AVAILABLE_IN_ALL
const char         *mutual_model_get_date             (MutualModel     *self);
MUTUAL_AVAILABLE_IN_ALL
void                mutual_model_set_date             (MutualModel     *self,
                                                       const char      *date);
MUTUAL_AVAILABLE_IN_ALL
const char * const *mutual_model_get_sources          (MutualModel     *self);
MUTUAL_AVAILABLE_IN_ALL
void                mutual_model_set_sources          (MutualModel     *self,
                                                       const char * const *sources);

MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_add_party            (MutualModel     *self,
                                                       MutualParty     *party,
                                                       GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_replace_party        (MutualModel     *self,
                                                       MutualParty     *party,
                                                       GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_remove_party         (MutualModel     *self,
                                                       const char      *id,
                                                       GError         **error);
MUTUAL_AVAILABLE_IN_ALL
MutualParty        *mutual_model_lookup_party         (MutualModel     *self,
                                                       const char      *id);
MUTUAL_AVAILABLE_IN_ALL
GListModel         *mutual_model_get_parties          (MutualModel     *self);

MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_add_share_class      (MutualModel     *self,
                                                       MutualShareClass *share_class,
                                                       GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_remove_share_class   (MutualModel     *self,
                                                       const char      *id,
                                                       GError         **error);
MUTUAL_AVAILABLE_IN_ALL
MutualShareClass   *mutual_model_lookup_share_class   (MutualModel     *self,
                                                       const char      *id);
MUTUAL_AVAILABLE_IN_ALL
GListModel         *mutual_model_get_share_classes    (MutualModel     *self);

MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_add_holding          (MutualModel     *self,
                                                       MutualHolding   *holding,
                                                       GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_set_holding          (MutualModel     *self,
                                                       const char      *holder,
                                                       const char      *share_class,
                                                       gint64           count,
                                                       GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_remove_holding       (MutualModel     *self,
                                                       const char      *holder,
                                                       const char      *share_class,
                                                       GError         **error);
MUTUAL_AVAILABLE_IN_ALL
MutualHolding      *mutual_model_lookup_holding       (MutualModel     *self,
                                                       const char      *holder,
                                                       const char      *share_class);
MUTUAL_AVAILABLE_IN_ALL
GListModel         *mutual_model_get_holdings         (MutualModel     *self);

MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_add_membership       (MutualModel     *self,
                                                       MutualMembership *membership,
                                                       GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_remove_membership    (MutualModel     *self,
                                                       const char      *member,
                                                       const char      *organisation,
                                                       GError         **error);
MUTUAL_AVAILABLE_IN_ALL
MutualMembership   *mutual_model_lookup_membership    (MutualModel     *self,
                                                       const char      *member,
                                                       const char      *organisation);
MUTUAL_AVAILABLE_IN_ALL
GListModel         *mutual_model_get_memberships      (MutualModel     *self);

MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_add_board_right      (MutualModel     *self,
                                                       MutualBoardRight *board_right,
                                                       GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_remove_board_right   (MutualModel     *self,
                                                       const char      *appointer,
                                                       const char      *company,
                                                       GError         **error);
MUTUAL_AVAILABLE_IN_ALL
MutualBoardRight   *mutual_model_lookup_board_right   (MutualModel     *self,
                                                       const char      *appointer,
                                                       const char      *company);
MUTUAL_AVAILABLE_IN_ALL
GListModel         *mutual_model_get_board_rights     (MutualModel     *self);

MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_add_agreement_right  (MutualModel     *self,
                                                       MutualAgreementRight *agreement_right,
                                                       GError         **error);
MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_remove_agreement_right (MutualModel   *self,
                                                       const char      *holder,
                                                       const char      *company,
                                                       MutualDimension  dimension,
                                                       GError         **error);
MUTUAL_AVAILABLE_IN_ALL
GListModel         *mutual_model_get_agreement_rights (MutualModel     *self);

MUTUAL_AVAILABLE_IN_ALL
gboolean            mutual_model_validate             (MutualModel     *self,
                                                       GError         **error);

G_END_DECLS
