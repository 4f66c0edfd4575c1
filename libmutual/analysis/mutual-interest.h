/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-agreement-right.h"
#include "mutual-analysis.h"
#include "mutual-fraction.h"

G_BEGIN_DECLS

#define MUTUAL_TYPE_INTEREST (mutual_interest_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualInterest, mutual_interest, MUTUAL, INTEREST, GObject)

MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_interest_get_holder    (MutualInterest *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_interest_get_company   (MutualInterest *self);
MUTUAL_AVAILABLE_IN_ALL
MutualDimension       mutual_interest_get_dimension (MutualInterest *self);
MUTUAL_AVAILABLE_IN_ALL
double                mutual_interest_get_value     (MutualInterest *self);
MUTUAL_AVAILABLE_IN_ALL
const MutualFraction *mutual_interest_get_fraction  (MutualInterest *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean              mutual_interest_get_exact     (MutualInterest *self);

#define MUTUAL_TYPE_HOLDER_TABLE (mutual_holder_table_get_type ())
typedef struct _MutualHolderTable MutualHolderTable;

MUTUAL_AVAILABLE_IN_ALL
GType                 mutual_holder_table_get_type      (void) G_GNUC_CONST;
MUTUAL_AVAILABLE_IN_ALL
MutualHolderTable    *mutual_holder_table_ref           (MutualHolderTable *self);
MUTUAL_AVAILABLE_IN_ALL
void                  mutual_holder_table_unref         (MutualHolderTable *self);
MUTUAL_AVAILABLE_IN_ALL
guint                 mutual_holder_table_get_n_holders (MutualHolderTable *self);
MUTUAL_AVAILABLE_IN_ALL
const char           *mutual_holder_table_get_holder    (MutualHolderTable *self,
                                                         guint              row);
MUTUAL_AVAILABLE_IN_ALL
const MutualFraction *mutual_holder_table_get_interest  (MutualHolderTable *self,
                                                         guint              row,
                                                         MutualDimension    dimension);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MutualHolderTable, mutual_holder_table_unref)

#define MUTUAL_TYPE_INTEREST_PATH (mutual_interest_path_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualInterestPath, mutual_interest_path, MUTUAL, INTEREST_PATH, GObject)

MUTUAL_AVAILABLE_IN_ALL
const char * const   *mutual_interest_path_get_parties  (MutualInterestPath *self);
MUTUAL_AVAILABLE_IN_ALL
double                mutual_interest_path_get_value    (MutualInterestPath *self);
MUTUAL_AVAILABLE_IN_ALL
const MutualFraction *mutual_interest_path_get_fraction (MutualInterestPath *self);

MUTUAL_AVAILABLE_IN_ALL
MutualFraction *mutual_analysis_direct_interest        (MutualAnalysis   *self,
                                                        const char       *holder,
                                                        const char       *company,
                                                        MutualDimension   dimension,
                                                        GError          **error);
MUTUAL_AVAILABLE_IN_ALL
GListModel     *mutual_analysis_direct_interests       (MutualAnalysis   *self,
                                                        const char       *company,
                                                        MutualDimension   dimension,
                                                        GError          **error);
MUTUAL_AVAILABLE_IN_ALL
MutualHolderTable *mutual_analysis_holder_table        (MutualAnalysis   *self,
                                                        const char       *company,
                                                        GError          **error);
MUTUAL_AVAILABLE_IN_ALL
MutualInterest *mutual_analysis_look_through_interest  (MutualAnalysis   *self,
                                                        const char       *holder,
                                                        const char       *company,
                                                        MutualDimension   dimension,
                                                        GError          **error);
MUTUAL_AVAILABLE_IN_ALL
GListModel     *mutual_analysis_look_through_interests (MutualAnalysis   *self,
                                                        const char       *company,
                                                        MutualDimension   dimension,
                                                        GError          **error);
MUTUAL_AVAILABLE_IN_ALL
GListModel     *mutual_analysis_ultimate_owners        (MutualAnalysis   *self,
                                                        const char       *company,
                                                        MutualDimension   dimension,
                                                        GError          **error);
MUTUAL_AVAILABLE_IN_ALL
GListModel     *mutual_analysis_interest_paths         (MutualAnalysis   *self,
                                                        const char       *holder,
                                                        const char       *company,
                                                        MutualDimension   dimension,
                                                        GError          **error);
MUTUAL_AVAILABLE_IN_ALL
MutualInterest *mutual_analysis_employee_interest      (MutualAnalysis   *self,
                                                        const char       *company,
                                                        MutualDimension   dimension,
                                                        GError          **error);

G_END_DECLS

G_BEGIN_DECLS

#define MUTUAL_TYPE_INTEREST_TABLE (mutual_interest_table_get_type ())
MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualInterestTable, mutual_interest_table, MUTUAL, INTEREST_TABLE, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualInterestTable *mutual_analysis_look_through_table      (MutualAnalysis      *self,
                                                             const char * const  *companies,
                                                             MutualDimension      dimension,
                                                             GError             **error);
MUTUAL_AVAILABLE_IN_ALL
const char * const  *mutual_interest_table_get_companies     (MutualInterestTable *self);
MUTUAL_AVAILABLE_IN_ALL
MutualDimension      mutual_interest_table_get_dimension     (MutualInterestTable *self);
MUTUAL_AVAILABLE_IN_ALL
double               mutual_interest_table_get_value         (MutualInterestTable *self,
                                                             const char          *holder,
                                                             const char          *company);
MUTUAL_AVAILABLE_IN_ALL
double               mutual_interest_table_get_total         (MutualInterestTable *self,
                                                             const char          *company);
MUTUAL_AVAILABLE_IN_ALL
guint                mutual_interest_table_get_n_holders     (MutualInterestTable *self,
                                                             const char          *company);
MUTUAL_AVAILABLE_IN_ALL
GListModel          *mutual_interest_table_list_interests    (MutualInterestTable *self,
                                                             const char          *company);

G_END_DECLS
