/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-error.h"
#include "mutual-redundancy-pay.h"
#include "mutual-rules-private.h"
#include "mutual-tupe-private.h"

/**
 * MutualRedundancyPay:
 *
 * One person's statutory redundancy payment under ERA 1996 ss155, 162 and
 * 227, with the figures it was worked out from.
 *
 * Two years' continuous employment ending with the effective date of
 * termination qualify. Whole years are reckoned backwards from that date,
 * at most 20. A year earns one and a half weeks' pay if the person was not
 * below 41 in the whole of it, one week if not below 22, half a week
 * otherwise: the year in which someone turns 41 earns one week, the year in
 * which they turn 22 half a week (s162(2)). A week's pay is capped at the
 * figure in force on the termination date (s227; the dated tables
 * `redundancy-cap-gb` and `redundancy-cap-ni`). Half-pennies round up.
 *
 * A person born on 29 February reaches an age on 1 March in a common year.
 *
 * Since: 1.0
 */
struct _MutualRedundancyPay
{
  GObject parent_instance;

  gint64 pence;
  gint64 weekly_pay;
  gint64 cap;
  MutualServiceYears service;
  char *cap_from;
  char *citation;
};

G_DEFINE_FINAL_TYPE (MutualRedundancyPay, mutual_redundancy_pay, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PENCE,
  PROP_QUALIFIES,
  PROP_YEARS,
  PROP_YEARS_COUNTED,
  PROP_HALF_WEEKS,
  PROP_WEEKLY_PAY,
  PROP_WEEK_COUNTED,
  PROP_CAP,
  PROP_CAP_FROM,
  PROP_CITATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_leap (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* A date as an ordered integer key. */
#define YMD_KEY(y, m, d) ((gint64) (y) * 10000 + (m) * 100 + (d))

/* The anniversary of (m, d) in @year as GDate's add_years gives it:
 * 29 February becomes 28 February in a common year. */
static gint64
anniversary_key (int year, int month, int mday)
{
  if (month == 2 && mday == 29 && !is_leap (year))
    mday = 28;
  return YMD_KEY (year, month, mday);
}

/* The day someone born on (m, d) reaches an age in @year: a 29 February
 * birthday falls on 1 March in a common year. */
static gint64
birthday_key (int year, int month, int mday)
{
  if (month == 2 && mday == 29 && !is_leap (year))
    return YMD_KEY (year, 3, 1);
  return YMD_KEY (year, month, mday);
}

void
mutual_tupe_service_years (MutualDay           born,
                           MutualDay           started,
                           MutualDay           ends,
                           MutualServiceYears *out)
{
  int by, bm, bd, sy, sm, sd, ey, em, ed;
  int years;
  gint64 key41, key22;

  out->years = out->counted = out->half_weeks = 0;
  if (ends < started)
    return;
  mutual_day_to_ymd (born, &by, &bm, &bd);
  mutual_day_to_ymd (started, &sy, &sm, &sd);
  /* the period ends with @ends: count whole years up to the day after */
  mutual_day_to_ymd (ends + 1, &ey, &em, &ed);

  years = ey - sy;
  if (anniversary_key (ey, sm, sd) > YMD_KEY (ey, em, ed))
    years--;
  if (years <= 0)
    return;
  out->years = years;
  out->counted = MIN (years, 20);

  key41 = birthday_key (by + 41, bm, bd);
  key22 = birthday_key (by + 22, bm, bd);
  for (guint k = 1; k <= out->counted; k++)
    {
      /* year k counted back begins k years before the day after @ends */
      gint64 start = anniversary_key (ey - (int) k, em, ed);

      out->half_weeks += start >= key41 ? 3 : start >= key22 ? 2 : 1;
    }
}

gint64
mutual_tupe_redundancy_pence (guint  half_weeks,
                              gint64 weekly_pay,
                              gint64 cap)
{
  gint64 week = MIN (weekly_pay, cap);

  /* at most 60 half-weeks: no overflow below 1.5e17 pence a week */
  return (week * (gint64) half_weeks + 1) / 2;
}

/* --- cap tables --- */

static MutualCapTable *
load_cap_table (const char *name)
{
  JsonArray *rows = mutual_rules_get_rows (name);
  MutualCapTable *table = g_new0 (MutualCapTable, 1);

  table->table = name;
  table->n_rows = json_array_get_length (rows);
  table->rows = g_new0 (MutualCapRow, table->n_rows);
  for (guint i = 0; i < table->n_rows; i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      MutualCapRow *out = &table->rows[i];
      JsonNode *cap = json_object_get_member (row, "cap");

      if (!mutual_day_parse (json_object_get_string_member (row, "from"), &out->from, NULL) ||
          cap == NULL || (i > 0 && out->from <= table->rows[i - 1].from))
        g_error ("libmutual rule table %s row %u is malformed", name, i);
      out->cap = JSON_NODE_HOLDS_NULL (cap) ? -1 : json_node_get_int (cap);
      out->citation = json_object_get_string_member (row, "citation");
      mutual_day_format_buf (out->from, out->from_text);
    }
  return table;
}

const MutualCapTable *
mutual_tupe_get_cap_table (MutualJurisdiction jurisdiction)
{
  static gsize gb_once, ni_once;
  static MutualCapTable *gb, *ni;

  if (jurisdiction == MUTUAL_JURISDICTION_NORTHERN_IRELAND)
    {
      if (g_once_init_enter (&ni_once))
        {
          ni = load_cap_table ("redundancy-cap-ni");
          g_once_init_leave (&ni_once, 1);
        }
      return ni;
    }
  if (g_once_init_enter (&gb_once))
    {
      gb = load_cap_table ("redundancy-cap-gb");
      g_once_init_leave (&gb_once, 1);
    }
  return gb;
}

const MutualCapRow *
mutual_tupe_cap_row_at (const MutualCapTable *table,
                        MutualDay             day)
{
  const MutualCapRow *found = NULL;

  for (guint i = 0; i < table->n_rows && table->rows[i].from <= day; i++)
    found = &table->rows[i];
  return found;
}

gboolean
mutual_tupe_cap_at (const MutualCapTable  *table,
                    MutualDay              day,
                    const MutualCapRow   **out_row,
                    GError               **error)
{
  const MutualCapRow *row = mutual_tupe_cap_row_at (table, day);
  char buf[11];

  mutual_day_format_buf (day, buf);
  if (row == NULL)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNSUPPORTED,
                   "no weekly pay cap for %s: the %s table starts on %s",
                   buf, table->table, table->rows[0].from_text);
      return FALSE;
    }
  if (row->cap < 0)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_UNSUPPORTED,
                   "no confirmed weekly pay cap for %s in the %s table (%s, in force from %s)",
                   buf, table->table, row->citation, row->from_text);
      return FALSE;
    }
  *out_row = row;
  return TRUE;
}

JsonObject *
mutual_tupe_rule (const char *key,
                  MutualDay   day)
{
  JsonArray *rows = mutual_rules_get_rows ("tupe");
  JsonObject *found = NULL;

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      MutualDay from;

      if (g_strcmp0 (json_object_get_string_member_with_default (row, "key", NULL), key) != 0)
        continue;
      if (!mutual_day_parse (json_object_get_string_member (row, "from"), &from, NULL))
        g_error ("libmutual rule table tupe row %u has a bad \"from\" date", i);
      if (from <= day)
        found = row;
    }
  return found;
}

/* --- the object --- */

static void
mutual_redundancy_pay_finalize (GObject *object)
{
  MutualRedundancyPay *self = MUTUAL_REDUNDANCY_PAY (object);

  g_free (self->cap_from);
  g_free (self->citation);

  G_OBJECT_CLASS (mutual_redundancy_pay_parent_class)->finalize (object);
}

static void
mutual_redundancy_pay_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MutualRedundancyPay *self = MUTUAL_REDUNDANCY_PAY (object);

  switch (prop_id)
    {
    case PROP_PENCE: g_value_set_int64 (value, self->pence); break;
    case PROP_QUALIFIES: g_value_set_boolean (value, mutual_redundancy_pay_get_qualifies (self)); break;
    case PROP_YEARS: g_value_set_uint (value, self->service.years); break;
    case PROP_YEARS_COUNTED: g_value_set_uint (value, self->service.counted); break;
    case PROP_HALF_WEEKS: g_value_set_uint (value, self->service.half_weeks); break;
    case PROP_WEEKLY_PAY: g_value_set_int64 (value, self->weekly_pay); break;
    case PROP_WEEK_COUNTED: g_value_set_int64 (value, MIN (self->weekly_pay, self->cap)); break;
    case PROP_CAP: g_value_set_int64 (value, self->cap); break;
    case PROP_CAP_FROM: g_value_set_string (value, self->cap_from); break;
    case PROP_CITATION: g_value_set_string (value, self->citation); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_redundancy_pay_class_init (MutualRedundancyPayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_redundancy_pay_finalize;
  object_class->get_property = mutual_redundancy_pay_get_property;

  /**
   * MutualRedundancyPay:pence:
   *
   * The statutory redundancy payment, in pence.
   *
   * Since: 1.0
   */
  properties[PROP_PENCE] = g_param_spec_int64 ("pence", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /**
   * MutualRedundancyPay:qualifies:
   *
   * Whether the person has the two years' continuous employment that
   * qualify for a payment (ERA 1996 s155).
   *
   * Since: 1.0
   */
  properties[PROP_QUALIFIES] = g_param_spec_boolean ("qualifies", NULL, NULL, FALSE, flags);
  /**
   * MutualRedundancyPay:years:
   *
   * Completed years of continuous employment.
   *
   * Since: 1.0
   */
  properties[PROP_YEARS] = g_param_spec_uint ("years", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /**
   * MutualRedundancyPay:years-counted:
   *
   * The years that count, at most 20 (0 when the person does not qualify).
   *
   * Since: 1.0
   */
  properties[PROP_YEARS_COUNTED] = g_param_spec_uint ("years-counted", NULL, NULL, 0, 20, 0, flags);
  /**
   * MutualRedundancyPay:half-weeks:
   *
   * The weeks' pay due, in halves (so 7 is three and a half weeks).
   *
   * Since: 1.0
   */
  properties[PROP_HALF_WEEKS] = g_param_spec_uint ("half-weeks", NULL, NULL, 0, 60, 0, flags);
  /**
   * MutualRedundancyPay:weekly-pay:
   *
   * The person's actual week's pay, in pence.
   *
   * Since: 1.0
   */
  properties[PROP_WEEKLY_PAY] = g_param_spec_int64 ("weekly-pay", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /**
   * MutualRedundancyPay:week-counted:
   *
   * The week's pay the payment uses: the actual week's pay, capped.
   *
   * Since: 1.0
   */
  properties[PROP_WEEK_COUNTED] = g_param_spec_int64 ("week-counted", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /**
   * MutualRedundancyPay:cap:
   *
   * The weekly pay cap in force on the termination date, in pence.
   *
   * Since: 1.0
   */
  properties[PROP_CAP] = g_param_spec_int64 ("cap", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /**
   * MutualRedundancyPay:cap-from:
   *
   * The ISO 8601 date from which that cap has been in force.
   *
   * Since: 1.0
   */
  properties[PROP_CAP_FROM] = g_param_spec_string ("cap-from", NULL, NULL, NULL, flags);
  /**
   * MutualRedundancyPay:citation:
   *
   * The rules applied: ERA 1996 s162 and the order that set the cap.
   *
   * Since: 1.0
   */
  properties[PROP_CITATION] = g_param_spec_string ("citation", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_redundancy_pay_init (MutualRedundancyPay *self)
{
}

static gboolean
parse_date (const char  *text,
            const char  *what,
            MutualDay   *out,
            GError     **error)
{
  g_autoptr(GError) local = NULL;

  if (!mutual_day_parse (text, out, &local))
    {
      g_set_error (error, MUTUAL_ERROR, local->code, "%s: %s", what, local->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * mutual_redundancy_pay_compute:
 * @born: the ISO 8601 date of birth
 * @started: the ISO 8601 date continuous employment began
 * @ends: the effective date of termination (ISO 8601)
 * @weekly_pay: a week's pay in pence, before the cap
 * @jurisdiction: whose caps apply
 * @error: return location for a #GError
 *
 * Works out one person's statutory redundancy payment (see
 * [class@Mutual.RedundancyPay]). Fails with %MUTUAL_ERROR_PARSE for a bad
 * date, %MUTUAL_ERROR_ORDER when employment ends before it starts or starts
 * before birth, %MUTUAL_ERROR_INVALID for negative pay, and
 * %MUTUAL_ERROR_UNSUPPORTED when the cap tables have no figure for @ends.
 *
 * Returns: (transfer full): the payment and how it was worked out, or
 *   %NULL with @error set
 *
 * Since: 1.0
 */
MutualRedundancyPay *
mutual_redundancy_pay_compute (const char          *born,
                               const char          *started,
                               const char          *ends,
                               gint64               weekly_pay,
                               MutualJurisdiction   jurisdiction,
                               GError             **error)
{
  MutualDay born_day, started_day, ends_day;
  const MutualCapTable *table;
  const MutualCapRow *row;
  MutualRedundancyPay *self;

  g_return_val_if_fail (born != NULL, NULL);
  g_return_val_if_fail (started != NULL, NULL);
  g_return_val_if_fail (ends != NULL, NULL);
  g_return_val_if_fail ((guint) jurisdiction <= MUTUAL_JURISDICTION_NORTHERN_IRELAND, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!parse_date (born, "date of birth", &born_day, error) ||
      !parse_date (started, "start of continuous employment", &started_day, error) ||
      !parse_date (ends, "termination date", &ends_day, error))
    return NULL;
  if (started_day <= born_day)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_ORDER,
                   "employment starting on %s begins before the birth on %s", started, born);
      return NULL;
    }
  if (ends_day < started_day)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_ORDER,
                   "employment ending on %s ends before it starts on %s", ends, started);
      return NULL;
    }
  if (weekly_pay < 0)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                   "a week's pay of %" G_GINT64_FORMAT " pence is negative", weekly_pay);
      return NULL;
    }
  table = mutual_tupe_get_cap_table (jurisdiction);
  if (!mutual_tupe_cap_at (table, ends_day, &row, error))
    return NULL;

  self = g_object_new (MUTUAL_TYPE_REDUNDANCY_PAY, NULL);
  self->weekly_pay = weekly_pay;
  self->cap = row->cap;
  self->cap_from = g_strdup (row->from_text);
  self->citation = g_strdup_printf ("ERA 1996 ss155, 162, 227; %s", row->citation);
  mutual_tupe_service_years (born_day, started_day, ends_day, &self->service);
  if (self->service.years < 2)
    self->service.counted = self->service.half_weeks = 0;
  self->pence = mutual_tupe_redundancy_pence (self->service.half_weeks, weekly_pay, row->cap);
  return self;
}

/**
 * mutual_redundancy_pay_get_cap_at:
 * @date: an ISO 8601 date of termination
 * @jurisdiction: whose caps apply
 * @error: return location for a #GError
 *
 * The most a week's pay counts for in a statutory redundancy payment whose
 * effective date of termination is @date.
 *
 * Returns: the cap in pence, or -1 with @error set
 *
 * Since: 1.0
 */
gint64
mutual_redundancy_pay_get_cap_at (const char          *date,
                                  MutualJurisdiction   jurisdiction,
                                  GError             **error)
{
  MutualDay day;
  const MutualCapRow *row;

  g_return_val_if_fail (date != NULL, -1);
  g_return_val_if_fail ((guint) jurisdiction <= MUTUAL_JURISDICTION_NORTHERN_IRELAND, -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  if (!parse_date (date, "termination date", &day, error) ||
      !mutual_tupe_cap_at (mutual_tupe_get_cap_table (jurisdiction), day, &row, error))
    return -1;
  return row->cap;
}

/**
 * mutual_redundancy_pay_get_pence:
 * @self: a redundancy payment
 *
 * Gets [property@Mutual.RedundancyPay:pence].
 *
 * Returns: the payment in pence
 *
 * Since: 1.0
 */
gint64
mutual_redundancy_pay_get_pence (MutualRedundancyPay *self)
{
  g_return_val_if_fail (MUTUAL_IS_REDUNDANCY_PAY (self), 0);
  return self->pence;
}

/**
 * mutual_redundancy_pay_get_qualifies:
 * @self: a redundancy payment
 *
 * Gets [property@Mutual.RedundancyPay:qualifies].
 *
 * Returns: whether the person has two years' continuous employment
 *
 * Since: 1.0
 */
gboolean
mutual_redundancy_pay_get_qualifies (MutualRedundancyPay *self)
{
  g_return_val_if_fail (MUTUAL_IS_REDUNDANCY_PAY (self), FALSE);
  return self->service.years >= 2;
}

/**
 * mutual_redundancy_pay_get_years:
 * @self: a redundancy payment
 *
 * Gets [property@Mutual.RedundancyPay:years].
 *
 * Returns: completed years of continuous employment
 *
 * Since: 1.0
 */
guint
mutual_redundancy_pay_get_years (MutualRedundancyPay *self)
{
  g_return_val_if_fail (MUTUAL_IS_REDUNDANCY_PAY (self), 0);
  return self->service.years;
}

/**
 * mutual_redundancy_pay_get_years_counted:
 * @self: a redundancy payment
 *
 * Gets [property@Mutual.RedundancyPay:years-counted].
 *
 * Returns: the years that count, at most 20
 *
 * Since: 1.0
 */
guint
mutual_redundancy_pay_get_years_counted (MutualRedundancyPay *self)
{
  g_return_val_if_fail (MUTUAL_IS_REDUNDANCY_PAY (self), 0);
  return self->service.counted;
}

/**
 * mutual_redundancy_pay_get_half_weeks:
 * @self: a redundancy payment
 *
 * Gets [property@Mutual.RedundancyPay:half-weeks].
 *
 * Returns: the weeks' pay due, in halves
 *
 * Since: 1.0
 */
guint
mutual_redundancy_pay_get_half_weeks (MutualRedundancyPay *self)
{
  g_return_val_if_fail (MUTUAL_IS_REDUNDANCY_PAY (self), 0);
  return self->service.half_weeks;
}

/**
 * mutual_redundancy_pay_get_weekly_pay:
 * @self: a redundancy payment
 *
 * Gets [property@Mutual.RedundancyPay:weekly-pay].
 *
 * Returns: the actual week's pay in pence
 *
 * Since: 1.0
 */
gint64
mutual_redundancy_pay_get_weekly_pay (MutualRedundancyPay *self)
{
  g_return_val_if_fail (MUTUAL_IS_REDUNDANCY_PAY (self), 0);
  return self->weekly_pay;
}

/**
 * mutual_redundancy_pay_get_week_counted:
 * @self: a redundancy payment
 *
 * Gets [property@Mutual.RedundancyPay:week-counted].
 *
 * Returns: the capped week's pay in pence
 *
 * Since: 1.0
 */
gint64
mutual_redundancy_pay_get_week_counted (MutualRedundancyPay *self)
{
  g_return_val_if_fail (MUTUAL_IS_REDUNDANCY_PAY (self), 0);
  return MIN (self->weekly_pay, self->cap);
}

/**
 * mutual_redundancy_pay_get_cap:
 * @self: a redundancy payment
 *
 * Gets [property@Mutual.RedundancyPay:cap].
 *
 * Returns: the weekly pay cap in pence
 *
 * Since: 1.0
 */
gint64
mutual_redundancy_pay_get_cap (MutualRedundancyPay *self)
{
  g_return_val_if_fail (MUTUAL_IS_REDUNDANCY_PAY (self), 0);
  return self->cap;
}

/**
 * mutual_redundancy_pay_get_cap_from:
 * @self: a redundancy payment
 *
 * Gets [property@Mutual.RedundancyPay:cap-from].
 *
 * Returns: the ISO 8601 date the cap came into force
 *
 * Since: 1.0
 */
const char *
mutual_redundancy_pay_get_cap_from (MutualRedundancyPay *self)
{
  g_return_val_if_fail (MUTUAL_IS_REDUNDANCY_PAY (self), NULL);
  return self->cap_from;
}

/**
 * mutual_redundancy_pay_get_citation:
 * @self: a redundancy payment
 *
 * Gets [property@Mutual.RedundancyPay:citation].
 *
 * Returns: the rules applied
 *
 * Since: 1.0
 */
const char *
mutual_redundancy_pay_get_citation (MutualRedundancyPay *self)
{
  g_return_val_if_fail (MUTUAL_IS_REDUNDANCY_PAY (self), NULL);
  return self->citation;
}
