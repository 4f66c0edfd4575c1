/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Loading a model file: CPU and wall time of mutual_model_new_from_file()
 * alone (and of freeing the model), the best of N runs in one process.
 *
 *   build/bench/bench-load big.json [runs]
 */
#include <stdlib.h>
#include <time.h>

#include <mutual.h>

static double
seconds (clockid_t clock)
{
  struct timespec ts;

  clock_gettime (clock, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main (int    argc,
      char **argv)
{
  double best_cpu = G_MAXDOUBLE, best_wall = G_MAXDOUBLE, best_free = G_MAXDOUBLE;
  int runs = argc > 2 ? atoi (argv[2]) : 5;

  if (argc < 2)
    {
      g_printerr ("usage: %s MODEL.json [RUNS]\n", argv[0]);
      return 2;
    }
  for (int r = 0; r < runs; r++)
    {
      g_autoptr(GError) error = NULL;
      double cpu = seconds (CLOCK_PROCESS_CPUTIME_ID), wall = seconds (CLOCK_MONOTONIC);
      MutualModel *model = mutual_model_new_from_file (argv[1], &error);

      if (model == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 3;
        }
      cpu = seconds (CLOCK_PROCESS_CPUTIME_ID) - cpu;
      wall = seconds (CLOCK_MONOTONIC) - wall;
      best_cpu = MIN (best_cpu, cpu);
      best_wall = MIN (best_wall, wall);
      g_print ("run %d: load %.3f s CPU, %.3f s wall, %u parties\n", r + 1, cpu, wall,
               g_list_model_get_n_items (mutual_model_get_parties (model)));
      cpu = seconds (CLOCK_PROCESS_CPUTIME_ID);
      g_object_unref (model);
      best_free = MIN (best_free, seconds (CLOCK_PROCESS_CPUTIME_ID) - cpu);
    }
  g_print ("best of %d: load %.3f s CPU, %.3f s wall; free %.3f s CPU\n", runs, best_cpu, best_wall, best_free);
  return 0;
}
