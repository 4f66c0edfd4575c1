/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-event-private.h"

/**
 * MutualExitEvent:
 *
 * A party leaves: it sells every share it holds (in one company, or in all)
 * to named buyers in given proportions, and its board appointment rights and
 * memberships there end.
 *
 * Proportions are exact fractions such as `3/4` or `75%`, or whole-number
 * weights; they are scaled to add up to one. Each holding is split by the
 * largest-remainder method, so the buyers' shares add up exactly to what was
 * sold and no buyer gets more than one share above its exact part; ties go
 * to the buyer named first. Without proportions the buyers take equal parts.
 *
 * In scenario files: `"type": "exit"`.
 *
 * Since: 1.0
 */

struct _MutualExitEvent
{
  MutualEvent parent_instance;

  char *party;
  char *company;
  GStrv buyers;
  GStrv proportions;
};

G_DEFINE_FINAL_TYPE (MutualExitEvent, mutual_exit_event, MUTUAL_TYPE_EVENT)

enum {
  PROP_0,
  PROP_PARTY,
  PROP_COMPANY,
  PROP_BUYERS,
  PROP_PROPORTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
exit_apply (MutualEvent  *event,
            MutualModel  *model,
            GError      **error)
{
  MutualExitEvent *self = MUTUAL_EXIT_EVENT (event);
  guint n_buyers;
  g_autofree MutualFraction *weights = NULL;
  g_autofree __int128 *floors = NULL;
  g_autofree __int128 *remainders = NULL;
  g_autoptr(GPtrArray) holdings = NULL;
  MutualFraction total = { 0, 1 };
  gboolean sold = FALSE;   /* anything sold or ended */

  if (!mutual_event_require (event, error, "party", "buyers", NULL) ||
      !mutual_event_need_party (model, self->party, error) ||
      (self->company != NULL && !mutual_event_need_party (model, self->company, error)))
    return FALSE;
  n_buyers = g_strv_length (self->buyers);
  if (n_buyers == 0)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_MISSING, "buyers is required");
      return FALSE;
    }
  if (self->proportions != NULL && g_strv_length (self->proportions) != n_buyers)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "there are %u buyers but %u proportions",
                   n_buyers, g_strv_length (self->proportions));
      return FALSE;
    }
  weights = g_new0 (MutualFraction, n_buyers);
  for (guint i = 0; i < n_buyers; i++)
    {
      if (!mutual_event_need_party (model, self->buyers[i], error))
        return FALSE;
      if (g_str_equal (self->buyers[i], self->party))
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID, "“%s” cannot sell to itself", self->party);
          return FALSE;
        }
      if (self->proportions == NULL)
        weights[i] = (MutualFraction) { 1, 1 };
      else
        {
          g_autoptr(MutualFraction) weight = mutual_fraction_new_parse (self->proportions[i], NULL);

          if (weight == NULL || weight->numerator <= 0)
            {
              g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                           "the proportion “%s” for “%s” is not a fraction or weight above 0",
                           self->proportions[i], self->buyers[i]);
              return FALSE;
            }
          weights[i] = *weight;
        }
      if (!mutual_fraction_add (&total, &weights[i], &total))
        {
          g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW, "the proportions add up to more than 64 bits hold");
          return FALSE;
        }
    }
  /* each buyer's part of the whole: weight / total */
  for (guint i = 0; i < n_buyers; i++)
    if (!mutual_fraction_reduce128 ((__int128) weights[i].numerator * total.denominator,
                                    (__int128) weights[i].denominator * total.numerator, &weights[i]))
      {
        g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_OVERFLOW, "the proportions are too fine to be exact");
        return FALSE;
      }

  floors = g_new0 (__int128, n_buyers);
  remainders = g_new0 (__int128, n_buyers);
  holdings = mutual_event_holdings_of (model, self->party);
  for (guint h = 0; h < holdings->len; h++)
    {
      MutualHolding *holding = g_ptr_array_index (holdings, h);
      const char *class_id = mutual_holding_get_share_class (holding);
      MutualShareClass *klass = mutual_model_lookup_share_class (model, class_id);
      gint64 count = mutual_holding_get_count (holding);
      gint64 left = count;

      if (self->company != NULL && (klass == NULL || g_strcmp0 (mutual_share_class_get_issuer (klass), self->company) != 0))
        continue;
      for (guint i = 0; i < n_buyers; i++)
        {
          __int128 exact = (__int128) count * weights[i].numerator;

          floors[i] = exact / weights[i].denominator;
          remainders[i] = exact % weights[i].denominator;
          left -= (gint64) floors[i];
        }
      /* the shares left over go one each to the largest remainders */
      while (left > 0)
        {
          guint best = 0;

          for (guint i = 1; i < n_buyers; i++)
            if (remainders[i] * weights[best].denominator > remainders[best] * weights[i].denominator)
              best = i;
          floors[best]++;
          remainders[best] = -1;
          left--;
        }
      if (!mutual_model_set_holding (model, self->party, class_id, 0, error))
        return FALSE;
      for (guint i = 0; i < n_buyers; i++)
        if (floors[i] > 0 &&
            !mutual_event_add_to_holding (model, self->buyers[i], class_id, (gint64) floors[i], error))
          return FALSE;
      sold = TRUE;
    }
  /* its rights to appoint and its memberships there end too */
  {
    g_autoptr(GPtrArray) rights = mutual_event_snapshot (model, MUTUAL_COLLECTION_BOARD_RIGHTS);
    g_autoptr(GPtrArray) memberships = mutual_event_snapshot (model, MUTUAL_COLLECTION_MEMBERSHIPS);

    for (guint i = 0; i < rights->len; i++)
      {
        MutualBoardRight *right = g_ptr_array_index (rights, i);

        if (g_str_equal (mutual_board_right_get_appointer (right), self->party) &&
            (self->company == NULL || g_str_equal (mutual_board_right_get_company (right), self->company)) &&
            !(sold = mutual_model_remove_board_right (model, self->party, mutual_board_right_get_company (right), error)))
          return FALSE;
      }
    for (guint i = 0; i < memberships->len; i++)
      {
        MutualMembership *membership = g_ptr_array_index (memberships, i);

        if (g_str_equal (mutual_membership_get_member (membership), self->party) &&
            (self->company == NULL || g_str_equal (mutual_membership_get_organisation (membership), self->company)) &&
            !(sold = mutual_model_remove_membership (model, self->party, mutual_membership_get_organisation (membership), error)))
          return FALSE;
      }
  }
  if (!sold)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INSUFFICIENT, "“%s” holds no shares, rights or memberships%s%s%s to give up",
                   self->party, self->company ? " in “" : "", self->company ? self->company : "",
                   self->company ? "”" : "");
      return FALSE;
    }

  return TRUE;
}

static char *
exit_describe (MutualEvent *event)
{
  MutualExitEvent *self = MUTUAL_EXIT_EVENT (event);
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, "%s leaves%s%s, selling to ", self->party,
                          self->company ? " " : "", self->company ? self->company : "");
  for (guint i = 0; self->buyers != NULL && self->buyers[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, self->buyers[i + 1] == NULL ? " and " : ", ");
      g_string_append (text, self->buyers[i]);
      if (self->proportions != NULL && self->proportions[i] != NULL)
        g_string_append_printf (text, " (%s)", self->proportions[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
mutual_exit_event_finalize (GObject *object)
{
  MutualExitEvent *self = MUTUAL_EXIT_EVENT (object);

  g_free (self->party);
  g_free (self->company);
  g_strfreev (self->buyers);
  g_strfreev (self->proportions);

  G_OBJECT_CLASS (mutual_exit_event_parent_class)->finalize (object);
}

static void
mutual_exit_event_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MutualExitEvent *self = MUTUAL_EXIT_EVENT (object);

  switch (prop_id)
    {
    case PROP_PARTY:
      g_value_set_string (value, self->party);
      break;
    case PROP_COMPANY:
      g_value_set_string (value, self->company);
      break;
    case PROP_BUYERS:
      g_value_set_boxed (value, self->buyers);
      break;
    case PROP_PROPORTIONS:
      g_value_set_boxed (value, self->proportions);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_exit_event_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MutualExitEvent *self = MUTUAL_EXIT_EVENT (object);

  switch (prop_id)
    {
    case PROP_PARTY:
      self->party = g_value_dup_string (value);
      break;
    case PROP_COMPANY:
      self->company = g_value_dup_string (value);
      break;
    case PROP_BUYERS:
      self->buyers = g_value_dup_boxed (value);
      break;
    case PROP_PROPORTIONS:
      self->proportions = g_value_dup_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_exit_event_class_init (MutualExitEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MutualEventClass *event_class = MUTUAL_EVENT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_exit_event_finalize;
  object_class->get_property = mutual_exit_event_get_property;
  object_class->set_property = mutual_exit_event_set_property;
  event_class->apply = exit_apply;
  event_class->describe = exit_describe;
  mutual_event_class_set_kind (event_class, "exit");

  /**
   * MutualExitEvent:party:
   *
   * The id of the party that leaves.
   *
   * Since: 1.0
   */
  properties[PROP_PARTY] = g_param_spec_string ("party", NULL, NULL, NULL, flags);

  /**
   * MutualExitEvent:company:
   *
   * The id of the company it leaves; unset for every company.
   *
   * Since: 1.0
   */
  properties[PROP_COMPANY] = g_param_spec_string ("company", NULL, NULL, NULL, flags);

  /**
   * MutualExitEvent:buyers:
   *
   * The ids of the buyers.
   *
   * Since: 1.0
   */
  properties[PROP_BUYERS] = g_param_spec_boxed ("buyers", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * MutualExitEvent:proportions:
   *
   * The buyers' proportions, one per buyer, as fractions or weights; equal
   * when unset.
   *
   * Since: 1.0
   */
  properties[PROP_PROPORTIONS] = g_param_spec_boxed ("proportions", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_exit_event_init (MutualExitEvent *self)
{
}
