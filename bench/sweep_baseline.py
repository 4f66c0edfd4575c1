#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Sweep benchmark (bench/RESULTS.md, section "Scenarios").

N single-event scenarios on a co-operative of P parties, each followed by
control and PSC analysis of the mutual: once with libmutual's MutualSweep
(one call from Python, every core) and once in plain Python over dicts, in
the same run, with the results compared row by row.

The plain-Python version is written as a competent analyst would: the
model in dicts, a shallow copy of the holdings per scenario, exact
integer arithmetic (cross-multiplication, no floats, no Fraction objects),
votes attributed up majority-stake chains (Companies Act 2006 Sch 1A
para 18), the same thresholds (ordinary > 1/2, special >= 3/4, block
special > 1/4; PSC bands > 25%, > 50%, >= 75%), trusts registrable only
through their trustees, and relevant legal entities cutting off the
parties above them.

    bench/sweep_baseline.py [--runs 10000] [--parties 1000]
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import Mutual  # noqa: E402


def cpu():
    """CPU time of this process, every thread, user and system."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime

BUILD = os.environ.get("MUTUAL_BUILD_ROOT", os.path.join(os.path.dirname(__file__), "..", "build"))


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    parties = {p["id"]: p for p in data.get("parties", [])}
    classes = {c["id"]: c for c in data.get("share_classes", [])}
    holdings = {(h["holder"], h["share_class"]): h["count"] for h in data.get("holdings", [])}
    return parties, classes, holdings


def transfer(holdings, frm, to, klass, count):
    held = holdings.get((frm, klass), 0)
    if held < count:
        raise ValueError(f"“{frm}” holds {held} shares of “{klass}”, fewer than the {count} it would give up")
    out = dict(holdings)
    if held == count:
        del out[(frm, klass)]
    else:
        out[(frm, klass)] = held - count
    out[(to, klass)] = out.get((to, klass), 0) + count
    return out


def analyse(parties, classes, holdings, company):
    """(ordinary deciders, PSC entries) of company, like MutualAnalysis."""
    # votes and nominal capital per holder, per issuing company
    votes, nominal = {}, {}
    for (holder, klass), count in holdings.items():
        c = classes[klass]
        issuer = c["issuer"]
        v = votes.setdefault(issuer, {})
        v[holder] = v.get(holder, 0) + count * c.get("votes_per_share", 1)
        n = nominal.setdefault(issuer, {})
        n[holder] = n.get(holder, 0) + count * c.get("nominal_value", 100)
    # majority stakes: who controls each entity directly
    controlled_by = {}
    for issuer, by_holder in votes.items():
        total = sum(by_holder.values())
        for holder, v in by_holder.items():
            if 2 * v > total:
                controlled_by.setdefault(issuer, []).append(holder)

    def controllers(party):
        seen, stack = [], [party]
        while stack:
            p = stack.pop()
            for c in controlled_by.get(p, ()):
                if c not in seen and c != party:
                    seen.append(c)
                    stack.append(c)
        return seen

    def attribute(by_holder):
        out = {}
        for holder, x in by_holder.items():
            out[holder] = out.get(holder, 0) + x
            for c in controllers(holder):
                if c != company:
                    out[c] = out.get(c, 0) + x
        return out

    v_of = votes.get(company, {})
    n_of = nominal.get(company, {})
    total_v = sum(v_of.values())
    total_n = sum(n_of.values())
    av = attribute(v_of)
    an = attribute(n_of)
    ordinary = sorted(p for p, v in av.items() if 2 * v > total_v)

    def band(x, total):
        if 4 * x >= 3 * total:
            return "75-to-100"
        if 2 * x > total:
            return "50-to-75"
        if 4 * x > total:
            return "25-to-50"
        return None

    registrable = {}
    for p in set(av) | set(an):
        kind = parties[p]["kind"]
        if kind in ("employee-ownership-trust", "employee-benefit-trust", "trust"):
            continue          # trusts are registered through their trustees
        natures = []
        b = band(an.get(p, 0), total_n) if total_n else None
        if b:
            natures.append(f"ownership-of-shares-{b}-percent")
        b = band(av.get(p, 0), total_v) if total_v else None
        if b:
            natures.append(f"voting-rights-{b}-percent")
        if natures:
            registrable[p] = natures
    # relevant legal entities cut off the parties above them
    for p in list(registrable):
        for c in controllers(p):
            if c in registrable and parties[p].get("keeps_psc_register"):
                registrable.pop(c, None)
    return ordinary, registrable


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10000)
    parser.add_argument("--parties", type=int, default=1000)
    parser.add_argument("--threads", type=int, default=0)
    args = parser.parse_args()
    load_before = os.getloadavg()

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "coop.json")
        subprocess.run([os.path.join(BUILD, "bench", "bench-scenario"), "sweep", "--runs", "1",
                        "--parties", str(args.parties), "--save-model", path], check=True, capture_output=True)
        model = Mutual.Model.new_from_file(path)
        parties, classes, holdings = load(path)

    # libmutual: one call, every core
    sweep = Mutual.Sweep.new(model)
    sweep.set_n_threads(args.threads)
    sweep.add_event(Mutual.TransferSharesEvent(date="2020-01-01", transferor="partner", transferee="trust",
                                               share_class="ord", count=1))
    sweep.bind(0, "count", "${n}")
    sweep.add_range("n", 4, 4 * args.runs, 4)
    sweep.add_metric("ordinary=control:mutual:ordinary")
    sweep.add_metric("pscs=pscs:mutual")
    # the rows as dicts, as Sweep.rows() in the Python override reads them
    # (the override is not on this script's path)
    c0, t0 = cpu(), time.perf_counter()
    text = sweep.run_to_json(None)
    c1, t1 = cpu(), time.perf_counter()
    rows = json.loads(text)
    c2, t2 = cpu(), time.perf_counter()
    t_lib, c_lib = t2 - t0, c2 - c0
    t_run, t_rows, c_rows = t1 - t0, t2 - t1, c2 - c1
    # run() and GLib.Variant.unpack() give the same rows, more slowly: run
    # again for the figure
    c3, t3 = cpu(), time.perf_counter()
    unpacked = sweep.run(None).unpack()
    t_unpacked, c_unpacked = time.perf_counter() - t3, cpu() - c3
    assert unpacked == rows

    # plain Python over dicts
    c0, t0 = cpu(), time.perf_counter()
    baseline = []
    for i in range(args.runs):
        n = 4 * (i + 1)
        try:
            after = transfer(holdings, "partner", "trust", "ord", n)
        except ValueError as e:
            baseline.append({"n": n, "error": str(e)})
            continue
        ordinary, registrable = analyse(parties, classes, after, "mutual")
        baseline.append({"n": n, "ordinary": ",".join(ordinary), "pscs": registrable})
    t_py, c_py = time.perf_counter() - t0, cpu() - c0

    # the same answers
    mismatches = 0
    for row, base in zip(rows, baseline):
        if ("error" in base) != bool(row["error"]):
            mismatches += 1
        elif "error" not in base:
            if row["ordinary"] != base["ordinary"] or sorted(filter(None, row["pscs"].split(","))) != sorted(base["pscs"]):
                mismatches += 1
    print(f"runs: {args.runs} single-event scenarios on {args.parties} parties, control + PSC of the mutual")
    print(f"load average before: {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}; after: "
          + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    print(f"libmutual MutualSweep ({sweep.get_n_threads() or os.cpu_count()} threads): {t_lib:.3f} s "
          f"({t_lib / args.runs * 1e6:.1f} µs a run; run_to_json() {t_run:.3f} s, json.loads() {t_rows:.3f} s, CPU {c_rows:.3f} s); "
          f"CPU {c_lib:.3f} s ({c_lib / args.runs * 1e6:.1f} µs a run)")
    print(f"  (run() and GLib.Variant.unpack() instead: {t_unpacked:.3f} s, CPU {c_unpacked:.3f} s)")
    print(f"plain Python over dicts:      {t_py:.3f} s ({t_py / args.runs * 1e6:.1f} µs a run); "
          f"CPU {c_py:.3f} s ({c_py / args.runs * 1e6:.1f} µs a run)")
    print(f"ratio: {t_py / t_lib:.1f}x wall, {c_py / c_lib:.1f}x CPU; "
          f"with run().unpack(): {t_py / t_unpacked:.1f}x wall; rows that differ: {mismatches}")
    return 0 if mismatches == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
