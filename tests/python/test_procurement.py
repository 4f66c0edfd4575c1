# SPDX-License-Identifier: LGPL-2.1-or-later
"""Reserved contracts and grace periods from Python: the shared cases in
tests/data/procurement-cases.json (the GJS suite runs the same), the 3BM
example, malformed CPV codes and `mutual procurement --json`."""
import datetime
import json
import os
import subprocess
import tempfile
import unittest

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import GLib, Mutual  # noqa: E402

SOURCE_ROOT = os.environ.get("MUTUAL_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "..", ".."))
CLI = os.environ.get("MUTUAL_CLI", "build/tools/mutual/mutual")

with open(os.path.join(SOURCE_ROOT, "tests", "data", "procurement-cases.json"), encoding="utf-8") as _f:
    CASES = json.load(_f)


def model_of(contracts):
    doc = {"format": "libmutual-model", "version": 1, "parties": CASES["parties"],
           "share_classes": CASES["share_classes"], "holdings": CASES["holdings"], "contracts": contracts}
    return Mutual.Model.new_from_data(json.dumps(doc).encode())


def items(list_model):
    return [list_model.get_item(i) for i in range(list_model.get_n_items())]


class SharedCasesTest(unittest.TestCase):
    def test_regimes(self):
        for case in CASES["regimes"]:
            with self.subTest(date=case["date"]):
                regime = Mutual.ProcurementRegime.for_date(case["date"])
                self.assertEqual(regime.value_nick, case["regime"])
                self.assertEqual(Mutual.ProcurementRegime.to_string(regime), case["regime"])

    def test_cases(self):
        for case in CASES["cases"]:
            with self.subTest(case=case["name"]):
                model = model_of(case["contracts"])
                findings = items(Mutual.Procurement.new(model).check_contract(case["check"]))
                got = {(f.props.code, f.props.severity.value_nick, f.props.citation) for f in findings}
                for want in case["present"]:
                    self.assertIn((want["code"], want["severity"], want["citation"]), got)
                codes = {f.props.code for f in findings}
                for code in case["absent"]:
                    self.assertNotIn(code, codes)
                breaches = [f for f in findings if f.props.severity == Mutual.Severity.BREACH]
                self.assertEqual(len(breaches), case["breaches"], [f.props.message for f in breaches])


class ContractTest(unittest.TestCase):
    def test_3bm_is_not_reserved(self):
        model = Mutual.Model.new_from_example("3bm-2013")
        contract = model.lookup_contract("3bm-schools-support")
        self.assertEqual(contract.props.reserved_under, Mutual.ReservedUnder.NONE)
        self.assertEqual(contract.props.value, 977891 * 100)
        self.assertEqual(contract.dup_latest_end(), "2020-04-01")
        procurement = Mutual.Procurement.new(model)
        findings = {f.props.code: f for f in items(procurement.check_contract("3bm-schools-support"))}
        summary = findings["procurement.not_reserved"]
        self.assertIn("before PCR 2015 reg 77 existed", summary.props.message)
        self.assertIn("longer than the 3 years PCR 2015 reg 77(5) would allow", summary.props.message)
        self.assertEqual(findings["procurement.not_reservable.term"].props.citation, "PCR 2015 reg 77(5)")
        self.assertIn("procurement.not_reservable.regime", findings)
        self.assertNotIn("procurement.reserved", findings)
        period = procurement.get_grace_period("3bm", "lbhf")
        self.assertIsNone(period.props.start)
        self.assertIsNone(period.props.end)
        self.assertEqual(period.props.open_competition_due, "2020-04-02")
        self.assertEqual(period.props.next_reservation_allowed, "2015-02-26")
        self.assertEqual([c.props.id for c in items(period.get_timeline())], ["3bm-schools-support"])

    def test_grace_period(self):
        model = model_of([
            {"id": "reserved", "authority": "council", "supplier": "mutual", "cpv_codes": ["85312000-9"],
             "procurement_start": "2015-10-01", "award_date": "2016-01-15", "start": "2016-04-01",
             "end": "2018-03-31", "extension_months": 12, "procedure": "light-touch",
             "reserved_under": "pcr-2015-reg-77"},
        ])
        period = Mutual.Procurement.new(model).get_grace_period("mutual", "council")
        self.assertEqual((period.props.start, period.props.end, period.props.open_competition_due,
                          period.props.next_reservation_allowed),
                         ("2016-04-01", "2019-03-31", "2019-04-01", "2019-01-15"))

    def test_malformed_cpv_code(self):
        with self.assertRaises(GLib.Error) as caught:
            Mutual.cpv_code_validate("8531200-9")
        self.assertEqual(caught.exception.code, Mutual.Error.PARSE)
        self.assertIn("\u201c8531200-9\u201d is not a CPV code", caught.exception.message)
        model = model_of([])
        contract = Mutual.Contract.new("c", "council", "mutual", ["85312000-9", "85312000-X"],
                                       "2016-01-15", "2016-04-01", "2019-03-31")
        with self.assertRaises(GLib.Error) as caught:
            model.add_contract(contract)
        self.assertIn("cpv_codes[1]: \u201c85312000-X\u201d is not a CPV code", caught.exception.message)
        self.assertEqual(model.get_contracts().get_n_items(), 0)
        with self.assertRaises(GLib.Error) as caught:
            model_of([{"id": "c", "authority": "council", "supplier": "mutual", "cpv_codes": ["853120009"],
                       "award_date": "2016-01-15", "start": "2016-04-01", "end": "2019-03-31"}])
        self.assertIn("contracts[0].cpv_codes[0]: \u201c853120009\u201d is not a CPV code", caught.exception.message)

    def test_reservable_list(self):
        codes = Mutual.cpv_list_reservable(Mutual.ReservedUnder.PCR_2015_REG_77)
        self.assertEqual(len(codes), 115)
        self.assertEqual(codes[0], "75121000-0")
        self.assertTrue(Mutual.cpv_code_is_reservable("92600000-7", Mutual.ReservedUnder.PCR_2015_REG_77))


class CliTest(unittest.TestCase):
    def run_cli(self, *args):
        return subprocess.run([CLI, "procurement", *args], capture_output=True, text=True, timeout=60)

    def test_3bm_json(self):
        result = self.run_cli("--json")
        self.assertEqual(result.returncode, 0, result.stderr)
        data = json.loads(result.stdout)
        codes = [f["code"] for f in data["findings"]]
        self.assertIn("procurement.not_reserved", codes)
        for finding in data["findings"]:
            self.assertTrue({"code", "severity", "citation"} <= set(finding))
        [period] = data["grace_periods"]
        self.assertEqual((period["supplier"], period["authority"]), ("3bm", "lbhf"))
        grace = period["grace_period"]
        self.assertEqual(set(grace), {"start", "end", "open_competition_due", "next_reservation_allowed"})
        self.assertIsNone(grace["start"])
        datetime.date.fromisoformat(grace["open_competition_due"])
        datetime.date.fromisoformat(grace["next_reservation_allowed"])
        self.assertEqual(period["timeline"][0]["regime"], "pcr-2006")

    def test_breach_exit_status_and_filters(self):
        case = next(c for c in CASES["cases"] if c["name"].startswith("a second reserved award 2 years"))
        doc = {"format": "libmutual-model", "version": 1, "parties": CASES["parties"],
               "share_classes": CASES["share_classes"], "holdings": CASES["holdings"], "contracts": case["contracts"]}
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(doc, f)
        try:
            result = self.run_cli(f.name, "--json", "--supplier", "mutual", "--authority", "council")
            text = self.run_cli(f.name)
            none = self.run_cli(f.name, "--json", "--authority", "council2")
            unknown = self.run_cli(f.name, "--supplier", "nobody")
        finally:
            os.unlink(f.name)
        self.assertEqual(result.returncode, 1, result.stderr)
        data = json.loads(result.stdout)
        breach = next(f for f in data["findings"] if f["code"] == "procurement.cool_off")
        self.assertEqual((breach["severity"], breach["citation"]), ("breach", "PCR 2015 reg 77(4)(d)"))
        grace = data["grace_periods"][0]["grace_period"]
        self.assertEqual(grace["start"], "2016-01-15")
        self.assertEqual(grace["end"], "2022-01-14")
        self.assertEqual(grace["open_competition_due"], "2022-01-15")
        self.assertEqual(grace["next_reservation_allowed"], "2022-01-14")
        self.assertEqual(text.returncode, 1)
        self.assertIn("procurement.cool_off", text.stdout)
        self.assertEqual(none.returncode, 0)
        self.assertEqual(json.loads(none.stdout)["grace_periods"], [])
        self.assertEqual(unknown.returncode, 3)
        self.assertIn("no party \u201cnobody\u201d", unknown.stderr)


if __name__ == "__main__":
    unittest.main()
