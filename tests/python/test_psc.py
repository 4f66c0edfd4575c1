# SPDX-License-Identifier: LGPL-2.1-or-later
"""UK PSC natures of control and the Companies House bulk snapshot."""
import glob
import json
import os
import re
import unittest
from fractions import Fraction

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import Mutual  # noqa: E402

SHARED = os.environ.get("MUTUAL_SHARED_DATA", "")
PSC = os.path.join(SHARED, "psc")
NEEDS_SHARED = unittest.skipUnless(os.path.isdir(PSC), "the shared PSC data (MUTUAL_SHARED_DATA) is absent")
F = Mutual.Fraction.new
code_for = Mutual.PscNature.code_for


def frac(f):
    return None if f is None else Fraction(f.numerator, f.denominator)


class NatureTest(unittest.TestCase):
    @NEEDS_SHARED
    def test_every_published_code_is_known(self):
        with open(os.path.join(PSC, "psc_descriptions.yml")) as f:
            text = f.read().split("short_description:")[0]
        codes = re.findall(r"^    '([a-z0-9-]+)' :", text, re.M)
        self.assertEqual(len(codes), 86)
        for code in codes:
            with self.subTest(code=code):
                nature = Mutual.PscNature.lookup(code)
                self.assertIsNotNone(nature)
                self.assertEqual(nature.props.code, code)
                self.assertTrue(nature.props.citation)

    def test_bands_at_their_boundaries(self):
        shares = Mutual.PscDimension.SHARES
        direct = Mutual.PscCapacity.DIRECT
        self.assertIsNone(code_for(shares, F(1, 4), direct))           # exactly 25%: not more than 25%
        self.assertEqual(code_for(shares, F(250001, 1000000), direct), "ownership-of-shares-25-to-50-percent")
        self.assertEqual(code_for(shares, F(1, 2), direct), "ownership-of-shares-25-to-50-percent")
        self.assertEqual(code_for(shares, F(500001, 1000000), direct), "ownership-of-shares-50-to-75-percent")
        self.assertEqual(code_for(shares, F(3, 4), direct), "ownership-of-shares-75-to-100-percent")
        self.assertEqual(code_for(shares, F(1, 1), direct), "ownership-of-shares-75-to-100-percent")
        self.assertEqual(code_for(Mutual.PscDimension.VOTES, F(2, 3), Mutual.PscCapacity.TRUST),
                         "voting-rights-50-to-75-percent-as-trust")
        self.assertEqual(code_for(Mutual.PscDimension.BOARD, None, direct), "right-to-appoint-and-remove-directors")
        self.assertEqual(code_for(Mutual.PscDimension.INFLUENCE, None, Mutual.PscCapacity.FIRM),
                         "significant-influence-or-control-as-firm")

    def test_codes_back_to_interests(self):
        nature = Mutual.PscNature.lookup("voting-rights-50-to-75-percent")
        self.assertEqual(nature.props.dimension, Mutual.PscDimension.VOTES)
        self.assertEqual((frac(nature.props.share_minimum), nature.props.minimum_exclusive), (Fraction(1, 2), True))
        self.assertEqual((frac(nature.props.share_maximum), nature.props.maximum_exclusive), (Fraction(3, 4), True))
        self.assertTrue(nature.contains(F(74, 100)))
        self.assertFalse(nature.contains(F(3, 4)))
        self.assertIsNone(Mutual.PscNature.lookup("not-a-code"))
        # every band maps back to the same code at its lower bound and inside it
        for code in ("ownership-of-shares-25-to-50-percent", "voting-rights-75-to-100-percent-as-trust"):
            n = Mutual.PscNature.lookup(code)
            low = frac(n.props.share_minimum) + (Fraction(1, 10**6) if n.props.minimum_exclusive else 0)
            self.assertEqual(code_for(n.props.dimension, F(low.numerator, low.denominator), n.props.capacity), code)


class SnapshotTest(unittest.TestCase):
    def snapshot(self):
        lines = []
        for path in sorted(glob.glob(os.path.join(PSC, "samples", "register-sources-psc", "*.json"))):
            with open(path) as f:
                lines.append(json.dumps(json.load(f)))
        return "\n".join(lines).encode()

    @NEEDS_SHARED
    def test_every_kind_of_record(self):
        register = Mutual.PscRegister.new_from_data(self.snapshot())
        entries = list(register.get_entries())
        kinds = {e.props.kind for e in entries}
        self.assertIn("individual-person-with-significant-control", kinds)
        self.assertIn("exemptions", kinds)
        self.assertIn("persons-with-significant-control-statement", kinds)
        self.assertIn("super-secure-person-with-significant-control", kinds)
        self.assertTrue(all(e.props.company_number == "01234567" for e in entries))
        codes = {f.props.code for f in register.get_findings()}
        self.assertTrue({"psc.exemption", "psc.statement", "psc.super-secure", "psc.record.totals",
                         "psc.record.unknown-kind", "psc.entity.no-country"} <= codes)
        # the ceased entry is closed; the standing one holds more than 25% up to 50%
        model = register.get_model()
        joe = "GB-COH-01234567/psc/individual/abcdef123456789"
        self.assertEqual(model.lookup_holding(joe, "GB-COH-01234567#bods-ordinary").props.count, 25001)
        self.assertEqual(model.lookup_party(joe).props.kind, Mutual.PartyKind.PERSON)
        self.assertEqual(model.lookup_party("GB-COH-01234567").props.company_number, "01234567")

    def test_trust_capacity_and_ceasing(self):
        lines = [
            {"company_number": "SC123456", "data": {"kind": "individual-person-with-significant-control",
                                                    "name": "Ms Ann Shah", "notified_on": "2017-01-01",
                                                    "natures_of_control": ["ownership-of-shares-75-to-100-percent-as-trust",
                                                                           "right-to-appoint-and-remove-directors"],
                                                    "links": {"self": "/company/SC123456/persons-with-significant-control/individual/a1"}}},
            {"company_number": "123", "data": {"kind": "individual-person-with-significant-control",
                                               "name": "Bob Reid", "notified_on": "2017-01-01", "ceased_on": "2019-06-30",
                                               "natures_of_control": ["voting-rights-50-to-75-percent", "made-up-code"],
                                               "links": {"self": "/company/00000123/persons-with-significant-control/individual/b2"}}},
        ]
        register = Mutual.PscRegister.new_from_data("\n".join(json.dumps(l) for l in lines).encode())
        model = register.get_model()
        ann = "GB-COH-SC123456/psc/individual/a1"
        trust = model.lookup_party(ann + "#trust")
        self.assertEqual(trust.props.kind, Mutual.PartyKind.TRUST)
        self.assertEqual(model.lookup_holding(ann + "#trust", "GB-COH-SC123456#bods-ordinary").props.count, 3)
        self.assertEqual(model.lookup_board_right(ann, "GB-COH-SC123456").props.directors, 1)
        self.assertIsNone(model.lookup_holding("GB-COH-00000123/psc/individual/b2", "GB-COH-00000123#bods-votes"))
        self.assertIn("psc.nature.unknown", [f.props.code for f in register.get_findings()])
        bods = json.loads(register.to_bods())
        closed = [s for s in bods if s["recordStatus"] == "closed"]
        self.assertEqual([s["statementDate"] for s in closed], ["2019-06-30"])


class CompareTest(unittest.TestCase):
    """What the register says against what the holdings imply."""

    def model(self):
        model = Mutual.Model.new()
        model.props.date = "2020-01-01"
        model.add_party(Mutual.Party(id="co", name="Care Mutual Ltd", kind=Mutual.PartyKind.COMPANY,
                                     company_number="01234567"))
        for id_, name in (("ann", "Ann Shah"), ("bob", "Bob Reid"), ("cy", "Cy Young")):
            model.add_party(Mutual.Party(id=id_, name=name, kind=Mutual.PartyKind.PERSON))
        model.add_share_class(Mutual.ShareClass(id="ord", issuer="co", name="Ordinary", votes_per_share=1,
                                                dividend_weight=1, capital_weight=1, nominal_value=100, ordinary=True))
        model.set_holding("ann", "ord", 60)   # 60%: 50-to-75
        model.set_holding("bob", "ord", 30)   # 30%: 25-to-50
        model.set_holding("cy", "ord", 10)
        return model

    def test_agrees_differs_missing_extra(self):
        def line(name, natures, key):
            return json.dumps({"company_number": "1234567", "data": {
                "kind": "individual-person-with-significant-control", "name": name, "notified_on": "2016-04-06",
                "natures_of_control": natures,
                "links": {"self": f"/company/01234567/persons-with-significant-control/individual/{key}"}}})
        data = "\n".join([
            line("ANN SHAH", ["ownership-of-shares-50-to-75-percent", "voting-rights-50-to-75-percent"], "a"),
            line("Cy Young", ["ownership-of-shares-25-to-50-percent"], "c"),
            line("Dee Former", ["voting-rights-75-to-100-percent"], "d"),
        ]).encode()
        register = Mutual.PscRegister.new_from_data(data)
        results = {f.props.code: f for f in register.compare(self.model())}
        self.assertEqual(set(results), {"psc.register.agrees", "psc.register.missing", "psc.register.extra"})
        self.assertIn("Bob Reid", results["psc.register.missing"].props.message)
        extras = [f.props.message for f in register.compare(self.model()) if f.props.code == "psc.register.extra"]
        self.assertEqual(len(extras), 2)   # Cy is not significant at 10%, Dee is not in the model
        self.assertTrue(any("Cy Young" in m for m in extras))

    def test_natures_differ(self):
        data = json.dumps({"company_number": "01234567", "data": {
            "kind": "individual-person-with-significant-control", "name": "Ann Shah", "notified_on": "2016-04-06",
            "natures_of_control": ["ownership-of-shares-75-to-100-percent"],
            "links": {"self": "/company/01234567/persons-with-significant-control/individual/a"}}}).encode()
        register = Mutual.PscRegister.new_from_data(data)
        codes = [f.props.code for f in register.compare(self.model())]
        self.assertIn("psc.register.natures", codes)


if __name__ == "__main__":
    unittest.main()
