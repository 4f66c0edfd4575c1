# SPDX-License-Identifier: LGPL-2.1-or-later
"""Ownership and control from Python: the same figures as the C suite."""
import json
import os
import re
import subprocess
import unittest
from fractions import Fraction

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import GLib, Mutual  # noqa: E402

SOURCE_ROOT = os.environ.get("MUTUAL_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED = os.environ.get("MUTUAL_SHARED_DATA")
CLI = os.environ.get("MUTUAL_CLI", "build/tools/mutual/mutual")
D = Mutual.Dimension
R = Mutual.Resolution


def frac(f):
    return Fraction(f.get_numerator(), f.get_denominator())


def analyse(name):
    return Mutual.Analysis.new(Mutual.Model.new_from_example(name))


def analyse_json(doc):
    doc = {"format": "libmutual-model", "version": 1, **doc}
    return Mutual.Analysis.new(Mutual.Model.new_from_data(json.dumps(doc).encode()))


def holdings_model(*counts):
    parties = [{"id": "y", "name": "Y", "kind": "company"}]
    parties += [{"id": f"p{i + 1}", "name": f"P{i + 1}", "kind": "person"} for i in range(len(counts))]
    return analyse_json({
        "parties": parties,
        "share_classes": [{"id": "o", "issuer": "y", "name": "O"}],
        "holdings": [{"holder": f"p{i + 1}", "share_class": "o", "count": c} for i, c in enumerate(counts)],
    })


def pscs(analysis, company):
    return {p.props.party: sorted(p.props.natures) for p in analysis.list_pscs(company)}


class ExamplesTest(unittest.TestCase):
    def test_mycsp_2012(self):
        a = analyse("mycsp-2012")
        self.assertEqual(pscs(a, "mycsp"), {
            "equiniti": ["ownership-of-shares-25-to-50-percent", "voting-rights-25-to-50-percent"],
            "cabinet-office": ["ownership-of-shares-25-to-50-percent", "voting-rights-25-to-50-percent"],
        })
        kinds = {p.props.party: p.props.kind for p in a.list_pscs("mycsp")}
        self.assertEqual(kinds["equiniti"], Mutual.PscKind.RELEVANT_LEGAL_ENTITY)
        self.assertEqual(kinds["cabinet-office"], Mutual.PscKind.LEGAL_PERSON)
        codes = {(f.props.code, tuple(f.props.ids)) for f in a.psc_findings("mycsp")}
        self.assertIn(("psc.exactly-25-percent", ("mycsp", "mycsp-trust")), codes)
        control = a.control("mycsp")
        self.assertEqual(list(control.props.ordinary), [])
        self.assertEqual(sorted(control.props.block_special), ["cabinet-office", "equiniti"])
        employees = a.employee_interest("mycsp", D.SHARES)
        self.assertTrue(employees.props.exact)
        self.assertEqual(frac(employees.props.fraction), Fraction(1, 4))

    def test_mycsp_2012_power(self):
        a = analyse("mycsp-2012")
        ordinary = {p.props.party: (p.props.banzhaf, p.props.shapley_shubik) for p in a.power("mycsp", R.ORDINARY)}
        self.assertEqual(set(ordinary), {"equiniti", "cabinet-office", "mycsp-trust"})
        for banzhaf, shapley in ordinary.values():
            self.assertAlmostEqual(banzhaf, 1 / 3, places=12)
            self.assertAlmostEqual(shapley, 1 / 3, places=12)
        special = {p.props.party: p.props.banzhaf for p in a.power("mycsp", R.SPECIAL)}
        self.assertEqual(special["mycsp-trust"], 0)
        self.assertAlmostEqual(special["equiniti"], 0.5, places=12)

    def test_mycsp_2014(self):
        a = analyse("mycsp-2014")
        self.assertEqual(list(a.control("mycsp").props.ordinary), ["equiniti"])
        self.assertTrue(a.coalition_can("mycsp", R.ORDINARY, ["equiniti"]))
        self.assertFalse(a.coalition_can("mycsp", R.SPECIAL, ["equiniti"]))
        self.assertTrue(a.coalition_can("mycsp", R.SPECIAL, ["equiniti", "mycsp-trust"]))

    def test_3bm(self):
        a = analyse("3bm-2013")
        control = a.control("3bm")
        self.assertEqual(list(control.props.special), ["3bm-ebt"])
        self.assertFalse(a.coalition_can("3bm", R.BLOCK_SPECIAL, ["prospects"]))
        self.assertNotIn("prospects", pscs(a, "3bm"))
        profits = {i.props.holder: frac(i.props.fraction) for i in a.direct_interests("3bm", D.PROFITS)}
        self.assertEqual(profits, {"3bm-ebt": Fraction(751, 2000), "prospects": Fraction(249, 2000),
                                   "lbhf": Fraction(1, 6), "rbkc": Fraction(1, 6), "wcc": Fraction(1, 6)})
        self.assertEqual(sum(profits.values()), 1)
        votes = {i.props.holder for i in a.direct_interests("3bm", D.VOTES)}
        self.assertEqual(votes, {"3bm-ebt", "prospects"})
        self.assertEqual(frac(a.coalition_votes("3bm", ["lbhf", "rbkc", "wcc"])), 0)
        eot = a.qualify_employee_ownership_trust("3bm", None)
        self.assertFalse(eot.props.qualifies)
        breaches = [f.props.code for f in eot.props.findings if f.props.severity == Mutual.Severity.BREACH]
        self.assertEqual(breaches, ["eot.controlling-interest.profits"])


class BoundaryTest(unittest.TestCase):
    def test_25_percent(self):
        self.assertNotIn("p1", pscs(holdings_model(2500, 7500), "y"))
        self.assertEqual(pscs(holdings_model(2501, 7499), "y")["p1"],
                         ["ownership-of-shares-25-to-50-percent", "voting-rights-25-to-50-percent"])

    def test_50_and_75_percent(self):
        self.assertEqual(list(holdings_model(5000, 5000).control("y").props.ordinary), [])
        self.assertEqual(list(holdings_model(5001, 4999).control("y").props.ordinary), ["p1"])
        a = holdings_model(7500, 2500)
        self.assertEqual(list(a.control("y").props.special), ["p1"])
        self.assertEqual(pscs(a, "y")["p1"],
                         ["ownership-of-shares-75-to-100-percent", "voting-rights-75-to-100-percent"])

    def test_cooperative_of_500(self):
        a = analyse_json({
            "parties": [{"id": "coop", "name": "Co-op", "kind": "cooperative"}]
            + [{"id": f"m{i}", "name": "M", "kind": "person"} for i in range(500)],
            "memberships": [{"member": f"m{i}", "organisation": "coop"} for i in range(500)],
        })
        members = [f"m{i}" for i in range(500)]
        self.assertFalse(a.coalition_can("coop", R.ORDINARY, members[:250]))
        self.assertTrue(a.coalition_can("coop", R.ORDINARY, members[:251]))
        self.assertTrue(a.coalition_can("coop", R.SPECIAL, members[:375]))
        self.assertFalse(a.coalition_can("coop", R.BLOCK_SPECIAL, members[:125]))
        self.assertEqual(len(a.list_pscs("coop")), 0)


class LookThroughTest(unittest.TestCase):
    def test_cycle(self):
        a = analyse_json({
            "parties": [{"id": "a", "name": "A", "kind": "company"}, {"id": "b", "name": "B", "kind": "company"},
                        {"id": "p", "name": "P", "kind": "person"}, {"id": "q", "name": "Q", "kind": "person"}],
            "share_classes": [{"id": "ao", "issuer": "a", "name": "O"}, {"id": "bo", "issuer": "b", "name": "O"}],
            "holdings": [{"holder": "p", "share_class": "ao", "count": 60},
                         {"holder": "b", "share_class": "ao", "count": 40},
                         {"holder": "q", "share_class": "bo", "count": 50},
                         {"holder": "a", "share_class": "bo", "count": 50}],
        })
        owners = {i.props.holder: i.props.value for i in a.ultimate_owners("a", D.VOTES)}
        self.assertAlmostEqual(owners["p"], 0.75, places=14)
        self.assertAlmostEqual(owners["q"], 0.25, places=14)

    def test_paths(self):
        a = analyse_json({
            "parties": [{"id": "x", "name": "X", "kind": "company"}, {"id": "h", "name": "H", "kind": "company"},
                        {"id": "council", "name": "C", "kind": "public-body"},
                        {"id": "other", "name": "O", "kind": "person"}],
            "share_classes": [{"id": "xo", "issuer": "x", "name": "O"}, {"id": "ho", "issuer": "h", "name": "O"}],
            "holdings": [{"holder": "council", "share_class": "xo", "count": 25},
                         {"holder": "h", "share_class": "xo", "count": 25},
                         {"holder": "other", "share_class": "xo", "count": 50},
                         {"holder": "council", "share_class": "ho", "count": 1},
                         {"holder": "other", "share_class": "ho", "count": 1}],
        })
        self.assertAlmostEqual(a.look_through_interest("council", "x", D.SHARES).props.value, 0.375, places=15)
        paths = [(list(p.props.parties), frac(p.props.fraction)) for p in a.interest_paths("council", "x", D.SHARES)]
        self.assertEqual(paths, [(["council", "x"], Fraction(1, 4)), (["council", "h", "x"], Fraction(1, 8))])

    def test_look_through_table(self):
        # a ring of 300 companies, each held half by the next and half by its
        # own person; 20 targets in one call (solved in blocks) against the
        # closed form 2^-(j+1) / (1 - 2^-300) and against one-target solves
        n = 300
        a = analyse_json({
            "parties": [p for i in range(n) for p in ({"id": f"c{i}", "name": "C", "kind": "company"},
                                                       {"id": f"p{i}", "name": "P", "kind": "person"})],
            "share_classes": [{"id": f"k{i}", "issuer": f"c{i}", "name": "O"} for i in range(n)],
            "holdings": [h for i in range(n) for h in ({"holder": f"c{(i + 1) % n}", "share_class": f"k{i}", "count": 1},
                                                        {"holder": f"p{i}", "share_class": f"k{i}", "count": 1})],
        })
        targets = [f"c{t * 11 % n}" for t in range(20)]
        table = a.look_through_table(targets, D.SHARES)
        self.assertEqual(list(table.get_companies()), targets)
        for t, target in enumerate(targets):
            first = t * 11 % n
            self.assertEqual(table.get_n_holders(target), 2 * n - 1)
            for j in (0, 1, 5, 40):
                self.assertAlmostEqual(table.get_value(f"p{(first + j) % n}", target), 2.0 ** -(j + 1), places=13)
            single = {i.props.holder: i.props.value for i in a.look_through_interests(target, D.SHARES)}
            for holder in ("p0", "p150", "c7", "c299"):
                self.assertAlmostEqual(table.get_value(holder, target), single[holder], places=13)

    def test_errors(self):
        a = analyse("mycsp-2012")
        with self.assertRaises(GLib.Error) as caught:
            a.list_pscs("nobody")
        self.assertTrue(caught.exception.matches(Mutual.error_quark(), Mutual.Error.UNKNOWN_ID))


class QualificationTest(unittest.TestCase):
    def psm(self, votes, directors, distribution="reinvested"):
        return analyse_json({
            "parties": [{"id": "m", "name": "M", "kind": "company", "board_size": 9,
                         "public_service_mission": True, "profit_distribution": distribution},
                        {"id": "eot", "name": "EOT", "kind": "employee-ownership-trust", "beneficiary_employer": "m"},
                        {"id": "council", "name": "C", "kind": "public-body"}],
            "share_classes": [{"id": "o", "issuer": "m", "name": "O"}],
            "holdings": [{"holder": "eot", "share_class": "o", "count": votes},
                         {"holder": "council", "share_class": "o", "count": 1000 - votes}],
            "board_rights": [{"appointer": "eot", "company": "m", "directors": directors}],
        })

    def test_procurement_act(self):
        s33 = Mutual.MutualTest.PROCUREMENT_ACT_2023_S33
        self.assertTrue(self.psm(600, 5).qualify_public_service_mutual("m", s33).get_qualifies())
        weak = self.psm(600, 4)
        self.assertFalse(weak.qualify_public_service_mutual("m", s33).get_qualifies())
        weak.props.employee_control_threshold = Mutual.Fraction.new(1, 3)
        self.assertTrue(weak.qualify_public_service_mutual("m", s33).get_qualifies())
        q = self.psm(600, 5, "unrestricted").qualify_public_service_mutual("m", s33)
        self.assertFalse(q.get_qualifies())
        self.assertIn("psm.profits", [f.props.code for f in q.get_findings()])

    def test_pcr_reg_77(self):
        reg77 = Mutual.MutualTest.PCR_2015_REG_77
        self.assertTrue(self.psm(250, 1, "members-only").qualify_public_service_mutual("m", reg77).get_qualifies())
        self.assertFalse(self.psm(249, 1, "members-only").qualify_public_service_mutual("m", reg77).get_qualifies())


class NaturesTest(unittest.TestCase):
    @unittest.skipUnless(SHARED and os.path.exists(os.path.join(SHARED, "psc", "psc_descriptions.yml")),
                         "MUTUAL_SHARED_DATA/psc/psc_descriptions.yml is not available")
    def test_codes_are_companies_house_codes(self):
        with open(os.path.join(SHARED, "psc", "psc_descriptions.yml"), encoding="utf-8") as f:
            known = set(re.findall(r"^\s+'([a-z0-9-]+)'\s*:", f.read(), re.M))
        with open(os.path.join(SOURCE_ROOT, "libmutual", "core", "rules", "psc-natures.json"), encoding="utf-8") as f:
            table = json.load(f)
        for row in table["rows"]:
            for member in ("code", "as_trust", "as_firm"):
                self.assertIn(row[member], known, f"{row['key']}.{member}")


class CliTest(unittest.TestCase):
    def run_cli(self, *args):
        return subprocess.run([CLI, "analyse", *args], capture_output=True, text=True, timeout=60)

    def test_json(self):
        result = self.run_cli(os.path.join(SOURCE_ROOT, "examples", "models", "mycsp-2012.json"), "--json")
        self.assertEqual(result.returncode, 0, result.stderr)
        data = json.loads(result.stdout)
        mycsp = next(c for c in data["companies"] if c["id"] == "mycsp")
        self.assertEqual({p["party"] for p in mycsp["psc"]}, {"equiniti", "cabinet-office"})
        for p in mycsp["psc"]:
            self.assertEqual(sorted(p["natures_of_control"]),
                             ["ownership-of-shares-25-to-50-percent", "voting-rights-25-to-50-percent"])
        self.assertEqual(mycsp["control"]["ordinary"], [])
        self.assertEqual(sorted(mycsp["control"]["block_special"]), ["cabinet-office", "equiniti"])
        self.assertEqual({p["party"] for p in mycsp["power"]}, {"equiniti", "cabinet-office", "mycsp-trust"})
        for p in mycsp["power"]:
            self.assertAlmostEqual(p["banzhaf"], 1 / 3, places=12)
            self.assertAlmostEqual(p["shapley_shubik"], 1 / 3, places=12)

    def test_embedded_example_and_company(self):
        result = self.run_cli("--company", "3bm")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("3bm-ebt", result.stdout)
        self.assertIn("37.55%", result.stdout)
        self.assertEqual(self.run_cli("--company", "atlantis").returncode, 3)


if __name__ == "__main__":
    unittest.main()
