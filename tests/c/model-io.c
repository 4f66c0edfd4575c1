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

/* The readers of the big sections (parties, holdings, memberships, board
 * rights) fill the items' fields directly; their errors are the generic
 * reader's, word for word. The messages below are what the generic
 * reader (mutual_json_read_object() on the member tables) gave for the
 * same inputs. */
static void
test_item_errors (void)
{
  const struct { const char *data, *message; } cases[] = {
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\",\"board_size\":-1}]}",
      "parties[0].board_size: must not be negative" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\",\"board_size\":4294967296}]}",
      "parties[0].board_size: must be from 0 to 4294967295" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\",\"board_size\":\"x\"}]}",
      "parties[0].board_size: must be an integer" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\",\"board_size\":2.0}]}",
      "parties[0].board_size: must be an integer, written without a fraction or exponent" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\",\"keeps_psc_register\":1}]}",
      "parties[0].keeps_psc_register: must be true or false" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\",\"trustees\":\"x\"}]}",
      "parties[0].trustees: must be an array" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\",\"trustees\":[1]}]}",
      "parties[0].trustees[0]: must be a string" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\",\"public_service_mission\":\"yes\"}]}",
      "parties[0].public_service_mission: must be true or false" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\",\"profit_distribution\":\"bad\"}]}",
      "parties[0].profit_distribution: “bad” is not one of: unrestricted, reinvested, members-only" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\",\"company_number\":5}]}",
      "parties[0].company_number: must be a string" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\",\"employer\":3}]}",
      "parties[0].employer: must be a string" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\",\"beneficiary_employer\":\"\"}]}",
      "parties[0].beneficiary_employer: no party “”" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\",\"name\":null}]}",
      "parties[0].name: is required" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\",\"kind\":null}]}",
      "parties[0].kind: is required" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"\",\"name\":\"A\",\"kind\":\"company\"}]}",
      "parties[0].id: must not be empty" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"name\":\"A\",\"kind\":\"company\"}]}",
      "parties[0].id: is required" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":5,\"kind\":\"company\"}]}",
      "parties[0].name: must be a string" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":7}]}",
      "parties[0].kind: must be a string" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[5]}",
      "parties[0]: must be an object" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\",\"id\":\"b\",\"bogus\":1}]}",
      "parties[0].bogus: unknown member" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"memberships\":[{\"member\":\"a\",\"organisation\":\"b\",\"votes\":-1}]}",
      "memberships[0].votes: must not be negative" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"memberships\":[{\"member\":\"a\",\"organisation\":\"b\",\"votes\":4294967296}]}",
      "memberships[0].votes: must be from 0 to 4294967295" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"memberships\":[{\"member\":\"a\",\"organisation\":\"b\",\"votes\":1.5}]}",
      "memberships[0].votes: must be an integer, written without a fraction or exponent" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"memberships\":[{\"member\":\"a\",\"organisation\":\"b\",\"votes\":\"1\"}]}",
      "memberships[0].votes: must be an integer" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"memberships\":[{\"member\":\"a\"}]}",
      "memberships[0].organisation: is required" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"memberships\":[{\"organisation\":\"b\"}]}",
      "memberships[0].member: is required" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"memberships\":[{\"member\":\"\",\"organisation\":\"b\"}]}",
      "memberships[0].member: must not be empty" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"memberships\":[{\"member\":\"a\",\"organisation\":null}]}",
      "memberships[0].organisation: is required" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"memberships\":[{\"member\":\"a\",\"organisation\":\"b\",\"x\":1}]}",
      "memberships[0].x: unknown member" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"memberships\":[[]]}",
      "memberships[0]: must be an object" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"memberships\":[{\"member\":\"zz\",\"organisation\":\"b\"}]}",
      "memberships[0].member: no party “zz”" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"memberships\":[{\"member\":\"a\",\"organisation\":\"zz\"}]}",
      "memberships[0].organisation: no party “zz”" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"memberships\":[{\"member\":\"a\",\"organisation\":\"b\"},{\"member\":\"a\",\"organisation\":\"b\"}]}",
      "memberships[1]: the model already has a membership “a in b”" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"memberships\":[{\"member\":1,\"organisation\":\"b\"}]}",
      "memberships[0].member: must be a string" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"board_rights\":[{\"appointer\":\"a\",\"company\":\"b\",\"directors\":-1}]}",
      "board_rights[0].directors: must not be negative" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"board_rights\":[{\"appointer\":\"a\",\"company\":\"b\",\"directors\":4294967296}]}",
      "board_rights[0].directors: must be from 0 to 4294967295" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"board_rights\":[{\"appointer\":\"a\",\"company\":\"b\",\"directors\":1.5}]}",
      "board_rights[0].directors: must be an integer, written without a fraction or exponent" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"board_rights\":[{\"appointer\":\"a\",\"company\":\"b\",\"directors\":\"1\"}]}",
      "board_rights[0].directors: must be an integer" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"board_rights\":[{\"appointer\":\"a\"}]}",
      "board_rights[0].company: is required" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"board_rights\":[{\"company\":\"b\"}]}",
      "board_rights[0].appointer: is required" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"board_rights\":[{\"appointer\":\"\",\"company\":\"b\"}]}",
      "board_rights[0].appointer: must not be empty" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"board_rights\":[{\"appointer\":\"a\",\"company\":null}]}",
      "board_rights[0].company: is required" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"board_rights\":[{\"appointer\":\"a\",\"company\":\"b\",\"x\":1}]}",
      "board_rights[0].x: unknown member" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"board_rights\":[[]]}",
      "board_rights[0]: must be an object" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"board_rights\":[{\"appointer\":\"zz\",\"company\":\"b\"}]}",
      "board_rights[0].appointer: no party “zz”" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"board_rights\":[{\"appointer\":\"a\",\"company\":\"zz\"}]}",
      "board_rights[0].company: no party “zz”" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"board_rights\":[{\"appointer\":\"a\",\"company\":\"b\"},{\"appointer\":\"a\",\"company\":\"b\"}]}",
      "board_rights[1]: the model already has a board right “a in b”" },
    { "{\"format\":\"libmutual-model\",\"version\":1,\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"company\"},{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],\"board_rights\":[{\"appointer\":1,\"company\":\"b\"}]}",
      "board_rights[0].appointer: must be a string" },

  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MutualModel) model = mutual_model_new_from_data (cases[i].data, -1, &error);

      g_test_message ("case %u: %s", i, cases[i].data);
      g_assert_null (model);
      g_assert_nonnull (error);
      g_assert_true (error->domain == MUTUAL_ERROR);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* What the direct readers leave at its default when a member is absent or
 * null, and what they read when it is given. */
static void
test_item_defaults (void)
{
  const char *data =
    HEAD "\"parties\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"person\",\"trustees\":null},"
    "{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\",\"company_number\":\"0123\",\"board_size\":7,"
    "\"keeps_psc_register\":true,\"employer\":\"a\",\"public_service_mission\":true,"
    "\"profit_distribution\":\"members-only\"},"
    "{\"id\":\"c\",\"name\":\"C\",\"kind\":\"guarantee-company\"}],"
    "\"memberships\":[{\"member\":\"a\",\"organisation\":\"b\"},{\"member\":\"a\",\"organisation\":\"c\",\"votes\":null},"
    "{\"member\":\"b\",\"organisation\":\"c\",\"votes\":0}],"
    "\"board_rights\":[{\"appointer\":\"a\",\"company\":\"b\",\"directors\":3},{\"appointer\":\"a\",\"company\":\"c\"}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_data (data, -1, &error);
  MutualParty *a, *b;
  GListModel *memberships, *rights;
  g_autoptr(MutualMembership) m0 = NULL, m1 = NULL, m2 = NULL;
  g_autoptr(MutualBoardRight) r0 = NULL, r1 = NULL;

  g_assert_no_error (error);
  a = mutual_model_lookup_party (model, "a");
  b = mutual_model_lookup_party (model, "b");
  g_assert_cmpint (mutual_party_get_kind (a), ==, MUTUAL_PARTY_KIND_PERSON);
  g_assert_null (mutual_party_get_company_number (a));
  g_assert_cmpuint (mutual_party_get_board_size (a), ==, 0);
  g_assert_false (mutual_party_get_keeps_psc_register (a));
  g_assert_nonnull (mutual_party_get_trustees (a));
  g_assert_null (mutual_party_get_trustees (a)[0]);
  g_assert_false (mutual_party_get_public_service_mission (a));
  g_assert_cmpint (mutual_party_get_profit_distribution (a), ==, MUTUAL_PROFIT_DISTRIBUTION_UNRESTRICTED);
  g_assert_cmpstr (mutual_party_get_name (b), ==, "B");
  g_assert_cmpstr (mutual_party_get_company_number (b), ==, "0123");
  g_assert_cmpuint (mutual_party_get_board_size (b), ==, 7);
  g_assert_true (mutual_party_get_keeps_psc_register (b));
  g_assert_cmpstr (mutual_party_get_employer (b), ==, "a");
  g_assert_true (mutual_party_get_public_service_mission (b));
  g_assert_cmpint (mutual_party_get_profit_distribution (b), ==, MUTUAL_PROFIT_DISTRIBUTION_MEMBERS_ONLY);

  memberships = mutual_model_get_memberships (model);
  m0 = g_list_model_get_item (memberships, 0);
  m1 = g_list_model_get_item (memberships, 1);
  m2 = g_list_model_get_item (memberships, 2);
  g_assert_cmpstr (mutual_membership_get_member (m0), ==, "a");
  g_assert_cmpstr (mutual_membership_get_organisation (m0), ==, "b");
  g_assert_cmpuint (mutual_membership_get_votes (m0), ==, 1);
  g_assert_cmpuint (mutual_membership_get_votes (m1), ==, 1);
  g_assert_cmpuint (mutual_membership_get_votes (m2), ==, 0);
  rights = mutual_model_get_board_rights (model);
  r0 = g_list_model_get_item (rights, 0);
  r1 = g_list_model_get_item (rights, 1);
  g_assert_cmpstr (mutual_board_right_get_appointer (r0), ==, "a");
  g_assert_cmpstr (mutual_board_right_get_company (r0), ==, "b");
  g_assert_cmpuint (mutual_board_right_get_directors (r0), ==, 3);
  g_assert_cmpuint (mutual_board_right_get_directors (r1), ==, 1);
}

/* A member given twice in one object keeps its last value (docs/model-format.md),
 * for a whole section as for a field. */
static void
test_duplicate_members (void)
{
  const char *data =
    HEAD "\"parties\":[{\"id\":\"x\",\"name\":\"X\",\"kind\":\"person\"}],"
    "\"name\":\"first\",\"name\":\"second\","
    "\"parties\":[{\"id\":\"a\",\"name\":\"Old\",\"kind\":\"company\",\"name\":\"New\",\"board_size\":2,\"board_size\":5},"
    "{\"id\":\"b\",\"name\":\"B\",\"kind\":\"guarantee-company\"}],"
    "\"memberships\":[{\"member\":\"a\",\"organisation\":\"b\",\"votes\":4,\"votes\":null}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_data (data, -1, &error);
  g_autoptr(MutualMembership) membership = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (mutual_model_get_name (model), ==, "second");
  g_assert_null (mutual_model_lookup_party (model, "x"));
  g_assert_cmpstr (mutual_party_get_name (mutual_model_lookup_party (model, "a")), ==, "New");
  g_assert_cmpuint (mutual_party_get_board_size (mutual_model_lookup_party (model, "a")), ==, 5);
  membership = g_list_model_get_item (mutual_model_get_memberships (model), 0);
  /* null is absent: the default */
  g_assert_cmpuint (mutual_membership_get_votes (membership), ==, 1);
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
  g_test_add_func ("/mutual/model-io/item-errors", test_item_errors);
  g_test_add_func ("/mutual/model-io/item-defaults", test_item_defaults);
  g_test_add_func ("/mutual/model-io/duplicate-members", test_duplicate_members);
  g_test_add_func ("/mutual/model-io/deep-nesting", test_deep_nesting);
  g_test_add_func ("/mutual/model-io/file-errors", test_file_errors);

  return g_test_run ();
}
