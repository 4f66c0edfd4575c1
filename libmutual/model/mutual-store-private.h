/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A MutualStore is one collection of a model: items in order, found by
 * key. It is persistent in the sense that copying it costs only what
 * changed since its base was last shared.
 *
 * A store is a shared, immutable *base* (the items in order and an index
 * from key to position) plus this store's own *changes* (key → replaced,
 * removed or appended item). A copy takes a reference on the base and
 * duplicates the changes, so copying a model of a million holdings and
 * changing two of them costs two hash entries, not a million. While a
 * store is the only owner of its base and has no changes, it changes the
 * base in place (this is how a model is loaded). When a copy would carry
 * many changes, it folds them into a new base instead (compaction).
 *
 * The ordered array (and the GListModel over it) is rebuilt from base and
 * changes only when someone reads it; a list with items-changed handlers
 * is kept current and told about every change. Reading (lookup, the array,
 * the list) from several threads is safe while no thread changes the
 * store. */
typedef struct _MutualStore MutualStore;

MutualStore *mutual_store_new         (GType         item_type);
MutualStore *mutual_store_copy        (MutualStore  *self);
/* A copy whose changes are folded into a new base of its own: no changes. */
MutualStore *mutual_store_copy_folded (MutualStore  *self);
void         mutual_store_free        (MutualStore  *self);
/* Makes @self hold what @from holds (its list object stays the same). */
void         mutual_store_assign      (MutualStore  *self,
                                       MutualStore  *from);
gpointer     mutual_store_lookup      (MutualStore  *self,
                                       const char   *key);
/* The caller has checked that @key is absent (add) or present (replace,
 * remove). */
void         mutual_store_add         (MutualStore  *self,
                                       const char   *key,
                                       gpointer      item);
void         mutual_store_replace     (MutualStore  *self,
                                       const char   *key,
                                       gpointer      item);
void         mutual_store_remove      (MutualStore  *self,
                                       const char   *key);
guint        mutual_store_get_n_items (MutualStore  *self);
GPtrArray   *mutual_store_get_array   (MutualStore  *self);
GListModel  *mutual_store_get_list    (MutualStore  *self);
/* When @self carries no changes: a reference on its base, which stays
 * as it is while the reference is held (a store changes a base in place
 * only while it is the base's sole owner), with the base's items in order
 * and its index (key → position + 1). NULL when @self has changes. */
gpointer     mutual_store_share_base   (MutualStore  *self,
                                        GPtrArray   **out_items,
                                        GHashTable  **out_index);
void         mutual_store_release_base (gpointer      base);
/* The base @self shares (borrowed; NULL while empty), to tell whether two
 * stores grew from the same one. */
gpointer     mutual_store_peek_base    (MutualStore  *self);
/* Calls @func for each key @self changed over its base: the base's item
 * (NULL when the key is new), the store's item (NULL when removed) and
 * whether the item stays at the base item's place (FALSE: appended, after
 * every base item, in the order of @seq). Stops, returning FALSE, when
 * @func does. Order of the calls is unspecified. */
typedef gboolean (*MutualStoreChangeFunc) (gpointer old_item,
                                           gpointer new_item,
                                           gboolean in_place,
                                           guint64  seq,
                                           gpointer data);
gboolean     mutual_store_foreach_change (MutualStore           *self,
                                          MutualStoreChangeFunc  func,
                                          gpointer               data);
/* How many changes a copy carries: for tests and benchmarks. */
guint        mutual_store_get_n_changes (MutualStore *self);

G_END_DECLS
