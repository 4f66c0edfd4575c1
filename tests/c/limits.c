/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The documented limits of the readers (docs/model-format.md, "Limits"),
 * each at its boundary and with its documented error, and the strictness
 * of the JSON pre-check that keeps json-glib from recursing without bound. */
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libmutual/mutual.h>

#define HEAD "{\"format\":\"libmutual-model\",\"version\":1,"
#define PARTIES "\"parties\":[{\"id\":\"co\",\"name\":\"Co\",\"kind\":\"company\"}," \
                "{\"id\":\"trust\",\"name\":\"Trust\",\"kind\":\"employee-ownership-trust\"}]," \
                "\"share_classes\":[{\"id\":\"ord\",\"issuer\":\"co\",\"name\":\"Ordinary\"}]"
#define HOLDING(count) HEAD PARTIES ",\"holdings\":[{\"holder\":\"trust\",\"share_class\":\"ord\",\"count\":" count "}]}"

static MutualModel *
load (const char  *data,
      gssize       length,
      GError     **error)
{
  return mutual_model_new_from_data (data, length, error);
}

static void
expect_error (const char *data,
              gssize      length,
              int         code,
              const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = load (data, length, &error);

  g_assert_null (model);
  g_assert_error (error, MUTUAL_ERROR, code);
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("expected “%s” in “%s”", fragment, error->message);
}

static void
expect_ok (const char *data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = load (data, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
}

static GString *
nested (const char *before,
        int         depth,
        char        open,
        char        close,
        const char *after)
{
  GString *s = g_string_new (before);

  for (int i = 0; i < depth; i++)
    g_string_append_c (s, open);
  for (int i = 0; i < depth; i++)
    g_string_append_c (s, close);
  g_string_append (s, after);
  return s;
}

static void
test_depth (void)
{
  /* the top-level object is level 1, "sources" level 2 */
  g_autoptr(GString) at_limit = nested (HEAD "\"x\":", 63, '[', ']', "}");
  g_autoptr(GString) over = nested (HEAD "\"x\":", 64, '[', ']', "}");
  g_autoptr(GString) deep = nested (HEAD "\"sources\":", 100000, '[', ']', "}");
  g_autoptr(GString) hidden = nested (HEAD "/* \" */ \"sources\":", 100000, '[', ']', "}");
  g_autoptr(GString) quoted = nested (HEAD "'\"':", 100000, '[', ']', "}");
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = NULL;

  /* 64 levels pass the pre-check (then "x" is an unknown member) */
  expect_error (at_limit->str, at_limit->len, MUTUAL_ERROR_INVALID, "x: unknown member");
  expect_error (over->str, over->len, MUTUAL_ERROR_LIMIT, "nested more than 64 deep");
  expect_error (deep->str, deep->len, MUTUAL_ERROR_LIMIT, "nested more than 64 deep");
  /* json-glib skips comments and reads single-quoted strings: brackets
   * hidden after them used to reach its recursive parser (a crash) */
  expect_error (hidden->str, hidden->len, MUTUAL_ERROR_PARSE, "byte 40: expected a member name");
  expect_error (quoted->str, quoted->len, MUTUAL_ERROR_PARSE, "byte 40: expected a member name");
}

/* The other JSON readers: BODS (a document or JSON Lines), the PSC
 * snapshot (JSON Lines) and OCF files used to hand deep input straight to
 * json-glib's recursive parser: a stack overflow. */
static void
test_depth_other_readers (void)
{
  g_autoptr(GString) hidden = nested ("/* \" */ ", 100000, '[', ']', "");
  g_autoptr(GString) deep_line = nested ("{\"company_number\":\"1\",\"data\":", 100000, '[', ']', "}\n{}\n");
  g_autoptr(GString) deep = nested ("", 100000, '[', ']', "");
  g_autofree char *dir = g_dir_make_tmp ("mutual-limits-XXXXXX", NULL);
  g_autofree char *manifest = g_build_filename (dir, "manifest.ocf.json", NULL);
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(MutualBodsPackage) package = mutual_bods_package_new_from_data (hidden->str, hidden->len,
                                                                              MUTUAL_BODS_READ_NONE, &error);
    g_assert_null (package);
    g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE);
    g_clear_error (&error);
  }
  {
    g_autoptr(MutualBodsPackage) package = mutual_bods_package_new_from_data (deep->str, deep->len,
                                                                              MUTUAL_BODS_READ_NONE, &error);
    g_assert_null (package);
    g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT);
    g_clear_error (&error);
  }
  {
    g_autoptr(MutualPscRegister) reg = mutual_psc_register_new_from_data (deep_line->str, deep_line->len, &error);

    g_assert_null (reg);
    g_assert_nonnull (error);
    g_clear_error (&error);
  }
  {
    g_autoptr(MutualOcfPackage) package = NULL;

    g_assert_true (g_file_set_contents (manifest, deep->str, deep->len, NULL));
    package = mutual_ocf_package_new_from_file (manifest, NULL, &error);
    g_assert_null (package);
    g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT);
    g_clear_error (&error);
    g_unlink (manifest);
  }
  g_rmdir (dir);
}

static void
test_file_size (void)
{
  g_autofree char *dir = g_dir_make_tmp ("mutual-limits-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = NULL;
  int fd;

  /* a sparse 2 GB file: refused before a byte is read */
  fd = g_open (path, O_CREAT | O_WRONLY | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, G_GINT64_CONSTANT (2) * 1024 * 1024 * 1024), ==, 0);
  close (fd);
  model = mutual_model_new_from_file (path, &error);
  g_assert_null (model);
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, "the file is 2147483648 bytes; the limit is 256 MiB"));
  g_clear_error (&error);
  /* the staff CSV reader too (it used to read all 2 GB first) */
  {
    g_autoptr(MutualModel) empty = mutual_model_new ();

    g_assert_cmpuint (mutual_model_add_staff_from_csv_file (empty, path, &error), ==, 0);
    g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT);
    g_assert_nonnull (strstr (error->message, "the file is 2147483648 bytes; the limit is 256 MiB"));
    g_clear_error (&error);
    if (g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
      {
        g_assert_cmpuint (mutual_model_add_staff_from_csv_file (empty, "/dev/zero", &error), ==, 0);
        g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT);
        g_clear_error (&error);
      }
  }
  g_unlink (path);
  g_rmdir (dir);

  /* a device that never ends is read only up to the limit */
  if (g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      model = mutual_model_new_from_file ("/dev/zero", &error);
      g_assert_null (model);
      g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT);
      g_assert_nonnull (strstr (error->message, "larger than the limit of 256 MiB"));
      g_clear_error (&error);
    }

  model = mutual_model_new_from_file (g_get_tmp_dir (), &error);
  g_assert_null (model);
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_IO);
}

static void
test_data_size (void)
{
  /* 256 MiB + 1 of address space that is never touched: the size is
   * checked before any byte is read */
  gsize size = 256 * 1024 * 1024 + 1;
  char *data = mmap (NULL, size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);

  g_assert_true (data != MAP_FAILED);
  expect_error (data, size, MUTUAL_ERROR_LIMIT, "the limit is 256 MiB");
  munmap (data, size);
}

static void
test_integers (void)
{
  expect_ok (HOLDING ("9223372036854775807"));
  expect_error (HOLDING ("9223372036854775808"), -1, MUTUAL_ERROR_OVERFLOW, "the integer 9223372036854775808 does not fit in 64 bits");
  expect_error (HOLDING ("18446744073709551617"), -1, MUTUAL_ERROR_OVERFLOW, "does not fit in 64 bits");
  expect_error (HOLDING ("-9223372036854775809"), -1, MUTUAL_ERROR_OVERFLOW, "the integer -9223372036854775809 does not fit");
  expect_error (HOLDING ("-9223372036854775808"), -1, MUTUAL_ERROR_INVALID, "holdings[0].count: must not be negative");
  /* forms json-glib reads but JSON does not have: hexadecimal used to wrap
   * silently (0x10000000000000005 read as 5) */
  expect_error (HOLDING ("0x10000000000000005"), -1, MUTUAL_ERROR_PARSE, "not valid JSON");
  expect_error (HOLDING ("010"), -1, MUTUAL_ERROR_PARSE, "must not start with 0");
  expect_error (HOLDING ("$10"), -1, MUTUAL_ERROR_PARSE, "expected a value");
  expect_error (HOLDING (".5"), -1, MUTUAL_ERROR_PARSE, "expected a value");
  expect_error (HOLDING ("1."), -1, MUTUAL_ERROR_PARSE, "a decimal point must be followed by digits");
  expect_error (HOLDING ("1e400"), -1, MUTUAL_ERROR_OVERFLOW, "must be an integer that fits in 64 bits");
  expect_error (HOLDING ("25.0"), -1, MUTUAL_ERROR_INVALID, "written without a fraction or exponent");
  /* two holdings that add up to more than 2^63 - 1 */
  expect_error (HEAD PARTIES ",\"holdings\":[{\"holder\":\"trust\",\"share_class\":\"ord\",\"count\":9223372036854775807},"
                "{\"holder\":\"co\",\"share_class\":\"ord\",\"count\":1}]}",
                -1, MUTUAL_ERROR_OVERFLOW, "add up to more than 9223372036854775807");
}

static void
test_dates (void)
{
  expect_ok (HEAD "\"date\":\"0001-01-01\"}");
  expect_ok (HEAD "\"date\":\"9999-12-31\"}");
  expect_ok (HEAD "\"date\":\"2012-02-29\"}");
  expect_error (HEAD "\"date\":\"99999-01-01\"}", -1, MUTUAL_ERROR_PARSE,
                "date: “99999-01-01” is not a calendar date in ISO 8601 form (YYYY-MM-DD, years 0001 to 9999)");
  expect_error (HEAD "\"date\":\"0000-01-01\"}", -1, MUTUAL_ERROR_PARSE, "years 0001 to 9999");
  expect_error (HEAD "\"date\":\"2013-02-29\"}", -1, MUTUAL_ERROR_PARSE, "not a calendar date");
  expect_error (HEAD "\"date\":\"2012-5-1\"}", -1, MUTUAL_ERROR_PARSE, "not a calendar date");
}

static void
test_strings (void)
{
  g_autofree char *at_limit_text = g_strnfill (4096, 'a');
  g_autofree char *over_text = g_strnfill (4097, 'a');
  g_autofree char *at_limit = g_strconcat (HEAD "\"name\":\"", at_limit_text, "\"}", NULL);
  g_autofree char *over = g_strconcat (HEAD "\"name\":\"", over_text, "\"}", NULL);

  expect_ok (at_limit);
  expect_error (over, -1, MUTUAL_ERROR_LIMIT, "name: is longer than 4096 bytes");
}

/* A staff list from CSV keeps the model file's string limit: a field the
 * model file could not hold is refused where it is, naming row and column,
 * and a model with fields at the limit saves and loads back. */
static void
test_staff_csv_strings (void)
{
  static const char parties[] =
    HEAD "\"parties\":[{\"id\":\"lbhf\",\"name\":\"LBHF\",\"kind\":\"public-body\"}]}";
  static const char header[] = "id,name,employer,grouping,started,born,weekly_pay\n";
  g_autofree char *at_limit = g_strnfill (4096, 'a');
  g_autofree char *over = g_strnfill (4097, 'a');
  g_autoptr(GString) wide = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = load (parties, -1, &error);
  g_autoptr(MutualModel) again = NULL;
  g_autofree char *csv = NULL, *text = NULL;
  gsize length;

  g_assert_no_error (error);
  /* 2,048 two-byte characters are at the limit, one more is over it */
  for (guint i = 0; i < 2048; i++)
    g_string_append (wide, "\xc3\xa9");

  /* at the limit, in bytes, with spaces around it that are taken off */
  csv = g_strconcat (header, "E1,  ", at_limit, "  ,lbhf,", wide->str, ",2005-09-01,1975-05-20,500\n", NULL);
  g_assert_cmpuint (mutual_model_add_staff_from_csv_data (model, csv, -1, &error), ==, 1);
  g_assert_no_error (error);
  text = mutual_model_to_data (model, &length);
  again = load (text, length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mutual_staff_member_get_name (mutual_model_lookup_staff_member (again, "E1")), ==, at_limit);
  g_assert_cmpstr (mutual_staff_member_get_grouping (mutual_model_lookup_staff_member (again, "E1")), ==, wide->str);
  g_clear_pointer (&csv, g_free);

  /* over it: the name on row 3, then a grouping on row 2; nothing is added */
  csv = g_strconcat (header, "E2,b,lbhf,g,2005-09-01,1975-05-20,500\n"
                     "E3,", over, ",lbhf,g,2005-09-01,1975-05-20,500\n", NULL);
  g_assert_cmpuint (mutual_model_add_staff_from_csv_data (model, csv, -1, &error), ==, 0);
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, "row 3, column 2 (“name”): is longer than 4096 bytes");
  g_clear_error (&error);
  g_clear_pointer (&csv, g_free);
  g_string_append (wide, "e");
  csv = g_strconcat (header, "E4,b,lbhf,", wide->str, ",2005-09-01,1975-05-20,500\n", NULL);
  g_assert_cmpuint (mutual_model_add_staff_from_csv_data (model, csv, -1, &error), ==, 0);
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, "row 2, column 4 (“grouping”): is longer than 4096 bytes");
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (mutual_model_get_staff (model)), ==, 1);

  /* the parser alone says the same */
  {
    g_autoptr(GListModel) staff = mutual_staff_csv_parse (csv, -1, &error);

    g_assert_null (staff);
    g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT);
    g_assert_cmpstr (error->message, ==, "row 2, column 4 (“grouping”): is longer than 4096 bytes");
  }
}

/* What the BODS and PSC readers make can be saved: a name or an id over
 * the model file's limit, or an empty name, counts as absent and the
 * reader's fallback stands in (they used to give models that did not load
 * back; found by the fuzz targets' save check). */
static void
test_reader_strings (void)
{
  g_autofree char *long_name = g_strnfill (5000, 'N');
  g_autofree char *psc = g_strdup_printf (
    "{\"company_number\": \"01234567\", \"data\": {\"kind\": \"corporate-entity-person-with-significant-control\", "
    "\"name\": \"%s\", \"notified_on\": \"2016-04-06\", \"natures_of_control\": [\"ownership-of-shares-50-to-75-percent\"], "
    "\"identification\": {\"registration_number\": \"07654321\"}, "
    "\"links\": {\"self\": \"/company/01234567/persons-with-significant-control/corporate-entity/c\"}}}\n"
    "{\"company_number\": \"01234567\", \"data\": {\"kind\": \"corporate-entity-person-with-significant-control\", "
    "\"name\": \"\", \"notified_on\": \"2016-04-06\", \"natures_of_control\": [\"ownership-of-shares-25-to-50-percent\"], "
    "\"identification\": {\"registration_number\": \"07654322\"}, "
    "\"links\": {\"self\": \"/company/01234567/persons-with-significant-control/corporate-entity/d\"}}}\n", long_name);
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualPscRegister) reg = mutual_psc_register_new_from_data (psc, -1, &error);
  g_autoptr(MutualModel) again = NULL;
  g_autofree char *text = NULL;
  GListModel *parties;
  guint unnamed = 0;
  gsize length;

  g_assert_no_error (error);
  text = mutual_model_to_data (mutual_psc_register_get_model (reg), &length);
  again = load (text, length, &error);
  g_assert_no_error (error);
  parties = mutual_model_get_parties (again);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(MutualParty) party = g_list_model_get_item (parties, i);
      const char *name = mutual_party_get_name (party);

      g_assert_cmpuint (strlen (name), >, 0);
      g_assert_cmpuint (strlen (name), <=, 4096);
      if (g_str_has_prefix (name, "(unnamed entity "))
        unnamed++;
    }
  g_assert_cmpuint (unnamed, ==, 2);   /* the long name and the empty one */
}

static void
test_strict_json (void)
{
  static const char bom[] = "\xEF\xBB\xBF" HEAD "\"name\":\"x\"}";
  static const char nul[] = HEAD "\"name\":\"a\0b\"}";

  expect_ok (bom);
  expect_ok (HEAD "\"name\":\"\\u00e9\\ud83d\\ude00 \\\" \\\\ \\/ \\b\\f\\n\\r\\t\"}");
  expect_error ("", -1, MUTUAL_ERROR_PARSE, "the text is empty");
  expect_error ("  \n", -1, MUTUAL_ERROR_PARSE, "the text is empty");
  expect_error (HEAD "\"name\":\"x\"", -1, MUTUAL_ERROR_PARSE, "ends inside an array or object");
  expect_error (HEAD "\"name\":\"x\"}}", -1, MUTUAL_ERROR_PARSE, "unexpected text after the end");
  expect_error (HEAD "\"name\":\"x\"} {}", -1, MUTUAL_ERROR_PARSE, "unexpected text after the end");
  expect_error (HEAD "\"name\":'x'}", -1, MUTUAL_ERROR_PARSE, "expected a value");
  expect_error (HEAD "// c\n\"name\":\"x\"}", -1, MUTUAL_ERROR_PARSE, "expected a member name");
  expect_error (HEAD "\"name\":\"x\",}", -1, MUTUAL_ERROR_PARSE, "expected a member name");
  expect_error (HEAD "\"sources\":[\"x\",]}", -1, MUTUAL_ERROR_PARSE, "expected a value");
  expect_error (HEAD "\"name\" \"x\"}", -1, MUTUAL_ERROR_PARSE, "expected ':'");
  expect_error (HEAD "\"sources\":[\"x\" \"y\"]}", -1, MUTUAL_ERROR_PARSE, "expected ',' or ']'");
  expect_error (HEAD "\"name\":\"x\" \"y\"}", -1, MUTUAL_ERROR_PARSE, "expected ',' or '}'");
  expect_error (HEAD "\"name\":\"tab\there\"}", -1, MUTUAL_ERROR_PARSE, "a control character must be escaped");
  expect_error (HEAD "\"name\":\"\\x41\"}", -1, MUTUAL_ERROR_PARSE, "unknown escape");
  expect_error (HEAD "\"name\":\"\\u12\"}", -1, MUTUAL_ERROR_PARSE, "four hexadecimal digits");
  /* json-glib cuts a string at \u0000 and turns a lone low surrogate into
   * invalid UTF-8, which the writer would then save and the reader refuse */
  expect_error (HEAD "\"name\":\"a\\u0000b\"}", -1, MUTUAL_ERROR_PARSE, "must not contain U+0000");
  expect_error (HEAD "\"name\":\"\\udc00\"}", -1, MUTUAL_ERROR_PARSE, "unpaired surrogate");
  expect_error (HEAD "\"name\":\"\\ud83dx\"}", -1, MUTUAL_ERROR_PARSE, "unpaired surrogate");
  expect_error (HEAD "\"name\":\"\\ud83d\\u0041\"}", -1, MUTUAL_ERROR_PARSE, "unpaired surrogate");
  expect_error (HEAD "\"name\":\"\xff\"}", -1, MUTUAL_ERROR_PARSE, "not valid UTF-8");
  expect_error (nul, sizeof nul - 1, MUTUAL_ERROR_PARSE, "not valid UTF-8 (a zero byte)");
  expect_error (HEAD "\"name\":tru}", -1, MUTUAL_ERROR_PARSE, "expected a value");
  expect_error (HEAD "\"name\":\"unclosed}", -1, MUTUAL_ERROR_PARSE, "the string is not closed");
  expect_error ("\"x\" ", -1, MUTUAL_ERROR_INVALID, "(top level): must be an object");
}

static void
test_fraction_round_trip (void)
{
  /* what to_string prints reads back; both used to fail */
  const char *texts[] = { "0.000000000000000001", "9223372036854775807/9223372036854775806",
                          "1/9223372036854775807", "0.5000000000000000000000000000000000", NULL };

  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MutualFraction) f = mutual_fraction_new_parse (texts[i], &error);
      g_autoptr(MutualFraction) back = NULL;
      g_autofree char *printed = NULL;

      g_assert_no_error (error);
      printed = mutual_fraction_to_string (f);
      back = mutual_fraction_new_parse (printed, &error);
      g_assert_no_error (error);
      g_assert_true (mutual_fraction_equal (f, back));
    }

  {
    g_autoptr(MutualFraction) big = mutual_fraction_new (G_MAXINT64, 1);
    g_autoptr(MutualFraction) back = NULL;
    g_autofree char *percent = mutual_fraction_to_percent_string (big);

    /* 100 × (2^63 - 1) does not fit in 64 bits */
    g_assert_cmpstr (percent, ==, "922337203685477580700%");
    back = mutual_fraction_new_parse (percent, NULL);
    g_assert_nonnull (back);
    g_assert_true (mutual_fraction_equal (big, back));
  }
  {
    g_autoptr(GError) error = NULL;
    /* 37 digits: more than 128 bits can take once scaled */
    g_autoptr(MutualFraction) f = mutual_fraction_new_parse ("1234567890123456789012345678901234567", &error);

    g_assert_null (f);
    g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/limits/depth", test_depth);
  g_test_add_func ("/mutual/limits/depth-other-readers", test_depth_other_readers);
  g_test_add_func ("/mutual/limits/file-size", test_file_size);
  g_test_add_func ("/mutual/limits/data-size", test_data_size);
  g_test_add_func ("/mutual/limits/integers", test_integers);
  g_test_add_func ("/mutual/limits/dates", test_dates);
  g_test_add_func ("/mutual/limits/strings", test_strings);
  g_test_add_func ("/mutual/limits/staff-csv-strings", test_staff_csv_strings);
  g_test_add_func ("/mutual/limits/reader-strings", test_reader_strings);
  g_test_add_func ("/mutual/limits/strict-json", test_strict_json);
  g_test_add_func ("/mutual/limits/fraction-round-trip", test_fraction_round_trip);

  return g_test_run ();
}
