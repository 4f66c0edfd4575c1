/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-date-private.h"
#include "mutual-obligation.h"

G_BEGIN_DECLS

MutualObligation *mutual_obligation_new_internal (const char       *code,
                                                  const char       *title,
                                                  const char       *citation,
                                                  MutualDay         due,
                                                  MutualDay         done);
MutualDay         mutual_obligation_get_due_day  (MutualObligation *self);
MutualDay         mutual_obligation_get_done_day (MutualObligation *self);
gboolean          mutual_obligation_late_on_day  (MutualObligation *self,
                                                  MutualDay         day);

G_END_DECLS
