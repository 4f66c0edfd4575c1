/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include "mutual-cli.h"

/* Pounds with up to two decimals ("512.30", "£700") to pence, exactly. */
static gboolean
parse_pounds (const char *text,
              gint64     *out)
{
  gint64 pence = 0;
  int decimals = -1;
  gboolean any = FALSE;

  if (g_str_has_prefix (text, "£"))
    text += strlen ("£");
  for (const char *c = text; *c != '\0'; c++)
    {
      if (*c == ',' && decimals < 0)
        continue;
      if (*c == '.' && decimals < 0)
        {
          decimals = 0;
          continue;
        }
      if (!g_ascii_isdigit (*c) || decimals == 2 || pence > G_MAXINT64 / 1000)
        return FALSE;
      pence = pence * 10 + (*c - '0');
      any = TRUE;
      if (decimals >= 0)
        decimals++;
    }
  for (int i = MAX (decimals, 0); i < 2; i++)
    pence *= 10;
  *out = pence;
  return any;
}

char *
mutual_cli_format_pounds (gint64 pence)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, (pence < 0 ? -pence : pence) / 100);
  gsize len = strlen (digits);

  if (pence < 0)
    g_string_append_c (text, '-');
  g_string_append (text, "£");
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (text, ',');
      g_string_append_c (text, digits[i]);
    }
  g_string_append_printf (text, ".%02d", (int) ((pence < 0 ? -pence : pence) % 100));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

int
mutual_cmd_redundancy (int    argc,
                       char **argv)
{
  g_autofree char *born = NULL, *started = NULL, *ends = NULL, *weekly = NULL;
  gboolean json = FALSE, ni = FALSE;
  const GOptionEntry entries[] = {
    { "born", 0, 0, G_OPTION_ARG_STRING, &born, "Date of birth", "DATE" },
    { "started", 0, 0, G_OPTION_ARG_STRING, &started, "Start of continuous employment", "DATE" },
    { "ends", 0, 0, G_OPTION_ARG_STRING, &ends, "Effective date of termination", "DATE" },
    { "weekly-pay", 0, 0, G_OPTION_ARG_STRING, &weekly, "A week's pay before tax, in pounds", "POUNDS" },
    { "northern-ireland", 0, 0, G_OPTION_ARG_NONE, &ni, "Use Northern Ireland's weekly pay caps", NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print JSON (member \"pence\" is the payment)", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    mutual_cli_context ("redundancy", NULL,
                        "One person's statutory redundancy pay (ERA 1996 s162): two years' service\n"
                        "qualify; at most 20 years count back from the termination date, each half, one or\n"
                        "one and a half weeks' pay by age (under 22, 22 to 40, 41 or more for the whole\n"
                        "year); a week's pay is capped at the figure in force on the termination date.",
                        entries);
  g_autoptr(MutualRedundancyPay) pay = NULL;
  g_autoptr(GError) error = NULL;
  gint64 weekly_pence;

  if (!mutual_cli_parse (context, &argc, &argv))
    return MUTUAL_EXIT_USAGE;
  if (born == NULL || started == NULL || ends == NULL || weekly == NULL || argc > 1)
    {
      g_printerr ("mutual: redundancy needs --born, --started, --ends and --weekly-pay\n"
                  "Try “mutual redundancy --help”.\n");
      return MUTUAL_EXIT_USAGE;
    }
  if (!parse_pounds (weekly, &weekly_pence))
    {
      g_printerr ("mutual: --weekly-pay “%s” is not an amount in pounds (such as 512.30)\n", weekly);
      return MUTUAL_EXIT_USAGE;
    }
  pay = mutual_redundancy_pay_compute (born, started, ends, weekly_pence,
                                       ni ? MUTUAL_JURISDICTION_NORTHERN_IRELAND : MUTUAL_JURISDICTION_GREAT_BRITAIN,
                                       &error);
  if (pay == NULL)
    {
      mutual_cli_print_error (error);
      return error->code == MUTUAL_ERROR_PARSE ? MUTUAL_EXIT_USAGE : MUTUAL_EXIT_INPUT;
    }
  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *weeks = g_strdup_printf ("%u%s", mutual_redundancy_pay_get_half_weeks (pay) / 2,
                                                mutual_redundancy_pay_get_half_weeks (pay) % 2 ? ".5" : "");

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "pence");
      json_builder_add_int_value (builder, mutual_redundancy_pay_get_pence (pay));
      json_builder_set_member_name (builder, "qualifies");
      json_builder_add_boolean_value (builder, mutual_redundancy_pay_get_qualifies (pay));
      json_builder_set_member_name (builder, "years");
      json_builder_add_int_value (builder, mutual_redundancy_pay_get_years (pay));
      json_builder_set_member_name (builder, "years_counted");
      json_builder_add_int_value (builder, mutual_redundancy_pay_get_years_counted (pay));
      json_builder_set_member_name (builder, "weeks");
      json_builder_add_string_value (builder, weeks);
      json_builder_set_member_name (builder, "weekly_pay");
      json_builder_add_int_value (builder, mutual_redundancy_pay_get_weekly_pay (pay));
      json_builder_set_member_name (builder, "week_counted");
      json_builder_add_int_value (builder, mutual_redundancy_pay_get_week_counted (pay));
      json_builder_set_member_name (builder, "cap");
      json_builder_add_int_value (builder, mutual_redundancy_pay_get_cap (pay));
      json_builder_set_member_name (builder, "cap_from");
      json_builder_add_string_value (builder, mutual_redundancy_pay_get_cap_from (pay));
      json_builder_set_member_name (builder, "citation");
      json_builder_add_string_value (builder, mutual_redundancy_pay_get_citation (pay));
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      mutual_cli_print_json (root);
    }
  else
    {
      g_autofree char *total = mutual_cli_format_pounds (mutual_redundancy_pay_get_pence (pay));
      g_autofree char *week = mutual_cli_format_pounds (mutual_redundancy_pay_get_week_counted (pay));
      g_autofree char *cap = mutual_cli_format_pounds (mutual_redundancy_pay_get_cap (pay));
      guint half = mutual_redundancy_pay_get_half_weeks (pay);

      if (!mutual_redundancy_pay_get_qualifies (pay))
        g_print ("No statutory redundancy pay: %u complete year%s of continuous employment, 2 needed (ERA 1996 s155).\n",
                 mutual_redundancy_pay_get_years (pay), mutual_redundancy_pay_get_years (pay) == 1 ? "" : "s");
      else
        g_print ("Statutory redundancy pay: %s\n"
                 "  %u complete years, %u counted: %u%s weeks' pay\n"
                 "  a week's pay counted: %s (cap %s from %s)\n"
                 "  %s\n",
                 total, mutual_redundancy_pay_get_years (pay), mutual_redundancy_pay_get_years_counted (pay),
                 half / 2, half % 2 ? "½" : "", week, cap, mutual_redundancy_pay_get_cap_from (pay),
                 mutual_redundancy_pay_get_citation (pay));
    }
  return MUTUAL_EXIT_OK;
}
