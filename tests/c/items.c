/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <libmutual/mutual.h>

/* Every property of every model item, set away from its default and read
 * back through its getter. */

static void
test_party (void)
{
  const char *trustees[] = { "alice", "bob", NULL };
  g_autoptr(MutualParty) party =
    g_object_new (MUTUAL_TYPE_PARTY, "id", "eot", "name", "Staff EOT",
                  "kind", MUTUAL_PARTY_KIND_EMPLOYEE_OWNERSHIP_TRUST, "company-number", "SC123",
                  "board-size", 3, "keeps-psc-register", TRUE, "employer", "co",
                  "beneficiary-employer", "co", "trustees", trustees, NULL);

  g_assert_cmpstr (mutual_party_get_id (party), ==, "eot");
  g_assert_cmpstr (mutual_party_get_name (party), ==, "Staff EOT");
  g_assert_cmpint (mutual_party_get_kind (party), ==, MUTUAL_PARTY_KIND_EMPLOYEE_OWNERSHIP_TRUST);
  g_assert_cmpstr (mutual_party_get_company_number (party), ==, "SC123");
  g_assert_cmpuint (mutual_party_get_board_size (party), ==, 3);
  g_assert_true (mutual_party_get_keeps_psc_register (party));
  g_assert_cmpstr (mutual_party_get_employer (party), ==, "co");
  g_assert_cmpstr (mutual_party_get_beneficiary_employer (party), ==, "co");
  g_assert_cmpstrv (mutual_party_get_trustees (party), trustees);
}

static void
test_share_class (void)
{
  g_autoptr(MutualShareClass) klass =
    g_object_new (MUTUAL_TYPE_SHARE_CLASS, "id", "b", "issuer", "co", "name", "B shares",
                  "votes-per-share", 10, "dividend-weight", 2, "capital-weight", 3,
                  "nominal-value", (gint64) 1, "ordinary", FALSE,
                  "special-rights", MUTUAL_SPECIAL_RIGHTS_APPOINT_DIRECTORS, NULL);

  g_assert_cmpstr (mutual_share_class_get_id (klass), ==, "b");
  g_assert_cmpstr (mutual_share_class_get_issuer (klass), ==, "co");
  g_assert_cmpstr (mutual_share_class_get_name (klass), ==, "B shares");
  g_assert_cmpuint (mutual_share_class_get_votes_per_share (klass), ==, 10);
  g_assert_cmpuint (mutual_share_class_get_dividend_weight (klass), ==, 2);
  g_assert_cmpuint (mutual_share_class_get_capital_weight (klass), ==, 3);
  g_assert_cmpint (mutual_share_class_get_nominal_value (klass), ==, 1);
  g_assert_false (mutual_share_class_get_ordinary (klass));
  g_assert_cmpint (mutual_share_class_get_special_rights (klass), ==, MUTUAL_SPECIAL_RIGHTS_APPOINT_DIRECTORS);
}

static void
test_defaults (void)
{
  g_autoptr(MutualShareClass) klass = mutual_share_class_new ("a", "co", "A");
  g_autoptr(MutualParty) party = mutual_party_new ("p", "P", MUTUAL_PARTY_KIND_PERSON);

  /* one vote, one dividend, one share of capital, £1 nominal, ordinary */
  g_assert_cmpuint (mutual_share_class_get_votes_per_share (klass), ==, 1);
  g_assert_cmpuint (mutual_share_class_get_dividend_weight (klass), ==, 1);
  g_assert_cmpuint (mutual_share_class_get_capital_weight (klass), ==, 1);
  g_assert_cmpint (mutual_share_class_get_nominal_value (klass), ==, 100);
  g_assert_true (mutual_share_class_get_ordinary (klass));
  g_assert_null (mutual_party_get_company_number (party));
  g_assert_null (mutual_party_get_employer (party));
  g_assert_cmpuint (mutual_party_get_board_size (party), ==, 0);
  g_assert_false (mutual_party_get_keeps_psc_register (party));
  g_assert_nonnull (mutual_party_get_trustees (party));
  g_assert_null (mutual_party_get_trustees (party)[0]);
}

static void
test_rights (void)
{
  g_autoptr(MutualFraction) half = mutual_fraction_new (1, 2);
  g_autoptr(MutualAgreementRight) right =
    g_object_new (MUTUAL_TYPE_AGREEMENT_RIGHT, "holder", "council", "company", "co",
                  "dimension", MUTUAL_DIMENSION_CAPITAL, "share", half, "veto", TRUE,
                  "source", "Articles, art. 12", NULL);
  g_autoptr(MutualBoardRight) board = mutual_board_right_new ("council", "co", 2);
  g_autoptr(MutualMembership) membership = mutual_membership_new ("ann", "coop", 3);

  g_assert_cmpstr (mutual_agreement_right_get_holder (right), ==, "council");
  g_assert_cmpstr (mutual_agreement_right_get_company (right), ==, "co");
  g_assert_cmpint (mutual_agreement_right_get_dimension (right), ==, MUTUAL_DIMENSION_CAPITAL);
  g_assert_true (mutual_fraction_equal (mutual_agreement_right_get_share (right), half));
  g_assert_true (mutual_agreement_right_get_veto (right));
  g_assert_cmpstr (mutual_agreement_right_get_source (right), ==, "Articles, art. 12");
  g_assert_cmpstr (mutual_dimension_to_string (MUTUAL_DIMENSION_PROFITS), ==, "profits");
  g_assert_cmpstr (mutual_board_right_get_appointer (board), ==, "council");
  g_assert_cmpstr (mutual_board_right_get_company (board), ==, "co");
  g_assert_cmpuint (mutual_board_right_get_directors (board), ==, 2);
  g_assert_cmpstr (mutual_membership_get_member (membership), ==, "ann");
  g_assert_cmpstr (mutual_membership_get_organisation (membership), ==, "coop");
  g_assert_cmpuint (mutual_membership_get_votes (membership), ==, 3);
}

static void
test_model_collections (void)
{
  g_autoptr(MutualModel) model = mutual_model_new ();
  g_autoptr(MutualParty) coop = mutual_party_new ("coop", "Co-op", MUTUAL_PARTY_KIND_COOPERATIVE);
  g_autoptr(MutualParty) ann = mutual_party_new ("ann", "Ann", MUTUAL_PARTY_KIND_PERSON);
  g_autoptr(MutualMembership) membership = mutual_membership_new ("ann", "coop", 1);
  g_autoptr(MutualBoardRight) board = mutual_board_right_new ("ann", "coop", 1);
  const char *sources[] = { "Rules of the society, 2020", NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (mutual_model_add_party (model, coop, &error));
  g_assert_true (mutual_model_add_party (model, ann, &error));
  g_assert_true (mutual_model_add_membership (model, membership, &error));
  g_assert_true (mutual_model_add_board_right (model, board, &error));
  g_assert_true (mutual_model_lookup_membership (model, "ann", "coop") == membership);
  g_assert_null (mutual_model_lookup_membership (model, "coop", "ann"));
  g_assert_cmpuint (g_list_model_get_n_items (mutual_model_get_memberships (model)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (mutual_model_get_board_rights (model)), ==, 1);
  g_assert_true (mutual_model_validate (model, &error));
  g_assert_true (mutual_model_remove_board_right (model, "ann", "coop", &error));
  g_assert_null (mutual_model_lookup_board_right (model, "ann", "coop"));
  g_assert_false (mutual_model_remove_board_right (model, "ann", "coop", &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID);
  g_assert_true (error->domain == mutual_error_quark ());

  mutual_model_set_description (model, "a co-operative");
  g_assert_cmpstr (mutual_model_get_description (model), ==, "a co-operative");
  mutual_model_set_sources (model, sources);
  g_assert_cmpstrv (mutual_model_get_sources (model), sources);
  mutual_model_set_sources (model, NULL);
  g_assert_null (mutual_model_get_sources (model)[0]);
}

static void
test_notify (void)
{
  g_autoptr(MutualModel) model = mutual_model_new ();
  guint notified = 0;

  g_signal_connect_swapped (model, "notify::name", G_CALLBACK (g_atomic_int_inc), &notified);
  mutual_model_set_name (model, "A");
  mutual_model_set_name (model, "A");   /* unchanged: no notification */
  mutual_model_set_name (model, "B");
  g_assert_cmpuint (notified, ==, 2);
}

static void
test_fraction_boxed (void)
{
  g_autoptr(MutualFraction) f = mutual_fraction_new (2, 3);
  MutualFraction *copy = mutual_fraction_copy (f);

  g_assert_true (mutual_fraction_equal (f, copy));
  mutual_fraction_free (copy);
  mutual_fraction_free (NULL);
}

static void
test_finding_message (void)
{
  g_autoptr(MutualFinding) finding = mutual_finding_new ("a.b", MUTUAL_SEVERITY_WARNING, "s.1", "look here");

  g_assert_cmpstr (mutual_finding_get_message (finding), ==, "look here");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/items/party", test_party);
  g_test_add_func ("/mutual/items/share-class", test_share_class);
  g_test_add_func ("/mutual/items/defaults", test_defaults);
  g_test_add_func ("/mutual/items/rights", test_rights);
  g_test_add_func ("/mutual/items/model-collections", test_model_collections);
  g_test_add_func ("/mutual/items/notify", test_notify);
  g_test_add_func ("/mutual/items/fraction-boxed", test_fraction_boxed);
  g_test_add_func ("/mutual/items/finding-message", test_finding_message);

  return g_test_run ();
}
