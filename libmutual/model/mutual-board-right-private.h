/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-board-right.h"

G_BEGIN_DECLS

/* A board right with its fields set directly (the model file reader's
 * way, as for holdings: tens of thousands in a large model). The strings
 * are copied. */
MutualBoardRight *mutual_board_right_new_fields (const char *appointer,
                                                 const char *company,
                                                 guint       directors);

G_END_DECLS
