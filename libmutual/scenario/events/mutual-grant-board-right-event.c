/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-event-private.h"

/**
 * MutualGrantBoardRightEvent:
 *
 * A party gets (or keeps, with a new number) the right to appoint directors
 * of a company. When the company's board size is known, the directors all
 * appointers may appoint must fit on the board.
 *
 * In scenario files: `"type": "grant-board-right"`.
 *
 * Since: 1.0
 */

struct _MutualGrantBoardRightEvent
{
  MutualEvent parent_instance;

  char *appointer;
  char *company;
  guint directors;
};

G_DEFINE_FINAL_TYPE (MutualGrantBoardRightEvent, mutual_grant_board_right_event, MUTUAL_TYPE_EVENT)

enum {
  PROP_0,
  PROP_APPOINTER,
  PROP_COMPANY,
  PROP_DIRECTORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
grant_board_right_apply (MutualEvent  *event,
                         MutualModel  *model,
                         GError      **error)
{
  MutualGrantBoardRightEvent *self = MUTUAL_GRANT_BOARD_RIGHT_EVENT (event);
  g_autoptr(MutualBoardRight) right = NULL;
  MutualParty *company;
  GPtrArray *rights;
  guint total = self->directors;

  if (!mutual_event_require (event, error, "appointer", "company", NULL) ||
      !mutual_event_need_party (model, self->appointer, error) ||
      !(company = mutual_event_need_party (model, self->company, error)) ||
      !mutual_event_need_positive (self->directors, "directors", error))
    return FALSE;
  rights = mutual_model_get_array (model, MUTUAL_COLLECTION_BOARD_RIGHTS);
  for (guint i = 0; i < rights->len; i++)
    {
      MutualBoardRight *other = g_ptr_array_index (rights, i);

      if (g_str_equal (mutual_board_right_get_company (other), self->company) &&
          !g_str_equal (mutual_board_right_get_appointer (other), self->appointer))
        total += mutual_board_right_get_directors (other);
    }
  if (mutual_party_get_board_size (company) > 0 && total > mutual_party_get_board_size (company))
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_INVALID,
                   "the rights to appoint directors of “%s” would add up to %u, more than its board of %u",
                   self->company, total, mutual_party_get_board_size (company));
      return FALSE;
    }
  right = mutual_board_right_new (self->appointer, self->company, self->directors);
  if (mutual_model_lookup_board_right (model, self->appointer, self->company) != NULL)
    return mutual_model_replace_item (model, MUTUAL_COLLECTION_BOARD_RIGHTS, right, error);
  return mutual_model_add_board_right (model, right, error);
}

static char *
grant_board_right_describe (MutualEvent *event)
{
  MutualGrantBoardRightEvent *self = MUTUAL_GRANT_BOARD_RIGHT_EVENT (event);

  return g_strdup_printf ("%s may appoint %u director%s of %s", self->appointer, self->directors,
                          self->directors == 1 ? "" : "s", self->company);
}

static void
mutual_grant_board_right_event_finalize (GObject *object)
{
  MutualGrantBoardRightEvent *self = MUTUAL_GRANT_BOARD_RIGHT_EVENT (object);

  g_free (self->appointer);
  g_free (self->company);

  G_OBJECT_CLASS (mutual_grant_board_right_event_parent_class)->finalize (object);
}

static void
mutual_grant_board_right_event_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  MutualGrantBoardRightEvent *self = MUTUAL_GRANT_BOARD_RIGHT_EVENT (object);

  switch (prop_id)
    {
    case PROP_APPOINTER:
      g_value_set_string (value, self->appointer);
      break;
    case PROP_COMPANY:
      g_value_set_string (value, self->company);
      break;
    case PROP_DIRECTORS:
      g_value_set_uint (value, self->directors);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_grant_board_right_event_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  MutualGrantBoardRightEvent *self = MUTUAL_GRANT_BOARD_RIGHT_EVENT (object);

  switch (prop_id)
    {
    case PROP_APPOINTER:
      self->appointer = g_value_dup_string (value);
      break;
    case PROP_COMPANY:
      self->company = g_value_dup_string (value);
      break;
    case PROP_DIRECTORS:
      self->directors = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_grant_board_right_event_class_init (MutualGrantBoardRightEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MutualEventClass *event_class = MUTUAL_EVENT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_grant_board_right_event_finalize;
  object_class->get_property = mutual_grant_board_right_event_get_property;
  object_class->set_property = mutual_grant_board_right_event_set_property;
  event_class->apply = grant_board_right_apply;
  event_class->describe = grant_board_right_describe;
  mutual_event_class_set_kind (event_class, "grant-board-right");

  /**
   * MutualGrantBoardRightEvent:appointer:
   *
   * The id of the party that appoints.
   *
   * Since: 1.0
   */
  properties[PROP_APPOINTER] = g_param_spec_string ("appointer", NULL, NULL, NULL, flags);

  /**
   * MutualGrantBoardRightEvent:company:
   *
   * The id of the company.
   *
   * Since: 1.0
   */
  properties[PROP_COMPANY] = g_param_spec_string ("company", NULL, NULL, NULL, flags);

  /**
   * MutualGrantBoardRightEvent:directors:
   *
   * How many directors it appoints; at least 1.
   *
   * Since: 1.0
   */
  properties[PROP_DIRECTORS] = g_param_spec_uint ("directors", NULL, NULL, 0, 10000, 1, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_grant_board_right_event_init (MutualGrantBoardRightEvent *self)
{
}
