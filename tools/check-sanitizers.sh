#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Build libmutual with AddressSanitizer and UndefinedBehaviorSanitizer in
# build-asan/ and run the whole C test suite there (the GTest binaries and
# the fuzz targets' corpus replays). Any sanitizer report fails the run.
# Introspection is off in this build (the GIR scanner's dump program and
# Python/GJS would need the ASan runtime preloaded), so the Python, GJS and
# doc suites are not run here; ./setup.sh test runs them.
#   tools/check-sanitizers.sh            build and run
#   CC=clang-14 tools/check-sanitizers.sh   the same with clang
set -eu
cd "$(dirname "$0")/.."
build=${MUTUAL_ASAN_BUILD:-build-asan}

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" \
    -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args=-fno-sanitize-recover=all \
    -Dintrospection=disabled -Ddocumentation=disabled -Dvapi=disabled >/dev/null
fi
ninja -C "$build" -j2 >/dev/null

# halt on the first report of either sanitizer; LeakSanitizer is on, with
# the slow unwinder so that its suppressions see frames inside GLib
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:fast_unwind_on_malloc=0"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1"
# GLib 2.74 allocates GObjects from slabs, where a leaked object still
# looks reachable: plain malloc lets LeakSanitizer see it
export G_SLICE=always-malloc
exec meson test -C "$build" --suite c --print-errorlogs --num-processes 2 "$@"
