/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A GListModel over a GPtrArray of objects of one type. The model's
 * collections are these: get_item is O(1) and the library iterates the
 * array directly, without a reference per item. */
#define MUTUAL_TYPE_ITEM_LIST (mutual_item_list_get_type ())
G_DECLARE_FINAL_TYPE (MutualItemList, mutual_item_list, MUTUAL, ITEM_LIST, GObject)

MutualItemList *mutual_item_list_new        (GType           item_type);
MutualItemList *mutual_item_list_copy       (MutualItemList *self);
GPtrArray      *mutual_item_list_get_array  (MutualItemList *self);
void            mutual_item_list_append     (MutualItemList *self,
                                             gpointer        item);
gboolean        mutual_item_list_remove     (MutualItemList *self,
                                             gpointer        item);
gboolean        mutual_item_list_replace    (MutualItemList *self,
                                             gpointer        old_item,
                                             gpointer        new_item);

/* For lists that are a view of something else (a model's collections):
 * set_array swaps in another array (transfer full, possibly shared with
 * other lists: it is then never changed through this list), and the sync
 * function, when set, is called before every read so the owner can
 * rebuild a stale array first. */
typedef void (*MutualItemListSync) (gpointer data);

void            mutual_item_list_set_array  (MutualItemList *self,
                                             GPtrArray      *items);
void            mutual_item_list_set_sync   (MutualItemList *self,
                                             MutualItemListSync sync,
                                             gpointer        data);

G_END_DECLS
