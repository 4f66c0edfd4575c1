/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Exact voting power indices of weighted voting games.
 *
 * A party of weight w is decisive (has a "swing") for a coalition S of the
 * other parties when S loses and S with the party wins: T - w <= w(S) < T,
 * where T is the least winning weight.
 *
 * Banzhaf (1965): the absolute index is the probability of a swing when
 * every other party joins S with probability 1/2, that is swings / 2^(n-1).
 *
 * Shapley and Shubik (1954): the index is the share of the n! orders of
 * voting in which the party is pivotal,
 *   sum over swings S of |S|! (n - 1 - |S|)! / n!.
 * Since |S|! (n-1-|S|)! / n! = integral over [0, 1] of t^|S| (1-t)^(n-1-|S|) dt,
 * the index is the integral over t of the probability of a swing when every
 * other party joins S with probability t (Owen's multilinear extension,
 * 1972). That probability is a polynomial of degree n - 1 in t, so
 * Gauss–Legendre quadrature with ceil(n/2) nodes gives the integral exactly:
 * there is no approximation, only rounding.
 *
 * At a given t the distribution of w(S) is the coefficient list of the
 * generating function prod_g ((1 - t) + t x^w_g)^m_g over the groups g of m_g
 * parties of equal weight w_g, truncated below the thresholds that matter.
 * It is built by dynamic programming over weights, never by enumerating
 * coalitions, several parties of a group at a time with their binomial
 * coefficients (C(R, j) (1-t)^(R-j) t^j, R <= 8).
 *
 * The distribution of the others' weight, for a party of group g:
 * - Banzhaf: by divide and conquer over the groups, each half applied to a
 *   copy of the distribution of everything outside the other half, down to
 *   single groups (applied with m_g - 1 parties). Only sums of non-negative
 *   products, so every probability keeps a relative error of about 2 n eps
 *   however small it is. A weight-balanced split keeps the cost near
 *   n (log2(n / m) + 2) applications of a party, and the depth near
 *   log2(n) + 2 arrays.
 * - Shapley–Shubik: the full distribution with one factor divided out (a
 *   linear recurrence, stable for t <= 1/2: earlier errors are damped by
 *   t / (1 - t)); nodes above 1/2 use the complement symmetry: at 1 - t, S
 *   reaches T exactly when the others' complement of S, at t, falls in the
 *   window below the blocking threshold T' = total + 1 - T. This loses
 *   relative precision where the window lies in a valley of the
 *   distribution, but keeps the absolute error within a few n eps, which
 *   is all an index that sums to 1 needs.
 * The swing probability is the sum of that distribution over the window
 * [T - w_g, T - 1].
 *
 * Cost: Banzhaf about n (log2(n) + 2) min(T, T') steps at most,
 * Shapley–Shubik about n/4 (n + G) max(T, T'), for n parties in G groups.
 * The inner loop works on four weights at a time (AVX2 and FMA where the
 * processor has them).
 *
 * Numbers are probabilities, never counts, so nothing overflows and nothing
 * goes negative (a rounding residue below 0 is clamped). In double
 * precision (eps = 2^-53) the error bound is about 2e-13 for a thousand
 * parties and 2e-12 for ten thousand; observed errors are far smaller (the
 * tests compare with exact enumeration and exact integer counts, the
 * benchmark with the same computation in extended precision).
 *
 * Range: the distributions are rescaled by powers of two as they shrink
 * (a probability of 2^-10000 is not a double). Parts of a distribution far
 * below its largest entry can still underflow; that matters only if the
 * swing probabilities are themselves that far below, so when the largest
 * swing probability is below 2^-600 of the largest entry of its
 * distribution the Banzhaf index is recomputed in extended precision (long
 * double, 64-bit mantissa, exponents to 2^-16382), and refused below
 * 2^-16000. With at most 1,000 parties in double or 16,000 in extended
 * nothing can underflow at all: every non-zero probability is a multiple of
 * 2^-n. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "mutual-error.h"
#include "mutual-multiversion-private.h"
#include "mutual-power-engine-private.h"


static guint64
engine_total (const MutualPowerGroup *groups,
              guint                   n_groups)
{
  guint64 total = 0;

  for (guint g = 0; g < n_groups; g++)
    total += groups[g].weight * groups[g].count;
  return total;
}

static guint64
engine_parties (const MutualPowerGroup *groups,
                guint                   n_groups)
{
  guint64 parties = 0;

  for (guint g = 0; g < n_groups; g++)
    parties += groups[g].count;
  return parties;
}

/* Where to split groups [from, to), to - from >= 2, for the Banzhaf
 * recursion: so that both sides hold about half the parties. */
static guint
engine_split (const MutualPowerGroup *groups,
              guint                   from,
              guint                   to)
{
  gint64 all = 0, left;
  guint mid = from + 1;

  for (guint g = from; g < to; g++)
    all += groups[g].count;
  left = groups[from].count;
  while (mid < to - 1 && 2 * (left + (gint64) groups[mid].count) <= all)
    left += groups[mid++].count;
  /* take one more group if that balances better */
  if (mid < to - 1 && 2 * left < all &&
      all - 2 * left > 2 * (left + (gint64) groups[mid].count) - all)
    left += groups[mid++].count;
  return mid;
}

/* Parties applied by the Banzhaf recursion over groups [from, to). */
static guint64
engine_applications (const MutualPowerGroup *groups,
                     guint                   from,
                     guint                   to)
{
  guint64 here = 0;
  guint mid;

  if (to - from == 1)
    return groups[from].count - 1;
  for (guint g = from; g < to; g++)
    here += groups[g].count;
  mid = engine_split (groups, from, to);
  return here + engine_applications (groups, from, mid) + engine_applications (groups, mid, to);
}

static guint
engine_depth (const MutualPowerGroup *groups,
              guint                   from,
              guint                   to)
{
  guint mid;

  if (to - from <= 1)
    return 0;
  mid = engine_split (groups, from, to);
  return 1 + MAX (engine_depth (groups, from, mid), engine_depth (groups, mid, to));
}

/* Gauss–Legendre nodes on [0, 1]: the roots of P_n(1 - 2t). Newton's method
 * on the angle theta with x = cos(theta), so that t = sin^2(theta / 2) keeps
 * full relative precision near 0. */
static void
engine_gauss_legendre (guint        n,
                       long double *nodes,
                       long double *weights)
{
  guint half = n / 2;

  for (guint k = 0; k < half; k++)
    {
      long double theta = 3.14159265358979323846264338327950288L * (k + 0.75L) / (n + 0.5L);
      long double dp = 0;

      for (int iter = 0; iter < 100; iter++)
        {
          long double x = cosl (theta), s = sinl (theta);
          long double p0 = 1, p1 = x, delta;

          for (guint j = 2; j <= n; j++)
            {
              long double p2 = ((2 * j - 1) * x * p1 - (j - 1) * p0) / j;
              p0 = p1;
              p1 = p2;
            }
          /* P_n'(x) = n (P_{n-1}(x) - x P_n(x)) / (1 - x^2) */
          dp = n * (p0 - x * p1) / (s * s);
          delta = p1 / (s * dp);
          theta += delta;
          if (fabsl (delta) < 1e-19L)
            break;
        }
      {
        long double s = sinl (theta), h = sinl (theta / 2);
        nodes[k] = h * h;
        /* 2 / ((1 - x^2) P_n'(x)^2) on [-1, 1], halved for [0, 1] */
        weights[k] = 1 / (s * s * dp * dp);
      }
    }
  if (n % 2 == 1)
    {
      /* P_n'(0) = n P_{n-1}(0) */
      long double p0 = 1, p1 = 0;

      for (guint j = 2; j <= n; j++)
        {
          long double p2 = (-(long double) (j - 1) * p0) / j;
          p0 = p1;
          p1 = p2;
        }
      nodes[half] = 0.5L;
      weights[half] = 1 / ((n * p0) * (n * p0));
    }
}

/* Four doubles, loaded and stored without alignment. */
typedef double v4d __attribute__ ((vector_size (32)));

#define load4(p) ({ v4d v_; memcpy (&v_, (p), sizeof v_); v_; })
#define store4(p, v) ({ v4d w_ = (v); memcpy ((p), &w_, sizeof w_); })

#define ilogb_double ilogb
#define ldexp_double ldexp
#define ilogb_extended ilogbl
#define ldexp_extended ldexpl

#define REAL double
#define REAL_IS_DOUBLE 1
#define FN(name) name##_double
#include "mutual-power-engine-real.inc"
#undef REAL
#undef REAL_IS_DOUBLE
#undef FN

#define REAL long double
#define REAL_IS_DOUBLE 0
#define FN(name) name##_extended
#include "mutual-power-engine-real.inc"
#undef REAL
#undef REAL_IS_DOUBLE
#undef FN

guint64
mutual_power_engine_banzhaf_work (const MutualPowerGroup *groups,
                                  guint                   n_groups,
                                  guint64                 threshold)
{
  guint64 total = engine_total (groups, n_groups);
  guint64 len = MIN (threshold, total + 1 - threshold);

  if (n_groups == 0)
    return 0;
  return (engine_applications (groups, 0, n_groups) + 4 * (guint64) n_groups) * len;
}

/* Bytes of working memory for the Banzhaf index. */
guint64
mutual_power_engine_banzhaf_memory (const MutualPowerGroup *groups,
                                    guint                   n_groups,
                                    guint64                 threshold,
                                    MutualPowerReal         real)
{
  guint64 total = engine_total (groups, n_groups);
  guint64 len = MIN (threshold, total + 1 - threshold);
  gsize size = real == MUTUAL_POWER_REAL_EXTENDED ? sizeof (long double) : sizeof (double);

  return (engine_depth (groups, 0, n_groups) + 3) * len * size;
}

guint64
mutual_power_engine_shapley_shubik_work (const MutualPowerGroup *groups,
                                         guint                   n_groups,
                                         guint64                 threshold)
{
  guint64 total = engine_total (groups, n_groups);
  guint64 parties = engine_parties (groups, n_groups);
  guint64 len = MAX (threshold, total + 1 - threshold);
  guint64 evaluations = (parties + 3) / 4 + 1;

  return evaluations * (parties + 3 * (guint64) n_groups) * len;
}

guint64
mutual_power_engine_shapley_shubik_memory (const MutualPowerGroup *groups,
                                           guint                   n_groups,
                                           guint64                 threshold,
                                           MutualPowerReal         real)
{
  guint64 total = engine_total (groups, n_groups);
  guint64 len = MAX (threshold, total + 1 - threshold);
  gsize size = real == MUTUAL_POWER_REAL_EXTENDED ? sizeof (long double) : sizeof (double);

  return 3 * len * size;
}

/* The largest swing probability, relative to the largest entry of its
 * distribution, below which parts of a distribution that underflowed might
 * matter (see the notes at the top): then the computation is repeated in
 * extended precision, and below the second bound it is refused. */
#define DOUBLE_TRUSTED 0x1p-600
#define EXTENDED_TRUSTED 0x1p-16000L

/* absolute = mantissa 2^exponent, and the normalised indices from the same
 * numbers with a common exponent. */
static void
engine_normalise (const MutualPowerGroup *groups,
                  guint                   n_groups,
                  const long double      *mantissa,
                  const int              *exponent,
                  double                 *absolute,
                  double                 *normalised)
{
  int top = G_MININT;
  long double sum = 0;

  for (guint g = 0; g < n_groups; g++)
    if (mantissa[g] > 0)
      top = MAX (top, exponent[g] + ilogbl (mantissa[g]));
  for (guint g = 0; g < n_groups; g++)
    {
      absolute[g] = (double) ldexpl (mantissa[g], exponent[g]);
      if (mantissa[g] > 0)
        sum += ldexpl (mantissa[g], exponent[g] - top) * groups[g].count;
    }
  for (guint g = 0; g < n_groups; g++)
    normalised[g] = sum > 0 && mantissa[g] > 0 ? (double) (ldexpl (mantissa[g], exponent[g] - top) / sum) : 0;
}

gboolean
mutual_power_engine_banzhaf (const MutualPowerGroup *groups,
                             guint                   n_groups,
                             guint64                 threshold,
                             MutualPowerReal         real,
                             double                 *absolute,
                             double                 *normalised,
                             GCancellable           *cancellable,
                             GError                **error)
{
  g_autofree long double *mantissa = g_new0 (long double, n_groups);
  g_autofree int *exponent = g_new0 (int, n_groups);

  if (real != MUTUAL_POWER_REAL_EXTENDED)
    {
      g_autofree double *m = g_new0 (double, n_groups);
      g_autofree double *ratio = g_new0 (double, n_groups);
      double best = 0;

      if (!banzhaf_double (groups, n_groups, threshold, m, exponent, ratio, cancellable, error))
        return FALSE;
      for (guint g = 0; g < n_groups; g++)
        {
          mantissa[g] = m[g];
          best = MAX (best, ratio[g]);
        }
      if (real == MUTUAL_POWER_REAL_DOUBLE || best >= DOUBLE_TRUSTED)
        {
          engine_normalise (groups, n_groups, mantissa, exponent, absolute, normalised);
          return TRUE;
        }
    }

  if (mutual_power_engine_banzhaf_memory (groups, n_groups, threshold, MUTUAL_POWER_REAL_EXTENDED) >
      MUTUAL_POWER_ENGINE_MAX_MEMORY)
    {
      g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                   "voting power: the Banzhaf index of this game needs extended precision, "
                   "and more than %" G_GUINT64_FORMAT " bytes of memory for it",
                   (guint64) MUTUAL_POWER_ENGINE_MAX_MEMORY);
      return FALSE;
    }

  {
    g_autofree long double *ratio = g_new0 (long double, n_groups);
    long double best = 0;

    if (!banzhaf_extended (groups, n_groups, threshold, mantissa, exponent, ratio, cancellable, error))
      return FALSE;
    for (guint g = 0; g < n_groups; g++)
      best = MAX (best, ratio[g]);
    if (best < EXTENDED_TRUSTED && real == MUTUAL_POWER_REAL_AUTO)
      {
        g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                     "voting power: the largest probability of a swing is below 2^-16000 of the "
                     "largest probability of a weight, beyond the range of the arithmetic "
                     "(%" G_GUINT64_FORMAT " parties)",
                     engine_parties (groups, n_groups));
        return FALSE;
      }
    engine_normalise (groups, n_groups, mantissa, exponent, absolute, normalised);
  }
  return TRUE;
}

gboolean
mutual_power_engine_shapley_shubik (const MutualPowerGroup *groups,
                                    guint                   n_groups,
                                    guint64                 threshold,
                                    MutualPowerReal         real,
                                    double                 *shapley_shubik,
                                    GCancellable           *cancellable,
                                    GError                **error)
{
  /* Shapley–Shubik indices are only ever needed to an absolute accuracy
   * (they sum to 1): underflow of tiny terms costs nothing, so double
   * precision is used unless extended is asked for. */
  if (real == MUTUAL_POWER_REAL_EXTENDED)
    {
      g_autofree long double *ss = g_new0 (long double, n_groups);

      if (!shapley_shubik_extended (groups, n_groups, threshold, ss, cancellable, error))
        return FALSE;
      for (guint g = 0; g < n_groups; g++)
        shapley_shubik[g] = (double) ss[g];
      return TRUE;
    }
  return shapley_shubik_double (groups, n_groups, threshold, shapley_shubik, cancellable, error);
}
