# SPDX-License-Identifier: LGPL-2.1-or-later
"""The mutual command: output a person reads, exit statuses scripts rely on."""
import json
import os
import subprocess
import tempfile
import unittest

CLI = os.environ.get("MUTUAL_CLI", "build/tools/mutual/mutual")
SOURCE_ROOT = os.environ.get("MUTUAL_SOURCE_ROOT", ".")


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=60)


class CliTest(unittest.TestCase):
    def test_show_embedded_example(self):
        result = run("show")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("3BM", result.stdout)
        self.assertIn("75.1%", result.stdout)
        self.assertIn("24.9%", result.stdout)

    def test_show_json_round_trips(self):
        result = run("show", "--json", os.path.join(SOURCE_ROOT, "examples", "models", "mycsp-2012.json"))
        self.assertEqual(result.returncode, 0, result.stderr)
        data = json.loads(result.stdout)
        self.assertEqual({h["holder"]: h["count"] for h in data["holdings"]},
                         {"cabinet-office": 35, "equiniti": 40, "mycsp-trust": 25})

    def test_validate(self):
        good = os.path.join(SOURCE_ROOT, "examples", "models", "mycsp-2014.json")
        result = run("validate", good)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("valid", result.stdout)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            f.write('{"format":"libmutual-model","version":1,"holdings":[{"holder":"a","share_class":"b","count":-3}]}')
        try:
            result = run("validate", f.name)
        finally:
            os.unlink(f.name)
        self.assertEqual(result.returncode, 3)
        self.assertIn("holdings[0].count: must not be negative", result.stderr)

    def test_examples(self):
        result = run("examples")
        self.assertEqual(result.returncode, 0)
        self.assertEqual([line.split()[0] for line in result.stdout.splitlines()],
                         ["3bm-2013", "mycsp-2012", "mycsp-2014"])
        dumped = run("examples", "--dump", "mycsp-2014")
        self.assertEqual(json.loads(dumped.stdout)["date"], "2014-10-31")
        self.assertEqual(run("examples", "--dump", "atlantis").returncode, 2)

    def test_usage_errors(self):
        self.assertEqual(run().returncode, 2)
        self.assertEqual(run("frobnicate").returncode, 2)
        self.assertEqual(run("show", "--no-such-option").returncode, 2)
        self.assertEqual(run("validate").returncode, 2)
        self.assertEqual(run("--help").returncode, 0)
        self.assertEqual(run("show", "/nonexistent.json").returncode, 3)


if __name__ == "__main__":
    unittest.main()
