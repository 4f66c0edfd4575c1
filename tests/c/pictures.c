/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include <libmutual/mutual.h>

static MutualModel *
golden_model (void)
{
  MutualModel *model = mutual_model_new ();
  g_autoptr(MutualParty) co = g_object_new (MUTUAL_TYPE_PARTY, "id", "co", "name", "Care \"Mutual\" Ltd",
                                            "kind", MUTUAL_PARTY_KIND_COMPANY, NULL);
  g_autoptr(MutualParty) council = mutual_party_new ("council", "Council", MUTUAL_PARTY_KIND_PUBLIC_BODY);
  g_autoptr(MutualParty) staff = mutual_party_new ("staff", "Staff co-op", MUTUAL_PARTY_KIND_COOPERATIVE);
  g_autoptr(MutualShareClass) ordinary = g_object_new (MUTUAL_TYPE_SHARE_CLASS, "id", "ord", "issuer", "co",
                                                       "name", "Ordinary", "votes-per-share", 1, "nominal-value", (gint64) 100, NULL);
  g_autoptr(MutualShareClass) golden = g_object_new (MUTUAL_TYPE_SHARE_CLASS, "id", "gold", "issuer", "co", "name", "Golden",
                                                     "votes-per-share", 0, "nominal-value", (gint64) 0,
                                                     "special-rights", MUTUAL_SPECIAL_RIGHTS_VETO_RESERVED_MATTERS, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (mutual_model_add_party (model, co, &error));
  g_assert_true (mutual_model_add_party (model, council, &error));
  g_assert_true (mutual_model_add_party (model, staff, &error));
  g_assert_true (mutual_model_add_share_class (model, ordinary, &error));
  g_assert_true (mutual_model_add_share_class (model, golden, &error));
  g_assert_true (mutual_model_set_holding (model, "staff", "ord", 2, &error));
  g_assert_true (mutual_model_set_holding (model, "council", "ord", 1, &error));
  g_assert_true (mutual_model_set_holding (model, "council", "gold", 1, &error));
  g_assert_no_error (error);
  return model;
}

static void
test_dot (void)
{
  g_autoptr(MutualModel) model = golden_model ();
  g_autofree char *dot = mutual_model_to_dot (model);

  /* names are quoted for DOT; a third is exact but rounded for show */
  g_assert_nonnull (strstr (dot, "label=\"Care \\\"Mutual\\\" Ltd\\n(company)\""));
  g_assert_nonnull (strstr (dot, "\"staff\" [shape=octagon"));
  g_assert_nonnull (strstr (dot, "\"staff\" -> \"co\" [label=\"~66.6667%\""));
  g_assert_nonnull (strstr (dot, "\"council\" -> \"co\" [label=\"~33.3333%\""));
  g_assert_nonnull (strstr (dot, "\"council\" -> \"co\" [label=\"golden share: veto over reserved matters\", class=\"control\""));
}

static void
test_dot_format_needs_no_graphviz (void)
{
  g_autoptr(MutualModel) model = golden_model ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = mutual_model_render_diagram (model, "dot", &error);
  g_autoptr(GBytes) none = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (memcmp (g_bytes_get_data (bytes, NULL), "digraph", 7), ==, 0);
  none = mutual_model_render_diagram (model, "bmp", &error);
  g_assert_null (none);
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNSUPPORTED);
}

static void
test_report_sections (void)
{
  g_autoptr(MutualModel) model = golden_model ();
  g_autoptr(GError) error = NULL;
  g_autofree char *html = mutual_model_to_html_report (model, &error);
  const char *sections[] = { "diagram", "holders", "control", "psc", "power", "findings", "timeline" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *tag = g_strdup_printf ("<section id=\"%s\">", sections[i]);

      g_assert_nonnull (strstr (html, tag));
    }
  /* the council's golden share is a veto over reserved matters */
  g_assert_nonnull (strstr (html, "Care &quot;Mutual&quot; Ltd"));
  g_assert_nonnull (strstr (strstr (html, "<section id=\"control\">"), "Council</td></tr>"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/mutual/pictures/dot", test_dot);
  g_test_add_func ("/mutual/pictures/dot-format", test_dot_format_needs_no_graphviz);
  g_test_add_func ("/mutual/pictures/report-sections", test_report_sections);
  return g_test_run ();
}
