/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-date-private.h"
#include "mutual-enum-types.h"
#include "mutual-finding.h"

/**
 * MutualFinding:
 *
 * The result of one rule check: a stable code such as `tupe.eli.late`, a
 * severity, a message a person understands, the citation of the rule, the
 * date it concerns and the ids of what it is about.
 *
 * Every check in libmutual reports through findings, so the command line,
 * reports and bindings render them one way. A finding is immutable.
 *
 * Since: 1.0
 */
struct _MutualFinding
{
  GObject parent_instance;

  char *code;
  MutualSeverity severity;
  char *citation;
  char *message;
  char *date;
  GStrv ids;
  gint64 amount;
};

G_DEFINE_FINAL_TYPE (MutualFinding, mutual_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_SEVERITY,
  PROP_CITATION,
  PROP_MESSAGE,
  PROP_DATE,
  PROP_IDS,
  PROP_AMOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_finding_finalize (GObject *object)
{
  MutualFinding *self = MUTUAL_FINDING (object);

  g_free (self->code);
  g_free (self->citation);
  g_free (self->message);
  g_free (self->date);
  g_strfreev (self->ids);

  G_OBJECT_CLASS (mutual_finding_parent_class)->finalize (object);
}

static void
mutual_finding_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MutualFinding *self = MUTUAL_FINDING (object);

  switch (prop_id)
    {
    case PROP_CODE: g_value_set_string (value, self->code); break;
    case PROP_SEVERITY: g_value_set_enum (value, self->severity); break;
    case PROP_CITATION: g_value_set_string (value, self->citation); break;
    case PROP_MESSAGE: g_value_set_string (value, self->message); break;
    case PROP_DATE: g_value_set_string (value, self->date); break;
    case PROP_IDS: g_value_set_boxed (value, self->ids); break;
    case PROP_AMOUNT: g_value_set_int64 (value, self->amount); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_finding_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MutualFinding *self = MUTUAL_FINDING (object);

  switch (prop_id)
    {
    case PROP_CODE: self->code = g_value_dup_string (value); break;
    case PROP_SEVERITY: self->severity = g_value_get_enum (value); break;
    case PROP_CITATION: self->citation = g_value_dup_string (value); break;
    case PROP_MESSAGE: self->message = g_value_dup_string (value); break;
    case PROP_DATE:
      {
        const char *text = g_value_get_string (value);
        MutualDay day;

        /* only ISO dates are kept; anything else would print wrongly */
        if (text != NULL && !mutual_day_parse (text, &day, NULL))
          g_critical ("MutualFinding:date “%s” is not an ISO 8601 date", text);
        else
          self->date = g_strdup (text);
      }
      break;
    case PROP_IDS:
      self->ids = g_value_dup_boxed (value);
      if (self->ids == NULL)
        self->ids = g_new0 (char *, 1);
      break;
    case PROP_AMOUNT: self->amount = g_value_get_int64 (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_finding_class_init (MutualFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_finding_finalize;
  object_class->get_property = mutual_finding_get_property;
  object_class->set_property = mutual_finding_set_property;

  /**
   * MutualFinding:code:
   *
   * A stable, dotted code such as `psc.registrable` or `tupe.eli.late`.
   * Scripts match on it; it never changes between releases.
   *
   * Since: 1.0
   */
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);
  /**
   * MutualFinding:severity:
   *
   * How serious the finding is.
   *
   * Since: 1.0
   */
  properties[PROP_SEVERITY] = g_param_spec_enum ("severity", NULL, NULL, MUTUAL_TYPE_SEVERITY,
                                                 MUTUAL_SEVERITY_INFO, flags);
  /**
   * MutualFinding:citation:
   *
   * The source of the rule, such as "TUPE 2006 reg 11(6)".
   *
   * Since: 1.0
   */
  properties[PROP_CITATION] = g_param_spec_string ("citation", NULL, NULL, NULL, flags);
  /**
   * MutualFinding:message:
   *
   * What was found, in words a person understands.
   *
   * Since: 1.0
   */
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  /**
   * MutualFinding:date:
   *
   * The date the finding concerns, as an ISO 8601 date, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  /**
   * MutualFinding:ids:
   *
   * The ids of the parties, classes, staff or contracts the finding is about.
   *
   * Since: 1.0
   */
  properties[PROP_IDS] = g_param_spec_boxed ("ids", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * MutualFinding:amount:
   *
   * A sum of money at stake, in pence (an exposure or an award), or 0.
   *
   * Since: 1.0
   */
  properties[PROP_AMOUNT] = g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_finding_init (MutualFinding *self)
{
}

/**
 * mutual_finding_new:
 * @code: the stable code
 * @severity: the severity
 * @citation: the source of the rule
 * @message: what was found
 *
 * Creates a finding. Set [property@Mutual.Finding:date],
 * [property@Mutual.Finding:ids] and [property@Mutual.Finding:amount] with
 * g_object_new() where they apply.
 *
 * Returns: (transfer full): a new finding
 *
 * Since: 1.0
 */
MutualFinding *
mutual_finding_new (const char     *code,
                    MutualSeverity  severity,
                    const char     *citation,
                    const char     *message)
{
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail ((guint) severity <= MUTUAL_SEVERITY_BREACH, NULL);
  g_return_val_if_fail (citation != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  return g_object_new (MUTUAL_TYPE_FINDING,
                       "code", code,
                       "severity", severity,
                       "citation", citation,
                       "message", message,
                       NULL);
}

/**
 * mutual_finding_get_code:
 * @self: a finding
 *
 * Gets the stable code.
 *
 * Returns: the code
 *
 * Since: 1.0
 */
const char *
mutual_finding_get_code (MutualFinding *self)
{
  g_return_val_if_fail (MUTUAL_IS_FINDING (self), NULL);
  return self->code;
}

/**
 * mutual_finding_get_severity:
 * @self: a finding
 *
 * Gets the severity.
 *
 * Returns: the severity
 *
 * Since: 1.0
 */
MutualSeverity
mutual_finding_get_severity (MutualFinding *self)
{
  g_return_val_if_fail (MUTUAL_IS_FINDING (self), MUTUAL_SEVERITY_INFO);
  return self->severity;
}

/**
 * mutual_finding_get_citation:
 * @self: a finding
 *
 * Gets the citation of the rule.
 *
 * Returns: the citation
 *
 * Since: 1.0
 */
const char *
mutual_finding_get_citation (MutualFinding *self)
{
  g_return_val_if_fail (MUTUAL_IS_FINDING (self), NULL);
  return self->citation;
}

/**
 * mutual_finding_get_message:
 * @self: a finding
 *
 * Gets the message.
 *
 * Returns: the message
 *
 * Since: 1.0
 */
const char *
mutual_finding_get_message (MutualFinding *self)
{
  g_return_val_if_fail (MUTUAL_IS_FINDING (self), NULL);
  return self->message;
}

/**
 * mutual_finding_get_date:
 * @self: a finding
 *
 * Gets the date the finding concerns.
 *
 * Returns: (nullable): the ISO 8601 date, or %NULL
 *
 * Since: 1.0
 */
const char *
mutual_finding_get_date (MutualFinding *self)
{
  g_return_val_if_fail (MUTUAL_IS_FINDING (self), NULL);
  return self->date;
}

/**
 * mutual_finding_get_ids:
 * @self: a finding
 *
 * Gets the ids of what the finding is about.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids, possibly empty
 *
 * Since: 1.0
 */
const char * const *
mutual_finding_get_ids (MutualFinding *self)
{
  static const char *empty[] = { NULL };

  g_return_val_if_fail (MUTUAL_IS_FINDING (self), NULL);
  return self->ids != NULL ? (const char * const *) self->ids : empty;
}

/**
 * mutual_finding_get_amount:
 * @self: a finding
 *
 * Gets the sum of money at stake, in pence.
 *
 * Returns: the amount in pence, or 0
 *
 * Since: 1.0
 */
gint64
mutual_finding_get_amount (MutualFinding *self)
{
  g_return_val_if_fail (MUTUAL_IS_FINDING (self), 0);
  return self->amount;
}

/**
 * mutual_severity_to_string:
 * @severity: a severity
 *
 * The severity's stable lower-case name: `info`, `warning` or `breach`.
 *
 * Returns: the name
 *
 * Since: 1.0
 */
const char *
mutual_severity_to_string (MutualSeverity severity)
{
  switch (severity)
    {
    case MUTUAL_SEVERITY_INFO: return "info";
    case MUTUAL_SEVERITY_WARNING: return "warning";
    case MUTUAL_SEVERITY_BREACH: return "breach";
    default: g_return_val_if_reached ("info");
    }
}
