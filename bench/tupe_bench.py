#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""TUPE from Python: libmutual's bulk calls against what a Python user would
write otherwise, on the same 100,000-person staff list.

Run against the build tree:
  GI_TYPELIB_PATH=build/libmutual LD_LIBRARY_PATH=build/libmutual /usr/bin/python3 bench/tupe_bench.py
"""
import csv
import os
import random
import sys
import tempfile
import time

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import Mutual  # noqa: E402

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
RUNS = 3


def best(fn):
    times = []
    for _ in range(RUNS):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def write_csv(path):
    rng = random.Random(2013)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "employer", "grouping", "started", "born", "weekly_pay", "hours", "pension_scheme"])
        for i in range(N):
            by = rng.randrange(1950, 1995)
            w.writerow(["E%06d" % i, "Employee %d, role %d" % (i, i % 17), ("lbhf", "rbkc", "wcc")[i % 3],
                        "schools-support", "%02d/%02d/%04d" % (rng.randrange(1, 29), rng.randrange(1, 13), min(by + rng.randrange(18, 40), 2012)),
                        "%04d-%02d-%02d" % (by, rng.randrange(1, 13), rng.randrange(1, 29)),
                        "%d.%02d" % (rng.randrange(300, 1200), rng.randrange(100)), "36", "lgps"])


def base_model():
    model = Mutual.Model.new_from_example("3bm-2013")
    for m in list(model.get_staff()):
        model.remove_staff_member(m.props.id)
    return model


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "staff.csv")
        write_csv(path)

        def python_csv():
            with open(path, newline="", encoding="utf-8") as f:
                return sum(1 for _ in csv.DictReader(f))

        t_py, _ = best(python_csv)

        def libmutual_csv():
            model = base_model()
            model.add_staff_from_csv_file(path)
            return model

        t_lib, model = best(libmutual_csv)
        print("%d rows" % N)
        print("CSV: Python csv.DictReader, parse only        %7.1f ms" % (t_py * 1000))
        print("CSV: Model.add_staff_from_csv_file (objects)  %7.1f ms" % (t_lib * 1000))

        analysis = Mutual.TransferAnalysis.new(model, "3bm-2013")

        def bulk():
            a = Mutual.TransferAnalysis.new(model, "3bm-2013")
            a.check(None)
            liabilities = a.compute_liabilities("2024-04-06")
            return list(liabilities.get_redundancy_pay())

        t_bulk, pays = best(bulk)
        print("Bulk: scope + check + compute_liabilities     %7.1f ms  (%d employees)" % (t_bulk * 1000, len(pays)))

        staff = list(analysis.get_transferring())
        sample = staff[:10000]

        def per_record():
            gb = Mutual.Jurisdiction.GREAT_BRITAIN
            return [Mutual.RedundancyPay.compute(m.props.born, m.props.started, "2024-04-06", m.props.weekly_pay, gb).props.pence
                    for m in sample]

        t_each, each = best(per_record)
        assert each == pays[:len(sample)], "per-record and bulk figures differ"
        print("Per record: RedundancyPay.compute x %d       %7.1f ms  (x %.1f for %d: %.0f ms)"
              % (len(sample), t_each * 1000, len(staff) / len(sample), len(staff), t_each * 1000 * len(staff) / len(sample)))


if __name__ == "__main__":
    main()
