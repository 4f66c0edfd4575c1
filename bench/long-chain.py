#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Majority stakes down a long chain (bench/RESULTS.md): N companies, each
holding 90% of the next (a person holds the first, another 10% of every
tenth), and `mutual analyse FILE --company cN-1 --json` timed: building the
analysis (every company's majority stakes) and analysing the last company,
whose controllers are the whole chain.

    /usr/bin/python3 bench/long-chain.py build/tools/mutual/mutual 4000 20000
"""
import json
import os
import resource
import subprocess
import sys
import tempfile
import time


def chain(n):
    parties = [{"id": "p", "name": "P", "kind": "person"}, {"id": "q", "name": "Q", "kind": "person"}]
    parties += [{"id": f"c{i}", "name": "C", "kind": "company"} for i in range(n)]
    classes = [{"id": f"k{i}", "issuer": f"c{i}", "name": "O"} for i in range(n)]
    holdings = [{"holder": "p", "share_class": "k0", "count": 1}]
    for i in range(1, n):
        holdings.append({"holder": f"c{i - 1}", "share_class": f"k{i}", "count": 9})
        if i % 10 == 0:
            holdings.append({"holder": "q", "share_class": f"k{i}", "count": 1})
    return {"format": "libmutual-model", "version": 1, "parties": parties,
            "share_classes": classes, "holdings": holdings}


def main():
    cli = sys.argv[1]
    for n in map(int, sys.argv[2:]):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(chain(n), f)
        try:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.monotonic()
            subprocess.run([cli, "analyse", f.name, "--company", f"c{n - 1}", "--json"],
                           stdout=subprocess.DEVNULL, check=True)
            wall = time.monotonic() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            print(f"{n:>7} companies: {wall:6.2f} s wall, {cpu:6.2f} s CPU (user + sys), "
                  f"max RSS {after.ru_maxrss / 1024:.0f} MiB")
        finally:
            os.unlink(f.name)


if __name__ == "__main__":
    main()
