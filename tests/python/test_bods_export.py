# SPDX-License-Identifier: LGPL-2.1-or-later
"""Writing models as BODS 0.4: valid against the schema, read back to the same interests."""
import json
import os
import unittest
import warnings
from fractions import Fraction

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import Mutual  # noqa: E402

SHARED = os.environ.get("MUTUAL_SHARED_DATA", "")
SCHEMA = os.path.join(SHARED, "bods", "0.4", "schema")

try:
    import jsonschema
except ImportError:  # pragma: no cover
    jsonschema = None


def absolutise(node, schema_id):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            node["$ref"] = schema_id + ref
        for value in node.values():
            absolutise(value, schema_id)
    elif isinstance(node, list):
        for value in node:
            absolutise(value, schema_id)


def validator():
    """A Draft 2020-12 validator for statement.json with every urn: id registered."""
    store = {}
    for name in os.listdir(SCHEMA):
        if name.endswith(".json"):
            with open(os.path.join(SCHEMA, name)) as f:
                schema = json.load(f)
            store[schema["$id"]] = schema
    root = store["urn:statement"]
    try:
        from referencing import Registry, Resource
        registry = Registry().with_resources((i, Resource.from_contents(s)) for i, s in store.items())
        return jsonschema.Draft202012Validator(root, registry=registry, format_checker=jsonschema.FormatChecker())
    except ImportError:
        # jsonschema 4.10 (Debian 12) joins "#/$defs/X" to the root document's
        # urn: id rather than the one it appears in; absolute references
        # resolve the same everywhere.
        for schema_id, schema in store.items():
            absolutise(schema, schema_id)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            resolver = jsonschema.RefResolver.from_schema(root, store=store)
        return jsonschema.Draft202012Validator(root, resolver=resolver, format_checker=jsonschema.FormatChecker())


def to_bods(model):
    data = model.to_bods()
    return data[0] if isinstance(data, tuple) else data


def relationships(statements):
    return {s["recordId"]: (s["recordDetails"]["subject"], s["recordDetails"]["interestedParty"],
                            s["recordDetails"]["interests"])
            for s in statements if s["recordType"] == "relationship"}


def interests_of(package):
    return sorted((i.props.subject or "", i.props.interested_party or "", i.props.interest_type,
                   str(i.get_share_exact() and Fraction(i.get_share_exact().numerator, i.get_share_exact().denominator)))
                  for i in package.get_interests())


def rich_model():
    """A model with what the examples lack: a golden share, trustees, a co-operative, a board."""
    model = Mutual.Model.new()
    model.props.date = "2024-04-01"
    P = Mutual.Party
    parties = [
        P(id="care", name="Care Mutual Ltd", kind=Mutual.PartyKind.COMPANY, company_number="12345678", board_size=7),
        P(id="council", name="Borough Council", kind=Mutual.PartyKind.PUBLIC_BODY),
        P(id="eot", name="Care Mutual EOT", kind=Mutual.PartyKind.EMPLOYEE_OWNERSHIP_TRUST,
          beneficiary_employer="care", trustees=["trustee-co"]),
        P(id="trustee-co", name="Care Trustee Ltd", kind=Mutual.PartyKind.COMPANY),
        P(id="coop", name="Staff Co-op", kind=Mutual.PartyKind.COOPERATIVE),
        P(id="ann", name="Ann Shah", kind=Mutual.PartyKind.PERSON, employer="care"),
        P(id="bob", name="Bob Reid", kind=Mutual.PartyKind.PERSON, employer="care"),
    ]
    for p in parties:
        model.add_party(p)
    model.add_share_class(Mutual.ShareClass(id="ord", issuer="care", name="Ordinary", votes_per_share=1,
                                            dividend_weight=1, capital_weight=1, nominal_value=100, ordinary=True))
    model.add_share_class(Mutual.ShareClass(id="b", issuer="care", name="B non-voting", votes_per_share=0,
                                            dividend_weight=1, capital_weight=1, nominal_value=100, ordinary=True))
    model.add_share_class(Mutual.ShareClass(id="golden", issuer="care", name="Golden share", votes_per_share=0,
                                            dividend_weight=0, capital_weight=0, nominal_value=0, ordinary=False,
                                            special_rights=Mutual.SpecialRights.VETO_RESERVED_MATTERS))
    model.set_holding("eot", "ord", 510)
    model.set_holding("coop", "ord", 240)
    model.set_holding("council", "ord", 250)
    model.set_holding("council", "b", 1000)
    model.set_holding("council", "golden", 1)
    model.add_membership(Mutual.Membership(member="ann", organisation="coop", votes=1))
    model.add_membership(Mutual.Membership(member="bob", organisation="coop", votes=2))
    model.add_board_right(Mutual.BoardRight(appointer="council", company="care", directors=2))
    model.add_board_right(Mutual.BoardRight(appointer="eot", company="care", directors=4))
    return model


@unittest.skipUnless(jsonschema is not None and os.path.isdir(SCHEMA),
                     "python3-jsonschema or the shared BODS 0.4 schema (MUTUAL_SHARED_DATA) is absent")
class BodsExportTest(unittest.TestCase):
    def check_round_trip(self, model):
        first = json.loads(to_bods(model))
        errors = sorted(validator().iter_errors(first), key=lambda e: list(e.absolute_path))
        self.assertEqual([f"{list(e.absolute_path)}: {e.message}" for e in errors], [])
        package = Mutual.BodsPackage.new_from_data(json.dumps(first).encode(), Mutual.BodsReadFlags.NONE)
        warnings_ = [f.props.message for f in package.get_findings() if f.props.severity != Mutual.Severity.INFO]
        self.assertEqual(warnings_, [])
        second = json.loads(to_bods(package.get_model()))
        self.assertEqual(relationships(second), relationships(first))
        again = Mutual.BodsPackage.new_from_data(json.dumps(second).encode(), Mutual.BodsReadFlags.NONE)
        self.assertEqual(interests_of(again), interests_of(package))
        return first, package

    def test_the_validator_catches_a_broken_statement(self):
        statements = json.loads(to_bods(Mutual.Model.new_from_example("mycsp-2012")))
        statements[0]["recordType"] = "company"
        self.assertTrue(list(validator().iter_errors(statements)))

    def test_examples_export_validate_and_read_back(self):
        for name in Mutual.Model.list_examples():
            with self.subTest(name=name):
                self.check_round_trip(Mutual.Model.new_from_example(name))

    def test_mycsp_percentages(self):
        statements, package = self.check_round_trip(Mutual.Model.new_from_example("mycsp-2012"))
        rel = relationships(statements)
        subject, party, interests = rel["rel:mycsp:equiniti"]
        self.assertEqual({i["type"]: i["share"]["exact"] for i in interests},
                         {"shareholding": 40, "votingRights": 40})
        _, _, board = rel["rel:mycsp:mycsp-trust"]
        self.assertIn({"type": "appointmentOfBoard", "directOrIndirect": "direct",
                       "beneficialOwnershipOrControl": False, "share": {"exact": 100 / 9}}, board)
        model = package.get_model()
        self.assertEqual(model.lookup_party("mycsp-trust").props.kind, Mutual.PartyKind.EMPLOYEE_BENEFIT_TRUST)
        self.assertEqual(model.lookup_party("mycsp-trust").props.beneficiary_employer, "mycsp")
        self.assertEqual(model.lookup_party("mycsp").props.board_size, 9)

    def test_classes_resolved_golden_share_trusts_and_members(self):
        statements, package = self.check_round_trip(rich_model())
        rel = relationships(statements)
        council = {i["type"]: i.get("share", {}).get("exact") for i in rel["rel:care:council"][2]}
        # 250 ordinary + 1,000 B of 2,000 shares of £1: 62.5% of the shares, 25% of the votes
        self.assertEqual(council["shareholding"], 62.5)
        self.assertEqual(council["votingRights"], 25)
        self.assertIn("controlViaCompanyRulesOrArticles", council)
        self.assertAlmostEqual(council["appointmentOfBoard"], 200 / 7)
        eot = {i["type"]: i.get("share", {}).get("exact") for i in rel["rel:care:eot"][2]}
        self.assertEqual((eot["shareholding"], eot["votingRights"]), (25.5, 51))
        self.assertEqual(rel["rel:eot:trustee-co"][2][0]["type"], "trustee")
        beneficiary = rel["rel:eot:care"][2][0]
        self.assertEqual(beneficiary["type"], "beneficiaryOfLegalArrangement")
        members = {s[1]: s[2][0]["share"]["exact"] for s in rel.values() if s[0] == "coop"}
        self.assertEqual(members, {"ann": 100 / 3, "bob": 200 / 3})
        bob = rel["rel:coop:bob"][2][0]
        self.assertTrue(bob["beneficialOwnershipOrControl"])
        model = package.get_model()
        self.assertEqual(model.lookup_party("eot").props.kind, Mutual.PartyKind.EMPLOYEE_OWNERSHIP_TRUST)
        self.assertEqual(list(model.lookup_party("eot").props.trustees), ["trustee-co"])
        self.assertEqual(model.lookup_party("coop").props.kind, Mutual.PartyKind.COOPERATIVE)
        self.assertEqual(model.lookup_membership("bob", "coop").props.votes, 2)
        golden = [c for c in model.get_share_classes() if c.props.special_rights]
        self.assertEqual([c.props.id for c in golden], ["care#bods-golden"])


    def test_look_through_as_indirect_relationships(self):
        model = Mutual.Model.new()
        model.props.date = "2024-01-01"
        for id_, kind in (("co", Mutual.PartyKind.COMPANY), ("hold", Mutual.PartyKind.COMPANY),
                          ("ann", Mutual.PartyKind.PERSON), ("bob", Mutual.PartyKind.PERSON)):
            model.add_party(Mutual.Party(id=id_, name=id_.title(), kind=kind))
        for klass, issuer in (("co-o", "co"), ("h-o", "hold")):
            model.add_share_class(Mutual.ShareClass(id=klass, issuer=issuer, name="Ordinary", votes_per_share=1,
                                                    dividend_weight=1, capital_weight=1, nominal_value=100, ordinary=True))
        model.set_holding("hold", "co-o", 2)
        model.set_holding("bob", "co-o", 1)
        model.set_holding("ann", "h-o", 1)
        model.set_holding("bob", "h-o", 2)
        statements, package = self.check_round_trip(model)
        indirect = {s["recordId"]: s["recordDetails"] for s in statements if s["recordId"].startswith("rel-indirect")}
        bob = indirect["rel-indirect:co:bob"]
        self.assertEqual(bob["componentRecords"], ["rel:hold:bob", "hold", "rel:co:hold"])
        self.assertAlmostEqual(bob["interests"][0]["share"]["exact"], 400 / 9)
        self.assertTrue(bob["interests"][0]["beneficialOwnershipOrControl"])
        self.assertEqual({f.props.code for f in package.check_indirect()}, {"bods.indirect.agrees"})
        self.assertEqual({f.props.code for f in package.check_look_through()}, {"bods.look-through.agrees"})


if __name__ == "__main__":
    unittest.main()
