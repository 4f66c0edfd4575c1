/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "mutual-str-private.h"
#include "mutual-date-private.h"
#include "mutual-enum-types.h"
#include "mutual-error.h"
#include "mutual-fraction-private.h"
#include "mutual-item-list-private.h"
#include "mutual-model-private.h"
#include "mutual-store-private.h"
#include "mutual-staff-private.h"
#include "mutual-contract-private.h"

/**
 * MutualModel:
 *
 * Everything known about a set of organisations at one date: the parties,
 * the share classes they issue, who holds what, memberships, board
 * appointment rights and rights held by agreement.
 *
 * A model owns its items. Items are immutable objects; the model adds,
 * replaces and removes them, looks them up by id and lists them as
 * [iface@Gio.ListModel]s. Adding checks an item on its own (a duplicate id,
 * a negative count); [method@Mutual.Model.validate] checks how items refer
 * to each other (an unknown holder, a class with no issuer), so a model can
 * be built in any order and checked once.
 *
 * Analyses read a model and never change it; a scenario works on copies
 * ([method@Mutual.Model.copy] shares the immutable items, so a copy is cheap).
 *
 * A model is not thread-safe while it is being changed. A model that no
 * thread changes may be read, and analysed, from several threads at once.
 *
 * In C, load a model and change a copy of it:
 *
 * ```c
 * g_autoptr(GError) error = NULL;
 * g_autoptr(MutualModel) model = mutual_model_new_from_file ("mycsp-2014.json", &error);
 * g_autoptr(MutualModel) what_if = NULL;
 *
 * if (model == NULL)
 *   g_error ("%s", error->message);
 * what_if = mutual_model_copy (model);
 * mutual_model_set_date (what_if, "2015-04-01");
 * if (!mutual_model_set_holding (what_if, "mycsp-trust", "mycsp-ordinary", 49, &error))
 *   g_error ("%s", error->message);
 * ```
 *
 * In Python, lists index by id and dates may be `datetime.date`s:
 *
 * ```python
 * model = Mutual.Model.new_from_example("mycsp-2014")
 * model.parties["equiniti"].props.name           # 'Equiniti Limited'
 * model.holdings[("mycsp-trust", "mycsp-ordinary")].props.count
 * what_if = model.copy()
 * what_if.set_date(datetime.date(2015, 4, 1))
 * ```
 *
 * Since: 1.0
 */

typedef char *(*KeyFunc) (gpointer item);

typedef struct
{
  const char *name;     /* as in model files and error paths */
  const char *noun;     /* as in messages */
  GType (*get_type) (void);
  KeyFunc key;
  /* checks the collection's references, from a layer above; may be NULL */
  gboolean (*validate) (MutualModel *model, GError **error);
} CollectionInfo;

struct _MutualModel
{
  GObject parent_instance;

  char *name;
  char *description;
  char *date;
  GStrv sources;
  /* One persistent store per collection (mutual-store.c): a copy shares
   * them and pays only for what it changes. */
  MutualStore *collections[MUTUAL_N_COLLECTIONS];
};

G_DEFINE_FINAL_TYPE (MutualModel, mutual_model, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_DATE,
  PROP_SOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

char *
mutual_model_key2 (const char *a,
                   const char *b)
{
  return g_strconcat (a, "\x1f", b, NULL);
}

static char *
party_key (gpointer item)
{
  return g_strdup (mutual_party_get_id (item));
}

static char *
share_class_key (gpointer item)
{
  return g_strdup (mutual_share_class_get_id (item));
}

static char *
holding_key (gpointer item)
{
  return mutual_model_key2 (mutual_holding_get_holder (item), mutual_holding_get_share_class (item));
}

static char *
membership_key (gpointer item)
{
  return mutual_model_key2 (mutual_membership_get_member (item), mutual_membership_get_organisation (item));
}

static char *
board_right_key (gpointer item)
{
  return mutual_model_key2 (mutual_board_right_get_appointer (item), mutual_board_right_get_company (item));
}

static char *
agreement_right_key_parts (const char      *holder,
                           const char      *company,
                           MutualDimension  dimension)
{
  return g_strconcat (holder, "\x1f", company, "\x1f", mutual_dimension_to_string (dimension), NULL);
}

static char *
agreement_right_key (gpointer item)
{
  return agreement_right_key_parts (mutual_agreement_right_get_holder (item),
                                    mutual_agreement_right_get_company (item),
                                    mutual_agreement_right_get_dimension (item));
}

static const CollectionInfo collection_info[MUTUAL_N_COLLECTIONS] = {
  [MUTUAL_COLLECTION_PARTIES] = { "parties", "party", mutual_party_get_type, party_key },
  [MUTUAL_COLLECTION_SHARE_CLASSES] = { "share_classes", "share class", mutual_share_class_get_type, share_class_key },
  [MUTUAL_COLLECTION_HOLDINGS] = { "holdings", "holding", mutual_holding_get_type, holding_key },
  [MUTUAL_COLLECTION_MEMBERSHIPS] = { "memberships", "membership", mutual_membership_get_type, membership_key },
  [MUTUAL_COLLECTION_BOARD_RIGHTS] = { "board_rights", "board right", mutual_board_right_get_type, board_right_key },
  [MUTUAL_COLLECTION_AGREEMENT_RIGHTS] = { "agreement_rights", "agreement right", mutual_agreement_right_get_type, agreement_right_key },
  [MUTUAL_COLLECTION_STAFF] = { "staff", "staff member", mutual_staff_member_get_type, mutual_staff_member_key, mutual_model_validate_staff_refs },
  [MUTUAL_COLLECTION_TRANSFER_PLANS] = { "transfer_plans", "transfer plan", mutual_transfer_plan_get_type, mutual_transfer_plan_key, mutual_model_validate_plan_refs },
  [MUTUAL_COLLECTION_CONTRACTS] = { "contracts", "contract", mutual_contract_get_type, mutual_contract_collection_key },
};

/* Keys are printed with their separator made readable. */
static char *
display_key (const char *key)
{
  g_auto(GStrv) parts = g_strsplit (key, "\x1f", -1);

  return g_strjoinv (" in ", parts);
}

static void
mutual_model_finalize (GObject *object)
{
  MutualModel *self = MUTUAL_MODEL (object);

  for (guint i = 0; i < MUTUAL_N_COLLECTIONS; i++)
    g_clear_pointer (&self->collections[i], mutual_store_free);
  g_free (self->name);
  g_free (self->description);
  g_free (self->date);
  g_strfreev (self->sources);

  G_OBJECT_CLASS (mutual_model_parent_class)->finalize (object);
}

static void
mutual_model_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MutualModel *self = MUTUAL_MODEL (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_SOURCES:
      g_value_set_boxed (value, self->sources);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_model_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MutualModel *self = MUTUAL_MODEL (object);

  switch (prop_id)
    {
    case PROP_NAME:
      mutual_model_set_name (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      mutual_model_set_description (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      mutual_model_set_date (self, g_value_get_string (value));
      break;
    case PROP_SOURCES:
      mutual_model_set_sources (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_model_class_init (MutualModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_model_finalize;
  object_class->get_property = mutual_model_get_property;
  object_class->set_property = mutual_model_set_property;

  /**
   * MutualModel:name:
   *
   * A title for the model, such as "MyCSP Ltd at 1 May 2012".
   *
   * Since: 1.0
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  /**
   * MutualModel:description:
   *
   * A description of what the model shows.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  /**
   * MutualModel:date:
   *
   * The date the model describes, as an ISO 8601 date, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  /**
   * MutualModel:sources:
   *
   * Where the model's figures come from: citations or addresses, one each.
   *
   * Since: 1.0
   */
  properties[PROP_SOURCES] = g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_model_init (MutualModel *self)
{
  self->sources = g_new0 (char *, 1);
  for (guint i = 0; i < MUTUAL_N_COLLECTIONS; i++)
    self->collections[i] = mutual_store_new (collection_info[i].get_type ());
}

/**
 * mutual_model_new:
 *
 * Creates an empty model.
 *
 * Returns: (transfer full): a new model
 *
 * Since: 1.0
 */
MutualModel *
mutual_model_new (void)
{
  return g_object_new (MUTUAL_TYPE_MODEL, NULL);
}

/**
 * mutual_model_copy:
 * @self: a model
 *
 * Copies a model. The copy shares the (immutable) items, and the
 * collections holding them, with @self: it costs what the model has changed
 * since it was loaded (or last compacted), not a pointer per item. Changing
 * either model afterwards leaves the other alone.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 1.0
 */
MutualModel *
mutual_model_copy (MutualModel *self)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);

  return mutual_model_copy_folded (self, FALSE);
}

MutualModel *
mutual_model_copy_folded (MutualModel *self,
                          gboolean     fold)
{
  MutualModel *copy;

  copy = g_object_new (MUTUAL_TYPE_MODEL, NULL);
  copy->name = g_strdup (self->name);
  copy->description = g_strdup (self->description);
  copy->date = g_strdup (self->date);
  g_strfreev (copy->sources);
  copy->sources = g_strdupv (self->sources);
  for (guint i = 0; i < MUTUAL_N_COLLECTIONS; i++)
    {
      mutual_store_free (copy->collections[i]);
      copy->collections[i] = fold ? mutual_store_copy_folded (self->collections[i])
                                  : mutual_store_copy (self->collections[i]);
    }
  return copy;
}

/**
 * mutual_model_get_name:
 * @self: a model
 *
 * Gets [property@Mutual.Model:name].
 *
 * Returns: (nullable): the name
 *
 * Since: 1.0
 */
const char *
mutual_model_get_name (MutualModel *self)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  return self->name;
}

/**
 * mutual_model_set_name:
 * @self: a model
 * @name: (nullable): the new name
 *
 * Sets [property@Mutual.Model:name].
 *
 * Since: 1.0
 */
void
mutual_model_set_name (MutualModel *self,
                       const char  *name)
{
  g_return_if_fail (MUTUAL_IS_MODEL (self));

  if (mutual_set_str (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * mutual_model_get_description:
 * @self: a model
 *
 * Gets [property@Mutual.Model:description].
 *
 * Returns: (nullable): the description
 *
 * Since: 1.0
 */
const char *
mutual_model_get_description (MutualModel *self)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  return self->description;
}

/**
 * mutual_model_set_description:
 * @self: a model
 * @description: (nullable): the new description
 *
 * Sets [property@Mutual.Model:description].
 *
 * Since: 1.0
 */
void
mutual_model_set_description (MutualModel *self,
                              const char  *description)
{
  g_return_if_fail (MUTUAL_IS_MODEL (self));

  if (mutual_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * mutual_model_get_date:
 * @self: a model
 *
 * Gets [property@Mutual.Model:date].
 *
 * Returns: (nullable): the ISO 8601 date the model describes
 *
 * Since: 1.0
 */
const char *
mutual_model_get_date (MutualModel *self)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  return self->date;
}

/**
 * mutual_model_set_date:
 * @self: a model
 * @date: (nullable): an ISO 8601 date such as `2012-05-01`
 *
 * Sets [property@Mutual.Model:date]. @date must be a valid calendar date.
 *
 * Since: 1.0
 */
void
mutual_model_set_date (MutualModel *self,
                       const char  *date)
{
  MutualDay day;

  g_return_if_fail (MUTUAL_IS_MODEL (self));
  g_return_if_fail (date == NULL || mutual_day_parse (date, &day, NULL));

  if (mutual_set_str (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * mutual_model_get_sources:
 * @self: a model
 *
 * Gets [property@Mutual.Model:sources].
 *
 * Returns: (transfer none) (array zero-terminated=1): the sources
 *
 * Since: 1.0
 */
const char * const *
mutual_model_get_sources (MutualModel *self)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  return (const char * const *) self->sources;
}

/**
 * mutual_model_set_sources:
 * @self: a model
 * @sources: (nullable) (array zero-terminated=1): the sources
 *
 * Sets [property@Mutual.Model:sources].
 *
 * Since: 1.0
 */
void
mutual_model_set_sources (MutualModel        *self,
                          const char * const *sources)
{
  static const char *empty[] = { NULL };

  g_return_if_fail (MUTUAL_IS_MODEL (self));

  if (sources == NULL)
    sources = empty;
  if (g_strv_equal ((const char * const *) self->sources, sources))
    return;
  g_strfreev (self->sources);
  self->sources = g_strdupv ((char **) sources);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCES]);
}

/* --- collections, shared by every kind of item --- */

GPtrArray *
mutual_model_get_array (MutualModel      *self,
                        MutualCollection  collection)
{
  return mutual_store_get_array (self->collections[collection]);
}

gpointer
mutual_model_share_base (MutualModel      *self,
                         MutualCollection  collection,
                         GPtrArray       **out_items,
                         GHashTable      **out_index)
{
  return mutual_store_share_base (self->collections[collection], out_items, out_index);
}

void
mutual_model_release_base (gpointer base)
{
  mutual_store_release_base (base);
}

gpointer
mutual_model_peek_base (MutualModel      *self,
                        MutualCollection  collection)
{
  return mutual_store_peek_base (self->collections[collection]);
}

gboolean
mutual_model_foreach_change (MutualModel      *self,
                             MutualCollection  collection,
                             gboolean        (*func) (gpointer, gpointer, gboolean, guint64, gpointer),
                             gpointer          data)
{
  return mutual_store_foreach_change (self->collections[collection], func, data);
}

GListModel *
mutual_model_get_list (MutualModel      *self,
                       MutualCollection  collection)
{
  return mutual_store_get_list (self->collections[collection]);
}

char *
mutual_model_item_key (MutualCollection collection,
                       gpointer         item)
{
  return collection_info[collection].key (item);
}

const char *
mutual_model_collection_noun (MutualCollection collection)
{
  return collection_info[collection].noun;
}

guint
mutual_model_get_n_items (MutualModel      *self,
                          MutualCollection  collection)
{
  return mutual_store_get_n_items (self->collections[collection]);
}

guint
mutual_model_get_n_changes (MutualModel      *self,
                            MutualCollection  collection)
{
  return mutual_store_get_n_changes (self->collections[collection]);
}

void
mutual_model_assign (MutualModel *self,
                     MutualModel *from)
{
  if (self == from)
    return;
  for (guint i = 0; i < MUTUAL_N_COLLECTIONS; i++)
    mutual_store_assign (self->collections[i], from->collections[i]);
  mutual_model_set_name (self, from->name);
  mutual_model_set_description (self, from->description);
  mutual_model_set_date (self, from->date);
  mutual_model_set_sources (self, (const char * const *) from->sources);
}

const char *
mutual_model_collection_name (MutualCollection collection)
{
  return collection_info[collection].name;
}

gpointer
mutual_model_lookup_key (MutualModel      *self,
                         MutualCollection  collection,
                         const char       *key)
{
  return mutual_store_lookup (self->collections[collection], key);
}

/* Checks an item on its own, without looking at the rest of the model. */
static gboolean
check_item (MutualCollection   collection,
            gpointer           item,
            GError           **error)
{
  switch (collection)
    {
    case MUTUAL_COLLECTION_PARTIES:
      if (*mutual_party_get_id (item) == '\0')
        goto empty_id;
      if (strchr (mutual_party_get_id (item), '\x1f') != NULL)
        goto separator_in_id;
      break;
    case MUTUAL_COLLECTION_SHARE_CLASSES:
      if (*mutual_share_class_get_id (item) == '\0')
        goto empty_id;
      if (strchr (mutual_share_class_get_id (item), '\x1f') != NULL)
        goto separator_in_id;
      if (mutual_share_class_get_nominal_value (item) < 0)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                       "share class “%s”: nominal value %" G_GINT64_FORMAT " must not be negative",
                       mutual_share_class_get_id (item), mutual_share_class_get_nominal_value (item));
          return FALSE;
        }
      break;
    case MUTUAL_COLLECTION_HOLDINGS:
      if (mutual_holding_get_count (item) < 0)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                       "holding of “%s” in “%s”: count %" G_GINT64_FORMAT " must not be negative",
                       mutual_holding_get_holder (item), mutual_holding_get_share_class (item),
                       mutual_holding_get_count (item));
          return FALSE;
        }
      break;
    case MUTUAL_COLLECTION_AGREEMENT_RIGHTS:
      {
        const MutualFraction *share = mutual_agreement_right_get_share (item);

        if (share == NULL || share->numerator < 0 || mutual_fraction_compare_ratio (share, 1, 1) > 0)
          {
            g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                         "agreement right of “%s” in “%s”: the share must be a fraction from 0 to 1",
                         mutual_agreement_right_get_holder (item), mutual_agreement_right_get_company (item));
            return FALSE;
          }
      }
      break;
    case MUTUAL_COLLECTION_MEMBERSHIPS:
    case MUTUAL_COLLECTION_BOARD_RIGHTS:
    case MUTUAL_N_COLLECTIONS:
    default:
      break;
    }
  return TRUE;

empty_id:
  g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
               "a %s must have a non-empty id", collection_info[collection].noun);
  return FALSE;

separator_in_id:
  /* U+001F joins the parts of composite keys (mutual_model_key2): an id
   * holding it could make two different holdings look like one */
  g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
               "a %s id must not contain the control character U+001F", collection_info[collection].noun);
  return FALSE;
}

gboolean
mutual_model_add_item (MutualModel       *self,
                       MutualCollection   collection,
                       gpointer           item,
                       GError           **error)
{
  MutualStore *c = self->collections[collection];
  g_autofree char *key = NULL;

  if (!check_item (collection, item, error))
    return FALSE;
  key = collection_info[collection].key (item);
  if (mutual_store_lookup (c, key) != NULL)
    {
      g_autofree char *shown = display_key (key);

      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_DUPLICATE_ID,
                   "the model already has a %s “%s”", collection_info[collection].noun, shown);
      return FALSE;
    }
  mutual_store_add (c, key, item);
  return TRUE;
}

gboolean
mutual_model_replace_item (MutualModel       *self,
                           MutualCollection   collection,
                           gpointer           item,
                           GError           **error)
{
  MutualStore *c = self->collections[collection];
  g_autofree char *key = NULL;
  gpointer old;

  if (!check_item (collection, item, error))
    return FALSE;
  key = collection_info[collection].key (item);
  old = mutual_store_lookup (c, key);
  if (old == NULL)
    {
      g_autofree char *shown = display_key (key);

      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID,
                   "the model has no %s “%s” to replace", collection_info[collection].noun, shown);
      return FALSE;
    }
  if (old == item)
    return TRUE;
  mutual_store_replace (c, key, item);
  return TRUE;
}

gboolean
mutual_model_remove_key (MutualModel       *self,
                         MutualCollection   collection,
                         const char        *key,
                         GError           **error)
{
  MutualStore *c = self->collections[collection];
  gpointer item = mutual_store_lookup (c, key);

  if (item == NULL)
    {
      g_autofree char *shown = display_key (key);

      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID,
                   "the model has no %s “%s”", collection_info[collection].noun, shown);
      return FALSE;
    }
  mutual_store_remove (c, key);
  return TRUE;
}

/* --- parties --- */

/**
 * mutual_model_add_party:
 * @self: a model
 * @party: the party to add
 * @error: return location for a #GError
 *
 * Adds a party. Fails with %MUTUAL_ERROR_DUPLICATE_ID if the model already
 * has a party with the same id.
 *
 * Returns: %TRUE if the party was added
 *
 * Since: 1.0
 */
gboolean
mutual_model_add_party (MutualModel  *self,
                        MutualParty  *party,
                        GError      **error)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (MUTUAL_IS_PARTY (party), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mutual_model_add_item (self, MUTUAL_COLLECTION_PARTIES, party, error);
}

/**
 * mutual_model_replace_party:
 * @self: a model
 * @party: the new version of a party already in the model
 * @error: return location for a #GError
 *
 * Replaces the party with the same id as @party, keeping its position.
 * Fails with %MUTUAL_ERROR_UNKNOWN_ID if there is none.
 *
 * Returns: %TRUE if the party was replaced
 *
 * Since: 1.0
 */
gboolean
mutual_model_replace_party (MutualModel  *self,
                            MutualParty  *party,
                            GError      **error)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (MUTUAL_IS_PARTY (party), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mutual_model_replace_item (self, MUTUAL_COLLECTION_PARTIES, party, error);
}

/**
 * mutual_model_remove_party:
 * @self: a model
 * @id: the id of the party
 * @error: return location for a #GError
 *
 * Removes a party. Items that refer to it stay, and
 * [method@Mutual.Model.validate] then reports them.
 *
 * Returns: %TRUE if the party was removed, %FALSE with
 *   %MUTUAL_ERROR_UNKNOWN_ID if there is no such party
 *
 * Since: 1.0
 */
gboolean
mutual_model_remove_party (MutualModel  *self,
                           const char   *id,
                           GError      **error)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mutual_model_remove_key (self, MUTUAL_COLLECTION_PARTIES, id, error);
}

/**
 * mutual_model_lookup_party:
 * @self: a model
 * @id: the id of a party
 *
 * Looks up a party by id.
 *
 * Returns: (transfer none) (nullable): the party, or %NULL
 *
 * Since: 1.0
 */
MutualParty *
mutual_model_lookup_party (MutualModel *self,
                           const char  *id)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return mutual_model_lookup_key (self, MUTUAL_COLLECTION_PARTIES, id);
}

/**
 * mutual_model_get_parties:
 * @self: a model
 *
 * The parties, in the order they were added. The list follows the model's
 * changes.
 *
 * Returns: (transfer none): a list model of [class@Mutual.Party]
 *
 * Since: 1.0
 */
GListModel *
mutual_model_get_parties (MutualModel *self)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  return mutual_model_get_list (self, MUTUAL_COLLECTION_PARTIES);
}

/* --- share classes --- */

/**
 * mutual_model_add_share_class:
 * @self: a model
 * @share_class: the share class to add
 * @error: return location for a #GError
 *
 * Adds a share class. Fails with %MUTUAL_ERROR_DUPLICATE_ID if the model
 * already has a class with the same id.
 *
 * Returns: %TRUE if the class was added
 *
 * Since: 1.0
 */
gboolean
mutual_model_add_share_class (MutualModel       *self,
                              MutualShareClass  *share_class,
                              GError           **error)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (MUTUAL_IS_SHARE_CLASS (share_class), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mutual_model_add_item (self, MUTUAL_COLLECTION_SHARE_CLASSES, share_class, error);
}

/**
 * mutual_model_remove_share_class:
 * @self: a model
 * @id: the id of the class
 * @error: return location for a #GError
 *
 * Removes a share class.
 *
 * Returns: %TRUE if the class was removed, %FALSE with
 *   %MUTUAL_ERROR_UNKNOWN_ID if there is no such class
 *
 * Since: 1.0
 */
gboolean
mutual_model_remove_share_class (MutualModel  *self,
                                 const char   *id,
                                 GError      **error)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mutual_model_remove_key (self, MUTUAL_COLLECTION_SHARE_CLASSES, id, error);
}

/**
 * mutual_model_lookup_share_class:
 * @self: a model
 * @id: the id of a share class
 *
 * Looks up a share class by id.
 *
 * Returns: (transfer none) (nullable): the class, or %NULL
 *
 * Since: 1.0
 */
MutualShareClass *
mutual_model_lookup_share_class (MutualModel *self,
                                 const char  *id)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return mutual_model_lookup_key (self, MUTUAL_COLLECTION_SHARE_CLASSES, id);
}

/**
 * mutual_model_get_share_classes:
 * @self: a model
 *
 * The share classes, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Mutual.ShareClass]
 *
 * Since: 1.0
 */
GListModel *
mutual_model_get_share_classes (MutualModel *self)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  return mutual_model_get_list (self, MUTUAL_COLLECTION_SHARE_CLASSES);
}

/* --- holdings --- */

/**
 * mutual_model_add_holding:
 * @self: a model
 * @holding: the holding to add
 * @error: return location for a #GError
 *
 * Adds a holding. Fails with %MUTUAL_ERROR_INVALID for a negative count and
 * %MUTUAL_ERROR_DUPLICATE_ID if the holder already has a holding in the
 * class (use [method@Mutual.Model.set_holding] to change it).
 *
 * Returns: %TRUE if the holding was added
 *
 * Since: 1.0
 */
gboolean
mutual_model_add_holding (MutualModel    *self,
                          MutualHolding  *holding,
                          GError        **error)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (MUTUAL_IS_HOLDING (holding), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mutual_model_add_item (self, MUTUAL_COLLECTION_HOLDINGS, holding, error);
}

/**
 * mutual_model_set_holding:
 * @self: a model
 * @holder: the id of the holder
 * @share_class: the id of the share class
 * @count: the number of shares, not negative; 0 removes the holding
 * @error: return location for a #GError
 *
 * Sets how many shares of a class a party holds, adding, replacing or
 * removing the holding as needed.
 *
 * Returns: %TRUE on success, %FALSE with %MUTUAL_ERROR_INVALID for a
 *   negative count
 *
 * Since: 1.0
 */
gboolean
mutual_model_set_holding (MutualModel  *self,
                          const char   *holder,
                          const char   *share_class,
                          gint64        count,
                          GError      **error)
{
  g_autofree char *key = NULL;
  g_autoptr(MutualHolding) holding = NULL;
  MutualHolding *old;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (holder != NULL, FALSE);
  g_return_val_if_fail (share_class != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  key = mutual_model_key2 (holder, share_class);
  old = mutual_model_lookup_key (self, MUTUAL_COLLECTION_HOLDINGS, key);
  if (count == 0)
    return old == NULL || mutual_model_remove_key (self, MUTUAL_COLLECTION_HOLDINGS, key, error);
  holding = mutual_holding_new (holder, share_class, count);
  if (old == NULL)
    return mutual_model_add_item (self, MUTUAL_COLLECTION_HOLDINGS, holding, error);
  return mutual_model_replace_item (self, MUTUAL_COLLECTION_HOLDINGS, holding, error);
}

/**
 * mutual_model_remove_holding:
 * @self: a model
 * @holder: the id of the holder
 * @share_class: the id of the share class
 * @error: return location for a #GError
 *
 * Removes a holding.
 *
 * Returns: %TRUE if the holding was removed, %FALSE with
 *   %MUTUAL_ERROR_UNKNOWN_ID if there is none
 *
 * Since: 1.0
 */
gboolean
mutual_model_remove_holding (MutualModel  *self,
                             const char   *holder,
                             const char   *share_class,
                             GError      **error)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (holder != NULL, FALSE);
  g_return_val_if_fail (share_class != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  key = mutual_model_key2 (holder, share_class);
  return mutual_model_remove_key (self, MUTUAL_COLLECTION_HOLDINGS, key, error);
}

/**
 * mutual_model_lookup_holding:
 * @self: a model
 * @holder: the id of the holder
 * @share_class: the id of the share class
 *
 * Looks up what a party holds in a share class.
 *
 * Returns: (transfer none) (nullable): the holding, or %NULL
 *
 * Since: 1.0
 */
MutualHolding *
mutual_model_lookup_holding (MutualModel *self,
                             const char  *holder,
                             const char  *share_class)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  g_return_val_if_fail (holder != NULL, NULL);
  g_return_val_if_fail (share_class != NULL, NULL);

  key = mutual_model_key2 (holder, share_class);
  return mutual_model_lookup_key (self, MUTUAL_COLLECTION_HOLDINGS, key);
}

/**
 * mutual_model_get_holdings:
 * @self: a model
 *
 * The holdings, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Mutual.Holding]
 *
 * Since: 1.0
 */
GListModel *
mutual_model_get_holdings (MutualModel *self)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  return mutual_model_get_list (self, MUTUAL_COLLECTION_HOLDINGS);
}

/* --- memberships --- */

/**
 * mutual_model_add_membership:
 * @self: a model
 * @membership: the membership to add
 * @error: return location for a #GError
 *
 * Adds a membership. Fails with %MUTUAL_ERROR_DUPLICATE_ID if the member
 * already belongs to the organisation.
 *
 * Returns: %TRUE if the membership was added
 *
 * Since: 1.0
 */
gboolean
mutual_model_add_membership (MutualModel       *self,
                             MutualMembership  *membership,
                             GError           **error)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (MUTUAL_IS_MEMBERSHIP (membership), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mutual_model_add_item (self, MUTUAL_COLLECTION_MEMBERSHIPS, membership, error);
}

/**
 * mutual_model_remove_membership:
 * @self: a model
 * @member: the id of the member
 * @organisation: the id of the organisation
 * @error: return location for a #GError
 *
 * Removes a membership.
 *
 * Returns: %TRUE if it was removed, %FALSE with %MUTUAL_ERROR_UNKNOWN_ID
 *   if there is none
 *
 * Since: 1.0
 */
gboolean
mutual_model_remove_membership (MutualModel  *self,
                                const char   *member,
                                const char   *organisation,
                                GError      **error)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (member != NULL, FALSE);
  g_return_val_if_fail (organisation != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  key = mutual_model_key2 (member, organisation);
  return mutual_model_remove_key (self, MUTUAL_COLLECTION_MEMBERSHIPS, key, error);
}

/**
 * mutual_model_lookup_membership:
 * @self: a model
 * @member: the id of the member
 * @organisation: the id of the organisation
 *
 * Looks up a membership.
 *
 * Returns: (transfer none) (nullable): the membership, or %NULL
 *
 * Since: 1.0
 */
MutualMembership *
mutual_model_lookup_membership (MutualModel *self,
                                const char  *member,
                                const char  *organisation)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  g_return_val_if_fail (member != NULL, NULL);
  g_return_val_if_fail (organisation != NULL, NULL);

  key = mutual_model_key2 (member, organisation);
  return mutual_model_lookup_key (self, MUTUAL_COLLECTION_MEMBERSHIPS, key);
}

/**
 * mutual_model_get_memberships:
 * @self: a model
 *
 * The memberships, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Mutual.Membership]
 *
 * Since: 1.0
 */
GListModel *
mutual_model_get_memberships (MutualModel *self)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  return mutual_model_get_list (self, MUTUAL_COLLECTION_MEMBERSHIPS);
}

/* --- board rights --- */

/**
 * mutual_model_add_board_right:
 * @self: a model
 * @board_right: the board appointment right to add
 * @error: return location for a #GError
 *
 * Adds a board appointment right. Fails with %MUTUAL_ERROR_DUPLICATE_ID if
 * the appointer already has a right in that company.
 *
 * Returns: %TRUE if the right was added
 *
 * Since: 1.0
 */
gboolean
mutual_model_add_board_right (MutualModel       *self,
                              MutualBoardRight  *board_right,
                              GError           **error)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (MUTUAL_IS_BOARD_RIGHT (board_right), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mutual_model_add_item (self, MUTUAL_COLLECTION_BOARD_RIGHTS, board_right, error);
}

/**
 * mutual_model_remove_board_right:
 * @self: a model
 * @appointer: the id of the appointer
 * @company: the id of the company
 * @error: return location for a #GError
 *
 * Removes a board appointment right.
 *
 * Returns: %TRUE if it was removed, %FALSE with %MUTUAL_ERROR_UNKNOWN_ID
 *   if there is none
 *
 * Since: 1.0
 */
gboolean
mutual_model_remove_board_right (MutualModel  *self,
                                 const char   *appointer,
                                 const char   *company,
                                 GError      **error)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (appointer != NULL, FALSE);
  g_return_val_if_fail (company != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  key = mutual_model_key2 (appointer, company);
  return mutual_model_remove_key (self, MUTUAL_COLLECTION_BOARD_RIGHTS, key, error);
}

/**
 * mutual_model_lookup_board_right:
 * @self: a model
 * @appointer: the id of the appointer
 * @company: the id of the company
 *
 * Looks up a board appointment right.
 *
 * Returns: (transfer none) (nullable): the right, or %NULL
 *
 * Since: 1.0
 */
MutualBoardRight *
mutual_model_lookup_board_right (MutualModel *self,
                                 const char  *appointer,
                                 const char  *company)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  g_return_val_if_fail (appointer != NULL, NULL);
  g_return_val_if_fail (company != NULL, NULL);

  key = mutual_model_key2 (appointer, company);
  return mutual_model_lookup_key (self, MUTUAL_COLLECTION_BOARD_RIGHTS, key);
}

/**
 * mutual_model_get_board_rights:
 * @self: a model
 *
 * The board appointment rights, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Mutual.BoardRight]
 *
 * Since: 1.0
 */
GListModel *
mutual_model_get_board_rights (MutualModel *self)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  return mutual_model_get_list (self, MUTUAL_COLLECTION_BOARD_RIGHTS);
}

/* --- agreement rights --- */

/**
 * mutual_model_add_agreement_right:
 * @self: a model
 * @agreement_right: the right to add
 * @error: return location for a #GError
 *
 * Adds a right held by agreement. Fails with %MUTUAL_ERROR_INVALID if its
 * share is not between 0 and 1, and %MUTUAL_ERROR_DUPLICATE_ID if the
 * holder already has a right in the same company and dimension.
 *
 * Returns: %TRUE if the right was added
 *
 * Since: 1.0
 */
gboolean
mutual_model_add_agreement_right (MutualModel           *self,
                                  MutualAgreementRight  *agreement_right,
                                  GError               **error)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (MUTUAL_IS_AGREEMENT_RIGHT (agreement_right), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return mutual_model_add_item (self, MUTUAL_COLLECTION_AGREEMENT_RIGHTS, agreement_right, error);
}

/**
 * mutual_model_remove_agreement_right:
 * @self: a model
 * @holder: the id of the holder
 * @company: the id of the company
 * @dimension: the dimension of the right
 * @error: return location for a #GError
 *
 * Removes a right held by agreement.
 *
 * Returns: %TRUE if it was removed, %FALSE with %MUTUAL_ERROR_UNKNOWN_ID
 *   if there is none
 *
 * Since: 1.0
 */
gboolean
mutual_model_remove_agreement_right (MutualModel      *self,
                                     const char       *holder,
                                     const char       *company,
                                     MutualDimension   dimension,
                                     GError          **error)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (holder != NULL, FALSE);
  g_return_val_if_fail (company != NULL, FALSE);
  g_return_val_if_fail ((guint) dimension <= MUTUAL_DIMENSION_CAPITAL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  key = agreement_right_key_parts (holder, company, dimension);
  return mutual_model_remove_key (self, MUTUAL_COLLECTION_AGREEMENT_RIGHTS, key, error);
}

/**
 * mutual_model_get_agreement_rights:
 * @self: a model
 *
 * The rights held by agreement, in the order they were added.
 *
 * Returns: (transfer none): a list model of [class@Mutual.AgreementRight]
 *
 * Since: 1.0
 */
GListModel *
mutual_model_get_agreement_rights (MutualModel *self)
{
  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  return mutual_model_get_list (self, MUTUAL_COLLECTION_AGREEMENT_RIGHTS);
}

/* --- validation --- */

static gboolean
issues_shares (MutualPartyKind kind)
{
  /* Co-operatives and community benefit societies may have (withdrawable)
   * share capital, but vote one member one vote. */
  return kind == MUTUAL_PARTY_KIND_COMPANY ||
         kind == MUTUAL_PARTY_KIND_COOPERATIVE ||
         kind == MUTUAL_PARTY_KIND_COMMUNITY_BENEFIT_SOCIETY;
}

static gboolean
has_members (MutualPartyKind kind)
{
  return mutual_party_kind_get_vote_basis (kind) == MUTUAL_VOTE_BASIS_PER_MEMBER;
}

static gboolean
check_ref (MutualModel  *self,
           const char   *collection,
           guint         index,
           const char   *member,
           const char   *id,
           gboolean      nullable,
           GError      **error)
{
  if (id == NULL && nullable)
    return TRUE;
  if (id == NULL || mutual_model_lookup_party (self, id) == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID,
                   "%s[%u].%s: no party “%s”", collection, index, member, id ? id : "");
      return FALSE;
    }
  return TRUE;
}

/**
 * mutual_model_validate:
 * @self: a model
 * @error: return location for a #GError
 *
 * Checks that the model's items fit together: every id they name exists,
 * share classes are issued by parties that issue shares, memberships are
 * of organisations that have members, counts are not negative, the shares
 * of a class and the rights by agreement in a company do not add up to
 * more than there is.
 *
 * The error names the first problem by its path in the model file, such as
 * `holdings[3].holder: no party “equinity”`.
 *
 * Returns: %TRUE if the model is valid
 *
 * Since: 1.0
 */
gboolean
mutual_model_validate (MutualModel  *self,
                       GError      **error)
{
  GPtrArray *items;
  g_autoptr(GHashTable) class_totals = NULL;
  g_autoptr(GHashTable) right_totals = NULL;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  items = mutual_model_get_array (self, MUTUAL_COLLECTION_PARTIES);
  for (guint i = 0; i < items->len; i++)
    {
      MutualParty *party = g_ptr_array_index (items, i);
      const char * const *trustees = mutual_party_get_trustees (party);

      if (!check_ref (self, "parties", i, "employer", mutual_party_get_employer (party), TRUE, error) ||
          !check_ref (self, "parties", i, "beneficiary_employer", mutual_party_get_beneficiary_employer (party), TRUE, error))
        return FALSE;
      for (guint j = 0; trustees[j] != NULL; j++)
        {
          g_autofree char *member = g_strdup_printf ("trustees[%u]", j);

          if (!check_ref (self, "parties", i, member, trustees[j], FALSE, error))
            return FALSE;
        }
    }

  items = mutual_model_get_array (self, MUTUAL_COLLECTION_SHARE_CLASSES);
  for (guint i = 0; i < items->len; i++)
    {
      MutualShareClass *klass = g_ptr_array_index (items, i);
      MutualParty *issuer;

      if (!check_ref (self, "share_classes", i, "issuer", mutual_share_class_get_issuer (klass), FALSE, error))
        return FALSE;
      issuer = mutual_model_lookup_party (self, mutual_share_class_get_issuer (klass));
      if (!issues_shares (mutual_party_get_kind (issuer)))
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                       "share_classes[%u].issuer: “%s” is a %s, which issues no shares",
                       i, mutual_party_get_id (issuer), mutual_party_kind_to_string (mutual_party_get_kind (issuer)));
          return FALSE;
        }
    }

  class_totals = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  items = mutual_model_get_array (self, MUTUAL_COLLECTION_HOLDINGS);
  for (guint i = 0; i < items->len; i++)
    {
      MutualHolding *holding = g_ptr_array_index (items, i);
      const char *class_id = mutual_holding_get_share_class (holding);
      gint64 count = mutual_holding_get_count (holding);
      gint64 *total;

      if (!check_ref (self, "holdings", i, "holder", mutual_holding_get_holder (holding), FALSE, error))
        return FALSE;
      if (mutual_model_lookup_share_class (self, class_id) == NULL)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID,
                       "holdings[%u].share_class: no share class “%s”", i, class_id);
          return FALSE;
        }
      if (count < 0)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                       "holdings[%u].count: must not be negative (%" G_GINT64_FORMAT ")", i, count);
          return FALSE;
        }
      total = g_hash_table_lookup (class_totals, class_id);
      if (total == NULL)
        {
          total = g_new0 (gint64, 1);
          g_hash_table_insert (class_totals, (gpointer) class_id, total);
        }
      if (count > G_MAXINT64 - *total)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW,
                       "holdings[%u].count: the shares issued in “%s” add up to more than %" G_GINT64_FORMAT,
                       i, class_id, G_MAXINT64);
          return FALSE;
        }
      *total += count;
    }

  items = mutual_model_get_array (self, MUTUAL_COLLECTION_MEMBERSHIPS);
  for (guint i = 0; i < items->len; i++)
    {
      MutualMembership *membership = g_ptr_array_index (items, i);
      MutualParty *organisation;

      if (!check_ref (self, "memberships", i, "member", mutual_membership_get_member (membership), FALSE, error) ||
          !check_ref (self, "memberships", i, "organisation", mutual_membership_get_organisation (membership), FALSE, error))
        return FALSE;
      organisation = mutual_model_lookup_party (self, mutual_membership_get_organisation (membership));
      if (!has_members (mutual_party_get_kind (organisation)))
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                       "memberships[%u].organisation: “%s” is a %s, which has no members who vote",
                       i, mutual_party_get_id (organisation),
                       mutual_party_kind_to_string (mutual_party_get_kind (organisation)));
          return FALSE;
        }
    }

  items = mutual_model_get_array (self, MUTUAL_COLLECTION_BOARD_RIGHTS);
  for (guint i = 0; i < items->len; i++)
    {
      MutualBoardRight *right = g_ptr_array_index (items, i);

      if (!check_ref (self, "board_rights", i, "appointer", mutual_board_right_get_appointer (right), FALSE, error) ||
          !check_ref (self, "board_rights", i, "company", mutual_board_right_get_company (right), FALSE, error))
        return FALSE;
    }

  right_totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  items = mutual_model_get_array (self, MUTUAL_COLLECTION_AGREEMENT_RIGHTS);
  for (guint i = 0; i < items->len; i++)
    {
      MutualAgreementRight *right = g_ptr_array_index (items, i);
      g_autofree char *key = NULL;
      MutualFraction *total;

      if (!check_ref (self, "agreement_rights", i, "holder", mutual_agreement_right_get_holder (right), FALSE, error) ||
          !check_ref (self, "agreement_rights", i, "company", mutual_agreement_right_get_company (right), FALSE, error))
        return FALSE;
      key = mutual_model_key2 (mutual_agreement_right_get_company (right),
                               mutual_dimension_to_string (mutual_agreement_right_get_dimension (right)));
      total = g_hash_table_lookup (right_totals, key);
      if (total == NULL)
        {
          total = mutual_fraction_new (0, 1);
          g_hash_table_insert (right_totals, g_strdup (key), total);
        }
      if (!mutual_fraction_add (total, mutual_agreement_right_get_share (right), total))
        {
          /* not "more than the whole": the exact sum needs more than 64 bits */
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW,
                       "agreement_rights[%u].share: the rights to %s in “%s” do not add up to a fraction "
                       "with a numerator and a denominator of 64 bits",
                       i, mutual_dimension_to_string (mutual_agreement_right_get_dimension (right)),
                       mutual_agreement_right_get_company (right));
          return FALSE;
        }
      if (mutual_fraction_compare_ratio (total, 1, 1) > 0)
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                       "agreement_rights[%u].share: the rights to %s in “%s” add up to more than the whole",
                       i, mutual_dimension_to_string (mutual_agreement_right_get_dimension (right)),
                       mutual_agreement_right_get_company (right));
          return FALSE;
        }
    }

  for (guint i = 0; i < MUTUAL_N_COLLECTIONS; i++)
    if (collection_info[i].validate != NULL && !collection_info[i].validate (self, error))
      return FALSE;

  return TRUE;
}
