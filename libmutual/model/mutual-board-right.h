/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <glib-object.h>

#include "mutual-version-macros.h"

G_BEGIN_DECLS

#define MUTUAL_TYPE_BOARD_RIGHT (mutual_board_right_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (MutualBoardRight, mutual_board_right, MUTUAL, BOARD_RIGHT, GObject)

MUTUAL_AVAILABLE_IN_ALL
MutualBoardRight *mutual_board_right_new (const char *appointer,
                                          const char *company,
                                          guint directors);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_board_right_get_appointer (MutualBoardRight *self);
MUTUAL_AVAILABLE_IN_ALL
const char *mutual_board_right_get_company (MutualBoardRight *self);
MUTUAL_AVAILABLE_IN_ALL
guint mutual_board_right_get_directors (MutualBoardRight *self);

G_END_DECLS
