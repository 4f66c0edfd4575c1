/* SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A small tool built on libmutual: load a model, run a what-if on it, and
 * print what changes and every finding about the companies afterwards.
 *
 *   example-whatif MODEL.json [SCENARIO.json]
 *
 * With a scenario file, the what-if is that scenario. Without one, it is
 * built in code: the day after the model's date, every public body sells
 * its shares in a company to that company's employee trust (a trust whose
 * beneficiaries are the company's employees), if it has one.
 *
 * Exit status: 0 done, 1 a finding after the what-if is a breach, 2 bad
 * usage, 3 bad input.
 *
 *   cc whatif.c $(pkg-config --cflags --libs mutual-1) -o whatif
 */
#include <locale.h>

#include <libmutual/mutual.h>

/* The employee trust of @company: a trust party whose beneficiary
 * employer is @company, or NULL. */
static const char *
employee_trust_of (MutualModel *model,
                   const char  *company)
{
  GListModel *parties = mutual_model_get_parties (model);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(MutualParty) party = g_list_model_get_item (parties, i);

      if (mutual_party_kind_is_trust (mutual_party_get_kind (party)) &&
          g_strcmp0 (mutual_party_get_beneficiary_employer (party), company) == 0)
        return mutual_party_get_id (party);
    }
  return NULL;
}

/* The day after an ISO 8601 date, as ISO 8601. */
static char *
day_after (const char *iso)
{
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) next = NULL;
  g_autofree char *midnight = g_strconcat (iso, "T00:00:00Z", NULL);

  day = g_date_time_new_from_iso8601 (midnight, NULL);
  if (day == NULL)
    return NULL;
  next = g_date_time_add_days (day, 1);
  return g_date_time_format (next, "%F");
}

/* The built-in what-if: public bodies sell to the employee trusts. */
static MutualScenario *
public_bodies_sell_to_trusts (MutualModel *model,
                              GError     **error)
{
  g_autoptr(MutualScenario) scenario = mutual_scenario_new (model);
  g_autofree char *date = NULL;
  GListModel *holdings = mutual_model_get_holdings (model);

  if (mutual_model_get_date (model) == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "the model has no date");
      return NULL;
    }
  date = day_after (mutual_model_get_date (model));
  mutual_scenario_set_name (scenario, "Public bodies sell their shares to the employee trusts");
  for (guint i = 0; i < g_list_model_get_n_items (holdings); i++)
    {
      g_autoptr(MutualHolding) holding = g_list_model_get_item (holdings, i);
      MutualParty *holder = mutual_model_lookup_party (model, mutual_holding_get_holder (holding));
      MutualShareClass *klass = mutual_model_lookup_share_class (model, mutual_holding_get_share_class (holding));
      const char *trust;

      if (holder == NULL || klass == NULL || mutual_party_get_kind (holder) != MUTUAL_PARTY_KIND_PUBLIC_BODY)
        continue;
      trust = employee_trust_of (model, mutual_share_class_get_issuer (klass));
      if (trust == NULL)
        continue;
      if (!mutual_scenario_transfer_shares (scenario, date, mutual_party_get_id (holder), trust,
                                            mutual_share_class_get_id (klass),
                                            mutual_holding_get_count (holding), error))
        return NULL;
    }
  return g_steal_pointer (&scenario);
}

static const char *
mark (MutualSeverity severity)
{
  switch (severity)
    {
    case MUTUAL_SEVERITY_BREACH:
      return "BREACH";
    case MUTUAL_SEVERITY_WARNING:
      return "warning";
    case MUTUAL_SEVERITY_INFO:
    default:
      return "info";
    }
}

/* Prints findings; returns the number of breaches. */
static guint
print_findings (GListModel *findings)
{
  guint breaches = 0;

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(MutualFinding) finding = g_list_model_get_item (findings, i);

      g_print ("    %-7s %s [%s]\n", mark (mutual_finding_get_severity (finding)),
               mutual_finding_get_message (finding), mutual_finding_get_citation (finding));
      if (mutual_finding_get_severity (finding) == MUTUAL_SEVERITY_BREACH)
        breaches++;
    }
  return breaches;
}

static void
print_list (const char         *what,
            const char * const *ids)
{
  g_autofree char *joined = g_strjoinv (", ", (char **) ids);

  g_print ("  %-38s %s\n", what, ids[0] != NULL ? joined : "nobody");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = NULL;
  g_autoptr(MutualScenario) scenario = NULL;
  g_autoptr(MutualTimeline) timeline = NULL;
  g_autoptr(MutualComparison) comparison = NULL;
  g_autoptr(MutualAnalysis) analysis = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) companies = NULL;
  guint breaches = 0;

  setlocale (LC_ALL, "");

  if (argc < 2 || argc > 3)
    {
      g_printerr ("usage: %s MODEL.json [SCENARIO.json]\n", argv[0]);
      return 2;
    }

  model = mutual_model_new_from_file (argv[1], &error);
  if (model != NULL)
    {
      if (argc == 3)
        scenario = mutual_scenario_new_from_file (argv[2], model, &error);
      else
        scenario = public_bodies_sell_to_trusts (model, &error);
    }
  if (scenario != NULL)
    timeline = mutual_scenario_run (scenario, &error);
  if (timeline == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 3;
    }

  g_print ("%s\n", mutual_scenario_get_name (scenario));
  g_print ("on %s (%u events)\n\nWhat changes:\n", mutual_model_get_name (model),
           mutual_scenario_get_n_events (scenario));
  comparison = mutual_comparison_new (model, mutual_timeline_final (timeline));
  lines = mutual_comparison_to_lines (comparison);
  for (guint i = 0; lines[i] != NULL; i++)
    g_print ("  %s\n", lines[i]);
  if (lines[0] == NULL)
    g_print ("  nothing\n");

  /* The findings about each company after the what-if. */
  analysis = mutual_analysis_new (mutual_timeline_final (timeline));
  companies = mutual_analysis_dup_companies (analysis);
  for (guint c = 0; companies[c] != NULL; c++)
    {
      g_autoptr(MutualControl) control = NULL;
      g_autoptr(GListModel) notes = NULL;
      g_autoptr(MutualQualification) psm = NULL;

      control = mutual_analysis_control (analysis, companies[c], &error);
      if (control != NULL)
        notes = mutual_analysis_psc_findings (analysis, companies[c], &error);
      if (notes != NULL)
        psm = mutual_analysis_qualify_public_service_mutual (analysis, companies[c],
                                                             MUTUAL_MUTUAL_TEST_PCR_2015_REG_77, &error);
      if (psm == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 3;
        }

      g_print ("\n%s, at %s:\n", companies[c], mutual_analysis_get_date (analysis));
      print_list ("passes an ordinary resolution alone:", mutual_control_get_ordinary (control));
      print_list ("passes a special resolution alone:", mutual_control_get_special (control));
      print_list ("blocks a special resolution alone:", mutual_control_get_block_special (control));
      g_print ("  the register of persons with significant control:\n");
      breaches += print_findings (notes);
      g_print ("  a public service mutual (PCR 2015 reg 77)? %s\n",
               mutual_qualification_get_qualifies (psm) ? "yes" : "no");
      /* the qualification's breaches describe the test, not a breach of
       * the law by the company: they are printed, not counted */
      print_findings (mutual_qualification_get_findings (psm));
    }
  return breaches > 0 ? 1 : 0;
}
