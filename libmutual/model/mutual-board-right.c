/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "mutual-enum-types.h"
#include "mutual-board-right-private.h"

/**
 * MutualBoardRight:
 *
 * The right of a party to appoint (and remove) a number of directors of a
 * company, under the articles or a shareholders' agreement: the employee
 * trust's non-executive director, a council's two seats. Board rights are
 * immutable.
 *
 * Since: 1.0
 */
struct _MutualBoardRight
{
  GObject parent_instance;

  char *appointer;
  char *company;
  guint directors;
};

G_DEFINE_FINAL_TYPE (MutualBoardRight, mutual_board_right, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_APPOINTER,
  PROP_COMPANY,
  PROP_DIRECTORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_board_right_finalize (GObject *object)
{
  MutualBoardRight *self = MUTUAL_BOARD_RIGHT (object);

  g_free (self->appointer);
  g_free (self->company);

  G_OBJECT_CLASS (mutual_board_right_parent_class)->finalize (object);
}

static void
mutual_board_right_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MutualBoardRight *self = MUTUAL_BOARD_RIGHT (object);

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
mutual_board_right_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MutualBoardRight *self = MUTUAL_BOARD_RIGHT (object);

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
mutual_board_right_class_init (MutualBoardRightClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_board_right_finalize;
  object_class->get_property = mutual_board_right_get_property;
  object_class->set_property = mutual_board_right_set_property;

  /**
   * MutualBoardRight:appointer:
   *
   * The id of the party that holds the right to appoint.
   *
   * Since: 1.0
   */
  properties[PROP_APPOINTER] =
    g_param_spec_string ("appointer", NULL, NULL, NULL, flags);

  /**
   * MutualBoardRight:company:
   *
   * The id of the company whose directors are appointed.
   *
   * Since: 1.0
   */
  properties[PROP_COMPANY] =
    g_param_spec_string ("company", NULL, NULL, NULL, flags);

  /**
   * MutualBoardRight:directors:
   *
   * How many directors the party may appoint and remove.
   *
   * Since: 1.0
   */
  properties[PROP_DIRECTORS] =
    g_param_spec_uint ("directors", NULL, NULL, 0, G_MAXUINT, 1, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_board_right_init (MutualBoardRight *self)
{
}

/**
 * mutual_board_right_new:
 * @appointer: the id of the party that appoints
 * @company: the id of the company whose directors are appointed
 * @directors: how many directors the party appoints
 *
 * Creates a board appointment right. Set the other properties with g_object_new().
 *
 * Returns: (transfer full): a new #MutualBoardRight
 *
 * Since: 1.0
 */
MutualBoardRight *
mutual_board_right_new (const char *appointer,
                        const char *company,
                        guint directors)
{
  g_return_val_if_fail (appointer != NULL, NULL);
  g_return_val_if_fail (company != NULL, NULL);

  return g_object_new (MUTUAL_TYPE_BOARD_RIGHT,
                       "appointer", appointer,
                       "company", company,
                       "directors", directors,
                       NULL);
}

MutualBoardRight *
mutual_board_right_new_fields (const char *appointer,
                               const char *company,
                               guint       directors)
{
  /* no construct properties given: the defaults are set, then replaced */
  MutualBoardRight *self = g_object_new (MUTUAL_TYPE_BOARD_RIGHT, NULL);

  g_free (self->appointer);
  g_free (self->company);
  self->appointer = g_strdup (appointer);
  self->company = g_strdup (company);
  self->directors = directors;
  return self;
}

/**
 * mutual_board_right_get_appointer:
 * @self: a #MutualBoardRight
 *
 * Gets [property@Mutual.BoardRight:appointer].
 *
 * Returns: The id of the party that appoints
 *
 * Since: 1.0
 */
const char *
mutual_board_right_get_appointer (MutualBoardRight *self)
{
  g_return_val_if_fail (MUTUAL_IS_BOARD_RIGHT (self), NULL);

  return self->appointer;
}

/**
 * mutual_board_right_get_company:
 * @self: a #MutualBoardRight
 *
 * Gets [property@Mutual.BoardRight:company].
 *
 * Returns: The id of the company whose directors are appointed
 *
 * Since: 1.0
 */
const char *
mutual_board_right_get_company (MutualBoardRight *self)
{
  g_return_val_if_fail (MUTUAL_IS_BOARD_RIGHT (self), NULL);

  return self->company;
}

/**
 * mutual_board_right_get_directors:
 * @self: a #MutualBoardRight
 *
 * Gets [property@Mutual.BoardRight:directors].
 *
 * Returns: How many directors the party appoints
 *
 * Since: 1.0
 */
guint
mutual_board_right_get_directors (MutualBoardRight *self)
{
  g_return_val_if_fail (MUTUAL_IS_BOARD_RIGHT (self), 0);

  return self->directors;
}
