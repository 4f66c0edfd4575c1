#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Voting power benchmark driver (issue 3).

Runs build/bench/voting-power (the C library through its public API, and the
same computation in extended precision), then, in the same run:

- exact Banzhaf indices of game A by counting coalitions with Python's
  arbitrary-precision integers (subset-sum counts truncated below the
  threshold, one party divided out per distinct weight), the reference the
  C figures are compared with;
- a pure-Python implementation of the library's own algorithm (grouped
  binomial taps, divide and conquer for Banzhaf, Gauss-Legendre quadrature
  for Shapley-Shubik) in floating point, timed: Banzhaf in full for game A,
  Shapley-Shubik on a few quadrature nodes, extrapolated to all of them.

Usage: /usr/bin/python3 bench/voting_power.py [BUILD_DIR] [--repeat N]
"""
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import time


def machine():
    model = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "load": os.getloadavg(),
        "python": platform.python_version(),
        "kernel": platform.release(),
    }


def groups_of(weights):
    counts = {}
    for w in weights:
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items())


# -- exact counting with Python integers -------------------------------------

def exact_banzhaf(weights, threshold):
    """Swing counts per distinct weight, exact. c[s] = coalitions of all
    parties weighing s (s < x); without one party of weight w,
    c'[s] = c[s] - c'[s - w]. x = min(T, T'): a swing and its complement
    among the others are counted on the shorter side."""
    total = sum(weights)
    x = min(threshold, total + 1 - threshold)
    c = [0] * x
    c[0] = 1
    for w in weights:
        for s in range(x - 1, w - 1, -1):
            c[s] += c[s - w]
    swings = {}
    for w, _ in groups_of(weights):
        without = [0] * x
        for s in range(x):
            without[s] = c[s] - (without[s - w] if s >= w else 0)
        swings[w] = sum(without[max(0, x - w):x])
    return swings


# -- the library's algorithm in pure Python, floating point --------------------

def taps(R, t):
    a, b = 1.0 - t, t
    return [math.comb(R, j) * a ** (R - j) * b ** j for j in range(R + 1)]


def apply(p, extent, w, count, t):
    """p <- p * ((1 - t) + t x^w)^count below len(p), R <= 8 parties a sweep."""
    n = len(p)
    while count > 0:
        R = 8 if count >= 8 else 4 if count >= 4 else 2 if count >= 2 else 1
        c = taps(R, t)
        grown = n if w >= n else min(n, extent + R * w)
        out = [0.0] * n
        for s in range(grown):
            v = c[0] * p[s]
            for j in range(1, R + 1):
                k = s - j * w
                if k < 0:
                    break
                v += c[j] * p[k]
            out[s] = v
        p, extent, count = out, grown, count - R
    return p, extent


def python_banzhaf(weights, threshold):
    groups = groups_of(weights)
    total = sum(weights)
    x = min(threshold, total + 1 - threshold)
    result = {}

    def split(lo, hi):
        allc = sum(m for _, m in groups[lo:hi])
        left, mid = groups[lo][1], lo + 1
        while mid < hi - 1 and 2 * (left + groups[mid][1]) <= allc:
            left += groups[mid][1]
            mid += 1
        if mid < hi - 1 and 2 * left < allc and allc - 2 * left > 2 * (left + groups[mid][1]) - allc:
            mid += 1
        return mid

    def rec(lo, hi, p, extent):
        if hi - lo == 1:
            w, m = groups[lo]
            q, e = apply(list(p), extent, w, m - 1, 0.5)
            result[w] = sum(q[max(0, x - w):min(x, e)])
            return
        mid = split(lo, hi)
        q, e = p, extent
        for w, m in groups[mid:hi]:
            q, e = apply(q, e, w, m, 0.5)
        rec(lo, mid, q, e)
        q, e = p, extent
        for w, m in groups[lo:mid]:
            q, e = apply(q, e, w, m, 0.5)
        rec(mid, hi, q, e)

    start = [0.0] * x
    start[0] = 1.0
    rec(0, len(groups), start, 1)
    return result


def sweep_elements(weights, threshold):
    """Array elements python_banzhaf (and the C library) sweeps: each sweep
    of up to 8 parties covers the weights reached so far."""
    groups = groups_of(weights)
    total = sum(weights)
    x = min(threshold, total + 1 - threshold)

    def grow(extent, w, count):
        swept = 0
        while count > 0:
            R = 8 if count >= 8 else 4 if count >= 4 else 2 if count >= 2 else 1
            extent = x if w >= x else min(x, extent + R * w)
            swept += extent
            count -= R
        return extent, swept

    def split(lo, hi):
        allc = sum(m for _, m in groups[lo:hi])
        left, mid = groups[lo][1], lo + 1
        while mid < hi - 1 and 2 * (left + groups[mid][1]) <= allc:
            left += groups[mid][1]
            mid += 1
        if mid < hi - 1 and 2 * left < allc and allc - 2 * left > 2 * (left + groups[mid][1]) - allc:
            mid += 1
        return mid

    def rec(lo, hi, extent):
        if hi - lo == 1:
            return grow(extent, groups[lo][0], groups[lo][1] - 1)[1]
        mid, swept = split(lo, hi), 0
        e = extent
        for w, m in groups[mid:hi]:
            e, k = grow(e, w, m)
            swept += k
        swept += rec(lo, mid, e)
        e = extent
        for w, m in groups[lo:mid]:
            e, k = grow(e, w, m)
            swept += k
        swept += rec(mid, hi, e)
        return swept

    return rec(0, len(groups), 1)


def gauss_legendre_nodes(n, how_many):
    """The first nodes t < 1/2 and weights of the n-point rule on [0, 1]."""
    out = []
    for k in range(how_many):
        theta = math.pi * (k + 0.75) / (n + 0.5)
        for _ in range(100):
            x, s = math.cos(theta), math.sin(theta)
            p0, p1 = 1.0, x
            for j in range(2, n + 1):
                p0, p1 = p1, ((2 * j - 1) * x * p1 - (j - 1) * p0) / j
            dp = n * (p0 - x * p1) / (s * s)
            delta = p1 / (s * dp)
            theta += delta
            if abs(delta) < 1e-16:
                break
        out.append((math.sin(theta / 2) ** 2, 1 / (math.sin(theta) ** 2 * dp * dp)))
    return out


def python_shapley_shubik_nodes(weights, threshold, nodes):
    """The contribution of the given node pairs (t, 1 - t) to every index."""
    groups = groups_of(weights)
    total = sum(weights)
    blocking = total + 1 - threshold
    n = max(threshold, blocking)
    ss = {w: 0.0 for w, _ in groups}
    for t, omega in nodes:
        p, extent = [0.0] * n, 1
        p[0] = 1.0
        for w, m in groups:
            p, extent = apply(p, extent, w, m, t)
        inv_a, r = 1 / (1 - t), t / (1 - t)
        for w, _ in groups:
            q = [0.0] * n
            for s in range(n):
                v = p[s] * inv_a - (r * q[s - w] if s >= w else 0.0)
                q[s] = v if v > 0 else 0.0
            here = sum(q[max(0, threshold - w):threshold]) + sum(q[max(0, blocking - w):blocking])
            ss[w] += omega * here
    return ss


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    repeat = "5"
    if "--repeat" in sys.argv:
        repeat = sys.argv[sys.argv.index("--repeat") + 1]
        args = [a for a in args if a != repeat]
    build = args[0] if args else os.path.join(os.path.dirname(__file__), "..", "build")
    exe = os.path.join(build, "bench", "voting-power")

    info = machine()
    print(f"machine: {info['cpu']}, {info['cores']} cores, load average {info['load'][0]:.1f}, "
          f"Python {info['python']}, Linux {info['kernel']}")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "voting-power.json")
        cmd = [exe, "--repeat", repeat, "--json", path]
        print("$", " ".join(cmd), flush=True)
        subprocess.run(cmd, check=True)
        with open(path) as f:
            games = {g["name"]: g for g in json.load(f)["games"]}

    a = games["A"]
    weights, threshold = a["weights"], a["threshold"]
    n = len(weights)

    print("\ngame A in Python")
    start = time.process_time()
    swings = exact_banzhaf(weights, threshold)
    exact_time = time.process_time() - start
    all_swings = sum(swings[w] for w in weights)
    # absolute index = swings / 2^(n-1), as an exact ratio rounded once
    diff_norm = max(abs(a["banzhaf"][i] - swings[w] / all_swings) for i, w in enumerate(weights))
    diff_abs = max(abs(a["absolute_banzhaf"][i] / (swings[w] / 2 ** (n - 1)) - 1)
                   for i, w in enumerate(weights) if swings[w])
    print(f"  exact Banzhaf (Python integers): {exact_time:.2f} s CPU; C library against it: "
          f"max |diff| normalised {diff_norm:.3g}, max relative diff absolute {diff_abs:.3g}")

    start = time.process_time()
    pb = python_banzhaf(weights, threshold)
    py_banzhaf_time = time.process_time() - start
    py_sum = sum(pb[w] for w in weights)
    diff_py = max(abs(a["banzhaf"][i] - pb[w] / py_sum) for i, w in enumerate(weights))
    print(f"  pure-Python Banzhaf, the library's algorithm: {py_banzhaf_time:.2f} s CPU "
          f"(C: {a['cpu_seconds_banzhaf_alone']:.4f} s CPU; {a['cpu_seconds_median']:.3f} s for both indices); "
          f"max |diff| from C {diff_py:.3g}")

    n_nodes = (n + 1) // 2
    pairs = (n_nodes + 1) // 2
    sample = 2
    nodes = gauss_legendre_nodes(n_nodes, sample)
    start = time.process_time()
    python_shapley_shubik_nodes(weights, threshold, nodes)
    per_pair = (time.process_time() - start) / sample
    print(f"  pure-Python Shapley-Shubik, the library's algorithm: {per_pair:.2f} s CPU per node pair, "
          f"{pairs} pairs: about {per_pair * pairs:.0f} s (extrapolated from {sample} pairs)")

    b = games["B"]
    print("\ngame B in Python")
    wb, tb = b["weights"], b["threshold"]
    xb = min(tb, sum(wb) + 1 - tb)
    # time one sweep of 8 parties over the full array in pure Python, and
    # count the elements the divide and conquer sweeps (the same extents as
    # python_banzhaf, without the arithmetic)
    p = [1.0 / xb] * xb
    start = time.process_time()
    apply(p, xb, 10, 8, 0.5)
    per_element = (time.process_time() - start) / xb
    elements = sweep_elements(wb, tb)
    print(f"  pure-Python sweep of 8 parties: {per_element * xb:.3f} s CPU over {xb} weights; "
          f"the divide and conquer sweeps {elements:.3g} elements: about {per_element * elements / 60:.0f} min "
          f"(C: {b['cpu_seconds_median']:.3f} s CPU)")
    print("\nC against extended precision:")
    for g in (a, b):
        print(f"  game {g['name']}: max |diff| Banzhaf {g['max_diff_extended_banzhaf']:.3g}, "
              f"max relative diff absolute Banzhaf {g['max_rel_diff_extended_absolute_banzhaf']:.3g}, "
              f"max |diff| Shapley-Shubik {g['max_diff_extended_shapley_shubik']:.3g}")
        sums = f"Banzhaf {math.fsum(g['banzhaf']) - 1:+.2g}"
        if g["shapley_shubik_computed"]:
            sums += f", Shapley-Shubik {math.fsum(g['shapley_shubik']) - 1:+.2g}"
        print(f"    exact sums of the doubles, minus 1: {sums}")


if __name__ == "__main__":
    main()
