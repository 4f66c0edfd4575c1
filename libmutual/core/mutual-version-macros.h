/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <glib.h>

#ifndef _MUTUAL_EXTERN
# define _MUTUAL_EXTERN __attribute__((visibility("default"))) extern
#endif

/**
 * MUTUAL_AVAILABLE_IN_ALL:
 *
 * Marks a symbol as exported and available in every version of libmutual.
 */
#define MUTUAL_AVAILABLE_IN_ALL _MUTUAL_EXTERN
