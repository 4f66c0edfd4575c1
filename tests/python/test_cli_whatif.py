# SPDX-License-Identifier: LGPL-2.1-or-later
"""`mutual whatif` and `mutual diff`: what people read, what scripts parse."""
import csv
import io
import json
import os
import subprocess
import tempfile
import unittest

CLI = os.environ.get("MUTUAL_CLI", "build/tools/mutual/mutual")
SOURCE_ROOT = os.environ.get("MUTUAL_SOURCE_ROOT", ".")
MODELS = os.path.join(SOURCE_ROOT, "examples", "models")
SCENARIOS = os.path.join(SOURCE_ROOT, "examples", "scenarios")


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=60)


class WhatifTest(unittest.TestCase):
    def test_text(self):
        result = run("whatif", os.path.join(SCENARIOS, "mycsp-2014-sale.json"))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("oct-2014-sale", result.stdout)
        self.assertIn("equiniti moves from the 25-to-50 to the 50-to-75 band", result.stdout)
        self.assertIn("equiniti can now pass an ordinary resolution", result.stdout)

    def test_json_and_output_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "final.json")
            result = run("whatif", os.path.join(SCENARIOS, "mycsp-2014-sale.json"), "--json", "-o", out)
            self.assertEqual(result.returncode, 0, result.stderr)
            data = json.loads(result.stdout)
            self.assertFalse(data["equal"])
            self.assertEqual([e["id"] for e in data["events"]], ["oct-2014-sale"])
            kinds = {c["kind"] for c in data["changes"]}
            self.assertTrue({"holding", "control", "psc-changed"} <= kinds, kinds)
            same = run("diff", out, os.path.join(MODELS, "mycsp-2014.json"), "--json")
            self.assertEqual(same.returncode, 0, same.stderr)
            self.assertTrue(json.loads(same.stdout)["equal"])

    def test_at_date_with_model(self):
        result = run("whatif", os.path.join(MODELS, "3bm-2013.json"), os.path.join(SCENARIOS, "3bm-staff-issue.json"),
                     "--at", "2015-12-31", "--csv")
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        employees = [r for r in rows if r["measure"] == "employee-interest"]
        self.assertEqual(len(employees), 1)
        self.assertEqual(employees[0]["before"], "75.1%")
        self.assertAlmostEqual(float(employees[0]["after_value"]), 851 / 1100)

    def test_bad_scenario_exit_status(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump({"format": "libmutual-scenario", "version": 1, "base": "mycsp-2012",
                       "events": [{"type": "transfer-shares", "id": "too-many", "date": "2015-01-01",
                                   "transferor": "equiniti", "transferee": "mycsp-trust",
                                   "share_class": "mycsp-ordinary", "count": 41}]}, f)
        try:
            result = run("whatif", f.name)
        finally:
            os.unlink(f.name)
        self.assertEqual(result.returncode, 3)
        self.assertIn("events[0] “too-many” (transfer-shares, 2015-01-01)", result.stderr)
        self.assertIn("holds 40 shares", result.stderr)
        self.assertEqual(run("whatif").returncode, 2)

    def test_diff_text(self):
        result = run("diff", os.path.join(MODELS, "mycsp-2012.json"), os.path.join(MODELS, "mycsp-2014.json"))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("different", result.stdout)
        self.assertIn("equiniti: 40 → 51 shares", result.stdout)
        self.assertEqual(run("diff", os.path.join(MODELS, "mycsp-2012.json")).returncode, 2)


if __name__ == "__main__":
    unittest.main()
