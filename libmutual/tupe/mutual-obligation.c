/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-date-private.h"
#include "mutual-obligation.h"
#include "mutual-obligation-private.h"

/**
 * MutualObligation:
 *
 * One dated duty in a transfer's calendar: informing the representatives,
 * sending employee liability information, consulting on collective
 * redundancies. It has a due date (the last day it may be done on), the
 * date it was done if it was, and the rule that sets it.
 * [method@Mutual.TransferAnalysis.get_calendar] lists them in order.
 *
 * Since: 1.0
 */
struct _MutualObligation
{
  GObject parent_instance;

  char *code;
  char *title;
  char *citation;
  MutualDay due;
  MutualDay done;
  char due_text[11];
  char done_text[11];
};

G_DEFINE_FINAL_TYPE (MutualObligation, mutual_obligation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_TITLE,
  PROP_CITATION,
  PROP_DUE,
  PROP_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_obligation_finalize (GObject *object)
{
  MutualObligation *self = MUTUAL_OBLIGATION (object);

  g_free (self->code);
  g_free (self->title);
  g_free (self->citation);

  G_OBJECT_CLASS (mutual_obligation_parent_class)->finalize (object);
}

static void
mutual_obligation_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MutualObligation *self = MUTUAL_OBLIGATION (object);

  switch (prop_id)
    {
    case PROP_CODE: g_value_set_string (value, self->code); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_CITATION: g_value_set_string (value, self->citation); break;
    case PROP_DUE: g_value_set_string (value, mutual_obligation_get_due (self)); break;
    case PROP_DONE: g_value_set_string (value, mutual_obligation_get_done (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_obligation_class_init (MutualObligationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_obligation_finalize;
  object_class->get_property = mutual_obligation_get_property;

  /**
   * MutualObligation:code:
   *
   * A stable code such as `tupe.eli`.
   *
   * Since: 1.0
   */
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);
  /**
   * MutualObligation:title:
   *
   * What must be done, in words.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  /**
   * MutualObligation:citation:
   *
   * The rule that sets the obligation.
   *
   * Since: 1.0
   */
  properties[PROP_CITATION] = g_param_spec_string ("citation", NULL, NULL, NULL, flags);
  /**
   * MutualObligation:due:
   *
   * The last ISO 8601 date on which it may be done.
   *
   * Since: 1.0
   */
  properties[PROP_DUE] = g_param_spec_string ("due", NULL, NULL, NULL, flags);
  /**
   * MutualObligation:done:
   *
   * The ISO 8601 date it was done, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_DONE] = g_param_spec_string ("done", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_obligation_init (MutualObligation *self)
{
}

MutualObligation *
mutual_obligation_new_internal (const char *code,
                                const char *title,
                                const char *citation,
                                MutualDay   due,
                                MutualDay   done)
{
  MutualObligation *self = g_object_new (MUTUAL_TYPE_OBLIGATION, NULL);

  self->code = g_strdup (code);
  self->title = g_strdup (title);
  self->citation = g_strdup (citation);
  self->due = due;
  self->done = done;
  mutual_day_format_buf (due, self->due_text);
  mutual_day_format_buf (done, self->done_text);
  return self;
}

MutualDay
mutual_obligation_get_due_day (MutualObligation *self)
{
  return self->due;
}

MutualDay
mutual_obligation_get_done_day (MutualObligation *self)
{
  return self->done;
}

gboolean
mutual_obligation_late_on_day (MutualObligation *self,
                               MutualDay         day)
{
  return day > self->due && (self->done == MUTUAL_DAY_NONE || self->done > self->due);
}

/**
 * mutual_obligation_get_code:
 * @self: an obligation
 *
 * Gets [property@Mutual.Obligation:code].
 *
 * Returns: the code
 *
 * Since: 1.0
 */
const char *
mutual_obligation_get_code (MutualObligation *self)
{
  g_return_val_if_fail (MUTUAL_IS_OBLIGATION (self), NULL);
  return self->code;
}

/**
 * mutual_obligation_get_title:
 * @self: an obligation
 *
 * Gets [property@Mutual.Obligation:title].
 *
 * Returns: what must be done
 *
 * Since: 1.0
 */
const char *
mutual_obligation_get_title (MutualObligation *self)
{
  g_return_val_if_fail (MUTUAL_IS_OBLIGATION (self), NULL);
  return self->title;
}

/**
 * mutual_obligation_get_citation:
 * @self: an obligation
 *
 * Gets [property@Mutual.Obligation:citation].
 *
 * Returns: the rule
 *
 * Since: 1.0
 */
const char *
mutual_obligation_get_citation (MutualObligation *self)
{
  g_return_val_if_fail (MUTUAL_IS_OBLIGATION (self), NULL);
  return self->citation;
}

/**
 * mutual_obligation_get_due:
 * @self: an obligation
 *
 * Gets [property@Mutual.Obligation:due].
 *
 * Returns: the ISO 8601 due date
 *
 * Since: 1.0
 */
const char *
mutual_obligation_get_due (MutualObligation *self)
{
  g_return_val_if_fail (MUTUAL_IS_OBLIGATION (self), NULL);
  return self->due_text;
}

/**
 * mutual_obligation_get_done:
 * @self: an obligation
 *
 * Gets [property@Mutual.Obligation:done].
 *
 * Returns: (nullable): the ISO 8601 date it was done, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_obligation_get_done (MutualObligation *self)
{
  g_return_val_if_fail (MUTUAL_IS_OBLIGATION (self), NULL);
  return self->done != MUTUAL_DAY_NONE ? self->done_text : NULL;
}

/**
 * mutual_obligation_is_late_on:
 * @self: an obligation
 * @date: an ISO 8601 date
 *
 * Whether the obligation is late on @date: @date is after the due date and
 * it was not done by then (not done at all, or done after the due date).
 *
 * Returns: %TRUE if it is late
 *
 * Since: 1.0
 */
gboolean
mutual_obligation_is_late_on (MutualObligation *self,
                              const char       *date)
{
  MutualDay day;

  g_return_val_if_fail (MUTUAL_IS_OBLIGATION (self), FALSE);
  g_return_val_if_fail (date != NULL && mutual_day_parse (date, &day, NULL), FALSE);

  return mutual_obligation_late_on_day (self, day);
}
