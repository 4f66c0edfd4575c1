/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-date-private.h"
#include "mutual-error.h"
#include "mutual-fraction-private.h"
#include "mutual-event.h"
#include "mutual-events.h"
#include "mutual-model-private.h"

G_BEGIN_DECLS

/* Shared by the kinds of event (events/mutual-event-*.c). Each helper sets
 * an error that says what is wrong in the model's terms; the scenario adds
 * which event it was. */

/* Registers every built-in kind of event. A new kind is one line here
 * (mutual-event.c) plus its file. */
void           mutual_event_ensure_types   (void);

/* Applies the event straight to @model, which the caller throws away on
 * failure (a scenario's or sweep's working copy). Checks the date too. */
gboolean       mutual_event_apply_unsafe   (MutualEvent  *self,
                                            MutualModel  *model,
                                            GError      **error);
/* Prefixes an error with the event it came from:
 * events[2] “sale” (transfer-shares, 2014-10-01): … */
void           mutual_event_prefix_error   (GError      **error,
                                            guint         index,
                                            MutualEvent  *event);

/* Checks that string (and string-array) properties are set:
 * "transferor is required". */
gboolean       mutual_event_require        (MutualEvent  *self,
                                            GError      **error,
                                            const char   *first_property,
                                            ...) G_GNUC_NULL_TERMINATED;
MutualParty   *mutual_event_need_party     (MutualModel  *model,
                                            const char   *id,
                                            GError      **error);
MutualShareClass *mutual_event_need_class  (MutualModel  *model,
                                            const char   *id,
                                            GError      **error);
gboolean       mutual_event_need_positive  (gint64        count,
                                            const char   *what,
                                            GError      **error);
/* The number of shares of a class a party holds (0 for none). */
gint64         mutual_event_held           (MutualModel  *model,
                                            const char   *holder,
                                            const char   *share_class);
/* Adds @delta (may be negative) to a holding; fails on overflow or when
 * the holder has fewer than -@delta. */
gboolean       mutual_event_add_to_holding (MutualModel  *model,
                                            const char   *holder,
                                            const char   *share_class,
                                            gint64        delta,
                                            GError      **error);
/* The holdings in one share class, borrowed from the model's array. */
GPtrArray     *mutual_event_holdings_in    (MutualModel  *model,
                                            const char   *share_class);
/* The holdings of one party, borrowed. */
GPtrArray     *mutual_event_holdings_of    (MutualModel  *model,
                                            const char   *holder);
/* The items of a collection now, with a reference each: safe to iterate
 * while changing the model. */
GPtrArray     *mutual_event_snapshot       (MutualModel  *model,
                                            MutualCollection collection);
/* An immutable item (any object with construct properties) like @item
 * with one property changed. */
GObject       *mutual_event_object_with    (GObject      *item,
                                            const char   *property,
                                            const GValue *value);
/* A share class replaced by one with some properties changed. */
MutualShareClass *mutual_event_class_with  (MutualShareClass *klass,
                                            const char   *property,
                                            ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
