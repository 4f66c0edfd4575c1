/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mutual-error.h"
#include "mutual-fraction-private.h"

/* Comparisons cross-multiply in 128-bit integers, so they are exact for
 * every pair of 64-bit numerators and denominators. */

G_DEFINE_BOXED_TYPE (MutualFraction, mutual_fraction, mutual_fraction_copy, mutual_fraction_free)

static unsigned __int128
gcd128 (unsigned __int128 a,
        unsigned __int128 b)
{
  while (b != 0)
    {
      unsigned __int128 t;

      /* most figures fit in 64 bits: a 64-bit remainder is many times
       * cheaper than a 128-bit one */
      if ((a >> 64) == 0 && (b >> 64) == 0)
        {
          guint64 x = (guint64) a, y = (guint64) b;

          while (y != 0)
            {
              guint64 r = x % y;

              x = y;
              y = r;
            }
          return x;
        }
      t = a % b;
      a = b;
      b = t;
    }
  return a;
}

gboolean
mutual_fraction_reduce128 (__int128        numerator,
                           __int128        denominator,
                           MutualFraction *result)
{
  unsigned __int128 g;
  gboolean negative;
  unsigned __int128 n, d;

  if (denominator == 0)
    return FALSE;
  negative = (numerator < 0) != (denominator < 0);
  n = numerator < 0 ? (unsigned __int128) -numerator : (unsigned __int128) numerator;
  d = denominator < 0 ? (unsigned __int128) -denominator : (unsigned __int128) denominator;
  if (n == 0)
    {
      result->numerator = 0;
      result->denominator = 1;
      return TRUE;
    }
  g = gcd128 (n, d);
  n /= g;
  d /= g;
  if (n > G_MAXINT64 || d > G_MAXINT64)
    return FALSE;
  result->numerator = negative ? -(gint64) n : (gint64) n;
  result->denominator = (gint64) d;
  return TRUE;
}

void
mutual_fraction_init (MutualFraction *self,
                      gint64          numerator,
                      gint64          denominator)
{
  gboolean ok = mutual_fraction_reduce128 (numerator, denominator, self);

  g_assert (ok);
}

gboolean
mutual_fraction_add (const MutualFraction *a,
                     const MutualFraction *b,
                     MutualFraction       *result)
{
  __int128 n = (__int128) a->numerator * b->denominator + (__int128) b->numerator * a->denominator;
  __int128 d = (__int128) a->denominator * b->denominator;

  return mutual_fraction_reduce128 (n, d, result);
}

gboolean
mutual_fraction_multiply (const MutualFraction *a,
                          const MutualFraction *b,
                          MutualFraction       *result)
{
  return mutual_fraction_reduce128 ((__int128) a->numerator * b->numerator,
                                    (__int128) a->denominator * b->denominator,
                                    result);
}

/**
 * mutual_fraction_new:
 * @numerator: the numerator
 * @denominator: the denominator, not zero
 *
 * Creates the fraction @numerator / @denominator in lowest terms.
 *
 * Returns: (transfer full): a new fraction
 *
 * Since: 1.0
 */
MutualFraction *
mutual_fraction_new (gint64 numerator,
                     gint64 denominator)
{
  MutualFraction *self;

  g_return_val_if_fail (denominator != 0, NULL);
  g_return_val_if_fail (numerator != G_MININT64 && denominator != G_MININT64, NULL);

  self = g_new (MutualFraction, 1);
  mutual_fraction_init (self, numerator, denominator);
  return self;
}

/* "12", "12.5", "0.751": digits only, read into 128 bits unreduced. At
 * most 36 digits, so that the numerator and the denominator (times 100
 * for a percentage) fit; the reduced fraction must then fit in 64 bits,
 * so every fraction that mutual_fraction_to_string() and
 * mutual_fraction_to_percent_string() print exactly reads back. */
static gboolean
parse_decimal (const char *text,
               __int128   *numerator,
               __int128   *denominator)
{
  __int128 n = 0, d = 1;
  int digits = 0;
  gboolean seen_point = FALSE;
  const char *p;

  for (p = text; *p; p++)
    {
      if (*p == '.' && !seen_point)
        {
          seen_point = TRUE;
          continue;
        }
      if (!g_ascii_isdigit (*p) || ++digits > 36)
        return FALSE;
      n = n * 10 + (*p - '0');
      if (seen_point)
        d *= 10;
    }
  if (digits == 0)
    return FALSE;
  *numerator = n;
  *denominator = d;
  return TRUE;
}

/**
 * mutual_fraction_new_parse:
 * @text: a fraction as `"3/8"`, a decimal as `"0.375"` or a percentage as `"37.5%"`
 * @error: return location for a #GError
 *
 * Parses an exact fraction. Decimals and percentages are read exactly,
 * digit by digit, never through floating point. Fractions are not
 * negative. Whatever [method@Mutual.Fraction.to_string] prints of a
 * fraction that is not negative reads back to the same fraction.
 *
 * Returns: (transfer full): the fraction, or %NULL with @error set
 *
 * Since: 1.0
 */
MutualFraction *
mutual_fraction_new_parse (const char  *text,
                           GError     **error)
{
  MutualFraction f;
  g_autofree char *copy = NULL;
  char *body, *slash, *percent;
  gsize len;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  copy = g_strstrip (g_strdup (text));
  body = copy;
  len = strlen (body);
  slash = strchr (body, '/');
  percent = len > 0 && body[len - 1] == '%' ? body + len - 1 : NULL;

  if (slash != NULL)
    {
      __int128 num, num_d, den, den_d;

      *slash = '\0';
      if (!parse_decimal (body, &num, &num_d) || !parse_decimal (slash + 1, &den, &den_d) ||
          num_d != 1 || den_d != 1 || den == 0 || !mutual_fraction_reduce128 (num, den, &f))
        goto bad;
    }
  else if (percent != NULL)
    {
      __int128 n, d;

      *percent = '\0';
      if (!parse_decimal (body, &n, &d) || !mutual_fraction_reduce128 (n, d * 100, &f))
        goto bad;
    }
  else
    {
      __int128 n, d;

      if (!parse_decimal (body, &n, &d) || !mutual_fraction_reduce128 (n, d, &f))
        goto bad;
    }

  return g_memdup2 (&f, sizeof f);

bad:
  g_set_error (error, MUTUAL_ERROR, MUTUAL_ERROR_PARSE,
               "“%s” is not a fraction: expected a form such as 3/8, 0.375 or 37.5%%", text);
  return NULL;
}

/**
 * mutual_fraction_copy:
 * @self: a fraction
 *
 * Copies a fraction.
 *
 * Returns: (transfer full): a copy of @self
 *
 * Since: 1.0
 */
MutualFraction *
mutual_fraction_copy (const MutualFraction *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

/**
 * mutual_fraction_free:
 * @self: (nullable): a fraction
 *
 * Frees a fraction.
 *
 * Since: 1.0
 */
void
mutual_fraction_free (MutualFraction *self)
{
  g_free (self);
}

/**
 * mutual_fraction_get_numerator:
 * @self: a fraction
 *
 * Gets the numerator, in lowest terms.
 *
 * Returns: the numerator
 *
 * Since: 1.0
 */
gint64
mutual_fraction_get_numerator (const MutualFraction *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->numerator;
}

/**
 * mutual_fraction_get_denominator:
 * @self: a fraction
 *
 * Gets the denominator, in lowest terms; always positive.
 *
 * Returns: the denominator
 *
 * Since: 1.0
 */
gint64
mutual_fraction_get_denominator (const MutualFraction *self)
{
  g_return_val_if_fail (self != NULL, 1);

  return self->denominator;
}

static int
compare_parts (gint64 an, gint64 ad, gint64 bn, gint64 bd)
{
  __int128 left = (__int128) an * bd;
  __int128 right = (__int128) bn * ad;

  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * mutual_fraction_compare:
 * @a: a fraction
 * @b: another fraction
 *
 * Compares two fractions exactly.
 *
 * Returns: a negative number if @a < @b, zero if equal, positive if @a > @b
 *
 * Since: 1.0
 */
int
mutual_fraction_compare (const MutualFraction *a,
                         const MutualFraction *b)
{
  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  return compare_parts (a->numerator, a->denominator, b->numerator, b->denominator);
}

/**
 * mutual_fraction_compare_ratio:
 * @self: a fraction
 * @numerator: numerator of the ratio to compare with
 * @denominator: denominator of the ratio, positive
 *
 * Compares @self with @numerator / @denominator exactly, for example
 * with 1/4 to test "more than 25%".
 *
 * Returns: a negative number, zero or a positive number as @self is
 *   less than, equal to or greater than the ratio
 *
 * Since: 1.0
 */
int
mutual_fraction_compare_ratio (const MutualFraction *self,
                               gint64                numerator,
                               gint64                denominator)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (denominator > 0, 0);

  return compare_parts (self->numerator, self->denominator, numerator, denominator);
}

/**
 * mutual_fraction_equal:
 * @a: a fraction
 * @b: another fraction
 *
 * Whether two fractions are exactly equal.
 *
 * Returns: %TRUE if @a equals @b
 *
 * Since: 1.0
 */
gboolean
mutual_fraction_equal (const MutualFraction *a,
                       const MutualFraction *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a->numerator == b->numerator && a->denominator == b->denominator;
}

/**
 * mutual_fraction_is_zero:
 * @self: a fraction
 *
 * Whether the fraction is zero.
 *
 * Returns: %TRUE if @self is 0
 *
 * Since: 1.0
 */
gboolean
mutual_fraction_is_zero (const MutualFraction *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->numerator == 0;
}

/**
 * mutual_fraction_to_double:
 * @self: a fraction
 *
 * The nearest double. For display and for look-through figures only;
 * never for a legal threshold.
 *
 * Returns: the value as a double
 *
 * Since: 1.0
 */
double
mutual_fraction_to_double (const MutualFraction *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return (double) self->numerator / (double) self->denominator;
}

/**
 * mutual_fraction_to_string:
 * @self: a fraction
 *
 * Formats the fraction as `"3/8"`, or `"2"` when it is whole.
 *
 * Returns: (transfer full): the text
 *
 * Since: 1.0
 */
char *
mutual_fraction_to_string (const MutualFraction *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->denominator == 1)
    return g_strdup_printf ("%" G_GINT64_FORMAT, self->numerator);
  return g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                          self->numerator, self->denominator);
}

/**
 * mutual_fraction_to_percent_string:
 * @self: a fraction
 *
 * Formats the fraction as a percentage: exact when the decimal ends within
 * four places (`"37.5%"`, `"25%"`), otherwise rounded to four places and
 * prefixed with `~` (`"~33.3333%"`), so an inexact figure never passes for
 * an exact one.
 *
 * Returns: (transfer full): the text
 *
 * Since: 1.0
 */
char *
mutual_fraction_to_percent_string (const MutualFraction *self)
{
  __int128 scaled, whole, frac;
  gboolean exact, negative;
  char digits[8];
  int len;

  g_return_val_if_fail (self != NULL, NULL);

  negative = self->numerator < 0;
  scaled = (__int128) (negative ? -self->numerator : self->numerator) * 1000000;
  exact = scaled % self->denominator == 0;
  /* round half up at the fourth decimal place */
  scaled = (scaled + self->denominator / 2) / self->denominator;
  whole = scaled / 10000;
  frac = scaled % 10000;
  g_snprintf (digits, sizeof digits, "%04d", (int) frac);
  len = 4;
  while (len > 0 && digits[len - 1] == '0')
    digits[--len] = '\0';
  /* the whole part reaches 100 × 2^63, beyond 64 bits: print it in two parts */
  if (whole >= (__int128) 1000000000000000000)
    return g_strdup_printf ("%s%s%" G_GINT64_FORMAT "%018" G_GINT64_FORMAT "%s%s%%",
                            exact ? "" : "~", negative ? "-" : "",
                            (gint64) (whole / 1000000000000000000), (gint64) (whole % 1000000000000000000),
                            len > 0 ? "." : "", digits);
  return g_strdup_printf ("%s%s%" G_GINT64_FORMAT "%s%s%%",
                          exact ? "" : "~", negative ? "-" : "",
                          (gint64) whole, len > 0 ? "." : "", digits);
}
