/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-date-private.h"
#include "mutual-error.h"
#include "mutual-item-list-private.h"
#include "mutual-timeline-private.h"

/**
 * MutualTimeline:
 *
 * The result of running a [class@Mutual.Scenario]: the base model and the
 * state after each event, each a [class@Mutual.Model] dated with its
 * event's date. The states share their unchanged items, so a timeline of
 * many events over a large model costs what the events change.
 *
 * Since: 1.0
 */

struct _MutualTimeline
{
  GObject parent_instance;

  MutualModel *base;
  GPtrArray *events;
  MutualItemList *states;   /* base, then the state after each event */
  MutualDay *days;          /* each event's day */
};

G_DEFINE_FINAL_TYPE (MutualTimeline, mutual_timeline, G_TYPE_OBJECT)

static void
mutual_timeline_finalize (GObject *object)
{
  MutualTimeline *self = MUTUAL_TIMELINE (object);

  g_clear_object (&self->base);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_object (&self->states);
  g_free (self->days);

  G_OBJECT_CLASS (mutual_timeline_parent_class)->finalize (object);
}

static void
mutual_timeline_class_init (MutualTimelineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mutual_timeline_finalize;
}

static void
mutual_timeline_init (MutualTimeline *self)
{
}

MutualTimeline *
mutual_timeline_new (MutualModel *base,
                     GPtrArray   *events,
                     GPtrArray   *states)
{
  MutualTimeline *self = g_object_new (MUTUAL_TYPE_TIMELINE, NULL);

  g_assert (events->len == states->len);
  self->base = g_object_ref (base);
  self->events = g_ptr_array_ref (events);
  self->states = mutual_item_list_new (MUTUAL_TYPE_MODEL);
  self->days = g_new0 (MutualDay, events->len + 1);
  mutual_item_list_append (self->states, base);
  for (guint i = 0; i < events->len; i++)
    {
      mutual_item_list_append (self->states, g_ptr_array_index (states, i));
      mutual_day_parse (mutual_event_get_date (g_ptr_array_index (events, i)), &self->days[i], NULL);
    }
  return self;
}

/**
 * mutual_timeline_get_base:
 * @self: a timeline
 *
 * The model before any event.
 *
 * Returns: (transfer none): the base model
 *
 * Since: 1.0
 */
MutualModel *
mutual_timeline_get_base (MutualTimeline *self)
{
  g_return_val_if_fail (MUTUAL_IS_TIMELINE (self), NULL);
  return self->base;
}

/**
 * mutual_timeline_get_n_events:
 * @self: a timeline
 *
 * How many events the timeline has.
 *
 * Returns: the number of events
 *
 * Since: 1.0
 */
guint
mutual_timeline_get_n_events (MutualTimeline *self)
{
  g_return_val_if_fail (MUTUAL_IS_TIMELINE (self), 0);
  return self->events->len;
}

/**
 * mutual_timeline_get_event:
 * @self: a timeline
 * @index: the index of an event, from 0
 *
 * An event of the timeline.
 *
 * Returns: (transfer none): the event
 *
 * Since: 1.0
 */
MutualEvent *
mutual_timeline_get_event (MutualTimeline *self,
                           guint           index)
{
  g_return_val_if_fail (MUTUAL_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (index < self->events->len, NULL);
  return g_ptr_array_index (self->events, index);
}

/**
 * mutual_timeline_get_state:
 * @self: a timeline
 * @index: the index of an event, from 0
 *
 * The state just after an event.
 *
 * Returns: (transfer none): the model after event @index
 *
 * Since: 1.0
 */
MutualModel *
mutual_timeline_get_state (MutualTimeline *self,
                           guint           index)
{
  g_return_val_if_fail (MUTUAL_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (index < self->events->len, NULL);
  return g_ptr_array_index (mutual_item_list_get_array (self->states), index + 1);
}

/**
 * mutual_timeline_get_states:
 * @self: a timeline
 *
 * Every state in order: the base first, then the state after each event
 * (so one more than there are events).
 *
 * Returns: (transfer none): a list model of [class@Mutual.Model]
 *
 * Since: 1.0
 */
GListModel *
mutual_timeline_get_states (MutualTimeline *self)
{
  g_return_val_if_fail (MUTUAL_IS_TIMELINE (self), NULL);
  return G_LIST_MODEL (self->states);
}

/**
 * mutual_timeline_at:
 * @self: a timeline
 * @date: an ISO 8601 date
 * @error: return location for a #GError
 *
 * The state at the end of a date: after every event dated on or before
 * it, the base if there is none.
 *
 * Returns: (transfer none): the model, or %NULL with
 *   %MUTUAL_ERROR_PARSE for a bad date
 *
 * Since: 1.0
 */
MutualModel *
mutual_timeline_at (MutualTimeline  *self,
                    const char      *date,
                    GError         **error)
{
  MutualDay day;
  guint lo = 0, hi;

  g_return_val_if_fail (MUTUAL_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!mutual_day_parse (date, &day, error))
    return NULL;
  /* the number of events dated on or before day (dates ascend) */
  hi = self->events->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (self->days[mid] <= day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return g_ptr_array_index (mutual_item_list_get_array (self->states), lo);
}

/**
 * mutual_timeline_final:
 * @self: a timeline
 *
 * The state after the last event (the base when there are none).
 *
 * Returns: (transfer none): the final model
 *
 * Since: 1.0
 */
MutualModel *
mutual_timeline_final (MutualTimeline *self)
{
  GPtrArray *states;

  g_return_val_if_fail (MUTUAL_IS_TIMELINE (self), NULL);
  states = mutual_item_list_get_array (self->states);
  return g_ptr_array_index (states, states->len - 1);
}

/**
 * mutual_timeline_compare:
 * @self: a timeline
 * @from_date: (nullable): an ISO 8601 date, or %NULL for the base
 * @to_date: (nullable): an ISO 8601 date, or %NULL for the final state
 * @error: return location for a #GError
 *
 * Compares the states at two dates (see [method@Mutual.Timeline.at]).
 *
 * Returns: (transfer full): the comparison, or %NULL for a bad date
 *
 * Since: 1.0
 */
MutualComparison *
mutual_timeline_compare (MutualTimeline  *self,
                         const char      *from_date,
                         const char      *to_date,
                         GError         **error)
{
  MutualModel *from, *to;

  g_return_val_if_fail (MUTUAL_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  from = from_date ? mutual_timeline_at (self, from_date, error) : self->base;
  if (from == NULL)
    return NULL;
  to = to_date ? mutual_timeline_at (self, to_date, error) : mutual_timeline_final (self);
  if (to == NULL)
    return NULL;
  return mutual_comparison_new (from, to);
}
