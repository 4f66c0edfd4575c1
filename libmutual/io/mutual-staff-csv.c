/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mutual-error.h"
#include "mutual-fraction-private.h"
#include "mutual-item-list-private.h"
#include "mutual-json-private.h"
#include "mutual-model-private.h"
#include "mutual-model-staff.h"
#include "mutual-staff-csv.h"
#include "mutual-tupe-private.h"

/**
 * mutual_staff_csv_parse:
 * @data: (array length=length) (element-type guint8): the CSV text, UTF-8
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Reads a staff list as HR systems export it: comma-separated values as
 * RFC 4180 describes them (a header row, fields optionally in double quotes,
 * `""` for a quote inside one, quoted fields may hold commas and line
 * breaks, lines ending in CRLF or LF), UTF-8 with or without a byte order
 * mark.
 *
 * The header names the columns, in any order and case; spaces and hyphens
 * count as underscores. Columns that libmutual does not know are ignored.
 *
 * - `id` (or `employee_id`, `staff_id`, `employee_number`): required
 * - `employer`: the id of the employing party, required
 * - `started` (or `start_date`, `continuous_service_start`,
 *   `continuous_employment_start`): required
 * - `born` (or `date_of_birth`, `dob`): required
 * - `weekly_pay` in pounds (`512.30`, `£1,024.00`), or `weekly_pay_pence`:
 *   one of the two is required
 * - `name`, `grouping`, `collective_agreement`: text
 * - `assignment`: the share of working time in the grouping, as `60%`,
 *   `0.6` or `3/5`; empty means all of it
 * - `hours` (or `contractual_hours`): hours a week
 * - `pension_scheme` (or `pension`): `lgps`, `nhs`, `civil-service`,
 *   `teachers`, `other-public-service`, `defined-benefit`,
 *   `defined-contribution` or `none` (empty)
 * - `temporary`, `objected`: `yes`/`no`, `true`/`false`, `y`/`n`, `1`/`0`
 *
 * Dates are ISO 8601 (`1975-03-31`) or day/month/year as in the UK
 * (`31/03/1975`, `1/4/1975`). A field longer than 4096 bytes (once the
 * spaces around it are taken off) is refused with %MUTUAL_ERROR_LIMIT: that
 * is the model file's limit on strings, and a model holding a longer one
 * could not be saved. Every error names the row (the header is row 1) and
 * the column, such as `row 7, column 5 (“born”): “31/02/1980” is not a
 * date`.
 *
 * Returns: (transfer full): a list model of [class@Mutual.StaffMember] in
 *   file order, or %NULL with @error set
 *
 * Since: 1.0
 */

enum {
  COL_ID,
  COL_NAME,
  COL_EMPLOYER,
  COL_GROUPING,
  COL_ASSIGNMENT,
  COL_TEMPORARY,
  COL_STARTED,
  COL_BORN,
  COL_WEEKLY_PAY,
  COL_WEEKLY_PAY_PENCE,
  COL_HOURS,
  COL_PENSION_SCHEME,
  COL_COLLECTIVE_AGREEMENT,
  COL_OBJECTED,
  N_COLS
};

static const char *column_names[N_COLS][5] = {
  [COL_ID] = { "id", "employee_id", "staff_id", "employee_number", NULL },
  [COL_NAME] = { "name", NULL },
  [COL_EMPLOYER] = { "employer", NULL },
  [COL_GROUPING] = { "grouping", NULL },
  [COL_ASSIGNMENT] = { "assignment", NULL },
  [COL_TEMPORARY] = { "temporary", NULL },
  [COL_STARTED] = { "started", "start_date", "continuous_service_start", "continuous_employment_start", NULL },
  [COL_BORN] = { "born", "date_of_birth", "dob", NULL },
  [COL_WEEKLY_PAY] = { "weekly_pay", NULL },
  [COL_WEEKLY_PAY_PENCE] = { "weekly_pay_pence", NULL },
  [COL_HOURS] = { "hours", "contractual_hours", NULL },
  [COL_PENSION_SCHEME] = { "pension_scheme", "pension", NULL },
  [COL_COLLECTIVE_AGREEMENT] = { "collective_agreement", NULL },
  [COL_OBJECTED] = { "objected", NULL },
};

typedef struct
{
  char *buffer;          /* a copy of the input, split and unescaped in place */
  char *end;
  char *p;
  guint row;             /* of the record being read; the header is row 1 */
  guint line;            /* of the reader's position */
  GPtrArray *fields;     /* of the current record: char * into buffer */
} Reader;

static gboolean
csv_error (GError    **error,
           int         code,
           guint       row,
           guint       column,
           const char *name,
           const char *format,
           ...) G_GNUC_PRINTF (6, 7);

static gboolean
csv_error (GError    **error,
           int         code,
           guint       row,
           guint       column,
           const char *name,
           const char *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (column == 0)
    g_set_error (error, MUTUAL_ERROR, code, "row %u: %s", row, message);
  else if (name == NULL || *name == '\0')
    g_set_error (error, MUTUAL_ERROR, code, "row %u, column %u: %s", row, column, message);
  else
    g_set_error (error, MUTUAL_ERROR, code, "row %u, column %u (“%s”): %s", row, column, name, message);
  return FALSE;
}

/* Reads one record into reader->fields. Returns FALSE at the end of the
 * input (with no error) or on a malformed record (with @error set). */
static gboolean
read_record (Reader   *reader,
             GError  **error)
{
  char *p = reader->p, *end = reader->end;

  g_ptr_array_set_size (reader->fields, 0);
  if (p >= end)
    return FALSE;
  for (;;)
    {
      char *w = p;              /* fields shrink as quotes go: write behind the reader */
      char *start = w;

      if (p < end && *p == '"')
        {
          guint quote_line = reader->line;

          p++;
          for (;;)
            {
              if (p >= end)
                return csv_error (error, MUTUAL_ERROR_PARSE, reader->row, reader->fields->len + 1, "",
                                  "the quoted field opened on line %u never closes", quote_line);
              if (*p == '"')
                {
                  if (p + 1 < end && p[1] == '"')
                    {
                      *w++ = '"';
                      p += 2;
                      continue;
                    }
                  p++;
                  break;
                }
              if (*p == '\n')
                reader->line++;
              *w++ = *p++;
            }
          if (p < end && *p != ',' && *p != '\n' && *p != '\r')
            return csv_error (error, MUTUAL_ERROR_PARSE, reader->row, reader->fields->len + 1, "",
                              "text after the closing quote of a quoted field (write a quote inside one as \"\")");
        }
      else
        {
          while (p < end && *p != ',' && *p != '\n' && *p != '\r')
            {
              if (*p == '"')
                return csv_error (error, MUTUAL_ERROR_PARSE, reader->row, reader->fields->len + 1, "",
                                  "a quote inside an unquoted field (quote the whole field)");
              *w++ = *p++;
            }
        }
      g_ptr_array_add (reader->fields, start);
      if (p < end && *p == ',')
        {
          *w = '\0';
          p++;
          continue;
        }
      /* end of record: CRLF, LF, a lone CR or the end of the input */
      if (p < end && *p == '\r')
        p++;
      if (p < end && *p == '\n')
        p++;
      *w = '\0';
      reader->line++;
      break;
    }
  reader->p = p;
  return TRUE;
}

static void
normalise_name (char *name)
{
  g_strstrip (name);
  for (char *c = name; *c != '\0'; c++)
    *c = (*c == ' ' || *c == '-') ? '_' : g_ascii_tolower (*c);
}

static int
digits (const char *p,
        int         n,
        int        *out)
{
  int value = 0;

  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      value = value * 10 + (p[i] - '0');
    }
  *out = value;
  return TRUE;
}

/* ISO 8601 YYYY-MM-DD, or D/M/YYYY with one or two digits for day and
 * month. */
static gboolean
parse_date (const char *text,
            MutualDay  *out)
{
  int y, m, d;
  const char *slash1, *slash2;
  size_t len = strlen (text);

  if (len == 10 && text[4] == '-')
    return mutual_day_parse (text, out, NULL);
  slash1 = strchr (text, '/');
  slash2 = slash1 != NULL ? strchr (slash1 + 1, '/') : NULL;
  if (slash2 == NULL || strchr (slash2 + 1, '/') != NULL ||
      slash1 - text < 1 || slash1 - text > 2 || slash2 - slash1 - 1 < 1 || slash2 - slash1 - 1 > 2 ||
      strlen (slash2 + 1) != 4 ||
      !digits (text, slash1 - text, &d) || !digits (slash1 + 1, slash2 - slash1 - 1, &m) ||
      !digits (slash2 + 1, 4, &y) ||
      y < 1 || m < 1 || m > 12 || d < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  *out = mutual_day_from_ymd (y, m, d);
  return TRUE;
}

/* Pounds with up to two decimals, an optional £ and thousands commas. */
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
      if (!g_ascii_isdigit (*c) || decimals == 2)
        return FALSE;
      if (pence > (G_MAXINT64 - 9) / 10)
        return FALSE;
      pence = pence * 10 + (*c - '0');
      any = TRUE;
      if (decimals >= 0)
        decimals++;
    }
  if (!any)
    return FALSE;
  for (int i = MAX (decimals, 0); i < 2; i++)
    {
      if (pence > G_MAXINT64 / 10)
        return FALSE;
      pence *= 10;
    }
  *out = pence;
  return TRUE;
}

static gboolean
parse_share (const char     *text,
             MutualFraction *out)
{
  size_t len = strlen (text);
  g_autoptr(MutualFraction) f = NULL;

  if (len > 0 && (text[len - 1] == '%' || strchr (text, '.') != NULL))
    {
      /* a percentage or a decimal: exact, as a fraction over a power of ten */
      gboolean percent = text[len - 1] == '%';
      gint64 numerator = 0, denominator = percent ? 100 : 1;
      gboolean point = FALSE, any = FALSE;

      for (size_t i = 0; i < len - (percent ? 1 : 0); i++)
        {
          if (text[i] == '.' && !point)
            {
              point = TRUE;
              continue;
            }
          if (!g_ascii_isdigit (text[i]) || numerator > G_MAXINT64 / 100 || denominator > G_MAXINT64 / 100)
            return FALSE;
          numerator = numerator * 10 + (text[i] - '0');
          any = TRUE;
          if (point)
            denominator *= 10;
        }
      if (!any)
        return FALSE;
      mutual_fraction_init (out, numerator, denominator);
      return TRUE;
    }
  f = mutual_fraction_new_parse (text, NULL);
  if (f == NULL)
    return FALSE;
  *out = *f;
  return TRUE;
}

static gboolean
parse_yes_no (const char *text,
              gboolean   *out)
{
  static const char *yes[] = { "yes", "y", "true", "1", NULL };
  static const char *no[] = { "no", "n", "false", "0", "", NULL };

  for (guint i = 0; yes[i] != NULL; i++)
    if (g_ascii_strcasecmp (text, yes[i]) == 0)
      {
        *out = TRUE;
        return TRUE;
      }
  for (guint i = 0; no[i] != NULL; i++)
    if (g_ascii_strcasecmp (text, no[i]) == 0)
      {
        *out = FALSE;
        return TRUE;
      }
  return FALSE;
}

static gboolean
parse_scheme (const char          *text,
              MutualPensionScheme *out)
{
  g_autofree char *nick = g_ascii_strdown (text, -1);

  if (*nick == '\0')
    {
      *out = MUTUAL_PENSION_SCHEME_NONE;
      return TRUE;
    }
  for (char *c = nick; *c != '\0'; c++)
    if (*c == ' ' || *c == '_')
      *c = '-';
  return mutual_pension_scheme_from_string (nick, out);
}

static GListModel *
parse_csv (const char  *data,
           gssize       length,
           MutualModel *model,
           GError     **error)
{
  Reader reader = { 0 };
  g_autofree char *buffer = NULL;
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MutualItemList) result = mutual_item_list_new (MUTUAL_TYPE_STAFF_MEMBER);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);   /* id → row */
  GPtrArray *items = mutual_item_list_get_array (result);
  int columns[N_COLS];
  const char *valid_end;
  const char *last_employer = NULL;
  gboolean employer_known = FALSE;

  if (length < 0)
    length = strlen (data);
  if (!g_utf8_validate (data, length, &valid_end))
    {
      guint row = 1;

      for (const char *c = data; c < valid_end; c++)
        if (*c == '\n')
          row++;
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE,
                   "line %u: the staff list is not valid UTF-8 (byte %" G_GSIZE_FORMAT ")", row,
                   (gsize) (valid_end - data) + 1);
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  /* @data need not be nul-terminated: copy @length bytes, then add one */
  buffer = g_malloc (length + 1);
  memcpy (buffer, data, length);
  buffer[length] = '\0';
  reader.buffer = buffer;
  reader.p = buffer;
  reader.end = buffer + length;
  reader.row = 1;
  reader.line = 1;
  reader.fields = fields;

  if (!read_record (&reader, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, MUTUAL_ERROR, MUTUAL_ERROR_MISSING, "row 1: the staff list is empty (no header row)");
      return NULL;
    }
  for (guint c = 0; c < N_COLS; c++)
    columns[c] = -1;
  for (guint i = 0; i < fields->len; i++)
    {
      char *name = g_strdup (g_ptr_array_index (fields, i));

      normalise_name (name);
      g_ptr_array_add (header, name);
      for (guint c = 0; c < N_COLS; c++)
        for (guint a = 0; column_names[c][a] != NULL; a++)
          if (strcmp (name, column_names[c][a]) == 0)
            {
              if (columns[c] >= 0)
                return csv_error (error, MUTUAL_ERROR_DUPLICATE_ID, 1, i + 1, name,
                                  "a second column for %s (column %d is one)", column_names[c][0], columns[c] + 1),
                       NULL;
              columns[c] = i;
            }
    }
  {
    static const guint required[] = { COL_ID, COL_EMPLOYER, COL_STARTED, COL_BORN };

    for (guint r = 0; r < G_N_ELEMENTS (required); r++)
      if (columns[required[r]] < 0)
        {
          g_autofree char *names = g_strjoinv ("”, “", (char **) column_names[required[r]]);

          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_MISSING, "row 1: the header has no column “%s”", names);
          return NULL;
        }
    if (columns[COL_WEEKLY_PAY] < 0 && columns[COL_WEEKLY_PAY_PENCE] < 0)
      {
        g_set_error_literal (error, MUTUAL_ERROR, MUTUAL_ERROR_MISSING,
                             "row 1: the header has no column “weekly_pay” or “weekly_pay_pence”");
        return NULL;
      }
  }

  for (;;)
    {
      MutualStaffFields f = { 0 };
      MutualFraction share;
      const char *cell[N_COLS] = { NULL };
      MutualPensionScheme scheme = MUTUAL_PENSION_SCHEME_NONE;
      g_autoptr(GError) local = NULL;
      guint row;

      reader.row++;
      if (!read_record (&reader, error))
        {
          if (error != NULL && *error != NULL)
            return NULL;
          break;
        }
      row = reader.row;
      /* a blank line (as at the end of many exports) is not a record */
      if (fields->len == 1 && *(char *) g_ptr_array_index (fields, 0) == '\0')
        continue;
      if (fields->len != header->len)
        {
          csv_error (error, MUTUAL_ERROR_PARSE, row, 0, NULL, "%u fields, but the header has %u columns",
                     fields->len, header->len);
          return NULL;
        }
      for (guint c = 0; c < N_COLS; c++)
        if (columns[c] >= 0)
          {
            char *text = g_ptr_array_index (fields, columns[c]);

            cell[c] = g_strstrip (text);
          }

#define COLUMN_ERROR(c, code, ...) \
      G_STMT_START { \
        csv_error (error, code, row, columns[c] + 1, g_ptr_array_index (header, columns[c]), __VA_ARGS__); \
        return NULL; \
      } G_STMT_END

      /* the model file's limit on strings: a longer field could be read
       * here but the model holding it could not be saved */
      for (guint c = 0; c < N_COLS; c++)
        if (cell[c] != NULL && strlen (cell[c]) > MUTUAL_JSON_MAX_STRING)
          COLUMN_ERROR (c, MUTUAL_ERROR_LIMIT, "is longer than %d bytes", MUTUAL_JSON_MAX_STRING);
      if (*cell[COL_ID] == '\0')
        COLUMN_ERROR (COL_ID, MUTUAL_ERROR_MISSING, "an id is required");
      f.id = cell[COL_ID];
      {
        gpointer first_row;

        if (g_hash_table_lookup_extended (ids, f.id, NULL, &first_row))
          COLUMN_ERROR (COL_ID, MUTUAL_ERROR_DUPLICATE_ID, "“%s” is already on row %u", f.id,
                        GPOINTER_TO_UINT (first_row));
        if (model != NULL && mutual_model_lookup_key (model, MUTUAL_COLLECTION_STAFF, f.id) != NULL)
          COLUMN_ERROR (COL_ID, MUTUAL_ERROR_DUPLICATE_ID, "the model already has a staff member “%s”", f.id);
        g_hash_table_insert (ids, (gpointer) f.id, GUINT_TO_POINTER (row));
      }
      if (*cell[COL_EMPLOYER] == '\0')
        COLUMN_ERROR (COL_EMPLOYER, MUTUAL_ERROR_MISSING, "an employer is required");
      f.employer = cell[COL_EMPLOYER];
      if (model != NULL)
        {
          if (last_employer == NULL || strcmp (last_employer, f.employer) != 0)
            {
              employer_known = mutual_model_lookup_party (model, f.employer) != NULL;
              last_employer = f.employer;
            }
          if (!employer_known)
            COLUMN_ERROR (COL_EMPLOYER, MUTUAL_ERROR_UNKNOWN_ID, "no party “%s” in the model", f.employer);
        }
      if (cell[COL_NAME] != NULL && *cell[COL_NAME] != '\0')
        f.name = cell[COL_NAME];
      if (cell[COL_GROUPING] != NULL && *cell[COL_GROUPING] != '\0')
        f.grouping = cell[COL_GROUPING];
      if (cell[COL_ASSIGNMENT] != NULL && *cell[COL_ASSIGNMENT] != '\0')
        {
          if (!parse_share (cell[COL_ASSIGNMENT], &share) || share.numerator < 0 ||
              mutual_fraction_compare_ratio (&share, 1, 1) > 0)
            COLUMN_ERROR (COL_ASSIGNMENT, MUTUAL_ERROR_INVALID,
                          "“%s” is not a share of working time from 0 to 1 (60%%, 0.6 or 3/5)", cell[COL_ASSIGNMENT]);
          f.assignment = &share;
        }
      if (cell[COL_TEMPORARY] != NULL && !parse_yes_no (cell[COL_TEMPORARY], &f.temporary))
        COLUMN_ERROR (COL_TEMPORARY, MUTUAL_ERROR_INVALID, "“%s” is not yes or no", cell[COL_TEMPORARY]);
      if (cell[COL_OBJECTED] != NULL && !parse_yes_no (cell[COL_OBJECTED], &f.objected))
        COLUMN_ERROR (COL_OBJECTED, MUTUAL_ERROR_INVALID, "“%s” is not yes or no", cell[COL_OBJECTED]);
      if (!parse_date (cell[COL_STARTED], &f.started))
        COLUMN_ERROR (COL_STARTED, MUTUAL_ERROR_PARSE, "“%s” is not a date (YYYY-MM-DD or DD/MM/YYYY)",
                      cell[COL_STARTED]);
      if (!parse_date (cell[COL_BORN], &f.born))
        COLUMN_ERROR (COL_BORN, MUTUAL_ERROR_PARSE, "“%s” is not a date (YYYY-MM-DD or DD/MM/YYYY)", cell[COL_BORN]);
      if (f.started <= f.born)
        COLUMN_ERROR (COL_STARTED, MUTUAL_ERROR_ORDER, "“%s” is not after the date of birth", cell[COL_STARTED]);
      if (columns[COL_WEEKLY_PAY] >= 0 && *cell[COL_WEEKLY_PAY] != '\0')
        {
          if (!parse_pounds (cell[COL_WEEKLY_PAY], &f.weekly_pay))
            COLUMN_ERROR (COL_WEEKLY_PAY, MUTUAL_ERROR_INVALID,
                          "“%s” is not an amount in pounds (such as 512.30)", cell[COL_WEEKLY_PAY]);
        }
      else if (columns[COL_WEEKLY_PAY_PENCE] >= 0)
        {
          char *end = NULL;
          const char *text = cell[COL_WEEKLY_PAY_PENCE];

          if (*text == '\0' || !g_ascii_isdigit (*text) ||
              (f.weekly_pay = g_ascii_strtoll (text, &end, 10), *end != '\0') || f.weekly_pay == G_MAXINT64)
            COLUMN_ERROR (COL_WEEKLY_PAY_PENCE, MUTUAL_ERROR_INVALID, "“%s” is not a whole number of pence", text);
        }
      else
        COLUMN_ERROR (COL_WEEKLY_PAY, MUTUAL_ERROR_MISSING, "a weekly pay is required");
      if (cell[COL_HOURS] != NULL && *cell[COL_HOURS] != '\0')
        {
          char *end = NULL;

          f.hours = g_ascii_strtod (cell[COL_HOURS], &end);
          if (*end != '\0' || !(f.hours >= 0 && f.hours <= 168))
            COLUMN_ERROR (COL_HOURS, MUTUAL_ERROR_INVALID, "“%s” is not a number of hours a week", cell[COL_HOURS]);
        }
      if (cell[COL_PENSION_SCHEME] != NULL && !parse_scheme (cell[COL_PENSION_SCHEME], &scheme))
        COLUMN_ERROR (COL_PENSION_SCHEME, MUTUAL_ERROR_INVALID,
                      "“%s” is not a pension scheme (lgps, nhs, civil-service, teachers, other-public-service, "
                      "defined-benefit, defined-contribution or none)", cell[COL_PENSION_SCHEME]);
      f.pension_scheme = scheme;
      if (cell[COL_COLLECTIVE_AGREEMENT] != NULL && *cell[COL_COLLECTIVE_AGREEMENT] != '\0')
        f.collective_agreement = cell[COL_COLLECTIVE_AGREEMENT];
#undef COLUMN_ERROR
      if (!mutual_staff_fields_check (&f, &local))
        {
          csv_error (error, local->code, row, 0, NULL, "%s", local->message);
          return NULL;
        }
      g_ptr_array_add (items, mutual_staff_member_new_from_fields (&f));
    }
  return G_LIST_MODEL (g_steal_pointer (&result));
}

GListModel *
mutual_staff_csv_parse (const char  *data,
                        gssize       length,
                        GError     **error)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return parse_csv (data, length, NULL, error);
}

/**
 * mutual_model_add_staff_from_csv_data:
 * @self: a model
 * @data: (array length=length) (element-type guint8): the CSV text, UTF-8
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Reads a staff list (see [func@Mutual.staff_csv_parse]) and adds its
 * staff to @self. Every employer must be a party of @self and every id new
 * to it; the error names the row and column where one is not. Nothing is
 * added unless everything is.
 *
 * Returns: the number of staff added, or 0 with @error set
 *
 * Since: 1.0
 */
guint
mutual_model_add_staff_from_csv_data (MutualModel  *self,
                                      const char   *data,
                                      gssize        length,
                                      GError      **error)
{
  g_autoptr(GListModel) staff = NULL;
  GPtrArray *items;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), 0);
  g_return_val_if_fail (data != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  staff = parse_csv (data, length, self, error);
  if (staff == NULL)
    return 0;
  items = mutual_item_list_get_array (MUTUAL_ITEM_LIST (staff));
  for (guint i = 0; i < items->len; i++)
    if (!mutual_model_add_item (self, MUTUAL_COLLECTION_STAFF, g_ptr_array_index (items, i), NULL))
      g_assert_not_reached ();   /* ids and records were checked above */
  return items->len;
}

/**
 * mutual_model_add_staff_from_csv_file:
 * @self: a model
 * @path: (type filename): the CSV file
 * @error: return location for a #GError
 *
 * Reads a staff list from a file and adds its staff to @self, as
 * [method@Mutual.Model.add_staff_from_csv_data] does. Errors start with
 * the file's name.
 *
 * Returns: the number of staff added, or 0 with @error set
 *
 * Since: 1.0
 */
guint
mutual_model_add_staff_from_csv_file (MutualModel  *self,
                                      const char   *path,
                                      GError      **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;
  gsize length;
  guint n;

  g_return_val_if_fail (MUTUAL_IS_MODEL (self), 0);
  g_return_val_if_fail (path != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  /* refuses a file over the limit before reading it, and never reads more
   * than the limit from a pipe or a device */
  if (!mutual_json_read_file (path, &data, &length, error))
    return 0;
  n = mutual_model_add_staff_from_csv_data (self, data, length, &local);
  if (n == 0 && local != NULL)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, MUTUAL_ERROR, local->code, "%s: %s", name, local->message);
      return 0;
    }
  return n;
}
