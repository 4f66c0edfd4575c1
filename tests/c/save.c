/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Lossless saves: a save that fails midway leaves the old file as it was,
 * and every example reads back field for field after a save. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libmutual/mutual.h>

/* An example with enough parties added that its file is over 64 KiB. */
static MutualModel *
big_model (void)
{
  g_autoptr(GError) error = NULL;
  MutualModel *model = mutual_model_new_from_example ("mycsp-2012", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *id = g_strdup_printf ("person-%u", i);
      g_autoptr(MutualParty) party = mutual_party_new (id, "A member of staff", MUTUAL_PARTY_KIND_PERSON);

      g_assert_true (mutual_model_add_party (model, party, &error));
    }
  return model;
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_write_fails_midway (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MutualModel) old = mutual_model_new_from_example ("3bm-2013", &error);
      g_autoptr(MutualModel) model = big_model ();
      g_autofree char *dir = g_dir_make_tmp ("mutual-save-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "model.json", NULL);
      g_autofree char *before = NULL, *after = NULL, *text = NULL;
      struct rlimit limit = { 16384, 16384 };
      gsize length;

      g_assert_true (mutual_model_save_to_file (old, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
      text = mutual_model_to_data (model, &length);
      g_assert_cmpuint (length, >, 4 * limit.rlim_cur);

      /* From here no file may grow past 16 KiB: write() succeeds for the
       * first 16 KiB of the new file, then fails with EFBIG (SIGXFSZ
       * ignored). A real failure midway through the write, as a full disk
       * or a quota gives, and one that root cannot bypass. */
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      g_assert_false (mutual_model_save_to_file (model, path, &error));
      g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_IO);
      g_test_message ("save failed as planned: %s", error->message);

      /* the old file is whole, and no temporary file is left behind */
      g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
      g_assert_cmpstr (before, ==, after);
      g_assert_cmpuint (count_entries (dir), ==, 1);
      {
        g_autoptr(GError) load_error = NULL;
        g_autoptr(MutualModel) again = mutual_model_new_from_file (path, &load_error);

        g_assert_no_error (load_error);
      }
      g_unlink (path);
      g_rmdir (dir);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_read_only_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) old = mutual_model_new_from_example ("3bm-2013", &error);
  g_autoptr(MutualModel) model = big_model ();
  g_autofree char *dir = g_dir_make_tmp ("mutual-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "model.json", NULL);
  g_autofree char *before = NULL, *after = NULL;

  if (geteuid () == 0)
    {
      /* root writes into read-only folders; write-fails-midway covers it */
      g_rmdir (dir);
      g_test_skip ("root ignores a folder's permissions");
      return;
    }
  g_assert_true (mutual_model_save_to_file (old, path, &error));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  g_assert_false (mutual_model_save_to_file (model, path, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_IO);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  g_chmod (dir, 0755);
  g_unlink (path);
  g_rmdir (dir);
}

static void
assert_same_strings (const char * const *a,
                     const char * const *b)
{
  g_assert_true (g_strv_equal (a, b));
}

/* Every field of every item, compared through the public getters, not
 * through the writer (which would hide a field it forgets). */
static void
assert_models_equal (MutualModel *a,
                     MutualModel *b)
{
  GListModel *la, *lb;

  g_assert_cmpstr (mutual_model_get_name (a), ==, mutual_model_get_name (b));
  g_assert_cmpstr (mutual_model_get_description (a), ==, mutual_model_get_description (b));
  g_assert_cmpstr (mutual_model_get_date (a), ==, mutual_model_get_date (b));
  assert_same_strings (mutual_model_get_sources (a), mutual_model_get_sources (b));

  la = mutual_model_get_parties (a);
  lb = mutual_model_get_parties (b);
  g_assert_cmpuint (g_list_model_get_n_items (la), ==, g_list_model_get_n_items (lb));
  for (guint i = 0; i < g_list_model_get_n_items (la); i++)
    {
      g_autoptr(MutualParty) x = g_list_model_get_item (la, i);
      g_autoptr(MutualParty) y = g_list_model_get_item (lb, i);

      g_assert_cmpstr (mutual_party_get_id (x), ==, mutual_party_get_id (y));
      g_assert_cmpstr (mutual_party_get_name (x), ==, mutual_party_get_name (y));
      g_assert_cmpint (mutual_party_get_kind (x), ==, mutual_party_get_kind (y));
      g_assert_cmpstr (mutual_party_get_company_number (x), ==, mutual_party_get_company_number (y));
      g_assert_cmpuint (mutual_party_get_board_size (x), ==, mutual_party_get_board_size (y));
      g_assert_cmpint (mutual_party_get_keeps_psc_register (x), ==, mutual_party_get_keeps_psc_register (y));
      g_assert_cmpstr (mutual_party_get_employer (x), ==, mutual_party_get_employer (y));
      g_assert_cmpstr (mutual_party_get_beneficiary_employer (x), ==, mutual_party_get_beneficiary_employer (y));
      assert_same_strings (mutual_party_get_trustees (x), mutual_party_get_trustees (y));
      g_assert_cmpint (mutual_party_get_public_service_mission (x), ==, mutual_party_get_public_service_mission (y));
      g_assert_cmpint (mutual_party_get_profit_distribution (x), ==, mutual_party_get_profit_distribution (y));
    }

  la = mutual_model_get_share_classes (a);
  lb = mutual_model_get_share_classes (b);
  g_assert_cmpuint (g_list_model_get_n_items (la), ==, g_list_model_get_n_items (lb));
  for (guint i = 0; i < g_list_model_get_n_items (la); i++)
    {
      g_autoptr(MutualShareClass) x = g_list_model_get_item (la, i);
      g_autoptr(MutualShareClass) y = g_list_model_get_item (lb, i);

      g_assert_cmpstr (mutual_share_class_get_id (x), ==, mutual_share_class_get_id (y));
      g_assert_cmpstr (mutual_share_class_get_issuer (x), ==, mutual_share_class_get_issuer (y));
      g_assert_cmpstr (mutual_share_class_get_name (x), ==, mutual_share_class_get_name (y));
      g_assert_cmpuint (mutual_share_class_get_votes_per_share (x), ==, mutual_share_class_get_votes_per_share (y));
      g_assert_cmpuint (mutual_share_class_get_dividend_weight (x), ==, mutual_share_class_get_dividend_weight (y));
      g_assert_cmpuint (mutual_share_class_get_capital_weight (x), ==, mutual_share_class_get_capital_weight (y));
      g_assert_cmpint (mutual_share_class_get_nominal_value (x), ==, mutual_share_class_get_nominal_value (y));
      g_assert_cmpint (mutual_share_class_get_ordinary (x), ==, mutual_share_class_get_ordinary (y));
      g_assert_cmpuint (mutual_share_class_get_special_rights (x), ==, mutual_share_class_get_special_rights (y));
    }

  la = mutual_model_get_holdings (a);
  lb = mutual_model_get_holdings (b);
  g_assert_cmpuint (g_list_model_get_n_items (la), ==, g_list_model_get_n_items (lb));
  for (guint i = 0; i < g_list_model_get_n_items (la); i++)
    {
      g_autoptr(MutualHolding) x = g_list_model_get_item (la, i);
      g_autoptr(MutualHolding) y = g_list_model_get_item (lb, i);

      g_assert_cmpstr (mutual_holding_get_holder (x), ==, mutual_holding_get_holder (y));
      g_assert_cmpstr (mutual_holding_get_share_class (x), ==, mutual_holding_get_share_class (y));
      g_assert_cmpint (mutual_holding_get_count (x), ==, mutual_holding_get_count (y));
    }

  la = mutual_model_get_memberships (a);
  lb = mutual_model_get_memberships (b);
  g_assert_cmpuint (g_list_model_get_n_items (la), ==, g_list_model_get_n_items (lb));
  for (guint i = 0; i < g_list_model_get_n_items (la); i++)
    {
      g_autoptr(MutualMembership) x = g_list_model_get_item (la, i);
      g_autoptr(MutualMembership) y = g_list_model_get_item (lb, i);

      g_assert_cmpstr (mutual_membership_get_member (x), ==, mutual_membership_get_member (y));
      g_assert_cmpstr (mutual_membership_get_organisation (x), ==, mutual_membership_get_organisation (y));
      g_assert_cmpuint (mutual_membership_get_votes (x), ==, mutual_membership_get_votes (y));
    }

  la = mutual_model_get_board_rights (a);
  lb = mutual_model_get_board_rights (b);
  g_assert_cmpuint (g_list_model_get_n_items (la), ==, g_list_model_get_n_items (lb));
  for (guint i = 0; i < g_list_model_get_n_items (la); i++)
    {
      g_autoptr(MutualBoardRight) x = g_list_model_get_item (la, i);
      g_autoptr(MutualBoardRight) y = g_list_model_get_item (lb, i);

      g_assert_cmpstr (mutual_board_right_get_appointer (x), ==, mutual_board_right_get_appointer (y));
      g_assert_cmpstr (mutual_board_right_get_company (x), ==, mutual_board_right_get_company (y));
      g_assert_cmpuint (mutual_board_right_get_directors (x), ==, mutual_board_right_get_directors (y));
    }

  la = mutual_model_get_agreement_rights (a);
  lb = mutual_model_get_agreement_rights (b);
  g_assert_cmpuint (g_list_model_get_n_items (la), ==, g_list_model_get_n_items (lb));
  for (guint i = 0; i < g_list_model_get_n_items (la); i++)
    {
      g_autoptr(MutualAgreementRight) x = g_list_model_get_item (la, i);
      g_autoptr(MutualAgreementRight) y = g_list_model_get_item (lb, i);

      g_assert_cmpstr (mutual_agreement_right_get_holder (x), ==, mutual_agreement_right_get_holder (y));
      g_assert_cmpstr (mutual_agreement_right_get_company (x), ==, mutual_agreement_right_get_company (y));
      g_assert_cmpint (mutual_agreement_right_get_dimension (x), ==, mutual_agreement_right_get_dimension (y));
      g_assert_true (mutual_fraction_equal (mutual_agreement_right_get_share (x), mutual_agreement_right_get_share (y)));
      g_assert_cmpint (mutual_agreement_right_get_veto (x), ==, mutual_agreement_right_get_veto (y));
      g_assert_cmpstr (mutual_agreement_right_get_source (x), ==, mutual_agreement_right_get_source (y));
    }
}

static void
test_examples_round_trip (void)
{
  g_auto(GStrv) names = mutual_model_list_examples ();
  g_autofree char *dir = g_dir_make_tmp ("mutual-save-XXXXXX", NULL);

  g_assert_nonnull (names[0]);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MutualModel) model = mutual_model_new_from_example (names[i], &error);
      g_autoptr(MutualModel) again = NULL;
      g_autoptr(MutualModel) third = NULL;
      g_autofree char *path = g_build_filename (dir, "model.json", NULL);
      g_autofree char *first = NULL, *second = NULL;

      g_assert_no_error (error);
      g_assert_true (mutual_model_save_to_file (model, path, &error));
      again = mutual_model_new_from_file (path, &error);
      g_assert_no_error (error);
      assert_models_equal (model, again);
      /* and saving what was read gives the same file */
      first = mutual_model_to_data (model, NULL);
      second = mutual_model_to_data (again, NULL);
      g_assert_cmpstr (first, ==, second);
      /* overwriting an existing file */
      g_assert_true (mutual_model_save_to_file (again, path, &error));
      third = mutual_model_new_from_file (path, &error);
      g_assert_no_error (error);
      assert_models_equal (model, third);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* A model the format cannot hold is refused before anything is written. */
static void
test_unsaveable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_example ("mycsp-2012", &error);
  g_autofree char *dir = g_dir_make_tmp ("mutual-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "model.json", NULL);
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *long_text = g_strnfill (4097, 'x');
  g_autoptr(MutualParty) nameless = mutual_party_new ("nameless", "", MUTUAL_PARTY_KIND_PERSON);
  g_autoptr(MutualHolding) dangling = mutual_holding_new ("nobody", "mycsp-ordinary", 1);

  g_assert_true (mutual_model_save_to_file (model, path, &error));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  mutual_model_set_description (model, long_text);
  g_assert_false (mutual_model_save_to_file (model, path, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "cannot save: description: is longer than 4096 bytes"));
  g_clear_error (&error);
  mutual_model_set_description (model, NULL);

  g_assert_true (mutual_model_add_party (model, nameless, &error));
  g_assert_false (mutual_model_save_to_file (model, path, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "name: must not be empty"));
  g_clear_error (&error);
  g_assert_true (mutual_model_remove_party (model, "nameless", &error));

  g_assert_true (mutual_model_add_holding (model, dangling, &error));
  g_assert_false (mutual_model_save_to_file (model, path, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNKNOWN_ID);
  g_clear_error (&error);

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (count_entries (dir), ==, 1);
  g_unlink (path);
  g_rmdir (dir);
}

/* json-glib 1.6 writes U+001F unescaped; the writer escapes it. */
static void
test_unit_separator (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new ();
  g_autoptr(MutualModel) again = NULL;
  g_autoptr(MutualParty) party = mutual_party_new ("a", "A\x1f\x01" "B", MUTUAL_PARTY_KIND_COMPANY);
  g_autoptr(MutualParty) bad_id = mutual_party_new ("a\x1f" "b", "B", MUTUAL_PARTY_KIND_COMPANY);
  g_autofree char *text = NULL;

  g_assert_true (mutual_model_add_party (model, party, &error));
  text = mutual_model_to_data (model, NULL);
  g_assert_nonnull (strstr (text, "A\\u001f\\u0001B"));
  again = mutual_model_new_from_data (text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mutual_party_get_name (mutual_model_lookup_party (again, "a")), ==, "A\x1f\x01" "B");

  /* U+001F joins composite keys, so no id may hold it */
  g_assert_false (mutual_model_add_party (model, bad_id, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mutual/save/write-fails-midway", test_write_fails_midway);
  g_test_add_func ("/mutual/save/read-only-folder", test_read_only_folder);
  g_test_add_func ("/mutual/save/examples-round-trip", test_examples_round_trip);
  g_test_add_func ("/mutual/save/unsaveable", test_unsaveable);
  g_test_add_func ("/mutual/save/unit-separator", test_unit_separator);

  return g_test_run ();
}
