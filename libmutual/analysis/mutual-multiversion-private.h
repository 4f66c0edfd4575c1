/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* MUTUAL_MULTIVERSION before a function with hot vector loops: GCC on
 * x86-64 Linux then also compiles it for AVX2 and FMA (x86-64-v3) and picks
 * the version at load time; the library itself targets the baseline
 * x86-64. Elsewhere it does nothing. */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
# define MUTUAL_MULTIVERSION __attribute__ ((target_clones ("default", "arch=x86-64-v3")))
#else
# define MUTUAL_MULTIVERSION
#endif
