/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <glib-object.h>

#include "mutual-version-macros.h"

G_BEGIN_DECLS

/**
 * MutualPowerIndex:
 * @MUTUAL_POWER_INDEX_NONE: no index
 * @MUTUAL_POWER_INDEX_BANZHAF: the Banzhaf index, normalised and absolute
 * @MUTUAL_POWER_INDEX_SHAPLEY_SHUBIK: the Shapley–Shubik index
 * @MUTUAL_POWER_INDEX_ALL: every index
 *
 * Which voting power indices [method@Mutual.VotingGame.compute] computes.
 *
 * Since: 1.0
 */
typedef enum /*< flags >*/ {
  MUTUAL_POWER_INDEX_NONE = 0,
  MUTUAL_POWER_INDEX_BANZHAF = 1 << 0,
  MUTUAL_POWER_INDEX_SHAPLEY_SHUBIK = 1 << 1,
  MUTUAL_POWER_INDEX_ALL = MUTUAL_POWER_INDEX_BANZHAF | MUTUAL_POWER_INDEX_SHAPLEY_SHUBIK,
} MutualPowerIndex;

#define MUTUAL_TYPE_POWER (mutual_power_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualPower, mutual_power, MUTUAL, POWER, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualPower *mutual_power_new                  (const char  *party,
                                                guint64      weight,
                                                double       banzhaf,
                                                double       absolute_banzhaf,
                                                double       shapley_shubik);
MUTUAL_AVAILABLE_IN_ALL
const char  *mutual_power_get_party            (MutualPower *self);
MUTUAL_AVAILABLE_IN_ALL
guint64      mutual_power_get_weight           (MutualPower *self);
MUTUAL_AVAILABLE_IN_ALL
double       mutual_power_get_banzhaf          (MutualPower *self);
MUTUAL_AVAILABLE_IN_ALL
double       mutual_power_get_absolute_banzhaf (MutualPower *self);
MUTUAL_AVAILABLE_IN_ALL
double       mutual_power_get_shapley_shubik   (MutualPower *self);

G_END_DECLS
