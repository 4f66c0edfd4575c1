/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-error.h"

/**
 * mutual_error_quark:
 *
 * The quark of the %MUTUAL_ERROR domain.
 *
 * Returns: the error domain quark
 *
 * Since: 1.0
 */
G_DEFINE_QUARK (mutual-error-quark, mutual_error)
