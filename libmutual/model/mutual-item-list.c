/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-item-list-private.h"

struct _MutualItemList
{
  GObject parent_instance;

  GType item_type;
  GPtrArray *items;
  MutualItemListSync sync;
  gpointer sync_data;
};

static inline void
sync_items (MutualItemList *self)
{
  if (self->sync != NULL)
    self->sync (self->sync_data);
}

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MutualItemList, mutual_item_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
mutual_item_list_get_item_type (GListModel *model)
{
  return MUTUAL_ITEM_LIST (model)->item_type;
}

static guint
mutual_item_list_get_n_items (GListModel *model)
{
  MutualItemList *self = MUTUAL_ITEM_LIST (model);

  sync_items (self);
  return self->items->len;
}

static gpointer
mutual_item_list_get_item (GListModel *model,
                           guint       position)
{
  MutualItemList *self = MUTUAL_ITEM_LIST (model);

  sync_items (self);
  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = mutual_item_list_get_item_type;
  iface->get_n_items = mutual_item_list_get_n_items;
  iface->get_item = mutual_item_list_get_item;
}

static void
mutual_item_list_finalize (GObject *object)
{
  MutualItemList *self = MUTUAL_ITEM_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (mutual_item_list_parent_class)->finalize (object);
}

static void
mutual_item_list_class_init (MutualItemListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mutual_item_list_finalize;
}

static void
mutual_item_list_init (MutualItemList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

MutualItemList *
mutual_item_list_new (GType item_type)
{
  MutualItemList *self = g_object_new (MUTUAL_TYPE_ITEM_LIST, NULL);

  self->item_type = item_type;
  return self;
}

/* Items are immutable, so a copy shares them and refs each one. */
MutualItemList *
mutual_item_list_copy (MutualItemList *self)
{
  MutualItemList *copy = mutual_item_list_new (self->item_type);

  sync_items (self);
  g_ptr_array_set_size (copy->items, 0);
  for (guint i = 0; i < self->items->len; i++)
    g_ptr_array_add (copy->items, g_object_ref (g_ptr_array_index (self->items, i)));
  return copy;
}

GPtrArray *
mutual_item_list_get_array (MutualItemList *self)
{
  sync_items (self);
  return self->items;
}

void
mutual_item_list_set_array (MutualItemList *self,
                            GPtrArray      *items)
{
  g_ptr_array_unref (self->items);
  self->items = items;
}

void
mutual_item_list_set_sync (MutualItemList     *self,
                           MutualItemListSync  sync_func,
                           gpointer            data)
{
  self->sync = sync_func;
  self->sync_data = data;
}

void
mutual_item_list_append (MutualItemList *self,
                         gpointer        item)
{
  g_ptr_array_add (self->items, g_object_ref (item));
  g_list_model_items_changed (G_LIST_MODEL (self), self->items->len - 1, 0, 1);
}

gboolean
mutual_item_list_remove (MutualItemList *self,
                         gpointer        item)
{
  guint position;

  if (!g_ptr_array_find (self->items, item, &position))
    return FALSE;
  g_ptr_array_remove_index (self->items, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  return TRUE;
}

gboolean
mutual_item_list_replace (MutualItemList *self,
                          gpointer        old_item,
                          gpointer        new_item)
{
  guint position;

  if (!g_ptr_array_find (self->items, old_item, &position))
    return FALSE;
  g_object_unref (g_ptr_array_index (self->items, position));
  g_ptr_array_index (self->items, position) = g_object_ref (new_item);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
  return TRUE;
}
