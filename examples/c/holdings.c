/* SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Load a model (a file, or the embedded mycsp-2012 example) and print who
 * holds what share of each class, exactly.
 *
 *   cc holdings.c $(pkg-config --cflags --libs mutual-1) -o holdings
 */
#include <locale.h>

#include <libmutual/mutual.h>

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) model = NULL;
  GListModel *classes, *holdings;

  setlocale (LC_ALL, "");

  if (argc > 1)
    model = mutual_model_new_from_file (argv[1], &error);
  else
    model = mutual_model_new_from_example ("mycsp-2012", &error);
  if (model == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  classes = mutual_model_get_share_classes (model);
  holdings = mutual_model_get_holdings (model);
  for (guint c = 0; c < g_list_model_get_n_items (classes); c++)
    {
      g_autoptr(MutualShareClass) klass = g_list_model_get_item (classes, c);
      const char *class_id = mutual_share_class_get_id (klass);
      gint64 total = 0;

      for (guint h = 0; h < g_list_model_get_n_items (holdings); h++)
        {
          g_autoptr(MutualHolding) holding = g_list_model_get_item (holdings, h);

          if (g_str_equal (mutual_holding_get_share_class (holding), class_id))
            total += mutual_holding_get_count (holding);
        }
      g_print ("%s (%s):\n", mutual_share_class_get_name (klass), mutual_share_class_get_issuer (klass));
      for (guint h = 0; h < g_list_model_get_n_items (holdings) && total > 0; h++)
        {
          g_autoptr(MutualHolding) holding = g_list_model_get_item (holdings, h);
          g_autoptr(MutualFraction) share = NULL;
          g_autofree char *percent = NULL;

          if (!g_str_equal (mutual_holding_get_share_class (holding), class_id))
            continue;
          share = mutual_fraction_new (mutual_holding_get_count (holding), total);
          percent = mutual_fraction_to_percent_string (share);
          g_print ("  %-20s %8s\n", mutual_holding_get_holder (holding), percent);
        }
    }
  return 0;
}
