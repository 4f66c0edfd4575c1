/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <stdint.h>
#include <stdlib.h>

#include <libmutual/mutual.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* A fuzz target fails by aborting: a critical or a warning from GLib or
 * libmutual on any input is a bug (input errors are GErrors), and so is a
 * broken invariant the target checks. GLib stops on a fatal message with a
 * breakpoint trap, which libFuzzer does not catch (no input is saved), so
 * the handler aborts first. */
static void
fuzz_log_abort (const char     *domain,
                GLogLevelFlags  level,
                const char     *message,
                gpointer        data)
{
  g_log_default_handler (domain, level, message, data);
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
}

static inline void
fuzz_init (void)
{
  static gsize once;

  if (g_once_init_enter (&once))
    {
      g_log_set_default_handler (fuzz_log_abort, NULL);
      /* still fatal (a trap) if a message bypasses the handler */
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING | G_LOG_FATAL_MASK);
      g_once_init_leave (&once, 1);
    }
}

#define fuzz_check(cond) \
  G_STMT_START { if (!(cond)) { g_printerr ("fuzz check failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); abort (); } } G_STMT_END

/* A model a reader made can be saved: the model file reads back what is
 * written, and writes the same text again. */
static inline void
fuzz_check_saves (MutualModel *model)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MutualModel) again = NULL;
  g_autofree char *text = NULL, *text_again = NULL;
  gsize length;

  text = mutual_model_to_data (model, &length);
  again = mutual_model_new_from_data (text, length, &error);
  if (again == NULL)
    g_printerr ("the model read does not save: %s\n", error->message);
  fuzz_check (again != NULL);
  text_again = mutual_model_to_data (again, NULL);
  fuzz_check (g_str_equal (text, text_again));
}
