# SPDX-License-Identifier: LGPL-2.1-or-later
import datetime
import fractions
import unittest

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import Mutual  # noqa: E402


class OverrideTest(unittest.TestCase):
    def test_override_is_loaded(self):
        # the override from bindings/python, not the bare typelib class
        self.assertEqual(Mutual.Model.__module__, "gi.overrides.Mutual")

    def test_model_views(self):
        model = Mutual.Model.new_from_example("mycsp-2012")
        self.assertEqual(model.date, datetime.date(2012, 5, 1))
        self.assertEqual(len(model.parties), 4)
        self.assertEqual(model.parties["equiniti"].props.name, "Equiniti Limited")
        self.assertEqual(model.holdings[("mycsp-trust", "mycsp-ordinary")].props.count, 25)
        self.assertIn("cabinet-office", model.parties)
        self.assertNotIn("nobody", model.parties)
        with self.assertRaises(KeyError):
            model.parties["nobody"]
        self.assertEqual(model.parties[-1].props.id, "mycsp-trust")
        self.assertIn("MyCSP", repr(model))
        self.assertIn("kind='public-body'", repr(model.parties["cabinet-office"]))

    def test_set_date_accepts_datetime(self):
        model = Mutual.Model.new()
        model.set_date(datetime.date(2015, 4, 1))
        self.assertEqual(model.props.date, "2015-04-01")
        self.assertEqual(model.date, datetime.date(2015, 4, 1))

    def test_fraction(self):
        quarter = Mutual.Fraction.new(25, 100)
        self.assertEqual(quarter.to_python(), fractions.Fraction(1, 4))
        self.assertEqual(float(quarter), 0.25)
        self.assertEqual(str(quarter), "25%")
        self.assertLess(quarter, Mutual.Fraction.new(250001, 1000000))
        self.assertEqual(quarter, fractions.Fraction(1, 4))
        self.assertEqual(repr(quarter), "<Mutual.Fraction 1/4>")

    def test_to_dict(self):
        model = Mutual.Model.new_from_example("3bm-2013")
        data = model.to_dict()
        self.assertEqual(data["format"], "libmutual-model")
        self.assertEqual({h["holder"]: h["count"] for h in data["holdings"]}, {"3bm-ebt": 751, "prospects": 249})

    def test_finding_to_dict(self):
        finding = Mutual.Finding(code="x.y", severity=Mutual.Severity.BREACH, citation="TUPE 2006 reg 11(6)",
                                 message="late", date="2014-05-01", ids=["a"], amount=50000)
        d = finding.to_dict()
        self.assertEqual(d["severity"], "breach")
        self.assertEqual(d["date"], datetime.date(2014, 5, 1))
        self.assertEqual(d["ids"], ["a"])


if __name__ == "__main__":
    unittest.main()
