/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "mutual-model.h"

G_BEGIN_DECLS

/* The model keeps each kind of item in a collection: an ordered array (the
 * GListModel users see) and an index from the item's key to the item.
 * Items are immutable, so a copy of a model shares them.
 *
 * A new kind of item (staff members, contracts, transfer plans) is one more
 * value here and one row in the table in mutual-model.c. */
typedef enum {
  MUTUAL_COLLECTION_PARTIES,
  MUTUAL_COLLECTION_SHARE_CLASSES,
  MUTUAL_COLLECTION_HOLDINGS,
  MUTUAL_COLLECTION_MEMBERSHIPS,
  MUTUAL_COLLECTION_BOARD_RIGHTS,
  MUTUAL_COLLECTION_AGREEMENT_RIGHTS,
  MUTUAL_COLLECTION_STAFF,            /* tupe */
  MUTUAL_COLLECTION_TRANSFER_PLANS,   /* tupe */
  MUTUAL_COLLECTION_CONTRACTS,
  MUTUAL_N_COLLECTIONS
} MutualCollection;

/* The items in order, borrowed: iterate without a reference per item. */
GPtrArray  *mutual_model_get_array       (MutualModel      *self,
                                          MutualCollection  collection);
GListModel *mutual_model_get_list        (MutualModel      *self,
                                          MutualCollection  collection);
/* The collection's items and key index as an immutable snapshot while the
 * returned handle is held (see mutual_store_share_base()), or NULL when
 * the collection has unfolded changes. */
gpointer    mutual_model_share_base      (MutualModel      *self,
                                          MutualCollection  collection,
                                          GPtrArray       **out_items,
                                          GHashTable      **out_index);
void        mutual_model_release_base    (gpointer          base);
/* A copy (as mutual_model_copy()); with @fold, every collection's changes
 * are folded into a base of its own, so that the copy carries none (a
 * sweep's base, whose runs' analyses are derived from its own). */
MutualModel *mutual_model_copy_folded    (MutualModel      *self,
                                          gboolean          fold);
/* The collection's shared base (borrowed), and its changes over that base
 * (see mutual_store_foreach_change() in mutual-store-private.h): a sweep
 * works out a copy's analysis from its base model's and what changed. */
gpointer    mutual_model_peek_base       (MutualModel      *self,
                                          MutualCollection  collection);
gboolean    mutual_model_foreach_change  (MutualModel      *self,
                                          MutualCollection  collection,
                                          gboolean        (*func) (gpointer old_item,
                                                                   gpointer new_item,
                                                                   gboolean in_place,
                                                                   guint64  seq,
                                                                   gpointer data),
                                          gpointer          data);
const char *mutual_model_collection_name (MutualCollection  collection);
gpointer    mutual_model_lookup_key      (MutualModel      *self,
                                          MutualCollection  collection,
                                          const char       *key);
gboolean    mutual_model_add_item        (MutualModel      *self,
                                          MutualCollection  collection,
                                          gpointer          item,
                                          GError          **error);
gboolean    mutual_model_replace_item    (MutualModel      *self,
                                          MutualCollection  collection,
                                          gpointer          item,
                                          GError          **error);
gboolean    mutual_model_remove_key      (MutualModel      *self,
                                          MutualCollection  collection,
                                          const char       *key,
                                          GError          **error);

/* The key an item has in its collection (what lookup_key takes). */
char       *mutual_model_item_key        (MutualCollection  collection,
                                          gpointer          item);
const char *mutual_model_collection_noun (MutualCollection  collection);

/* How many items a collection holds, without building its array. */
guint       mutual_model_get_n_items     (MutualModel      *self,
                                          MutualCollection  collection);
/* Makes @self hold exactly the items (and name, date…) of @from, keeping
 * @self's list objects; costs what @from changed since its base. Used to
 * apply a change to a copy first and commit it only when it all worked. */
void        mutual_model_assign          (MutualModel      *self,
                                          MutualModel      *from);
/* How many changes a collection carries over its shared base (tests,
 * benchmarks). */
guint       mutual_model_get_n_changes   (MutualModel      *self,
                                          MutualCollection  collection);

/* Composite keys: parts joined by U+001F, which no id contains. */
char       *mutual_model_key2            (const char       *a,
                                          const char       *b);

G_END_DECLS
