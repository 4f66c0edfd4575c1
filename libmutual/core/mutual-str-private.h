/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Replaces the string at @str_pointer with a copy of @new_str unless they
 * are equal; returns whether it changed, so a setter notifies only then.
 * (GLib 2.76's g_set_str; the floor here is 2.74.) */
static inline gboolean
mutual_set_str (char       **str_pointer,
                const char  *new_str)
{
  char *copy;

  if (g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;
  copy = g_strdup (new_str);
  g_free (*str_pointer);
  *str_pointer = copy;
  return TRUE;
}

G_END_DECLS
