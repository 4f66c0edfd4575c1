#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# The whole C test suite (the GTest binaries and the fuzz targets' corpus
# replays) under sanitizers; any report fails the run:
#   1. build-asan/: AddressSanitizer + UndefinedBehaviorSanitizer (+ LeakSanitizer)
#   2. build-tsan/: ThreadSanitizer, with clang-14 (skipped if absent)
# Introspection is off in these builds (the GIR scanner's dump program,
# Python and GJS would need the sanitizer runtime preloaded), so the
# Python, GJS and doc suites are not run here; ./setup.sh test runs them.
#   tools/check-sanitizers.sh [asan|tsan]    both when no argument
set -eu
cd "$(dirname "$0")/.."
which=${1:-all}
status=0

setup () {
  dir=$1
  shift
  [ -f "$dir/build.ninja" ] || meson setup "$dir" -Dintrospection=disabled -Ddocumentation=disabled \
    -Dvapi=disabled -Db_lundef=false "$@" >/dev/null
  ninja -C "$dir" -j2 >/dev/null
}

# GLib 2.74 allocates GObjects from per-thread slabs, where a leaked object
# still looks reachable and a reused block looks like a race: plain malloc
# shows both to the sanitizers
export G_SLICE=always-malloc

if [ "$which" = all ] || [ "$which" = asan ]; then
  setup "${MUTUAL_ASAN_BUILD:-build-asan}" -Db_sanitize=address,undefined -Dc_args=-fno-sanitize-recover=all
  # halt on the first report; the slow unwinder lets the LeakSanitizer
  # suppressions (GLib's own) see frames inside GLib
  ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:fast_unwind_on_malloc=0" \
  LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0" \
  UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1" \
    meson test -C "${MUTUAL_ASAN_BUILD:-build-asan}" --suite c --print-errorlogs --num-processes 2 || status=1
fi

if [ "$which" = all ] || [ "$which" = tsan ]; then
  if command -v clang-14 >/dev/null; then
    CC=clang-14 setup "${MUTUAL_TSAN_BUILD:-build-tsan}" -Db_sanitize=thread
    TSAN_OPTIONS="halt_on_error=1:abort_on_error=1:suppressions=$PWD/tests/sanitizers/tsan.supp" \
      meson test -C "${MUTUAL_TSAN_BUILD:-build-tsan}" --suite c --print-errorlogs --num-processes 2 || status=1
  else
    echo "check-sanitizers: clang-14 not found, ThreadSanitizer run skipped"
  fi
fi
exit $status
