/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-str-private.h"
#include "mutual-enum-types.h"
#include "mutual-event-private.h"
#include "mutual-item-list-private.h"
#include "mutual-scenario.h"
#include "mutual-timeline-private.h"

/**
 * MutualScenario:
 *
 * A what-if: dated events applied in order to a base model. "What if the
 * partner sells 15% to the employee trust in 2015? What if the council
 * leaves?"
 *
 * Build a scenario in code with [method@Mutual.Scenario.add_event] or the
 * shortcuts such as [method@Mutual.Scenario.transfer_shares], or read one
 * from a scenario file with [ctor@Mutual.Scenario.new_from_file]. Each
 * event is checked against the state the events before it leave, when it
 * is added: a bad event (more shares than are held, an unknown party or
 * class, a date before the previous event's, a conversion that loses
 * shares) is refused with a #GError naming the event's index and id, and
 * the scenario stays as it was.
 *
 * The scenario never changes its base model: it works on copies, which
 * share the base's unchanged items ([method@Mutual.Model.copy]).
 * [method@Mutual.Scenario.run] gives the [class@Mutual.Timeline] of states.
 *
 * In C:
 *
 * ```c
 * g_autoptr(MutualScenario) scenario = mutual_scenario_new (model);
 * g_autoptr(MutualTimeline) timeline = NULL;
 *
 * if (mutual_scenario_transfer_shares (scenario, "2015-04-01", "cabinet-office", "mycsp-trust",
 *                                      "mycsp-ordinary", 24, &error))
 *   timeline = mutual_scenario_run (scenario, &error);
 * ```
 *
 * In Python:
 *
 * ```python
 * scenario = Mutual.Scenario.new(model)
 * scenario.transfer_shares(datetime.date(2015, 4, 1), "cabinet-office", "mycsp-trust", "mycsp-ordinary", 24)
 * timeline = scenario.run()
 * print(timeline.compare(None, None))            # what changed, one line each
 * ```
 *
 * Since: 1.0
 */

struct _MutualScenario
{
  GObject parent_instance;

  MutualModel *base;
  char *name;
  char *description;
  char *base_name;
  MutualItemList *events;
  GPtrArray *states;        /* state after each event */
  GHashTable *ids;          /* event ids in use */
  MutualDay last_day;
};

G_DEFINE_FINAL_TYPE (MutualScenario, mutual_scenario, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BASE,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_BASE_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_scenario_finalize (GObject *object)
{
  MutualScenario *self = MUTUAL_SCENARIO (object);

  g_clear_object (&self->base);
  g_clear_object (&self->events);
  g_clear_pointer (&self->states, g_ptr_array_unref);
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_free (self->name);
  g_free (self->description);
  g_free (self->base_name);

  G_OBJECT_CLASS (mutual_scenario_parent_class)->finalize (object);
}

static void
mutual_scenario_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MutualScenario *self = MUTUAL_SCENARIO (object);

  switch (prop_id)
    {
    case PROP_BASE:
      g_value_set_object (value, self->base);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_BASE_NAME:
      g_value_set_string (value, self->base_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_scenario_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MutualScenario *self = MUTUAL_SCENARIO (object);

  switch (prop_id)
    {
    case PROP_BASE:
      /* a copy: later changes to the caller's model do not reach us */
      self->base = g_value_get_object (value) ? mutual_model_copy (g_value_get_object (value)) : mutual_model_new ();
      break;
    case PROP_NAME:
      mutual_scenario_set_name (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      mutual_scenario_set_description (self, g_value_get_string (value));
      break;
    case PROP_BASE_NAME:
      mutual_scenario_set_base_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_scenario_class_init (MutualScenarioClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_scenario_finalize;
  object_class->get_property = mutual_scenario_get_property;
  object_class->set_property = mutual_scenario_set_property;

  /**
   * MutualScenario:base:
   *
   * The model the events apply to: a copy of the model given at
   * construction, so changing that model later does not change the
   * scenario.
   *
   * Since: 1.0
   */
  properties[PROP_BASE] = g_param_spec_object ("base", NULL, NULL, MUTUAL_TYPE_MODEL,
                                               flags | G_PARAM_CONSTRUCT_ONLY);
  /**
   * MutualScenario:name:
   *
   * A title for the scenario.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  /**
   * MutualScenario:description:
   *
   * What the scenario explores.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  /**
   * MutualScenario:base-name:
   *
   * Where the base came from, as a scenario file's `base` member says: the
   * name of an embedded example such as `mycsp-2012`, or the path of a
   * model file relative to the scenario file. Unset when the base was
   * given in code; a saved scenario then names no base.
   *
   * Since: 1.0
   */
  properties[PROP_BASE_NAME] = g_param_spec_string ("base-name", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_scenario_init (MutualScenario *self)
{
  self->events = mutual_item_list_new (MUTUAL_TYPE_EVENT);
  self->states = g_ptr_array_new_with_free_func (g_object_unref);
  self->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * mutual_scenario_new:
 * @base: the model the events apply to
 *
 * Creates a scenario with no events over (a copy of) @base.
 *
 * Returns: (transfer full): a new scenario
 *
 * Since: 1.0
 */
MutualScenario *
mutual_scenario_new (MutualModel *base)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (base), NULL);

  return g_object_new (MUTUAL_TYPE_SCENARIO, "base", base, NULL);
}

/**
 * mutual_scenario_get_base:
 * @self: a scenario
 *
 * Gets [property@Mutual.Scenario:base]. Do not change it.
 *
 * Returns: (transfer none): the base model
 *
 * Since: 1.0
 */
MutualModel *
mutual_scenario_get_base (MutualScenario *self)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), NULL);
  return self->base;
}

/**
 * mutual_scenario_get_name:
 * @self: a scenario
 *
 * Gets [property@Mutual.Scenario:name].
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
mutual_scenario_get_name (MutualScenario *self)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), NULL);
  return self->name;
}

/**
 * mutual_scenario_set_name:
 * @self: a scenario
 * @name: (nullable): the new name
 *
 * Sets [property@Mutual.Scenario:name].
 *
 * Since: 1.0
 */
void
mutual_scenario_set_name (MutualScenario *self,
                          const char     *name)
{
  g_return_if_fail (MUTUAL_IS_SCENARIO (self));

  if (mutual_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * mutual_scenario_get_description:
 * @self: a scenario
 *
 * Gets [property@Mutual.Scenario:description].
 *
 * Returns: (nullable): the description
 *
 * Since: 1.0
 */
const char *
mutual_scenario_get_description (MutualScenario *self)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), NULL);
  return self->description;
}

/**
 * mutual_scenario_set_description:
 * @self: a scenario
 * @description: (nullable): the new description
 *
 * Sets [property@Mutual.Scenario:description].
 *
 * Since: 1.0
 */
void
mutual_scenario_set_description (MutualScenario *self,
                                 const char     *description)
{
  g_return_if_fail (MUTUAL_IS_SCENARIO (self));

  if (mutual_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * mutual_scenario_get_base_name:
 * @self: a scenario
 *
 * Gets [property@Mutual.Scenario:base-name].
 *
 * Returns: (nullable): the base's name
 *
 * Since: 1.0
 */
const char *
mutual_scenario_get_base_name (MutualScenario *self)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), NULL);
  return self->base_name;
}

/**
 * mutual_scenario_set_base_name:
 * @self: a scenario
 * @base_name: (nullable): an example's name or a model file's path
 *
 * Sets [property@Mutual.Scenario:base-name]. It does not change the base.
 *
 * Since: 1.0
 */
void
mutual_scenario_set_base_name (MutualScenario *self,
                               const char     *base_name)
{
  g_return_if_fail (MUTUAL_IS_SCENARIO (self));

  if (mutual_set_str (&self->base_name, base_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_NAME]);
}

/**
 * mutual_scenario_get_events:
 * @self: a scenario
 *
 * The events, in the order they apply.
 *
 * Returns: (transfer none): a list model of [class@Mutual.Event]
 *
 * Since: 1.0
 */
GListModel *
mutual_scenario_get_events (MutualScenario *self)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), NULL);
  return G_LIST_MODEL (self->events);
}

/**
 * mutual_scenario_get_n_events:
 * @self: a scenario
 *
 * How many events the scenario has.
 *
 * Returns: the number of events
 *
 * Since: 1.0
 */
guint
mutual_scenario_get_n_events (MutualScenario *self)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), 0);
  return self->states->len;
}

/**
 * mutual_scenario_get_final:
 * @self: a scenario
 *
 * The state after the last event (the base if there is none). Do not
 * change it; copy it first.
 *
 * Returns: (transfer none): the final state
 *
 * Since: 1.0
 */
MutualModel *
mutual_scenario_get_final (MutualScenario *self)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), NULL);
  return self->states->len ? g_ptr_array_index (self->states, self->states->len - 1) : self->base;
}

/**
 * mutual_scenario_add_event:
 * @self: a scenario
 * @event: the next event
 * @error: return location for a #GError
 *
 * Adds an event after the others and applies it to the state they leave.
 * It fails, and the scenario stays as it was, when the event is dated
 * before the previous event (%MUTUAL_ERROR_ORDER), its id is already used
 * (%MUTUAL_ERROR_DUPLICATE_ID), or it does not apply to that state (for
 * example %MUTUAL_ERROR_INSUFFICIENT for more shares than are held). The
 * message starts with the event's index and id:
 * `events[2] “sale” (transfer-shares, 2015-04-01): …`.
 *
 * Returns: %TRUE if the event was added
 *
 * Since: 1.0
 */
gboolean
mutual_scenario_add_event (MutualScenario  *self,
                           MutualEvent     *event,
                           GError         **error)
{
  guint index;
  const char *id;
  MutualDay day;
  g_autoptr(MutualModel) state = NULL;

  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (MUTUAL_IS_EVENT (event), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  index = self->states->len;
  id = mutual_event_get_id (event);
  if (!mutual_day_parse (mutual_event_get_date (event), &day, error))
    goto fail;
  if (day < self->last_day)
    {
      g_autofree char *last = mutual_day_format (self->last_day);

      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_ORDER,
                   "dated before the event before it (%s): events apply in date order", last);
      goto fail;
    }
  if (id != NULL && g_hash_table_contains (self->ids, id))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_DUPLICATE_ID, "another event already has the id “%s”", id);
      goto fail;
    }
  state = mutual_model_copy (mutual_scenario_get_final (self));
  if (!mutual_event_apply_unsafe (event, state, error))
    goto fail;

  g_ptr_array_add (self->states, g_steal_pointer (&state));
  mutual_item_list_append (self->events, event);
  if (id != NULL)
    g_hash_table_add (self->ids, g_strdup (id));
  self->last_day = day;
  return TRUE;

fail:
  mutual_event_prefix_error (error, index, event);
  return FALSE;
}

/**
 * mutual_scenario_run:
 * @self: a scenario
 * @error: return location for a #GError
 *
 * Runs the scenario: the timeline of the base and the state after each
 * event. The events were checked as they were added, so this does not fail
 * today; @error is there for kinds of event that check more when run.
 *
 * Returns: (transfer full): the timeline
 *
 * Since: 1.0
 */
MutualTimeline *
mutual_scenario_run (MutualScenario  *self,
                     GError         **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *array;

  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  array = mutual_item_list_get_array (self->events);

  /* the timeline gets copies, so a caller changing a state changes
   * neither the scenario nor the other states */
  for (guint i = 0; i < array->len; i++)
    {
      g_ptr_array_add (events, g_object_ref (g_ptr_array_index (array, i)));
      g_ptr_array_add (states, mutual_model_copy (g_ptr_array_index (self->states, i)));
    }
  return mutual_timeline_new (self->base, events, states);
}

/* --- shortcuts, one per kind of event --- */

static gboolean
add_new (MutualScenario  *self,
         MutualEvent     *event,
         GError         **error)
{
  g_autoptr(MutualEvent) owned = event;

  return mutual_scenario_add_event (self, owned, error);
}

/**
 * mutual_scenario_add_party:
 * @self: a scenario
 * @date: the ISO 8601 date
 * @party: the new party's id
 * @name: its name
 * @kind: its legal form
 * @error: return location for a #GError
 *
 * Adds a [class@Mutual.AddPartyEvent].
 *
 * Returns: %TRUE if the event was added
 *
 * Since: 1.0
 */
gboolean
mutual_scenario_add_party (MutualScenario   *self,
                           const char       *date,
                           const char       *party,
                           const char       *name,
                           MutualPartyKind   kind,
                           GError          **error)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (party != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail ((guint) kind <= MUTUAL_PARTY_KIND_PERSON, FALSE);
  return add_new (self, g_object_new (MUTUAL_TYPE_ADD_PARTY_EVENT, "date", date, "party", party,
                                      "name", name, "kind", kind, NULL), error);
}

/**
 * mutual_scenario_issue_shares:
 * @self: a scenario
 * @date: the ISO 8601 date
 * @holder: the id of the party the shares are issued to
 * @share_class: the id of the share class
 * @count: how many
 * @error: return location for a #GError
 *
 * Adds a [class@Mutual.IssueSharesEvent].
 *
 * Returns: %TRUE if the event was added
 *
 * Since: 1.0
 */
gboolean
mutual_scenario_issue_shares (MutualScenario  *self,
                              const char      *date,
                              const char      *holder,
                              const char      *share_class,
                              gint64           count,
                              GError         **error)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (holder != NULL, FALSE);
  g_return_val_if_fail (share_class != NULL, FALSE);
  return add_new (self, g_object_new (MUTUAL_TYPE_ISSUE_SHARES_EVENT, "date", date, "holder", holder,
                                      "share-class", share_class, "count", count, NULL), error);
}

/**
 * mutual_scenario_transfer_shares:
 * @self: a scenario
 * @date: the ISO 8601 date
 * @transferor: the id of the party giving up the shares
 * @transferee: the id of the party receiving them
 * @share_class: the id of the share class
 * @count: how many
 * @error: return location for a #GError
 *
 * Adds a [class@Mutual.TransferSharesEvent].
 *
 * Returns: %TRUE if the event was added
 *
 * Since: 1.0
 */
gboolean
mutual_scenario_transfer_shares (MutualScenario  *self,
                                 const char      *date,
                                 const char      *transferor,
                                 const char      *transferee,
                                 const char      *share_class,
                                 gint64           count,
                                 GError         **error)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (transferor != NULL, FALSE);
  g_return_val_if_fail (transferee != NULL, FALSE);
  g_return_val_if_fail (share_class != NULL, FALSE);
  return add_new (self, g_object_new (MUTUAL_TYPE_TRANSFER_SHARES_EVENT, "date", date,
                                      "transferor", transferor, "transferee", transferee,
                                      "share-class", share_class, "count", count, NULL), error);
}

/**
 * mutual_scenario_buy_back_shares:
 * @self: a scenario
 * @date: the ISO 8601 date
 * @holder: the id of the party whose shares are bought back
 * @share_class: the id of the share class
 * @count: how many
 * @error: return location for a #GError
 *
 * Adds a [class@Mutual.BuyBackSharesEvent].
 *
 * Returns: %TRUE if the event was added
 *
 * Since: 1.0
 */
gboolean
mutual_scenario_buy_back_shares (MutualScenario  *self,
                                 const char      *date,
                                 const char      *holder,
                                 const char      *share_class,
                                 gint64           count,
                                 GError         **error)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (holder != NULL, FALSE);
  g_return_val_if_fail (share_class != NULL, FALSE);
  return add_new (self, g_object_new (MUTUAL_TYPE_BUY_BACK_SHARES_EVENT, "date", date, "holder", holder,
                                      "share-class", share_class, "count", count, NULL), error);
}

/**
 * mutual_scenario_create_share_class:
 * @self: a scenario
 * @date: the ISO 8601 date
 * @share_class: the new class's id
 * @issuer: the id of the company issuing it
 * @name: (nullable): its name
 * @votes_per_share: votes per share
 * @error: return location for a #GError
 *
 * Adds a [class@Mutual.CreateShareClassEvent] for an ordinary class with
 * these votes; build the event yourself for other rights.
 *
 * Returns: %TRUE if the event was added
 *
 * Since: 1.0
 */
gboolean
mutual_scenario_create_share_class (MutualScenario  *self,
                                    const char      *date,
                                    const char      *share_class,
                                    const char      *issuer,
                                    const char      *name,
                                    guint            votes_per_share,
                                    GError         **error)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (share_class != NULL, FALSE);
  g_return_val_if_fail (issuer != NULL, FALSE);
  return add_new (self, g_object_new (MUTUAL_TYPE_CREATE_SHARE_CLASS_EVENT, "date", date,
                                      "share-class", share_class, "issuer", issuer, "name", name,
                                      "votes-per-share", votes_per_share, NULL), error);
}

/**
 * mutual_scenario_convert_shares:
 * @self: a scenario
 * @date: the ISO 8601 date
 * @holder: (nullable): the holder whose shares convert, or %NULL for every holder
 * @share_class: the class converted from
 * @to_share_class: the class converted into
 * @count: how many (with a holder), or 0 for all
 * @ratio: (nullable): new shares per old share, or %NULL for 1
 * @error: return location for a #GError
 *
 * Adds a [class@Mutual.ConvertSharesEvent].
 *
 * Returns: %TRUE if the event was added
 *
 * Since: 1.0
 */
gboolean
mutual_scenario_convert_shares (MutualScenario        *self,
                                const char            *date,
                                const char            *holder,
                                const char            *share_class,
                                const char            *to_share_class,
                                gint64                 count,
                                const MutualFraction  *ratio,
                                GError               **error)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (share_class != NULL, FALSE);
  g_return_val_if_fail (to_share_class != NULL, FALSE);
  return add_new (self, g_object_new (MUTUAL_TYPE_CONVERT_SHARES_EVENT, "date", date, "holder", holder,
                                      "share-class", share_class, "to-share-class", to_share_class,
                                      "count", count, "ratio", ratio, NULL), error);
}

/**
 * mutual_scenario_subdivide_shares:
 * @self: a scenario
 * @date: the ISO 8601 date
 * @share_class: the id of the share class
 * @factor: how many shares each becomes
 * @error: return location for a #GError
 *
 * Adds a [class@Mutual.SubdivideSharesEvent].
 *
 * Returns: %TRUE if the event was added
 *
 * Since: 1.0
 */
gboolean
mutual_scenario_subdivide_shares (MutualScenario  *self,
                                  const char      *date,
                                  const char      *share_class,
                                  gint64           factor,
                                  GError         **error)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (share_class != NULL, FALSE);
  return add_new (self, g_object_new (MUTUAL_TYPE_SUBDIVIDE_SHARES_EVENT, "date", date,
                                      "share-class", share_class, "factor", factor, NULL), error);
}

/**
 * mutual_scenario_consolidate_shares:
 * @self: a scenario
 * @date: the ISO 8601 date
 * @share_class: the id of the share class
 * @factor: how many shares become one
 * @error: return location for a #GError
 *
 * Adds a [class@Mutual.ConsolidateSharesEvent].
 *
 * Returns: %TRUE if the event was added
 *
 * Since: 1.0
 */
gboolean
mutual_scenario_consolidate_shares (MutualScenario  *self,
                                    const char      *date,
                                    const char      *share_class,
                                    gint64           factor,
                                    GError         **error)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (share_class != NULL, FALSE);
  return add_new (self, g_object_new (MUTUAL_TYPE_CONSOLIDATE_SHARES_EVENT, "date", date,
                                      "share-class", share_class, "factor", factor, NULL), error);
}

/**
 * mutual_scenario_admit_member:
 * @self: a scenario
 * @date: the ISO 8601 date
 * @member: the id of the new member (already a party)
 * @organisation: the id of the organisation
 * @votes: the member's votes
 * @error: return location for a #GError
 *
 * Adds a [class@Mutual.AdmitMemberEvent].
 *
 * Returns: %TRUE if the event was added
 *
 * Since: 1.0
 */
gboolean
mutual_scenario_admit_member (MutualScenario  *self,
                              const char      *date,
                              const char      *member,
                              const char      *organisation,
                              guint            votes,
                              GError         **error)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (member != NULL, FALSE);
  g_return_val_if_fail (organisation != NULL, FALSE);
  return add_new (self, g_object_new (MUTUAL_TYPE_ADMIT_MEMBER_EVENT, "date", date, "member", member,
                                      "organisation", organisation, "votes", votes, NULL), error);
}

/**
 * mutual_scenario_remove_member:
 * @self: a scenario
 * @date: the ISO 8601 date
 * @member: the id of the member
 * @organisation: the id of the organisation
 * @error: return location for a #GError
 *
 * Adds a [class@Mutual.RemoveMemberEvent].
 *
 * Returns: %TRUE if the event was added
 *
 * Since: 1.0
 */
gboolean
mutual_scenario_remove_member (MutualScenario  *self,
                               const char      *date,
                               const char      *member,
                               const char      *organisation,
                               GError         **error)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (member != NULL, FALSE);
  g_return_val_if_fail (organisation != NULL, FALSE);
  return add_new (self, g_object_new (MUTUAL_TYPE_REMOVE_MEMBER_EVENT, "date", date, "member", member,
                                      "organisation", organisation, NULL), error);
}

/**
 * mutual_scenario_grant_board_right:
 * @self: a scenario
 * @date: the ISO 8601 date
 * @appointer: the id of the party that appoints
 * @company: the id of the company
 * @directors: how many directors
 * @error: return location for a #GError
 *
 * Adds a [class@Mutual.GrantBoardRightEvent].
 *
 * Returns: %TRUE if the event was added
 *
 * Since: 1.0
 */
gboolean
mutual_scenario_grant_board_right (MutualScenario  *self,
                                   const char      *date,
                                   const char      *appointer,
                                   const char      *company,
                                   guint            directors,
                                   GError         **error)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (appointer != NULL, FALSE);
  g_return_val_if_fail (company != NULL, FALSE);
  return add_new (self, g_object_new (MUTUAL_TYPE_GRANT_BOARD_RIGHT_EVENT, "date", date, "appointer", appointer,
                                      "company", company, "directors", directors, NULL), error);
}

/**
 * mutual_scenario_remove_board_right:
 * @self: a scenario
 * @date: the ISO 8601 date
 * @appointer: the id of the party that appointed
 * @company: the id of the company
 * @error: return location for a #GError
 *
 * Adds a [class@Mutual.RemoveBoardRightEvent].
 *
 * Returns: %TRUE if the event was added
 *
 * Since: 1.0
 */
gboolean
mutual_scenario_remove_board_right (MutualScenario  *self,
                                    const char      *date,
                                    const char      *appointer,
                                    const char      *company,
                                    GError         **error)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (appointer != NULL, FALSE);
  g_return_val_if_fail (company != NULL, FALSE);
  return add_new (self, g_object_new (MUTUAL_TYPE_REMOVE_BOARD_RIGHT_EVENT, "date", date, "appointer", appointer,
                                      "company", company, NULL), error);
}

/**
 * mutual_scenario_exit:
 * @self: a scenario
 * @date: the ISO 8601 date
 * @party: the id of the party that leaves
 * @company: (nullable): the company it leaves, or %NULL for all
 * @buyers: (array zero-terminated=1): the ids of the buyers
 * @proportions: (nullable) (array zero-terminated=1): one fraction or weight
 *   per buyer, such as `3/4`, `75%` or `3`; %NULL for equal parts
 * @error: return location for a #GError
 *
 * Adds a [class@Mutual.ExitEvent].
 *
 * Returns: %TRUE if the event was added
 *
 * Since: 1.0
 */
gboolean
mutual_scenario_exit (MutualScenario      *self,
                      const char          *date,
                      const char          *party,
                      const char          *company,
                      const char * const  *buyers,
                      const char * const  *proportions,
                      GError             **error)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (party != NULL, FALSE);
  g_return_val_if_fail (buyers != NULL, FALSE);
  g_return_val_if_fail (buyers != NULL, FALSE);
  return add_new (self, g_object_new (MUTUAL_TYPE_EXIT_EVENT, "date", date, "party", party, "company", company,
                                      "buyers", buyers, "proportions", proportions, NULL), error);
}

/**
 * mutual_scenario_allocate_to_beneficiaries:
 * @self: a scenario
 * @date: the ISO 8601 date
 * @trust: the id of the trust
 * @share_class: the id of the share class
 * @beneficiaries: (array zero-terminated=1): the ids of the beneficiaries
 * @count: how many shares each receives
 * @error: return location for a #GError
 *
 * Adds a [class@Mutual.TrustAllocationEvent].
 *
 * Returns: %TRUE if the event was added
 *
 * Since: 1.0
 */
gboolean
mutual_scenario_allocate_to_beneficiaries (MutualScenario      *self,
                                           const char          *date,
                                           const char          *trust,
                                           const char          *share_class,
                                           const char * const  *beneficiaries,
                                           gint64               count,
                                           GError             **error)
{
  g_return_val_if_fail (MUTUAL_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (trust != NULL, FALSE);
  g_return_val_if_fail (share_class != NULL, FALSE);
  g_return_val_if_fail (beneficiaries != NULL, FALSE);
  g_return_val_if_fail (beneficiaries != NULL, FALSE);
  return add_new (self, g_object_new (MUTUAL_TYPE_TRUST_ALLOCATION_EVENT, "date", date, "trust", trust,
                                      "share-class", share_class, "beneficiaries", beneficiaries,
                                      "count", count, NULL), error);
}
