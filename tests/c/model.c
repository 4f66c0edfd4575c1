/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include <libmutual/mutual.h>

/* A small joint venture: a council, a partner and an employee trust. */
static MutualModel *
build_jv (void)
{
  MutualModel *model = mutual_model_new ();
  g_autoptr(MutualParty) jv = g_object_new (MUTUAL_TYPE_PARTY, "id", "jv", "name", "JV Ltd",
                                            "kind", MUTUAL_PARTY_KIND_COMPANY, "board-size", 5, NULL);
  g_autoptr(MutualParty) council = mutual_party_new ("council", "A Council", MUTUAL_PARTY_KIND_PUBLIC_BODY);
  g_autoptr(MutualParty) partner = mutual_party_new ("partner", "Partner plc", MUTUAL_PARTY_KIND_COMPANY);
  g_autoptr(MutualParty) trust = g_object_new (MUTUAL_TYPE_PARTY, "id", "trust", "name", "Staff trust",
                                               "kind", MUTUAL_PARTY_KIND_EMPLOYEE_OWNERSHIP_TRUST,
                                               "beneficiary-employer", "jv", NULL);
  g_autoptr(MutualShareClass) ordinary = mutual_share_class_new ("jv-ord", "jv", "Ordinary");
  g_autoptr(GError) error = NULL;

  g_assert_true (mutual_model_add_party (model, jv, &error));
  g_assert_true (mutual_model_add_party (model, council, &error));
  g_assert_true (mutual_model_add_party (model, partner, &error));
  g_assert_true (mutual_model_add_party (model, trust, &error));
  g_assert_true (mutual_model_add_share_class (model, ordinary, &error));
  g_assert_true (mutual_model_set_holding (model, "council", "jv-ord", 35, &error));
  g_assert_true (mutual_model_set_holding (model, "partner", "jv-ord", 40, &error));
  g_assert_true (mutual_model_set_holding (model, "trust", "jv-ord", 25, &error));
  g_assert_no_error (error);
  return model;
}

static void
test_add_lookup (void)
{
  g_autoptr(MutualModel) model = build_jv ();
  MutualParty *party = mutual_model_lookup_party (model, "trust");
  MutualHolding *holding = mutual_model_lookup_holding (model, "partner", "jv-ord");
  MutualShareClass *klass = mutual_model_lookup_share_class (model, "jv-ord");

  g_assert_nonnull (party);
  g_assert_cmpstr (mutual_party_get_name (party), ==, "Staff trust");
  g_assert_cmpint (mutual_party_get_kind (party), ==, MUTUAL_PARTY_KIND_EMPLOYEE_OWNERSHIP_TRUST);
  g_assert_cmpstr (mutual_party_get_beneficiary_employer (party), ==, "jv");
  g_assert_nonnull (holding);
  g_assert_cmpint (mutual_holding_get_count (holding), ==, 40);
  g_assert_cmpuint (mutual_share_class_get_votes_per_share (klass), ==, 1);
  g_assert_true (mutual_share_class_get_ordinary (klass));
  g_assert_null (mutual_model_lookup_party (model, "nobody"));
  g_assert_null (mutual_model_lookup_holding (model, "trust", "nothing"));
  g_assert_cmpuint (g_list_model_get_n_items (mutual_model_get_parties (model)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (mutual_model_get_holdings (model)), ==, 3);
  g_assert_true (g_list_model_get_item_type (mutual_model_get_holdings (model)) == MUTUAL_TYPE_HOLDING);
  g_assert_true (mutual_model_validate (model, NULL));
}

static void
test_duplicates (void)
{
  g_autoptr(MutualModel) model = build_jv ();
  g_autoptr(MutualParty) again = mutual_party_new ("council", "Another", MUTUAL_PARTY_KIND_PUBLIC_BODY);
  g_autoptr(MutualHolding) holding = mutual_holding_new ("council", "jv-ord", 1);
  g_autoptr(GError) error = NULL;

  g_assert_false (mutual_model_add_party (model, again, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_DUPLICATE_ID);
  g_assert_nonnull (strstr (error->message, "council"));
  g_clear_error (&error);
  g_assert_false (mutual_model_add_holding (model, holding, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_DUPLICATE_ID);
  /* nothing was half added */
  g_assert_cmpuint (g_list_model_get_n_items (mutual_model_get_parties (model)), ==, 4);
  g_assert_cmpstr (mutual_party_get_name (mutual_model_lookup_party (model, "council")), ==, "A Council");
}

static void
test_negative_count (void)
{
  g_autoptr(MutualModel) model = build_jv ();
  g_autoptr(MutualHolding) holding = mutual_holding_new ("partner", "other", -5);
  g_autoptr(GError) error = NULL;

  g_assert_false (mutual_model_add_holding (model, holding, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "negative"));
  g_clear_error (&error);
  g_assert_false (mutual_model_set_holding (model, "partner", "jv-ord", -1, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID);
  g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (model, "partner", "jv-ord")), ==, 40);
}

static void
test_set_and_remove (void)
{
  g_autoptr(MutualModel) model = build_jv ();
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  g_signal_connect_swapped (mutual_model_get_holdings (model), "items-changed",
                            G_CALLBACK (g_atomic_int_inc), &changes);
  g_assert_true (mutual_model_set_holding (model, "partner", "jv-ord", 25, &error));
  g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (model, "partner", "jv-ord")), ==, 25);
  g_assert_true (mutual_model_set_holding (model, "partner", "jv-ord", 0, &error));
  g_assert_null (mutual_model_lookup_holding (model, "partner", "jv-ord"));
  g_assert_cmpuint (changes, ==, 2);
  g_assert_false (mutual_model_remove_holding (model, "partner", "jv-ord", &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID);
  g_clear_error (&error);
  g_assert_true (mutual_model_remove_party (model, "partner", &error));
  g_assert_false (mutual_model_remove_party (model, "partner", &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID);
}

static void
test_replace (void)
{
  g_autoptr(MutualModel) model = build_jv ();
  g_autoptr(MutualParty) renamed = mutual_party_new ("council", "Renamed Council", MUTUAL_PARTY_KIND_PUBLIC_BODY);
  g_autoptr(MutualParty) ghost = mutual_party_new ("ghost", "Ghost", MUTUAL_PARTY_KIND_PERSON);
  g_autoptr(MutualParty) first = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (mutual_model_replace_party (model, renamed, &error));
  first = g_list_model_get_item (mutual_model_get_parties (model), 1);
  g_assert_true (first == renamed);
  g_assert_false (mutual_model_replace_party (model, ghost, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID);
}

static void
test_validate (void)
{
  g_autoptr(MutualModel) model = build_jv ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualHolding) dangling = mutual_holding_new ("nobody", "jv-ord", 3);
  g_autoptr(MutualShareClass) orphan = mutual_share_class_new ("orphan", "ghost-co", "Orphan");
  g_autoptr(MutualShareClass) by_person = mutual_share_class_new ("person-class", "alice", "Shares");
  g_autoptr(MutualParty) alice = mutual_party_new ("alice", "Alice", MUTUAL_PARTY_KIND_PERSON);
  g_autoptr(MutualMembership) membership = mutual_membership_new ("alice", "jv", 1);

  g_assert_true (mutual_model_add_holding (model, dangling, NULL));
  g_assert_false (mutual_model_validate (model, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID);
  g_assert_cmpstr (error->message, ==, "holdings[3].holder: no party “nobody”");
  g_clear_error (&error);
  g_assert_true (mutual_model_remove_holding (model, "nobody", "jv-ord", NULL));

  /* a class with no issuer */
  g_assert_true (mutual_model_add_share_class (model, orphan, NULL));
  g_assert_false (mutual_model_validate (model, &error));
  g_assert_cmpstr (error->message, ==, "share_classes[1].issuer: no party “ghost-co”");
  g_clear_error (&error);
  g_assert_true (mutual_model_remove_share_class (model, "orphan", NULL));

  /* a class issued by a party that issues no shares */
  g_assert_true (mutual_model_add_party (model, alice, NULL));
  g_assert_true (mutual_model_add_share_class (model, by_person, NULL));
  g_assert_false (mutual_model_validate (model, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "issues no shares"));
  g_clear_error (&error);
  g_assert_true (mutual_model_remove_share_class (model, "person-class", NULL));

  /* a membership of a company limited by shares */
  g_assert_true (mutual_model_add_membership (model, membership, NULL));
  g_assert_false (mutual_model_validate (model, &error));
  g_assert_nonnull (strstr (error->message, "memberships[0].organisation"));
  g_clear_error (&error);
  g_assert_true (mutual_model_remove_membership (model, "alice", "jv", NULL));
  g_assert_true (mutual_model_validate (model, &error));
}

static void
test_overflow (void)
{
  g_autoptr(MutualModel) model = build_jv ();
  g_autoptr(GError) error = NULL;

  g_assert_true (mutual_model_set_holding (model, "partner", "jv-ord", G_MAXINT64 - 10, &error));
  g_assert_false (mutual_model_validate (model, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW);
}

static void
test_agreement_rights (void)
{
  g_autoptr(MutualModel) model = build_jv ();
  g_autoptr(MutualFraction) half = mutual_fraction_new (1, 2);
  g_autoptr(MutualFraction) more = mutual_fraction_new (3, 5);
  g_autoptr(MutualFraction) too_much = mutual_fraction_new (3, 2);
  g_autoptr(MutualAgreementRight) profits = mutual_agreement_right_new ("council", "jv", MUTUAL_DIMENSION_PROFITS, half);
  g_autoptr(MutualAgreementRight) other = mutual_agreement_right_new ("partner", "jv", MUTUAL_DIMENSION_PROFITS, more);
  g_autoptr(MutualAgreementRight) bad = mutual_agreement_right_new ("trust", "jv", MUTUAL_DIMENSION_CAPITAL, too_much);
  g_autoptr(GError) error = NULL;
  MutualDimension dimension;

  g_assert_true (mutual_model_add_agreement_right (model, profits, &error));
  g_assert_true (mutual_fraction_equal (mutual_agreement_right_get_share (profits), half));
  g_assert_false (mutual_model_add_agreement_right (model, bad, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (mutual_model_add_agreement_right (model, other, &error));
  g_assert_false (mutual_model_validate (model, &error));
  g_assert_nonnull (strstr (error->message, "more than the whole"));
  g_clear_error (&error);
  g_assert_true (mutual_model_remove_agreement_right (model, "partner", "jv", MUTUAL_DIMENSION_PROFITS, &error));
  g_assert_true (mutual_model_validate (model, &error));
  g_assert_true (mutual_dimension_from_string ("capital", &dimension));
  g_assert_cmpint (dimension, ==, MUTUAL_DIMENSION_CAPITAL);
  g_assert_false (mutual_dimension_from_string ("glory", &dimension));
}

static void
test_copy (void)
{
  g_autoptr(MutualModel) model = build_jv ();
  g_autoptr(MutualModel) copy = NULL;

  mutual_model_set_name (model, "JV");
  mutual_model_set_date (model, "2012-05-01");
  copy = mutual_model_copy (model);
  g_assert_true (mutual_model_set_holding (copy, "partner", "jv-ord", 55, NULL));
  g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (model, "partner", "jv-ord")), ==, 40);
  g_assert_cmpint (mutual_holding_get_count (mutual_model_lookup_holding (copy, "partner", "jv-ord")), ==, 55);
  g_assert_cmpstr (mutual_model_get_name (copy), ==, "JV");
  g_assert_cmpstr (mutual_model_get_date (copy), ==, "2012-05-01");
  /* items are shared, not duplicated */
  g_assert_true (mutual_model_lookup_party (copy, "council") == mutual_model_lookup_party (model, "council"));
}

static void
test_kinds (void)
{
  MutualPartyKind kind;

  g_assert_cmpint (mutual_party_kind_get_vote_basis (MUTUAL_PARTY_KIND_COMPANY), ==, MUTUAL_VOTE_BASIS_PER_SHARE);
  g_assert_cmpint (mutual_party_kind_get_vote_basis (MUTUAL_PARTY_KIND_COOPERATIVE), ==, MUTUAL_VOTE_BASIS_PER_MEMBER);
  g_assert_cmpint (mutual_party_kind_get_vote_basis (MUTUAL_PARTY_KIND_GUARANTEE_COMPANY), ==, MUTUAL_VOTE_BASIS_PER_MEMBER);
  g_assert_cmpint (mutual_party_kind_get_vote_basis (MUTUAL_PARTY_KIND_PERSON), ==, MUTUAL_VOTE_BASIS_NONE);
  g_assert_true (mutual_party_kind_is_trust (MUTUAL_PARTY_KIND_EMPLOYEE_BENEFIT_TRUST));
  g_assert_false (mutual_party_kind_is_trust (MUTUAL_PARTY_KIND_COMPANY));
  g_assert_cmpstr (mutual_party_kind_to_string (MUTUAL_PARTY_KIND_COMMUNITY_BENEFIT_SOCIETY), ==, "community-benefit-society");
  g_assert_true (mutual_party_kind_from_string ("employee-ownership-trust", &kind));
  g_assert_cmpint (kind, ==, MUTUAL_PARTY_KIND_EMPLOYEE_OWNERSHIP_TRUST);
  g_assert_false (mutual_party_kind_from_string ("llama", &kind));
}

static void
test_finalize (void)
{
  MutualModel *model = build_jv ();
  MutualParty *party = mutual_model_lookup_party (model, "council");

  g_object_add_weak_pointer (G_OBJECT (model), (gpointer *) &model);
  g_object_add_weak_pointer (G_OBJECT (party), (gpointer *) &party);
  g_object_unref (model);
  g_assert_null (model);
  g_assert_null (party);
}

static void
test_misuse (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(MutualModel) model = mutual_model_new ();

      mutual_model_lookup_party (model, NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*id != NULL*");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/model/add-lookup", test_add_lookup);
  g_test_add_func ("/mutual/model/duplicates", test_duplicates);
  g_test_add_func ("/mutual/model/negative-count", test_negative_count);
  g_test_add_func ("/mutual/model/set-and-remove", test_set_and_remove);
  g_test_add_func ("/mutual/model/replace", test_replace);
  g_test_add_func ("/mutual/model/validate", test_validate);
  g_test_add_func ("/mutual/model/overflow", test_overflow);
  g_test_add_func ("/mutual/model/agreement-rights", test_agreement_rights);
  g_test_add_func ("/mutual/model/copy", test_copy);
  g_test_add_func ("/mutual/model/kinds", test_kinds);
  g_test_add_func ("/mutual/model/finalize", test_finalize);
  g_test_add_func ("/mutual/model/misuse", test_misuse);

  return g_test_run ();
}
