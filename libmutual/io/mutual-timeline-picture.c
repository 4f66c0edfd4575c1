/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "mutual-str-private.h"
#include "mutual-contract.h"
#include "mutual-date-private.h"
#include "mutual-error.h"
#include "mutual-event.h"
#include "mutual-grace-period.h"
#include "mutual-model-staff.h"
#include "mutual-obligation.h"
#include "mutual-party.h"
#include "mutual-procurement.h"
#include "mutual-timeline-picture.h"

/**
 * MutualTimelinePicture:
 *
 * A picture of dated things on a time axis, written as a self-contained SVG
 * (no script, no external style, nothing fetched) that a browser, an HTML
 * report or a document can show as it is.
 *
 * The picture is a set of *lanes*, one per row, each with a title: spans
 * (a contract, from its start to its end, with the options to extend drawn
 * lighter; a protected period) and markers (a date with a label). The axis
 * runs over whole years, from the 1 January before the earliest date to
 * the 1 January after the latest one.
 *
 * Three sources fill it:
 *
 * - [method@Mutual.TimelinePicture.add_procurement]: a lane per contracting
 *   authority and supplier with the contracts between them (reserved ones
 *   marked), the protected period, and when open competition falls due and
 *   the next reservation is allowed, from [class@Mutual.GracePeriod];
 * - [method@Mutual.TimelinePicture.add_transfer]: a TUPE transfer plan's
 *   calendar of obligations, late ones flagged;
 * - [method@Mutual.TimelinePicture.add_scenario]: a scenario's dated events.
 *
 * [method@Mutual.TimelinePicture.add_model] adds a model's procurement and
 * every transfer plan in one call, and
 * [method@Mutual.TimelinePicture.add_span] and
 * [method@Mutual.TimelinePicture.add_marker] add anything else.
 *
 * In the SVG, each lane is a `<g class="lane" data-lane="…">`, each span a
 * `<g class="span MARK" data-start data-end [data-extended-to]>` and each
 * marker a `<g class="marker MARK" data-date>`, where MARK is the
 * [enum@Mutual.TimelineMark]'s nick (`plain`, `reserved`, `protected`,
 * `due`, `allowed`, `done`, `late`); every one has a `<title>` a browser
 * shows as a tooltip.
 *
 * Since: 1.0
 */

typedef struct
{
  gboolean is_span;
  MutualDay start;
  MutualDay end;
  MutualDay extended_to;
  char *label;
  char *tooltip;
  MutualTimelineMark mark;
  /* layout */
  guint row;
  double from, to;          /* horizontal extent, label included */
  double text_x;
  gboolean text_inside;
  gboolean text_end;        /* anchored at its end (left of the date) */
  char *text;
} Item;

typedef struct
{
  char *title;
  GPtrArray *items;
  /* layout */
  guint span_rows;
  guint marker_rows;
  double top;
  double height;
} Lane;

struct _MutualTimelinePicture
{
  GObject parent_instance;

  char *title;
  char *as_at;
  GPtrArray *lanes;
};

G_DEFINE_FINAL_TYPE (MutualTimelinePicture, mutual_timeline_picture, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_AS_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
item_free (gpointer data)
{
  Item *item = data;

  g_free (item->label);
  g_free (item->tooltip);
  g_free (item->text);
  g_free (item);
}

static void
lane_free (gpointer data)
{
  Lane *lane = data;

  g_free (lane->title);
  g_ptr_array_unref (lane->items);
  g_free (lane);
}

static GPtrArray *
lanes_new (void)
{
  return g_ptr_array_new_with_free_func (lane_free);
}

static Lane *
lanes_get (GPtrArray  *lanes,
           const char *title)
{
  Lane *lane;

  for (guint i = 0; i < lanes->len; i++)
    {
      lane = g_ptr_array_index (lanes, i);
      if (g_str_equal (lane->title, title))
        return lane;
    }
  lane = g_new0 (Lane, 1);
  lane->title = g_strdup (title);
  lane->items = g_ptr_array_new_with_free_func (item_free);
  g_ptr_array_add (lanes, lane);
  return lane;
}

/* Moves every item of @from into the lanes of @to with the same titles. */
static void
lanes_merge (GPtrArray *to,
             GPtrArray *from)
{
  for (guint i = 0; i < from->len; i++)
    {
      Lane *source = g_ptr_array_index (from, i);
      Lane *target = lanes_get (to, source->title);

      g_ptr_array_set_free_func (source->items, NULL);
      g_ptr_array_extend_and_steal (target->items, g_steal_pointer (&source->items));
      source->items = g_ptr_array_new_with_free_func (item_free);
    }
}

static gboolean
parse_day (const char  *text,
           const char  *what,
           const char  *label,
           MutualDay   *out,
           GError     **error)
{
  if (!mutual_day_parse (text, out, error))
    {
      g_prefix_error (error, "timeline “%s”, %s: ", label, what);
      return FALSE;
    }
  return TRUE;
}

static void
add_item (GPtrArray          *lanes,
          const char         *lane,
          gboolean            is_span,
          MutualDay           start,
          MutualDay           end,
          MutualDay           extended_to,
          const char         *label,
          const char         *tooltip,
          MutualTimelineMark  mark)
{
  Item *item = g_new0 (Item, 1);

  item->is_span = is_span;
  item->start = start;
  item->end = end;
  item->extended_to = extended_to;
  item->label = g_strdup (label);
  item->tooltip = g_strdup (tooltip ? tooltip : label);
  item->mark = mark;
  g_ptr_array_add (lanes_get (lanes, lane)->items, item);
}

static gboolean
span_into (GPtrArray           *lanes,
           const char          *lane,
           const char          *label,
           const char          *start,
           const char          *end,
           const char          *extended_to,
           const char          *tooltip,
           MutualTimelineMark   mark,
           GError             **error)
{
  MutualDay s, e, x = MUTUAL_DAY_NONE;

  if (!parse_day (start, "start", label, &s, error) ||
      !parse_day (end, "end", label, &e, error) ||
      (extended_to != NULL && !parse_day (extended_to, "extended to", label, &x, error)))
    return FALSE;
  if (e < s || (x != MUTUAL_DAY_NONE && x < e))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_ORDER,
                   "timeline “%s”: %s is before %s", label,
                   e < s ? end : extended_to, e < s ? start : end);
      return FALSE;
    }
  if (x == e)
    x = MUTUAL_DAY_NONE;
  add_item (lanes, lane, TRUE, s, e, x, label, tooltip, mark);
  return TRUE;
}

static gboolean
marker_into (GPtrArray           *lanes,
             const char          *lane,
             const char          *date,
             const char          *label,
             const char          *tooltip,
             MutualTimelineMark   mark,
             GError             **error)
{
  MutualDay d;

  if (!parse_day (date, "date", label, &d, error))
    return FALSE;
  add_item (lanes, lane, FALSE, d, d, MUTUAL_DAY_NONE, label, tooltip, mark);
  return TRUE;
}

static const char *
party_name (MutualModel *model,
            const char  *id)
{
  MutualParty *party = mutual_model_lookup_party (model, id);

  return party ? mutual_party_get_name (party) : id;
}

static gboolean
procurement_into (GPtrArray    *lanes,
                  MutualModel  *model,
                  GError      **error)
{
  g_autoptr(MutualProcurement) procurement = mutual_procurement_new (model);
  g_autoptr(GListModel) periods = mutual_procurement_list_grace_periods (procurement, NULL, NULL, error);

  if (periods == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (periods); i++)
    {
      g_autoptr(MutualGracePeriod) period = g_list_model_get_item (periods, i);
      GListModel *contracts = mutual_grace_period_get_timeline (period);
      g_autofree char *lane = g_strdup_printf ("%s → %s",
                                               party_name (model, mutual_grace_period_get_authority (period)),
                                               party_name (model, mutual_grace_period_get_supplier (period)));

      for (guint j = 0; j < g_list_model_get_n_items (contracts); j++)
        {
          g_autoptr(MutualContract) contract = g_list_model_get_item (contracts, j);
          MutualReservedUnder under = mutual_contract_get_reserved_under (contract);
          g_autofree char *latest = mutual_contract_dup_latest_end (contract);
          g_autofree char *label = NULL;
          g_autofree char *tooltip = NULL;
          const char *title = mutual_contract_get_title (contract);

          if (under != MUTUAL_RESERVED_UNDER_NONE)
            label = g_strdup_printf ("%s, reserved", mutual_contract_get_id (contract));
          else
            label = g_strdup (mutual_contract_get_id (contract));
          tooltip = g_strdup_printf ("%s%s%s: %s to %s%s%s%s%s", mutual_contract_get_id (contract),
                                     title ? ", " : "", title ? title : "",
                                     mutual_contract_get_start (contract), mutual_contract_get_end (contract),
                                     mutual_contract_get_extension_months (contract) > 0 ? ", options to extend to " : "",
                                     mutual_contract_get_extension_months (contract) > 0 ? latest : "",
                                     under != MUTUAL_RESERVED_UNDER_NONE ? "; reserved under " : "",
                                     under != MUTUAL_RESERVED_UNDER_NONE ? mutual_reserved_under_to_string (under) : "");
          if (!span_into (lanes, lane, label, mutual_contract_get_start (contract), mutual_contract_get_end (contract),
                          mutual_contract_get_extension_months (contract) > 0 ? latest : NULL, tooltip,
                          under != MUTUAL_RESERVED_UNDER_NONE ? MUTUAL_TIMELINE_MARK_RESERVED : MUTUAL_TIMELINE_MARK_PLAIN,
                          error))
            return FALSE;
        }
      if (mutual_grace_period_get_start (period) != NULL && mutual_grace_period_get_end (period) != NULL &&
          !span_into (lanes, lane, "protected period", mutual_grace_period_get_start (period),
                      mutual_grace_period_get_end (period),
                      NULL, "protected from open competition (the grace period)",
                      MUTUAL_TIMELINE_MARK_PROTECTED, error))
        return FALSE;
      if (mutual_grace_period_get_open_competition_due (period) != NULL &&
          !marker_into (lanes, lane, mutual_grace_period_get_open_competition_due (period),
                        "open competition due", NULL, MUTUAL_TIMELINE_MARK_DUE, error))
        return FALSE;
      if (mutual_grace_period_get_next_reservation_allowed (period) != NULL &&
          !marker_into (lanes, lane, mutual_grace_period_get_next_reservation_allowed (period),
                        "next reservation allowed", NULL, MUTUAL_TIMELINE_MARK_ALLOWED, error))
        return FALSE;
    }
  return TRUE;
}

/* Short names for the calendar's obligations; the full title is the
 * tooltip. */
static const char *
obligation_name (MutualObligation *obligation)
{
  static const struct { const char *code; const char *name; } names[] = {
    { "tupe.inform", "inform representatives" },
    { "tupe.consult", "consult on measures" },
    { "tupe.eli", "employee liability information" },
    { "tupe.redundancy-consultation", "collective redundancy consultation" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (names[i].code, mutual_obligation_get_code (obligation)))
      return names[i].name;
  return mutual_obligation_get_title (obligation);
}

static gboolean
transfer_into (GPtrArray               *lanes,
               MutualTransferAnalysis  *analysis,
               const char              *on,
               GError                 **error)
{
  MutualTransferPlan *plan = mutual_transfer_analysis_get_plan (analysis);
  MutualModel *model = mutual_transfer_analysis_get_model (analysis);
  GListModel *calendar = mutual_transfer_analysis_get_calendar (analysis);
  const char *transfer = mutual_transfer_plan_get_transfer_date (plan);
  g_autofree char *lane = g_strdup_printf ("TUPE %s: transfer to %s", mutual_transfer_plan_get_id (plan),
                                           party_name (model, mutual_transfer_plan_get_transferee (plan)));
  MutualDay day;

  if (on != NULL && !mutual_day_parse (on, &day, error))
    {
      g_prefix_error (error, "timeline of transfer plan “%s”: ", mutual_transfer_plan_get_id (plan));
      return FALSE;
    }
  if (on == NULL)
    on = transfer;
  if (!marker_into (lanes, lane, transfer, "transfer", mutual_transfer_plan_get_name (plan),
                    MUTUAL_TIMELINE_MARK_PLAIN, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (calendar); i++)
    {
      g_autoptr(MutualObligation) obligation = g_list_model_get_item (calendar, i);
      const char *done = mutual_obligation_get_done (obligation);
      gboolean late = mutual_obligation_is_late_on (obligation, on);
      g_autofree char *label = g_strdup_printf ("%s%s%s%s", obligation_name (obligation),
                                                done ? ", done " : "", done ? done : "", late ? ": LATE" : "");
      g_autofree char *tooltip = g_strdup_printf ("%s (%s): due %s, %s%s%s", mutual_obligation_get_title (obligation),
                                                  mutual_obligation_get_citation (obligation),
                                                  mutual_obligation_get_due (obligation),
                                                  done ? "done " : "not done", done ? done : "",
                                                  late ? "; late" : "");
      MutualTimelineMark mark = late ? MUTUAL_TIMELINE_MARK_LATE
                                     : done ? MUTUAL_TIMELINE_MARK_DONE : MUTUAL_TIMELINE_MARK_DUE;

      if (!marker_into (lanes, lane, mutual_obligation_get_due (obligation), label, tooltip, mark, error))
        return FALSE;
    }
  return TRUE;
}

static void
mutual_timeline_picture_finalize (GObject *object)
{
  MutualTimelinePicture *self = MUTUAL_TIMELINE_PICTURE (object);

  g_free (self->title);
  g_free (self->as_at);
  g_ptr_array_unref (self->lanes);

  G_OBJECT_CLASS (mutual_timeline_picture_parent_class)->finalize (object);
}

static void
mutual_timeline_picture_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  MutualTimelinePicture *self = MUTUAL_TIMELINE_PICTURE (object);

  switch (prop_id)
    {
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_AS_AT: g_value_set_string (value, self->as_at); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_timeline_picture_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  MutualTimelinePicture *self = MUTUAL_TIMELINE_PICTURE (object);

  switch (prop_id)
    {
    case PROP_TITLE: mutual_timeline_picture_set_title (self, g_value_get_string (value)); break;
    case PROP_AS_AT: mutual_timeline_picture_set_as_at (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_timeline_picture_class_init (MutualTimelinePictureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_timeline_picture_finalize;
  object_class->get_property = mutual_timeline_picture_get_property;
  object_class->set_property = mutual_timeline_picture_set_property;

  /**
   * MutualTimelinePicture:title:
   *
   * The title written above the picture, or %NULL for none.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  /**
   * MutualTimelinePicture:as-at:
   *
   * The ISO 8601 date drawn as an "as at" line across every lane, or %NULL
   * for none.
   *
   * Since: 1.0
   */
  properties[PROP_AS_AT] = g_param_spec_string ("as-at", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_timeline_picture_init (MutualTimelinePicture *self)
{
  self->lanes = lanes_new ();
}

/**
 * mutual_timeline_picture_new:
 * @title: (nullable): the title written above the picture, or %NULL
 *
 * Creates an empty timeline picture.
 *
 * Returns: (transfer full): a new #MutualTimelinePicture
 *
 * Since: 1.0
 */
MutualTimelinePicture *
mutual_timeline_picture_new (const char *title)
{
  return g_object_new (MUTUAL_TYPE_TIMELINE_PICTURE, "title", title, NULL);
}

/**
 * mutual_timeline_picture_get_title:
 * @self: a timeline picture
 *
 * Gets [property@Mutual.TimelinePicture:title].
 *
 * Returns: (nullable): the title
 *
 * Since: 1.0
 */
const char *
mutual_timeline_picture_get_title (MutualTimelinePicture *self)
{
  g_return_val_if_fail (MUTUAL_IS_TIMELINE_PICTURE (self), NULL);
  return self->title;
}

/**
 * mutual_timeline_picture_set_title:
 * @self: a timeline picture
 * @title: (nullable): the title, or %NULL for none
 *
 * Sets [property@Mutual.TimelinePicture:title].
 *
 * Since: 1.0
 */
void
mutual_timeline_picture_set_title (MutualTimelinePicture *self,
                                   const char            *title)
{
  g_return_if_fail (MUTUAL_IS_TIMELINE_PICTURE (self));

  if (mutual_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * mutual_timeline_picture_get_as_at:
 * @self: a timeline picture
 *
 * Gets [property@Mutual.TimelinePicture:as-at].
 *
 * Returns: (nullable): the ISO 8601 date, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_timeline_picture_get_as_at (MutualTimelinePicture *self)
{
  g_return_val_if_fail (MUTUAL_IS_TIMELINE_PICTURE (self), NULL);
  return self->as_at;
}

/**
 * mutual_timeline_picture_set_as_at:
 * @self: a timeline picture
 * @date: (nullable): an ISO 8601 date, or %NULL for no "as at" line
 *
 * Sets [property@Mutual.TimelinePicture:as-at]. @date must be a valid
 * date.
 *
 * Since: 1.0
 */
void
mutual_timeline_picture_set_as_at (MutualTimelinePicture *self,
                                   const char            *date)
{
  MutualDay day;

  g_return_if_fail (MUTUAL_IS_TIMELINE_PICTURE (self));
  g_return_if_fail (date == NULL || mutual_day_parse (date, &day, NULL));

  if (mutual_set_str (&self->as_at, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_AT]);
}

/**
 * mutual_timeline_picture_get_n_lanes:
 * @self: a timeline picture
 *
 * The number of lanes (rows with a title) the picture has.
 *
 * Returns: the number of lanes
 *
 * Since: 1.0
 */
guint
mutual_timeline_picture_get_n_lanes (MutualTimelinePicture *self)
{
  g_return_val_if_fail (MUTUAL_IS_TIMELINE_PICTURE (self), 0);
  return self->lanes->len;
}

/**
 * mutual_timeline_picture_add_span:
 * @self: a timeline picture
 * @lane: the title of the lane; a new lane if no lane has it yet
 * @label: what the span is
 * @start: the ISO 8601 date it starts
 * @end: the ISO 8601 date it ends, inclusive
 * @extended_to: (nullable): the ISO 8601 date it could last to with every
 *   option to extend taken, drawn lighter after @end, or %NULL
 * @mark: how to draw it
 * @error: return location for a #GError
 *
 * Adds a bar from @start to @end to a lane.
 *
 * Returns: %TRUE if it was added; %FALSE with %MUTUAL_ERROR_PARSE if a
 *   date is not a date, or %MUTUAL_ERROR_ORDER if @end is before @start or
 *   @extended_to before @end
 *
 * Since: 1.0
 */
gboolean
mutual_timeline_picture_add_span (MutualTimelinePicture  *self,
                                  const char             *lane,
                                  const char             *label,
                                  const char             *start,
                                  const char             *end,
                                  const char             *extended_to,
                                  MutualTimelineMark      mark,
                                  GError                **error)
{
  g_return_val_if_fail (MUTUAL_IS_TIMELINE_PICTURE (self), FALSE);
  g_return_val_if_fail (lane != NULL, FALSE);
  g_return_val_if_fail (label != NULL, FALSE);
  g_return_val_if_fail (start != NULL, FALSE);
  g_return_val_if_fail (end != NULL, FALSE);
  g_return_val_if_fail (mark <= MUTUAL_TIMELINE_MARK_LATE, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return span_into (self->lanes, lane, label, start, end, extended_to, NULL, mark, error);
}

/**
 * mutual_timeline_picture_add_marker:
 * @self: a timeline picture
 * @lane: the title of the lane; a new lane if no lane has it yet
 * @date: the ISO 8601 date
 * @label: what happens on @date
 * @mark: how to draw it
 * @error: return location for a #GError
 *
 * Adds a marker at @date to a lane, labelled with the date and @label.
 *
 * Returns: %TRUE if it was added; %FALSE with %MUTUAL_ERROR_PARSE if
 *   @date is not a date
 *
 * Since: 1.0
 */
gboolean
mutual_timeline_picture_add_marker (MutualTimelinePicture  *self,
                                    const char             *lane,
                                    const char             *date,
                                    const char             *label,
                                    MutualTimelineMark      mark,
                                    GError                **error)
{
  g_return_val_if_fail (MUTUAL_IS_TIMELINE_PICTURE (self), FALSE);
  g_return_val_if_fail (lane != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (label != NULL, FALSE);
  g_return_val_if_fail (mark <= MUTUAL_TIMELINE_MARK_LATE, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return marker_into (self->lanes, lane, date, label, NULL, mark, error);
}

/**
 * mutual_timeline_picture_add_procurement:
 * @self: a timeline picture
 * @model: a model with contracts
 * @error: return location for a #GError
 *
 * Adds a lane for each contracting authority and supplier with a contract
 * between them ("Authority → Supplier"), as
 * [method@Mutual.Procurement.list_grace_periods] finds them: each contract
 * as a span from its start to its end, its options to extend drawn
 * lighter, reserved ones marked %MUTUAL_TIMELINE_MARK_RESERVED; the
 * protected period (%MUTUAL_TIMELINE_MARK_PROTECTED); the day open
 * competition falls due (%MUTUAL_TIMELINE_MARK_DUE) and the day the next
 * reservation is allowed (%MUTUAL_TIMELINE_MARK_ALLOWED).
 *
 * Returns: %TRUE if the lanes were added; %FALSE with the error of
 *   [method@Mutual.Model.validate_contracts], and nothing added
 *
 * Since: 1.0
 */
gboolean
mutual_timeline_picture_add_procurement (MutualTimelinePicture  *self,
                                         MutualModel            *model,
                                         GError                **error)
{
  g_autoptr(GPtrArray) lanes = lanes_new ();

  g_return_val_if_fail (MUTUAL_IS_TIMELINE_PICTURE (self), FALSE);
  g_return_val_if_fail (MUTUAL_IS_MODEL (model), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!procurement_into (lanes, model, error))
    return FALSE;
  lanes_merge (self->lanes, lanes);
  return TRUE;
}

/**
 * mutual_timeline_picture_add_transfer:
 * @self: a timeline picture
 * @analysis: a TUPE transfer analysis
 * @on: (nullable): the ISO 8601 date on which to judge whether an
 *   obligation is late, or %NULL for the transfer date
 * @error: return location for a #GError
 *
 * Adds a lane for the transfer plan ("TUPE PLAN: transfer to Transferee"):
 * the transfer date, and each obligation of
 * [method@Mutual.TransferAnalysis.get_calendar] at its due date, marked
 * %MUTUAL_TIMELINE_MARK_LATE if it is late on @on (as
 * [method@Mutual.Obligation.is_late_on] says; its label ends in "LATE"),
 * %MUTUAL_TIMELINE_MARK_DONE if it was done in time, and
 * %MUTUAL_TIMELINE_MARK_DUE if it is not done yet.
 *
 * Returns: %TRUE if the lane was added; %FALSE with %MUTUAL_ERROR_PARSE if
 *   @on is not a date, and nothing added
 *
 * Since: 1.0
 */
gboolean
mutual_timeline_picture_add_transfer (MutualTimelinePicture   *self,
                                      MutualTransferAnalysis  *analysis,
                                      const char              *on,
                                      GError                 **error)
{
  g_autoptr(GPtrArray) lanes = lanes_new ();

  g_return_val_if_fail (MUTUAL_IS_TIMELINE_PICTURE (self), FALSE);
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_ANALYSIS (analysis), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!transfer_into (lanes, analysis, on, error))
    return FALSE;
  lanes_merge (self->lanes, lanes);
  return TRUE;
}

/**
 * mutual_timeline_picture_add_scenario:
 * @self: a timeline picture
 * @timeline: the timeline a scenario ran to
 * @name: (nullable): the lane's title, or %NULL for "Scenario"
 *
 * Adds a lane with a marker for each event of @timeline at its date,
 * labelled with what the event does ([method@Mutual.Event.describe]).
 *
 * Since: 1.0
 */
void
mutual_timeline_picture_add_scenario (MutualTimelinePicture *self,
                                      MutualTimeline        *timeline,
                                      const char            *name)
{
  g_return_if_fail (MUTUAL_IS_TIMELINE_PICTURE (self));
  g_return_if_fail (MUTUAL_IS_TIMELINE (timeline));

  if (name == NULL)
    name = "Scenario";
  for (guint i = 0; i < mutual_timeline_get_n_events (timeline); i++)
    {
      MutualEvent *event = mutual_timeline_get_event (timeline, i);
      g_autofree char *description = mutual_event_describe (event);
      g_autofree char *tooltip = g_strdup_printf ("%s (%s): %s", mutual_event_get_id (event),
                                                  mutual_event_get_kind (event), description);
      MutualDay day;

      /* events hold valid dates: a scenario checks them when it is built */
      if (mutual_day_parse (mutual_event_get_date (event), &day, NULL))
        add_item (self->lanes, name, FALSE, day, day, MUTUAL_DAY_NONE, description, tooltip,
                  MUTUAL_TIMELINE_MARK_PLAIN);
    }
}

/**
 * mutual_timeline_picture_add_model:
 * @self: a timeline picture
 * @model: a model
 * @error: return location for a #GError
 *
 * Adds what @model has that is dated: its procurement, as
 * [method@Mutual.TimelinePicture.add_procurement] does, and the calendar of
 * each transfer plan, as [method@Mutual.TimelinePicture.add_transfer] does,
 * with lateness judged on the model's date (or on each transfer date if
 * the model has none).
 *
 * Returns: %TRUE if the lanes were added; %FALSE with the error of the
 *   procurement or transfer analyses, and nothing added
 *
 * Since: 1.0
 */
gboolean
mutual_timeline_picture_add_model (MutualTimelinePicture  *self,
                                   MutualModel            *model,
                                   GError                **error)
{
  g_autoptr(GPtrArray) lanes = lanes_new ();
  GListModel *plans;

  g_return_val_if_fail (MUTUAL_IS_TIMELINE_PICTURE (self), FALSE);
  g_return_val_if_fail (MUTUAL_IS_MODEL (model), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!procurement_into (lanes, model, error))
    return FALSE;
  plans = mutual_model_get_transfer_plans (model);
  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(MutualTransferPlan) plan = g_list_model_get_item (plans, i);
      g_autoptr(MutualTransferAnalysis) analysis =
        mutual_transfer_analysis_new (model, mutual_transfer_plan_get_id (plan), error);

      if (analysis == NULL || !transfer_into (lanes, analysis, mutual_model_get_date (model), error))
        return FALSE;
    }
  lanes_merge (self->lanes, lanes);
  return TRUE;
}

/* ---- drawing ---- */

#define WIDTH 1000.0
#define PLOT_LEFT 240.0
#define PLOT_RIGHT (WIDTH - 24.0)
#define SPAN_ROW 26.0
#define MARKER_ROW 19.0
#define LANE_PAD 8.0
#define LANE_MIN 44.0
#define CHAR_W 5.9     /* an 11px sans-serif character, a little generous */

static const struct {
  const char *nick;
  const char *colour;
  const char *span_legend;
  const char *marker_legend;
} marks[] = {
  [MUTUAL_TIMELINE_MARK_PLAIN] = { "plain", "#546e7a", "contract", "event" },
  [MUTUAL_TIMELINE_MARK_RESERVED] = { "reserved", "#2e7d32", "reserved contract", "reserved" },
  [MUTUAL_TIMELINE_MARK_PROTECTED] = { "protected", "#2e7d32", "protected period", "protected" },
  [MUTUAL_TIMELINE_MARK_DUE] = { "due", "#e65100", "due", "falls due" },
  [MUTUAL_TIMELINE_MARK_ALLOWED] = { "allowed", "#00838f", "allowed", "becomes allowed" },
  [MUTUAL_TIMELINE_MARK_DONE] = { "done", "#1565c0", "done", "done in time" },
  [MUTUAL_TIMELINE_MARK_LATE] = { "late", "#c62828", "late", "late" },
};

typedef struct
{
  MutualDay first;          /* 1 January of the first year */
  MutualDay last;           /* 1 January after the last year */
} Axis;

static double
x_of (const Axis *axis,
      MutualDay   day)
{
  return PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * (double) (day - axis->first) / (double) (axis->last - axis->first);
}

static double
text_width (const char *text)
{
  return CHAR_W * g_utf8_strlen (text, -1);
}

static void
escaped (GString    *out,
         const char *text)
{
  g_autofree char *e = g_markup_escape_text (text, -1);

  g_string_append (out, e);
}

static void
attribute (GString    *out,
           const char *name,
           const char *text)
{
  g_string_append_printf (out, " %s=\"", name);
  escaped (out, text);
  g_string_append_c (out, '"');
}

/* Cuts @text to at most @chars characters, with an ellipsis. */
static char *
cut (const char *text,
     glong       chars)
{
  if (g_utf8_strlen (text, -1) <= chars)
    return g_strdup (text);
  if (chars < 2)
    return g_strdup ("");
  {
    g_autofree char *head = g_utf8_substring (text, 0, chars - 1);

    return g_strconcat (head, "…", NULL);
  }
}

/* Places @item in the first row of @rows whose last extent ends before
 * the item's begins. */
static void
pack (GArray *rows,
      Item   *item)
{
  guint row;

  for (row = 0; row < rows->len; row++)
    if (g_array_index (rows, double, row) + 6 <= item->from)
      break;
  if (row == rows->len)
    g_array_append_val (rows, item->to);
  else
    g_array_index (rows, double, row) = item->to;
  item->row = row;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *x = *(const Item **) a, *y = *(const Item **) b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return 0;
}

static void
layout_lane (Lane       *lane,
             const Axis *axis)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_copy (lane->items, NULL, NULL);
  g_autoptr(GArray) span_rows = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) marker_rows = g_array_new (FALSE, FALSE, sizeof (double));

  g_ptr_array_set_free_func (sorted, NULL);   /* the copy borrows the items */
  g_ptr_array_sort (sorted, compare_items);   /* stable: equal dates keep their order */
  for (guint i = 0; i < sorted->len; i++)
    {
      Item *item = g_ptr_array_index (sorted, i);
      char start[11], end[11];

      g_free (item->text);
      if (item->is_span)
        {
          double x0 = x_of (axis, item->start);
          double x1 = x_of (axis, item->end + 1);
          double outer = x_of (axis, (item->extended_to ? item->extended_to : item->end) + 1);
          g_autofree char *full = NULL;

          mutual_day_format_buf (item->start, start);
          mutual_day_format_buf (item->end, end);
          full = g_strdup_printf ("%s  %s – %s", item->label, start, end);
          item->from = x0;
          item->to = outer;
          item->text_inside = TRUE;
          item->text_end = FALSE;
          item->text_x = x0 + 5;
          if (text_width (full) + 10 <= x1 - x0)
            item->text = g_steal_pointer (&full);
          else if (text_width (item->label) + 10 <= x1 - x0)
            item->text = g_strdup (item->label);
          else
            {
              item->text = g_steal_pointer (&full);
              item->text_inside = FALSE;
              if (outer + 6 + text_width (item->text) <= WIDTH - 4)
                {
                  item->text_x = outer + 5;
                  item->to = outer + 6 + text_width (item->text);
                }
              else
                {
                  item->text_end = TRUE;
                  item->text_x = x0 - 5;
                  item->from = x0 - 6 - text_width (item->text);
                }
            }
          pack (span_rows, item);
        }
      else
        {
          double x = x_of (axis, item->start) + (x_of (axis, item->start + 1) - x_of (axis, item->start)) / 2;
          double w, left, right;

          mutual_day_format_buf (item->start, start);
          item->text = g_strdup_printf ("%s  %s", start, item->label);
          w = text_width (item->text);
          right = WIDTH - 4 - (x + 8);
          left = x - 8 - (PLOT_LEFT - 12);
          item->text_end = w > right && left > right;
          if (w > MAX (left, right))
            {
              /* too long for either side: cut it, the tooltip has it all */
              char *shorter = cut (item->text, (glong) (MAX (left, right) / CHAR_W));

              g_free (item->text);
              item->text = shorter;
              w = text_width (item->text);
            }
          item->text_inside = FALSE;
          item->text_x = item->text_end ? x - 8 : x + 8;
          item->from = item->text_end ? x - 8 - w : x - 6;
          item->to = item->text_end ? x + 6 : x + 8 + w;
          pack (marker_rows, item);
        }
    }
  lane->span_rows = span_rows->len;
  lane->marker_rows = marker_rows->len;
  lane->height = MAX (LANE_MIN, 2 * LANE_PAD + SPAN_ROW * span_rows->len + MARKER_ROW * marker_rows->len);
}

static void
marker_symbol (GString            *out,
               MutualTimelineMark  mark,
               double              x,
               double              y)
{
  const char *colour = marks[mark].colour;

  switch (mark)
    {
    case MUTUAL_TIMELINE_MARK_DUE:
      g_string_append_printf (out, "<path d=\"M%.1f %.1fl5 -8h-10z\" fill=\"%s\"/>", x, y + 4, colour);
      break;
    case MUTUAL_TIMELINE_MARK_LATE:
      g_string_append_printf (out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"9\" height=\"9\" fill=\"%s\"/>", x - 4.5, y - 4.5, colour);
      break;
    case MUTUAL_TIMELINE_MARK_PLAIN:
      g_string_append_printf (out, "<path d=\"M%.1f %.1fl5 5l-5 5l-5 -5z\" fill=\"%s\"/>", x, y - 5, colour);
      break;
    case MUTUAL_TIMELINE_MARK_ALLOWED:
      g_string_append_printf (out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#fff\" stroke=\"%s\" stroke-width=\"2\"/>",
                              x, y, colour);
      break;
    case MUTUAL_TIMELINE_MARK_RESERVED:
    case MUTUAL_TIMELINE_MARK_PROTECTED:
    case MUTUAL_TIMELINE_MARK_DONE:
    default:
      g_string_append_printf (out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\"/>", x, y, colour);
      break;
    }
}

static void
span_shape (GString            *out,
            MutualTimelineMark  mark,
            double              x0,
            double              x1,
            double              y,
            double              h)
{
  const char *colour = marks[mark].colour;

  if (mark == MUTUAL_TIMELINE_MARK_PROTECTED)
    g_string_append_printf (out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\" fill=\"#c8e6c9\" "
                            "stroke=\"%s\" stroke-dasharray=\"4 2\"/>", x0, y, MAX (x1 - x0, 1.0), h, colour);
  else
    g_string_append_printf (out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\" fill=\"%s\"/>",
                            x0, y, MAX (x1 - x0, 1.0), h, colour);
}

static void
draw_item (GString    *out,
           const Axis *axis,
           const Lane *lane,
           Item       *item)
{
  const char *colour = marks[item->mark].colour;
  char start[11], end[11], extended[11];

  mutual_day_format_buf (item->start, start);
  mutual_day_format_buf (item->end, end);
  if (item->is_span)
    {
      double y = lane->top + LANE_PAD + SPAN_ROW * item->row + 3;
      double x0 = x_of (axis, item->start), x1 = x_of (axis, item->end + 1);
      gboolean light = item->mark == MUTUAL_TIMELINE_MARK_PROTECTED;

      g_string_append_printf (out, "<g class=\"span %s\" data-start=\"%s\" data-end=\"%s\"", marks[item->mark].nick, start, end);
      if (item->extended_to)
        {
          mutual_day_format_buf (item->extended_to, extended);
          g_string_append_printf (out, " data-extended-to=\"%s\"", extended);
        }
      g_string_append (out, "><title>");
      escaped (out, item->tooltip);
      g_string_append (out, "</title>");
      span_shape (out, item->mark, x0, x1, y, SPAN_ROW - 8);
      if (item->extended_to)
        {
          double x2 = x_of (axis, item->extended_to + 1);
          const char *options = "options to extend";

          g_string_append_printf (out, "<rect class=\"extension\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\" "
                                  "fill=\"%s\" fill-opacity=\"0.22\" stroke=\"%s\" stroke-dasharray=\"3 2\"/>",
                                  x1, y + 1, MAX (x2 - x1, 1.0), SPAN_ROW - 10, colour, colour);
          if (item->text_inside && text_width (options) + 8 <= x2 - x1)
            g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\">%s</text>", x1 + 4, y + 12.5, colour, options);
        }
      g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\"%s fill=\"%s\">", item->text_x, y + 12.5,
                              item->text_end ? " text-anchor=\"end\"" : "",
                              item->text_inside && !light ? "#fff" : "#222");
      escaped (out, item->text);
      g_string_append (out, "</text></g>\n");
    }
  else
    {
      double bars = lane->top + LANE_PAD + SPAN_ROW * lane->span_rows;
      double y = bars + MARKER_ROW * item->row + MARKER_ROW / 2;
      double x = x_of (axis, item->start) + (x_of (axis, item->start + 1) - x_of (axis, item->start)) / 2;
      gboolean late = item->mark == MUTUAL_TIMELINE_MARK_LATE;

      g_string_append_printf (out, "<g class=\"marker %s\" data-date=\"%s\"><title>", marks[item->mark].nick, start);
      escaped (out, item->tooltip);
      g_string_append (out, "</title>");
      g_string_append_printf (out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                              "stroke-opacity=\"0.6\" stroke-dasharray=\"2 2\"/>",
                              x, lane->top + 2, x, y, colour);
      marker_symbol (out, item->mark, x, y);
      g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\"%s fill=\"%s\"%s>", item->text_x, y + 4,
                              item->text_end ? " text-anchor=\"end\"" : "", late ? colour : "#222",
                              late ? " font-weight=\"bold\"" : "");
      escaped (out, item->text);
      g_string_append (out, "</text></g>\n");
    }
}

static void
draw_lane_title (GString    *out,
                 const Lane *lane)
{
  g_auto(GStrv) words = g_strsplit (lane->title, " ", -1);
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  const glong per_line = 31;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (line->len > 0 && g_utf8_strlen (line->str, -1) + 1 + g_utf8_strlen (words[i], -1) > per_line)
        {
          g_ptr_array_add (lines, g_strdup (line->str));
          g_string_truncate (line, 0);
        }
      if (line->len > 0)
        g_string_append_c (line, ' ');
      g_string_append (line, words[i]);
    }
  if (line->len > 0)
    g_ptr_array_add (lines, g_strdup (line->str));

  g_string_append_printf (out, "<text class=\"lane-title\" x=\"12\" y=\"%.1f\" font-size=\"12\" font-weight=\"bold\" fill=\"#222\">",
                          lane->top + LANE_PAD + 12);
  for (guint i = 0; i < lines->len && i < 2; i++)
    {
      g_autofree char *text = NULL;

      if (i == 1 && lines->len > 2)
        {
          g_autofree char *rest = g_strconcat (g_ptr_array_index (lines, 1), " …", NULL);

          text = cut (rest, per_line);
        }
      else
        text = cut (g_ptr_array_index (lines, i), per_line);
      g_string_append_printf (out, "<tspan x=\"12\" dy=\"%s\">", i == 0 ? "0" : "15");
      escaped (out, text);
      g_string_append (out, "</tspan>");
    }
  g_string_append (out, "</text>\n");
}

static void
draw_legend (GString   *out,
             GPtrArray *lanes,
             double     y)
{
  gboolean spans[G_N_ELEMENTS (marks)] = { FALSE }, markers[G_N_ELEMENTS (marks)] = { FALSE };
  gboolean extension = FALSE;
  double x = 12;

  for (guint i = 0; i < lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (lanes, i);

      for (guint j = 0; j < lane->items->len; j++)
        {
          Item *item = g_ptr_array_index (lane->items, j);

          if (item->is_span)
            spans[item->mark] = TRUE;
          else
            markers[item->mark] = TRUE;
          extension |= item->extended_to != MUTUAL_DAY_NONE;
        }
    }
  g_string_append (out, "<g class=\"legend\">");
  for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
    {
      if (spans[m])
        {
          span_shape (out, m, x, x + 22, y - 9, 12);
          g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#444\">%s</text>", x + 27, y + 1, marks[m].span_legend);
          x += 27 + text_width (marks[m].span_legend) + 16;
        }
      if (spans[m] && m == MUTUAL_TIMELINE_MARK_PLAIN && extension)
        {
          g_string_append_printf (out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"22\" height=\"10\" rx=\"3\" fill=\"%s\" "
                                  "fill-opacity=\"0.22\" stroke=\"%s\" stroke-dasharray=\"3 2\"/>",
                                  x, y - 8, marks[m].colour, marks[m].colour);
          g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#444\">options to extend</text>", x + 27, y + 1);
          x += 27 + text_width ("options to extend") + 16;
        }
    }
  for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
    if (markers[m])
      {
        marker_symbol (out, m, x + 5, y - 3);
        g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#444\">%s</text>", x + 14, y + 1, marks[m].marker_legend);
        x += 14 + text_width (marks[m].marker_legend) + 16;
      }
  g_string_append (out, "</g>\n");
}

/**
 * mutual_timeline_picture_to_svg:
 * @self: a timeline picture
 *
 * The picture as a self-contained SVG document, 1000 pixels wide and as
 * tall as its lanes need: the title, a date axis with the years, a lane per
 * source with its spans and markers (labels placed so they do not
 * overlap), the "as at" line, and a legend of the marks used. A picture
 * with nothing in it says so.
 *
 * Returns: (transfer full): the SVG, UTF-8
 *
 * Since: 1.0
 */
char *
mutual_timeline_picture_to_svg (MutualTimelinePicture *self)
{
  GString *out;
  GString *body;
  MutualDay lo = G_MAXUINT32, hi = 0, as_at = MUTUAL_DAY_NONE;
  Axis axis;
  int first_year, last_year, month, mday, step;
  double y, height;
  double axis_y;

  g_return_val_if_fail (MUTUAL_IS_TIMELINE_PICTURE (self), NULL);

  axis_y = self->title != NULL ? 62.0 : 30.0;   /* the axis, under the title if there is one */

  if (self->as_at != NULL)
    mutual_day_parse (self->as_at, &as_at, NULL);
  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, i);

      for (guint j = 0; j < lane->items->len; j++)
        {
          Item *item = g_ptr_array_index (lane->items, j);

          lo = MIN (lo, item->start);
          hi = MAX (hi, item->extended_to ? item->extended_to : item->end);
        }
    }

  out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  body = g_string_new (NULL);
  if (hi == 0)
    {
      height = axis_y + 28;
      g_string_append_printf (body, "<text x=\"12\" y=\"%.0f\" fill=\"#666\">Nothing dated to draw.</text>\n", axis_y);
    }
  else
    {
      if (as_at != MUTUAL_DAY_NONE)
        {
          lo = MIN (lo, as_at);
          hi = MAX (hi, as_at);
        }
      mutual_day_to_ymd (lo, &first_year, &month, &mday);
      mutual_day_to_ymd (hi, &last_year, &month, &mday);
      axis.first = mutual_day_from_ymd (first_year, 1, 1);
      axis.last = mutual_day_from_ymd (last_year + 1, 1, 1);
      y = axis_y + 6;
      for (guint i = 0; i < self->lanes->len; i++)
        {
          Lane *lane = g_ptr_array_index (self->lanes, i);

          layout_lane (lane, &axis);
          lane->top = y;
          y += lane->height;
        }
      height = y + 44;

      /* lane backgrounds first, so that the grid and the "as at" line run
       * over them and under everything else */
      for (guint i = 0; i < self->lanes->len; i++)
        {
          Lane *lane = g_ptr_array_index (self->lanes, i);

          g_string_append_printf (body, "<rect x=\"0\" y=\"%.1f\" width=\"%.0f\" height=\"%.1f\" fill=\"%s\"/>\n",
                                  lane->top, WIDTH, lane->height, i % 2 ? "#ffffff" : "#f3f6f3");
        }
      /* the axis: a band per year, a tick and a label */
      step = last_year - first_year < 14 ? 1 : last_year - first_year < 28 ? 2 : last_year - first_year < 70 ? 5 : 10;
      g_string_append (body, "<g class=\"axis\">");
      g_string_append_printf (body, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>",
                              PLOT_LEFT, axis_y, PLOT_RIGHT, axis_y);
      for (int year = first_year; year <= last_year + 1; year++)
        {
          double x = x_of (&axis, mutual_day_from_ymd (year, 1, 1));

          if ((year - first_year) % step != 0 && year != last_year + 1)
            continue;
          g_string_append_printf (body, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>",
                                  x, axis_y, x, y);
          g_string_append_printf (body, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\"/>",
                                  x, axis_y - 5, x, axis_y);
          if (year <= last_year)
            {
              double next = x_of (&axis, mutual_day_from_ymd (MIN (year + step, last_year + 1), 1, 1));

              g_string_append_printf (body, "<text class=\"year\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                                      "font-size=\"12\" fill=\"#444\">%d</text>",
                                      step == 1 ? (x + next) / 2 : x, axis_y - 8, year);
            }
        }
      g_string_append (body, "</g>\n");

      if (as_at != MUTUAL_DAY_NONE)
        {
          double x = x_of (&axis, as_at);

          g_string_append_printf (body, "<g class=\"as-at\" data-date=\"%s\"><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
                                  "y2=\"%.1f\" stroke=\"#555\" stroke-width=\"1.2\" stroke-dasharray=\"6 3\"/>"
                                  "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#222\">"
                                  "as at %s</text></g>\n",
                                  self->as_at, x, axis_y, x, y + 4, x, y + 16, self->as_at);
        }
      for (guint i = 0; i < self->lanes->len; i++)
        {
          Lane *lane = g_ptr_array_index (self->lanes, i);

          g_string_append (body, "<g class=\"lane\"");
          attribute (body, "data-lane", lane->title);
          g_string_append (body, ">");
          g_string_append (body, "<title>");
          escaped (body, lane->title);
          g_string_append (body, "</title>\n");
          draw_lane_title (body, lane);
          for (guint j = 0; j < lane->items->len; j++)
            draw_item (body, &axis, lane, g_ptr_array_index (lane->items, j));
          g_string_append (body, "</g>\n");
        }

      draw_legend (body, self->lanes, height - 10);
    }

  g_string_append_printf (out, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"mutual-timeline\" width=\"%.0f\" "
                          "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"Helvetica,Arial,sans-serif\" "
                          "font-size=\"11\" role=\"img\"", WIDTH, height, WIDTH, height);
  attribute (out, "aria-label", self->title ? self->title : "Timeline");
  g_string_append (out, ">\n<title>");
  escaped (out, self->title ? self->title : "Timeline");
  g_string_append (out, "</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
  if (self->title != NULL)
    {
      g_string_append (out, "<text class=\"title\" x=\"12\" y=\"24\" font-size=\"16\" font-weight=\"bold\" fill=\"#222\">");
      escaped (out, self->title);
      g_string_append (out, "</text>\n");
    }
  g_string_append_len (out, body->str, body->len);
  g_string_free (body, TRUE);
  g_string_append (out, "</svg>\n");
  return g_string_free (out, FALSE);
}

/**
 * mutual_timeline_picture_save:
 * @self: a timeline picture
 * @path: (type filename): where to write the SVG
 * @error: return location for a #GError
 *
 * Writes [method@Mutual.TimelinePicture.to_svg] to @path.
 *
 * Returns: %TRUE if the file was written; %FALSE with %MUTUAL_ERROR_IO
 *
 * Since: 1.0
 */
gboolean
mutual_timeline_picture_save (MutualTimelinePicture  *self,
                              const char             *path,
                              GError                **error)
{
  g_autofree char *svg = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (MUTUAL_IS_TIMELINE_PICTURE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  svg = mutual_timeline_picture_to_svg (self);
  if (!g_file_set_contents (path, svg, -1, &local))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_IO, "%s", local->message);
      return FALSE;
    }
  return TRUE;
}
