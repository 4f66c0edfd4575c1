/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdarg.h>
#include <gobject/gvaluecollector.h>

#include "mutual-event-private.h"

/**
 * MutualEvent:
 *
 * One dated change to a model in a [class@Mutual.Scenario]: shares issued
 * or transferred, a class created, a member admitted, a party leaving.
 *
 * Each kind of event is a small subclass (see [class@Mutual.TransferSharesEvent]
 * and its siblings) whose parameters are construct-only properties. An
 * event is immutable, so one event may be shared by many scenarios and
 * threads. [method@Mutual.Event.apply] checks the event against the state
 * of the model it is applied to (a holder must hold what it transfers, an
 * id must name something) and changes the model only when every check
 * passes.
 *
 * Since: 1.0
 */

typedef struct
{
  char *id;
  char *date;
} MutualEventPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (MutualEvent, mutual_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_LOCK_DEFINE_STATIC (kinds);
static GHashTable *kinds;   /* kind → GType */

static void
mutual_event_finalize (GObject *object)
{
  MutualEventPrivate *priv = mutual_event_get_instance_private (MUTUAL_EVENT (object));

  g_free (priv->id);
  g_free (priv->date);

  G_OBJECT_CLASS (mutual_event_parent_class)->finalize (object);
}

static void
mutual_event_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MutualEventPrivate *priv = mutual_event_get_instance_private (MUTUAL_EVENT (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;
    case PROP_DATE:
      g_value_set_string (value, priv->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_event_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MutualEventPrivate *priv = mutual_event_get_instance_private (MUTUAL_EVENT (object));

  switch (prop_id)
    {
    case PROP_ID:
      priv->id = g_value_dup_string (value);
      break;
    case PROP_DATE:
      priv->date = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static char *
mutual_event_real_describe (MutualEvent *self)
{
  return g_strdup (mutual_event_get_kind (self));
}

static void
mutual_event_class_init (MutualEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_event_finalize;
  object_class->get_property = mutual_event_get_property;
  object_class->set_property = mutual_event_set_property;
  klass->describe = mutual_event_real_describe;

  /**
   * MutualEvent:id:
   *
   * A name for the event, unique in its scenario, used in messages and
   * results, such as `sale-to-equiniti`; may be unset.
   *
   * Since: 1.0
   */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /**
   * MutualEvent:date:
   *
   * The date the event takes effect, as an ISO 8601 date.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_event_init (MutualEvent *self)
{
}

/**
 * mutual_event_class_set_kind:
 * @klass: the class of a kind of event
 * @kind: its name in scenario files, such as `transfer-shares`
 *
 * Names a kind of event. Call it once, in the class_init of a subclass; the
 * name then finds the type in [func@Mutual.Event.type_from_kind].
 *
 * Since: 1.0
 */
void
mutual_event_class_set_kind (MutualEventClass *klass,
                             const char       *kind)
{
  g_return_if_fail (MUTUAL_IS_EVENT_CLASS (klass));
  g_return_if_fail (kind != NULL);

  klass->kind = g_intern_string (kind);
  G_LOCK (kinds);
  if (kinds == NULL)
    kinds = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (kinds, (gpointer) klass->kind, GSIZE_TO_POINTER (G_TYPE_FROM_CLASS (klass)));
  G_UNLOCK (kinds);
}

void
mutual_event_ensure_types (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      /* one line per built-in kind of event */
      GType types[] = {
        MUTUAL_TYPE_ADD_PARTY_EVENT,
        MUTUAL_TYPE_ISSUE_SHARES_EVENT,
        MUTUAL_TYPE_TRANSFER_SHARES_EVENT,
        MUTUAL_TYPE_BUY_BACK_SHARES_EVENT,
        MUTUAL_TYPE_CREATE_SHARE_CLASS_EVENT,
        MUTUAL_TYPE_CONVERT_SHARES_EVENT,
        MUTUAL_TYPE_SUBDIVIDE_SHARES_EVENT,
        MUTUAL_TYPE_CONSOLIDATE_SHARES_EVENT,
        MUTUAL_TYPE_ADMIT_MEMBER_EVENT,
        MUTUAL_TYPE_REMOVE_MEMBER_EVENT,
        MUTUAL_TYPE_GRANT_BOARD_RIGHT_EVENT,
        MUTUAL_TYPE_REMOVE_BOARD_RIGHT_EVENT,
        MUTUAL_TYPE_EXIT_EVENT,
        MUTUAL_TYPE_TRUST_ALLOCATION_EVENT,
        MUTUAL_TYPE_TUPE_TRANSFER_EVENT,
        MUTUAL_TYPE_AWARD_CONTRACT_EVENT,
        MUTUAL_TYPE_END_CONTRACT_EVENT,
      };

      for (guint i = 0; i < G_N_ELEMENTS (types); i++)
        g_type_class_unref (g_type_class_ref (types[i]));
      g_once_init_leave (&done, 1);
    }
}

/**
 * mutual_event_type_from_kind:
 * @kind: the name of a kind of event, such as `transfer-shares`
 *
 * Finds the type of a kind of event by its name in scenario files.
 *
 * Returns: the #GType, or %G_TYPE_INVALID if no kind has that name
 *
 * Since: 1.0
 */
GType
mutual_event_type_from_kind (const char *kind)
{
  GType type;

  g_return_val_if_fail (kind != NULL, G_TYPE_INVALID);

  mutual_event_ensure_types ();
  G_LOCK (kinds);
  type = GPOINTER_TO_SIZE (g_hash_table_lookup (kinds, kind));
  G_UNLOCK (kinds);
  return type;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/**
 * mutual_event_list_kinds:
 *
 * The names of every kind of event, in alphabetical order.
 *
 * Returns: (transfer full) (array zero-terminated=1): the names
 *
 * Since: 1.0
 */
char **
mutual_event_list_kinds (void)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  mutual_event_ensure_types ();
  G_LOCK (kinds);
  g_hash_table_iter_init (&iter, kinds);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (names, g_strdup (key));
  G_UNLOCK (kinds);
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

/**
 * mutual_event_get_kind:
 * @self: an event
 *
 * The name of the event's kind, as in scenario files: `transfer-shares`.
 *
 * Returns: the kind
 *
 * Since: 1.0
 */
const char *
mutual_event_get_kind (MutualEvent *self)
{
  g_return_val_if_fail (MUTUAL_IS_EVENT (self), NULL);
  return MUTUAL_EVENT_GET_CLASS (self)->kind ? MUTUAL_EVENT_GET_CLASS (self)->kind : G_OBJECT_TYPE_NAME (self);
}

/**
 * mutual_event_get_id:
 * @self: an event
 *
 * Gets [property@Mutual.Event:id].
 *
 * Returns: (nullable): the id
 *
 * Since: 1.0
 */
const char *
mutual_event_get_id (MutualEvent *self)
{
  MutualEventPrivate *priv = mutual_event_get_instance_private (self);

  g_return_val_if_fail (MUTUAL_IS_EVENT (self), NULL);
  return priv->id;
}

/**
 * mutual_event_get_date:
 * @self: an event
 *
 * Gets [property@Mutual.Event:date].
 *
 * Returns: (nullable): the ISO 8601 date
 *
 * Since: 1.0
 */
const char *
mutual_event_get_date (MutualEvent *self)
{
  MutualEventPrivate *priv = mutual_event_get_instance_private (self);

  g_return_val_if_fail (MUTUAL_IS_EVENT (self), NULL);
  return priv->date;
}

/**
 * mutual_event_describe:
 * @self: an event
 *
 * Says what the event does, in a sentence: "cabinet-office transfers 11
 * shares of mycsp-ordinary to equiniti".
 *
 * Returns: (transfer full): the description
 *
 * Since: 1.0
 */
char *
mutual_event_describe (MutualEvent *self)
{
  g_return_val_if_fail (MUTUAL_IS_EVENT (self), NULL);
  return MUTUAL_EVENT_GET_CLASS (self)->describe (self);
}

/**
 * mutual_event_apply:
 * @self: an event
 * @model: the model to change
 * @error: return location for a #GError
 *
 * Checks the event against @model and applies it. Either every change the
 * event makes is made, or (on error) none is: @model is left as it was.
 * The model's date becomes the event's date.
 *
 * Returns: %TRUE if the event was applied
 *
 * Since: 1.0
 */
gboolean
mutual_event_apply (MutualEvent  *self,
                    MutualModel  *model,
                    GError      **error)
{
  g_autoptr(MutualModel) work = NULL;

  g_return_val_if_fail (MUTUAL_IS_EVENT (self), FALSE);
  g_return_val_if_fail (MUTUAL_IS_MODEL (model), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* work on a copy (cheap: it shares the model's collections) and commit
   * it only when the whole event went through */
  work = mutual_model_copy (model);
  if (!mutual_event_apply_unsafe (self, work, error))
    return FALSE;
  mutual_model_assign (model, work);
  return TRUE;
}

gboolean
mutual_event_apply_unsafe (MutualEvent  *self,
                           MutualModel  *model,
                           GError      **error)
{
  MutualDay day;

  if (!mutual_day_parse (mutual_event_get_date (self), &day, error))
    return FALSE;
  if (!MUTUAL_EVENT_GET_CLASS (self)->apply (self, model, error))
    return FALSE;
  mutual_model_set_date (model, mutual_event_get_date (self));
  return TRUE;
}

void
mutual_event_prefix_error (GError      **error,
                           guint         index,
                           MutualEvent  *event)
{
  const char *id = mutual_event_get_id (event);
  const char *date = mutual_event_get_date (event);

  if (error == NULL || *error == NULL)
    return;
  if (id != NULL)
    g_prefix_error (error, "events[%u] “%s” (%s, %s): ", index, id, mutual_event_get_kind (event),
                    date ? date : "no date");
  else
    g_prefix_error (error, "events[%u] (%s, %s): ", index, mutual_event_get_kind (event), date ? date : "no date");
}

/**
 * mutual_event_copy_with:
 * @self: an event
 * @property: the name of one of the event's properties
 * @value: its new value
 *
 * Makes an event like @self with one property changed: a sweep uses this
 * to turn a template event into one per parameter value. Every other
 * property keeps its value.
 *
 * Returns: (transfer full): the new event
 *
 * Since: 1.0
 */
MutualEvent *
mutual_event_copy_with (MutualEvent  *self,
                        const char   *property,
                        const GValue *value)
{
  g_return_val_if_fail (MUTUAL_IS_EVENT (self), NULL);
  g_return_val_if_fail (property == NULL || value != NULL, NULL);

  return (MutualEvent *) mutual_event_object_with (G_OBJECT (self), property, value);
}

GObject *
mutual_event_object_with (GObject      *item,
                          const char   *property,
                          const GValue *value)
{
  g_autofree GParamSpec **specs = NULL;
  g_autofree const char **names = NULL;
  g_autofree GValue *values = NULL;
  GObject *copy;
  guint n_specs, n = 0;

  specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (item), &n_specs);
  names = g_new0 (const char *, n_specs);
  values = g_new0 (GValue, n_specs);
  for (guint i = 0; i < n_specs; i++)
    {
      if (!(specs[i]->flags & G_PARAM_WRITABLE) || !(specs[i]->flags & G_PARAM_READABLE))
        continue;
      names[n] = specs[i]->name;
      g_value_init (&values[n], specs[i]->value_type);
      if (property != NULL && g_strcmp0 (specs[i]->name, property) == 0)
        g_value_copy (value, &values[n]);
      else
        g_object_get_property (item, specs[i]->name, &values[n]);
      n++;
    }
  copy = g_object_new_with_properties (G_OBJECT_TYPE (item), n, names, values);
  for (guint i = 0; i < n; i++)
    g_value_unset (&values[i]);
  return copy;
}

/* --- helpers for the kinds of event --- */

gboolean
mutual_event_require (MutualEvent  *self,
                      GError      **error,
                      const char   *first_property,
                      ...)
{
  va_list args;
  gboolean ok = TRUE;

  va_start (args, first_property);
  for (const char *name = first_property; name != NULL; name = va_arg (args, const char *))
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), name);
      GValue value = G_VALUE_INIT;
      gboolean missing;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (self), name, &value);
      if (pspec->value_type == G_TYPE_STRING)
        missing = g_value_get_string (&value) == NULL || *g_value_get_string (&value) == '\0';
      else
        missing = g_value_get_boxed (&value) == NULL;
      g_value_unset (&value);
      if (missing)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_MISSING, "%s is required", name);
          ok = FALSE;
          break;
        }
    }
  va_end (args);
  return ok;
}

MutualParty *
mutual_event_need_party (MutualModel  *model,
                         const char   *id,
                         GError      **error)
{
  MutualParty *party = mutual_model_lookup_party (model, id);

  if (party == NULL)
    g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID, "there is no party “%s”", id);
  return party;
}

MutualShareClass *
mutual_event_need_class (MutualModel  *model,
                         const char   *id,
                         GError      **error)
{
  MutualShareClass *klass = mutual_model_lookup_share_class (model, id);

  if (klass == NULL)
    g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID, "there is no share class “%s”", id);
  return klass;
}

gboolean
mutual_event_need_positive (gint64       count,
                            const char  *what,
                            GError     **error)
{
  if (count > 0)
    return TRUE;
  g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
               "%s must be more than 0 (it is %" G_GINT64_FORMAT ")", what, count);
  return FALSE;
}

gint64
mutual_event_held (MutualModel *model,
                   const char  *holder,
                   const char  *share_class)
{
  MutualHolding *holding = mutual_model_lookup_holding (model, holder, share_class);

  return holding ? mutual_holding_get_count (holding) : 0;
}

gboolean
mutual_event_add_to_holding (MutualModel  *model,
                             const char   *holder,
                             const char   *share_class,
                             gint64        delta,
                             GError      **error)
{
  gint64 held = mutual_event_held (model, holder, share_class);
  gint64 total;

  if (delta < 0 && held < -delta)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INSUFFICIENT,
                   "“%s” holds %" G_GINT64_FORMAT " shares of “%s”, fewer than the %" G_GINT64_FORMAT " it would give up",
                   holder, held, share_class, -delta);
      return FALSE;
    }
  if (__builtin_add_overflow (held, delta, &total))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW,
                   "“%s” would hold more than %" G_GINT64_FORMAT " shares of “%s”",
                   holder, G_MAXINT64, share_class);
      return FALSE;
    }
  return mutual_model_set_holding (model, holder, share_class, total, error);
}

static GPtrArray *
holdings_where (MutualModel *model,
                const char  *(*get) (MutualHolding *),
                const char  *id)
{
  GPtrArray *all = mutual_model_get_array (model, MUTUAL_COLLECTION_HOLDINGS);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < all->len; i++)
    {
      MutualHolding *holding = g_ptr_array_index (all, i);

      if (g_str_equal (get (holding), id))
        g_ptr_array_add (out, g_object_ref (holding));
    }
  return out;
}

GPtrArray *
mutual_event_holdings_in (MutualModel *model,
                          const char  *share_class)
{
  return holdings_where (model, mutual_holding_get_share_class, share_class);
}

GPtrArray *
mutual_event_holdings_of (MutualModel *model,
                          const char  *holder)
{
  return holdings_where (model, mutual_holding_get_holder, holder);
}

GPtrArray *
mutual_event_snapshot (MutualModel      *model,
                       MutualCollection  collection)
{
  GPtrArray *items = mutual_model_get_array (model, collection);
  GPtrArray *copy = g_ptr_array_new_full (items->len, g_object_unref);

  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (items, i)));
  return copy;
}

MutualShareClass *
mutual_event_class_with (MutualShareClass *klass,
                         const char       *first_property,
                         ...)
{
  static const char *copied[] = { "id", "issuer", "name", "votes-per-share", "dividend-weight",
                                  "capital-weight", "nominal-value", "ordinary", "special-rights" };
  GValue values[G_N_ELEMENTS (copied)] = { G_VALUE_INIT };
  MutualShareClass *copy;
  va_list args;

  for (guint i = 0; i < G_N_ELEMENTS (copied); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (klass), copied[i]);

      g_value_init (&values[i], pspec->value_type);
      g_object_get_property (G_OBJECT (klass), copied[i], &values[i]);
    }
  va_start (args, first_property);
  for (const char *name = first_property; name != NULL; name = va_arg (args, const char *))
    {
      g_autofree char *problem = NULL;
      guint i = 0;

      while (i < G_N_ELEMENTS (copied) && !g_str_equal (copied[i], name))
        i++;
      g_assert (i < G_N_ELEMENTS (copied));
      g_value_unset (&values[i]);
      G_VALUE_COLLECT_INIT (&values[i], g_object_class_find_property (G_OBJECT_GET_CLASS (klass), name)->value_type,
                            args, 0, &problem);
      g_assert (problem == NULL);
    }
  va_end (args);
  copy = (MutualShareClass *) g_object_new_with_properties (MUTUAL_TYPE_SHARE_CLASS, G_N_ELEMENTS (copied),
                                                             copied, values);
  for (guint i = 0; i < G_N_ELEMENTS (copied); i++)
    g_value_unset (&values[i]);
  return copy;
}
