/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "mutual-analysis.h"
#include "mutual-control.h"
#include "mutual-diagram-private.h"
#include "mutual-diagram.h"
#include "mutual-error.h"
#include "mutual-finding.h"
#include "mutual-fraction-private.h"
#include "mutual-model-private.h"
#include "mutual-power.h"
#include "mutual-psc.h"
#include "mutual-version.h"
#include "mutual-report.h"
#include "mutual-timeline-picture.h"
#include "mutual-voting-game.h"

/* One HTML file a person can email: styles inline, the diagram as inline
 * SVG, no script and nothing fetched. Sections have stable ids (diagram,
 * holders, control, psc, power, findings, timeline) so that other layers
 * can add theirs and tests can find them. */

static const char style[] =
  "body{font-family:Helvetica,Arial,sans-serif;margin:2em auto;max-width:60em;color:#222}"
  "h1{font-size:1.6em}h2{border-bottom:2px solid #2e7d32;padding-bottom:.2em;margin-top:2em}"
  "table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left}"
  "th{background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums}"
  ".employee{background:#cdeccd}.warning{color:#8a5a00}.breach{color:#b22222;font-weight:bold}"
  ".diagram svg{max-width:100%;height:auto}.muted{color:#666}";

static void
escaped (GString    *out,
         const char *text)
{
  g_autofree char *e = g_markup_escape_text (text ? text : "", -1);

  g_string_append (out, e);
}

static const char *
name_of (MutualModel *model,
         const char  *id)
{
  MutualParty *party = mutual_model_lookup_party (model, id);

  return party ? mutual_party_get_name (party) : id;
}

static void
party_cell (GString     *out,
            MutualModel *model,
            const char  *id)
{
  MutualParty *party = mutual_model_lookup_party (model, id);

  g_string_append_printf (out, "<td%s>", party && mutual_diagram_is_employee_side (party) ? " class=\"employee\"" : "");
  escaped (out, name_of (model, id));
  g_string_append (out, "</td>");
}

static void
party_list (GString            *out,
            MutualModel        *model,
            const char * const *ids)
{
  if (ids == NULL || ids[0] == NULL)
    {
      g_string_append (out, "<span class=\"muted\">no one alone</span>");
      return;
    }
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      escaped (out, name_of (model, ids[i]));
    }
}

static void
section_diagram (GString     *out,
                 MutualModel *model)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = mutual_model_render_diagram (model, "svg", &error);

  g_string_append (out, "<section id=\"diagram\"><h2>Ownership and control</h2>\n<div class=\"diagram\">\n");
  if (svg != NULL)
    {
      const char *data = g_bytes_get_data (svg, NULL);
      const char *start = g_strstr_len (data, g_bytes_get_size (svg), "<svg");

      /* inline: the SVG element without its XML prolog and doctype */
      if (start != NULL)
        g_string_append_len (out, start, g_bytes_get_size (svg) - (start - data));
    }
  else
    {
      g_autofree char *dot = mutual_model_to_dot (model);

      g_string_append (out, "<p class=\"warning\">");
      escaped (out, error->message);
      g_string_append (out, "; the diagram in Graphviz DOT:</p><pre>");
      escaped (out, dot);
      g_string_append (out, "</pre>");
    }
  g_string_append (out, "</div>\n<p class=\"muted\">Green: the employee side. Red and dashed: control "
                   "(board appointments, golden shares, rights by agreement).</p></section>\n");
}

static void
section_holders (GString     *out,
                 MutualModel *model)
{
  GPtrArray *parties = mutual_model_get_array (model, MUTUAL_COLLECTION_PARTIES);

  g_string_append (out, "<section id=\"holders\"><h2>Holders</h2>\n");
  for (guint i = 0; i < parties->len; i++)
    {
      MutualParty *company = g_ptr_array_index (parties, i);
      g_autoptr(GPtrArray) stakes = g_ptr_array_new_with_free_func (g_free);
      __int128 nominal, votes;

      mutual_diagram_stakes (model, mutual_party_get_id (company), stakes, &nominal, &votes);
      if (stakes->len == 0)
        continue;
      g_string_append (out, "<h3>");
      escaped (out, mutual_party_get_name (company));
      g_string_append (out, "</h3>\n<table><tr><th>holder</th><th>kind</th><th>shares</th><th>votes</th></tr>\n");
      for (guint j = 0; j < stakes->len; j++)
        {
          MutualDiagramStake *stake = g_ptr_array_index (stakes, j);
          MutualParty *holder = mutual_model_lookup_party (model, stake->holder);
          g_autofree char *shares = mutual_diagram_percent (stake->nominal, nominal);
          g_autofree char *vote = mutual_diagram_percent (stake->votes, votes);

          g_string_append (out, "<tr>");
          party_cell (out, model, stake->holder);
          g_string_append_printf (out, "<td>%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td></tr>\n",
                                  holder ? mutual_party_kind_to_string (mutual_party_get_kind (holder)) : "",
                                  shares ? shares : "–", vote ? vote : "–");
        }
      g_string_append (out, "</table>\n");
    }
  g_string_append (out, "</section>\n");
}

static void
section_control (GString        *out,
                 MutualModel    *model,
                 MutualAnalysis *analysis,
                 char          **companies)
{
  GPtrArray *board = mutual_model_get_array (model, MUTUAL_COLLECTION_BOARD_RIGHTS);
  GPtrArray *agreements = mutual_model_get_array (model, MUTUAL_COLLECTION_AGREEMENT_RIGHTS);

  g_string_append (out, "<section id=\"control\"><h2>Control</h2>\n"
                   "<table><tr><th>company</th><th>passes an ordinary resolution alone</th>"
                   "<th>passes a special resolution alone</th><th>blocks a special resolution alone</th>"
                   "<th>appoints the board</th><th>veto over reserved matters</th></tr>\n");
  for (guint i = 0; companies[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MutualControl) control = mutual_analysis_control (analysis, companies[i], &error);

      g_string_append (out, "<tr>");
      party_cell (out, model, companies[i]);
      if (control == NULL)
        {
          g_string_append (out, "<td colspan=\"5\" class=\"warning\">");
          escaped (out, error->message);
          g_string_append (out, "</td></tr>\n");
          continue;
        }
      g_string_append (out, "<td>");
      party_list (out, model, mutual_control_get_ordinary (control));
      g_string_append (out, "</td><td>");
      party_list (out, model, mutual_control_get_special (control));
      g_string_append (out, "</td><td>");
      party_list (out, model, mutual_control_get_block_special (control));
      g_string_append (out, "</td><td>");
      party_list (out, model, mutual_control_get_board_controllers (control));
      g_string_append (out, "</td><td>");
      party_list (out, model, mutual_control_get_veto_holders (control));
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</table>\n");
  if (board->len + agreements->len > 0)
    {
      g_string_append (out, "<table><tr><th>holder</th><th>in</th><th>right</th></tr>\n");
      for (guint i = 0; i < board->len; i++)
        {
          MutualBoardRight *right = g_ptr_array_index (board, i);
          MutualParty *company = mutual_model_lookup_party (model, mutual_board_right_get_company (right));

          g_string_append (out, "<tr>");
          party_cell (out, model, mutual_board_right_get_appointer (right));
          party_cell (out, model, mutual_board_right_get_company (right));
          g_string_append_printf (out, "<td>appoints %u director(s)", mutual_board_right_get_directors (right));
          if (company != NULL && mutual_party_get_board_size (company) > 0)
            g_string_append_printf (out, " of %u", mutual_party_get_board_size (company));
          g_string_append (out, "</td></tr>\n");
        }
      for (guint i = 0; i < agreements->len; i++)
        {
          MutualAgreementRight *right = g_ptr_array_index (agreements, i);
          g_autofree char *share = mutual_fraction_to_percent_string (mutual_agreement_right_get_share (right));

          g_string_append (out, "<tr>");
          party_cell (out, model, mutual_agreement_right_get_holder (right));
          party_cell (out, model, mutual_agreement_right_get_company (right));
          g_string_append_printf (out, "<td>%s of %s by agreement%s", share,
                                  mutual_dimension_to_string (mutual_agreement_right_get_dimension (right)),
                                  mutual_agreement_right_get_veto (right) ? ", with a veto" : "");
          if (mutual_agreement_right_get_source (right) != NULL)
            {
              g_string_append (out, " <span class=\"muted\">(");
              escaped (out, mutual_agreement_right_get_source (right));
              g_string_append (out, ")</span>");
            }
          g_string_append (out, "</td></tr>\n");
        }
      g_string_append (out, "</table>\n");
    }
  g_string_append (out, "</section>\n");
}

static void
section_psc (GString        *out,
             MutualModel    *model,
             MutualAnalysis *analysis,
             char          **companies,
             GPtrArray      *findings)
{
  g_string_append (out, "<section id=\"psc\"><h2>People with significant control</h2>\n"
                   "<table><tr><th>company</th><th>registrable</th><th>natures of control</th></tr>\n");
  for (guint i = 0; companies[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) pscs = mutual_analysis_list_pscs (analysis, companies[i], &error);
      g_autoptr(GListModel) psc_findings = NULL;

      if (pscs != NULL && g_list_model_get_n_items (pscs) == 0)
        {
          g_string_append (out, "<tr>");
          party_cell (out, model, companies[i]);
          g_string_append (out, "<td colspan=\"2\" class=\"muted\">no registrable person or entity "
                           "(see the findings)</td></tr>\n");
        }

      if (pscs == NULL)
        {
          g_string_append (out, "<tr>");
          party_cell (out, model, companies[i]);
          g_string_append (out, "<td colspan=\"2\" class=\"warning\">");
          escaped (out, error->message);
          g_string_append (out, "</td></tr>\n");
          continue;
        }
      for (guint j = 0; j < g_list_model_get_n_items (pscs); j++)
        {
          g_autoptr(MutualPsc) psc = g_list_model_get_item (pscs, j);
          g_autofree char *natures = g_strjoinv (", ", (char **) mutual_psc_get_natures (psc));

          g_string_append (out, "<tr>");
          party_cell (out, model, companies[i]);
          party_cell (out, model, mutual_psc_get_party (psc));
          g_string_append (out, "<td>");
          escaped (out, natures);
          g_string_append (out, "</td></tr>\n");
        }
      psc_findings = mutual_analysis_psc_findings (analysis, companies[i], NULL);
      for (guint j = 0; psc_findings != NULL && j < g_list_model_get_n_items (psc_findings); j++)
        g_ptr_array_add (findings, g_list_model_get_item (psc_findings, j));
    }
  g_string_append (out, "</table></section>\n");
}

static void
section_power (GString     *out,
               MutualModel *model,
               char       **companies)
{
  g_string_append (out, "<section id=\"power\"><h2>Voting power</h2>\n"
                   "<p class=\"muted\">How often each holder's votes decide an ordinary resolution "
                   "(more than half the votes, Companies Act 2006 s282): the Banzhaf and Shapley–Shubik indices "
                   "of the direct holders.</p>\n");
  for (guint i = 0; companies[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) stakes = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(MutualVotingGame) game = mutual_voting_game_new ();
      g_autoptr(GError) error = NULL;
      MutualFraction half;
      GListModel *results;
      __int128 nominal, votes;
      guint voters = 0;

      mutual_diagram_stakes (model, companies[i], stakes, &nominal, &votes);
      for (guint j = 0; j < stakes->len; j++)
        {
          MutualDiagramStake *stake = g_ptr_array_index (stakes, j);

          if (stake->votes > 0 && stake->votes <= G_MAXUINT64)
            {
              mutual_voting_game_add_voter (game, stake->holder, (guint64) stake->votes);
              voters++;
            }
        }
      if (voters == 0 || voters > 40)
        continue;
      mutual_fraction_init (&half, 1, 2);
      mutual_voting_game_set_quota (game, &half, TRUE);
      g_string_append (out, "<h3>");
      escaped (out, name_of (model, companies[i]));
      g_string_append (out, "</h3>\n");
      if (!mutual_voting_game_compute (game, NULL, &error))
        {
          g_string_append (out, "<p class=\"warning\">");
          escaped (out, error->message);
          g_string_append (out, "</p>\n");
          continue;
        }
      g_string_append (out, "<table><tr><th>holder</th><th>votes</th><th>Banzhaf</th><th>Shapley–Shubik</th></tr>\n");
      results = mutual_voting_game_get_results (game);
      for (guint j = 0; j < g_list_model_get_n_items (results); j++)
        {
          g_autoptr(MutualPower) power = g_list_model_get_item (results, j);

          g_string_append (out, "<tr>");
          party_cell (out, model, mutual_power_get_party (power));
          g_string_append_printf (out, "<td class=\"n\">%" G_GUINT64_FORMAT "</td><td class=\"n\">%.4f</td>"
                                  "<td class=\"n\">%.4f</td></tr>\n", mutual_power_get_weight (power),
                                  mutual_power_get_banzhaf (power), mutual_power_get_shapley_shubik (power));
        }
      g_string_append (out, "</table>\n");
    }
  g_string_append (out, "</section>\n");
}

static void
section_findings (GString   *out,
                  GPtrArray *findings)
{
  g_string_append (out, "<section id=\"findings\"><h2>Findings</h2>\n");
  if (findings->len == 0)
    g_string_append (out, "<p class=\"muted\">No findings.</p>\n");
  else
    {
      g_string_append (out, "<table><tr><th>severity</th><th>finding</th><th>rule</th></tr>\n");
      for (guint i = 0; i < findings->len; i++)
        {
          MutualFinding *finding = g_ptr_array_index (findings, i);
          const char *severity = mutual_severity_to_string (mutual_finding_get_severity (finding));

          g_string_append_printf (out, "<tr><td class=\"%s\">%s</td><td>", severity, severity);
          escaped (out, mutual_finding_get_message (finding));
          g_string_append (out, " <span class=\"muted\">(");
          escaped (out, mutual_finding_get_code (finding));
          g_string_append (out, ")</span></td><td>");
          escaped (out, mutual_finding_get_citation (finding));
          g_string_append (out, "</td></tr>\n");
        }
      g_string_append (out, "</table>\n");
    }
  g_string_append (out, "</section>\n");
}

static void
section_timeline (GString     *out,
                  MutualModel *model)
{
  const char * const *sources = mutual_model_get_sources (model);
  g_autoptr(MutualTimelinePicture) picture = mutual_timeline_picture_new (NULL);
  g_autoptr(GError) error = NULL;

  g_string_append (out, "<section id=\"timeline\"><h2>Timeline</h2>\n");
  /* contracts and grace periods, TUPE calendars: drawn inline when there
   * are any, as the diagram is */
  mutual_timeline_picture_set_as_at (picture, mutual_model_get_date (model));
  if (!mutual_timeline_picture_add_model (picture, model, &error))
    {
      g_string_append (out, "<p class=\"warning\">");
      escaped (out, error->message);
      g_string_append (out, "</p>\n");
    }
  else if (mutual_timeline_picture_get_n_lanes (picture) > 0)
    {
      g_autofree char *svg = mutual_timeline_picture_to_svg (picture);
      const char *start = strstr (svg, "<svg");

      g_string_append (out, "<div class=\"diagram timeline\">\n");
      g_string_append (out, start);
      g_string_append (out, "</div>\n<p class=\"muted\">Contracts per authority and supplier (green: reserved "
                       "to a mutual, lighter: options to extend), the protected period, when open competition "
                       "falls due and the next reservation is allowed; each TUPE transfer's obligations "
                       "(red: late). Hover for details.</p>\n");
    }
  g_string_append (out, "<table><tr><th>date</th><th>what</th></tr>\n");
  if (mutual_model_get_date (model) != NULL)
    {
      g_string_append_printf (out, "<tr><td>%s</td><td>the date this model describes", mutual_model_get_date (model));
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</table>\n");
  if (sources[0] != NULL)
    {
      g_string_append (out, "<h3>Sources</h3><ul>\n");
      for (guint i = 0; sources[i] != NULL; i++)
        {
          g_string_append (out, "<li>");
          escaped (out, sources[i]);
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ul>\n");
    }
  g_string_append (out, "</section>\n");
}

/**
 * mutual_model_to_html_report:
 * @self: a model
 * @error: return location for a #GError
 *
 * A report of the model as one self-contained HTML file (styles inline, the
 * diagram as inline SVG, nothing fetched, no script) that a person can
 * email: the ownership diagram, the holders of each company with their
 * exact shares and votes, who controls what (resolutions, the board,
 * vetoes, rights by agreement), the people with significant control, the
 * voting power of each holder, the findings, and a timeline (a picture
 * of the contracts, grace periods and TUPE calendars, as
 * [method@Mutual.TimelinePicture.add_model] draws them). Each section
 * is a `<section>` with a stable id: `diagram`, `holders`, `control`,
 * `psc`, `power`, `findings`, `timeline`.
 *
 * Without Graphviz the diagram section holds the DOT text instead.
 *
 * Returns: (transfer full): the HTML, or %NULL with @error set (the model
 *   is not valid)
 *
 * Since: 1.0
 */
char *
mutual_model_to_html_report (MutualModel  *self,
                             GError      **error)
{
  g_autoptr(MutualAnalysis) analysis = NULL;
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) companies = NULL;
  GString *out;
  const char *title;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!mutual_model_validate (self, error))
    return NULL;
  analysis = mutual_analysis_new (self);
  companies = mutual_analysis_dup_companies (analysis);
  title = mutual_model_get_name (self) ? mutual_model_get_name (self) : "Ownership and control";

  out = g_string_new ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>");
  escaped (out, title);
  g_string_append_printf (out, "</title>\n<meta name=\"generator\" content=\"libmutual %s\">\n<style>%s</style>\n"
                          "</head><body>\n<header><h1>", MUTUAL_VERSION_S, style);
  escaped (out, title);
  g_string_append (out, "</h1>\n");
  if (mutual_model_get_date (self) != NULL)
    g_string_append_printf (out, "<p>As at %s.</p>\n", mutual_model_get_date (self));
  if (mutual_model_get_description (self) != NULL)
    {
      g_string_append (out, "<p>");
      escaped (out, mutual_model_get_description (self));
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "</header>\n<main>\n");
  section_diagram (out, self);
  section_holders (out, self);
  section_control (out, self, analysis, companies);
  section_psc (out, self, analysis, companies, findings);
  section_power (out, self, companies);
  section_findings (out, findings);
  section_timeline (out, self);
  g_string_append (out, "</main>\n<footer class=\"muted\"><p>Made with libmutual. Percentages are exact; "
                   "“~” marks a rounded one.</p></footer>\n</body></html>\n");
  return g_string_free (out, FALSE);
}

/**
 * mutual_model_save_report:
 * @self: a model
 * @path: (type filename): where to write the HTML
 * @error: return location for a #GError
 *
 * Writes [method@Mutual.Model.to_html_report] to @path.
 *
 * Returns: %TRUE if the file was written
 *
 * Since: 1.0
 */
gboolean
mutual_model_save_report (MutualModel  *self,
                          const char   *path,
                          GError      **error)
{
  g_autofree char *html = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  html = mutual_model_to_html_report (self, error);
  if (html == NULL)
    return FALSE;
  if (!g_file_set_contents (path, html, -1, &local))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_IO, "%s", local->message);
      return FALSE;
    }
  return TRUE;
}
