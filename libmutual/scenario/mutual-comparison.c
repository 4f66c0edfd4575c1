/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>

#include "mutual-comparison-private.h"
#include "mutual-enum-types.h"
#include "mutual-fraction-private.h"
#include "mutual-item-list-private.h"
#include "mutual-model-private.h"

/**
 * MutualChange:
 *
 * One difference between two models, as a person reads it
 * ([property@Mutual.Change:message]) and as data: what kind of change, the
 * company, party and share class concerned, and the value before and
 * after, as text and (where it is a number) as a number.
 *
 * Since: 1.0
 */

struct _MutualChange
{
  GObject parent_instance;

  MutualChangeKind kind;
  char *collection;
  char *key;
  char *company;
  char *party;
  char *share_class;
  char *measure;
  char *before;
  char *after;
  double before_value;
  double after_value;
  char *message;
};

G_DEFINE_FINAL_TYPE (MutualChange, mutual_change, G_TYPE_OBJECT)

enum {
  CHANGE_PROP_0,
  CHANGE_PROP_KIND,
  CHANGE_PROP_COLLECTION,
  CHANGE_PROP_KEY,
  CHANGE_PROP_COMPANY,
  CHANGE_PROP_PARTY,
  CHANGE_PROP_SHARE_CLASS,
  CHANGE_PROP_MEASURE,
  CHANGE_PROP_BEFORE,
  CHANGE_PROP_AFTER,
  CHANGE_PROP_BEFORE_VALUE,
  CHANGE_PROP_AFTER_VALUE,
  CHANGE_PROP_MESSAGE,
  CHANGE_N_PROPS
};

static GParamSpec *change_properties[CHANGE_N_PROPS];

static void
mutual_change_finalize (GObject *object)
{
  MutualChange *self = MUTUAL_CHANGE (object);

  g_free (self->collection);
  g_free (self->key);
  g_free (self->company);
  g_free (self->party);
  g_free (self->share_class);
  g_free (self->measure);
  g_free (self->before);
  g_free (self->after);
  g_free (self->message);

  G_OBJECT_CLASS (mutual_change_parent_class)->finalize (object);
}

static void
mutual_change_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MutualChange *self = MUTUAL_CHANGE (object);

  switch (prop_id)
    {
    case CHANGE_PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case CHANGE_PROP_COLLECTION:
      g_value_set_string (value, self->collection);
      break;
    case CHANGE_PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case CHANGE_PROP_COMPANY:
      g_value_set_string (value, self->company);
      break;
    case CHANGE_PROP_PARTY:
      g_value_set_string (value, self->party);
      break;
    case CHANGE_PROP_SHARE_CLASS:
      g_value_set_string (value, self->share_class);
      break;
    case CHANGE_PROP_MEASURE:
      g_value_set_string (value, self->measure);
      break;
    case CHANGE_PROP_BEFORE:
      g_value_set_string (value, self->before);
      break;
    case CHANGE_PROP_AFTER:
      g_value_set_string (value, self->after);
      break;
    case CHANGE_PROP_BEFORE_VALUE:
      g_value_set_double (value, self->before_value);
      break;
    case CHANGE_PROP_AFTER_VALUE:
      g_value_set_double (value, self->after_value);
      break;
    case CHANGE_PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_change_class_init (MutualChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_change_finalize;
  object_class->get_property = mutual_change_get_property;

  /**
   * MutualChange:kind:
   *
   * What the change is about.
   *
   * Since: 1.0
   */
  change_properties[CHANGE_PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, MUTUAL_TYPE_CHANGE_KIND, MUTUAL_CHANGE_KIND_CHANGED, flags);
  /**
   * MutualChange:collection:
   *
   * For a change of an item, the model file section it is in: `parties`,
   * `holdings`, `board_rights`…; otherwise unset.
   *
   * Since: 1.0
   */
  change_properties[CHANGE_PROP_COLLECTION] = g_param_spec_string ("collection", NULL, NULL, NULL, flags);
  /**
   * MutualChange:key:
   *
   * For a change of an item, the item's key in its collection, such as
   * a party's id, or `holder in share-class` for a holding.
   *
   * Since: 1.0
   */
  change_properties[CHANGE_PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL, flags);
  /**
   * MutualChange:company:
   *
   * The id of the company concerned, if any.
   *
   * Since: 1.0
   */
  change_properties[CHANGE_PROP_COMPANY] = g_param_spec_string ("company", NULL, NULL, NULL, flags);
  /**
   * MutualChange:party:
   *
   * The id of the party concerned, if any.
   *
   * Since: 1.0
   */
  change_properties[CHANGE_PROP_PARTY] = g_param_spec_string ("party", NULL, NULL, NULL, flags);
  /**
   * MutualChange:share-class:
   *
   * The id of the share class concerned, if any.
   *
   * Since: 1.0
   */
  change_properties[CHANGE_PROP_SHARE_CLASS] = g_param_spec_string ("share-class", NULL, NULL, NULL, flags);
  /**
   * MutualChange:measure:
   *
   * What the values measure: `shares` (a count), `votes` (a fraction of a
   * company's votes), a resolution, a PSC nature, a test's code.
   *
   * Since: 1.0
   */
  change_properties[CHANGE_PROP_MEASURE] = g_param_spec_string ("measure", NULL, NULL, NULL, flags);
  /**
   * MutualChange:before:
   *
   * The value in the first model, as text; unset if there was none.
   *
   * Since: 1.0
   */
  change_properties[CHANGE_PROP_BEFORE] = g_param_spec_string ("before", NULL, NULL, NULL, flags);
  /**
   * MutualChange:after:
   *
   * The value in the second model, as text; unset if there is none.
   *
   * Since: 1.0
   */
  change_properties[CHANGE_PROP_AFTER] = g_param_spec_string ("after", NULL, NULL, NULL, flags);
  /**
   * MutualChange:before-value:
   *
   * The value in the first model as a number (a count or a fraction), or
   * NaN when it is not a number.
   *
   * Since: 1.0
   */
  change_properties[CHANGE_PROP_BEFORE_VALUE] =
    g_param_spec_double ("before-value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  /**
   * MutualChange:after-value:
   *
   * The value in the second model as a number, or NaN.
   *
   * Since: 1.0
   */
  change_properties[CHANGE_PROP_AFTER_VALUE] =
    g_param_spec_double ("after-value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  /**
   * MutualChange:message:
   *
   * The change in a sentence.
   *
   * Since: 1.0
   */
  change_properties[CHANGE_PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, CHANGE_N_PROPS, change_properties);
}

static void
mutual_change_init (MutualChange *self)
{
  self->before_value = NAN;
  self->after_value = NAN;
}

MutualChange *
mutual_change_new (MutualChangeKind  kind,
                   const char       *company,
                   const char       *party,
                   const char       *measure,
                   const char       *before,
                   const char       *after,
                   double            before_value,
                   double            after_value,
                   const char       *message)
{
  MutualChange *self = g_object_new (MUTUAL_TYPE_CHANGE, NULL);

  self->kind = kind;
  self->company = g_strdup (company);
  self->party = g_strdup (party);
  self->measure = g_strdup (measure);
  self->before = g_strdup (before);
  self->after = g_strdup (after);
  self->before_value = before_value;
  self->after_value = after_value;
  self->message = g_strdup (message);
  return self;
}

#define GETTER(type, name, field, fallback)                 \
  type                                                       \
  mutual_change_get_##name (MutualChange *self)              \
  {                                                          \
    g_return_val_if_fail (MUTUAL_IS_CHANGE (self), fallback); \
    return self->field;                                      \
  }

/**
 * mutual_change_get_kind:
 * @self: a change
 *
 * Gets [property@Mutual.Change:kind].
 *
 * Returns: the kind
 *
 * Since: 1.0
 */
GETTER (MutualChangeKind, kind, kind, MUTUAL_CHANGE_KIND_CHANGED)

/**
 * mutual_change_get_collection:
 * @self: a change
 *
 * Gets [property@Mutual.Change:collection].
 *
 * Returns: (nullable): the collection
 *
 * Since: 1.0
 */
GETTER (const char *, collection, collection, NULL)

/**
 * mutual_change_get_key:
 * @self: a change
 *
 * Gets [property@Mutual.Change:key].
 *
 * Returns: (nullable): the key
 *
 * Since: 1.0
 */
GETTER (const char *, key, key, NULL)

/**
 * mutual_change_get_company:
 * @self: a change
 *
 * Gets [property@Mutual.Change:company].
 *
 * Returns: (nullable): the company's id
 *
 * Since: 1.0
 */
GETTER (const char *, company, company, NULL)

/**
 * mutual_change_get_party:
 * @self: a change
 *
 * Gets [property@Mutual.Change:party].
 *
 * Returns: (nullable): the party's id
 *
 * Since: 1.0
 */
GETTER (const char *, party, party, NULL)

/**
 * mutual_change_get_share_class:
 * @self: a change
 *
 * Gets [property@Mutual.Change:share-class].
 *
 * Returns: (nullable): the share class's id
 *
 * Since: 1.0
 */
GETTER (const char *, share_class, share_class, NULL)

/**
 * mutual_change_get_measure:
 * @self: a change
 *
 * Gets [property@Mutual.Change:measure].
 *
 * Returns: (nullable): what the values measure
 *
 * Since: 1.0
 */
GETTER (const char *, measure, measure, NULL)

/**
 * mutual_change_get_before:
 * @self: a change
 *
 * Gets [property@Mutual.Change:before].
 *
 * Returns: (nullable): the value before
 *
 * Since: 1.0
 */
GETTER (const char *, before, before, NULL)

/**
 * mutual_change_get_after:
 * @self: a change
 *
 * Gets [property@Mutual.Change:after].
 *
 * Returns: (nullable): the value after
 *
 * Since: 1.0
 */
GETTER (const char *, after, after, NULL)

/**
 * mutual_change_get_before_value:
 * @self: a change
 *
 * Gets [property@Mutual.Change:before-value].
 *
 * Returns: the value before, or NaN
 *
 * Since: 1.0
 */
GETTER (double, before_value, before_value, NAN)

/**
 * mutual_change_get_after_value:
 * @self: a change
 *
 * Gets [property@Mutual.Change:after-value].
 *
 * Returns: the value after, or NaN
 *
 * Since: 1.0
 */
GETTER (double, after_value, after_value, NAN)

/**
 * mutual_change_get_message:
 * @self: a change
 *
 * Gets [property@Mutual.Change:message].
 *
 * Returns: the message
 *
 * Since: 1.0
 */
GETTER (const char *, message, message, NULL)

/* --- the comparison --- */

/**
 * MutualComparison:
 *
 * The differences between two models — two files, or a
 * [class@Mutual.Timeline]'s states at two dates — as
 * [class@Mutual.Change]s: items added, removed or changed, holdings moved,
 * and (from the analysis layer) interests, control, PSC register entries
 * and qualification results that changed.
 *
 * [method@Mutual.Comparison.to_lines] gives them as sentences,
 * [method@Mutual.Comparison.to_rows] as one dictionary per change (in
 * Python, `comparison.to_rows().unpack()` is a list of dicts that
 * `pandas.DataFrame` takes as it is).
 *
 * Since: 1.0
 */

struct _MutualComparison
{
  GObject parent_instance;

  MutualModel *before;
  MutualModel *after;
  gboolean equal;
  MutualItemList *changes;
};

G_DEFINE_FINAL_TYPE (MutualComparison, mutual_comparison, G_TYPE_OBJECT)

static void
mutual_comparison_finalize (GObject *object)
{
  MutualComparison *self = MUTUAL_COMPARISON (object);

  g_clear_object (&self->before);
  g_clear_object (&self->after);
  g_clear_object (&self->changes);

  G_OBJECT_CLASS (mutual_comparison_parent_class)->finalize (object);
}

static void
mutual_comparison_class_init (MutualComparisonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mutual_comparison_finalize;
}

static void
mutual_comparison_init (MutualComparison *self)
{
  self->changes = mutual_item_list_new (MUTUAL_TYPE_CHANGE);
}

void
mutual_comparison_add (MutualComparison *self,
                       MutualChange     *change)
{
  mutual_item_list_append (self->changes, change);
  g_object_unref (change);
}

/* A property's value as text: ids and names as they are, enums and flags
 * by nickname, string lists joined, fractions exact. */
static char *
value_to_text (const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    return g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "none");
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (g_value_get_boolean (value) ? "yes" : "no");
  if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (value);

      return strv && strv[0] ? g_strjoinv (", ", (char **) strv) : g_strdup ("none");
    }
  if (type == MUTUAL_TYPE_FRACTION)
    return g_value_get_boxed (value) ? mutual_fraction_to_string (g_value_get_boxed (value)) : g_strdup ("none");
  if (G_TYPE_IS_ENUM (type))
    {
      GEnumValue *v = g_enum_get_value (g_type_class_peek (type), g_value_get_enum (value));

      return g_strdup (v ? v->value_nick : "?");
    }
  if (G_TYPE_IS_FLAGS (type))
    {
      GFlagsClass *klass = g_type_class_peek (type);
      g_autoptr(GString) text = g_string_new (NULL);
      guint flags = g_value_get_flags (value);

      for (guint i = 0; i < klass->n_values; i++)
        if (klass->values[i].value != 0 && (flags & klass->values[i].value) == klass->values[i].value)
          g_string_append_printf (text, "%s%s", text->len ? ", " : "", klass->values[i].value_nick);
      return text->len ? g_string_free (g_steal_pointer (&text), FALSE) : g_strdup ("none");
    }
  {
    GValue as_string = G_VALUE_INIT;
    char *text;

    g_value_init (&as_string, G_TYPE_STRING);
    if (g_value_transform (value, &as_string))
      text = g_value_dup_string (&as_string);
    else
      text = g_strdup_value_contents (value);
    g_value_unset (&as_string);
    return text;
  }
}

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  if (type == G_TYPE_STRV)
    {
      const char * const *x = g_value_get_boxed (a), * const *y = g_value_get_boxed (b);
      static const char *empty[] = { NULL };

      return g_strv_equal (x ? x : empty, y ? y : empty);
    }
  if (type == MUTUAL_TYPE_FRACTION)
    {
      const MutualFraction *x = g_value_get_boxed (a), *y = g_value_get_boxed (b);

      return x == y || (x && y && mutual_fraction_equal (x, y));
    }
  return g_param_values_cmp (pspec, a, b) == 0;
}

/* The properties of two items that differ, as "name: a → b; …", or NULL
 * when they are alike. Items shared by both models are alike at once. */
static char *
item_differences (GObject *a,
                  GObject *b)
{
  g_autofree GParamSpec **specs = NULL;
  g_autoptr(GString) text = NULL;
  guint n_specs;

  if (a == b)
    return NULL;
  specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_specs);
  for (guint i = 0; i < n_specs; i++)
    {
      GValue va = G_VALUE_INIT, vb = G_VALUE_INIT;

      if (!(specs[i]->flags & G_PARAM_READABLE))
        continue;
      g_value_init (&va, specs[i]->value_type);
      g_value_init (&vb, specs[i]->value_type);
      g_object_get_property (a, specs[i]->name, &va);
      g_object_get_property (b, specs[i]->name, &vb);
      if (!values_equal (specs[i], &va, &vb))
        {
          g_autofree char *ta = value_to_text (&va);
          g_autofree char *tb = value_to_text (&vb);

          if (text == NULL)
            text = g_string_new (NULL);
          else
            g_string_append (text, "; ");
          g_string_append_printf (text, "%s %s → %s", specs[i]->name, ta, tb);
        }
      g_value_unset (&va);
      g_value_unset (&vb);
    }
  return text ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static char *
shown_key (const char *key)
{
  g_auto(GStrv) parts = g_strsplit (key, "\x1f", -1);

  return g_strjoinv (" in ", parts);
}

static void
add_item_change (MutualComparison *self,
                 MutualCollection  collection,
                 MutualChangeKind  kind,
                 const char       *key,
                 GObject          *item,
                 const char       *details)
{
  g_autofree char *shown = shown_key (key);
  g_autofree char *message = NULL;
  MutualChange *change;
  const char *noun = mutual_model_collection_noun (collection);

  switch (kind)
    {
    case MUTUAL_CHANGE_KIND_ADDED:
      message = g_strdup_printf ("%s “%s” added", noun, shown);
      break;
    case MUTUAL_CHANGE_KIND_REMOVED:
      message = g_strdup_printf ("%s “%s” removed", noun, shown);
      break;
    default:
      message = g_strdup_printf ("%s “%s” changed: %s", noun, shown, details);
      break;
    }
  message[0] = g_ascii_toupper (message[0]);
  change = mutual_change_new (kind, NULL, NULL, NULL, NULL, NULL, NAN, NAN, message);
  change->collection = g_strdup (mutual_model_collection_name (collection));
  change->key = g_strdup (shown);
  if (collection == MUTUAL_COLLECTION_PARTIES)
    change->party = g_strdup (key);
  else if (collection == MUTUAL_COLLECTION_SHARE_CLASSES)
    {
      change->share_class = g_strdup (key);
      change->company = g_strdup (mutual_share_class_get_issuer (MUTUAL_SHARE_CLASS (item)));
    }
  if (kind == MUTUAL_CHANGE_KIND_CHANGED)
    change->before = g_strdup (details);
  mutual_comparison_add (self, change);
}

/* The total issued in each class, to show holdings as fractions. */
static GHashTable *
class_totals (MutualModel *model)
{
  GHashTable *totals = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  GPtrArray *holdings = mutual_model_get_array (model, MUTUAL_COLLECTION_HOLDINGS);

  for (guint i = 0; i < holdings->len; i++)
    {
      MutualHolding *holding = g_ptr_array_index (holdings, i);
      gint64 *total = g_hash_table_lookup (totals, mutual_holding_get_share_class (holding));

      if (total == NULL)
        {
          total = g_new0 (gint64, 1);
          g_hash_table_insert (totals, (gpointer) mutual_holding_get_share_class (holding), total);
        }
      if (__builtin_add_overflow (*total, mutual_holding_get_count (holding), total))
        *total = G_MAXINT64;
    }
  return totals;
}

static char *
percent_of (gint64 count,
            gint64 total)
{
  MutualFraction f;

  if (total <= 0)
    return g_strdup ("0%");
  mutual_fraction_init (&f, count, total);
  return mutual_fraction_to_percent_string (&f);
}

static void
add_holding_change (MutualComparison *self,
                    MutualModel      *before,
                    MutualModel      *after,
                    const char       *holder,
                    const char       *class_id,
                    gint64            from,
                    gint64            to,
                    GHashTable       *totals_before,
                    GHashTable       *totals_after)
{
  MutualShareClass *klass = mutual_model_lookup_share_class (after, class_id);
  gint64 *total_before = g_hash_table_lookup (totals_before, class_id);
  gint64 *total_after = g_hash_table_lookup (totals_after, class_id);
  g_autofree char *pb = percent_of (from, total_before ? *total_before : 0);
  g_autofree char *pa = percent_of (to, total_after ? *total_after : 0);
  g_autofree char *tb = g_strdup_printf ("%" G_GINT64_FORMAT, from);
  g_autofree char *ta = g_strdup_printf ("%" G_GINT64_FORMAT, to);
  g_autofree char *message = NULL;
  MutualChange *change;

  if (klass == NULL)
    klass = mutual_model_lookup_share_class (before, class_id);
  message = g_strdup_printf ("%s: %" G_GINT64_FORMAT " → %" G_GINT64_FORMAT " shares of %s (%+" G_GINT64_FORMAT "; %s → %s of the class)",
                             holder, from, to, class_id, to - from, pb, pa);
  change = mutual_change_new (MUTUAL_CHANGE_KIND_HOLDING,
                              klass ? mutual_share_class_get_issuer (klass) : NULL,
                              holder, "shares", tb, ta, (double) from, (double) to, message);
  change->collection = g_strdup ("holdings");
  change->share_class = g_strdup (class_id);
  change->key = g_strdup_printf ("%s in %s", holder, class_id);
  mutual_comparison_add (self, change);
}

static void
compare_holdings (MutualComparison *self)
{
  GPtrArray *before = mutual_model_get_array (self->before, MUTUAL_COLLECTION_HOLDINGS);
  GPtrArray *after = mutual_model_get_array (self->after, MUTUAL_COLLECTION_HOLDINGS);
  g_autoptr(GHashTable) totals_before = class_totals (self->before);
  g_autoptr(GHashTable) totals_after = class_totals (self->after);

  for (guint i = 0; i < before->len; i++)
    {
      MutualHolding *h = g_ptr_array_index (before, i);
      MutualHolding *other = mutual_model_lookup_holding (self->after, mutual_holding_get_holder (h),
                                                          mutual_holding_get_share_class (h));
      gint64 to = other ? mutual_holding_get_count (other) : 0;

      if (other == h || to == mutual_holding_get_count (h))
        continue;
      self->equal = FALSE;
      add_holding_change (self, self->before, self->after, mutual_holding_get_holder (h),
                          mutual_holding_get_share_class (h), mutual_holding_get_count (h), to,
                          totals_before, totals_after);
    }
  for (guint i = 0; i < after->len; i++)
    {
      MutualHolding *h = g_ptr_array_index (after, i);

      if (mutual_model_lookup_holding (self->before, mutual_holding_get_holder (h),
                                       mutual_holding_get_share_class (h)) != NULL)
        continue;
      self->equal = FALSE;
      add_holding_change (self, self->before, self->after, mutual_holding_get_holder (h),
                          mutual_holding_get_share_class (h), 0, mutual_holding_get_count (h),
                          totals_before, totals_after);
    }
}

static void
compare_items (MutualComparison *self,
               MutualCollection  collection)
{
  GPtrArray *before = mutual_model_get_array (self->before, collection);
  GPtrArray *after = mutual_model_get_array (self->after, collection);
  gboolean decides_equal = collection == MUTUAL_COLLECTION_PARTIES ||
                           collection == MUTUAL_COLLECTION_SHARE_CLASSES;

  for (guint i = 0; i < before->len; i++)
    {
      GObject *item = g_ptr_array_index (before, i);
      g_autofree char *key = mutual_model_item_key (collection, item);
      GObject *other = mutual_model_lookup_key (self->after, collection, key);
      g_autofree char *details = NULL;

      if (other == NULL)
        add_item_change (self, collection, MUTUAL_CHANGE_KIND_REMOVED, key, item, NULL);
      else if ((details = item_differences (item, other)) != NULL)
        add_item_change (self, collection, MUTUAL_CHANGE_KIND_CHANGED, key, other, details);
      else
        continue;
      if (decides_equal)
        self->equal = FALSE;
    }
  for (guint i = 0; i < after->len; i++)
    {
      GObject *item = g_ptr_array_index (after, i);
      g_autofree char *key = mutual_model_item_key (collection, item);

      if (mutual_model_lookup_key (self->before, collection, key) != NULL)
        continue;
      add_item_change (self, collection, MUTUAL_CHANGE_KIND_ADDED, key, item, NULL);
      if (decides_equal)
        self->equal = FALSE;
    }
}

/**
 * mutual_comparison_new:
 * @before: the first model
 * @after: the second model
 *
 * Compares two models: items of every collection added, removed or
 * changed, holdings that changed, and what the analysis layer finds
 * changed (interests, control, PSC register, qualification).
 *
 * Returns: (transfer full): the comparison
 *
 * Since: 1.0
 */
MutualComparison *
mutual_comparison_new (MutualModel *before,
                       MutualModel *after)
{
  MutualComparison *self;

  g_return_val_if_fail (MUTUAL_IS_MODEL (before), NULL);
  g_return_val_if_fail (MUTUAL_IS_MODEL (after), NULL);

  self = g_object_new (MUTUAL_TYPE_COMPARISON, NULL);
  self->before = g_object_ref (before);
  self->after = g_object_ref (after);
  self->equal = TRUE;
  for (guint c = 0; c < MUTUAL_N_COLLECTIONS; c++)
    if (c != MUTUAL_COLLECTION_HOLDINGS)
      compare_items (self, c);
  compare_holdings (self);
  mutual_comparison_add_analysis (self, before, after);
  return self;
}

/**
 * mutual_comparison_get_before:
 * @self: a comparison
 *
 * The first model.
 *
 * Returns: (transfer none): the model
 *
 * Since: 1.0
 */
MutualModel *
mutual_comparison_get_before (MutualComparison *self)
{
  g_return_val_if_fail (MUTUAL_IS_COMPARISON (self), NULL);
  return self->before;
}

/**
 * mutual_comparison_get_after:
 * @self: a comparison
 *
 * The second model.
 *
 * Returns: (transfer none): the model
 *
 * Since: 1.0
 */
MutualModel *
mutual_comparison_get_after (MutualComparison *self)
{
  g_return_val_if_fail (MUTUAL_IS_COMPARISON (self), NULL);
  return self->after;
}

/**
 * mutual_comparison_get_equal:
 * @self: a comparison
 *
 * Whether the two models hold the same parties, share classes and
 * holdings (other items, names and dates may differ).
 *
 * Returns: %TRUE if they do
 *
 * Since: 1.0
 */
gboolean
mutual_comparison_get_equal (MutualComparison *self)
{
  g_return_val_if_fail (MUTUAL_IS_COMPARISON (self), FALSE);
  return self->equal;
}

/**
 * mutual_comparison_get_changes:
 * @self: a comparison
 *
 * Every change: items, then holdings, then interests, control, PSC entries
 * and qualification results.
 *
 * Returns: (transfer none): a list model of [class@Mutual.Change]
 *
 * Since: 1.0
 */
GListModel *
mutual_comparison_get_changes (MutualComparison *self)
{
  g_return_val_if_fail (MUTUAL_IS_COMPARISON (self), NULL);
  return G_LIST_MODEL (self->changes);
}

/**
 * mutual_comparison_to_lines:
 * @self: a comparison
 *
 * Every change's message, in order.
 *
 * Returns: (transfer full) (array zero-terminated=1): the lines
 *
 * Since: 1.0
 */
char **
mutual_comparison_to_lines (MutualComparison *self)
{
  GPtrArray *changes;
  GStrvBuilder *builder;
  char **lines;

  g_return_val_if_fail (MUTUAL_IS_COMPARISON (self), NULL);

  changes = mutual_item_list_get_array (self->changes);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < changes->len; i++)
    g_strv_builder_add (builder, ((MutualChange *) g_ptr_array_index (changes, i))->message);
  lines = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return lines;
}

static void
add_string (GVariantBuilder *row,
            const char      *name,
            const char      *value)
{
  g_variant_builder_add (row, "{sv}", name, g_variant_new_string (value ? value : ""));
}

/**
 * mutual_comparison_to_rows:
 * @self: a comparison
 *
 * The changes as data: an array with one dictionary (`a{sv}`) per change,
 * with the string members `kind`, `collection`, `key`, `company`, `party`,
 * `share_class`, `measure`, `before`, `after` and `message` (empty when
 * unset) and, where the values are numbers, the doubles `before_value` and
 * `after_value`.
 *
 * Returns: (transfer full): a #GVariant of type `aa{sv}`
 *
 * Since: 1.0
 */
GVariant *
mutual_comparison_to_rows (MutualComparison *self)
{
  GVariantBuilder rows;
  GPtrArray *changes;
  GEnumClass *kinds = g_type_class_ref (MUTUAL_TYPE_CHANGE_KIND);

  g_return_val_if_fail (MUTUAL_IS_COMPARISON (self), NULL);

  g_variant_builder_init (&rows, G_VARIANT_TYPE ("aa{sv}"));
  changes = mutual_item_list_get_array (self->changes);
  for (guint i = 0; i < changes->len; i++)
    {
      MutualChange *change = g_ptr_array_index (changes, i);
      GVariantBuilder row;

      g_variant_builder_init (&row, G_VARIANT_TYPE ("a{sv}"));
      add_string (&row, "kind", g_enum_get_value (kinds, change->kind)->value_nick);
      add_string (&row, "collection", change->collection);
      add_string (&row, "key", change->key);
      add_string (&row, "company", change->company);
      add_string (&row, "party", change->party);
      add_string (&row, "share_class", change->share_class);
      add_string (&row, "measure", change->measure);
      add_string (&row, "before", change->before);
      add_string (&row, "after", change->after);
      if (!isnan (change->before_value))
        g_variant_builder_add (&row, "{sv}", "before_value", g_variant_new_double (change->before_value));
      if (!isnan (change->after_value))
        g_variant_builder_add (&row, "{sv}", "after_value", g_variant_new_double (change->after_value));
      add_string (&row, "message", change->message);
      g_variant_builder_add_value (&rows, g_variant_builder_end (&row));
    }
  g_type_class_unref (kinds);
  return g_variant_ref_sink (g_variant_builder_end (&rows));
}
