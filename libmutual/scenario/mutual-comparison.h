/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <gio/gio.h>

#include "mutual-version-macros.h"
#include "mutual-model.h"

G_BEGIN_DECLS

/**
 * MutualChangeKind:
 * @MUTUAL_CHANGE_KIND_ADDED: an item (party, class, membership, right…) is in the second model only
 * @MUTUAL_CHANGE_KIND_REMOVED: an item is in the first model only
 * @MUTUAL_CHANGE_KIND_CHANGED: an item is in both, with different details
 * @MUTUAL_CHANGE_KIND_HOLDING: a party holds a different number of shares of a class
 * @MUTUAL_CHANGE_KIND_INTEREST: a party's interest in a company changed (direct or look-through)
 * @MUTUAL_CHANGE_KIND_CONTROL: who can pass or block a resolution of a company changed
 * @MUTUAL_CHANGE_KIND_PSC_ADDED: a person with significant control is newly registrable
 * @MUTUAL_CHANGE_KIND_PSC_CHANGED: a registrable person's natures of control (bands) changed
 * @MUTUAL_CHANGE_KIND_PSC_REMOVED: a person is no longer registrable
 * @MUTUAL_CHANGE_KIND_QUALIFICATION: the result of a qualification test changed
 *
 * What a [class@Mutual.Change] is about.
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_CHANGE_KIND_ADDED,
  MUTUAL_CHANGE_KIND_REMOVED,
  MUTUAL_CHANGE_KIND_CHANGED,
  MUTUAL_CHANGE_KIND_HOLDING,
  MUTUAL_CHANGE_KIND_INTEREST,
  MUTUAL_CHANGE_KIND_CONTROL,
  MUTUAL_CHANGE_KIND_PSC_ADDED,
  MUTUAL_CHANGE_KIND_PSC_CHANGED,
  MUTUAL_CHANGE_KIND_PSC_REMOVED,
  MUTUAL_CHANGE_KIND_QUALIFICATION,
} MutualChangeKind;

#define MUTUAL_TYPE_CHANGE (mutual_change_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualChange, mutual_change, MUTUAL, CHANGE, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualChangeKind  mutual_change_get_kind         (MutualChange *self);
MUTUAL_AVAILABLE_IN_ALL
const char       *mutual_change_get_collection   (MutualChange *self);
MUTUAL_AVAILABLE_IN_ALL
const char       *mutual_change_get_key          (MutualChange *self);
MUTUAL_AVAILABLE_IN_ALL
const char       *mutual_change_get_company      (MutualChange *self);
MUTUAL_AVAILABLE_IN_ALL
const char       *mutual_change_get_party        (MutualChange *self);
MUTUAL_AVAILABLE_IN_ALL
const char       *mutual_change_get_share_class  (MutualChange *self);
MUTUAL_AVAILABLE_IN_ALL
const char       *mutual_change_get_measure      (MutualChange *self);
MUTUAL_AVAILABLE_IN_ALL
const char       *mutual_change_get_before       (MutualChange *self);
MUTUAL_AVAILABLE_IN_ALL
const char       *mutual_change_get_after        (MutualChange *self);
MUTUAL_AVAILABLE_IN_ALL
double            mutual_change_get_before_value (MutualChange *self);
MUTUAL_AVAILABLE_IN_ALL
double            mutual_change_get_after_value  (MutualChange *self);
MUTUAL_AVAILABLE_IN_ALL
const char       *mutual_change_get_message      (MutualChange *self);

#define MUTUAL_TYPE_COMPARISON (mutual_comparison_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualComparison, mutual_comparison, MUTUAL, COMPARISON, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualComparison *mutual_comparison_new          (MutualModel      *before,
                                                  MutualModel      *after);
MUTUAL_AVAILABLE_IN_ALL
MutualModel      *mutual_comparison_get_before   (MutualComparison *self);
MUTUAL_AVAILABLE_IN_ALL
MutualModel      *mutual_comparison_get_after    (MutualComparison *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean          mutual_comparison_get_equal    (MutualComparison *self);
MUTUAL_AVAILABLE_IN_ALL
GListModel       *mutual_comparison_get_changes  (MutualComparison *self);
MUTUAL_AVAILABLE_IN_ALL
char            **mutual_comparison_to_lines     (MutualComparison *self);
MUTUAL_AVAILABLE_IN_ALL
GVariant         *mutual_comparison_to_rows      (MutualComparison *self);

G_END_DECLS
