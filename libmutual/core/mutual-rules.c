/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <gio/gio.h>

#include "mutual-fraction-private.h"
#include "mutual-rules-private.h"

#define RULES_PREFIX "/org/libmutual/Mutual/rules/"

static GHashTable *tables; /* name → JsonNode (root object) */
G_LOCK_DEFINE_STATIC (tables);

static JsonObject *
load_table (const char *table)
{
  JsonNode *root;

  G_LOCK (tables);
  if (tables == NULL)
    tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) json_node_unref);
  root = g_hash_table_lookup (tables, table);
  if (root == NULL)
    {
      g_autofree char *path = g_strconcat (RULES_PREFIX, table, ".json", NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(GError) error = NULL;
      gsize size;
      const char *data;

      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes == NULL)
        g_error ("libmutual rule table %s is missing: %s", table, error->message);
      data = g_bytes_get_data (bytes, &size);
      if (!json_parser_load_from_data (parser, data, size, &error) ||
          !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ||
          !json_object_has_member (json_node_get_object (json_parser_get_root (parser)), "rows"))
        g_error ("libmutual rule table %s is malformed: %s", table,
                 error != NULL ? error->message : "no rows");
      root = json_node_ref (json_parser_get_root (parser));
      g_hash_table_insert (tables, g_strdup (table), root);
    }
  G_UNLOCK (tables);

  return json_node_get_object (root);
}

JsonArray *
mutual_rules_get_rows (const char *table)
{
  return json_object_get_array_member (load_table (table), "rows");
}

/* The row whose "from" date is the latest one on or before @day, or NULL
 * when @day is before the first row. */
JsonObject *
mutual_rules_row_in_force (const char *table,
                           MutualDay   day)
{
  JsonArray *rows = mutual_rules_get_rows (table);
  JsonObject *found = NULL;

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      MutualDay from;

      if (!mutual_day_parse (json_object_get_string_member (row, "from"), &from, NULL))
        g_error ("libmutual rule table %s row %u has a bad \"from\" date", table, i);
      if (from > day)
        break;
      found = row;
    }
  return found;
}

JsonObject *
mutual_rules_get_row (const char *table,
                      const char *key_member,
                      const char *key)
{
  JsonArray *rows = mutual_rules_get_rows (table);

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (row, key_member, NULL), key) == 0)
        return row;
    }
  g_error ("libmutual rule table %s has no row with %s = %s", table, key_member, key);
}

void
mutual_rules_get_fraction (JsonObject     *row,
                           const char     *member,
                           MutualFraction *out)
{
  const char *text = json_object_get_string_member_with_default (row, member, NULL);
  g_autoptr(MutualFraction) f = NULL;

  if (text == NULL || (f = mutual_fraction_new_parse (text, NULL)) == NULL)
    g_error ("libmutual rule table row has no fraction in %s", member);
  *out = *f;
}
