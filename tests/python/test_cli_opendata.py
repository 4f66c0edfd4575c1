# SPDX-License-Identifier: LGPL-2.1-or-later
"""The mutual command's open-data commands: import, export, diagram, report."""
import json
import os
import subprocess
import tempfile
import unittest

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import Mutual  # noqa: E402

CLI = os.environ.get("MUTUAL_CLI", "build/tools/mutual/mutual")
SHARED = os.environ.get("MUTUAL_SHARED_DATA", "")
BODS_EXAMPLES = os.path.join(SHARED, "bods", "0.4", "examples")


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120)


class ImportExportTest(unittest.TestCase):
    @unittest.skipUnless(os.path.isdir(BODS_EXAMPLES), "the shared BODS 0.4 data (MUTUAL_SHARED_DATA) is absent")
    def test_import_bods(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "model.json")
            result = run("import", "--from", "bods", os.path.join(BODS_EXAMPLES, "bods-package-fi-soe.json"), "-o", out)
            self.assertEqual(result.returncode, 0, result.stderr)
            model = Mutual.Model.new_from_file(out)
            self.assertEqual(model.lookup_holding("0199c515a699", "19f1c5afe9d7#bods-ordinary").props.count, 153)

    def test_import_errors(self):
        with tempfile.TemporaryDirectory() as tmp:
            bad = os.path.join(tmp, "bad.json")
            with open(bad, "w") as f:
                json.dump([{"statementId": "x" * 32, "recordId": "r", "recordType": "relationship",
                            "recordStatus": "new", "statementDate": "2020-01-01", "declarationSubject": "s",
                            "recordDetails": {"isComponent": False, "subject": "s", "interestedParty": "p"}}], f)
            result = run("import", "--from", "bods", bad, "-o", os.path.join(tmp, "m.json"))
            self.assertEqual(result.returncode, 3)
            self.assertIn("“s”", result.stderr)
            self.assertEqual(run("import", "--from", "xml", bad).returncode, 2)
            fragment = run("import", "--from", "bods", "--fragment", bad)
            self.assertEqual(fragment.returncode, 0, fragment.stderr)
            self.assertIn("bods.reference.external", fragment.stderr)

    @unittest.skipUnless(os.path.isdir(os.path.join(SHARED, "ocf")), "the shared OCF data is absent")
    def test_import_ocf(self):
        manifest = os.path.join(SHARED, "ocf", "v1.2.0", "tutorials", "options", "samples", "Manifest.ocf.json")
        result = run("import", "--from", "ocf", manifest)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("ocf.security.dangling", result.stderr)
        holdings = json.loads(result.stdout)["holdings"]
        self.assertEqual(sum(h["count"] for h in holdings), 30000)

    def test_export_bods_reads_back(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "mycsp.bods.json")
            result = run("export", "--to", "bods", "-o", out)
            self.assertEqual(result.returncode, 0, result.stderr)
            package = Mutual.BodsPackage.new_from_file(out, Mutual.BodsReadFlags.NONE)
            model = package.get_model()
            self.assertEqual(model.lookup_holding("3bm-ebt", "3bm#bods-ordinary").props.count, 751)
            self.assertEqual(run("export", "--to", "csv").returncode, 2)


if __name__ == "__main__":
    unittest.main()
