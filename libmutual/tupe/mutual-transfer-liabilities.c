/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-transfer-liabilities.h"
#include "mutual-transfer-liabilities-private.h"

/**
 * MutualTransferLiabilities:
 *
 * What a transfer can cost, per transferring employee and in total, as
 * [method@Mutual.TransferAnalysis.compute_liabilities] works it out:
 *
 * - statutory redundancy pay if each were dismissed as redundant on the
 *   date of the calculation (ERA 1996 s162; see [class@Mutual.RedundancyPay]);
 * - the maximum protective award for failing to inform and consult:
 *   13 weeks' pay, not capped (TUPE 2006 regs 15-16);
 * - the minimum award for missing employee liability information:
 *   £500 each (reg 12(5));
 * - the annual pay bill the transferee takes on: 52 weeks' gross pay,
 *   without employer's national insurance or pension contributions.
 *
 * The per-employee arrays run in the order of
 * [property@Mutual.TransferLiabilities:staff-ids]. Money is in pence.
 *
 * Since: 1.0
 */
struct _MutualTransferLiabilities
{
  GObject parent_instance;

  MutualDay day;
  char date[11];
  guint n;
  guint n_qualifying;
  gint64 cap;
  GStrv ids;
  gint64 *redundancy;
  gint64 *protective;
  gint64 *eli;
  gint64 *annual;
  gint64 totals[4];
};

G_DEFINE_FINAL_TYPE (MutualTransferLiabilities, mutual_transfer_liabilities, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_N_EMPLOYEES,
  PROP_N_QUALIFYING,
  PROP_WEEKLY_PAY_CAP,
  PROP_STAFF_IDS,
  PROP_TOTAL_REDUNDANCY_PAY,
  PROP_TOTAL_PROTECTIVE_AWARD,
  PROP_TOTAL_ELI_AWARD,
  PROP_TOTAL_ANNUAL_PAY,
  PROP_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_transfer_liabilities_finalize (GObject *object)
{
  MutualTransferLiabilities *self = MUTUAL_TRANSFER_LIABILITIES (object);

  g_strfreev (self->ids);
  g_free (self->redundancy);
  g_free (self->protective);
  g_free (self->eli);
  g_free (self->annual);

  G_OBJECT_CLASS (mutual_transfer_liabilities_parent_class)->finalize (object);
}

static void
mutual_transfer_liabilities_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  MutualTransferLiabilities *self = MUTUAL_TRANSFER_LIABILITIES (object);

  switch (prop_id)
    {
    case PROP_DATE: g_value_set_string (value, self->date); break;
    case PROP_N_EMPLOYEES: g_value_set_uint (value, self->n); break;
    case PROP_N_QUALIFYING: g_value_set_uint (value, self->n_qualifying); break;
    case PROP_WEEKLY_PAY_CAP: g_value_set_int64 (value, self->cap); break;
    case PROP_STAFF_IDS: g_value_set_boxed (value, self->ids); break;
    case PROP_TOTAL_REDUNDANCY_PAY:
    case PROP_TOTAL_PROTECTIVE_AWARD:
    case PROP_TOTAL_ELI_AWARD:
    case PROP_TOTAL_ANNUAL_PAY:
      g_value_set_int64 (value, self->totals[prop_id - PROP_TOTAL_REDUNDANCY_PAY]);
      break;
    case PROP_TOTAL: g_value_set_int64 (value, mutual_transfer_liabilities_get_total (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_transfer_liabilities_class_init (MutualTransferLiabilitiesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_transfer_liabilities_finalize;
  object_class->get_property = mutual_transfer_liabilities_get_property;

  /**
   * MutualTransferLiabilities:date:
   *
   * The ISO 8601 date the liabilities are worked out at: the assumed
   * effective date of termination for redundancy pay.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  /**
   * MutualTransferLiabilities:n-employees:
   *
   * The number of transferring employees.
   *
   * Since: 1.0
   */
  properties[PROP_N_EMPLOYEES] = g_param_spec_uint ("n-employees", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /**
   * MutualTransferLiabilities:n-qualifying:
   *
   * How many of them have the two years' service that qualifies for a
   * redundancy payment.
   *
   * Since: 1.0
   */
  properties[PROP_N_QUALIFYING] = g_param_spec_uint ("n-qualifying", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /**
   * MutualTransferLiabilities:weekly-pay-cap:
   *
   * The weekly pay cap in force on the date, in pence.
   *
   * Since: 1.0
   */
  properties[PROP_WEEKLY_PAY_CAP] = g_param_spec_int64 ("weekly-pay-cap", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /**
   * MutualTransferLiabilities:staff-ids:
   *
   * The ids of the transferring employees, in the order of the arrays.
   *
   * Since: 1.0
   */
  properties[PROP_STAFF_IDS] = g_param_spec_boxed ("staff-ids", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * MutualTransferLiabilities:total-redundancy-pay:
   *
   * Statutory redundancy pay of everyone transferring, in pence.
   *
   * Since: 1.0
   */
  properties[PROP_TOTAL_REDUNDANCY_PAY] = g_param_spec_int64 ("total-redundancy-pay", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /**
   * MutualTransferLiabilities:total-protective-award:
   *
   * The largest protective award for failing to inform and consult, in
   * pence.
   *
   * Since: 1.0
   */
  properties[PROP_TOTAL_PROTECTIVE_AWARD] = g_param_spec_int64 ("total-protective-award", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /**
   * MutualTransferLiabilities:total-eli-award:
   *
   * The least award for missing employee liability information, in pence.
   *
   * Since: 1.0
   */
  properties[PROP_TOTAL_ELI_AWARD] = g_param_spec_int64 ("total-eli-award", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /**
   * MutualTransferLiabilities:total-annual-pay:
   *
   * The annual pay bill of the transferring staff, in pence.
   *
   * Since: 1.0
   */
  properties[PROP_TOTAL_ANNUAL_PAY] = g_param_spec_int64 ("total-annual-pay", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /**
   * MutualTransferLiabilities:total:
   *
   * Redundancy pay, protective award and ELI award added up: the
   * contingent liabilities (the pay bill is not among them), in pence.
   *
   * Since: 1.0
   */
  properties[PROP_TOTAL] = g_param_spec_int64 ("total", NULL, NULL, -1, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_transfer_liabilities_init (MutualTransferLiabilities *self)
{
}

MutualTransferLiabilities *
mutual_transfer_liabilities_new_internal (MutualDay day,
                                          guint     n,
                                          gint64    cap)
{
  MutualTransferLiabilities *self = g_object_new (MUTUAL_TYPE_TRANSFER_LIABILITIES, NULL);

  self->day = day;
  mutual_day_format_buf (day, self->date);
  self->n = n;
  self->cap = cap;
  self->ids = g_new0 (char *, n + 1);
  self->redundancy = g_new0 (gint64, n);
  self->protective = g_new0 (gint64, n);
  self->eli = g_new0 (gint64, n);
  self->annual = g_new0 (gint64, n);
  return self;
}

void
mutual_transfer_liabilities_set (MutualTransferLiabilities *self,
                                 guint                      i,
                                 const char                *id,
                                 gint64                     redundancy,
                                 gint64                     protective,
                                 gint64                     eli,
                                 gint64                     annual)
{
  self->ids[i] = g_strdup (id);
  self->redundancy[i] = redundancy;
  self->protective[i] = protective;
  self->eli[i] = eli;
  self->annual[i] = annual;
}

gboolean
mutual_transfer_liabilities_finish (MutualTransferLiabilities *self)
{
  const gint64 *columns[4] = { self->redundancy, self->protective, self->eli, self->annual };

  self->n_qualifying = 0;
  for (guint i = 0; i < self->n; i++)
    if (self->redundancy[i] > 0)
      self->n_qualifying++;
  for (guint c = 0; c < 4; c++)
    {
      gint64 total = 0;

      for (guint i = 0; i < self->n; i++)
        if (__builtin_add_overflow (total, columns[c][i], &total))
          return FALSE;
      self->totals[c] = total;
    }
  return mutual_transfer_liabilities_get_total (self) >= 0;
}

/**
 * mutual_transfer_liabilities_get_date:
 * @self: liabilities
 *
 * Gets [property@Mutual.TransferLiabilities:date].
 *
 * Returns: the ISO 8601 date
 *
 * Since: 1.0
 */
const char *
mutual_transfer_liabilities_get_date (MutualTransferLiabilities *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_LIABILITIES (self), NULL);
  return self->date;
}

/**
 * mutual_transfer_liabilities_get_n_employees:
 * @self: liabilities
 *
 * Gets [property@Mutual.TransferLiabilities:n-employees].
 *
 * Returns: the number of transferring employees
 *
 * Since: 1.0
 */
guint
mutual_transfer_liabilities_get_n_employees (MutualTransferLiabilities *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_LIABILITIES (self), 0);
  return self->n;
}

/**
 * mutual_transfer_liabilities_get_n_qualifying:
 * @self: liabilities
 *
 * Gets [property@Mutual.TransferLiabilities:n-qualifying].
 *
 * Returns: the number who would get a redundancy payment
 *
 * Since: 1.0
 */
guint
mutual_transfer_liabilities_get_n_qualifying (MutualTransferLiabilities *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_LIABILITIES (self), 0);
  return self->n_qualifying;
}

/**
 * mutual_transfer_liabilities_get_weekly_pay_cap:
 * @self: liabilities
 *
 * Gets [property@Mutual.TransferLiabilities:weekly-pay-cap].
 *
 * Returns: the cap in pence
 *
 * Since: 1.0
 */
gint64
mutual_transfer_liabilities_get_weekly_pay_cap (MutualTransferLiabilities *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_LIABILITIES (self), 0);
  return self->cap;
}

/**
 * mutual_transfer_liabilities_get_staff_ids:
 * @self: liabilities
 *
 * Gets [property@Mutual.TransferLiabilities:staff-ids].
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids
 *
 * Since: 1.0
 */
const char * const *
mutual_transfer_liabilities_get_staff_ids (MutualTransferLiabilities *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_LIABILITIES (self), NULL);
  return (const char * const *) self->ids;
}

/**
 * mutual_transfer_liabilities_get_redundancy_pay:
 * @self: liabilities
 * @n_items: (out) (optional): return location for the number of entries
 *
 * Each transferring employee's statutory redundancy pay.
 *
 * Returns: (transfer none) (array length=n_items): pence per employee
 *
 * Since: 1.0
 */
const gint64 *
mutual_transfer_liabilities_get_redundancy_pay (MutualTransferLiabilities *self,
                                                gsize                     *n_items)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_LIABILITIES (self), NULL);
  if (n_items != NULL)
    *n_items = self->n;
  return self->redundancy;
}

/**
 * mutual_transfer_liabilities_get_protective_award:
 * @self: liabilities
 * @n_items: (out) (optional): return location for the number of entries
 *
 * Each transferring employee's largest protective award (13 weeks' pay).
 *
 * Returns: (transfer none) (array length=n_items): pence per employee
 *
 * Since: 1.0
 */
const gint64 *
mutual_transfer_liabilities_get_protective_award (MutualTransferLiabilities *self,
                                                  gsize                     *n_items)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_LIABILITIES (self), NULL);
  if (n_items != NULL)
    *n_items = self->n;
  return self->protective;
}

/**
 * mutual_transfer_liabilities_get_eli_award:
 * @self: liabilities
 * @n_items: (out) (optional): return location for the number of entries
 *
 * Each transferring employee's least award for missing employee liability
 * information.
 *
 * Returns: (transfer none) (array length=n_items): pence per employee
 *
 * Since: 1.0
 */
const gint64 *
mutual_transfer_liabilities_get_eli_award (MutualTransferLiabilities *self,
                                           gsize                     *n_items)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_LIABILITIES (self), NULL);
  if (n_items != NULL)
    *n_items = self->n;
  return self->eli;
}

/**
 * mutual_transfer_liabilities_get_annual_pay:
 * @self: liabilities
 * @n_items: (out) (optional): return location for the number of entries
 *
 * Each transferring employee's annual pay (52 weeks).
 *
 * Returns: (transfer none) (array length=n_items): pence per employee
 *
 * Since: 1.0
 */
const gint64 *
mutual_transfer_liabilities_get_annual_pay (MutualTransferLiabilities *self,
                                            gsize                     *n_items)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_LIABILITIES (self), NULL);
  if (n_items != NULL)
    *n_items = self->n;
  return self->annual;
}

/**
 * mutual_transfer_liabilities_get_total_redundancy_pay:
 * @self: liabilities
 *
 * Gets [property@Mutual.TransferLiabilities:total-redundancy-pay].
 *
 * Returns: pence
 *
 * Since: 1.0
 */
gint64
mutual_transfer_liabilities_get_total_redundancy_pay (MutualTransferLiabilities *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_LIABILITIES (self), 0);
  return self->totals[0];
}

/**
 * mutual_transfer_liabilities_get_total_protective_award:
 * @self: liabilities
 *
 * Gets [property@Mutual.TransferLiabilities:total-protective-award].
 *
 * Returns: pence
 *
 * Since: 1.0
 */
gint64
mutual_transfer_liabilities_get_total_protective_award (MutualTransferLiabilities *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_LIABILITIES (self), 0);
  return self->totals[1];
}

/**
 * mutual_transfer_liabilities_get_total_eli_award:
 * @self: liabilities
 *
 * Gets [property@Mutual.TransferLiabilities:total-eli-award].
 *
 * Returns: pence
 *
 * Since: 1.0
 */
gint64
mutual_transfer_liabilities_get_total_eli_award (MutualTransferLiabilities *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_LIABILITIES (self), 0);
  return self->totals[2];
}

/**
 * mutual_transfer_liabilities_get_total_annual_pay:
 * @self: liabilities
 *
 * Gets [property@Mutual.TransferLiabilities:total-annual-pay].
 *
 * Returns: pence
 *
 * Since: 1.0
 */
gint64
mutual_transfer_liabilities_get_total_annual_pay (MutualTransferLiabilities *self)
{
  g_return_val_if_fail (MUTUAL_IS_TRANSFER_LIABILITIES (self), 0);
  return self->totals[3];
}

/**
 * mutual_transfer_liabilities_get_total:
 * @self: liabilities
 *
 * Gets [property@Mutual.TransferLiabilities:total].
 *
 * Returns: pence, or -1 if the sum does not fit in 64 bits
 *
 * Since: 1.0
 */
gint64
mutual_transfer_liabilities_get_total (MutualTransferLiabilities *self)
{
  gint64 total;

  g_return_val_if_fail (MUTUAL_IS_TRANSFER_LIABILITIES (self), 0);
  if (__builtin_add_overflow (self->totals[0], self->totals[1], &total) ||
      __builtin_add_overflow (total, self->totals[2], &total))
    return -1;
  return total;
}
