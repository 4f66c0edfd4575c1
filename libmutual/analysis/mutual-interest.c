/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mutual-analysis-private.h"
#include "mutual-enum-types.h"
#include "mutual-error.h"
#include "mutual-interest.h"
#include "mutual-item-list-private.h"

/**
 * MutualInterest:
 *
 * One holder's interest in one company in one dimension.
 *
 * A direct interest is always exact ([property@Mutual.Interest:fraction]).
 * A look-through interest, through chains of companies and trusts and
 * around cross-holdings, is a double ([property@Mutual.Interest:value]);
 * it is also exact when every path from the holder to the company is a
 * direct holding.
 *
 * How rights combine: rights held by agreement in a dimension come first;
 * what they leave is shared in proportion to the shares' weights. A right
 * to 1/2 of the profits leaves 1/2 to be shared by dividend weight, so a
 * holder of 75.1% of the dividend-bearing shares has 37.55% of the profits.
 * Shares count by nominal value, votes by each class's votes per share (or,
 * in a co-operative, society or company limited by guarantee, by the
 * members' votes), profits by dividend weight, capital by capital weight.
 *
 * Since: 1.0
 */
struct _MutualInterest
{
  GObject parent_instance;

  char *holder;
  char *company;
  MutualDimension dimension;
  double value;
  MutualFraction *fraction;
};

G_DEFINE_FINAL_TYPE (MutualInterest, mutual_interest, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HOLDER,
  PROP_COMPANY,
  PROP_DIMENSION,
  PROP_VALUE,
  PROP_FRACTION,
  PROP_EXACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mutual_interest_finalize (GObject *object)
{
  MutualInterest *self = MUTUAL_INTEREST (object);

  g_free (self->holder);
  g_free (self->company);
  g_clear_pointer (&self->fraction, mutual_fraction_free);

  G_OBJECT_CLASS (mutual_interest_parent_class)->finalize (object);
}

static void
mutual_interest_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MutualInterest *self = MUTUAL_INTEREST (object);

  switch (prop_id)
    {
    case PROP_HOLDER: g_value_set_string (value, self->holder); break;
    case PROP_COMPANY: g_value_set_string (value, self->company); break;
    case PROP_DIMENSION: g_value_set_enum (value, self->dimension); break;
    case PROP_VALUE: g_value_set_double (value, self->value); break;
    case PROP_FRACTION: g_value_set_boxed (value, self->fraction); break;
    case PROP_EXACT: g_value_set_boolean (value, self->fraction != NULL); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_interest_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MutualInterest *self = MUTUAL_INTEREST (object);

  switch (prop_id)
    {
    case PROP_HOLDER: self->holder = g_value_dup_string (value); break;
    case PROP_COMPANY: self->company = g_value_dup_string (value); break;
    case PROP_DIMENSION: self->dimension = g_value_get_enum (value); break;
    case PROP_VALUE: self->value = g_value_get_double (value); break;
    case PROP_FRACTION: self->fraction = g_value_dup_boxed (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_interest_class_init (MutualInterestClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_interest_finalize;
  object_class->get_property = mutual_interest_get_property;
  object_class->set_property = mutual_interest_set_property;

  /**
   * MutualInterest:holder:
   *
   * The id of the holder, or %NULL for a group (the employees).
   *
   * Since: 1.0
   */
  properties[PROP_HOLDER] = g_param_spec_string ("holder", NULL, NULL, NULL, flags);
  /**
   * MutualInterest:company:
   *
   * The id of the company the interest is in.
   *
   * Since: 1.0
   */
  properties[PROP_COMPANY] = g_param_spec_string ("company", NULL, NULL, NULL, flags);
  /**
   * MutualInterest:dimension:
   *
   * What the interest is measured in: shares, votes, profits or capital.
   *
   * Since: 1.0
   */
  properties[PROP_DIMENSION] = g_param_spec_enum ("dimension", NULL, NULL, MUTUAL_TYPE_DIMENSION,
                                                  MUTUAL_DIMENSION_SHARES, flags);
  /**
   * MutualInterest:value:
   *
   * The interest as a double between 0 and 1. Look-through figures are
   * floating point: sums of products of fractions, solved around cycles.
   *
   * Since: 1.0
   */
  properties[PROP_VALUE] = g_param_spec_double ("value", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  /**
   * MutualInterest:fraction:
   *
   * The interest as an exact fraction, or %NULL when it is not exact (a
   * look-through interest through a chain or a cycle).
   *
   * Since: 1.0
   */
  properties[PROP_FRACTION] = g_param_spec_boxed ("fraction", NULL, NULL, MUTUAL_TYPE_FRACTION, flags);
  /**
   * MutualInterest:exact:
   *
   * Whether [property@Mutual.Interest:fraction] is set.
   *
   * Since: 1.0
   */
  properties[PROP_EXACT] = g_param_spec_boolean ("exact", NULL, NULL, FALSE,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mutual_interest_init (MutualInterest *self)
{
}

MutualInterest *
mutual_interest_new_internal (const char           *holder,
                              const char           *company,
                              MutualDimension       dimension,
                              double                value,
                              const MutualFraction *fraction)
{
  return g_object_new (MUTUAL_TYPE_INTEREST,
                       "holder", holder,
                       "company", company,
                       "dimension", dimension,
                       "value", value,
                       "fraction", fraction,
                       NULL);
}

/**
 * mutual_interest_get_holder:
 * @self: an interest
 *
 * Gets [property@Mutual.Interest:holder].
 *
 * Returns: (nullable): the holder's id, or %NULL for a group
 *
 * Since: 1.0
 */
const char *
mutual_interest_get_holder (MutualInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_INTEREST (self), NULL);
  return self->holder;
}

/**
 * mutual_interest_get_company:
 * @self: an interest
 *
 * Gets [property@Mutual.Interest:company].
 *
 * Returns: the company's id
 *
 * Since: 1.0
 */
const char *
mutual_interest_get_company (MutualInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_INTEREST (self), NULL);
  return self->company;
}

/**
 * mutual_interest_get_dimension:
 * @self: an interest
 *
 * Gets [property@Mutual.Interest:dimension].
 *
 * Returns: the dimension
 *
 * Since: 1.0
 */
MutualDimension
mutual_interest_get_dimension (MutualInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_INTEREST (self), MUTUAL_DIMENSION_SHARES);
  return self->dimension;
}

/**
 * mutual_interest_get_value:
 * @self: an interest
 *
 * Gets [property@Mutual.Interest:value].
 *
 * Returns: the interest, between 0 and 1
 *
 * Since: 1.0
 */
double
mutual_interest_get_value (MutualInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_INTEREST (self), 0);
  return self->value;
}

/**
 * mutual_interest_get_fraction:
 * @self: an interest
 *
 * Gets [property@Mutual.Interest:fraction].
 *
 * Returns: (nullable) (transfer none): the exact interest, or %NULL
 *
 * Since: 1.0
 */
const MutualFraction *
mutual_interest_get_fraction (MutualInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_INTEREST (self), NULL);
  return self->fraction;
}

/**
 * mutual_interest_get_exact:
 * @self: an interest
 *
 * Gets [property@Mutual.Interest:exact].
 *
 * Returns: whether the interest is known exactly
 *
 * Since: 1.0
 */
gboolean
mutual_interest_get_exact (MutualInterest *self)
{
  g_return_val_if_fail (MUTUAL_IS_INTEREST (self), FALSE);
  return self->fraction != NULL;
}

/**
 * MutualInterestPath:
 *
 * One path by which a holder has an interest in a company: the parties
 * from the holder down to the company, each holding the next, and the
 * product of the direct interests along it. The paths of a holder add up
 * to its look-through interest, except around a cycle, where going round
 * it again adds the rest.
 *
 * Since: 1.0
 */
struct _MutualInterestPath
{
  GObject parent_instance;

  GStrv parties;
  double value;
  MutualFraction *fraction;
};

G_DEFINE_FINAL_TYPE (MutualInterestPath, mutual_interest_path, G_TYPE_OBJECT)

enum {
  PATH_PROP_0,
  PATH_PROP_PARTIES,
  PATH_PROP_VALUE,
  PATH_PROP_FRACTION,
  PATH_N_PROPS
};

static GParamSpec *path_properties[PATH_N_PROPS];

static void
mutual_interest_path_finalize (GObject *object)
{
  MutualInterestPath *self = MUTUAL_INTEREST_PATH (object);

  g_strfreev (self->parties);
  g_clear_pointer (&self->fraction, mutual_fraction_free);

  G_OBJECT_CLASS (mutual_interest_path_parent_class)->finalize (object);
}

static void
mutual_interest_path_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MutualInterestPath *self = MUTUAL_INTEREST_PATH (object);

  switch (prop_id)
    {
    case PATH_PROP_PARTIES: g_value_set_boxed (value, self->parties); break;
    case PATH_PROP_VALUE: g_value_set_double (value, self->value); break;
    case PATH_PROP_FRACTION: g_value_set_boxed (value, self->fraction); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_interest_path_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MutualInterestPath *self = MUTUAL_INTEREST_PATH (object);

  switch (prop_id)
    {
    case PATH_PROP_PARTIES: self->parties = g_value_dup_boxed (value); break;
    case PATH_PROP_VALUE: self->value = g_value_get_double (value); break;
    case PATH_PROP_FRACTION: self->fraction = g_value_dup_boxed (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mutual_interest_path_class_init (MutualInterestPathClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mutual_interest_path_finalize;
  object_class->get_property = mutual_interest_path_get_property;
  object_class->set_property = mutual_interest_path_set_property;

  /**
   * MutualInterestPath:parties:
   *
   * The ids along the path: the holder first, the company last.
   *
   * Since: 1.0
   */
  path_properties[PATH_PROP_PARTIES] = g_param_spec_boxed ("parties", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * MutualInterestPath:value:
   *
   * The product of the direct interests along the path.
   *
   * Since: 1.0
   */
  path_properties[PATH_PROP_VALUE] = g_param_spec_double ("value", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  /**
   * MutualInterestPath:fraction:
   *
   * The product as an exact fraction, or %NULL if it does not fit in 64 bits.
   *
   * Since: 1.0
   */
  path_properties[PATH_PROP_FRACTION] = g_param_spec_boxed ("fraction", NULL, NULL, MUTUAL_TYPE_FRACTION, flags);

  g_object_class_install_properties (object_class, PATH_N_PROPS, path_properties);
}

static void
mutual_interest_path_init (MutualInterestPath *self)
{
}

/**
 * mutual_interest_path_get_parties:
 * @self: a path
 *
 * Gets [property@Mutual.InterestPath:parties].
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids, holder first
 *
 * Since: 1.0
 */
const char * const *
mutual_interest_path_get_parties (MutualInterestPath *self)
{
  g_return_val_if_fail (MUTUAL_IS_INTEREST_PATH (self), NULL);
  return (const char * const *) self->parties;
}

/**
 * mutual_interest_path_get_value:
 * @self: a path
 *
 * Gets [property@Mutual.InterestPath:value].
 *
 * Returns: the product of the interests along the path
 *
 * Since: 1.0
 */
double
mutual_interest_path_get_value (MutualInterestPath *self)
{
  g_return_val_if_fail (MUTUAL_IS_INTEREST_PATH (self), 0);
  return self->value;
}

/**
 * mutual_interest_path_get_fraction:
 * @self: a path
 *
 * Gets [property@Mutual.InterestPath:fraction].
 *
 * Returns: (nullable) (transfer none): the exact product, or %NULL
 *
 * Since: 1.0
 */
const MutualFraction *
mutual_interest_path_get_fraction (MutualInterestPath *self)
{
  g_return_val_if_fail (MUTUAL_IS_INTEREST_PATH (self), NULL);
  return self->fraction;
}

/* ── queries ─────────────────────────────────────────────────────────── */

/**
 * mutual_analysis_direct_interest:
 * @self: an analysis
 * @holder: a party id
 * @company: a company's id
 * @dimension: what to measure
 * @error: return location for a #GError
 *
 * The interest that @holder holds directly in @company: its shares and
 * memberships and its rights by agreement, exactly. See
 * [class@Mutual.Interest] for how rights by agreement and shares combine.
 *
 * Returns: (transfer full): the interest, possibly 0, or %NULL with @error
 *   set (an unknown id, a party that is not a company, an overflow)
 *
 * Since: 1.0
 */
MutualFraction *
mutual_analysis_direct_interest (MutualAnalysis   *self,
                                 const char       *holder,
                                 const char       *company,
                                 MutualDimension   dimension,
                                 GError          **error)
{
  MutualFraction f;
  int c, h;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (holder != NULL, NULL);
  g_return_val_if_fail (company != NULL, NULL);
  g_return_val_if_fail (dimension <= MUTUAL_DIMENSION_CAPITAL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((c = mutual_analysis_find_company (self, company, error)) < 0 ||
      (h = mutual_analysis_find (self, holder, error)) < 0 ||
      !mutual_analysis_direct_exact (self, c, h, dimension, &f, error))
    return NULL;
  return mutual_fraction_copy (&f);
}

/* The direct holders of @c in @dimension, largest first, ties in model
 * order: an order on indices, so each fraction is compared, never moved. */
static int
compare_larger_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      data)
{
  const MutualFraction *fractions = data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  int cmp = mutual_fraction_compare (&fractions[j], &fractions[i]);

  return cmp != 0 ? cmp : (i > j) - (i < j);
}

static gboolean
direct_sorted (MutualAnalysis   *self,
               guint             company,
               MutualDimension   dimension,
               GArray           *holders,
               GArray           *fractions,
               guint           **out_order,
               GError          **error)
{
  guint *order;

  if (!mutual_analysis_direct_all (self, company, dimension, holders, fractions, error))
    return FALSE;
  order = g_new (guint, MAX (holders->len, 1));
  for (guint i = 0; i < holders->len; i++)
    order[i] = i;
  if (holders->len > 1)
    g_qsort_with_data (order, holders->len, sizeof (guint), compare_larger_first, fractions->data);
  *out_order = order;
  return TRUE;
}

/**
 * mutual_analysis_direct_interests:
 * @self: an analysis
 * @company: a company's id
 * @dimension: what to measure
 * @error: return location for a #GError
 *
 * Every party with a direct interest in @company in @dimension, exact,
 * largest first.
 *
 * Returns: (transfer full): a list of [class@Mutual.Interest]: the interests, or
 *   %NULL with @error set
 *
 * Since: 1.0
 */
GListModel *
mutual_analysis_direct_interests (MutualAnalysis   *self,
                                  const char       *company,
                                  MutualDimension   dimension,
                                  GError          **error)
{
  g_autoptr(GArray) holders = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (MutualFraction));
  g_autofree guint *order = NULL;
  MutualItemList *list;
  int c;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (company != NULL, NULL);
  g_return_val_if_fail (dimension <= MUTUAL_DIMENSION_CAPITAL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((c = mutual_analysis_find_company (self, company, error)) < 0 ||
      !direct_sorted (self, c, dimension, holders, fractions, &order, error))
    return NULL;
  list = mutual_item_list_new (MUTUAL_TYPE_INTEREST);
  /* largest first, exactly; ties in model order */
  for (guint k = 0; k < holders->len; k++)
    {
      guint i = order[k];
      MutualFraction *f = &g_array_index (fractions, MutualFraction, i);

      g_ptr_array_add (mutual_item_list_get_array (list),
                       mutual_interest_new_internal (mutual_analysis_id (self, g_array_index (holders, guint, i)),
                                                     company, dimension, mutual_fraction_to_double (f), f));
    }
  return G_LIST_MODEL (list);
}

/**
 * MutualHolderTable:
 *
 * Every direct holder of one company with its exact interest in each
 * [enum@Mutual.Dimension], from [method@Mutual.Analysis.holder_table]:
 * the figures of [method@Mutual.Analysis.direct_interests] for the four
 * dimensions at once, as one row per holder instead of one object per
 * holder and dimension. Immutable.
 *
 * Since: 1.0
 */
struct _MutualHolderTable
{
  gatomicrefcount ref_count;
  MutualAnalysis *analysis;     /* owns the parties whose ids the rows name */
  guint n;
  guint *holder;                /* n party indices */
  MutualFraction *interest;     /* n × MUTUAL_N_DIMENSIONS */
  guint8 *has;                  /* n × MUTUAL_N_DIMENSIONS: 1 where the holder has an interest */
};

G_DEFINE_BOXED_TYPE (MutualHolderTable, mutual_holder_table, mutual_holder_table_ref, mutual_holder_table_unref)

/**
 * mutual_holder_table_ref:
 * @self: a holder table
 *
 * Takes a reference to @self.
 *
 * Returns: (transfer full): @self
 *
 * Since: 1.0
 */
MutualHolderTable *
mutual_holder_table_ref (MutualHolderTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * mutual_holder_table_unref:
 * @self: (transfer full): a holder table
 *
 * Releases a reference to @self, freeing it with the last.
 *
 * Since: 1.0
 */
void
mutual_holder_table_unref (MutualHolderTable *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_object_unref (self->analysis);
  g_free (self->holder);
  g_free (self->interest);
  g_free (self->has);
  g_free (self);
}

/**
 * mutual_holder_table_get_n_holders:
 * @self: a holder table
 *
 * The number of rows of the table.
 *
 * Returns: the number of rows, one per direct holder
 *
 * Since: 1.0
 */
guint
mutual_holder_table_get_n_holders (MutualHolderTable *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n;
}

/**
 * mutual_holder_table_get_holder:
 * @self: a holder table
 * @row: a row, less than [method@Mutual.HolderTable.get_n_holders]
 *
 * The holder of one row.
 *
 * Returns: (transfer none): the id of the holder in @row
 *
 * Since: 1.0
 */
const char *
mutual_holder_table_get_holder (MutualHolderTable *self,
                                guint              row)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->n, NULL);
  return mutual_analysis_id (self->analysis, self->holder[row]);
}

/**
 * mutual_holder_table_get_interest:
 * @self: a holder table
 * @row: a row, less than [method@Mutual.HolderTable.get_n_holders]
 * @dimension: what to measure
 *
 * The interest of one row's holder in one dimension.
 *
 * Returns: (transfer none) (nullable): the exact direct interest of the
 *   holder in @row in @dimension, or %NULL when it has none there
 *
 * Since: 1.0
 */
const MutualFraction *
mutual_holder_table_get_interest (MutualHolderTable *self,
                                  guint              row,
                                  MutualDimension    dimension)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->n, NULL);
  g_return_val_if_fail (dimension <= MUTUAL_DIMENSION_CAPITAL, NULL);
  if (!self->has[row * MUTUAL_N_DIMENSIONS + dimension])
    return NULL;
  return &self->interest[row * MUTUAL_N_DIMENSIONS + dimension];
}

static const MutualDimension table_dimensions[MUTUAL_N_DIMENSIONS] = {
  MUTUAL_DIMENSION_SHARES, MUTUAL_DIMENSION_VOTES, MUTUAL_DIMENSION_PROFITS, MUTUAL_DIMENSION_CAPITAL,
};

/**
 * mutual_analysis_holder_table:
 * @self: an analysis
 * @company: a company's id
 * @error: return location for a #GError
 *
 * Every direct holder of @company with its exact interest in shares,
 * votes, profits and capital: the interests of
 * [method@Mutual.Analysis.direct_interests] in the four dimensions, one
 * row per holder. The rows are in the order the holders first appear in
 * those lists taken in that order (shares largest first, then holders of
 * votes only, largest first, and so on), the order `mutual analyse`
 * prints. For reading the holders of many companies, it makes no object
 * per holder.
 *
 * Returns: (transfer full): the table, or %NULL with @error set (an
 *   unknown id, a party that is not a company, an overflow in any
 *   dimension)
 *
 * Since: 1.0
 */
MutualHolderTable *
mutual_analysis_holder_table (MutualAnalysis  *self,
                              const char      *company,
                              GError         **error)
{
  g_autoptr(GArray) holders = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (MutualFraction));
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) interest = g_array_new (FALSE, TRUE, sizeof (MutualFraction));
  g_autoptr(GByteArray) has = g_byte_array_new ();
  MutualHolderTable *table;
  int *slots;
  int c;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (company != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((c = mutual_analysis_find_company (self, company, error)) < 0)
    return NULL;
  slots = mutual_analysis_acquire_slots (self);
  for (guint d = 0; d < MUTUAL_N_DIMENSIONS; d++)
    {
      MutualDimension dimension = table_dimensions[d];
      g_autofree guint *order = NULL;

      g_array_set_size (holders, 0);
      g_array_set_size (fractions, 0);
      if (!direct_sorted (self, c, dimension, holders, fractions, &order, error))
        {
          for (guint r = 0; r < rows->len; r++)
            slots[g_array_index (rows, guint, r)] = -1;
          mutual_analysis_release_slots (self, slots);
          return NULL;
        }
      for (guint k = 0; k < holders->len; k++)
        {
          guint h = g_array_index (holders, guint, order[k]);
          guint at;

          if (slots[h] < 0)
            {
              slots[h] = rows->len;
              g_array_append_val (rows, h);
              g_array_set_size (interest, rows->len * MUTUAL_N_DIMENSIONS);
              g_byte_array_set_size (has, rows->len * MUTUAL_N_DIMENSIONS);
              memset (has->data + (rows->len - 1) * MUTUAL_N_DIMENSIONS, 0, MUTUAL_N_DIMENSIONS);
            }
          at = slots[h] * MUTUAL_N_DIMENSIONS + dimension;
          g_array_index (interest, MutualFraction, at) = g_array_index (fractions, MutualFraction, order[k]);
          has->data[at] = 1;
        }
    }
  for (guint r = 0; r < rows->len; r++)
    slots[g_array_index (rows, guint, r)] = -1;
  mutual_analysis_release_slots (self, slots);

  table = g_new0 (MutualHolderTable, 1);
  g_atomic_ref_count_init (&table->ref_count);
  table->analysis = g_object_ref (self);
  table->n = rows->len;
  table->holder = (guint *) g_array_free (g_steal_pointer (&rows), FALSE);
  table->interest = (MutualFraction *) g_array_free (g_steal_pointer (&interest), FALSE);
  table->has = g_byte_array_free (g_steal_pointer (&has), FALSE);
  return table;
}

typedef struct
{
  double *x;
  guint8 *in_reach;
  GArray *reached;
  MutualLookThrough *lt;
  MutualScratch *scratch;
  guint company;
} Solution;

static void
solution_clear (Solution *s)
{
  if (s->scratch != NULL)
    mutual_look_through_release (s->lt, s->scratch);
  s->scratch = NULL;
}

/* The look-through of every party in company @c (an index). */
static gboolean
solve_index (MutualAnalysis   *self,
             guint             c,
             MutualDimension   dimension,
             Solution         *s,
             GError          **error)
{
  s->company = c;
  s->lt = mutual_analysis_get_look_through (self, dimension);
  s->scratch = mutual_look_through_acquire (self, s->lt);
  s->x = s->scratch->x;
  s->in_reach = s->scratch->seen;
  s->reached = s->scratch->reached;
  return mutual_look_through_solve (self, s->lt, c, s->scratch, error);
}

static gboolean
solve (MutualAnalysis   *self,
       const char       *company,
       MutualDimension   dimension,
       Solution         *s,
       GError          **error)
{
  int c = mutual_analysis_find_company (self, company, error);

  return c >= 0 && solve_index (self, c, dimension, s, error);
}

/* Whether @holder's interest has a path other than its direct holding:
 * it holds another company that reaches the target. */
static gboolean
has_indirect (Solution *s,
              guint     holder)
{
  for (guint e = s->lt->holds_start[holder]; e < s->lt->holds_start[holder + 1]; e++)
    {
      guint c = s->lt->holds_company[e];

      if (c != s->company && s->in_reach[c])
        return TRUE;
    }
  return holder == s->company;
}

static MutualInterest *
interest_of (MutualAnalysis  *self,
             Solution        *s,
             guint            holder,
             MutualDimension  dimension)
{
  MutualFraction f;
  gboolean exact = !has_indirect (s, holder) &&
                   mutual_analysis_direct_exact (self, s->company, holder, dimension, &f, NULL);

  return mutual_interest_new_internal (mutual_analysis_id (self, holder), mutual_analysis_id (self, s->company),
                                       dimension, s->x[holder], exact ? &f : NULL);
}

static int
compare_by_value (gconstpointer a,
                  gconstpointer b)
{
  double va = MUTUAL_INTEREST (*(MutualInterest **) a)->value;
  double vb = MUTUAL_INTEREST (*(MutualInterest **) b)->value;

  return va < vb ? 1 : va > vb ? -1 : 0;
}

/**
 * mutual_analysis_look_through_interest:
 * @self: an analysis
 * @holder: a party id
 * @company: a company's id
 * @dimension: what to measure
 * @error: return location for a #GError
 *
 * The look-through (integrated) interest of @holder in @company: its
 * direct interest plus, for every company it holds that holds @company
 * (directly, through a chain, around cross-holdings), its share of that
 * company's interest. Cross-holdings are solved as linear systems, not
 * iterated until the figures look settled; see
 * [method@Mutual.Analysis.interest_paths] for the contributions.
 *
 * Returns: (transfer full): the interest (a double; exact when the holding
 *   is only direct), or %NULL with @error set (%MUTUAL_ERROR_CYCLE when
 *   parties hold all of each other and no one else holds them)
 *
 * Since: 1.0
 */
MutualInterest *
mutual_analysis_look_through_interest (MutualAnalysis   *self,
                                       const char       *holder,
                                       const char       *company,
                                       MutualDimension   dimension,
                                       GError          **error)
{
  Solution s = { NULL, };
  MutualInterest *result = NULL;
  int h;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (holder != NULL, NULL);
  g_return_val_if_fail (company != NULL, NULL);
  g_return_val_if_fail (dimension <= MUTUAL_DIMENSION_CAPITAL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((h = mutual_analysis_find (self, holder, error)) >= 0 &&
      solve (self, company, dimension, &s, error))
    result = interest_of (self, &s, h, dimension);
  solution_clear (&s);
  return result;
}

static GListModel *
list_interests (MutualAnalysis   *self,
                const char       *company,
                MutualDimension   dimension,
                gboolean          ultimate_only,
                GError          **error)
{
  Solution s = { NULL, };
  MutualItemList *list;
  GPtrArray *items;

  if (!solve (self, company, dimension, &s, error))
    {
      solution_clear (&s);
      return NULL;
    }
  list = mutual_item_list_new (MUTUAL_TYPE_INTEREST);
  items = mutual_item_list_get_array (list);
  for (guint i = 1; i < s.reached->len; i++)
    {
      guint h = g_array_index (s.reached, guint, i);

      if (h == s.company || s.x[h] <= 0)
        continue;
      if (ultimate_only && s.lt->start[h] != s.lt->start[h + 1])
        continue;
      g_ptr_array_add (items, interest_of (self, &s, h, dimension));
    }
  g_ptr_array_sort (items, compare_by_value);
  solution_clear (&s);
  return G_LIST_MODEL (list);
}

/**
 * mutual_analysis_look_through_interests:
 * @self: an analysis
 * @company: a company's id
 * @dimension: what to measure
 * @error: return location for a #GError
 *
 * The look-through interest in @company of every party that has one:
 * direct holders, the holders of those holders, and so on, through
 * chains and cross-holdings, largest first. Intermediate companies are
 * listed too, so the figures of a chain add up to more than 1; the
 * figures of [method@Mutual.Analysis.ultimate_owners] do not.
 *
 * Returns: (transfer full): a list of [class@Mutual.Interest]: the interests, or
 *   %NULL with @error set
 *
 * Since: 1.0
 */
GListModel *
mutual_analysis_look_through_interests (MutualAnalysis   *self,
                                        const char       *company,
                                        MutualDimension   dimension,
                                        GError          **error)
{
  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (company != NULL, NULL);
  g_return_val_if_fail (dimension <= MUTUAL_DIMENSION_CAPITAL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_interests (self, company, dimension, FALSE, error);
}

/**
 * mutual_analysis_ultimate_owners:
 * @self: an analysis
 * @company: a company's id
 * @dimension: what to measure
 * @error: return location for a #GError
 *
 * The ultimate owners of @company: the parties with a look-through
 * interest in it that no one holds in turn (persons, public bodies,
 * trusts, companies whose holders the model does not record), largest
 * first. Their interests add up to the part of @company that the model
 * traces to an owner: 1 when every holder is recorded.
 *
 * Returns: (transfer full): a list of [class@Mutual.Interest]: the interests, or
 *   %NULL with @error set
 *
 * Since: 1.0
 */
GListModel *
mutual_analysis_ultimate_owners (MutualAnalysis   *self,
                                 const char       *company,
                                 MutualDimension   dimension,
                                 GError          **error)
{
  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (company != NULL, NULL);
  g_return_val_if_fail (dimension <= MUTUAL_DIMENSION_CAPITAL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_interests (self, company, dimension, TRUE, error);
}

#define MAX_PATHS 1000
#define MIN_PATH_VALUE 1e-12

typedef struct
{
  MutualAnalysis *self;
  Solution *s;
  MutualDimension dimension;
  GArray *path;        /* guint, holder first */
  guint8 *on_path;
  GPtrArray *out;
} PathWalk;

static void
emit_path (PathWalk *walk,
           double    value)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  MutualFraction product;
  gboolean exact = TRUE;

  mutual_fraction_init (&product, 1, 1);
  for (guint i = 0; i < walk->path->len; i++)
    {
      guint p = g_array_index (walk->path, guint, i);

      g_strv_builder_add (builder, mutual_analysis_id (walk->self, p));
      if (i + 1 < walk->path->len && exact)
        {
          MutualFraction f;

          exact = mutual_analysis_direct_exact (walk->self, g_array_index (walk->path, guint, i + 1), p,
                                                walk->dimension, &f, NULL) &&
                  mutual_fraction_multiply (&product, &f, &product);
        }
    }
  ids = g_strv_builder_end (builder);
  g_ptr_array_add (walk->out, g_object_new (MUTUAL_TYPE_INTEREST_PATH,
                                            "parties", ids,
                                            "value", value,
                                            "fraction", exact ? &product : NULL,
                                            NULL));
}

static void
walk_down (PathWalk *walk,
           guint     party,
           double    value)
{
  MutualLookThrough *lt = walk->s->lt;

  if (walk->out->len >= MAX_PATHS)
    return;
  if (party == walk->s->company)
    {
      emit_path (walk, value);
      return;
    }
  for (guint e = lt->holds_start[party]; e < lt->holds_start[party + 1]; e++)
    {
      guint c = lt->holds_company[e];
      double v = value * lt->holds_weight[e];

      if (!walk->s->in_reach[c] || walk->on_path[c] || v < MIN_PATH_VALUE)
        continue;
      walk->on_path[c] = 1;
      g_array_append_val (walk->path, c);
      walk_down (walk, c, v);
      g_array_set_size (walk->path, walk->path->len - 1);
      walk->on_path[c] = 0;
    }
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  double va = MUTUAL_INTEREST_PATH (*(MutualInterestPath **) a)->value;
  double vb = MUTUAL_INTEREST_PATH (*(MutualInterestPath **) b)->value;

  return va < vb ? 1 : va > vb ? -1 : 0;
}

/**
 * mutual_analysis_interest_paths:
 * @self: an analysis
 * @holder: a party id
 * @company: a company's id
 * @dimension: what to measure
 * @error: return location for a #GError
 *
 * Why @holder has the look-through interest it has in @company: every
 * path from @holder down to @company that visits no party twice, with the
 * product of the direct interests along it, largest first. Without
 * cycles the values add up to the look-through interest; around a cycle
 * the rest comes from going round it again. At most 1000 paths are
 * listed, and none worth less than 1e-12.
 *
 * Returns: (transfer full): a list of [class@Mutual.InterestPath]: the paths, or
 *   %NULL with @error set
 *
 * Since: 1.0
 */
GListModel *
mutual_analysis_interest_paths (MutualAnalysis   *self,
                                const char       *holder,
                                const char       *company,
                                MutualDimension   dimension,
                                GError          **error)
{
  Solution s = { NULL, };
  MutualItemList *list;
  PathWalk walk;
  int h;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (holder != NULL, NULL);
  g_return_val_if_fail (company != NULL, NULL);
  g_return_val_if_fail (dimension <= MUTUAL_DIMENSION_CAPITAL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((h = mutual_analysis_find (self, holder, error)) < 0 ||
      !solve (self, company, dimension, &s, error))
    {
      solution_clear (&s);
      return NULL;
    }
  list = mutual_item_list_new (MUTUAL_TYPE_INTEREST_PATH);
  walk.self = self;
  walk.s = &s;
  walk.dimension = dimension;
  walk.path = g_array_new (FALSE, FALSE, sizeof (guint));
  walk.on_path = g_new0 (guint8, MAX (self->n_parties, 1));
  walk.out = mutual_item_list_get_array (list);
  if (s.in_reach[h] && (guint) h != s.company)
    {
      guint start = h;

      g_array_append_val (walk.path, start);
      walk.on_path[h] = 1;
      walk_down (&walk, h, 1.0);
    }
  g_ptr_array_sort (walk.out, compare_paths);
  g_array_unref (walk.path);
  g_free (walk.on_path);
  solution_clear (&s);
  return G_LIST_MODEL (list);
}

/**
 * mutual_analysis_employee_interest:
 * @self: an analysis
 * @company: a company's id
 * @dimension: what to measure
 * @error: return location for a #GError
 *
 * What the employees of @company hold in it: persons whose
 * [property@Mutual.Party:employer] is @company, and employee trusts whose
 * [property@Mutual.Party:beneficiary-employer] is @company, directly and
 * through chains of companies. The result's holder is %NULL (a group).
 * It is exact when every employee holding is direct; through a chain it
 * is a look-through double.
 *
 * Returns: (transfer full): the interest, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualInterest *
mutual_analysis_employee_interest (MutualAnalysis   *self,
                                   const char       *company,
                                   MutualDimension   dimension,
                                   GError          **error)
{
  Solution s = { NULL, };
  MutualFraction sum;
  gboolean exact = TRUE;
  double value = 0;
  MutualInterest *result;
  MutualLookThrough *lt;
  int c;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (company != NULL, NULL);
  g_return_val_if_fail (dimension <= MUTUAL_DIMENSION_CAPITAL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  mutual_fraction_init (&sum, 0, 1);
  if ((c = mutual_analysis_find_company (self, company, error)) < 0)
    return NULL;
  lt = mutual_analysis_get_look_through (self, dimension);
  /* no one works for the company: nothing to look through for, unless
   * the look-through itself would fail */
  if (!mutual_analysis_employs (self)[c] && !lt->unsolvable[lt->comp[c]])
    return mutual_interest_new_internal (NULL, company, dimension, 0, &sum);
  if (!solve_index (self, c, dimension, &s, error))
    {
      solution_clear (&s);
      return NULL;
    }
  for (guint i = 1; i < s.reached->len; i++)
    {
      guint h = g_array_index (s.reached, guint, i);
      MutualFraction f;

      if (!mutual_analysis_is_employee_holder (self, s.company, h))
        continue;
      value += s.x[h];
      if (exact)
        exact = !has_indirect (&s, h) &&
                mutual_analysis_direct_exact (self, s.company, h, dimension, &f, NULL) &&
                mutual_fraction_add (&sum, &f, &sum);
    }
  result = mutual_interest_new_internal (NULL, company, dimension, value, exact ? &sum : NULL);
  solution_clear (&s);
  return result;
}

/* ── many companies at once ─────────────────────────────────────────── */

/**
 * MutualInterestTable:
 *
 * The look-through interests of every party in several companies, from
 * one call: the bulk form of
 * [method@Mutual.Analysis.look_through_interests]. The figures are kept
 * compactly (party, double) and turned into [class@Mutual.Interest]
 * objects only when a company's list is asked for, so a table over
 * hundreds of companies with a hundred thousand holders each costs no
 * object per figure. Read it from any thread.
 *
 * Since: 1.0
 */
struct _MutualInterestTable
{
  GObject parent_instance;

  MutualAnalysis *analysis;
  MutualDimension dimension;
  GStrv companies;
  GHashTable *company_index;  /* id → index + 1 */
  guint **holders;            /* per company, sorted by party index */
  double **values;
  guint *n_holders;
  double *totals;
};

G_DEFINE_FINAL_TYPE (MutualInterestTable, mutual_interest_table, G_TYPE_OBJECT)

static void
mutual_interest_table_finalize (GObject *object)
{
  MutualInterestTable *self = MUTUAL_INTEREST_TABLE (object);
  guint n = self->companies ? g_strv_length (self->companies) : 0;

  for (guint k = 0; k < n; k++)
    {
      g_free (self->holders[k]);
      g_free (self->values[k]);
    }
  g_free (self->holders);
  g_free (self->values);
  g_free (self->n_holders);
  g_free (self->totals);
  g_clear_pointer (&self->company_index, g_hash_table_unref);
  g_strfreev (self->companies);
  g_clear_object (&self->analysis);

  G_OBJECT_CLASS (mutual_interest_table_parent_class)->finalize (object);
}

static void
mutual_interest_table_class_init (MutualInterestTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mutual_interest_table_finalize;
}

static void
mutual_interest_table_init (MutualInterestTable *self)
{
}

typedef struct
{
  MutualInterestTable *table;
  MutualLookThrough *lt;
  guint *company;             /* party index per table row */
  guint n_companies;
  guint block_size;           /* targets per block, 0 to solve one at a time */
  GFunc solve;                /* solve_row or solve_block */
  GMutex lock;
  guint n_done;               /* tasks finished, under the lock */
  GError *error;
} TableJob;

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static void
job_fail (TableJob *job,
          GError   *error)
{
  g_mutex_lock (&job->lock);
  if (job->error == NULL)
    job->error = error;
  else
    g_error_free (error);
  g_mutex_unlock (&job->lock);
}

/* Targets solved together in one block: at most (the width of the masks in
 * mutual_look_through_solve_block), and at least, else one at a time. */
#define BLOCK_MAX 64
#define BLOCK_MIN 8

/* @reached (distinct parties) in party order, into @out. When they are
 * most of the graph a scan of every party is cheaper than a sort, where
 * @is_reached (a byte per party, or NULL) says which are. */
static void
in_party_order (MutualAnalysis *self,
                const guint    *reached,
                guint           n_reached,
                const guint8   *is_reached,
                guint          *out)
{
  if (is_reached != NULL && n_reached > self->n_parties / 64)
    {
      guint n = 0;

      for (guint h = 0; h < self->n_parties; h++)
        if (is_reached[h])
          out[n++] = h;
      return;
    }
  memcpy (out, reached, sizeof (guint) * n_reached);
  qsort (out, n_reached, sizeof (guint), compare_uint);
}

static void
solve_row (gpointer data,
           gpointer user_data)
{
  TableJob *job = user_data;
  guint k = GPOINTER_TO_UINT (data) - 1;
  MutualInterestTable *table = job->table;
  MutualAnalysis *self = table->analysis;
  MutualScratch *scratch = mutual_look_through_acquire (self, job->lt);
  g_autoptr(GError) error = NULL;
  guint c = job->company[k];

  if (!mutual_look_through_solve (self, job->lt, c, scratch, &error))
    job_fail (job, g_steal_pointer (&error));
  else
    {
      GArray *reached = scratch->reached;
      guint *holders = g_new (guint, MAX (reached->len, 1));
      double *values;
      guint n = 0;
      double total = 0;

      in_party_order (self, (const guint *) reached->data, reached->len, scratch->seen, holders);
      for (guint i = 0; i < reached->len; i++)
        if (holders[i] != c && scratch->x[holders[i]] > 0)
          holders[n++] = holders[i];
      values = g_new (double, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        {
          values[i] = scratch->x[holders[i]];
          total += values[i];
        }
      table->holders[k] = holders;
      table->values[k] = values;
      table->n_holders[k] = n;
      table->totals[k] = total;
    }
  mutual_look_through_release (job->lt, scratch);
}

/* One block of targets (job->block_size from the one given), solved
 * together when they reach enough in common, else one at a time. */
static void
solve_block (gpointer data,
             gpointer user_data)
{
  TableJob *job = user_data;
  guint first = GPOINTER_TO_UINT (data) - 1;
  guint count = MIN (job->block_size, job->n_companies - first);
  MutualInterestTable *table = job->table;
  MutualAnalysis *self = table->analysis;
  MutualLookThroughBlock block;
  GError *error = NULL;
  g_autofree guint *parties = NULL;
  guint n_parties;
  int solved;

  solved = mutual_look_through_solve_block (self, job->lt, job->company + first, count, &block, &error);
  if (solved < 0)
    {
      for (guint k = first; k < first + count; k++)
        solve_row (GUINT_TO_POINTER (k + 1), job);
      return;
    }
  if (solved == 0)
    {
      job_fail (job, error);
      return;
    }

  /* the parties reached, in party order */
  n_parties = block.rows->len;
  parties = g_new (guint, MAX (n_parties, 1));
  in_party_order (self, (const guint *) block.rows->data, n_parties, NULL, parties);
  for (guint j = 0; j < count; j++)
    {
      guint k = first + j, c = job->company[k];
      guint *holders = g_new (guint, MAX (n_parties, 1));
      double *values = g_new (double, MAX (n_parties, 1));
      guint n = 0;
      double total = 0;

      for (guint i = 0; i < n_parties; i++)
        {
          guint h = parties[i];
          double v = block.x[(gsize) (block.row_of[h] - 1) * block.stride + j];

          if (h != c && v > 0)
            {
              holders[n] = h;
              values[n++] = v;
              total += v;
            }
        }
      table->holders[k] = g_renew (guint, holders, MAX (n, 1));
      table->values[k] = g_renew (double, values, MAX (n, 1));
      table->n_holders[k] = n;
      table->totals[k] = total;
    }
  mutual_look_through_block_clear (&block);
}

/* One task of the pool: a row or a block, then counted. The job is read
 * and the task counted under its lock, which orders the caller's writes
 * before the task and the task's writes before the caller's reads (the
 * pool's own hand-over, inside GLib, is not visible to ThreadSanitizer). */
static void
table_task (gpointer data,
            gpointer user_data)
{
  TableJob *job = user_data;
  GFunc run;

  g_mutex_lock (&job->lock);
  run = job->solve;
  g_mutex_unlock (&job->lock);
  run (data, job);
  g_mutex_lock (&job->lock);
  job->n_done++;
  g_mutex_unlock (&job->lock);
}

/**
 * mutual_analysis_look_through_table:
 * @self: an analysis
 * @companies: (array zero-terminated=1): the companies' ids
 * @dimension: what to measure
 * @error: return location for a #GError
 *
 * The look-through interest of every party in each of @companies, in one
 * call, solved on as many threads as there are processors. See
 * [method@Mutual.Analysis.look_through_interest] for the computation.
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualInterestTable *
mutual_analysis_look_through_table (MutualAnalysis      *self,
                                    const char * const  *companies,
                                    MutualDimension      dimension,
                                    GError             **error)
{
  g_autoptr(MutualInterestTable) table = NULL;
  g_autofree guint *company = NULL;
  TableJob job = { NULL, };
  guint threads = g_get_num_processors ();
  guint n;

  g_return_val_if_fail (MUTUAL_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (companies != NULL, NULL);
  g_return_val_if_fail (dimension <= MUTUAL_DIMENSION_CAPITAL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n = g_strv_length ((char **) companies);
  company = g_new (guint, MAX (n, 1));
  for (guint k = 0; k < n; k++)
    {
      int c = mutual_analysis_find_company (self, companies[k], error);

      if (c < 0)
        return NULL;
      company[k] = c;
    }
  table = g_object_new (MUTUAL_TYPE_INTEREST_TABLE, NULL);
  table->analysis = g_object_ref (self);
  table->dimension = dimension;
  table->companies = g_strdupv ((char **) companies);
  table->company_index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint k = 0; k < n; k++)
    g_hash_table_insert (table->company_index, table->companies[k], GUINT_TO_POINTER (k + 1));
  table->holders = g_new0 (guint *, MAX (n, 1));
  table->values = g_new0 (double *, MAX (n, 1));
  table->n_holders = g_new0 (guint, MAX (n, 1));
  table->totals = g_new0 (double, MAX (n, 1));

  job.table = table;
  job.lt = mutual_analysis_get_look_through (self, dimension);
  job.company = company;
  job.n_companies = n;
  g_mutex_init (&job.lock);
  if (n >= 2 * BLOCK_MIN)
    {
      /* blocks of at most BLOCK_MAX targets, at least one per processor */
      guint n_blocks = MAX ((n + BLOCK_MAX - 1) / BLOCK_MAX, MIN (threads, n / BLOCK_MIN));

      job.block_size = (n + n_blocks - 1) / n_blocks;
    }
  g_mutex_lock (&job.lock);
  job.solve = job.block_size > 0 ? solve_block : solve_row;
  g_mutex_unlock (&job.lock);
  {
    guint step = MAX (job.block_size, 1);
    guint n_jobs = (n + step - 1) / step;

    if (n_jobs > 1 && threads > 1)
      {
        GThreadPool *pool = g_thread_pool_new (table_task, &job, MIN (threads, n_jobs), TRUE, NULL);

        for (guint k = 0; k < n; k += step)
          g_thread_pool_push (pool, GUINT_TO_POINTER (k + 1), NULL);
        g_thread_pool_free (pool, FALSE, TRUE);
      }
    else
      for (guint k = 0; k < n; k += step)
        table_task (GUINT_TO_POINTER (k + 1), &job);
    /* every task's writes to the table happen before this */
    g_mutex_lock (&job.lock);
    g_assert (job.n_done == n_jobs);
    g_mutex_unlock (&job.lock);
  }
  g_mutex_clear (&job.lock);
  if (job.error != NULL)
    {
      g_propagate_error (error, job.error);
      return NULL;
    }
  return g_steal_pointer (&table);
}

static int
row_of (MutualInterestTable *self,
        const char          *company)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (self->company_index, company)) - 1;
}

/**
 * mutual_interest_table_get_companies:
 * @self: a table
 *
 * The companies of the table, in the order asked for.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids
 *
 * Since: 1.0
 */
const char * const *
mutual_interest_table_get_companies (MutualInterestTable *self)
{
  g_return_val_if_fail (MUTUAL_IS_INTEREST_TABLE (self), NULL);
  return (const char * const *) self->companies;
}

/**
 * mutual_interest_table_get_dimension:
 * @self: a table
 *
 * What the table measures.
 *
 * Returns: the dimension
 *
 * Since: 1.0
 */
MutualDimension
mutual_interest_table_get_dimension (MutualInterestTable *self)
{
  g_return_val_if_fail (MUTUAL_IS_INTEREST_TABLE (self), MUTUAL_DIMENSION_SHARES);
  return self->dimension;
}

/**
 * mutual_interest_table_get_value:
 * @self: a table
 * @holder: a party id
 * @company: one of the table's companies
 *
 * The look-through interest of @holder in @company: 0 when it has none
 * (or @holder names no party).
 *
 * Returns: the interest, a double
 *
 * Since: 1.0
 */
double
mutual_interest_table_get_value (MutualInterestTable *self,
                                 const char          *holder,
                                 const char          *company)
{
  int k, h;
  guint lo, hi;

  g_return_val_if_fail (MUTUAL_IS_INTEREST_TABLE (self), 0);
  g_return_val_if_fail (holder != NULL, 0);
  g_return_val_if_fail (company != NULL, 0);
  k = row_of (self, company);
  g_return_val_if_fail (k >= 0, 0);

  h = mutual_analysis_find (self->analysis, holder, NULL);
  if (h < 0)
    return 0;
  lo = 0;
  hi = self->n_holders[k];
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->holders[k][mid] < (guint) h)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < self->n_holders[k] && self->holders[k][lo] == (guint) h ? self->values[k][lo] : 0;
}

/**
 * mutual_interest_table_get_total:
 * @self: a table
 * @company: one of the table's companies
 *
 * The sum of the look-through interests of every party in @company
 * (intermediate companies included), a check figure.
 *
 * Returns: the sum
 *
 * Since: 1.0
 */
double
mutual_interest_table_get_total (MutualInterestTable *self,
                                 const char          *company)
{
  int k;

  g_return_val_if_fail (MUTUAL_IS_INTEREST_TABLE (self), 0);
  g_return_val_if_fail (company != NULL, 0);
  k = row_of (self, company);
  g_return_val_if_fail (k >= 0, 0);
  return self->totals[k];
}

/**
 * mutual_interest_table_get_n_holders:
 * @self: a table
 * @company: one of the table's companies
 *
 * How many parties have a look-through interest in @company.
 *
 * Returns: the number
 *
 * Since: 1.0
 */
guint
mutual_interest_table_get_n_holders (MutualInterestTable *self,
                                     const char          *company)
{
  int k;

  g_return_val_if_fail (MUTUAL_IS_INTEREST_TABLE (self), 0);
  g_return_val_if_fail (company != NULL, 0);
  k = row_of (self, company);
  g_return_val_if_fail (k >= 0, 0);
  return self->n_holders[k];
}

/**
 * mutual_interest_table_list_interests:
 * @self: a table
 * @company: one of the table's companies
 *
 * The look-through interests in @company as objects, in party order.
 *
 * Returns: (transfer full): a list of [class@Mutual.Interest]
 *
 * Since: 1.0
 */
GListModel *
mutual_interest_table_list_interests (MutualInterestTable *self,
                                      const char          *company)
{
  MutualItemList *list;
  int k;

  g_return_val_if_fail (MUTUAL_IS_INTEREST_TABLE (self), NULL);
  g_return_val_if_fail (company != NULL, NULL);
  k = row_of (self, company);
  g_return_val_if_fail (k >= 0, NULL);

  list = mutual_item_list_new (MUTUAL_TYPE_INTEREST);
  for (guint i = 0; i < self->n_holders[k]; i++)
    g_ptr_array_add (mutual_item_list_get_array (list),
                     mutual_interest_new_internal (mutual_analysis_id (self->analysis, self->holders[k][i]),
                                                   company, self->dimension, self->values[k][i], NULL));
  return G_LIST_MODEL (list);
}
