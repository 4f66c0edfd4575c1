# SPDX-License-Identifier: LGPL-2.1-or-later
import os
import tempfile
import unittest

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import GLib, Mutual  # noqa: E402

SOURCE_ROOT = os.environ.get("MUTUAL_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "..", ".."))
EXAMPLES = os.path.join(SOURCE_ROOT, "examples", "models")


class ModelTest(unittest.TestCase):
    def load(self, name):
        return Mutual.Model.new_from_file(os.path.join(EXAMPLES, name + ".json"))

    def test_mycsp_parties_and_holdings(self):
        model = self.load("mycsp-2012")
        parties = {p.props.id: p for p in model.get_parties()}
        self.assertEqual(set(parties), {"mycsp", "cabinet-office", "equiniti", "mycsp-trust"})
        self.assertEqual(parties["mycsp-trust"].props.kind, Mutual.PartyKind.EMPLOYEE_BENEFIT_TRUST)
        holdings = {h.props.holder: h.props.count for h in model.get_holdings()}
        self.assertEqual(holdings, {"cabinet-office": 35, "equiniti": 40, "mycsp-trust": 25})

    def test_save_and_load_back(self):
        model = self.load("mycsp-2012")
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "copy.json")
            model.save_to_file(path)
            again = Mutual.Model.new_from_file(path)
        for getter in ("get_parties", "get_share_classes", "get_holdings", "get_board_rights"):
            before = [self.props_of(item) for item in getattr(model, getter)()]
            after = [self.props_of(item) for item in getattr(again, getter)()]
            self.assertEqual(before, after, getter)
            self.assertTrue(before)
        self.assertEqual(model.props.date, again.props.date)
        self.assertEqual(list(model.props.sources), list(again.props.sources))

    @staticmethod
    def props_of(item):
        return {spec.name: item.get_property(spec.name) for spec in item.list_properties()}

    def test_build_in_code(self):
        model = Mutual.Model.new()
        model.add_party(Mutual.Party.new("co", "Co Ltd", Mutual.PartyKind.COMPANY))
        model.add_party(Mutual.Party(id="eot", name="Staff EOT", kind=Mutual.PartyKind.EMPLOYEE_OWNERSHIP_TRUST))
        model.add_share_class(Mutual.ShareClass(id="ord", issuer="co", name="Ordinary", votes_per_share=2))
        model.set_holding("eot", "ord", 51)
        model.validate()
        self.assertEqual(model.lookup_holding("eot", "ord").props.count, 51)
        self.assertEqual(model.lookup_share_class("ord").props.votes_per_share, 2)
        self.assertIsNone(model.lookup_party("nobody"))

    def test_bad_files_name_the_path(self):
        cases = {
            b'{"format": ': "not valid JSON",
            b'{"format":"libmutual-model","version":1,"holdings":[{"holder":"x","share_class":"y","count":-1}]}':
                "holdings[0].count: must not be negative",
            b'{"format":"libmutual-model","version":1,"parties":[{"id":"a","kind":"company"}]}':
                "parties[0].name: is required",
            b'{"format":"libmutual-model","version":1,"parties":[{"id":"a","name":"A","kind":"company"}],'
            b'"board_rights":[{"appointer":"ghost","company":"a"}]}':
                "board_rights[0].appointer: no party \u201cghost\u201d",
        }
        for data, message in cases.items():
            with self.assertRaises(GLib.Error) as caught:
                Mutual.Model.new_from_data(data)
            self.assertTrue(caught.exception.matches(Mutual.error_quark(), caught.exception.code))
            self.assertIn(message, caught.exception.message)

    def test_unknown_id_error_code(self):
        with self.assertRaises(GLib.Error) as caught:
            Mutual.Model.new_from_example("atlantis")
        self.assertEqual(caught.exception.code, Mutual.Error.UNKNOWN_ID)

    def test_fraction(self):
        quarter = Mutual.Fraction.new(25, 100)
        self.assertEqual((quarter.numerator, quarter.denominator), (1, 4))
        self.assertEqual(quarter.compare_ratio(1, 4), 0)
        self.assertGreater(Mutual.Fraction.new(250001, 1000000).compare_ratio(1, 4), 0)
        self.assertEqual(Mutual.Fraction.new_parse("75.1%").to_string(), "751/1000")

    def test_examples_listed(self):
        self.assertEqual(Mutual.Model.list_examples(), ["3bm-2013", "mycsp-2012", "mycsp-2014"])


if __name__ == "__main__":
    unittest.main()
