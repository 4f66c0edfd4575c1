/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include <glib/gstdio.h>
#include <libmutual/mutual.h>

#define HEAD "{\"format\":\"libmutual-model\",\"version\":1,"
#define PARTIES "\"parties\":[{\"id\":\"co\",\"name\":\"Co\",\"kind\":\"company\"}," \
                "{\"id\":\"trust\",\"name\":\"Trust\",\"kind\":\"employee-ownership-trust\"}]," \
                "\"share_classes\":[{\"id\":\"ord\",\"issuer\":\"co\",\"name\":\"Ordinary\"}]"

static char *
example_path (const char *name)
{
  return g_build_filename (MUTUAL_TEST_SRCDIR, "examples", "models", name, NULL);
}

static void
test_examples_load (void)
{
  g_auto(GStrv) names = mutual_model_list_examples ();
  const char *expected[] = { "3bm-2013", "mycsp-2012", "mycsp-2014", NULL };

  g_assert_cmpstrv (names, expected);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *file = g_strconcat (names[i], ".json", NULL);
      g_autofree char *path = example_path (file);
      g_autoptr(MutualModel) embedded = mutual_model_new_from_example (names[i], &error);
      g_autoptr(MutualModel) from_file = mutual_model_new_from_file (path, &error);
      g_autofree char *a = NULL, *b = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (mutual_model_get_sources (embedded)[0]);
      a = mutual_model_to_data (embedded, NULL);
      b = mutual_model_to_data (from_file, NULL);
      g_assert_cmpstr (a, ==, b);
    }
}

static void
test_mycsp_2012 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_example ("mycsp-2012", &error);
  MutualBoardRight *ned;

  g_assert_no_error (error);
  g_assert_cmpstr (mutual_model_get_date (model), ==, "2012-05-01");
  g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (model, "cabinet-office", "mycsp-ordinary")), ==, 35);
  g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (model, "equiniti", "mycsp-ordinary")), ==, 40);
  g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (model, "mycsp-trust", "mycsp-ordinary")), ==, 25);
  ned = mutual_model_lookup_board_right (model, "mycsp-trust", "mycsp");
  g_assert_nonnull (ned);
  g_assert_cmpuint (mutual_board_right_get_directors (ned), ==, 1);
}

static void
test_unknown_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_example ("atlantis", &error);

  g_assert_null (model);
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID);
  g_assert_nonnull (strstr (error->message, "mycsp-2012"));
}

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_example ("3bm-2013", &error);
  g_autoptr(MutualModel) again = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mutual-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "model.json", NULL);
  g_autofree char *first = NULL, *second = NULL;
  g_autoptr(MutualFraction) sixth = mutual_fraction_new (1, 6);
  g_autoptr(MutualParty) person = g_object_new (MUTUAL_TYPE_PARTY, "id", "ann", "name", "Ann",
                                                "kind", MUTUAL_PARTY_KIND_PERSON, "employer", "3bm", NULL);
  g_autoptr(MutualShareClass) golden = g_object_new (MUTUAL_TYPE_SHARE_CLASS, "id", "golden", "issuer", "3bm",
                                                     "name", "Golden", "votes-per-share", 0, "dividend-weight", 0,
                                                     "capital-weight", 0, "nominal-value", (gint64) 1, "ordinary", FALSE,
                                                     "special-rights", MUTUAL_SPECIAL_RIGHTS_VETO_RESERVED_MATTERS |
                                                                       MUTUAL_SPECIAL_RIGHTS_NO_TRANSFER, NULL);
  const char *trustees[] = { "ann", NULL };
  g_autoptr(MutualParty) trust = g_object_new (MUTUAL_TYPE_PARTY, "id", "3bm-ebt", "name", "3BM EBT",
                                               "kind", MUTUAL_PARTY_KIND_EMPLOYEE_BENEFIT_TRUST,
                                               "beneficiary-employer", "3bm", "trustees", trustees,
                                               "company-number", "T123", NULL);
  g_autoptr(MutualParty) coop = mutual_party_new ("coop", "Co-op", MUTUAL_PARTY_KIND_COOPERATIVE);
  g_autoptr(MutualMembership) membership = mutual_membership_new ("ann", "coop", 2);
  g_autoptr(MutualBoardRight) seat = mutual_board_right_new ("lbhf", "3bm", 2);
  g_autoptr(MutualAgreementRight) right = NULL;

  g_assert_no_error (error);
  /* every field of every kind of item, set away from its default */
  g_assert_true (mutual_model_add_party (model, person, &error));
  g_assert_true (mutual_model_replace_party (model, trust, &error));
  g_assert_true (mutual_model_add_party (model, coop, &error));
  g_assert_true (mutual_model_add_share_class (model, golden, &error));
  g_assert_true (mutual_model_set_holding (model, "lbhf", "golden", 1, &error));
  g_assert_true (mutual_model_add_membership (model, membership, &error));
  g_assert_true (mutual_model_add_board_right (model, seat, &error));
  mutual_model_set_description (model, "round trip");
  g_assert_true (mutual_model_validate (model, &error));
  g_assert_no_error (error);

  g_assert_true (mutual_model_save_to_file (model, path, &error));
  again = mutual_model_new_from_file (path, &error);
  g_assert_no_error (error);
  first = mutual_model_to_data (model, NULL);
  second = mutual_model_to_data (again, NULL);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpstrv (mutual_party_get_trustees (mutual_model_lookup_party (again, "3bm-ebt")), trustees);
  g_assert_cmpint (mutual_share_class_get_special_rights (mutual_model_lookup_share_class (again, "golden")), ==,
                   MUTUAL_SPECIAL_RIGHTS_VETO_RESERVED_MATTERS | MUTUAL_SPECIAL_RIGHTS_NO_TRANSFER);
  right = g_list_model_get_item (mutual_model_get_agreement_rights (again), 0);
  g_assert_true (mutual_fraction_equal (mutual_agreement_right_get_share (right), sixth));

  g_unlink (path);
  g_rmdir (dir);
}

/* The facts of the articles the public service mutual tests read. */
static void
test_round_trip_mutual_articles (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_example ("mycsp-2012", &error);
  g_autoptr(MutualModel) again = NULL;
  g_autoptr(MutualParty) mycsp = g_object_new (MUTUAL_TYPE_PARTY, "id", "mycsp", "name", "MyCSP",
                                               "kind", MUTUAL_PARTY_KIND_COMPANY, "board-size", 9,
                                               "public-service-mission", TRUE,
                                               "profit-distribution", MUTUAL_PROFIT_DISTRIBUTION_MEMBERS_ONLY, NULL);
  g_autofree char *data = NULL;
  MutualParty *party;

  g_assert_true (mutual_model_replace_party (model, mycsp, &error));
  data = mutual_model_to_data (model, NULL);
  g_assert_nonnull (strstr (data, "\"profit_distribution\" : \"members-only\""));
  again = mutual_model_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  party = mutual_model_lookup_party (again, "mycsp");
  g_assert_true (mutual_party_get_public_service_mission (party));
  g_assert_cmpint (mutual_party_get_profit_distribution (party), ==, MUTUAL_PROFIT_DISTRIBUTION_MEMBERS_ONLY);
  g_assert_false (mutual_party_get_public_service_mission (mutual_model_lookup_party (again, "equiniti")));
  g_assert_cmpint (mutual_party_get_profit_distribution (mutual_model_lookup_party (again, "equiniti")), ==,
                   MUTUAL_PROFIT_DISTRIBUTION_UNRESTRICTED);
  g_clear_object (&again);
  again = mutual_model_new_from_data ("{\"format\":\"libmutual-model\",\"version\":1,\"parties\":["
                                      "{\"id\":\"m\",\"name\":\"M\",\"kind\":\"company\",\"profit_distribution\":\"dividends\"}]}", -1, &error);
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "parties[0].profit_distribution"));
  g_assert_null (again);
}

static void
test_save_failure_keeps_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_example ("mycsp-2012", &error);
  g_autofree char *dir = g_dir_make_tmp ("mutual-XXXXXX", &error);
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "model.json", NULL);

  g_assert_false (mutual_model_save_to_file (model, missing, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_IO);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

typedef struct
{
  const char *data;
  int code;
  const char *message;   /* the start of the error message */
} BadInput;

static void
test_bad_input (void)
{
  const BadInput cases[] = {
    { "{\"format\": ", MUTUAL_ERROR_PARSE, "not valid JSON" },
    { "[]", MUTUAL_ERROR_INVALID, "(top level): must be an object" },
    { "{\"version\":1}", MUTUAL_ERROR_MISSING, "format: is required" },
    { "{\"format\":\"other\",\"version\":1}", MUTUAL_ERROR_UNSUPPORTED, "format: “other” is not a libmutual model" },
    { "{\"format\":\"libmutual-model\",\"version\":99}", MUTUAL_ERROR_UNSUPPORTED, "version: the file is format version 99" },
    { HEAD "\"extra\":1}", MUTUAL_ERROR_INVALID, "extra: unknown member" },
    { HEAD "\"parties\":{}}", MUTUAL_ERROR_INVALID, "parties: must be an array" },
    { HEAD "\"parties\":[{\"id\":\"a\",\"kind\":\"company\"}]}", MUTUAL_ERROR_MISSING, "parties[0].name: is required" },
    { HEAD "\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"llama\"}]}", MUTUAL_ERROR_INVALID, "parties[0].kind: “llama” is not one of:" },
    { HEAD "\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\",\"nmae\":1}]}", MUTUAL_ERROR_INVALID, "parties[0].nmae: unknown member" },
    { HEAD "\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"a\",\"name\":\"B\",\"kind\":\"company\"}]}",
      MUTUAL_ERROR_DUPLICATE_ID, "parties[1]: the model already has a party “a”" },
    { HEAD PARTIES ",\"holdings\":[{\"holder\":\"trust\",\"share_class\":\"ord\",\"count\":-5}]}",
      MUTUAL_ERROR_INVALID, "holdings[0].count: must not be negative" },
    { HEAD PARTIES ",\"holdings\":[{\"holder\":\"trust\",\"share_class\":\"ord\",\"count\":1.5}]}",
      MUTUAL_ERROR_INVALID, "holdings[0].count: must be an integer" },
    { HEAD PARTIES ",\"holdings\":[{\"holder\":\"trust\",\"share_class\":\"ord\",\"count\":\"7\"}]}",
      MUTUAL_ERROR_INVALID, "holdings[0].count: must be an integer" },
    { HEAD PARTIES ",\"holdings\":[{\"holder\":\"trust\",\"share_class\":\"ord\",\"count\":99999999999999999999}]}",
      MUTUAL_ERROR_OVERFLOW, "byte 278: the integer 99999999999999999999 does not fit in 64 bits" },
    { HEAD PARTIES ",\"holdings\":[{\"holder\":\"trust\",\"share_class\":\"ord\",\"count\":9223372036854775808}]}",
      MUTUAL_ERROR_OVERFLOW, "byte 278: the integer 9223372036854775808 does not fit" },
    { HEAD PARTIES ",\"holdings\":[{\"holder\":\"trust\",\"share_class\":\"ord\"}]}",
      MUTUAL_ERROR_MISSING, "holdings[0].count: is required" },
    { HEAD PARTIES ",\"holdings\":[{\"holder\":\"nobody\",\"share_class\":\"ord\",\"count\":5}]}",
      MUTUAL_ERROR_UNKNOWN_ID, "holdings[0].holder: no party “nobody”" },
    { HEAD PARTIES ",\"holdings\":[{\"holder\":\"trust\",\"share_class\":\"pref\",\"count\":5}]}",
      MUTUAL_ERROR_UNKNOWN_ID, "holdings[0].share_class: no share class “pref”" },
    { HEAD PARTIES ",\"holdings\":[{\"holder\":\"trust\",\"share_class\":\"ord\",\"count\":9223372036854775807},"
      "{\"holder\":\"co\",\"share_class\":\"ord\",\"count\":1}]}",
      MUTUAL_ERROR_OVERFLOW, "holdings[1].count: the shares issued in “ord” add up to more than" },
    { HEAD "\"date\":\"2012-02-30\"}", MUTUAL_ERROR_PARSE, "date: “2012-02-30” is not a calendar date" },
    { HEAD "\"date\":\"99999-01-01\"}", MUTUAL_ERROR_PARSE, "date: “99999-01-01” is not a calendar date" },
    { HEAD PARTIES ",\"agreement_rights\":[{\"holder\":\"trust\",\"company\":\"co\",\"dimension\":\"profits\",\"share\":\"half\"}]}",
      MUTUAL_ERROR_PARSE, "agreement_rights[0].share: “half” is not a fraction" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MutualModel) model = mutual_model_new_from_data (cases[i].data, -1, &error);

      g_test_message ("case %u: %s", i, cases[i].data);
      g_assert_null (model);
      g_assert_error (error, MUTUAL_ERROR, cases[i].code);
      if (!g_str_has_prefix (error->message, cases[i].message))
        g_error ("case %u: expected “%s…”, got “%s”", i, cases[i].message, error->message);
    }
}

static void
test_deep_nesting (void)
{
  GString *deep = g_string_new (HEAD "\"sources\":");
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = NULL;

  for (int i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  for (int i = 0; i < 100000; i++)
    g_string_append_c (deep, ']');
  g_string_append_c (deep, '}');
  model = mutual_model_new_from_data (deep->str, deep->len, &error);
  g_assert_null (model);
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT);
  g_string_free (deep, TRUE);
}

static void
test_file_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_file ("/nonexistent/model.json", &error);
  g_autofree char *dir = g_dir_make_tmp ("mutual-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bad.json", NULL);
  g_autoptr(MutualModel) bad = NULL;

  g_assert_null (model);
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_IO);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, HEAD "\"holdings\":[{}]}", -1, NULL));
  bad = mutual_model_new_from_file (path, &error);
  g_assert_null (bad);
  /* the file's name comes first, then the member path */
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, "holdings[0].holder: is required"));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/model-io/examples-load", test_examples_load);
  g_test_add_func ("/mutual/model-io/mycsp-2012", test_mycsp_2012);
  g_test_add_func ("/mutual/model-io/unknown-example", test_unknown_example);
  g_test_add_func ("/mutual/model-io/round-trip", test_round_trip);
  g_test_add_func ("/mutual/model-io/round-trip-mutual-articles", test_round_trip_mutual_articles);
  g_test_add_func ("/mutual/model-io/save-failure", test_save_failure_keeps_file);
  g_test_add_func ("/mutual/model-io/bad-input", test_bad_input);
  g_test_add_func ("/mutual/model-io/deep-nesting", test_deep_nesting);
  g_test_add_func ("/mutual/model-io/file-errors", test_file_errors);

  return g_test_run ();
}
