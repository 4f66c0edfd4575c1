/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include <libmutual/mutual.h>

/* The SVG read back with GMarkup: every <g> with its class and data-*
 * attributes, the lane it is in, and the text inside it. */

typedef struct
{
  char *klass;
  char *lane;
  char *date;
  char *start;
  char *end;
  char *extended_to;
  GString *text;
  GPtrArray *ys;         /* the y of each <text> inside, as strings */
} Group;

typedef struct
{
  GPtrArray *groups;     /* Group, innermost last while open */
  GPtrArray *open;       /* the groups being read, one per open <g> (NULL for none) */
  GPtrArray *years;      /* the text of every <text class="year"> */
  char *lane;
  gboolean in_year;
  gboolean in_title;
} Reader;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->klass);
  g_free (group->lane);
  g_free (group->date);
  g_free (group->start);
  g_free (group->end);
  g_free (group->extended_to);
  g_string_free (group->text, TRUE);
  g_ptr_array_unref (group->ys);
  g_free (group);
}

static const char *
attr (const char **names,
      const char **values,
      const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];
  return NULL;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              data,
               GError              **error)
{
  Reader *reader = data;
  Group *open = reader->open->len ? g_ptr_array_index (reader->open, reader->open->len - 1) : NULL;

  if (g_str_equal (element, "g"))
    {
      Group *group = NULL;

      if (g_strcmp0 (attr (names, values, "class"), "lane") == 0)
        {
          g_free (reader->lane);
          reader->lane = g_strdup (attr (names, values, "data-lane"));
        }
      else if (attr (names, values, "class") != NULL)
        {
          group = g_new0 (Group, 1);
          group->klass = g_strdup (attr (names, values, "class"));
          group->lane = g_strdup (reader->lane);
          group->date = g_strdup (attr (names, values, "data-date"));
          group->start = g_strdup (attr (names, values, "data-start"));
          group->end = g_strdup (attr (names, values, "data-end"));
          group->extended_to = g_strdup (attr (names, values, "data-extended-to"));
          group->text = g_string_new (NULL);
          group->ys = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (reader->groups, group);
        }
      g_ptr_array_add (reader->open, group);
    }
  else if (g_str_equal (element, "text"))
    {
      reader->in_year = g_strcmp0 (attr (names, values, "class"), "year") == 0;
      if (reader->in_year)
        g_ptr_array_add (reader->years, g_strdup (""));
      if (open != NULL)
        g_ptr_array_add (open->ys, g_strdup (attr (names, values, "y")));
    }
  else if (g_str_equal (element, "title"))
    reader->in_title = TRUE;
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              data,
             GError              **error)
{
  Reader *reader = data;

  if (g_str_equal (element, "g"))
    g_ptr_array_remove_index (reader->open, reader->open->len - 1);
  else if (g_str_equal (element, "text"))
    reader->in_year = FALSE;
  else if (g_str_equal (element, "title"))
    reader->in_title = FALSE;
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 length,
      gpointer              data,
      GError              **error)
{
  Reader *reader = data;
  Group *open = reader->open->len ? g_ptr_array_index (reader->open, reader->open->len - 1) : NULL;

  if (reader->in_title)
    return;
  if (reader->in_year)
    {
      char **last = (char **) &g_ptr_array_index (reader->years, reader->years->len - 1);
      g_autofree char *piece = g_strndup (text, length);
      char *joined = g_strconcat (*last, piece, NULL);

      g_free (*last);
      *last = joined;
    }
  if (open != NULL)
    g_string_append_len (open->text, text, length);
}

static Reader *
read_svg (const char *svg)
{
  static const GMarkupParser parser = { start_element, end_element, text, NULL, NULL };
  Reader *reader = g_new0 (Reader, 1);
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;

  reader->groups = g_ptr_array_new_with_free_func (group_free);
  reader->open = g_ptr_array_new ();
  reader->years = g_ptr_array_new_with_free_func (g_free);
  context = g_markup_parse_context_new (&parser, 0, reader, NULL);
  g_assert_true (g_str_has_prefix (svg, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""));
  g_assert_true (g_markup_parse_context_parse (context, svg, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (reader->open->len, ==, 0);
  return reader;
}

static void
reader_free (Reader *reader)
{
  g_ptr_array_unref (reader->groups);
  g_ptr_array_unref (reader->open);
  g_ptr_array_unref (reader->years);
  g_free (reader->lane);
  g_free (reader);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Reader, reader_free)

/* The groups of @klass ("marker due") in @lane (or any lane if NULL). */
static GPtrArray *
find (Reader     *reader,
      const char *klass,
      const char *lane)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < reader->groups->len; i++)
    {
      Group *group = g_ptr_array_index (reader->groups, i);

      if (g_str_equal (group->klass, klass) && (lane == NULL || g_strcmp0 (group->lane, lane) == 0))
        g_ptr_array_add (found, group);
    }
  return found;
}

static guint
count_found (Reader     *reader,
             const char *klass,
             const char *lane)
{
  g_autoptr(GPtrArray) found = find (reader, klass, lane);

  return found->len;
}

static Group *
find_one (Reader     *reader,
          const char *klass,
          const char *lane)
{
  g_autoptr(GPtrArray) found = find (reader, klass, lane);

  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

static const char *LBHF_3BM = "London Borough of Hammersmith & Fulham → 3BM Limited";
static const char *TUPE_3BM = "TUPE 3bm-2013: transfer to 3BM Limited";

static void
test_3bm_model (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = mutual_model_new_from_example ("3bm-2013", &error);
  g_autoptr(MutualTimelinePicture) picture = mutual_timeline_picture_new ("3BM <2013> & after");
  g_autoptr(MutualProcurement) procurement = NULL;
  g_autoptr(MutualGracePeriod) period = NULL;
  g_autoptr(MutualTransferAnalysis) transfer = NULL;
  g_autoptr(Reader) reader = NULL;
  g_autoptr(GPtrArray) done = NULL;
  g_autofree char *svg = NULL;
  GListModel *calendar;
  MutualContract *contract;
  Group *group;

  g_assert_no_error (error);
  g_assert_true (mutual_timeline_picture_add_model (picture, model, &error));
  g_assert_no_error (error);
  mutual_timeline_picture_set_as_at (picture, mutual_model_get_date (model));
  g_assert_cmpuint (mutual_timeline_picture_get_n_lanes (picture), ==, 2);
  svg = mutual_timeline_picture_to_svg (picture);
  reader = read_svg (svg);
  g_assert_nonnull (strstr (svg, "<title>3BM &lt;2013&gt; &amp; after</title>"));

  /* the contract as a bar with its options to extend, not reserved */
  contract = mutual_model_lookup_contract (model, "3bm-schools-support");
  group = find_one (reader, "span plain", LBHF_3BM);
  g_assert_cmpstr (group->start, ==, mutual_contract_get_start (contract));
  g_assert_cmpstr (group->end, ==, "2017-04-01");
  g_assert_cmpstr (group->extended_to, ==, "2020-04-01");
  g_assert_nonnull (strstr (group->text->str, "3bm-schools-support"));
  g_assert_cmpuint (count_found (reader, "span reserved", NULL), ==, 0);
  g_assert_cmpuint (count_found (reader, "span protected", NULL), ==, 0);

  /* the grace period's dates, as the procurement layer computes them */
  procurement = mutual_procurement_new (model);
  period = mutual_procurement_get_grace_period (procurement, "3bm", "lbhf", &error);
  g_assert_no_error (error);
  group = find_one (reader, "marker due", LBHF_3BM);
  g_assert_cmpstr (group->date, ==, mutual_grace_period_get_open_competition_due (period));
  g_assert_cmpstr (group->date, ==, "2020-04-02");
  g_assert_nonnull (strstr (group->text->str, "2020-04-02  open competition due"));
  group = find_one (reader, "marker allowed", LBHF_3BM);
  g_assert_cmpstr (group->date, ==, mutual_grace_period_get_next_reservation_allowed (period));
  g_assert_nonnull (strstr (group->text->str, "next reservation allowed"));

  /* the TUPE calendar: every obligation done in time, at its due date */
  transfer = mutual_transfer_analysis_new (model, "3bm-2013", &error);
  g_assert_no_error (error);
  calendar = mutual_transfer_analysis_get_calendar (transfer);
  done = find (reader, "marker done", TUPE_3BM);
  g_assert_cmpuint (done->len, ==, g_list_model_get_n_items (calendar));
  g_assert_cmpuint (done->len, ==, 3);
  for (guint i = 0; i < done->len; i++)
    {
      g_autoptr(MutualObligation) obligation = g_list_model_get_item (calendar, i);
      gboolean seen = FALSE;

      for (guint j = 0; j < done->len; j++)
        {
          Group *marker = g_ptr_array_index (done, j);

          seen |= g_str_equal (marker->date, mutual_obligation_get_due (obligation)) &&
                  strstr (marker->text->str, mutual_obligation_get_done (obligation)) != NULL;
        }
      g_assert_true (seen);
    }
  g_assert_cmpuint (count_found (reader, "marker late", NULL), ==, 0);
  group = find_one (reader, "marker plain", TUPE_3BM);
  g_assert_cmpstr (group->date, ==, "2013-04-02");
  /* labels on the same few days stack in rows: no two share a line */
  for (guint i = 0; i < reader->groups->len; i++)
    for (guint j = i + 1; j < reader->groups->len; j++)
      {
        Group *a = g_ptr_array_index (reader->groups, i), *b = g_ptr_array_index (reader->groups, j);

        if (g_str_has_prefix (a->klass, "marker") && g_str_has_prefix (b->klass, "marker") &&
            g_strcmp0 (a->lane, TUPE_3BM) == 0 && g_strcmp0 (b->lane, TUPE_3BM) == 0)
          g_assert_cmpstr (g_ptr_array_index (a->ys, 0), !=, g_ptr_array_index (b->ys, 0));
      }

  /* the axis: every year from the first date to the last */
  g_assert_cmpuint (reader->years->len, ==, 8);
  for (guint i = 0; i < reader->years->len; i++)
    {
      g_autofree char *year = g_strdup_printf ("%u", 2013 + i);

      g_assert_cmpstr (g_ptr_array_index (reader->years, i), ==, year);
    }
  group = find_one (reader, "as-at", NULL);
  g_assert_cmpstr (group->date, ==, "2013-04-24");
  g_assert_nonnull (find_one (reader, "legend", NULL));
}

static void
test_late_obligation (void)
{
  g_autofree char *path = g_build_filename (MUTUAL_TEST_SRCDIR, "examples", "models", "3bm-2013.json", NULL);
  g_autofree char *json = NULL;
  g_autoptr(GString) late = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = NULL;
  g_autoptr(MutualTimelinePicture) picture = mutual_timeline_picture_new (NULL);
  g_autoptr(MutualTransferAnalysis) transfer = NULL;
  g_autoptr(MutualObligation) eli = NULL;
  g_autoptr(Reader) reader = NULL;
  g_autofree char *svg = NULL;
  Group *group;

  g_assert_true (g_file_get_contents (path, &json, NULL, &error));
  /* the employee liability information sent after it fell due */
  late = g_string_new (json);
  g_assert_cmpuint (g_string_replace (late, "\"eli_sent\": \"2013-03-01\"", "\"eli_sent\": \"2013-03-25\"", 1), ==, 1);
  model = mutual_model_new_from_data (late->str, late->len, &error);
  g_assert_no_error (error);
  transfer = mutual_transfer_analysis_new (model, "3bm-2013", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (mutual_transfer_analysis_get_calendar (transfer)); i++)
    {
      g_autoptr(MutualObligation) obligation = g_list_model_get_item (mutual_transfer_analysis_get_calendar (transfer), i);

      if (g_str_equal (mutual_obligation_get_code (obligation), "tupe.eli"))
        eli = g_object_ref (obligation);
    }
  g_assert_nonnull (eli);

  /* judged the day before it fell due, it is not late yet */
  g_assert_true (mutual_timeline_picture_add_transfer (picture, transfer, "2013-03-18", &error));
  svg = mutual_timeline_picture_to_svg (picture);
  reader = read_svg (svg);
  g_assert_cmpuint (count_found (reader, "marker late", NULL), ==, 0);
  g_clear_pointer (&reader, reader_free);
  g_clear_pointer (&svg, g_free);
  g_clear_object (&picture);

  picture = mutual_timeline_picture_new (NULL);
  g_assert_true (mutual_timeline_picture_add_transfer (picture, transfer, NULL, &error));
  g_assert_no_error (error);
  svg = mutual_timeline_picture_to_svg (picture);
  reader = read_svg (svg);
  group = find_one (reader, "marker late", TUPE_3BM);
  g_assert_cmpstr (group->date, ==, mutual_obligation_get_due (eli));
  g_assert_nonnull (strstr (group->text->str, "employee liability information, done 2013-03-25: LATE"));
  g_assert_cmpuint (count_found (reader, "marker done", TUPE_3BM), ==, 2);

  /* a bad date adds nothing */
  g_assert_false (mutual_timeline_picture_add_transfer (picture, transfer, "2013-02-30", &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE);
}

static void
test_scenario (void)
{
  g_autofree char *path = g_build_filename (MUTUAL_TEST_SRCDIR, "examples", "scenarios",
                                            "3bm-transfer-and-contracts.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualScenario) scenario = mutual_scenario_new_from_file (path, NULL, &error);
  g_autoptr(MutualTimeline) timeline = NULL;
  g_autoptr(MutualTimelinePicture) picture = mutual_timeline_picture_new (NULL);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(Reader) reader = NULL;
  g_autofree char *svg = NULL;
  Group *group;

  g_assert_no_error (error);
  timeline = mutual_scenario_run (scenario, &error);
  g_assert_no_error (error);
  mutual_timeline_picture_add_scenario (picture, timeline, "What if");
  g_assert_true (mutual_timeline_picture_add_procurement (picture, mutual_timeline_final (timeline), &error));
  g_assert_no_error (error);
  svg = mutual_timeline_picture_to_svg (picture);
  reader = read_svg (svg);

  events = find (reader, "marker plain", "What if");
  g_assert_cmpuint (events->len, ==, mutual_timeline_get_n_events (timeline));
  for (guint i = 0; i < events->len; i++)
    {
      Group *marker = g_ptr_array_index (events, i);
      MutualEvent *event = mutual_timeline_get_event (timeline, i);

      g_assert_cmpstr (marker->date, ==, mutual_event_get_date (event));
      g_assert_true (g_str_has_prefix (marker->text->str, mutual_event_get_date (event)));
    }
  /* the early end and the reserved re-award, with its protected period */
  group = find_one (reader, "span plain", LBHF_3BM);
  g_assert_cmpstr (group->end, ==, "2016-03-31");
  group = find_one (reader, "span reserved", LBHF_3BM);
  g_assert_cmpstr (group->start, ==, "2016-04-01");
  g_assert_cmpstr (group->end, ==, "2019-03-31");
  g_assert_nonnull (strstr (group->text->str, "reserved"));
  group = find_one (reader, "span protected", LBHF_3BM);
  g_assert_cmpstr (group->start, ==, "2016-04-01");
  g_assert_cmpstr (group->end, ==, "2019-03-31");
  group = find_one (reader, "marker due", LBHF_3BM);
  g_assert_cmpstr (group->date, ==, "2019-04-01");
  /* the events lane comes first: lanes keep the order they were added in */
  g_assert_cmpstr (((Group *) g_ptr_array_index (reader->groups, 1))->lane, ==, "What if");
}

static void
test_spans_markers_and_errors (void)
{
  g_autoptr(MutualTimelinePicture) picture = mutual_timeline_picture_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(Reader) reader = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *svg = NULL;
  g_autoptr(GPtrArray) same_day = NULL;

  empty = mutual_timeline_picture_to_svg (picture);
  reader = read_svg (empty);
  g_assert_nonnull (strstr (empty, "Nothing dated to draw."));
  g_clear_pointer (&reader, reader_free);

  g_assert_false (mutual_timeline_picture_add_span (picture, "a", "x", "2020-01-01", "2019-12-31", NULL,
                                                    MUTUAL_TIMELINE_MARK_PLAIN, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_ORDER);
  g_clear_error (&error);
  g_assert_false (mutual_timeline_picture_add_span (picture, "a", "x", "2020-01-01", "2020-12-31", "2020-06-30",
                                                    MUTUAL_TIMELINE_MARK_PLAIN, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_ORDER);
  g_clear_error (&error);
  g_assert_false (mutual_timeline_picture_add_marker (picture, "a", "1 May 2020", "x", MUTUAL_TIMELINE_MARK_DUE, &error));
  g_assert_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "“x”"));
  g_clear_error (&error);
  g_assert_cmpuint (mutual_timeline_picture_get_n_lanes (picture), ==, 0);

  /* markup in names is escaped; five labels on one day take five rows */
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *label = g_strdup_printf ("<step %u> & more", i);

      g_assert_true (mutual_timeline_picture_add_marker (picture, "Plans <&> \"dates\"", "2021-06-30", label,
                                                         MUTUAL_TIMELINE_MARK_DUE, &error));
    }
  g_assert_true (mutual_timeline_picture_add_span (picture, "Plans <&> \"dates\"", "a long thing", "2010-01-01",
                                                   "2031-12-31", NULL, MUTUAL_TIMELINE_MARK_RESERVED, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mutual_timeline_picture_get_n_lanes (picture), ==, 1);
  svg = mutual_timeline_picture_to_svg (picture);
  reader = read_svg (svg);
  same_day = find (reader, "marker due", "Plans <&> \"dates\"");
  g_assert_cmpuint (same_day->len, ==, 5);
  for (guint i = 0; i < 5; i++)
    for (guint j = i + 1; j < 5; j++)
      g_assert_cmpstr (g_ptr_array_index (((Group *) g_ptr_array_index (same_day, i))->ys, 0), !=,
                       g_ptr_array_index (((Group *) g_ptr_array_index (same_day, j))->ys, 0));
  g_assert_nonnull (strstr (((Group *) g_ptr_array_index (same_day, 0))->text->str, "2021-06-30  <step 0> & more"));
  /* 22 years: a label every other year, from 2010 */
  g_assert_cmpuint (reader->years->len, ==, 11);
  g_assert_cmpstr (g_ptr_array_index (reader->years, 0), ==, "2010");
  g_assert_cmpstr (g_ptr_array_index (reader->years, 10), ==, "2030");
}

static void
test_as_at_must_be_a_date (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(MutualTimelinePicture) picture = mutual_timeline_picture_new (NULL);

      mutual_timeline_picture_set_as_at (picture, "soon");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*mutual_timeline_picture_set_as_at*");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/mutual/timeline-picture/3bm-model", test_3bm_model);
  g_test_add_func ("/mutual/timeline-picture/late-obligation", test_late_obligation);
  g_test_add_func ("/mutual/timeline-picture/scenario", test_scenario);
  g_test_add_func ("/mutual/timeline-picture/spans-markers-errors", test_spans_markers_and_errors);
  g_test_add_func ("/mutual/timeline-picture/as-at-must-be-a-date", test_as_at_must_be_a_date);
  return g_test_run ();
}
