# SPDX-License-Identifier: LGPL-2.1-or-later
"""The JSON Schema in docs/model.schema.json documents what the library reads
and writes: every example and every saved model validates, and files the
library rejects for their shape are rejected by the schema too."""
import json
import os
import unittest

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import GLib, Mutual  # noqa: E402

try:
    import jsonschema
except ImportError:  # pragma: no cover - the set-up installs python3-jsonschema
    jsonschema = None

SOURCE_ROOT = os.environ.get("MUTUAL_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "..", ".."))


@unittest.skipIf(jsonschema is None, "python3-jsonschema is not installed")
class SchemaTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(os.path.join(SOURCE_ROOT, "docs", "model.schema.json"), encoding="utf-8") as f:
            cls.schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(cls.schema)
        cls.validator = jsonschema.Draft202012Validator(cls.schema)

    def test_examples_validate(self):
        folder = os.path.join(SOURCE_ROOT, "examples", "models")
        names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
        self.assertTrue(names)
        for name in names:
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                self.validator.validate(json.load(f))

    def test_saved_models_validate(self):
        for name in Mutual.Model.list_examples():
            model = Mutual.Model.new_from_example(name)
            data, _length = model.to_data()
            self.validator.validate(json.loads(data))

    def test_rejected_by_both(self):
        base = {"format": "libmutual-model", "version": 1,
                "parties": [{"id": "co", "name": "Co", "kind": "company"}],
                "share_classes": [{"id": "ord", "issuer": "co", "name": "Ordinary"}]}
        bad = [
            dict(base, holdings=[{"holder": "co", "share_class": "ord", "count": -1}]),
            dict(base, holdings=[{"holder": "co", "share_class": "ord"}]),
            dict(base, parties=[{"id": "co", "name": "Co", "kind": "llama"}]),
            dict(base, extra=True),
            dict(base, date="2012-13-01"),
            dict(base, agreement_rights=[{"holder": "co", "company": "co", "dimension": "profits", "share": "half"}]),
        ]
        for doc in bad:
            with self.subTest(doc=doc):
                self.assertFalse(self.validator.is_valid(doc))
                with self.assertRaises(GLib.Error):
                    Mutual.Model.new_from_data(json.dumps(doc).encode())


if __name__ == "__main__":
    unittest.main()
