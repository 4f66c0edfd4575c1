/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The project's JSON reader (libmutual/io/mutual-json-reader.c, compiled
 * in) against json-glib: every text it accepts, json-glib reads to the same
 * values, member for member (a repeated name: the last value); the check
 * without a document (mutual_json_check_limits()) accepts and refuses the
 * same texts with the same message; and an error names a byte inside the
 * text. */
#include <string.h>

#include <json-glib/json-glib.h>

#include "fuzz-common.h"
#include "mutual-json-private.h"
#include "mutual-json-reader-private.h"

static void
check_same (const MutualJsonValue *ours,
            JsonNode              *theirs)
{
  fuzz_check (theirs != NULL);
  switch (ours->kind)
    {
    case MUTUAL_JSON_KIND_NULL:
      fuzz_check (JSON_NODE_HOLDS_NULL (theirs));
      break;
    case MUTUAL_JSON_KIND_BOOLEAN:
      fuzz_check (JSON_NODE_HOLDS_VALUE (theirs) && json_node_get_value_type (theirs) == G_TYPE_BOOLEAN);
      fuzz_check (json_node_get_boolean (theirs) == ours->u.boolean);
      break;
    case MUTUAL_JSON_KIND_INTEGER:
      fuzz_check (JSON_NODE_HOLDS_VALUE (theirs) && json_node_get_value_type (theirs) == G_TYPE_INT64);
      fuzz_check (json_node_get_int (theirs) == ours->u.integer);
      break;
    case MUTUAL_JSON_KIND_DOUBLE:
      fuzz_check (JSON_NODE_HOLDS_VALUE (theirs) && json_node_get_value_type (theirs) == G_TYPE_DOUBLE);
      fuzz_check (memcmp (&ours->u.number, &(double) { json_node_get_double (theirs) }, sizeof (double)) == 0);
      break;
    case MUTUAL_JSON_KIND_STRING:
      fuzz_check (JSON_NODE_HOLDS_VALUE (theirs) && json_node_get_value_type (theirs) == G_TYPE_STRING);
      fuzz_check (strlen (ours->u.string) == ours->length);
      fuzz_check (g_utf8_validate (ours->u.string, ours->length, NULL));
      fuzz_check (strcmp (json_node_get_string (theirs), ours->u.string) == 0);
      break;
    case MUTUAL_JSON_KIND_ARRAY:
      {
        JsonArray *array;

        fuzz_check (JSON_NODE_HOLDS_ARRAY (theirs));
        array = json_node_get_array (theirs);
        fuzz_check (json_array_get_length (array) == ours->length);
        for (guint i = 0; i < ours->length; i++)
          {
            fuzz_check (ours->u.items[i].name == NULL);
            check_same (&ours->u.items[i], json_array_get_element (array, i));
          }
        break;
      }
    case MUTUAL_JSON_KIND_OBJECT:
      {
        g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
        JsonObject *object;

        fuzz_check (JSON_NODE_HOLDS_OBJECT (theirs));
        object = json_node_get_object (theirs);
        for (guint i = 0; i < ours->length; i++)
          {
            const char *name = ours->u.items[i].name;

            fuzz_check (name != NULL && g_utf8_validate (name, -1, NULL));
            g_hash_table_add (names, (gpointer) name);
            check_same (mutual_json_value_get_member (ours, name), json_object_get_member (object, name));
          }
        fuzz_check (json_object_get_size (object) == g_hash_table_size (names));
        break;
      }
    default:
      fuzz_check (FALSE);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL, check_error = NULL;
  g_autoptr(MutualJsonDoc) doc = NULL;
  g_autoptr(JsonParser) parser = NULL;
  gboolean checked;

  fuzz_init ();
  doc = mutual_json_doc_parse ((const char *) data, size, &error);
  checked = mutual_json_scan ((const char *) data, size, TRUE, NULL, &check_error);
  if (doc == NULL)
    {
      const char *byte;
      guint line, column;

      fuzz_check (error != NULL && error->domain == MUTUAL_ERROR && error->message[0] != '\0');
      fuzz_check (!checked && g_str_equal (check_error->message, error->message));
      byte = strstr (error->message, "byte ");
      if (byte != NULL)
        {
          guint64 offset = g_ascii_strtoull (byte + 5, NULL, 10);

          fuzz_check (offset <= size);
          mutual_json_position ((const char *) data, size, offset, &line, &column);
          fuzz_check (line >= 1 && column >= 1 && column <= offset + 1);
        }
      return 0;
    }
  fuzz_check (error == NULL && checked);
  parser = json_parser_new_immutable ();
  fuzz_check (json_parser_load_from_data (parser, (const char *) data, size, NULL));
  check_same (mutual_json_doc_get_root (doc), json_parser_get_root (parser));
  return 0;
}
