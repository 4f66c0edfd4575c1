/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(MUTUAL_INSIDE) && !defined(MUTUAL_COMPILATION)
# error "Only <libmutual/mutual.h> can be included directly."
#endif

#include <glib-object.h>

#include "mutual-version-macros.h"
#include "mutual-model.h"

G_BEGIN_DECLS

#define MUTUAL_TYPE_EVENT (mutual_event_get_type ())

MUTUAL_AVAILABLE_IN_ALL
G_DECLARE_DERIVABLE_TYPE (MutualEvent, mutual_event, MUTUAL, EVENT, GObject)

/**
 * MutualEventClass:
 * @parent_class: the parent class
 * @apply: checks the event against @model and changes @model; on failure
 *   sets @error and returns %FALSE (the caller throws the model away, so it
 *   may be left half changed)
 * @describe: a sentence saying what the event does, for people
 *
 * The class of [class@Mutual.Event]. A kind of event sets its name with
 * [method@Mutual.EventClass.set_kind] in its class_init and implements
 * @apply and @describe; its parameters are construct-only properties, so
 * the scenario file format reads and writes them without more code.
 *
 * Since: 1.0
 */
struct _MutualEventClass
{
  GObjectClass parent_class;

  gboolean (*apply)    (MutualEvent  *self,
                        MutualModel  *model,
                        GError      **error);
  char    *(*describe) (MutualEvent  *self);

  /*< private >*/
  const char *kind;
  gpointer padding[8];
};

MUTUAL_AVAILABLE_IN_ALL
void         mutual_event_class_set_kind (MutualEventClass *klass,
                                          const char       *kind);
MUTUAL_AVAILABLE_IN_ALL
const char  *mutual_event_get_kind       (MutualEvent      *self);
MUTUAL_AVAILABLE_IN_ALL
const char  *mutual_event_get_id         (MutualEvent      *self);
MUTUAL_AVAILABLE_IN_ALL
const char  *mutual_event_get_date       (MutualEvent      *self);
MUTUAL_AVAILABLE_IN_ALL
char        *mutual_event_describe       (MutualEvent      *self);
MUTUAL_AVAILABLE_IN_ALL
gboolean     mutual_event_apply          (MutualEvent      *self,
                                          MutualModel      *model,
                                          GError          **error);
MUTUAL_AVAILABLE_IN_ALL
MutualEvent *mutual_event_copy_with      (MutualEvent      *self,
                                          const char       *property,
                                          const GValue     *value);
MUTUAL_AVAILABLE_IN_ALL
GType        mutual_event_type_from_kind (const char       *kind);
MUTUAL_AVAILABLE_IN_ALL
char       **mutual_event_list_kinds     (void);

G_END_DECLS
