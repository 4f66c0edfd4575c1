/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "mutual-bods-private.h"
#include "mutual-diagram-private.h"
#include "mutual-diagram.h"
#include "mutual-error.h"
#include "mutual-fraction-private.h"
#include "mutual-model-private.h"

/* Ownership diagrams as Graphviz DOT, laid out by Graphviz's `dot`. */

#define EMPLOYEE_FILL "#cdeccd"
#define PUBLIC_FILL "#dce7f5"
#define UNDISCLOSED_FILL "#eeeeee"
#define CONTROL_COLOUR "#b22222"

static void
append_quoted (GString    *out,
               const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      if (*p == '\n')
        g_string_append (out, "\\n");
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* The employee side: employee trusts and the people employed by a party in
 * the model. */
gboolean
mutual_diagram_is_employee_side (MutualParty *party)
{
  MutualPartyKind kind = mutual_party_get_kind (party);

  return kind == MUTUAL_PARTY_KIND_EMPLOYEE_OWNERSHIP_TRUST || kind == MUTUAL_PARTY_KIND_EMPLOYEE_BENEFIT_TRUST ||
         (kind == MUTUAL_PARTY_KIND_PERSON && mutual_party_get_employer (party) != NULL);
}

static const char *
shape_for (MutualPartyKind kind)
{
  switch (kind)
    {
    case MUTUAL_PARTY_KIND_PUBLIC_BODY:
      return "house";
    case MUTUAL_PARTY_KIND_COMPANY:
      return "box";
    case MUTUAL_PARTY_KIND_GUARANTEE_COMPANY:
    case MUTUAL_PARTY_KIND_COOPERATIVE:
    case MUTUAL_PARTY_KIND_COMMUNITY_BENEFIT_SOCIETY:
      return "octagon";
    case MUTUAL_PARTY_KIND_EMPLOYEE_OWNERSHIP_TRUST:
    case MUTUAL_PARTY_KIND_EMPLOYEE_BENEFIT_TRUST:
    case MUTUAL_PARTY_KIND_TRUST:
      return "folder";
    case MUTUAL_PARTY_KIND_PERSON:
    default:
      return "ellipse";
    }
}

/* Each holder's share of a company's shares (by nominal value) and votes,
 * every class together, as the BODS writer computes them. */
void
mutual_diagram_stakes (MutualModel *model,
                       const char  *company,
                       GPtrArray   *out_stakes,
                       __int128    *out_nominal,
                       __int128    *out_votes)
{
  GPtrArray *holdings = mutual_model_get_array (model, MUTUAL_COLLECTION_HOLDINGS);
  GPtrArray *memberships = mutual_model_get_array (model, MUTUAL_COLLECTION_MEMBERSHIPS);
  MutualParty *party = mutual_model_lookup_party (model, company);
  gboolean per_member = party != NULL &&
                        mutual_party_kind_get_vote_basis (mutual_party_get_kind (party)) == MUTUAL_VOTE_BASIS_PER_MEMBER;

  *out_nominal = *out_votes = 0;
  for (guint i = 0; i < holdings->len + memberships->len; i++)
    {
      const char *holder;
      __int128 nominal = 0, votes = 0;
      gboolean golden = FALSE;
      MutualDiagramStake *stake = NULL;

      if (i < holdings->len)
        {
          MutualHolding *holding = g_ptr_array_index (holdings, i);
          MutualShareClass *klass = mutual_model_lookup_share_class (model, mutual_holding_get_share_class (holding));

          if (klass == NULL || !g_str_equal (mutual_share_class_get_issuer (klass), company))
            continue;
          holder = mutual_holding_get_holder (holding);
          nominal = (__int128) mutual_holding_get_count (holding) * mutual_share_class_get_nominal_value (klass);
          if (!per_member)
            votes = (__int128) mutual_holding_get_count (holding) * mutual_share_class_get_votes_per_share (klass);
          golden = (mutual_share_class_get_special_rights (klass) & MUTUAL_SPECIAL_RIGHTS_VETO_RESERVED_MATTERS) != 0;
        }
      else
        {
          MutualMembership *membership = g_ptr_array_index (memberships, i - holdings->len);

          if (!per_member || !g_str_equal (mutual_membership_get_organisation (membership), company))
            continue;
          holder = mutual_membership_get_member (membership);
          votes = mutual_membership_get_votes (membership);
        }
      for (guint j = 0; j < out_stakes->len; j++)
        if (g_str_equal (((MutualDiagramStake *) g_ptr_array_index (out_stakes, j))->holder, holder))
          stake = g_ptr_array_index (out_stakes, j);
      if (stake == NULL)
        {
          stake = g_new0 (MutualDiagramStake, 1);
          stake->holder = holder;
          g_ptr_array_add (out_stakes, stake);
        }
      stake->nominal += nominal;
      stake->votes += votes;
      stake->golden = stake->golden || golden;
      *out_nominal += nominal;
      *out_votes += votes;
    }
}

char *
mutual_diagram_percent (__int128 part,
                        __int128 whole)
{
  MutualFraction f;

  if (whole <= 0 || !mutual_fraction_reduce128 (part, whole, &f))
    return NULL;
  return mutual_fraction_to_percent_string (&f);
}

static void
edge (GString    *out,
      const char *from,
      const char *to,
      const char *label,
      const char *attributes)
{
  g_string_append (out, "  ");
  append_quoted (out, from);
  g_string_append (out, " -> ");
  append_quoted (out, to);
  g_string_append (out, " [label=");
  append_quoted (out, label);
  if (attributes != NULL)
    g_string_append_printf (out, ", %s", attributes);
  g_string_append (out, "];\n");
}

/**
 * mutual_model_to_dot:
 * @self: a model
 *
 * Draws the model's ownership and control as a Graphviz DOT graph.
 *
 * Parties are shaped by kind: companies boxes, societies and guarantee
 * companies octagons, trusts folders, public bodies houses, people
 * ellipses. The employee side (employee trusts, employees) is green, public
 * bodies blue, undisclosed holders grey. Ownership edges run from holder to
 * company, labelled with the exact share of the shares and of the votes
 * ("40%", or "62.5% shares, 25% votes" when they differ); control edges are
 * red and dashed: board appointment rights ("appoints 1 of 9 directors"),
 * golden shares, vetoes and rights by agreement; trustees and the company
 * whose employees benefit are dotted.
 *
 * Returns: (transfer full): the DOT text
 *
 * Since: 1.0
 */
char *
mutual_model_to_dot (MutualModel *self)
{
  GString *out;
  GPtrArray *parties, *board, *agreements;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);

  out = g_string_new ("digraph ownership {\n"
                      "  graph [rankdir=TB, fontname=\"Helvetica\", nodesep=0.5, ranksep=0.8];\n"
                      "  node [fontname=\"Helvetica\", fontsize=11, style=filled, fillcolor=white];\n"
                      "  edge [fontname=\"Helvetica\", fontsize=10];\n");
  if (mutual_model_get_name (self) != NULL)
    {
      g_string_append (out, "  labelloc=t; label=");
      append_quoted (out, mutual_model_get_name (self));
      g_string_append (out, ";\n");
    }

  parties = mutual_model_get_array (self, MUTUAL_COLLECTION_PARTIES);
  for (guint i = 0; i < parties->len; i++)
    {
      MutualParty *party = g_ptr_array_index (parties, i);
      MutualPartyKind kind = mutual_party_get_kind (party);
      g_autofree char *label = g_strdup_printf ("%s\n(%s)", mutual_party_get_name (party), mutual_party_kind_to_string (kind));
      const char *fill = "white";

      if (g_str_has_suffix (mutual_party_get_id (party), MUTUAL_BODS_UNDISCLOSED_SUFFIX))
        fill = UNDISCLOSED_FILL;
      else if (mutual_diagram_is_employee_side (party))
        fill = EMPLOYEE_FILL;
      else if (kind == MUTUAL_PARTY_KIND_PUBLIC_BODY)
        fill = PUBLIC_FILL;
      g_string_append (out, "  ");
      append_quoted (out, mutual_party_get_id (party));
      g_string_append_printf (out, " [shape=%s, fillcolor=\"%s\"%s, label=", shape_for (kind), fill,
                              mutual_diagram_is_employee_side (party) ? ", class=\"employee\"" : "");
      append_quoted (out, label);
      g_string_append (out, "];\n");
    }

  for (guint i = 0; i < parties->len; i++)
    {
      MutualParty *company = g_ptr_array_index (parties, i);
      g_autoptr(GPtrArray) stakes = g_ptr_array_new_with_free_func (g_free);
      __int128 nominal, votes;

      mutual_diagram_stakes (self, mutual_party_get_id (company), stakes, &nominal, &votes);
      for (guint j = 0; j < stakes->len; j++)
        {
          MutualDiagramStake *stake = g_ptr_array_index (stakes, j);
          g_autofree char *shares = stake->nominal > 0 ? mutual_diagram_percent (stake->nominal, nominal) : NULL;
          g_autofree char *vote = stake->votes > 0 ? mutual_diagram_percent (stake->votes, votes) : NULL;
          g_autofree char *label = NULL;

          if (shares != NULL && vote != NULL && g_str_equal (shares, vote))
            label = g_strdup (shares);
          else if (shares != NULL || vote != NULL)
            label = g_strdup_printf ("%s%s%s%s%s", shares ? shares : "", shares ? " shares" : "",
                                     shares && vote ? ", " : "", vote ? vote : "", vote ? " votes" : "");
          if (label != NULL)
            edge (out, stake->holder, mutual_party_get_id (company), label,
                  mutual_diagram_is_employee_side (mutual_model_lookup_party (self, stake->holder))
                  ? "class=\"ownership employee\", color=\"#2e7d32\", penwidth=2" : "class=\"ownership\"");
          if (stake->golden)
            edge (out, stake->holder, mutual_party_get_id (company), "golden share: veto over reserved matters",
                  "class=\"control\", color=\"" CONTROL_COLOUR "\", fontcolor=\"" CONTROL_COLOUR "\", style=bold");
        }
    }

  board = mutual_model_get_array (self, MUTUAL_COLLECTION_BOARD_RIGHTS);
  for (guint i = 0; i < board->len; i++)
    {
      MutualBoardRight *right = g_ptr_array_index (board, i);
      MutualParty *company = mutual_model_lookup_party (self, mutual_board_right_get_company (right));
      guint size = company ? mutual_party_get_board_size (company) : 0;
      guint directors = mutual_board_right_get_directors (right);
      g_autofree char *label = size > 0 ? g_strdup_printf ("appoints %u of %u directors", directors, size)
                                        : g_strdup_printf ("appoints %u director%s", directors, directors == 1 ? "" : "s");

      edge (out, mutual_board_right_get_appointer (right), mutual_board_right_get_company (right), label,
            "class=\"control\", color=\"" CONTROL_COLOUR "\", fontcolor=\"" CONTROL_COLOUR "\", style=dashed");
    }

  agreements = mutual_model_get_array (self, MUTUAL_COLLECTION_AGREEMENT_RIGHTS);
  for (guint i = 0; i < agreements->len; i++)
    {
      MutualAgreementRight *right = g_ptr_array_index (agreements, i);
      g_autofree char *share = mutual_fraction_to_percent_string (mutual_agreement_right_get_share (right));
      g_autofree char *label = NULL;

      if (!mutual_fraction_is_zero (mutual_agreement_right_get_share (right)))
        label = g_strdup_printf ("%s of %s by agreement%s", share,
                                 mutual_dimension_to_string (mutual_agreement_right_get_dimension (right)),
                                 mutual_agreement_right_get_veto (right) ? ", veto" : "");
      else
        label = g_strdup ("veto by agreement");
      edge (out, mutual_agreement_right_get_holder (right), mutual_agreement_right_get_company (right), label,
            "class=\"control\", color=\"" CONTROL_COLOUR "\", fontcolor=\"" CONTROL_COLOUR "\", style=dashed");
    }

  for (guint i = 0; i < parties->len; i++)
    {
      MutualParty *party = g_ptr_array_index (parties, i);
      const char * const *trustees = mutual_party_get_trustees (party);

      for (guint j = 0; trustees[j] != NULL; j++)
        edge (out, trustees[j], mutual_party_get_id (party), "trustee", "style=dotted, color=\"#555555\"");
      if (mutual_party_get_beneficiary_employer (party) != NULL)
        edge (out, mutual_party_get_id (party), mutual_party_get_beneficiary_employer (party),
              "held for its employees", "style=dotted, color=\"#2e7d32\", fontcolor=\"#2e7d32\", constraint=false");
    }
  g_string_append (out, "}\n");
  return g_string_free (out, FALSE);
}

/**
 * mutual_model_render_diagram:
 * @self: a model
 * @format: `dot`, `svg` or `png`
 * @error: return location for a #GError
 *
 * Draws the model ([method@Mutual.Model.to_dot]) and lays it out with
 * Graphviz's `dot` program for SVG and PNG. %MUTUAL_ERROR_UNSUPPORTED if
 * the format is unknown or Graphviz is not installed.
 *
 * Returns: (transfer full): the picture, or %NULL with @error set
 *
 * Since: 1.0
 */
GBytes *
mutual_model_render_diagram (MutualModel  *self,
                             const char   *format,
                             GError      **error)
{
  g_autofree char *dot = NULL;
  g_autofree char *program = NULL;
  g_autofree char *type = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) input = NULL;
  g_autoptr(GBytes) output = NULL;
  g_autoptr(GBytes) errors = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), NULL);
  g_return_val_if_fail (format != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dot = mutual_model_to_dot (self);
  if (g_str_equal (format, "dot") || g_str_equal (format, "gv"))
    {
      /* the length first: the order in which arguments are evaluated is
       * unspecified, and clang steals the pointer before strlen() sees it */
      gsize length = strlen (dot);

      return g_bytes_new_take (g_steal_pointer (&dot), length);
    }
  if (!g_str_equal (format, "svg") && !g_str_equal (format, "png"))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNSUPPORTED, "no diagram format “%s” (dot, svg or png)", format);
      return NULL;
    }
  program = g_find_program_in_path ("dot");
  if (program == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNSUPPORTED,
                   "drawing %s needs Graphviz's dot program, which is not installed", format);
      return NULL;
    }
  type = g_strconcat ("-T", format, NULL);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                              G_SUBPROCESS_FLAGS_STDERR_PIPE, &local, program, type, NULL);
  if (process == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_IO, "cannot run %s: %s", program, local->message);
      return NULL;
    }
  input = g_bytes_new (dot, strlen (dot));
  if (!g_subprocess_communicate (process, input, NULL, &output, &errors, &local))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_IO, "%s: %s", program, local->message);
      return NULL;
    }
  if (!g_subprocess_get_successful (process))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_IO, "%s failed: %.*s", program,
                   (int) MIN (g_bytes_get_size (errors), 500), (const char *) g_bytes_get_data (errors, NULL));
      return NULL;
    }
  return g_steal_pointer (&output);
}

/**
 * mutual_model_save_diagram:
 * @self: a model
 * @path: (type filename): where to write: `.dot`, `.gv`, `.svg` or `.png`
 * @error: return location for a #GError
 *
 * Draws the model in the format its file name asks for: see
 * [method@Mutual.Model.render_diagram].
 *
 * Returns: %TRUE if the file was written
 *
 * Since: 1.0
 */
gboolean
mutual_model_save_diagram (MutualModel  *self,
                           const char   *path,
                           GError      **error)
{
  const char *dot = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dot = strrchr (path, '.');
  if (dot == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNSUPPORTED, "%s: name the file .dot, .svg or .png", path);
      return FALSE;
    }
  bytes = mutual_model_render_diagram (self, dot + 1, error);
  if (bytes == NULL)
    return FALSE;
  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &local))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_IO, "%s", local->message);
      return FALSE;
    }
  return TRUE;
}
