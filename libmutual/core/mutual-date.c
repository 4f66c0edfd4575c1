/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "mutual-date-private.h"
#include "mutual-error.h"

/* Dates are read strictly as YYYY-MM-DD with a year from 1 to 9999: a
 * "year 99999" or "2012-02-30" is an error naming the text, never a wrap. */
gboolean
mutual_day_parse (const char  *text,
                  MutualDay   *out_day,
                  GError     **error)
{
  int y, m, d;
  const char *p = text;

  if (text == NULL)
    {
      g_set_error_literal (error, MUTUAL_ERROR, MUTUAL_ERROR_MISSING, "a date is required");
      return FALSE;
    }
  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    goto bad;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (p[i]))
      goto bad;
  y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
  m = (p[5] - '0') * 10 + (p[6] - '0');
  d = (p[8] - '0') * 10 + (p[9] - '0');
  if (y < 1 || m < 1 || m > 12 || d < 1 || !g_date_valid_dmy (d, m, y))
    goto bad;
  *out_day = mutual_day_from_ymd (y, m, d);
  return TRUE;

bad:
  g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE,
               "“%s” is not a calendar date in ISO 8601 form (YYYY-MM-DD, years 0001 to 9999)",
               text);
  return FALSE;
}

MutualDay
mutual_day_from_ymd (int year,
                     int month,
                     int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

/* GDate's Julian day 1 is 0001-01-01; days_from_civil (1970-01-01) is 0. */
#define JULIAN_1970 719163

void
mutual_day_to_ymd (MutualDay  day,
                   int       *year,
                   int       *month,
                   int       *mday)
{
  /* Howard Hinnant's civil_from_days, on the proleptic Gregorian calendar */
  gint64 z = (gint64) day - JULIAN_1970 + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  gint64 doe = z - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;
  gint64 d = doy - (153 * mp + 2) / 5 + 1;
  gint64 m = mp < 10 ? mp + 3 : mp - 9;

  *year = (int) (yoe + era * 400 + (m <= 2));
  *month = (int) m;
  *mday = (int) d;
}

void
mutual_day_format_buf (MutualDay day,
                       char      buf[11])
{
  int y, m, d;

  if (day == MUTUAL_DAY_NONE)
    {
      buf[0] = '\0';
      return;
    }
  mutual_day_to_ymd (day, &y, &m, &d);
  g_snprintf (buf, 11, "%04d-%02d-%02d", y, m, d);
}

char *
mutual_day_format (MutualDay day)
{
  char buf[11];

  if (day == MUTUAL_DAY_NONE)
    return NULL;
  mutual_day_format_buf (day, buf);
  return g_strdup (buf);
}

/* Adding months or years keeps the day of the month where it exists and
 * otherwise takes the month's last day (29 February + 1 year = 28 February),
 * as GDate does. */
MutualDay
mutual_day_add_months (MutualDay day,
                       int       months)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  if (months >= 0)
    g_date_add_months (&date, months);
  else
    g_date_subtract_months (&date, -months);
  return g_date_get_julian (&date);
}

MutualDay
mutual_day_add_years (MutualDay day,
                      int       years)
{
  return mutual_day_add_months (day, years * 12);
}
