/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <json-glib/json-glib.h>
#include <string.h>

#include "mutual-error.h"
#include "mutual-json-private.h"
#include "mutual-json-reader-private.h"

/* The project's JSON reader (libmutual/io/mutual-json-reader.c): every
 * kind of token, escapes, numbers at the limits of 64 bits, the depth
 * limit, and errors that give the byte (turned into line:column here).
 * The documents it builds agree with json-glib's on the example models. */

static MutualJsonDoc *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  MutualJsonDoc *doc = mutual_json_doc_parse (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static void
test_scalars (void)
{
  struct { const char *text; MutualJsonKind kind; gint64 integer; double number; } cases[] = {
    { "null", MUTUAL_JSON_KIND_NULL, 0, 0 },
    { " true ", MUTUAL_JSON_KIND_BOOLEAN, TRUE, 0 },
    { "false", MUTUAL_JSON_KIND_BOOLEAN, FALSE, 0 },
    { "0", MUTUAL_JSON_KIND_INTEGER, 0, 0 },
    { "-0", MUTUAL_JSON_KIND_INTEGER, 0, 0 },
    { "42", MUTUAL_JSON_KIND_INTEGER, 42, 0 },
    { "-17", MUTUAL_JSON_KIND_INTEGER, -17, 0 },
    { "9223372036854775807", MUTUAL_JSON_KIND_INTEGER, G_MAXINT64, 0 },
    { "-9223372036854775808", MUTUAL_JSON_KIND_INTEGER, G_MININT64, 0 },
    { "1.5", MUTUAL_JSON_KIND_DOUBLE, 0, 1.5 },
    { "-2e3", MUTUAL_JSON_KIND_DOUBLE, 0, -2000 },
    { "1E+2", MUTUAL_JSON_KIND_DOUBLE, 0, 100 },
    { "25e-2", MUTUAL_JSON_KIND_DOUBLE, 0, 0.25 },
    { "1.0", MUTUAL_JSON_KIND_DOUBLE, 0, 1 },
    /* an integer beyond 64 bits written with an exponent is a double */
    { "1e19", MUTUAL_JSON_KIND_DOUBLE, 0, 1e19 },
    { "\xEF\xBB\xBF" "7", MUTUAL_JSON_KIND_INTEGER, 7, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MutualJsonDoc) doc = parse_ok (cases[i].text);
      const MutualJsonValue *root = mutual_json_doc_get_root (doc);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpuint (root->kind, ==, cases[i].kind);
      g_assert_null (root->name);
      if (cases[i].kind == MUTUAL_JSON_KIND_BOOLEAN)
        g_assert_cmpint (root->u.boolean, ==, cases[i].integer);
      else if (cases[i].kind == MUTUAL_JSON_KIND_INTEGER)
        g_assert_cmpint (root->u.integer, ==, cases[i].integer);
      else if (cases[i].kind == MUTUAL_JSON_KIND_DOUBLE)
        g_assert_cmpfloat (root->u.number, ==, cases[i].number);
    }
}

static void
test_strings (void)
{
  struct { const char *text, *value; } cases[] = {
    { "\"\"", "" },
    { "\"plain\"", "plain" },
    { "\"a\\\"b\\\\c\\/d\"", "a\"b\\c/d" },
    { "\"\\b\\f\\n\\r\\t\"", "\b\f\n\r\t" },
    { "\"caf\\u00e9 \\u00E9\"", "caf\xC3\xA9 \xC3\xA9" },
    { "\"\\u20ac5\"", "\xE2\x82\xAC" "5" },
    { "\"\\u001f\"", "\x1F" },
    /* a surrogate pair is one character outside the BMP */
    { "\"\\ud83d\\ude00!\"", "\xF0\x9F\x98\x80!" },
    { "\"\\uD834\\uDD1E\"", "\xF0\x9D\x84\x9E" },
    /* raw UTF-8 passes through */
    { "\"Gl\xC3\xBC" "ck \xF0\x9F\x98\x80\"", "Gl\xC3\xBC" "ck \xF0\x9F\x98\x80" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MutualJsonDoc) doc = parse_ok (cases[i].text);
      const MutualJsonValue *root = mutual_json_doc_get_root (doc);

      g_assert_cmpuint (root->kind, ==, MUTUAL_JSON_KIND_STRING);
      g_assert_cmpstr (root->u.string, ==, cases[i].value);
      g_assert_cmpuint (root->length, ==, strlen (cases[i].value));
    }
}

static void
test_containers (void)
{
  g_autoptr(MutualJsonDoc) doc =
    parse_ok ("{\"b\": [1, \"two\", [], {}, null],\n \"a\": {\"x\": true}, \"\\u0061\": 3, \"c\": null}");
  const MutualJsonValue *root = mutual_json_doc_get_root (doc), *b, *a;

  g_assert_cmpuint (root->kind, ==, MUTUAL_JSON_KIND_OBJECT);
  g_assert_cmpuint (root->length, ==, 4);
  /* members in document order, with their names */
  g_assert_cmpstr (root->u.items[0].name, ==, "b");
  g_assert_cmpstr (root->u.items[1].name, ==, "a");
  g_assert_cmpstr (root->u.items[2].name, ==, "a");
  g_assert_cmpstr (root->u.items[3].name, ==, "c");

  b = mutual_json_value_get_member (root, "b");
  g_assert_cmpuint (b->kind, ==, MUTUAL_JSON_KIND_ARRAY);
  g_assert_cmpuint (b->length, ==, 5);
  g_assert_null (b->u.items[0].name);
  g_assert_cmpint (b->u.items[0].u.integer, ==, 1);
  g_assert_cmpstr (b->u.items[1].u.string, ==, "two");
  g_assert_cmpuint (b->u.items[2].kind, ==, MUTUAL_JSON_KIND_ARRAY);
  g_assert_cmpuint (b->u.items[2].length, ==, 0);
  g_assert_cmpuint (b->u.items[3].kind, ==, MUTUAL_JSON_KIND_OBJECT);
  g_assert_cmpuint (b->u.items[3].length, ==, 0);
  g_assert_true (mutual_json_value_is_null (&b->u.items[4]));

  /* a repeated member: the last value wins */
  a = mutual_json_value_get_member (root, "a");
  g_assert_cmpuint (a->kind, ==, MUTUAL_JSON_KIND_INTEGER);
  g_assert_cmpint (a->u.integer, ==, 3);

  g_assert_nonnull (mutual_json_value_get_member (root, "c"));
  g_assert_true (mutual_json_value_is_null (mutual_json_value_get_member (root, "c")));
  g_assert_null (mutual_json_value_get_member (root, "d"));
  g_assert_true (mutual_json_value_is_null (NULL));
}

static char *
nested (guint depth)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append (text, i % 2 ? "{\"k\":" : "[");
  g_string_append (text, "0");
  for (guint i = depth; i-- > 0;)
    g_string_append_c (text, i % 2 ? '}' : ']');
  return g_string_free (text, FALSE);
}

static void
test_depth (void)
{
  g_autofree char *deep = nested (MUTUAL_JSON_MAX_DEPTH);
  g_autofree char *deeper = nested (MUTUAL_JSON_MAX_DEPTH + 1);
  g_autoptr(MutualJsonDoc) doc = parse_ok (deep);
  const MutualJsonValue *v = mutual_json_doc_get_root (doc);
  g_autoptr(GError) error = NULL;
  guint levels = 0;

  while (v->kind == MUTUAL_JSON_KIND_ARRAY || v->kind == MUTUAL_JSON_KIND_OBJECT)
    {
      g_assert_cmpuint (v->length, ==, 1);
      v = &v->u.items[0];
      levels++;
    }
  g_assert_cmpuint (levels, ==, MUTUAL_JSON_MAX_DEPTH);
  g_assert_cmpint (v->u.integer, ==, 0);

  g_assert_null (mutual_json_doc_parse (deeper, strlen (deeper), &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, "byte 192: arrays and objects are nested more than 64 deep");
}

/* Each bad text, its error and where the error is, as line:column. */
static void
test_errors (void)
{
  struct { const char *text; int code; const char *message; guint line, column; } cases[] = {
    { "", MUTUAL_ERROR_PARSE, "not valid JSON: byte 0: the text is empty", 1, 1 },
    { "  \n ", MUTUAL_ERROR_PARSE, "not valid JSON: byte 4: the text is empty", 2, 2 },
    { "[1,\n 2", MUTUAL_ERROR_PARSE, "not valid JSON: byte 6: the text ends inside an array or object", 2, 3 },
    { "{\"a\": 1,}", MUTUAL_ERROR_PARSE, "not valid JSON: byte 8: expected a member name in double quotes", 1, 9 },
    { "[1, 2,]", MUTUAL_ERROR_PARSE, "not valid JSON: byte 6: expected a value", 1, 7 },
    { "[1 2]", MUTUAL_ERROR_PARSE, "not valid JSON: byte 3: expected ',' or ']'", 1, 4 },
    { "{\"a\" 1}", MUTUAL_ERROR_PARSE, "not valid JSON: byte 5: expected ':' after a member name", 1, 6 },
    { "{\"a\": 1 \"b\"}", MUTUAL_ERROR_PARSE, "not valid JSON: byte 8: expected ',' or '}'", 1, 9 },
    { "{'a': 1}", MUTUAL_ERROR_PARSE, "not valid JSON: byte 1: expected a member name in double quotes", 1, 2 },
    { "// note\n1", MUTUAL_ERROR_PARSE, "not valid JSON: byte 0: expected a value", 1, 1 },
    { "[1] /* x */", MUTUAL_ERROR_PARSE, "not valid JSON: byte 4: unexpected text after the end", 1, 5 },
    { "0x10", MUTUAL_ERROR_PARSE, "not valid JSON: byte 1: unexpected text after the end", 1, 2 },
    { "{\n  \"a\": 017\n}", MUTUAL_ERROR_PARSE, "not valid JSON: byte 9: a number must not start with 0", 2, 8 },
    { "-", MUTUAL_ERROR_PARSE, "not valid JSON: byte 0: a number must have digits", 1, 1 },
    { "[-x]", MUTUAL_ERROR_PARSE, "not valid JSON: byte 1: a number must have digits", 1, 2 },
    { "1.", MUTUAL_ERROR_PARSE, "not valid JSON: byte 0: a decimal point must be followed by digits", 1, 1 },
    { ".5", MUTUAL_ERROR_PARSE, "not valid JSON: byte 0: expected a value", 1, 1 },
    { "1e", MUTUAL_ERROR_PARSE, "not valid JSON: byte 0: an exponent must have digits", 1, 1 },
    { "1e+", MUTUAL_ERROR_PARSE, "not valid JSON: byte 0: an exponent must have digits", 1, 1 },
    { "tru", MUTUAL_ERROR_PARSE, "not valid JSON: byte 0: expected a value", 1, 1 },
    { "nul", MUTUAL_ERROR_PARSE, "not valid JSON: byte 0: expected a value", 1, 1 },
    { "True", MUTUAL_ERROR_PARSE, "not valid JSON: byte 0: expected a value", 1, 1 },
    { "\"abc", MUTUAL_ERROR_PARSE, "not valid JSON: byte 0: the string is not closed", 1, 1 },
    { "\"a\tb\"", MUTUAL_ERROR_PARSE, "not valid JSON: byte 2: a control character must be escaped in a string", 1, 3 },
    { "[\"\\x\"]", MUTUAL_ERROR_PARSE, "not valid JSON: byte 2: unknown escape in a string", 1, 3 },
    { "\"\\u12\"", MUTUAL_ERROR_PARSE, "not valid JSON: byte 1: \\u must be followed by four hexadecimal digits", 1, 2 },
    { "\"\\u0000\"", MUTUAL_ERROR_PARSE, "not valid JSON: byte 1: strings must not contain U+0000", 1, 2 },
    { "\"\\udc00\"", MUTUAL_ERROR_PARSE, "not valid JSON: byte 1: a \\u escape is an unpaired surrogate", 1, 2 },
    { "\"\\ud800x\"", MUTUAL_ERROR_PARSE, "not valid JSON: byte 1: a \\u escape is an unpaired surrogate", 1, 2 },
    { "\"\\ud800\\u0041\"", MUTUAL_ERROR_PARSE, "not valid JSON: byte 1: a \\u escape is an unpaired surrogate", 1, 2 },
    { "\"\\ud800\\uzz\"", MUTUAL_ERROR_PARSE, "not valid JSON: byte 1: \\u must be followed by four hexadecimal digits", 1, 2 },
    { "[\"\xC3\xA9\", \"\xFF\"]", MUTUAL_ERROR_PARSE, "byte 8: not valid UTF-8", 1, 8 },
    { "9223372036854775808", MUTUAL_ERROR_OVERFLOW,
      "byte 0: the integer 9223372036854775808 does not fit in 64 bits (the limit is 9223372036854775807)", 1, 1 },
    { "[-9223372036854775809]", MUTUAL_ERROR_OVERFLOW,
      "byte 1: the integer -9223372036854775809 does not fit in 64 bits (the limit is 9223372036854775807)", 1, 2 },
    { "[1, 123456789012345678901]", MUTUAL_ERROR_OVERFLOW,
      "byte 4: the integer 123456789012345678901 does not fit in 64 bits (the limit is 9223372036854775807)", 1, 5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize length = strlen (cases[i].text);
      g_autoptr(GError) error = NULL, check_error = NULL;
      const char *where;
      guint line, column;
      gsize offset;

      g_test_message ("case %u", i);
      g_assert_null (mutual_json_doc_parse (cases[i].text, length, &error));
      g_assert_error (error, MUTUAL_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      /* the check without a document says the same */
      g_assert_false (mutual_json_check_limits (cases[i].text, length, &check_error));
      g_assert_cmpstr (check_error->message, ==, error->message);

      where = strstr (error->message, "byte ");
      g_assert_nonnull (where);
      offset = g_ascii_strtoull (where + 5, NULL, 10);
      mutual_json_position (cases[i].text, length, offset, &line, &column);
      g_assert_cmpuint (line, ==, cases[i].line);
      g_assert_cmpuint (column, ==, cases[i].column);
    }
}

static void
test_zero_byte_and_length (void)
{
  const char text[] = "[1, 2]\0[3]";
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualJsonDoc) doc = NULL;

  /* the length, not a nul, ends the text */
  doc = mutual_json_doc_parse (text, 6, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mutual_json_doc_get_root (doc)->length, ==, 2);
  g_assert_null (mutual_json_doc_parse (text, sizeof text - 1, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==, "byte 6: not valid UTF-8 (a zero byte)");
  g_clear_error (&error);
  /* a number that ends the text is read to its end and no further */
  g_clear_pointer (&doc, mutual_json_doc_free);
  doc = mutual_json_doc_parse ("12345", 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mutual_json_doc_get_root (doc)->u.integer, ==, 123);
}

static void
test_syntax_only (void)
{
  const char *big = "{\"n\": 123456789012345678901234567890}";
  g_autoptr(GError) error = NULL;

  /* formats defined by others may hold integers beyond 64 bits */
  g_assert_true (mutual_json_check_syntax (big, strlen (big), NULL));
  g_assert_false (mutual_json_check_limits (big, strlen (big), &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW);
}

static void
test_long_strings (void)
{
  /* strings longer than a block of the document, escaped and not */
  g_autoptr(GString) text = g_string_new ("[\"");
  g_autoptr(MutualJsonDoc) doc = NULL;
  const MutualJsonValue *root;

  for (guint i = 0; i < 300000; i++)
    g_string_append_c (text, 'a' + i % 26);
  g_string_append (text, "\", \"");
  for (guint i = 0; i < 300000; i++)
    g_string_append (text, "\\u00e9");
  g_string_append (text, "\", 1]");
  doc = parse_ok (text->str);
  root = mutual_json_doc_get_root (doc);
  g_assert_cmpuint (root->length, ==, 3);
  g_assert_cmpuint (root->u.items[0].length, ==, 300000);
  g_assert_cmpuint (strlen (root->u.items[0].u.string), ==, 300000);
  g_assert_cmpint (root->u.items[0].u.string[299999], ==, 'a' + 299999 % 26);
  g_assert_cmpuint (root->u.items[1].length, ==, 600000);
  g_assert_true (g_utf8_validate (root->u.items[1].u.string, -1, NULL));
  g_assert_cmpint (root->u.items[2].u.integer, ==, 1);
}

/* Our document and json-glib's say the same of every value. */
static void
assert_same (const MutualJsonValue *ours,
             JsonNode              *theirs,
             const char            *path)
{
  switch (ours->kind)
    {
    case MUTUAL_JSON_KIND_NULL:
      g_assert_true (JSON_NODE_HOLDS_NULL (theirs));
      break;
    case MUTUAL_JSON_KIND_BOOLEAN:
      g_assert_cmpint (json_node_get_boolean (theirs), ==, ours->u.boolean);
      break;
    case MUTUAL_JSON_KIND_INTEGER:
      g_assert_cmpint (json_node_get_value_type (theirs), ==, G_TYPE_INT64);
      g_assert_cmpint (json_node_get_int (theirs), ==, ours->u.integer);
      break;
    case MUTUAL_JSON_KIND_DOUBLE:
      g_assert_cmpint (json_node_get_value_type (theirs), ==, G_TYPE_DOUBLE);
      g_assert_cmpfloat (json_node_get_double (theirs), ==, ours->u.number);
      break;
    case MUTUAL_JSON_KIND_STRING:
      g_assert_cmpstr (json_node_get_string (theirs), ==, ours->u.string);
      break;
    case MUTUAL_JSON_KIND_ARRAY:
      {
        JsonArray *array = json_node_get_array (theirs);

        g_assert_cmpuint (json_array_get_length (array), ==, ours->length);
        for (guint i = 0; i < ours->length; i++)
          assert_same (&ours->u.items[i], json_array_get_element (array, i), path);
        break;
      }
    case MUTUAL_JSON_KIND_OBJECT:
      {
        JsonObject *object = json_node_get_object (theirs);

        g_assert_cmpuint (json_object_get_size (object), ==, ours->length);
        for (guint i = 0; i < ours->length; i++)
          {
            g_autofree char *member = g_strdup_printf ("%s.%s", path, ours->u.items[i].name);

            g_test_message ("%s", member);
            assert_same (&ours->u.items[i], json_object_get_member (object, ours->u.items[i].name), member);
          }
        break;
      }
    default:
      g_assert_not_reached ();
    }
}

static void
test_agrees_with_json_glib (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children ("/org/libmutual/Mutual/examples", 0, NULL);
  guint compared = 0;

  g_assert_nonnull (names);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat ("/org/libmutual/Mutual/examples/", names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(MutualJsonDoc) doc = NULL;
      g_autoptr(GError) error = NULL;
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      if (!g_str_has_suffix (names[i], ".json"))
        continue;
      doc = mutual_json_doc_parse (data, size, &error);
      g_assert_no_error (error);
      g_assert_true (json_parser_load_from_data (parser, data, size, &error));
      assert_same (mutual_json_doc_get_root (doc), json_parser_get_root (parser), names[i]);
      compared++;
    }
  g_assert_cmpuint (compared, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/json-reader/scalars", test_scalars);
  g_test_add_func ("/mutual/json-reader/strings", test_strings);
  g_test_add_func ("/mutual/json-reader/containers", test_containers);
  g_test_add_func ("/mutual/json-reader/depth", test_depth);
  g_test_add_func ("/mutual/json-reader/errors", test_errors);
  g_test_add_func ("/mutual/json-reader/zero-byte-and-length", test_zero_byte_and_length);
  g_test_add_func ("/mutual/json-reader/syntax-only", test_syntax_only);
  g_test_add_func ("/mutual/json-reader/long-strings", test_long_strings);
  g_test_add_func ("/mutual/json-reader/agrees-with-json-glib", test_agrees_with_json_glib);

  return g_test_run ();
}
