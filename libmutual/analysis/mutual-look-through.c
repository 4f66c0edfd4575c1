/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "mutual-analysis-private.h"
#include "mutual-multiversion-private.h"
#include "mutual-error.h"

/* Look-through (integrated) interests.
 *
 * With w(h, c) the direct interest of holder h in company c, the
 * look-through interest of every party in a target company t is the
 * solution of
 *
 *     x(t) = 1,    x(h) = sum over companies c of w(h, c) x(c)
 *
 * that is, the sum over all paths from h down to t of the products of the
 * direct interests along them. On the held-by graph (edges c → h) the
 * parties reachable from t are taken component by component in
 * topological order: a component of one party is a sum (one pass); a
 * strongly connected component (a cross-holding) is the linear system
 * (I - W_SS) x_S = b_S, solved on its own:
 *
 *  - up to DENSE_LIMIT parties, by Gaussian elimination with partial
 *    pivoting, factored once per analysis and reused for every target;
 *  - larger ones by Gauss-Seidel sweeps, stopped on a proven bound: with q
 *    the largest share of any company in the component held inside it
 *    (q < 1 when every company has an outside holder), the error of x is
 *    at most |r|_1 / (1 - q) for the residual r (summed over the whole
 *    component), and the sweeps stop when that bound is below 1e-12, or
 *    below 1e-10 once rounding stops the residual falling. When q = 1 (a
 *    company wholly held inside the component) the bound is not available
 *    and the sweeps stop when the residual is below 1e-14 or stops falling.
 *
 * The figures are doubles: look-through interests are products and sums
 * of many fractions and are documented as floating point. A component
 * whose interest never leaves it (I - W_SS singular: the members hold all
 * of each other) has no solution and is reported as MUTUAL_ERROR_CYCLE. */

#define DENSE_LIMIT 256
#define BOUND_TOLERANCE 1e-12
#define BOUND_ACCEPTABLE 1e-10
#define RESIDUAL_TOLERANCE 1e-14
#define MAX_SWEEPS 200000

static double
edge_weight (MutualAnalysis  *self,
             guint            company,
             guint            stake,
             MutualDimension  dimension,
             gboolean         exact_needed)
{
  MutualFraction f;

  if (!exact_needed)
    return (double) self->stakes[stake].weight[dimension] / (double) self->totals[company][dimension];
  if (!mutual_analysis_direct_exact (self, company, self->stakes[stake].holder, dimension, &f, NULL))
    return 0;
  return mutual_fraction_to_double (&f);
}

static void
build_edges (MutualAnalysis    *self,
             MutualLookThrough *lt,
             MutualDimension    dimension)
{
  guint n = self->n_parties;
  g_autoptr(GArray) holder = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) weight = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree guint *fill = NULL;

  lt->start = g_new0 (guint, n + 1);
  for (guint c = 0; c < n; c++)
    {
      gboolean has_agreements = FALSE;

      lt->start[c] = holder->len;
      for (guint i = self->agreement_start[c]; i < self->agreement_start[c + 1]; i++)
        has_agreements |= self->agreements[i].dimension == dimension;
      if (has_agreements || self->overflow[c])
        {
          g_autoptr(GArray) hs = g_array_new (FALSE, FALSE, sizeof (guint));
          g_autoptr(GArray) fs = g_array_new (FALSE, FALSE, sizeof (MutualFraction));

          if (!self->overflow[c] && mutual_analysis_direct_all (self, c, dimension, hs, fs, NULL))
            for (guint i = 0; i < hs->len; i++)
              {
                double w = mutual_fraction_to_double (&g_array_index (fs, MutualFraction, i));

                g_array_append_val (holder, g_array_index (hs, guint, i));
                g_array_append_val (weight, w);
              }
          continue;
        }
      if (self->totals[c][dimension] == 0)
        continue;
      for (guint i = self->stake_start[c]; i < self->stake_start[c + 1]; i++)
        {
          double w;

          if (self->stakes[i].weight[dimension] == 0)
            continue;
          w = edge_weight (self, c, i, dimension, FALSE);
          g_array_append_val (holder, self->stakes[i].holder);
          g_array_append_val (weight, w);
        }
    }
  lt->start[n] = holder->len;
  lt->holder = (guint *) g_array_free (g_steal_pointer (&holder), FALSE);
  lt->weight = (double *) g_array_free (g_steal_pointer (&weight), FALSE);

  /* the reverse: holder → companies held */
  lt->holds_start = g_new0 (guint, n + 1);
  for (guint e = 0; e < lt->start[n]; e++)
    lt->holds_start[lt->holder[e] + 1]++;
  for (guint i = 0; i < n; i++)
    lt->holds_start[i + 1] += lt->holds_start[i];
  lt->holds_company = g_new (guint, MAX (lt->start[n], 1));
  lt->holds_weight = g_new (double, MAX (lt->start[n], 1));
  fill = g_memdup2 (lt->holds_start, sizeof (guint) * (n + 1));
  for (guint c = 0; c < n; c++)
    for (guint e = lt->start[c]; e < lt->start[c + 1]; e++)
      {
        guint at = fill[lt->holder[e]]++;

        lt->holds_company[at] = c;
        lt->holds_weight[at] = lt->weight[e];
      }
}

/* Tarjan's algorithm without recursion. Components are emitted sinks
 * first; they are numbered so that a company comes before its holders. */
static void
build_components (MutualAnalysis    *self,
                  MutualLookThrough *lt)
{
  guint n = self->n_parties;
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  g_autofree guint *low = g_new (guint, MAX (n, 1));
  g_autofree guint8 *on_stack = g_new0 (guint8, MAX (n, 1));
  g_autofree guint *scc_stack = g_new (guint, MAX (n, 1));
  g_autofree guint *call_node = g_new (guint, MAX (n, 1));
  g_autofree guint *call_edge = g_new (guint, MAX (n, 1));
  g_autofree guint *emitted = g_new (guint, MAX (n, 1));
  guint counter = 0, sp = 0, n_emitted = 0;
  const guint unvisited = G_MAXUINT;

  for (guint i = 0; i < n; i++)
    order[i] = unvisited;
  lt->comp = g_new (guint, MAX (n, 1));
  for (guint root = 0; root < n; root++)
    {
      guint depth = 0;

      if (order[root] != unvisited)
        continue;
      call_node[0] = root;
      call_edge[0] = lt->start[root];
      order[root] = low[root] = counter++;
      scc_stack[sp++] = root;
      on_stack[root] = 1;
      depth = 1;
      while (depth > 0)
        {
          guint v = call_node[depth - 1];

          if (call_edge[depth - 1] < lt->start[v + 1])
            {
              guint w = lt->holder[call_edge[depth - 1]++];

              if (order[w] == unvisited)
                {
                  order[w] = low[w] = counter++;
                  scc_stack[sp++] = w;
                  on_stack[w] = 1;
                  call_node[depth] = w;
                  call_edge[depth] = lt->start[w];
                  depth++;
                }
              else if (on_stack[w])
                low[v] = MIN (low[v], order[w]);
              continue;
            }
          if (low[v] == order[v])
            {
              guint w;

              do
                {
                  w = scc_stack[--sp];
                  on_stack[w] = 0;
                  lt->comp[w] = n_emitted;
                }
              while (w != v);
              emitted[n_emitted] = n_emitted;
              n_emitted++;
            }
          depth--;
          if (depth > 0)
            {
              guint parent = call_node[depth - 1];

              low[parent] = MIN (low[parent], low[v]);
            }
        }
    }
  lt->n_comps = n_emitted;
  for (guint i = 0; i < n; i++)
    lt->comp[i] = n_emitted - 1 - lt->comp[i];
  lt->comp_start = g_new0 (guint, n_emitted + 1);
  for (guint i = 0; i < n; i++)
    lt->comp_start[lt->comp[i] + 1]++;
  for (guint c = 0; c < n_emitted; c++)
    lt->comp_start[c + 1] += lt->comp_start[c];
  lt->comp_nodes = g_new (guint, MAX (n, 1));
  lt->local = g_new (guint, MAX (n, 1));
  {
    g_autofree guint *fill = g_memdup2 (lt->comp_start, sizeof (guint) * (n_emitted + 1));

    for (guint i = 0; i < n; i++)
      {
        lt->local[i] = fill[lt->comp[i]] - lt->comp_start[lt->comp[i]];
        lt->comp_nodes[fill[lt->comp[i]]++] = i;
      }
  }
}

/* Dense LU with partial pivoting of M = I - W_SS, rows and columns by
 * local index; W_SS(h, c) = w(h, c). */
static void
factor_component (MutualLookThrough *lt,
                  guint              comp)
{
  guint size = lt->comp_start[comp + 1] - lt->comp_start[comp];
  double *m = g_new0 (double, (gsize) size * size);
  int *pivot = g_new (int, size);

  for (guint i = 0; i < size; i++)
    m[(gsize) i * size + i] = 1.0;
  for (guint k = 0; k < size; k++)
    {
      guint c = lt->comp_nodes[lt->comp_start[comp] + k];

      for (guint e = lt->start[c]; e < lt->start[c + 1]; e++)
        if (lt->comp[lt->holder[e]] == comp)
          m[(gsize) lt->local[lt->holder[e]] * size + k] -= lt->weight[e];
    }
  for (guint k = 0; k < size; k++)
    {
      guint p = k;
      double best = fabs (m[(gsize) k * size + k]);

      for (guint i = k + 1; i < size; i++)
        if (fabs (m[(gsize) i * size + k]) > best)
          {
            best = fabs (m[(gsize) i * size + k]);
            p = i;
          }
      pivot[k] = p;
      if (best < 1e-12)
        {
          lt->singular[comp] = TRUE;
          break;
        }
      if (p != k)
        for (guint j = 0; j < size; j++)
          {
            double t = m[(gsize) k * size + j];

            m[(gsize) k * size + j] = m[(gsize) p * size + j];
            m[(gsize) p * size + j] = t;
          }
      for (guint i = k + 1; i < size; i++)
        {
          double f = m[(gsize) i * size + k] / m[(gsize) k * size + k];

          m[(gsize) i * size + k] = f;
          if (f != 0)
            for (guint j = k + 1; j < size; j++)
              m[(gsize) i * size + j] -= f * m[(gsize) k * size + j];
        }
    }
  lt->lu[comp] = m;
  lt->pivot[comp] = pivot;
}

static void
lu_solve (MutualLookThrough *lt,
          guint              comp,
          double            *v)
{
  guint size = lt->comp_start[comp + 1] - lt->comp_start[comp];
  const double *m = lt->lu[comp];
  const int *pivot = lt->pivot[comp];

  for (guint k = 0; k < size; k++)
    if ((guint) pivot[k] != k)
      {
        double t = v[k];

        v[k] = v[pivot[k]];
        v[pivot[k]] = t;
      }
  for (guint i = 0; i < size; i++)
    for (guint j = 0; j < i; j++)
      v[i] -= m[(gsize) i * size + j] * v[j];
  for (guint i = size; i-- > 0;)
    {
      for (guint j = i + 1; j < size; j++)
        v[i] -= m[(gsize) i * size + j] * v[j];
      v[i] /= m[(gsize) i * size + i];
    }
}

/* For a large component: the edges inside it, by holder, in local indices,
 * so a sweep reads contiguous arrays. */
static void
build_inside (MutualLookThrough *lt,
              guint              comp)
{
  guint first = lt->comp_start[comp], size = lt->comp_start[comp + 1] - first;
  g_autoptr(GArray) src = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) weight = g_array_new (FALSE, FALSE, sizeof (double));
  guint *start = g_new (guint, size + 1);

  for (guint k = 0; k < size; k++)
    {
      guint h = lt->comp_nodes[first + k];

      start[k] = src->len;
      for (guint e = lt->holds_start[h]; e < lt->holds_start[h + 1]; e++)
        if (lt->comp[lt->holds_company[e]] == comp)
          {
            guint local = lt->local[lt->holds_company[e]];

            g_array_append_val (src, local);
            g_array_append_val (weight, lt->holds_weight[e]);
          }
    }
  start[size] = src->len;
  lt->inside_start[comp] = start;
  lt->inside_src[comp] = (guint *) g_array_free (g_steal_pointer (&src), FALSE);
  lt->inside_weight[comp] = (double *) g_array_free (g_steal_pointer (&weight), FALSE);
}

static void
prepare_components (MutualLookThrough *lt)
{
  lt->lu = g_new0 (double *, MAX (lt->n_comps, 1));
  lt->pivot = g_new0 (int *, MAX (lt->n_comps, 1));
  lt->column_sum = g_new0 (double, MAX (lt->n_comps, 1));
  lt->singular = g_new0 (gboolean, MAX (lt->n_comps, 1));
  lt->inside_start = g_new0 (guint *, MAX (lt->n_comps, 1));
  lt->inside_src = g_new0 (guint *, MAX (lt->n_comps, 1));
  lt->inside_weight = g_new0 (double *, MAX (lt->n_comps, 1));
  for (guint comp = 0; comp < lt->n_comps; comp++)
    {
      guint size = lt->comp_start[comp + 1] - lt->comp_start[comp];
      gboolean cyclic = size > 1;
      double q = 0;

      for (guint k = lt->comp_start[comp]; k < lt->comp_start[comp + 1]; k++)
        {
          guint c = lt->comp_nodes[k];
          double inside = 0;

          for (guint e = lt->start[c]; e < lt->start[c + 1]; e++)
            if (lt->comp[lt->holder[e]] == comp)
              {
                inside += lt->weight[e];
                cyclic = TRUE;     /* a party holding itself */
              }
          q = MAX (q, inside);
        }
      lt->column_sum[comp] = q;
      if (!cyclic)
        continue;
      if (size <= DENSE_LIMIT)
        factor_component (lt, comp);
      else
        build_inside (lt, comp);
      if (size > DENSE_LIMIT && q >= 1.0)
        {
          /* closed unless some company has an outside holder */
          gboolean leaks = FALSE;

          for (guint k = lt->comp_start[comp]; k < lt->comp_start[comp + 1] && !leaks; k++)
            {
              guint c = lt->comp_nodes[k];
              double inside = 0;

              for (guint e = lt->start[c]; e < lt->start[c + 1]; e++)
                if (lt->comp[lt->holder[e]] == comp)
                  inside += lt->weight[e];
              leaks = inside < 1.0 - 1e-12;
            }
          lt->singular[comp] = !leaks;
        }
    }
}

/* A component is unsolvable when it is singular or a large one whose
 * sweeps have no proven bound (q = 1), or when it reaches one: holders
 * come after the companies they hold, so in reverse order each
 * component's holders are known first. */
static void
mark_unsolvable (MutualLookThrough *lt)
{
  lt->unsolvable = g_new0 (guint8, MAX (lt->n_comps, 1));
  for (guint comp = lt->n_comps; comp-- > 0;)
    {
      guint size = lt->comp_start[comp + 1] - lt->comp_start[comp];
      gboolean bad = lt->singular[comp] || (size > DENSE_LIMIT && lt->column_sum[comp] >= 1.0);

      for (guint k = lt->comp_start[comp]; k < lt->comp_start[comp + 1] && !bad; k++)
        {
          guint c = lt->comp_nodes[k];

          for (guint e = lt->start[c]; e < lt->start[c + 1] && !bad; e++)
            bad = lt->comp[lt->holder[e]] != comp && lt->unsolvable[lt->comp[lt->holder[e]]];
        }
      lt->unsolvable[comp] = bad;
    }
}

MutualLookThrough *
mutual_analysis_get_look_through (MutualAnalysis  *self,
                                  MutualDimension  dimension)
{
  MutualLookThrough *lt;

  g_mutex_lock (&self->lock);
  lt = self->look_through[dimension];
  if (lt == NULL)
    {
      lt = g_new0 (MutualLookThrough, 1);
      g_mutex_init (&lt->pool_lock);
      lt->pool = g_ptr_array_new ();
      build_edges (self, lt, dimension);
      build_components (self, lt);
      prepare_components (lt);
      mark_unsolvable (lt);
      self->look_through[dimension] = lt;
    }
  g_mutex_unlock (&self->lock);
  return lt;
}

static gboolean
cycle_error (MutualAnalysis    *self,
             MutualLookThrough *lt,
             guint              comp,
             GError           **error)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint size = lt->comp_start[comp + 1] - lt->comp_start[comp];

  for (guint k = 0; k < MIN (size, 5); k++)
    g_string_append_printf (names, "%s“%s”", k ? ", " : "",
                            mutual_analysis_id (self, lt->comp_nodes[lt->comp_start[comp] + k]));
  g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_CYCLE,
               "%s%s hold all of each other with no outside holder: their look-through interests have no solution",
               names->str, size > 5 ? " and others" : "");
  return FALSE;
}

/* The stopping rule of the sweeps (see the top of this file), for the
 * residual of the last sweep checked and the one before it. Rounding
 * sets a floor: a residual no longer falling has reached it. */
static gboolean
sweeps_done (double q,
             double residual,
             double previous)
{
  gboolean stalled = residual > 0.5 * previous;

  if (q < 1.0)
    return residual / (1.0 - q) <= BOUND_TOLERANCE || (stalled && residual / (1.0 - q) <= BOUND_ACCEPTABLE);
  return residual <= RESIDUAL_TOLERANCE || (stalled && residual <= BOUND_ACCEPTABLE);
}

/* Gauss-Seidel on a large component: x_h = b_h + sum_c w(h, c) x_c. */
static gboolean
iterate_component (MutualAnalysis    *self,
                   MutualLookThrough *lt,
                   guint              comp,
                   double            *x,
                   GError           **error)
{
  guint first = lt->comp_start[comp];
  guint size = lt->comp_start[comp + 1] - first;
  const guint *start = lt->inside_start[comp];
  const guint *src = lt->inside_src[comp];
  const double *w = lt->inside_weight[comp];
  g_autofree double *b = g_new (double, size);
  g_autofree double *v = g_new (double, size);
  double q = lt->column_sum[comp];
  double previous = G_MAXDOUBLE;

  for (guint k = 0; k < size; k++)
    v[k] = b[k] = x[lt->comp_nodes[first + k]];
  for (guint sweep = 1; sweep <= MAX_SWEEPS; sweep++)
    {
      gboolean check = sweep % 4 == 0;
      double residual = 0;

      for (guint k = 0; k < size; k++)
        {
          double sum = b[k];

          for (guint e = start[k]; e < start[k + 1]; e++)
            sum += w[e] * v[src[e]];
          v[k] = sum;
        }
      if (!check)
        continue;
      /* the true residual r = b + W v - v, one more product */
      for (guint k = 0; k < size; k++)
        {
          double sum = b[k];

          for (guint e = start[k]; e < start[k + 1]; e++)
            sum += w[e] * v[src[e]];
          residual += fabs (sum - v[k]);
        }
      if (sweeps_done (q, residual, previous))
        {
          for (guint k = 0; k < size; k++)
            x[lt->comp_nodes[first + k]] = v[k];
          return TRUE;
        }
      if (!isfinite (residual))
        break;
      previous = residual;
    }
  return cycle_error (self, lt, comp, error);
}

MutualScratch *
mutual_look_through_acquire (MutualAnalysis    *self,
                             MutualLookThrough *lt)
{
  MutualScratch *scratch = NULL;

  g_mutex_lock (&lt->pool_lock);
  if (lt->pool->len > 0)
    scratch = g_ptr_array_steal_index_fast (lt->pool, lt->pool->len - 1);
  g_mutex_unlock (&lt->pool_lock);
  if (scratch == NULL)
    {
      scratch = g_new0 (MutualScratch, 1);
      scratch->x = g_new0 (double, MAX (self->n_parties, 1));
      scratch->seen = g_new0 (guint8, MAX (self->n_parties, 1));
      scratch->indegree = g_new0 (guint, MAX (lt->n_comps, 1));
      scratch->reached = g_array_new (FALSE, FALSE, sizeof (guint));
      scratch->queue = g_array_new (FALSE, FALSE, sizeof (guint));
    }
  return scratch;
}

void
mutual_look_through_release (MutualLookThrough *lt,
                             MutualScratch     *scratch)
{
  for (guint i = 0; i < scratch->reached->len; i++)
    {
      guint h = g_array_index (scratch->reached, guint, i);

      scratch->x[h] = 0;
      scratch->seen[h] = 0;
      scratch->indegree[lt->comp[h]] = 0;
    }
  g_array_set_size (scratch->reached, 0);
  g_array_set_size (scratch->queue, 0);
  g_mutex_lock (&lt->pool_lock);
  g_ptr_array_add (lt->pool, scratch);
  g_mutex_unlock (&lt->pool_lock);
}

gboolean
mutual_look_through_solve (MutualAnalysis    *self,
                           MutualLookThrough *lt,
                           guint              company,
                           MutualScratch     *scratch,
                           GError           **error)
{
  guint8 *seen = scratch->seen;
  guint *indegree = scratch->indegree;
  double *x = scratch->x;
  GArray *reached = scratch->reached;
  GArray *queue = scratch->queue;

  /* the parties reachable from the company up the held-by edges */
  g_array_append_val (reached, company);
  seen[company] = 1;
  for (guint i = 0; i < reached->len; i++)
    {
      guint c = g_array_index (reached, guint, i);

      for (guint e = lt->start[c]; e < lt->start[c + 1]; e++)
        {
          guint h = lt->holder[e];

          if (lt->comp[h] != lt->comp[c])
            indegree[lt->comp[h]]++;
          if (!seen[h])
            {
              seen[h] = 1;
              g_array_append_val (reached, h);
            }
        }
    }

  x[company] = 1.0;
  {
    guint start = lt->comp[company];

    g_array_append_val (queue, start);
  }
  for (guint qi = 0; qi < queue->len; qi++)
    {
      guint comp = g_array_index (queue, guint, qi);
      guint first = lt->comp_start[comp], last = lt->comp_start[comp + 1];
      guint size = last - first;

      if (lt->singular[comp])
        return cycle_error (self, lt, comp, error);
      if (lt->lu[comp] != NULL)
        {
          if (scratch->local_size < size)
            {
              scratch->local = g_renew (double, scratch->local, size);
              scratch->local_size = size;
            }
          for (guint k = 0; k < size; k++)
            scratch->local[k] = x[lt->comp_nodes[first + k]];
          lu_solve (lt, comp, scratch->local);
          for (guint k = 0; k < size; k++)
            x[lt->comp_nodes[first + k]] = scratch->local[k];
        }
      else if (size > 1 && !iterate_component (self, lt, comp, x, error))
        return FALSE;

      for (guint k = first; k < last; k++)
        {
          guint c = lt->comp_nodes[k];

          for (guint e = lt->start[c]; e < lt->start[c + 1]; e++)
            {
              guint h = lt->holder[e];
              guint hc = lt->comp[h];

              if (hc == comp)
                continue;
              x[h] += lt->weight[e] * x[c];
              if (--indegree[hc] == 0)
                g_array_append_val (queue, hc);
            }
        }
    }
  return TRUE;
}

/* Blocks of targets.
 *
 * When many targets reach mostly the same parties (a giant cross-holding
 * reached from everywhere), solving them one at a time repeats the walk
 * over what they reach and streams the component's edges once per target.
 * A block keeps one row of up to BLOCK_MAX columns per party reached from
 * any of its targets: the walk, the topological order and each
 * Gauss-Seidel sweep are done once for the block, and each edge updates
 * every column at once (vector operations). Each column sees the
 * operations its own solve would, in the same order, except that a large
 * component is swept until every column has met the stopping rule (a
 * column that met it earlier only gets closer). A block pays only when its
 * entries are mostly non-zero: which targets reach each party is counted
 * first with bit masks, and a block under a quarter full is refused (the
 * caller solves its targets one at a time). */

typedef double v4d __attribute__ ((vector_size (32)));

#define BLOCK_MAX 64

void
mutual_look_through_block_clear (MutualLookThroughBlock *block)
{
  g_clear_pointer (&block->rows, g_array_unref);
  g_clear_pointer (&block->row_of, g_free);
  g_clear_pointer (&block->x, g_aligned_free);
}

/* y += w x, over n4 vectors of four columns */
static inline void
axpy4 (v4d *restrict       y,
       double              w,
       const v4d *restrict x,
       guint               n4)
{
  for (guint s = 0; s < n4; s++)
    y[s] += w * x[s];
}

MUTUAL_MULTIVERSION static gboolean
iterate_block (MutualAnalysis         *self,
               MutualLookThrough      *lt,
               guint                   comp,
               MutualLookThroughBlock *block,
               GError                **error)
{
  guint first = lt->comp_start[comp];
  guint size = lt->comp_start[comp + 1] - first;
  guint n4 = block->stride / 4, n_done = 0;
  const guint *start = lt->inside_start[comp];
  const guint *src = lt->inside_src[comp];
  const double *w = lt->inside_weight[comp];
  v4d *x = (v4d *) block->x;
  g_autofree guint *row = g_new (guint, size);
  v4d *b = g_aligned_alloc ((gsize) size * n4, sizeof (v4d), sizeof (v4d));
  v4d *v = g_aligned_alloc ((gsize) size * n4, sizeof (v4d), sizeof (v4d));
  v4d acc[BLOCK_MAX / 4];
  double previous[BLOCK_MAX], residual[BLOCK_MAX];
  gboolean done[BLOCK_MAX];
  double q = lt->column_sum[comp];
  gboolean ok = FALSE, diverged = FALSE;

  for (guint k = 0; k < size; k++)
    {
      row[k] = block->row_of[lt->comp_nodes[first + k]] - 1;
      memcpy (b + (gsize) k * n4, x + (gsize) row[k] * n4, n4 * sizeof (v4d));
      memcpy (v + (gsize) k * n4, b + (gsize) k * n4, n4 * sizeof (v4d));
    }
  for (guint j = 0; j < block->stride; j++)
    {
      previous[j] = G_MAXDOUBLE;
      done[j] = j >= block->n_targets;   /* padding */
    }
  n_done = block->stride - block->n_targets;
  for (guint sweep = 1; sweep <= MAX_SWEEPS && !ok && !diverged; sweep++)
    {
      for (guint k = 0; k < size; k++)
        {
          memcpy (acc, b + (gsize) k * n4, n4 * sizeof (v4d));
          for (guint e = start[k]; e < start[k + 1]; e++)
            axpy4 (acc, w[e], v + (gsize) src[e] * n4, n4);
          memcpy (v + (gsize) k * n4, acc, n4 * sizeof (v4d));
        }
      if (sweep % 4 != 0)
        continue;
      /* the true residual of each column, as iterate_component */
      memset (residual, 0, sizeof residual);
      for (guint k = 0; k < size; k++)
        {
          memcpy (acc, b + (gsize) k * n4, n4 * sizeof (v4d));
          for (guint e = start[k]; e < start[k + 1]; e++)
            axpy4 (acc, w[e], v + (gsize) src[e] * n4, n4);
          for (guint s = 0; s < n4; s++)
            for (guint l = 0; l < 4; l++)
              residual[4 * s + l] += fabs (acc[s][l] - v[(gsize) k * n4 + s][l]);
        }
      for (guint j = 0; j < block->n_targets && !diverged; j++)
        {
          if (done[j])
            continue;
          if (sweeps_done (q, residual[j], previous[j]))
            {
              done[j] = TRUE;
              n_done++;
            }
          diverged = !isfinite (residual[j]);
          previous[j] = residual[j];
        }
      ok = n_done == block->stride;
    }
  if (ok)
    for (guint k = 0; k < size; k++)
      memcpy (x + (gsize) row[k] * n4, v + (gsize) k * n4, n4 * sizeof (v4d));
  g_aligned_free (b);
  g_aligned_free (v);
  return ok ? TRUE : cycle_error (self, lt, comp, error);
}

static inline guint
block_row (const MutualLookThroughBlock *block,
           guint                         party)
{
  return block->row_of[party] - 1;
}

static void
block_reach (MutualLookThroughBlock *block,
             guint                   party)
{
  if (block->row_of[party] == 0)
    {
      g_array_append_val (block->rows, party);
      block->row_of[party] = block->rows->len;
    }
}

int
mutual_look_through_solve_block (MutualAnalysis          *self,
                                 MutualLookThrough       *lt,
                                 const guint             *targets,
                                 guint                    n_targets,
                                 MutualLookThroughBlock  *block,
                                 GError                 **error)
{
  g_autofree guint *indegree = g_new0 (guint, MAX (lt->n_comps, 1));
  g_autofree guint8 *listed = g_new0 (guint8, MAX (lt->n_comps, 1));
  g_autofree guint64 *mask = NULL;
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree double *local = NULL;
  GArray *rows;
  guint n4;
  guint64 non_zero = 0;

  g_return_val_if_fail (n_targets > 0 && n_targets <= BLOCK_MAX, 0);

  memset (block, 0, sizeof *block);
  block->n_targets = n_targets;
  block->stride = (n_targets + 3) & ~3u;
  n4 = block->stride / 4;
  block->row_of = g_new0 (guint, MAX (self->n_parties, 1));
  block->rows = rows = g_array_new (FALSE, FALSE, sizeof (guint));

  /* the parties reachable from any target up the held-by edges */
  for (guint j = 0; j < n_targets; j++)
    block_reach (block, targets[j]);
  for (guint i = 0; i < rows->len; i++)
    {
      guint c = g_array_index (rows, guint, i);

      for (guint e = lt->start[c]; e < lt->start[c + 1]; e++)
        {
          guint h = lt->holder[e];

          if (lt->comp[h] != lt->comp[c])
            indegree[lt->comp[h]]++;
          block_reach (block, h);
        }
    }

  /* their components in topological order */
  for (guint i = 0; i < rows->len; i++)
    {
      guint comp = lt->comp[g_array_index (rows, guint, i)];

      if (!listed[comp])
        {
          listed[comp] = 1;
          if (indegree[comp] == 0)
            g_array_append_val (order, comp);
        }
    }
  for (guint qi = 0; qi < order->len; qi++)
    {
      guint comp = g_array_index (order, guint, qi);

      for (guint k = lt->comp_start[comp]; k < lt->comp_start[comp + 1]; k++)
        {
          guint c = lt->comp_nodes[k];

          for (guint e = lt->start[c]; e < lt->start[c + 1]; e++)
            {
              guint hc = lt->comp[lt->holder[e]];

              if (hc != comp && --indegree[hc] == 0)
                g_array_append_val (order, hc);
            }
        }
    }

  /* which targets reach each party, to see whether the block pays */
  mask = g_new0 (guint64, MAX (rows->len, 1));
  for (guint j = 0; j < n_targets; j++)
    mask[block_row (block, targets[j])] |= G_GUINT64_CONSTANT (1) << j;
  for (guint qi = 0; qi < order->len; qi++)
    {
      guint comp = g_array_index (order, guint, qi);
      guint64 m = 0;

      for (guint k = lt->comp_start[comp]; k < lt->comp_start[comp + 1]; k++)
        m |= mask[block_row (block, lt->comp_nodes[k])];
      for (guint k = lt->comp_start[comp]; k < lt->comp_start[comp + 1]; k++)
        {
          guint c = lt->comp_nodes[k];

          mask[block_row (block, c)] = m;
          non_zero += (guint64) __builtin_popcountll (m);
          for (guint e = lt->start[c]; e < lt->start[c + 1]; e++)
            if (lt->comp[lt->holder[e]] != comp)
              mask[block_row (block, lt->holder[e])] |= m;
        }
    }
  if (non_zero * 4 < (guint64) rows->len * n_targets)
    {
      mutual_look_through_block_clear (block);
      return -1;
    }

  block->x = g_aligned_alloc0 ((gsize) rows->len * n4, sizeof (v4d), sizeof (v4d));
  for (guint j = 0; j < n_targets; j++)
    block->x[(gsize) block_row (block, targets[j]) * block->stride + j] = 1.0;
  for (guint qi = 0; qi < order->len; qi++)
    {
      guint comp = g_array_index (order, guint, qi);
      guint first = lt->comp_start[comp], last = lt->comp_start[comp + 1];
      guint size = last - first;
      v4d *x = (v4d *) block->x;

      if (lt->singular[comp])
        {
          mutual_look_through_block_clear (block);
          return cycle_error (self, lt, comp, error);
        }
      if (lt->lu[comp] != NULL)
        {
          guint64 m = mask[block_row (block, lt->comp_nodes[first])];

          local = g_renew (double, local, size);
          for (guint j = 0; j < n_targets; j++)
            {
              if (!(m & (G_GUINT64_CONSTANT (1) << j)))
                continue;
              for (guint k = 0; k < size; k++)
                local[k] = block->x[(gsize) block_row (block, lt->comp_nodes[first + k]) * block->stride + j];
              lu_solve (lt, comp, local);
              for (guint k = 0; k < size; k++)
                block->x[(gsize) block_row (block, lt->comp_nodes[first + k]) * block->stride + j] = local[k];
            }
        }
      else if (size > 1 && !iterate_block (self, lt, comp, block, error))
        {
          mutual_look_through_block_clear (block);
          return 0;
        }

      for (guint k = first; k < last; k++)
        {
          guint c = lt->comp_nodes[k];
          const v4d *xc = x + (gsize) block_row (block, c) * n4;

          for (guint e = lt->start[c]; e < lt->start[c + 1]; e++)
            {
              guint h = lt->holder[e];

              if (lt->comp[h] != comp)
                axpy4 (x + (gsize) block_row (block, h) * n4, lt->weight[e], xc, n4);
            }
        }
    }
  return 1;
}
