/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mutual-item-list-private.h"
#include "mutual-store-private.h"

/* See mutual-store-private.h for the design. Keys are GRefStrings, so a
 * new base or a copy of the changes shares them instead of copying. */

typedef struct
{
  gatomicrefcount ref;
  GPtrArray *items;     /* owned references, in order */
  GHashTable *index;    /* key (GRefString) → GUINT_TO_POINTER (position + 1) */
} Base;

typedef struct
{
  gpointer item;        /* owned reference; NULL when the item was removed */
  guint base_pos;       /* position + 1 of the key's item in the base, or 0 */
  guint64 seq;          /* 0: in place at base_pos; else appended, in this order */
} Change;

struct _MutualStore
{
  GType item_type;
  Base *base;           /* NULL while empty */
  GHashTable *changes;  /* key (GRefString) → Change (owned); NULL while none */
  guint64 next_seq;
  guint n_items;
  GPtrArray *view;      /* the items in order, when not stale */
  MutualItemList *list; /* the public view, made when first asked for */
  int stale;            /* atomic: view must be rebuilt before reading */
  GMutex lock;          /* held while rebuilding */
};

/* A copy folds its changes into a new base when it would carry more than
 * this many: the fold costs one pass over the items, so it is amortised
 * over at least 1/64 of them. */
#define COMPACT_MIN 1024
#define COMPACT_FRACTION 64

static guint items_changed_signal;

static Base *
base_new (guint reserve)
{
  Base *base = g_new0 (Base, 1);

  g_atomic_ref_count_init (&base->ref);
  base->items = g_ptr_array_new_full (reserve, g_object_unref);
  base->index = g_hash_table_new_full (g_str_hash, g_str_equal, (GDestroyNotify) g_ref_string_release, NULL);
  return base;
}

static Base *
base_ref (Base *base)
{
  if (base != NULL)
    g_atomic_ref_count_inc (&base->ref);
  return base;
}

static void
base_unref (Base *base)
{
  if (base != NULL && g_atomic_ref_count_dec (&base->ref))
    {
      g_ptr_array_unref (base->items);
      g_hash_table_unref (base->index);
      g_free (base);
    }
}

static inline guint
base_len (Base *base)
{
  return base ? base->items->len : 0;
}

static inline guint
base_position (Base       *base,
               const char *key)
{
  return base ? GPOINTER_TO_UINT (g_hash_table_lookup (base->index, key)) : 0;
}

static inline guint
n_changes (MutualStore *self)
{
  return self->changes ? g_hash_table_size (self->changes) : 0;
}

static void
change_free (gpointer data)
{
  Change *change = data;

  g_clear_object (&change->item);
  g_free (change);
}

static GHashTable *
changes_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, (GDestroyNotify) g_ref_string_release, change_free);
}

static GHashTable *
ensure_changes (MutualStore *self)
{
  if (self->changes == NULL)
    self->changes = changes_new ();
  return self->changes;
}

static void store_sync (gpointer data);

MutualStore *
mutual_store_new (GType item_type)
{
  MutualStore *self = g_new0 (MutualStore, 1);

  self->item_type = item_type;
  self->stale = 1;
  g_mutex_init (&self->lock);
  return self;
}

void
mutual_store_free (MutualStore *self)
{
  if (self == NULL)
    return;
  if (self->list != NULL)
    {
      /* Someone still holds the list: leave it the items it shows now, in
       * an array of its own (a shared base may later change in place). */
      if (G_OBJECT (self->list)->ref_count > 1)
        {
          GPtrArray *own;

          store_sync (self);
          own = g_ptr_array_new_full (self->view->len, g_object_unref);
          for (guint i = 0; i < self->view->len; i++)
            g_ptr_array_add (own, g_object_ref (g_ptr_array_index (self->view, i)));
          mutual_item_list_set_array (self->list, own);
        }
      mutual_item_list_set_sync (self->list, NULL, NULL);
      g_object_unref (self->list);
    }
  g_clear_pointer (&self->view, g_ptr_array_unref);
  g_clear_pointer (&self->changes, g_hash_table_unref);
  base_unref (self->base);
  g_mutex_clear (&self->lock);
  g_free (self);
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const Change *x = *(const Change **) a, *y = *(const Change **) b;

  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int
compare_keys_by_seq (gconstpointer a,
                     gconstpointer b,
                     gpointer      changes)
{
  const Change *x = g_hash_table_lookup (changes, *(const char **) a);
  const Change *y = g_hash_table_lookup (changes, *(const char **) b);

  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The items in order, from the base and the changes. */
static GPtrArray *
materialize (MutualStore *self)
{
  GPtrArray *out;
  g_autofree gpointer *slots = NULL;
  g_autoptr(GPtrArray) appended = NULL;
  GHashTableIter iter;
  gpointer value;
  guint len = base_len (self->base);

  if (n_changes (self) == 0)
    return self->base ? g_ptr_array_ref (self->base->items) : g_ptr_array_new_with_free_func (g_object_unref);

  slots = g_new (gpointer, MAX (len, 1));
  if (len > 0)
    memcpy (slots, self->base->items->pdata, sizeof (gpointer) * len);
  appended = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->changes);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Change *change = value;

      if (change->base_pos > 0)
        slots[change->base_pos - 1] = change->seq == 0 ? change->item : NULL;
      if (change->seq > 0 && change->item != NULL)
        g_ptr_array_add (appended, change);
    }

  out = g_ptr_array_new_full (self->n_items, g_object_unref);
  for (guint i = 0; i < len; i++)
    if (slots[i] != NULL)
      g_ptr_array_add (out, g_object_ref (slots[i]));
  g_ptr_array_sort (appended, compare_changes);
  for (guint i = 0; i < appended->len; i++)
    g_ptr_array_add (out, g_object_ref (((Change *) g_ptr_array_index (appended, i))->item));
  g_assert (out->len == self->n_items);
  return out;
}

static void
store_sync (gpointer data)
{
  MutualStore *self = data;

  if (G_LIKELY (!g_atomic_int_get (&self->stale)))
    return;
  g_mutex_lock (&self->lock);
  if (g_atomic_int_get (&self->stale))
    {
      g_clear_pointer (&self->view, g_ptr_array_unref);
      self->view = materialize (self);
      if (self->list != NULL)
        mutual_item_list_set_array (self->list, g_ptr_array_ref (self->view));
      g_atomic_int_set (&self->stale, 0);
    }
  g_mutex_unlock (&self->lock);
}

static inline void
mark_stale (MutualStore *self)
{
  g_atomic_int_set (&self->stale, 1);
}

/* After a change: a list that someone watches is brought up to date and
 * told; otherwise the view is rebuilt when next read. position is
 * G_MAXUINT when the change's place is not known cheaply. */
static void
changed (MutualStore *self,
         guint        old_n,
         guint        position,
         guint        removed,
         guint        added)
{
  if (self->list == NULL)
    return;
  /* the signal exists once a list does (the interface is initialised) */
  if (G_UNLIKELY (items_changed_signal == 0))
    items_changed_signal = g_signal_lookup ("items-changed", G_TYPE_LIST_MODEL);
  if (!g_signal_has_handler_pending (self->list, items_changed_signal, 0, FALSE))
    return;
  store_sync (self);
  if (position == G_MAXUINT)
    g_list_model_items_changed (G_LIST_MODEL (self->list), 0, old_n, self->n_items);
  else
    g_list_model_items_changed (G_LIST_MODEL (self->list), position, removed, added);
}

static GHashTable *
changes_copy (GHashTable *changes)
{
  GHashTable *copy;
  GHashTableIter iter;
  gpointer key, value;

  if (changes == NULL || g_hash_table_size (changes) == 0)
    return NULL;
  copy = changes_new ();
  g_hash_table_iter_init (&iter, changes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Change *change = g_memdup2 (value, sizeof (Change));

      if (change->item != NULL)
        g_object_ref (change->item);
      g_hash_table_insert (copy, g_ref_string_acquire (key), change);
    }
  return copy;
}

/* A new base holding the store's current items, with no changes. */
static Base *
compact (MutualStore *self)
{
  Base *old = self->base;
  guint len = base_len (old);
  Base *base = base_new (self->n_items);
  g_autofree guint *new_pos = g_new (guint, len + 1);
  g_autoptr(GPtrArray) appended = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;
  guint n = 0;

  /* where each surviving base item lands */
  for (guint i = 0; i < len; i++)
    new_pos[i] = 1;
  g_hash_table_iter_init (&iter, self->changes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Change *change = value;

      if (change->base_pos > 0 && (change->seq > 0 || change->item == NULL))
        new_pos[change->base_pos - 1] = 0;
      if (change->seq > 0 && change->item != NULL)
        g_ptr_array_add (appended, key);
    }
  for (guint i = 0; i < len; i++)
    if (new_pos[i] != 0)
      {
        g_ptr_array_add (base->items, g_object_ref (g_ptr_array_index (old->items, i)));
        new_pos[i] = ++n;
      }

  if (old != NULL)
    {
      g_hash_table_iter_init (&iter, old->index);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          guint pos = GPOINTER_TO_UINT (value);
          Change *change = g_hash_table_lookup (self->changes, key);

          if (new_pos[pos - 1] == 0)
            continue;
          if (change != NULL)   /* replaced in place */
            {
              GObject **slot = (GObject **) &g_ptr_array_index (base->items, new_pos[pos - 1] - 1);

              g_object_unref (*slot);
              *slot = g_object_ref (change->item);
            }
          g_hash_table_insert (base->index, g_ref_string_acquire (key), GUINT_TO_POINTER (new_pos[pos - 1]));
        }
    }

  g_ptr_array_sort_with_data (appended, compare_keys_by_seq, self->changes);
  for (guint i = 0; i < appended->len; i++)
    {
      char *k = g_ptr_array_index (appended, i);
      Change *change = g_hash_table_lookup (self->changes, k);

      g_ptr_array_add (base->items, g_object_ref (change->item));
      g_hash_table_insert (base->index, g_ref_string_acquire (k), GUINT_TO_POINTER (base->items->len));
    }
  g_assert (base->items->len == self->n_items);
  return base;
}

MutualStore *
mutual_store_copy (MutualStore *self)
{
  MutualStore *copy = mutual_store_new (self->item_type);

  copy->n_items = self->n_items;
  if (n_changes (self) > MAX (COMPACT_MIN, base_len (self->base) / COMPACT_FRACTION))
    copy->base = compact (self);
  else
    {
      copy->base = base_ref (self->base);
      copy->changes = changes_copy (self->changes);
      copy->next_seq = self->next_seq;
    }
  return copy;
}

void
mutual_store_assign (MutualStore *self,
                     MutualStore *from)
{
  guint old_n = self->n_items;

  if (self == from)
    return;
  g_mutex_lock (&self->lock);
  base_unref (self->base);
  self->base = base_ref (from->base);
  g_clear_pointer (&self->changes, g_hash_table_unref);
  self->changes = changes_copy (from->changes);
  self->next_seq = from->next_seq;
  self->n_items = from->n_items;
  mark_stale (self);
  g_mutex_unlock (&self->lock);
  changed (self, old_n, G_MAXUINT, 0, 0);
}

gpointer
mutual_store_lookup (MutualStore *self,
                     const char  *key)
{
  guint pos;

  if (self->changes != NULL)
    {
      Change *change = g_hash_table_lookup (self->changes, key);

      if (change != NULL)
        return change->item;
    }
  pos = base_position (self->base, key);
  return pos > 0 ? g_ptr_array_index (self->base->items, pos - 1) : NULL;
}

static gboolean
base_is_exclusive (MutualStore *self)
{
  if (self->base == NULL && self->n_items == 0 && n_changes (self) == 0)
    self->base = base_new (0);
  return self->base != NULL && g_atomic_ref_count_compare (&self->base->ref, 1);
}

void
mutual_store_add (MutualStore *self,
                  const char  *key,
                  gpointer     item)
{
  guint old_n = self->n_items;
  Change *change;

  if (n_changes (self) == 0 && base_is_exclusive (self))
    {
      /* loading, or building a model in code: grow the base itself */
      g_ptr_array_add (self->base->items, g_object_ref (item));
      g_hash_table_insert (self->base->index, g_ref_string_new (key), GUINT_TO_POINTER (self->base->items->len));
      self->n_items++;
      if (self->view != self->base->items)
        mark_stale (self);
      if (g_atomic_int_get (&self->stale))
        changed (self, old_n, G_MAXUINT, 0, 0);
      else
        changed (self, old_n, old_n, 0, 1);
      return;
    }

  change = g_hash_table_lookup (ensure_changes (self), key);
  if (change != NULL)
    {
      /* a base item removed earlier comes back at the end */
      g_assert (change->item == NULL);
      change->item = g_object_ref (item);
      change->seq = ++self->next_seq;
    }
  else
    {
      change = g_new0 (Change, 1);
      change->item = g_object_ref (item);
      change->seq = ++self->next_seq;
      g_hash_table_insert (self->changes, g_ref_string_new (key), change);
    }
  self->n_items++;
  mark_stale (self);
  changed (self, old_n, old_n, 0, 1);
}

void
mutual_store_replace (MutualStore *self,
                      const char  *key,
                      gpointer     item)
{
  Change *change = self->changes ? g_hash_table_lookup (self->changes, key) : NULL;
  guint pos;

  if (change != NULL)
    {
      g_assert (change->item != NULL);
      g_object_unref (change->item);
      change->item = g_object_ref (item);
    }
  else
    {
      pos = base_position (self->base, key);
      g_assert (pos > 0);
      if (base_is_exclusive (self))
        {
          GObject **slot = (GObject **) &g_ptr_array_index (self->base->items, pos - 1);

          g_object_unref (*slot);
          *slot = g_object_ref (item);
          if (self->view == self->base->items && !g_atomic_int_get (&self->stale))
            {
              changed (self, self->n_items, pos - 1, 1, 1);
              return;
            }
        }
      else
        {
          change = g_new0 (Change, 1);
          change->item = g_object_ref (item);
          change->base_pos = pos;
          g_hash_table_insert (ensure_changes (self), g_ref_string_new (key), change);
        }
    }
  mark_stale (self);
  changed (self, self->n_items, G_MAXUINT, 0, 0);
}

void
mutual_store_remove (MutualStore *self,
                     const char  *key)
{
  guint old_n = self->n_items;
  Change *change = self->changes ? g_hash_table_lookup (self->changes, key) : NULL;

  if (change != NULL)
    {
      g_assert (change->item != NULL);
      if (change->base_pos == 0)
        g_hash_table_remove (self->changes, key);
      else
        {
          g_clear_object (&change->item);
          change->seq = 0;
        }
    }
  else
    {
      change = g_new0 (Change, 1);
      change->base_pos = base_position (self->base, key);
      g_assert (change->base_pos > 0);
      g_hash_table_insert (ensure_changes (self), g_ref_string_new (key), change);
    }
  self->n_items--;
  mark_stale (self);
  changed (self, old_n, G_MAXUINT, 0, 0);
}

guint
mutual_store_get_n_items (MutualStore *self)
{
  return self->n_items;
}

GPtrArray *
mutual_store_get_array (MutualStore *self)
{
  store_sync (self);
  return self->view;
}

GListModel *
mutual_store_get_list (MutualStore *self)
{
  /* made once, by the first thread to ask; readers of a model may be on
   * several threads (docs/threads.md) */
  MutualItemList *list = g_atomic_pointer_get (&self->list);

  if (list != NULL)
    return G_LIST_MODEL (list);
  g_mutex_lock (&self->lock);
  list = self->list;
  if (list == NULL)
    {
      list = mutual_item_list_new (self->item_type);
      mutual_item_list_set_sync (list, store_sync, self);
      /* the current array if there is one, else store_sync sets it at the
       * first read; an array other threads may be reading stays alive */
      if (self->view != NULL && !g_atomic_int_get (&self->stale))
        mutual_item_list_set_array (list, g_ptr_array_ref (self->view));
      else
        g_atomic_int_set (&self->stale, 1);
      g_atomic_pointer_set (&self->list, list);
    }
  g_mutex_unlock (&self->lock);
  return G_LIST_MODEL (list);
}

gpointer
mutual_store_share_base (MutualStore  *self,
                         GPtrArray   **out_items,
                         GHashTable  **out_index)
{
  if (self->base == NULL || n_changes (self) > 0)
    return NULL;
  *out_items = self->base->items;
  *out_index = self->base->index;
  return base_ref (self->base);
}

void
mutual_store_release_base (gpointer base)
{
  base_unref (base);
}

guint
mutual_store_get_n_changes (MutualStore *self)
{
  return n_changes (self);
}
