#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# The whole C test suite (GTest binaries and fuzz corpus replays) under
# valgrind memcheck, in the normal build: no invalid reads or writes, no
# definite or indirect leaks (see the 'valgrind' setup in tests/meson.build).
#   tools/check-valgrind.sh [meson test options]
set -eu
cd "$(dirname "$0")/.."
build=${MUTUAL_BUILD:-build}
[ -f "$build/build.ninja" ] || meson setup "$build" >/dev/null
ninja -C "$build" -j2 >/dev/null
exec meson test -C "$build" --setup valgrind --suite c --print-errorlogs --num-processes 2 "$@"
