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
GQuark
mutual_error_quark (void)
{
  /* G_DEFINE_QUARK's check of its static is a plain read that another
   * thread's first error may be writing: the same, atomically */
  static gint quark = 0;
  GQuark q = (GQuark) g_atomic_int_get (&quark);

  if (G_UNLIKELY (q == 0))
    {
      q = g_quark_from_static_string ("mutual-error-quark");
      g_atomic_int_set (&quark, (gint) q);
    }
  return q;
}
