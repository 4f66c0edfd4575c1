/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Linked into the C tests of a ThreadSanitizer build (-Db_sanitize=thread).
 *
 * GLib is not built with ThreadSanitizer, and on Linux its GMutex, GRWLock
 * and g_once are made of futexes and atomics, not pthreads, so
 * ThreadSanitizer cannot see that a g_mutex_unlock() in one thread happens
 * before the g_mutex_lock() in the next, and reports every variable a
 * GMutex guards as a race. These wrappers, exported from the test program
 * (-rdynamic) so that libmutual's calls reach them first, tell it: release
 * before unlocking, acquire after locking. The lock itself is GLib's. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <glib.h>

void __tsan_acquire (void *addr);
void __tsan_release (void *addr);

typedef void (*MutexFunc) (GMutex *);
typedef gboolean (*TryFunc) (GMutex *);
typedef void (*RecMutexFunc) (GRecMutex *);
typedef void (*RWLockFunc) (GRWLock *);
typedef void (*OnceLeaveFunc) (volatile void *, gsize);
typedef gboolean (*OnceEnterFunc) (volatile void *);

#define REAL(name, type)                            \
  static type real;                                 \
  if (G_UNLIKELY (real == NULL))                    \
    real = (type) dlsym (RTLD_NEXT, #name)

void
g_mutex_lock (GMutex *mutex)
{
  REAL (g_mutex_lock, MutexFunc);
  real (mutex);
  __tsan_acquire (mutex);
}

gboolean
g_mutex_trylock (GMutex *mutex)
{
  gboolean locked;

  REAL (g_mutex_trylock, TryFunc);
  locked = real (mutex);
  if (locked)
    __tsan_acquire (mutex);
  return locked;
}

void
g_mutex_unlock (GMutex *mutex)
{
  REAL (g_mutex_unlock, MutexFunc);
  __tsan_release (mutex);
  real (mutex);
}

void
g_rec_mutex_lock (GRecMutex *mutex)
{
  REAL (g_rec_mutex_lock, RecMutexFunc);
  real (mutex);
  __tsan_acquire (mutex);
}

void
g_rec_mutex_unlock (GRecMutex *mutex)
{
  REAL (g_rec_mutex_unlock, RecMutexFunc);
  __tsan_release (mutex);
  real (mutex);
}

void
g_rw_lock_writer_lock (GRWLock *lock)
{
  REAL (g_rw_lock_writer_lock, RWLockFunc);
  real (lock);
  __tsan_acquire (lock);
}

void
g_rw_lock_writer_unlock (GRWLock *lock)
{
  REAL (g_rw_lock_writer_unlock, RWLockFunc);
  __tsan_release (lock);
  real (lock);
}

void
g_rw_lock_reader_lock (GRWLock *lock)
{
  REAL (g_rw_lock_reader_lock, RWLockFunc);
  real (lock);
  __tsan_acquire (lock);
}

void
g_rw_lock_reader_unlock (GRWLock *lock)
{
  REAL (g_rw_lock_reader_unlock, RWLockFunc);
  __tsan_release (lock);
  real (lock);
}

/* g_once_init_enter() is a macro whose fast path is an atomic load in the
 * caller's own (instrumented) code; the store that publishes the value is
 * in g_once_init_leave(). */
void
(g_once_init_leave) (volatile void *location,
                     gsize          result)
{
  REAL (g_once_init_leave, OnceLeaveFunc);
  __tsan_release ((void *) location);
  real (location, result);
}

gboolean
(g_once_init_enter) (volatile void *location)
{
  gboolean first;

  REAL (g_once_init_enter, OnceEnterFunc);
  first = real (location);
  if (!first)
    __tsan_acquire ((void *) location);
  return first;
}
