/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-contract.h"
#include "mutual-finding.h"
#include "mutual-grace-period-private.h"

/**
 * MutualGracePeriod:
 *
 * How long a supplier is protected from open competition for an
 * authority's services, and what follows: the protected period (from the
 * start of the first reserved contract of the latest run of reserved
 * contracts between them, to the last day the run could last with every
 * option to extend taken), the day full open competition falls due (the day
 * after), the earliest day a new reservation for the same services would be
 * lawful, and the timeline of every contract between the two, with every
 * finding about them.
 *
 * Where no contract between them was reserved, there is no protected
 * period: [property@Mutual.GracePeriod:start] and
 * [property@Mutual.GracePeriod:end] are %NULL, open competition falls due
 * the day after the last contract could end, and a reservation would be
 * lawful from the day the first reservation rule applied (26 February
 * 2015).
 *
 * Made by [method@Mutual.Procurement.get_grace_period]. Immutable.
 *
 * Since: 1.0
 */
struct _MutualGracePeriod
{
  GObject parent_instance;

  char *supplier;
  char *authority;
  char *start;
  char *end;
  char *open_competition_due;
  char *next_reservation_allowed;
  MutualItemList *timeline;
  MutualItemList *findings;
};

G_DEFINE_FINAL_TYPE (MutualGracePeriod, mutual_grace_period, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SUPPLIER,
  PROP_AUTHORITY,
  PROP_START,
  PROP_END,
  PROP_OPEN_COMPETITION_DUE,
  PROP_NEXT_RESERVATION_ALLOWED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_grace_period_finalize (GObject *object)
{
  MutualGracePeriod *self = MUTUAL_GRACE_PERIOD (object);

  g_free (self->supplier);
  g_free (self->authority);
  g_free (self->start);
  g_free (self->end);
  g_free (self->open_competition_due);
  g_free (self->next_reservation_allowed);
  g_clear_object (&self->timeline);
  g_clear_object (&self->findings);

  G_OBJECT_CLASS (mutual_grace_period_parent_class)->finalize (object);
}

static void
mutual_grace_period_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MutualGracePeriod *self = MUTUAL_GRACE_PERIOD (object);

  switch (prop_id)
    {
    case PROP_SUPPLIER: g_value_set_string (value, self->supplier); break;
    case PROP_AUTHORITY: g_value_set_string (value, self->authority); break;
    case PROP_START: g_value_set_string (value, self->start); break;
    case PROP_END: g_value_set_string (value, self->end); break;
    case PROP_OPEN_COMPETITION_DUE: g_value_set_string (value, self->open_competition_due); break;
    case PROP_NEXT_RESERVATION_ALLOWED: g_value_set_string (value, self->next_reservation_allowed); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_grace_period_class_init (MutualGracePeriodClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_grace_period_finalize;
  object_class->get_property = mutual_grace_period_get_property;

  /**
   * MutualGracePeriod:supplier:
   *
   * The id of the supplier.
   *
   * Since: 1.0
   */
  properties[PROP_SUPPLIER] = g_param_spec_string ("supplier", NULL, NULL, NULL, flags);
  /**
   * MutualGracePeriod:authority:
   *
   * The id of the contracting authority.
   *
   * Since: 1.0
   */
  properties[PROP_AUTHORITY] = g_param_spec_string ("authority", NULL, NULL, NULL, flags);
  /**
   * MutualGracePeriod:start:
   *
   * The ISO 8601 date the protected period starts, or %NULL if no contract
   * between them was reserved.
   *
   * Since: 1.0
   */
  properties[PROP_START] = g_param_spec_string ("start", NULL, NULL, NULL, flags);
  /**
   * MutualGracePeriod:end:
   *
   * The ISO 8601 date of the protected period's last day, every option to
   * extend taken, or %NULL if no contract between them was reserved.
   *
   * Since: 1.0
   */
  properties[PROP_END] = g_param_spec_string ("end", NULL, NULL, NULL, flags);
  /**
   * MutualGracePeriod:open-competition-due:
   *
   * The ISO 8601 date from which the services must be openly competed: the
   * day after the protected period (or, with none, after the last
   * contract) could end. %NULL if there are no contracts between them.
   *
   * Since: 1.0
   */
  properties[PROP_OPEN_COMPETITION_DUE] = g_param_spec_string ("open-competition-due", NULL, NULL, NULL, flags);
  /**
   * MutualGracePeriod:next-reservation-allowed:
   *
   * The ISO 8601 date from which the authority could lawfully award the
   * supplier a new reserved contract for the same services: after the
   * last reserved award, once no reserved award under the same rule lies
   * within the rule's three-year look-back.
   *
   * Since: 1.0
   */
  properties[PROP_NEXT_RESERVATION_ALLOWED] = g_param_spec_string ("next-reservation-allowed", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_grace_period_init (MutualGracePeriod *self)
{
}

MutualGracePeriod *
mutual_grace_period_new (const char     *supplier,
                         const char     *authority,
                         MutualDay       start,
                         MutualDay       end,
                         MutualDay       open_competition_due,
                         MutualDay       next_reservation_allowed,
                         MutualItemList *timeline,
                         MutualItemList *findings)
{
  MutualGracePeriod *self = g_object_new (MUTUAL_TYPE_GRACE_PERIOD, NULL);

  self->supplier = g_strdup (supplier);
  self->authority = g_strdup (authority);
  self->start = mutual_day_format (start);
  self->end = mutual_day_format (end);
  self->open_competition_due = mutual_day_format (open_competition_due);
  self->next_reservation_allowed = mutual_day_format (next_reservation_allowed);
  self->timeline = timeline;
  self->findings = findings;
  return self;
}

/**
 * mutual_grace_period_get_supplier:
 * @self: a grace period
 *
 * Gets [property@Mutual.GracePeriod:supplier].
 *
 * Returns: the id of the supplier
 *
 * Since: 1.0
 */
const char *
mutual_grace_period_get_supplier (MutualGracePeriod *self)
{
  g_return_val_if_fail (MUTUAL_IS_GRACE_PERIOD (self), NULL);
  return self->supplier;
}

/**
 * mutual_grace_period_get_authority:
 * @self: a grace period
 *
 * Gets [property@Mutual.GracePeriod:authority].
 *
 * Returns: the id of the authority
 *
 * Since: 1.0
 */
const char *
mutual_grace_period_get_authority (MutualGracePeriod *self)
{
  g_return_val_if_fail (MUTUAL_IS_GRACE_PERIOD (self), NULL);
  return self->authority;
}

/**
 * mutual_grace_period_get_start:
 * @self: a grace period
 *
 * Gets [property@Mutual.GracePeriod:start].
 *
 * Returns: (nullable): the ISO 8601 date the protection starts, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_grace_period_get_start (MutualGracePeriod *self)
{
  g_return_val_if_fail (MUTUAL_IS_GRACE_PERIOD (self), NULL);
  return self->start;
}

/**
 * mutual_grace_period_get_end:
 * @self: a grace period
 *
 * Gets [property@Mutual.GracePeriod:end].
 *
 * Returns: (nullable): the ISO 8601 date of the protection's last day, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_grace_period_get_end (MutualGracePeriod *self)
{
  g_return_val_if_fail (MUTUAL_IS_GRACE_PERIOD (self), NULL);
  return self->end;
}

/**
 * mutual_grace_period_get_open_competition_due:
 * @self: a grace period
 *
 * Gets [property@Mutual.GracePeriod:open-competition-due].
 *
 * Returns: (nullable): the ISO 8601 date, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_grace_period_get_open_competition_due (MutualGracePeriod *self)
{
  g_return_val_if_fail (MUTUAL_IS_GRACE_PERIOD (self), NULL);
  return self->open_competition_due;
}

/**
 * mutual_grace_period_get_next_reservation_allowed:
 * @self: a grace period
 *
 * Gets [property@Mutual.GracePeriod:next-reservation-allowed].
 *
 * Returns: the ISO 8601 date
 *
 * Since: 1.0
 */
const char *
mutual_grace_period_get_next_reservation_allowed (MutualGracePeriod *self)
{
  g_return_val_if_fail (MUTUAL_IS_GRACE_PERIOD (self), NULL);
  return self->next_reservation_allowed;
}

/**
 * mutual_grace_period_get_timeline:
 * @self: a grace period
 *
 * Every contract between the supplier and the authority, ordered by start
 * date (then award date, then id).
 *
 * Returns: (transfer none): a list model of [class@Mutual.Contract]
 *
 * Since: 1.0
 */
GListModel *
mutual_grace_period_get_timeline (MutualGracePeriod *self)
{
  g_return_val_if_fail (MUTUAL_IS_GRACE_PERIOD (self), NULL);
  return G_LIST_MODEL (self->timeline);
}

/**
 * mutual_grace_period_get_findings:
 * @self: a grace period
 *
 * The findings about the contracts between the supplier and the authority
 * (every breach among them), then about the grace period itself.
 *
 * Returns: (transfer none): a list model of [class@Mutual.Finding]
 *
 * Since: 1.0
 */
GListModel *
mutual_grace_period_get_findings (MutualGracePeriod *self)
{
  g_return_val_if_fail (MUTUAL_IS_GRACE_PERIOD (self), NULL);
  return G_LIST_MODEL (self->findings);
}
