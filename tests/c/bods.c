/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include <libmutual/mutual.h>

#define ENTITY(id, name) \
  "{\"statementId\":\"" id "-statement-000000000000000000000000\",\"statementDate\":\"2020-01-01\"," \
  "\"declarationSubject\":\"co\",\"recordId\":\"" id "\",\"recordType\":\"entity\",\"recordStatus\":\"new\"," \
  "\"recordDetails\":{\"isComponent\":false,\"entityType\":{\"type\":\"registeredEntity\"},\"name\":\"" name "\"}}"
#define HOLDS(id, subject, party, share) \
  "{\"statementId\":\"" id "-statement-000000000000000000000000\",\"statementDate\":\"2020-01-01\"," \
  "\"declarationSubject\":\"co\",\"recordId\":\"" id "\",\"recordType\":\"relationship\",\"recordStatus\":\"new\"," \
  "\"recordDetails\":{\"isComponent\":false,\"subject\":\"" subject "\",\"interestedParty\":\"" party "\"," \
  "\"interests\":[{\"type\":\"shareholding\",\"directOrIndirect\":\"direct\",\"share\":" share "}]}}"

static gint64
count_of (MutualModel *model,
          const char  *holder,
          const char  *klass)
{
  MutualHolding *holding = mutual_model_lookup_holding (model, holder, klass);

  return holding ? mutual_holding_get_count (holding) : 0;
}

static void
test_exact_counts (void)
{
  const char *data = "[" ENTITY ("co", "Co") "," ENTITY ("a", "A") "," ENTITY ("b", "B") ","
                     HOLDS ("r1", "co", "a", "{\"exact\":76.5}") "," HOLDS ("r2", "co", "b", "{\"exact\":20}") "]";
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualBodsPackage) package = mutual_bods_package_new_from_data (data, -1, MUTUAL_BODS_READ_NONE, &error);
  MutualModel *model;

  g_assert_no_error (error);
  g_assert_cmpstr (mutual_bods_package_get_version (package), ==, "0.4");
  model = mutual_bods_package_get_model (package);
  /* 76.5% and 20% of 200 shares; the undisclosed 3.5% is the rest */
  g_assert_cmpint (count_of (model, "a", "co#bods-ordinary"), ==, 153);
  g_assert_cmpint (count_of (model, "b", "co#bods-ordinary"), ==, 40);
  g_assert_cmpint (count_of (model, "co#undisclosed", "co#bods-ordinary"), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (mutual_bods_package_get_changes (package)), ==, 5);
}

/* What the reader makes from its input is freed with the package: the id
 * and name of the undisclosed holders are not interned (an interned string
 * lives as long as the process, so a host reading many files grew). */
static void
test_nothing_interned (void)
{
  const char *data = "[" ENTITY ("co-intern-check", "Co") "," ENTITY ("a", "A") ","
                     HOLDS ("r1", "co-intern-check", "a", "{\"exact\":50}") "]";
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualBodsPackage) package = mutual_bods_package_new_from_data (data, -1, MUTUAL_BODS_READ_NONE, &error);

  g_assert_no_error (error);
  g_assert_cmpint (count_of (mutual_bods_package_get_model (package), "co-intern-check#undisclosed",
                             "co-intern-check#bods-ordinary"), >, 0);
  g_assert_cmpuint (g_quark_try_string ("co-intern-check#undisclosed"), ==, 0);
  g_assert_cmpuint (g_quark_try_string ("Undisclosed holders in Co"), ==, 0);
}

static void
test_boundary_shares (void)
{
  struct {
    const char *share;
    gboolean ok;
  } cases[] = {
    { "{\"exact\":0}", TRUE },
    { "{\"exact\":100}", TRUE },
    { "{\"exact\":100.0000001}", FALSE },
    { "{\"exact\":-0.0000001}", FALSE },
    { "{\"minimum\":50,\"maximum\":50}", TRUE },
    { "{\"minimum\":50,\"exclusiveMaximum\":50}", FALSE },
    { "{\"exclusiveMinimum\":100}", FALSE },
    { "{\"exclusiveMaximum\":0}", FALSE },
    { "{\"exclusiveMinimum\":25,\"maximum\":25.000001}", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *data = g_strconcat ("[" ENTITY ("co", "Co") "," ENTITY ("a", "A") ",",
                                           "{\"statementId\":\"r1-statement-000000000000000000000000\","
                                           "\"statementDate\":\"2020-01-01\",\"declarationSubject\":\"co\","
                                           "\"recordId\":\"r1\",\"recordType\":\"relationship\",\"recordStatus\":\"new\","
                                           "\"recordDetails\":{\"isComponent\":false,\"subject\":\"co\",\"interestedParty\":\"a\","
                                           "\"interests\":[{\"type\":\"shareholding\",\"directOrIndirect\":\"direct\",\"share\":",
                                           cases[i].share, "}]}}]", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(MutualBodsPackage) package = mutual_bods_package_new_from_data (data, -1, MUTUAL_BODS_READ_NONE, &error);

      if (cases[i].ok)
        g_assert_no_error (error);
      else
        {
          g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, "$[2].recordDetails.interests[0].share"));
        }
    }
}

static void
test_narrow_band (void)
{
  /* a band narrower than 0.001 points is held at its midpoint */
  const char *data = "[" ENTITY ("co", "Co") "," ENTITY ("a", "A") ","
                     HOLDS ("r1", "co", "a", "{\"exclusiveMinimum\":25,\"maximum\":25.000001}") "]";
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualBodsPackage) package = mutual_bods_package_new_from_data (data, -1, MUTUAL_BODS_READ_NONE, &error);
  MutualModel *model;
  gint64 held, rest;

  g_assert_no_error (error);
  model = mutual_bods_package_get_model (package);
  held = count_of (model, "a", "co#bods-ordinary");
  rest = count_of (model, "co#undisclosed", "co#bods-ordinary");
  /* (25 + 25.000001) / 2 per cent = 50000001 / 200000000 */
  g_assert_cmpint (held, ==, 50000001);
  g_assert_cmpint (held + rest, ==, 200000000);
}

static void
test_not_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualBodsPackage) package = mutual_bods_package_new_from_data ("[{", -1, MUTUAL_BODS_READ_NONE, &error);

  g_assert_null (package);
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE);
}

static void
test_null_data (void)
{
  if (g_test_subprocess ())
    {
      mutual_bods_package_new_from_data (NULL, 0, MUTUAL_BODS_READ_NONE, NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*data != NULL*");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/mutual/bods/exact-counts", test_exact_counts);
  g_test_add_func ("/mutual/bods/nothing-interned", test_nothing_interned);
  g_test_add_func ("/mutual/bods/boundary-shares", test_boundary_shares);
  g_test_add_func ("/mutual/bods/narrow-band", test_narrow_band);
  g_test_add_func ("/mutual/bods/not-json", test_not_json);
  g_test_add_func ("/mutual/bods/null-data", test_null_data);
  return g_test_run ();
}
