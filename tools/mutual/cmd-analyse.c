/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <stdio.h>
#include <string.h>

#include "mutual-cli.h"

/* `mutual analyse`: who owns and who controls each company. The --json
 * output is documented in docs/cli-analyse.md; scripts rely on it. */

static const MutualDimension dimensions[] = {
  MUTUAL_DIMENSION_SHARES, MUTUAL_DIMENSION_VOTES, MUTUAL_DIMENSION_PROFITS, MUTUAL_DIMENSION_CAPITAL,
};

static const char *
psc_kind_name (MutualPscKind kind)
{
  switch (kind)
    {
    case MUTUAL_PSC_KIND_INDIVIDUAL:
      return "individual";
    case MUTUAL_PSC_KIND_LEGAL_PERSON:
      return "legal-person";
    case MUTUAL_PSC_KIND_RELEVANT_LEGAL_ENTITY:
      return "relevant-legal-entity";
    default:
      return "unknown";
    }
}

/* ── JSON, written as it is made ───────────────────────────────────────
 * The same bytes as json-glib 1.6's generator, pretty with an indent of 2
 * (what mutual_cli_print_json() printed when the output was built as a
 * tree first): `"name" : value`, one member or element a line, `[]` for an
 * empty array, doubles as %.17g with ".0" added when there is no point,
 * and its string escapes. */

typedef struct
{
  GString *s;
  guint depth;
  guint count[8];
} JsonOut;

static void
json_newline (JsonOut *w)
{
  g_string_append_c (w->s, '\n');
  for (guint i = 0; i < w->depth; i++)
    g_string_append_len (w->s, "  ", 2);
}

static void
json_next (JsonOut *w)
{
  if (w->count[w->depth]++ > 0)
    g_string_append_c (w->s, ',');
  json_newline (w);
}

static void
json_member (JsonOut    *w,
             const char *name)
{
  json_next (w);
  g_string_append_c (w->s, '"');
  g_string_append (w->s, name);   /* names are ASCII constants */
  g_string_append_len (w->s, "\" : ", 4);
}

static void
json_begin (JsonOut *w,
            char     open)
{
  g_string_append_c (w->s, open);
  w->depth++;
  g_assert (w->depth < G_N_ELEMENTS (w->count));
  w->count[w->depth] = 0;
}

static void
json_end (JsonOut *w,
          char     close)
{
  guint n = w->count[w->depth];

  w->depth--;
  /* an empty object never occurs here (json-glib writes it "{  }") */
  if (n > 0)
    json_newline (w);
  g_string_append_c (w->s, close);
}

static void
json_string (JsonOut    *w,
             const char *text)
{
  static const char hex[] = "0123456789abcdef";
  const char *run = text;

  /* json-glib writes a NULL string (an undated model's date) as null */
  if (text == NULL)
    {
      g_string_append_len (w->s, "null", 4);
      return;
    }
  g_string_append_c (w->s, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      const char *escape = NULL;
      char unicode[7];

      switch (c)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        default:
          /* json-glib 1.6 leaves 0x1f as it is and escapes DEL */
          if (c < 0x1f || c == 0x7f)
            {
              unicode[0] = '\\';
              unicode[1] = 'u';
              unicode[2] = '0';
              unicode[3] = '0';
              unicode[4] = hex[c >> 4];
              unicode[5] = hex[c & 0xf];
              unicode[6] = '\0';
              escape = unicode;
            }
        }
      if (escape == NULL)
        continue;
      g_string_append_len (w->s, run, p - run);
      g_string_append (w->s, escape);
      run = p + 1;
    }
  g_string_append (w->s, run);
  g_string_append_c (w->s, '"');
}

static void
json_member_string (JsonOut    *w,
                    const char *name,
                    const char *text)
{
  json_member (w, name);
  json_string (w, text);
}

static void
json_member_double (JsonOut    *w,
                    const char *name,
                    double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  json_member (w, name);
  g_ascii_formatd (buf, sizeof buf, "%.17g", value);
  g_string_append (w->s, buf);
  if (strchr (buf, '.') == NULL)
    g_string_append_len (w->s, ".0", 2);
}

static void
fraction_append (GString              *s,
                 const MutualFraction *f)
{
  if (f->denominator == 1)
    g_string_append_printf (s, "%" G_GINT64_FORMAT, f->numerator);
  else
    g_string_append_printf (s, "%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, f->numerator, f->denominator);
}

/* fractions are digits, "-" and "/": nothing to escape */
static void
json_member_fraction (JsonOut              *w,
                      const char           *name,
                      const MutualFraction *f)
{
  json_member (w, name);
  g_string_append_c (w->s, '"');
  fraction_append (w->s, f);
  g_string_append_c (w->s, '"');
}

static void
json_member_strv (JsonOut            *w,
                  const char         *name,
                  const char * const *values)
{
  json_member (w, name);
  json_begin (w, '[');
  for (guint i = 0; values[i] != NULL; i++)
    {
      json_next (w);
      json_string (w, values[i]);
    }
  json_end (w, ']');
}

static char *
join_or (const char * const *ids,
         const char         *none)
{
  return ids[0] == NULL ? g_strdup (none) : g_strjoinv (", ", (char **) ids);
}

static void
json_findings (JsonOut    *w,
               GListModel *findings)
{
  json_member (w, "findings");
  json_begin (w, '[');
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(MutualFinding) f = g_list_model_get_item (findings, i);

      json_next (w);
      json_begin (w, '{');
      json_member_string (w, "code", mutual_finding_get_code (f));
      json_member_string (w, "severity", mutual_severity_to_string (mutual_finding_get_severity (f)));
      json_member_string (w, "citation", mutual_finding_get_citation (f));
      json_member_string (w, "message", mutual_finding_get_message (f));
      json_end (w, '}');
    }
  json_end (w, ']');
}

/* Voting power for an ordinary resolution; NULL (and no power shown)
 * when the game cannot be computed. */
static GListModel *
mutual_cli_power (MutualAnalysis *analysis,
                  const char     *company)
{
  return mutual_analysis_power (analysis, company, MUTUAL_RESOLUTION_ORDINARY, NULL);
}

static void
json_power (JsonOut    *w,
            GListModel *power)
{
  json_member (w, "power");
  json_begin (w, '[');
  for (guint i = 0; power != NULL && i < g_list_model_get_n_items (power); i++)
    {
      g_autoptr(MutualPower) p = g_list_model_get_item (power, i);

      json_next (w);
      json_begin (w, '{');
      json_member_string (w, "party", mutual_power_get_party (p));
      json_member_double (w, "banzhaf", mutual_power_get_banzhaf (p));
      json_member_double (w, "absolute_banzhaf", mutual_power_get_absolute_banzhaf (p));
      json_member_double (w, "shapley_shubik", mutual_power_get_shapley_shubik (p));
      json_end (w, '}');
    }
  json_end (w, ']');
}

static void
print_power (GString    *out,
             GListModel *power)
{
  g_autoptr(GPtrArray) table = NULL;

  if (power == NULL || g_list_model_get_n_items (power) == 0)
    return;
  /* a co-operative of thousands: the table would drown the rest */
  if (g_list_model_get_n_items (power) > 20)
    {
      g_string_append_printf (out, "\n  Voting power (ordinary resolution): %u voters; see --json\n",
                              g_list_model_get_n_items (power));
      return;
    }
  table = mutual_cli_table_new ("voter", "Banzhaf", "Shapley–Shubik", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (power); i++)
    {
      g_autoptr(MutualPower) p = g_list_model_get_item (power, i);
      g_autofree char *banzhaf = g_strdup_printf ("%.4f", mutual_power_get_banzhaf (p));
      g_autofree char *shapley = g_strdup_printf ("%.4f", mutual_power_get_shapley_shubik (p));

      mutual_cli_table_add (table, mutual_power_get_party (p), banzhaf, shapley, NULL);
    }
  g_string_append (out, "\n  Voting power (ordinary resolution)\n");
  mutual_cli_append_table (out, table);
}

/* Appends @company's analysis to @out: as a JSON element of the
 * "companies" array (preceded by ",", which the writer drops before the
 * first), or as text. With @all (no --company), a company none of whose
 * holders is recorded (or whose holdings overflow in every dimension) is
 * left out: *skipped is set and nothing is written. */
static gboolean
analyse_company (MutualAnalysis  *analysis,
                 const char      *company,
                 gboolean         json,
                 gboolean         all,
                 GString         *out,
                 gboolean        *skipped,
                 GError         **error)
{
  MutualParty *party = mutual_analysis_lookup_party (analysis, company);
  g_autoptr(MutualHolderTable) rows = NULL;
  g_autoptr(MutualControl) control = NULL;
  g_autoptr(GListModel) pscs = NULL;
  g_autoptr(GListModel) notes = NULL;
  g_autoptr(MutualInterest) employees = NULL;
  g_autoptr(GListModel) power = NULL;
  g_autoptr(GError) local_error = NULL;
  guint n_rows;

  *skipped = FALSE;
  rows = mutual_analysis_holder_table (analysis, company, &local_error);
  if (rows == NULL && all)
    {
      /* without --company, only companies with a holder recorded in a
       * dimension that could be read */
      gboolean any = FALSE;

      for (guint d = 0; d < G_N_ELEMENTS (dimensions) && !any; d++)
        {
          g_autoptr(GListModel) interests = mutual_analysis_direct_interests (analysis, company, dimensions[d], NULL);

          any = interests != NULL && g_list_model_get_n_items (interests) > 0;
        }
      if (!any)
        {
          *skipped = TRUE;
          return TRUE;
        }
    }
  if (rows == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  n_rows = mutual_holder_table_get_n_holders (rows);
  if (n_rows == 0 && all)
    {
      *skipped = TRUE;
      return TRUE;
    }
  if ((control = mutual_analysis_control (analysis, company, error)) == NULL ||
      (pscs = mutual_analysis_list_pscs (analysis, company, error)) == NULL ||
      (notes = mutual_analysis_psc_findings (analysis, company, error)) == NULL)
    return FALSE;
  /* look-through needs a solvable graph; a closed cycle is reported, not fatal */
  employees = mutual_analysis_employee_interest (analysis, company, MUTUAL_DIMENSION_VOTES, NULL);
  power = mutual_cli_power (analysis, company);

  if (json)
    {
      JsonOut w = { out, 2, { 0, } };

      g_string_append_len (out, ",\n    ", 6);
      json_begin (&w, '{');
      json_member_string (&w, "id", company);
      json_member_string (&w, "name", mutual_party_get_name (party));
      json_member_string (&w, "kind", mutual_party_kind_to_string (mutual_party_get_kind (party)));

      json_member (&w, "holders");
      json_begin (&w, '[');
      for (guint i = 0; i < n_rows; i++)
        {
          json_next (&w);
          json_begin (&w, '{');
          json_member_string (&w, "party", mutual_holder_table_get_holder (rows, i));
          for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
            {
              static const MutualFraction zero = { 0, 1 };
              const MutualFraction *f = mutual_holder_table_get_interest (rows, i, dimensions[d]);

              json_member_fraction (&w, mutual_dimension_to_string (dimensions[d]), f ? f : &zero);
            }
          json_end (&w, '}');
        }
      json_end (&w, ']');

      json_member (&w, "control");
      json_begin (&w, '{');
      json_member_strv (&w, "ordinary", mutual_control_get_ordinary (control));
      json_member_strv (&w, "special", mutual_control_get_special (control));
      json_member_strv (&w, "block_special", mutual_control_get_block_special (control));
      json_member_strv (&w, "board", mutual_control_get_board_controllers (control));
      json_member_strv (&w, "vetoes", mutual_control_get_veto_holders (control));
      json_end (&w, '}');

      json_member (&w, "psc");
      json_begin (&w, '[');
      for (guint i = 0; i < g_list_model_get_n_items (pscs); i++)
        {
          g_autoptr(MutualPsc) psc = g_list_model_get_item (pscs, i);

          json_next (&w);
          json_begin (&w, '{');
          json_member_string (&w, "party", mutual_psc_get_party (psc));
          json_member_string (&w, "kind", psc_kind_name (mutual_psc_get_kind (psc)));
          json_member_strv (&w, "natures_of_control", mutual_psc_get_natures (psc));
          json_member_fraction (&w, "shares", mutual_psc_get_shares (psc));
          json_member_fraction (&w, "votes", mutual_psc_get_votes (psc));
          if (mutual_psc_get_trust (psc) != NULL)
            json_member_string (&w, "trust", mutual_psc_get_trust (psc));
          json_end (&w, '}');
        }
      json_end (&w, ']');
      json_findings (&w, notes);

      if (employees != NULL)
        {
          json_member (&w, "employee_votes");
          json_begin (&w, '{');
          json_member_double (&w, "value", mutual_interest_get_value (employees));
          if (mutual_interest_get_exact (employees))
            json_member_fraction (&w, "fraction", mutual_interest_get_fraction (employees));
          json_end (&w, '}');
        }
      json_power (&w, power);
      json_end (&w, '}');
      return TRUE;
    }

  /* a person reads this */
  g_string_append_printf (out, "%s (%s)\n\n", mutual_party_get_name (party), company);
  {
    g_autoptr(GPtrArray) table = mutual_cli_table_new ("holder", "shares", "votes", "profits", "capital", NULL);

    for (guint i = 0; i < n_rows; i++)
      {
        char *cells[G_N_ELEMENTS (dimensions)] = { NULL, };

        for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
          {
            const MutualFraction *f = mutual_holder_table_get_interest (rows, i, dimensions[d]);

            cells[d] = f != NULL ? mutual_fraction_to_percent_string (f) : g_strdup ("—");
          }
        mutual_cli_table_add (table, mutual_holder_table_get_holder (rows, i), cells[0], cells[1], cells[2], cells[3], NULL);
        for (guint d = 0; d < G_N_ELEMENTS (dimensions); d++)
          g_free (cells[d]);
      }
    mutual_cli_append_table (out, table);
  }
  {
    g_autofree char *ordinary = join_or (mutual_control_get_ordinary (control), "nobody");
    g_autofree char *special = join_or (mutual_control_get_special (control), "nobody");
    g_autofree char *block = join_or (mutual_control_get_block_special (control), "nobody");
    g_autofree char *board = join_or (mutual_control_get_board_controllers (control), "nobody");
    g_autofree char *vetoes = join_or (mutual_control_get_veto_holders (control), "nobody");

    g_string_append (out, "\n  Alone, who can…\n");
    g_string_append_printf (out, "    %-40s %s\n", "pass an ordinary resolution (>50%)", ordinary);
    g_string_append_printf (out, "    %-40s %s\n", "pass a special resolution (75% or more)", special);
    g_string_append_printf (out, "    %-40s %s\n", "block a special resolution (>25%)", block);
    g_string_append_printf (out, "    %-40s %s\n", "appoint a majority of the board", board);
    g_string_append_printf (out, "    %-40s %s\n", "veto reserved matters", vetoes);
  }
  if (employees != NULL)
    {
      g_autofree char *text = mutual_interest_get_exact (employees)
                                ? mutual_fraction_to_percent_string (mutual_interest_get_fraction (employees))
                                : g_strdup_printf ("%.4f%% (look-through)", 100 * mutual_interest_get_value (employees));

      g_string_append_printf (out, "\n  Employees hold %s of the votes.\n", text);
    }
  g_string_append (out, "\n  Persons with significant control\n");
  if (g_list_model_get_n_items (pscs) == 0)
    g_string_append (out, "    none\n");
  else
    {
      g_autoptr(GPtrArray) table = mutual_cli_table_new ("party", "kind", "natures of control", NULL);

      for (guint i = 0; i < g_list_model_get_n_items (pscs); i++)
        {
          g_autoptr(MutualPsc) psc = g_list_model_get_item (pscs, i);
          g_autofree char *natures = g_strjoinv (", ", (char **) mutual_psc_get_natures (psc));

          mutual_cli_table_add (table, mutual_psc_get_party (psc), psc_kind_name (mutual_psc_get_kind (psc)),
                                natures, NULL);
        }
      mutual_cli_append_table (out, table);
    }
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(MutualFinding) f = g_list_model_get_item (notes, i);

      g_string_append_printf (out, "    %s %s (%s)\n", mutual_finding_get_severity (f) == MUTUAL_SEVERITY_INFO ? "·" : "!",
                              mutual_finding_get_message (f), mutual_finding_get_citation (f));
    }
  print_power (out, power);
  g_string_append_c (out, '\n');
  return TRUE;
}

/* Writes UTF-8 text to stdout as g_print() would (converted to the
 * console's charset when that is not UTF-8), without its flush. */
static void
emit (const char *text,
      gsize       len)
{
  if (len == 0)
    return;
  if (g_get_console_charset (NULL))
    fwrite (text, 1, len, stdout);
  else
    {
      g_autofree char *copy = g_strndup (text, len);

      g_print ("%s", copy);
    }
}

/* ── companies on every core ────────────────────────────────────────────
 * The analysis answers concurrent queries. Workers take blocks of
 * companies in turn and write each block's text; the main thread prints
 * the blocks in company order as they come. */

#define BLOCK 32

typedef struct
{
  GString *text;
  GError *error;                /* the block stops at the company that failed */
  gboolean done;
} Block;

typedef struct
{
  MutualAnalysis *analysis;
  char **companies;
  guint n_companies;
  gboolean json;
  gboolean all;
  Block *blocks;
  guint n_blocks;
  int next;                     /* atomic: the next block to take */
  int stop;                     /* atomic: a company failed, stop taking blocks */
  GMutex lock;
  GCond cond;
} Run;

static void
run_block (Run   *run,
           guint  b)
{
  Block *block = &run->blocks[b];
  g_autoptr(GString) text = g_string_new (NULL);
  GError *error = NULL;

  for (guint i = b * BLOCK; i < MIN ((b + 1) * BLOCK, run->n_companies); i++)
    {
      gboolean skipped;

      if (!analyse_company (run->analysis, run->companies[i], run->json, run->all, text, &skipped, &error))
        {
          g_atomic_int_set (&run->stop, 1);
          break;
        }
    }
  g_mutex_lock (&run->lock);
  block->text = g_steal_pointer (&text);
  block->error = error;
  block->done = TRUE;
  g_cond_broadcast (&run->cond);
  g_mutex_unlock (&run->lock);
}

static gpointer
worker (gpointer data)
{
  Run *run = data;

  for (;;)
    {
      guint b = (guint) g_atomic_int_add (&run->next, 1);

      if (b >= run->n_blocks || g_atomic_int_get (&run->stop))
        break;
      run_block (run, b);
    }
  return NULL;
}

int
mutual_cmd_analyse (int    argc,
                    char **argv)
{
  gboolean json = FALSE;
  g_autofree char *only = NULL;
  const GOptionEntry entries[] = {
    { "company", 'c', 0, G_OPTION_ARG_STRING, &only, "Analyse this company only", "ID" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print JSON (see docs/cli-analyse.md)", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    mutual_cli_context ("analyse", "[FILE]",
                        "Who owns and who controls each company: holders, resolutions, board,\n"
                        "vetoes, persons with significant control and voting power.\n"
                        "Without FILE, analyses the embedded 3bm-2013 example.", entries);
  g_autoptr(MutualModel) model = NULL;
  g_autoptr(MutualAnalysis) analysis = NULL;
  g_autoptr(GString) head = g_string_new (NULL);
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  g_auto(GStrv) companies = NULL;
  GError *error = NULL;
  gboolean first = TRUE;
  guint n_workers;
  Run run = { NULL, };

  if (!mutual_cli_parse (context, &argc, &argv))
    return MUTUAL_EXIT_USAGE;
  if (argc > 2)
    {
      g_printerr ("mutual: analyse takes at most one FILE\n");
      return MUTUAL_EXIT_USAGE;
    }
  model = mutual_cli_load_model (argc == 2 ? argv[1] : NULL);
  if (model == NULL)
    return MUTUAL_EXIT_INPUT;
  analysis = mutual_analysis_new (model);
  if (only != NULL)
    {
      MutualParty *party = mutual_analysis_lookup_party (analysis, only);

      if (party == NULL)
        {
          g_printerr ("mutual: no party “%s”\n", only);
          return MUTUAL_EXIT_INPUT;
        }
      companies = g_new0 (char *, 2);
      companies[0] = g_strdup (only);
    }
  else
    companies = mutual_analysis_dup_companies (analysis);

  if (json)
    {
      JsonOut w = { head, 0, { 0, } };

      json_begin (&w, '{');
      json_member_string (&w, "model", mutual_model_get_name (model));
      json_member_string (&w, "date", mutual_model_get_date (model));
      json_member (&w, "companies");
      g_string_append_c (head, '[');
    }
  else
    {
      g_string_append_printf (head, "%s\n", mutual_model_get_name (model) ? mutual_model_get_name (model) : "(unnamed model)");
      if (mutual_model_get_date (model) != NULL)
        g_string_append_printf (head, "as at %s\n", mutual_model_get_date (model));
      g_string_append_c (head, '\n');
    }

  run.analysis = analysis;
  run.companies = companies;
  run.n_companies = g_strv_length (companies);
  run.json = json;
  run.all = only == NULL;
  run.n_blocks = (run.n_companies + BLOCK - 1) / BLOCK;
  run.blocks = g_new0 (Block, MAX (run.n_blocks, 1));
  g_mutex_init (&run.lock);
  g_cond_init (&run.cond);
  n_workers = MIN ((guint) g_get_num_processors (), run.n_blocks);
  for (guint t = 1; t < n_workers; t++)
    g_ptr_array_add (threads, g_thread_new ("mutual-analyse", worker, &run));
  if (!json)
    emit (head->str, head->len);

  /* the main thread works too, and prints the blocks in order; the JSON
   * is printed only once it is whole (an error prints nothing of it) */
  for (guint b = 0; b < run.n_blocks; b++)
    {
      Block *block = &run.blocks[b];
      GString *text;

      g_mutex_lock (&run.lock);
      while (!block->done)
        {
          guint next = (guint) g_atomic_int_get (&run.next);

          if (next < run.n_blocks && !g_atomic_int_get (&run.stop))
            {
              /* nothing ready: take a block rather than wait */
              g_mutex_unlock (&run.lock);
              {
                guint mine = (guint) g_atomic_int_add (&run.next, 1);

                if (mine < run.n_blocks)
                  run_block (&run, mine);
              }
              g_mutex_lock (&run.lock);
              continue;
            }
          g_cond_wait (&run.cond, &run.lock);
        }
      g_mutex_unlock (&run.lock);
      text = block->text;
      block->text = NULL;
      if (json)
        {
          /* the first company is not preceded by a comma */
          if (first && text->len > 0)
            {
              g_string_erase (text, 0, 1);
              first = FALSE;
            }
          g_ptr_array_add (pending, g_string_free (text, FALSE));
        }
      else
        {
          emit (text->str, text->len);
          g_string_free (text, TRUE);
        }
      if (block->error != NULL)
        {
          error = g_steal_pointer (&block->error);
          break;
        }
    }
  g_atomic_int_set (&run.stop, 1);
  for (guint t = 0; t < threads->len; t++)
    g_thread_join (g_ptr_array_index (threads, t));
  for (guint b = 0; b < run.n_blocks; b++)
    {
      if (run.blocks[b].text != NULL)
        g_string_free (run.blocks[b].text, TRUE);
      g_clear_error (&run.blocks[b].error);
    }
  g_free (run.blocks);
  g_mutex_clear (&run.lock);
  g_cond_clear (&run.cond);

  if (error != NULL)
    {
      fflush (stdout);
      mutual_cli_print_error (error);
      g_error_free (error);
      return MUTUAL_EXIT_INPUT;
    }
  if (json)
    {
      emit (head->str, head->len);
      for (guint i = 0; i < pending->len; i++)
        emit (g_ptr_array_index (pending, i), strlen (g_ptr_array_index (pending, i)));
      emit (first ? "]\n}\n" : "\n  ]\n}\n", first ? 4 : 7);
    }
  fflush (stdout);
  mutual_cli_keep_until_exit (g_steal_pointer (&analysis));
  mutual_cli_keep_until_exit (g_steal_pointer (&model));
  return MUTUAL_EXIT_OK;
}
