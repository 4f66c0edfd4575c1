# SPDX-License-Identifier: LGPL-2.1-or-later
"""What-if scenarios from Python: the acceptance cases of the scenario
layer, the scenario file schema, and a sweep whose rows go straight into
a list of dicts (and a pandas DataFrame where pandas is installed)."""
import glob
import json
import os
import unittest

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import GLib, GObject, Mutual  # noqa: E402

try:
    import jsonschema
except ImportError:  # pragma: no cover - the set-up installs python3-jsonschema
    jsonschema = None

try:
    import pandas
except ImportError:  # pragma: no cover - optional
    pandas = None

SOURCE_ROOT = os.environ.get("MUTUAL_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "..", ".."))
MODELS = os.path.join(SOURCE_ROOT, "examples", "models")
SCENARIOS = os.path.join(SOURCE_ROOT, "examples", "scenarios")


def holdings(model):
    return {(h.props.holder, h.props.share_class): h.props.count for h in model.get_holdings()}


def load(name):
    return Mutual.Model.new_from_file(os.path.join(MODELS, name + ".json"))


class ScenarioTest(unittest.TestCase):
    def test_mycsp_october_2014(self):
        base = load("mycsp-2012")
        before = holdings(base)
        scenario = Mutual.Scenario.new(base)
        scenario.transfer_shares("2014-10-01", "cabinet-office", "equiniti", "mycsp-ordinary", 11)
        timeline = scenario.run()
        self.assertEqual(holdings(timeline.final()), holdings(load("mycsp-2014")))
        self.assertEqual(holdings(base), before)

        rows = timeline.compare(None, None).to_rows().unpack()
        psc = [r for r in rows if r["kind"] == "psc-changed" and r["party"] == "equiniti"]
        self.assertEqual(len(psc), 1)
        self.assertIn("25-to-50", psc[0]["before"])
        self.assertIn("50-to-75", psc[0]["after"])
        control = [r for r in rows if r["kind"] == "control" and r["party"] == "equiniti"
                   and r["measure"] == "ordinary-resolution"]
        self.assertEqual([(r["before"], r["after"]) for r in control], [("no", "yes")])
        lines = timeline.compare(None, None).to_lines()
        self.assertTrue(any("moves from the 25-to-50 to the 50-to-75 band" in line for line in lines), lines)

    def test_three_bm_staff_issue_per_year(self):
        scenario = Mutual.Scenario.new_from_file(os.path.join(SCENARIOS, "3bm-staff-issue.json"), None)
        timeline = scenario.run()
        per_year = {}
        for year in range(2013, 2019):
            state = timeline.at("%d-12-31" % year)
            interest = Mutual.Analysis.new(state).employee_interest("3bm", Mutual.Dimension.SHARES)
            fraction = interest.get_fraction()
            per_year[year] = (fraction.numerator, fraction.denominator)
        # 751 of 1000 at launch, then 50 more to the trust each May
        expected = {2013 + k: (751 + 50 * k, 1000 + 50 * k) for k in range(6)}
        for year, (num, den) in expected.items():
            g = __import__("math").gcd(num, den)
            self.assertEqual(per_year[year], (num // g, den // g), year)

    def test_bad_scenarios_leave_everything_unchanged(self):
        base = load("mycsp-2012")
        before = holdings(base)
        cases = [
            (lambda s: s.transfer_shares("2015-04-01", "equiniti", "mycsp-trust", "mycsp-ordinary", 150),
             Mutual.Error.INSUFFICIENT, "events[1] (transfer-shares, 2015-04-01): “equiniti” holds 51 shares"),
            (lambda s: s.transfer_shares("2015-04-01", "nobody", "mycsp-trust", "mycsp-ordinary", 1),
             Mutual.Error.UNKNOWN_ID, "there is no party “nobody”"),
            (lambda s: s.issue_shares("2015-04-01", "equiniti", "no-such-class", 1),
             Mutual.Error.UNKNOWN_ID, "there is no share class “no-such-class”"),
            (lambda s: s.issue_shares("2012-01-01", "equiniti", "mycsp-ordinary", 1),
             Mutual.Error.ORDER, "dated before the event before it"),
            (lambda s: s.consolidate_shares("2015-04-01", "mycsp-ordinary", 2),
             Mutual.Error.INVALID, "would lose shares"),
            (lambda s: s.convert_shares("2015-04-01", "equiniti", "mycsp-ordinary", "mycsp-ordinary", 0, None),
             Mutual.Error.INVALID, "same company"),
        ]
        for apply, code, message in cases:
            with self.subTest(message=message):
                scenario = Mutual.Scenario.new(base)
                scenario.transfer_shares("2014-10-01", "cabinet-office", "equiniti", "mycsp-ordinary", 11)
                final = holdings(scenario.get_final())
                with self.assertRaises(GLib.Error) as caught:
                    apply(scenario)
                self.assertTrue(caught.exception.matches(Mutual.error_quark(), code), caught.exception)
                self.assertIn(message, caught.exception.message)
                self.assertIn("events[1]", caught.exception.message)
                self.assertEqual(scenario.get_n_events(), 1)
                self.assertEqual(holdings(scenario.get_final()), final)
                self.assertEqual(holdings(base), before)

    def test_events_built_from_python(self):
        event = Mutual.TransferSharesEvent(date="2015-04-01", id="sale", transferor="equiniti",
                                           transferee="mycsp-trust", share_class="mycsp-ordinary", count=15)
        self.assertEqual(event.get_kind(), "transfer-shares")
        self.assertIn("equiniti transfers 15 shares", event.describe())
        again = Mutual.Event.from_data(event.to_data()[0].encode())
        self.assertEqual(type(again), Mutual.TransferSharesEvent)
        self.assertEqual(again.props.count, 15)
        model = load("mycsp-2014")
        event.apply(model)
        self.assertEqual(holdings(model)[("mycsp-trust", "mycsp-ordinary")], 40)
        self.assertEqual(model.props.date, "2015-04-01")

    def test_sweep_of_1000_into_dicts(self):
        sweep = Mutual.Sweep.new(load("mycsp-2014"))
        sweep.add_event(Mutual.IssueSharesEvent(date="2015-04-01", holder="mycsp-trust",
                                                share_class="mycsp-ordinary", count=1))
        sweep.bind(0, "count", "${n}")
        sweep.add_range("n", 1, 1000, 1)
        sweep.add_metric("trust=holding:mycsp-trust:mycsp-ordinary")
        sweep.add_metric("employees=employee-interest:mycsp")
        sweep.add_metric("ordinary=control:mycsp:ordinary")
        sweep.add_metric("pscs=psc-count:mycsp")
        progress = []
        sweep.connect("progress", lambda _s, done, total: progress.append((done, total)))
        rows = sweep.run(None).unpack()
        self.assertIsInstance(rows, list)
        self.assertEqual(len(rows), 1000)
        self.assertTrue(all(isinstance(r, dict) for r in rows))
        self.assertEqual(progress[-1], (1000, 1000))
        for row in rows:
            n = row["n"]
            self.assertEqual(row["error"], "")
            self.assertEqual(row["trust"], 25 + n)
            self.assertAlmostEqual(row["employees"], (25 + n) / (100 + n))
            # the trust alone has a majority once 25 + n > (100 + n) / 2
            self.assertEqual(row["ordinary"], "mycsp-trust" if 2 * (25 + n) > 100 + n else
                             ("equiniti" if 2 * 51 > 100 + n else ""))
        if pandas is not None:
            frame = pandas.DataFrame(rows)
            self.assertEqual(len(frame), 1000)
            self.assertEqual(list(frame.columns[:3]), ["run", "label", "n"])
            self.assertEqual(int(frame["trust"].max()), 1025)

    def test_sweep_of_scenarios(self):
        base = load("mycsp-2014")
        sweep = Mutual.Sweep.new(base)
        for name in ("mycsp-partner-sells-to-trust", "mycsp-government-exit"):
            sweep.add_scenario(Mutual.Scenario.new_from_file(os.path.join(SCENARIOS, name + ".json"), base))
        sweep.add_metric("control:mycsp")
        sweep.add_metric("trust=look-through:mycsp-trust:mycsp")
        rows = sweep.run(None).unpack()
        self.assertEqual([r["control:mycsp"] for r in rows], ["", "equiniti"])
        self.assertAlmostEqual(rows[0]["trust"], 0.40)
        self.assertAlmostEqual(rows[1]["trust"], 0.33)
        self.assertTrue(rows[0]["label"].startswith("MyCSP: what if Equiniti sells"))

    def test_power_metric(self):
        # MyCSP 2012: 40/35/25 — for an ordinary resolution any two of the
        # three win, so each has 1/3 of the power; for a special resolution
        # (75%) the trust's 25% never swings (DESIGN.md)
        sweep = Mutual.Sweep.new(load("mycsp-2012"))
        sweep.add_run("2012", [])
        for party in ("equiniti", "cabinet-office", "mycsp-trust"):
            sweep.add_metric(f"{party}=power:{party}:mycsp")
            sweep.add_metric(f"{party}-special=power:{party}:mycsp:special")
        row = sweep.run(None).unpack()[0]
        for party in ("equiniti", "cabinet-office", "mycsp-trust"):
            self.assertAlmostEqual(row[party], 1 / 3)
        self.assertAlmostEqual(row["mycsp-trust-special"], 0)
        self.assertAlmostEqual(row["equiniti-special"], 0.5)


@unittest.skipIf(jsonschema is None, "python3-jsonschema is not installed")
class ScenarioSchemaTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(os.path.join(SOURCE_ROOT, "docs", "scenario.schema.json"), encoding="utf-8") as f:
            cls.schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(cls.schema)
        cls.validator = jsonschema.Draft202012Validator(cls.schema)

    def test_examples_validate_and_load(self):
        names = sorted(glob.glob(os.path.join(SCENARIOS, "*.json")))
        self.assertGreaterEqual(len(names), 4)
        for name in names:
            with self.subTest(name=os.path.basename(name)):
                with open(name, encoding="utf-8") as f:
                    self.validator.validate(json.load(f))
                scenario = Mutual.Scenario.new_from_file(name, None)
                data, _length = scenario.to_data()
                self.validator.validate(json.loads(data))

    def test_schema_knows_every_kind_and_property(self):
        defs = self.schema["$defs"]
        for kind in Mutual.Event.list_kinds():
            with self.subTest(kind=kind):
                self.assertIn(kind, defs)
                members = set(defs[kind]["properties"]) - {"type"}
                gtype = Mutual.Event.type_from_kind(kind)
                props = {spec.name.replace("-", "_") for spec in GObject.list_properties(gtype)}
                self.assertEqual(members, props)

    def test_rejected_by_both(self):
        good = {"format": "libmutual-scenario", "version": 1, "base": "mycsp-2012",
                "events": [{"type": "transfer-shares", "date": "2014-10-01", "transferor": "cabinet-office",
                            "transferee": "equiniti", "share_class": "mycsp-ordinary", "count": 11}]}
        self.assertTrue(self.validator.is_valid(good))
        Mutual.Scenario.new_from_data(json.dumps(good).encode(), None)
        event = good["events"][0]
        bad = [
            dict(good, events=[dict(event, type="sell")]),
            dict(good, events=[dict(event, count=-1)]),
            dict(good, events=[dict(event, colour="red")]),
            dict(good, events=[dict(event, date="2014-13-01")]),
            dict(good, events=[{k: v for k, v in event.items() if k != "date"}]),
            dict(good, format="libmutual-model"),
            dict(good, extra=True),
        ]
        for doc in bad:
            with self.subTest(doc=doc):
                self.assertFalse(self.validator.is_valid(doc))
                with self.assertRaises(GLib.Error):
                    Mutual.Scenario.new_from_data(json.dumps(doc).encode(), None)


if __name__ == "__main__":
    unittest.main()
