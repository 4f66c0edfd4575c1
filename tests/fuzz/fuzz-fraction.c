/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Fractions as written in files ("1/6", "0.25", "25%"): any text either
 * fails with a MUTUAL_ERROR or gives a fraction in lowest terms whose
 * string form parses back to the same fraction. */
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualFraction) f = NULL;
  g_autoptr(MutualFraction) back = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *percent = NULL;

  fuzz_init ();
  f = mutual_fraction_new_parse (text, &error);
  if (f == NULL)
    {
      fuzz_check (error != NULL && error->domain == MUTUAL_ERROR);
      return 0;
    }
  fuzz_check (mutual_fraction_get_denominator (f) > 0);
  printed = mutual_fraction_to_string (f);
  percent = mutual_fraction_to_percent_string (f);
  back = mutual_fraction_new_parse (printed, &error);
  fuzz_check (back != NULL);
  fuzz_check (mutual_fraction_equal (f, back));
  fuzz_check (mutual_fraction_compare (f, back) == 0);
  if (percent[0] != '~')
    {
      /* an exact percentage reads back to the same fraction */
      g_autoptr(MutualFraction) from_percent = mutual_fraction_new_parse (percent, NULL);

      if (from_percent == NULL)
        g_printerr ("%s printed as %s does not read back\n", printed, percent);
      fuzz_check (from_percent != NULL && mutual_fraction_equal (f, from_percent));
    }
  (void) mutual_fraction_to_double (f);
  return 0;
}
