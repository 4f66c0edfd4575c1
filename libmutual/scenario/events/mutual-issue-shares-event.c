/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-event-private.h"

/**
 * MutualIssueSharesEvent:
 *
 * A company allots new shares of a class to a holder (Companies Act 2006
 * s549). The holder and the class must exist.
 *
 * In scenario files: `"type": "issue-shares"`.
 *
 * Since: 1.0
 */

struct _MutualIssueSharesEvent
{
  MutualEvent parent_instance;

  char *holder;
  char *share_class;
  gint64 count;
};

G_DEFINE_FINAL_TYPE (MutualIssueSharesEvent, mutual_issue_shares_event, MUTUAL_TYPE_EVENT)

enum {
  PROP_0,
  PROP_HOLDER,
  PROP_SHARE_CLASS,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
issue_shares_apply (MutualEvent  *event,
                    MutualModel  *model,
                    GError      **error)
{
  MutualIssueSharesEvent *self = MUTUAL_ISSUE_SHARES_EVENT (event);

  return mutual_event_require (event, error, "holder", "share-class", NULL) &&
         mutual_event_need_party (model, self->holder, error) &&
         mutual_event_need_class (model, self->share_class, error) &&
         mutual_event_need_positive (self->count, "count", error) &&
         mutual_event_add_to_holding (model, self->holder, self->share_class, self->count, error);
}

static char *
issue_shares_describe (MutualEvent *event)
{
  MutualIssueSharesEvent *self = MUTUAL_ISSUE_SHARES_EVENT (event);

  return g_strdup_printf ("%" G_GINT64_FORMAT " new shares of %s are issued to %s",
                          self->count, self->share_class, self->holder);
}

static void
mutual_issue_shares_event_finalize (GObject *object)
{
  MutualIssueSharesEvent *self = MUTUAL_ISSUE_SHARES_EVENT (object);

  g_free (self->holder);
  g_free (self->share_class);

  G_OBJECT_CLASS (mutual_issue_shares_event_parent_class)->finalize (object);
}

static void
mutual_issue_shares_event_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MutualIssueSharesEvent *self = MUTUAL_ISSUE_SHARES_EVENT (object);

  switch (prop_id)
    {
    case PROP_HOLDER:
      g_value_set_string (value, self->holder);
      break;
    case PROP_SHARE_CLASS:
      g_value_set_string (value, self->share_class);
      break;
    case PROP_COUNT:
      g_value_set_int64 (value, self->count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_issue_shares_event_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MutualIssueSharesEvent *self = MUTUAL_ISSUE_SHARES_EVENT (object);

  switch (prop_id)
    {
    case PROP_HOLDER:
      self->holder = g_value_dup_string (value);
      break;
    case PROP_SHARE_CLASS:
      self->share_class = g_value_dup_string (value);
      break;
    case PROP_COUNT:
      self->count = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_issue_shares_event_class_init (MutualIssueSharesEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MutualEventClass *event_class = MUTUAL_EVENT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_issue_shares_event_finalize;
  object_class->get_property = mutual_issue_shares_event_get_property;
  object_class->set_property = mutual_issue_shares_event_set_property;
  event_class->apply = issue_shares_apply;
  event_class->describe = issue_shares_describe;
  mutual_event_class_set_kind (event_class, "issue-shares");

  /**
   * MutualIssueSharesEvent:holder:
   *
   * The id of the party the shares are issued to.
   *
   * Since: 1.0
   */
  properties[PROP_HOLDER] = g_param_spec_string ("holder", NULL, NULL, NULL, flags);

  /**
   * MutualIssueSharesEvent:share-class:
   *
   * The id of the share class.
   *
   * Since: 1.0
   */
  properties[PROP_SHARE_CLASS] = g_param_spec_string ("share-class", NULL, NULL, NULL, flags);

  /**
   * MutualIssueSharesEvent:count:
   *
   * How many shares are issued; more than 0.
   *
   * Since: 1.0
   */
  properties[PROP_COUNT] = g_param_spec_int64 ("count", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_issue_shares_event_init (MutualIssueSharesEvent *self)
{
}
