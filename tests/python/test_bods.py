# SPDX-License-Identifier: LGPL-2.1-or-later
"""Reading the Beneficial Ownership Data Standard (0.2, 0.3, 0.4) into models."""
import csv
import json
import os
import unittest
from fractions import Fraction

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import GLib, Mutual  # noqa: E402

SOURCE_ROOT = os.environ.get("MUTUAL_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "..", ".."))
FIXTURES = os.path.join(SOURCE_ROOT, "tests", "data", "bods")
SHARED = os.environ.get("MUTUAL_SHARED_DATA", "")
BODS = os.path.join(SHARED, "bods", "0.4")
HAVE_SHARED = os.path.isdir(BODS)
NEEDS_SHARED = unittest.skipUnless(HAVE_SHARED, "the shared BODS 0.4 data (MUTUAL_SHARED_DATA) is absent")


def frac(f):
    return None if f is None else Fraction(f.numerator, f.denominator)


def findings(package, code=None):
    return [f for f in package.get_findings() if code is None or f.props.code == code]


def statement(record_id, record_type, details, status="new", date="2020-01-01", sid=None):
    return {
        "statementId": sid or (record_id + "-" + status).ljust(32, "0"),
        "statementDate": date,
        "declarationSubject": "co",
        "recordId": record_id,
        "recordType": record_type,
        "recordStatus": status,
        "recordDetails": details,
    }


def entity(record_id, name, status="new", date="2020-01-01", **extra):
    details = {"isComponent": False, "entityType": {"type": "registeredEntity"}, "name": name}
    details.update(extra)
    return statement(record_id, "entity", details, status, date)


def person(record_id, name, date="2020-01-01"):
    return statement(record_id, "person", {"isComponent": False, "personType": "knownPerson",
                                           "names": [{"type": "legal", "fullName": name}]}, "new", date)


def relationship(record_id, subject, party, interests, status="new", date="2020-01-01", **extra):
    details = {"isComponent": False, "subject": subject, "interestedParty": party, "interests": interests}
    details.update(extra)
    return statement(record_id, "relationship", details, status, date)


def shareholding(share, direct="direct", type_="shareholding", **extra):
    interest = {"type": type_, "directOrIndirect": direct, "beneficialOwnershipOrControl": False, "share": share}
    interest.update(extra)
    return interest


def read(statements, flags=Mutual.BodsReadFlags.NONE):
    data = json.dumps(statements).encode()
    return Mutual.BodsPackage.new_from_data(data, flags)


def percent(model, holder, subject):
    """A holder's share of a subject's shares, from the model's holdings."""
    total, held = 0, 0
    for h in model.get_holdings():
        klass = model.lookup_share_class(h.props.share_class)
        if klass.props.issuer != subject or klass.props.nominal_value == 0:
            continue
        total += h.props.count
        if h.props.holder == holder:
            held += h.props.count
    return Fraction(held, total)


class Bods04ExamplesTest(unittest.TestCase):
    def load(self, name):
        return Mutual.BodsPackage.new_from_file(os.path.join(BODS, "examples", name), Mutual.BodsReadFlags.NONE)

    @NEEDS_SHARED
    def test_every_example_reads(self):
        names = sorted(n for n in os.listdir(os.path.join(BODS, "examples")) if n.endswith(".json"))
        self.assertGreaterEqual(len(names), 16)
        for name in names:
            with self.subTest(name=name):
                package = self.load(name)
                self.assertEqual(package.props.version, "0.4")
                with open(os.path.join(BODS, "examples", name)) as f:
                    self.assertEqual(package.get_n_statements(), len(json.load(f)))

    @NEEDS_SHARED
    def test_state_owned_enterprise(self):
        package = self.load("bods-package-fi-soe.json")
        model = package.get_model()
        kinds = {p.props.name: p.props.kind for p in model.get_parties()}
        self.assertEqual(kinds["Suomen tasavalta"], Mutual.PartyKind.PUBLIC_BODY)
        self.assertEqual(kinds["Valtiovarainministerio"], Mutual.PartyKind.PUBLIC_BODY)
        self.assertEqual(kinds["Gasgrid Finland Oy"], Mutual.PartyKind.COMPANY)
        # 76.5% and 23.5% are exact: 153 and 47 shares of 200
        self.assertEqual(percent(model, "0199c515a699", "19f1c5afe9d7"), Fraction(153, 200))
        self.assertEqual(percent(model, "7ff95ba3682c", "19f1c5afe9d7"), Fraction(47, 200))
        self.assertEqual(model.lookup_holding("0199c515a699", "19f1c5afe9d7#bods-ordinary").props.count, 153)
        # the declared 100% for the state: 76.5% x 100% + 23.5%, through a ministry it controls
        [finding] = package.check_indirect()
        self.assertEqual(finding.props.code, "bods.indirect.component-share")
        self.assertIn("would have to hold 100% of Valtiovarainministerio", finding.props.message)

    @NEEDS_SHARED
    def test_indirect_ownership_missing_component(self):
        package = self.load("indirect-ownership.json")
        [finding] = package.check_indirect()
        self.assertEqual(finding.props.code, "bods.indirect.component-share")
        self.assertIn("declared as 30%", finding.props.message)
        self.assertIn("60%", finding.props.message)
        self.assertIn("would have to hold 50% of Company B", finding.props.message)
        # the model holds that share: the person owns half of B, the rest is undisclosed
        model = package.get_model()
        self.assertEqual(percent(model, "c25d4d612c2c", "d4ab89ea169a"), Fraction(1, 2))
        self.assertEqual(percent(model, "d4ab89ea169a#undisclosed", "d4ab89ea169a"), Fraction(1, 2))

    @NEEDS_SHARED
    def test_mixed_direct_and_indirect(self):
        package = self.load("mixed-direct-and-indirect-ownership.json")
        model = package.get_model()
        # 50% direct (from 2019-05-01) and, through B, 50% x 100%
        self.assertEqual(model.props.date, "2019-05-01")
        self.assertEqual(percent(model, "53508b65253f", "9bfe59b6a869"), Fraction(1, 2))
        self.assertEqual(percent(model, "ec61aeda7141", "9bfe59b6a869"), Fraction(1, 2))
        self.assertEqual(percent(model, "53508b65253f", "ec61aeda7141"), Fraction(1))
        # before the direct holding started the person held nothing directly
        earlier = package.dup_model_at("2019-01-01")
        self.assertEqual(percent(earlier, "53508b65253f", "9bfe59b6a869"), Fraction(0))

    @NEEDS_SHARED
    def test_joint_ownership(self):
        package = self.load("joint-ownership.json")
        model = package.get_model()
        arrangement = model.lookup_party("91b4236a7d89")
        self.assertEqual(arrangement.props.kind, Mutual.PartyKind.TRUST)
        self.assertEqual(percent(model, "91b4236a7d89", "31c55e425764"), Fraction(1))
        # an arrangement issues no shares: each joint owner's half is a right by agreement
        shares = {r.props.holder: frac(r.props.share) for r in model.get_agreement_rights()
                  if r.props.company == "91b4236a7d89" and r.props.dimension == Mutual.Dimension.SHARES}
        self.assertEqual(shares, {"1accb8b18b99": Fraction(1, 2), "f040df24d9ec": Fraction(1, 2)})

    @NEEDS_SHARED
    def test_range_with_version_bounds(self):
        package = self.load("bods-package-entity-owning-entity.json")
        [interest] = list(package.get_interests())
        self.assertEqual(frac(interest.props.share_minimum), Fraction(3, 4))
        self.assertFalse(interest.props.minimum_exclusive)
        self.assertEqual(frac(interest.props.share_maximum), Fraction(1))
        self.assertTrue(interest.props.maximum_exclusive)
        self.assertIsNone(interest.get_share_exact())
        self.assertEqual(interest.describe_share(), "from 75% to less than 100%")
        self.assertEqual(percent(package.get_model(), "e83cce729ada", "12b7dd0770ce"), Fraction(3, 4))
        self.assertTrue(findings(package, "bods.share.range"))

    @NEEDS_SHARED
    def test_multiple_indirect_is_underdetermined(self):
        package = self.load("multiple-indirect-ownership.json")
        [finding] = package.check_indirect()
        self.assertEqual(finding.props.code, "bods.indirect.underdetermined")
        self.assertIn("50% × share(Person 1 in Company C) + 50% × share(Person 1 in Company D) = 60%",
                      finding.props.message)


class LookThroughTest(unittest.TestCase):
    """The analysis's look-through of the model agrees with what the examples declare."""

    def load(self, name):
        return Mutual.BodsPackage.new_from_file(os.path.join(BODS, "examples", name), Mutual.BodsReadFlags.NONE)

    def look_through(self, package, holder, company):
        analysis = Mutual.Analysis.new(package.get_model())
        return analysis.look_through_interest(holder, company, Mutual.Dimension.SHARES).props.value

    @NEEDS_SHARED
    def test_declared_figures(self):
        cases = [("bods-package-fi-soe.json", "05ce06ec97b1", "19f1c5afe9d7", 1.0),         # the state in Gasgrid
                 ("mixed-direct-and-indirect-ownership.json", "53508b65253f", "9bfe59b6a869", 1.0),
                 ("indirect-ownership.json", "c25d4d612c2c", "ad3f6c2fcc9e", 0.3)]
        for name, holder, company, expected in cases:
            with self.subTest(name=name):
                package = self.load(name)
                self.assertAlmostEqual(self.look_through(package, holder, company), expected, places=12)
                [finding] = package.check_look_through()
                self.assertEqual(finding.props.code, "bods.look-through.agrees", finding.props.message)

    @NEEDS_SHARED
    def test_joint_owners_half_each(self):
        package = self.load("joint-ownership.json")
        for person in ("1accb8b18b99", "f040df24d9ec"):
            self.assertAlmostEqual(self.look_through(package, person, "31c55e425764"), 0.5, places=12)

    @NEEDS_SHARED
    def test_underdetermined_is_incomplete_not_wrong(self):
        [finding] = self.load("multiple-indirect-ownership.json").check_look_through()
        self.assertEqual(finding.props.code, "bods.look-through.incomplete")

    def test_disagreement(self):
        package = read([entity("a", "A"), entity("b", "B", isComponent=True), person("p", "P"),
                        relationship("r1", "a", "b", [shareholding({"exact": 60})], isComponent=True),
                        relationship("r2", "b", "p", [shareholding({"exact": 50})], isComponent=True),
                        relationship("r3", "a", "p", [shareholding({"exact": 40}, direct="indirect")],
                                     componentRecords=["b", "r1", "r2"])])
        [indirect] = package.check_indirect()
        self.assertEqual(indirect.props.code, "bods.indirect.disagrees")
        self.assertIn("the components give 30%, but 40% is declared", indirect.props.message)
        [look] = package.check_look_through()
        self.assertEqual(look.props.code, "bods.look-through.disagrees")


class Bods04TestDataTest(unittest.TestCase):
    @NEEDS_SHARED
    def test_valid_statements_read(self):
        folder = os.path.join(BODS, "tests", "data", "valid-statements")
        names = sorted(os.listdir(folder))
        self.assertEqual(len(names), 111)
        for name in names:
            with self.subTest(name=name):
                package = Mutual.BodsPackage.new_from_file(os.path.join(folder, name), Mutual.BodsReadFlags.FRAGMENT)
                self.assertEqual(findings(package, "bods.schema"), [])

    @staticmethod
    def expected_path(row):
        path, member = row[2].strip(), row[3].strip()
        last = path.rsplit(".", 1)[-1].split("[")[0]
        return path if not member or last == member else path + "." + member

    @NEEDS_SHARED
    def test_invalid_statements_rejected_or_warned(self):
        folder = os.path.join(BODS, "tests", "data", "invalid-statements")
        with open(os.path.join(folder, "expected_errors.csv")) as f:
            expected = {row[0]: self.expected_path(row) for row in csv.reader(f)}
        names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
        self.assertEqual(len(names), 192)
        rejected = warned = 0
        for name in names:
            path = expected[name]
            with self.subTest(name=name, path=path):
                try:
                    package = Mutual.BodsPackage.new_from_file(os.path.join(folder, name), Mutual.BodsReadFlags.FRAGMENT)
                except GLib.Error as error:
                    self.assertIn(path, error.message)
                    rejected += 1
                    continue
                messages = [f.props.message for f in package.get_findings()
                            if f.props.severity == Mutual.Severity.WARNING]
                self.assertTrue(any(m.startswith(path + ":") for m in messages), messages)
                warned += 1
        self.assertEqual(rejected + warned, 192)
        self.assertGreater(rejected, 0)

    @NEEDS_SHARED
    def test_strict_rejects_every_invalid_statement(self):
        folder = os.path.join(BODS, "tests", "data", "invalid-statements")
        for name in sorted(n for n in os.listdir(folder) if n.endswith(".json")):
            with self.subTest(name=name):
                with self.assertRaises(GLib.Error):
                    Mutual.BodsPackage.new_from_file(os.path.join(folder, name),
                                                     Mutual.BodsReadFlags.FRAGMENT | Mutual.BodsReadFlags.STRICT)


class BodsReaderTest(unittest.TestCase):
    def test_percentages_become_exact_counts(self):
        package = read([entity("co", "Co"), entity("a", "A"), entity("b", "B"), entity("c", "C"),
                        relationship("r1", "co", "a", [shareholding({"exact": 100 / 3})]),
                        relationship("r2", "co", "b", [shareholding({"exact": 12.5})]),
                        relationship("r3", "co", "c", [shareholding({"exact": 0.001})])])
        model = package.get_model()
        self.assertEqual(percent(model, "a", "co"), Fraction(1, 3))
        self.assertEqual(percent(model, "b", "co"), Fraction(1, 8))
        self.assertEqual(percent(model, "c", "co"), Fraction(1, 100000))
        self.assertEqual(percent(model, "co#undisclosed", "co"), 1 - Fraction(1, 3) - Fraction(1, 8) - Fraction(1, 100000))
        self.assertEqual(findings(package, "bods.share.float-noise"), [])

    def test_float_noise_is_warned_and_rounded(self):
        package = read([entity("co", "Co"), entity("a", "A"),
                        relationship("r1", "co", "a", [shareholding({"exact": 24.999999999999996})])])
        [noise] = findings(package, "bods.share.float-noise")
        self.assertIn("24.999999999999996", noise.props.message)
        self.assertEqual(percent(package.get_model(), "a", "co"), Fraction(1, 4))

    def test_exclusive_bounds_04(self):
        package = read([entity("co", "Co"), entity("a", "A"),
                        relationship("r1", "co", "a", [shareholding({"exclusiveMinimum": 25, "maximum": 50})])])
        [interest] = list(package.get_interests())
        self.assertTrue(interest.props.minimum_exclusive)
        self.assertFalse(interest.props.maximum_exclusive)
        # more than 25%: the smallest holding in the band, 25.001%
        self.assertEqual(percent(package.get_model(), "a", "co"), Fraction(25001, 100000))

    def test_impossible_ranges_are_errors(self):
        for share in ({"minimum": 60, "maximum": 40}, {"exclusiveMinimum": 50, "exclusiveMaximum": 50},
                      {"exact": 120}, {"exact": 30, "minimum": 40}, {"minimum": -1}):
            with self.subTest(share=share):
                with self.assertRaises(GLib.Error) as raised:
                    read([entity("co", "Co"), entity("a", "A"), relationship("r1", "co", "a", [shareholding(share)])])
                self.assertIn("$[2]", raised.exception.message)
                self.assertIn("r1-new", raised.exception.message)

    def test_unknown_record_is_an_error_unless_fragment(self):
        statements = [entity("co", "Co"), relationship("r1", "co", "nobody", [shareholding({"exact": 10})])]
        with self.assertRaises(GLib.Error) as raised:
            read(statements)
        self.assertEqual(raised.exception.code, Mutual.Error.UNKNOWN_ID)
        self.assertIn("“nobody”", raised.exception.message)
        self.assertIn("$[1]", raised.exception.message)
        package = read(statements, Mutual.BodsReadFlags.FRAGMENT)
        self.assertTrue(findings(package, "bods.reference.external"))
        self.assertEqual(percent(package.get_model(), "nobody", "co"), Fraction(1, 10))

    def test_record_history(self):
        statements = [entity("co", "Co", date="2020-01-01"), entity("a", "A"),
                      relationship("r1", "co", "a", [shareholding({"exact": 40})], date="2020-01-01"),
                      relationship("r1", "co", "a", [shareholding({"exact": 60})], status="updated", date="2021-01-01"),
                      relationship("r1", "co", "a", [], status="closed", date="2022-01-01")]
        package = read(statements)
        changes = [(c.props.date, c.props.record_id, c.props.status) for c in package.get_changes()]
        self.assertEqual(changes[-3:], [("2020-01-01", "r1", Mutual.RecordStatus.NEW),
                                        ("2021-01-01", "r1", Mutual.RecordStatus.UPDATED),
                                        ("2022-01-01", "r1", Mutual.RecordStatus.CLOSED)])
        self.assertEqual(percent(package.dup_model_at("2020-06-30"), "a", "co"), Fraction(2, 5))
        self.assertEqual(percent(package.dup_model_at("2021-01-01"), "a", "co"), Fraction(3, 5))
        self.assertEqual(package.get_model().get_holdings().get_n_items(), 0)
        self.assertEqual(package.dup_model_at("2019-12-31").get_parties().get_n_items(), 0)

    def test_broken_histories(self):
        cases = {
            "closed before new": [entity("co", "Co", status="closed")],
            "closed on a date before new": [entity("co", "Co", date="2020-05-01"),
                                            entity("co", "Co", status="closed", date="2020-01-01")],
            "new twice": [entity("co", "Co"), entity("co", "Co")],
            "changed after closing": [entity("co", "Co"), entity("co", "Co", status="closed"),
                                      entity("co", "Co", status="updated")],
            "subject is a person": [person("p", "P"), entity("co", "Co"),
                                    relationship("r", "p", "co", [shareholding({"exact": 5})])],
        }
        for name, statements in cases.items():
            with self.subTest(name=name):
                with self.assertRaises(GLib.Error) as raised:
                    read(statements)
                self.assertIn("statement $[", raised.exception.message)

    def test_tolerates_an_object_or_string_where_an_array_belongs(self):
        rel = relationship("r1", "co", "a", shareholding({"exact": 30}))
        rel["recordDetails"]["interests"] = shareholding({"exact": 30})
        package = read([entity("co", "Co"), entity("a", "A"), rel])
        self.assertTrue(findings(package, "bods.tolerated.array"))
        self.assertEqual(percent(package.get_model(), "a", "co"), Fraction(3, 10))

    def test_votes_that_differ_from_shares(self):
        package = read([entity("co", "Co"), entity("a", "A"), entity("b", "B"),
                        relationship("r1", "co", "a", [shareholding({"exact": 50}),
                                                       shareholding({"exact": 75}, type_="votingRights")]),
                        relationship("r2", "co", "b", [shareholding({"exact": 50}),
                                                       shareholding({"exact": 25}, type_="votingRights")])])
        model = package.get_model()
        votes = model.lookup_share_class("co#bods-votes")
        shares = model.lookup_share_class("co#bods-shares")
        self.assertEqual((votes.props.votes_per_share, votes.props.dividend_weight), (1, 0))
        self.assertEqual((shares.props.votes_per_share, shares.props.dividend_weight), (0, 1))
        self.assertEqual(model.lookup_holding("a", "co#bods-votes").props.count, 3)
        self.assertEqual(model.lookup_holding("b", "co#bods-votes").props.count, 1)

    def test_control_rights(self):
        package = read([entity("co", "Co"), entity("council", "Council", entityType={"type": "stateBody"}),
                        entity("trust", "Staff trust", entityType={"type": "arrangement", "subtype": "trust"}),
                        person("t1", "Trustee One"),
                        relationship("r1", "co", "council", [{"type": "controlViaCompanyRulesOrArticles", "directOrIndirect": "direct"},
                                                             {"type": "appointmentOfBoard", "directOrIndirect": "direct", "share": {"exact": 20}}]),
                        relationship("r2", "co", "trust", [shareholding({"exact": 100}),
                                                           {"type": "appointmentOfBoard", "directOrIndirect": "direct", "share": {"exact": 80}}]),
                        relationship("r3", "trust", "t1", [{"type": "trustee", "directOrIndirect": "direct"}])])
        model = package.get_model()
        golden = model.lookup_share_class("co#bods-golden")
        self.assertEqual(golden.props.special_rights, Mutual.SpecialRights.VETO_RESERVED_MATTERS)
        self.assertEqual(model.lookup_holding("council", "co#bods-golden").props.count, 1)
        self.assertEqual(model.lookup_party("co").props.board_size, 5)
        self.assertEqual(model.lookup_board_right("council", "co").props.directors, 1)
        self.assertEqual(model.lookup_board_right("trust", "co").props.directors, 4)
        self.assertEqual(list(model.lookup_party("trust").props.trustees), ["t1"])
        self.assertEqual(percent(model, "trust", "co"), Fraction(1))


class BodsLegacyTest(unittest.TestCase):
    def test_02_register_with_replacements(self):
        package = Mutual.BodsPackage.new_from_file(os.path.join(FIXTURES, "v02-register.json"), Mutual.BodsReadFlags.NONE)
        self.assertEqual(package.props.version, "0.2")
        model = package.get_model()
        self.assertEqual(model.lookup_party("v02-entity-riverside").props.company_number, "09999991")
        # the replacement updates the same record (the first statement's id)
        statuses = [(c.props.record_id, c.props.status) for c in package.get_changes()]
        self.assertIn(("v02-ooc-ada-1", Mutual.RecordStatus.UPDATED), statuses)
        # 0.2 bounds: exclusiveMinimum true, exclusiveMaximum defaults to true
        [first, *_] = [i for i in package.get_interests() if i.props.interest_type == "shareholding"]
        self.assertEqual(frac(first.props.share_minimum), Fraction(1, 2))
        self.assertTrue(first.props.minimum_exclusive)
        self.assertTrue(first.props.maximum_exclusive)
        self.assertEqual(first.props.directness, Mutual.Directness.DIRECT)
        self.assertEqual(percent(model, "v02-person-ada", "v02-entity-riverside"), Fraction(50001, 100000))
        self.assertEqual(model.lookup_board_right("v02-person-ada", "v02-entity-riverside").props.directors, 1)
        # on the first date: more than 25% up to 50% (maximum included, as stated)
        before = package.dup_model_at("2019-12-31")
        self.assertEqual(percent(before, "v02-person-ada", "v02-entity-riverside"), Fraction(25001, 100000))
        codes = [i.props.interest_type for i in package.get_interests()]
        self.assertIn("appointmentOfBoard", codes)

    def test_03_indirect_disagreement(self):
        package = Mutual.BodsPackage.new_from_file(os.path.join(FIXTURES, "v03-indirect.json"), Mutual.BodsReadFlags.NONE)
        self.assertEqual(package.props.version, "0.3")
        council = package.get_model().lookup_party("v03-e-council")
        self.assertEqual(council.props.kind, Mutual.PartyKind.PUBLIC_BODY)
        [finding] = package.check_indirect()
        self.assertEqual(finding.props.code, "bods.indirect.disagrees")
        self.assertIn("the components give 20%, but 25% is declared", finding.props.message)


if __name__ == "__main__":
    unittest.main()
