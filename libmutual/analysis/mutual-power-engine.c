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
 * coefficients (C(R, j) (1-t)^(R-j) t^j, R <= 8). The distribution without
 * one party of group g is then recovered by dividing that one factor out
 * (a linear recurrence, stable for t <= 1/2; nodes above 1/2 are handled by
 * the complement symmetry: at 1 - t, S reaches T exactly when the others'
 * complement of S, at t, falls in the window below the blocking threshold
 * T' = total + 1 - T). The swing probability is the sum of that distribution
 * over the window [T - w_g, T - 1].
 *
 * Cost: Banzhaf about (n + G) * min(T, T') steps, Shapley–Shubik about
 * n/2 times (n + G) * max(T, T'), for n parties in G groups; memory three
 * arrays of that length.
 *
 * Numbers are probabilities in [0, 1], never counts, so nothing overflows
 * and nothing goes negative (a rounding residue below 0 is clamped). Every
 * coefficient of a distribution is a sum of non-negative products, with a
 * relative error of at most about 2 n eps; the windowed sums after removing
 * a party keep an absolute error within a small multiple of that. In double
 * precision (eps = 2^-53) that is about 1e-13 for a thousand parties and
 * 2e-12 in the worst case for ten thousand; observed errors are far smaller
 * (the tests compare with exact enumeration and exact integer counts, the
 * benchmark with the same computation in extended precision).
 *
 * Normalised Banzhaf indices are ratios of probabilities that can all be
 * tiny (a quota of 99% among thousands of voters): a probability below
 * 2^-900 in double precision means parts of the distribution may have
 * underflowed, and the computation is repeated in extended precision
 * (long double, 64-bit mantissa, exponents to 2^-16382), where no non-zero
 * probability of a game of up to 16,000 parties can underflow. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "mutual-error.h"
#include "mutual-power-engine-private.h"

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
/* The inner loops are worth vectorising for AVX2 and FMA where the processor
 * has them; the library itself targets the baseline x86-64. */
# define MUTUAL_MULTIVERSION __attribute__ ((target_clones ("default", "arch=x86-64-v3")))
#else
# define MUTUAL_MULTIVERSION
#endif

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

void
mutual_power_engine_gauss_legendre (guint   n,
                                    double *nodes,
                                    double *weights)
{
  g_autofree long double *t = g_new (long double, n);
  g_autofree long double *w = g_new (long double, n);

  engine_gauss_legendre (n, t, w);
  for (guint k = 0; k < (n + 1) / 2; k++)
    {
      nodes[k] = (double) t[k];
      weights[k] = (double) w[k];
    }
}

#define REAL double
#define FN(name) name##_double
#include "mutual-power-engine-real.inc"
#undef REAL
#undef FN

#define REAL long double
#define FN(name) name##_extended
#include "mutual-power-engine-real.inc"
#undef REAL
#undef FN

guint64
mutual_power_engine_banzhaf_work (const MutualPowerGroup *groups,
                                  guint                   n_groups,
                                  guint64                 threshold)
{
  guint64 total = engine_total (groups, n_groups);
  guint64 len = MIN (threshold, total + 1 - threshold);

  return (engine_parties (groups, n_groups) + 2 * (guint64) n_groups) * len;
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

/* Below this the double computation may have lost parts of the
 * distribution to underflow (see the notes at the top). */
#define DOUBLE_TRUSTED 0x1p-900
#define EXTENDED_TRUSTED 0x1p-16000L

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
  if (real != MUTUAL_POWER_REAL_EXTENDED)
    {
      g_autofree double *abs = g_new0 (double, n_groups);
      double largest = 0, sum = 0;

      if (!banzhaf_double (groups, n_groups, threshold, abs, cancellable, error))
        return FALSE;
      for (guint g = 0; g < n_groups; g++)
        {
          largest = MAX (largest, abs[g]);
          sum += abs[g] * (double) groups[g].count;
        }
      if (real == MUTUAL_POWER_REAL_DOUBLE || largest >= DOUBLE_TRUSTED)
        {
          for (guint g = 0; g < n_groups; g++)
            {
              absolute[g] = abs[g];
              normalised[g] = sum > 0 ? abs[g] / sum : 0;
            }
          return TRUE;
        }
    }

  {
    g_autofree long double *abs = g_new0 (long double, n_groups);
    long double largest = 0, sum = 0;

    if (!banzhaf_extended (groups, n_groups, threshold, abs, cancellable, error))
      return FALSE;
    for (guint g = 0; g < n_groups; g++)
      {
        largest = MAX (largest, abs[g]);
        sum += abs[g] * (long double) groups[g].count;
      }
    if (largest < EXTENDED_TRUSTED && real == MUTUAL_POWER_REAL_AUTO)
      {
        g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_LIMIT,
                     "voting power: the largest probability of a swing is below 2^-16000, "
                     "beyond the range of the arithmetic (%" G_GUINT64_FORMAT " parties)",
                     engine_parties (groups, n_groups));
        return FALSE;
      }
    for (guint g = 0; g < n_groups; g++)
      {
        absolute[g] = (double) abs[g];
        normalised[g] = sum > 0 ? (double) (abs[g] / sum) : 0;
      }
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
