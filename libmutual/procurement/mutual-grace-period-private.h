/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-date-private.h"
#include "mutual-grace-period.h"
#include "mutual-item-list-private.h"

G_BEGIN_DECLS

/* Takes the lists (contracts in time order, findings). Days may be
 * MUTUAL_DAY_NONE. */
MutualGracePeriod *mutual_grace_period_new (const char     *supplier,
                                            const char     *authority,
                                            MutualDay       start,
                                            MutualDay       end,
                                            MutualDay       open_competition_due,
                                            MutualDay       next_reservation_allowed,
                                            MutualItemList *timeline,
                                            MutualItemList *findings);

G_END_DECLS
