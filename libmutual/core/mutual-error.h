/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <glib.h>

#include "mutual-version-macros.h"

G_BEGIN_DECLS

/**
 * MUTUAL_ERROR:
 *
 * The error domain of libmutual. Errors in this domain are from the
 * [error@Mutual.Error] enumeration.
 */
#define MUTUAL_ERROR (mutual_error_quark ())

/**
 * MutualError:
 * @MUTUAL_ERROR_PARSE: the input is not well-formed (bad JSON, bad CSV, a bad date)
 * @MUTUAL_ERROR_INVALID: a value is out of its allowed range or of the wrong type
 * @MUTUAL_ERROR_MISSING: a required member or argument is missing
 * @MUTUAL_ERROR_UNKNOWN_ID: an id names nothing in the model
 * @MUTUAL_ERROR_DUPLICATE_ID: an id is already used by another object of the same kind
 * @MUTUAL_ERROR_OVERFLOW: a count or sum does not fit in 64 bits
 * @MUTUAL_ERROR_UNSUPPORTED: a format version or feature this library does not read
 * @MUTUAL_ERROR_LIMIT: the input exceeds a documented limit (size, depth, length)
 * @MUTUAL_ERROR_CYCLE: the input contains a cycle where none is allowed
 * @MUTUAL_ERROR_ORDER: dates or events are out of order
 * @MUTUAL_ERROR_INSUFFICIENT: a holder does not have what an operation takes away
 * @MUTUAL_ERROR_IO: reading or writing a file failed
 *
 * Error codes in the %MUTUAL_ERROR domain. Every one is caused by input, so a
 * caller can report it and carry on; the message says what is wrong and where.
 *
 * Since: 1.0
 */
typedef enum {
  MUTUAL_ERROR_PARSE,
  MUTUAL_ERROR_INVALID,
  MUTUAL_ERROR_MISSING,
  MUTUAL_ERROR_UNKNOWN_ID,
  MUTUAL_ERROR_DUPLICATE_ID,
  MUTUAL_ERROR_OVERFLOW,
  MUTUAL_ERROR_UNSUPPORTED,
  MUTUAL_ERROR_LIMIT,
  MUTUAL_ERROR_CYCLE,
  MUTUAL_ERROR_ORDER,
  MUTUAL_ERROR_INSUFFICIENT,
  MUTUAL_ERROR_IO,
} MutualError;

MUTUAL_AVAILABLE_IN_ALL
GQuark mutual_error_quark (void);

G_END_DECLS
