#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Fuzz one target with libFuzzer for a set time:
#   tests/fuzz/run.sh TARGET SECONDS [libFuzzer options...]
#   tests/fuzz/run.sh list
# Builds build-fuzz/ with clang-14, libFuzzer, ASan and UBSan on first use
# (Debian: clang-14 libfuzzer-14-dev libclang-rt-14-dev). The growing
# corpus is build-fuzz/corpus/TARGET (seeded from tests/fuzz/corpus/TARGET
# and the seed folders in targets.txt); inputs that fail are written to
# build-fuzz/artifacts/TARGET/. Copy a failing input into
# tests/fuzz/corpus/TARGET/ once it is fixed, so `meson test` replays it.
set -eu
cd "$(dirname "$0")/../.."
build=${MUTUAL_FUZZ_BUILD:-build-fuzz}

targets () {
  grep -v '^#' tests/fuzz/targets.txt | awk 'NF { print $1 }'
}

if [ "${1:-}" = list ]; then
  targets
  exit 0
fi
if [ $# -lt 2 ]; then
  echo "usage: tests/fuzz/run.sh TARGET SECONDS [libFuzzer options...] | list" >&2
  exit 2
fi
target=$1
seconds=$2
shift 2
if ! targets | grep -qx "$target"; then
  echo "run.sh: no target '$target'; the targets are: $(targets | tr '\n' ' ')" >&2
  exit 2
fi

if [ ! -f "$build/build.ninja" ]; then
  CC=${CC:-clang-14} meson setup "$build" \
    -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args='-fsanitize=fuzzer-no-link -fno-sanitize-recover=undefined' \
    -Dintrospection=disabled -Ddocumentation=disabled -Dvapi=disabled
fi
nice ninja -C "$build" -j1 "tests/fuzz/fuzz-$target"

seeds=$(grep -v '^#' tests/fuzz/targets.txt | awk -v t="$target" '$1 == t { for (i = 2; i <= NF; i++) print $i }')
corpus="$build/corpus/$target"
artifacts="$build/artifacts/$target/"
mkdir -p "$corpus" "$artifacts"
dict=""
[ -f "tests/fuzz/$target.dict" ] && dict="-dict=tests/fuzz/$target.dict"

log="$build/fuzz-$target.log"
echo "fuzzing $target for $seconds s; log in $log"
status=0
ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1} \
UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1} \
  nice "$build/tests/fuzz/fuzz-$target" $dict \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$artifacts" "$@" \
    "$corpus" "tests/fuzz/corpus/$target" $seeds >"$log" 2>&1 || status=$?
grep -E '^Done|stat::number_of_executed_units|stat::peak_rss_mb|cov: ' "$log" | tail -4
[ $status -eq 0 ] || { echo "run.sh: $target failed (status $status); see $log and $artifacts"; tail -40 "$log"; }
exit $status
