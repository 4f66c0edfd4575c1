#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Set up libmutual on Debian 12 and run it:
#   ./setup.sh demo    install what is needed, build, run `mutual` on the embedded example
#   ./setup.sh test    install what is needed, build, run every test suite
# Packages come from tools/debian-packages.txt; apt-get runs only when one is missing.
set -eu
cd "$(dirname "$0")"

packages=$(grep -v '^#' tools/debian-packages.txt | grep -v '^$' | tr '\n' ' ')

install_packages () {
  missing=""
  for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  echo "setup: installing$missing"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

build () {
  if [ -f build/build.ninja ]; then
    meson setup --reconfigure build >/dev/null
  else
    meson setup build >/dev/null
  fi
  ninja -C build
}

summary () {
  # one line with the totals of every suite, from meson's machine-readable logs
  /usr/bin/python3 - "$@" <<'PY'
import json, sys
counts = {"passed": 0, "failed": 0, "skipped": 0}
for path in sys.argv[1:]:
    with open(path) as log:
        for line in log:
            result = json.loads(line)["result"]
            if result in ("OK", "EXPECTEDFAIL"):
                counts["passed"] += 1
            elif result == "SKIP":
                counts["skipped"] += 1
            else:
                counts["failed"] += 1
print(f"{counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped")
PY
}

case "${1:-}" in
  demo)
    install_packages
    build >/dev/null
    ./build/tools/mutual/mutual analyse
    ;;
  test)
    install_packages
    build
    status=0
    meson test -C build --print-errorlogs --num-processes 2 || status=$?
    summary build/meson-logs/testlog.json
    exit $status
    ;;
  summary)
    # ./setup.sh summary LOG…: the totals of several test runs in one line
    shift
    summary "$@"
    ;;
  *)
    echo "usage: ./setup.sh demo|test" >&2
    exit 2
    ;;
esac
