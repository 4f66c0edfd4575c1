# SPDX-License-Identifier: LGPL-2.1-or-later
"""The Python override (bindings/python/gi/overrides/Mutual.py): dates and
fractions in and out, lists by id, plain data, reprs, HTML, errors."""
import datetime
import fractions
import inspect
import os
import pydoc
import shutil
import unittest
import xml.etree.ElementTree as ET

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import Gio, GLib, Mutual  # noqa: E402

try:
    import pandas
except ImportError:  # pragma: no cover - pandas is optional
    pandas = None

BUILD_ROOT = os.environ.get("MUTUAL_BUILD_ROOT")
GB = Mutual.Jurisdiction.GREAT_BRITAIN
D = datetime.date


def override_module():
    import gi.overrides.Mutual as module
    return module


class OverrideTest(unittest.TestCase):
    def test_override_is_loaded(self):
        # the override from bindings/python, not the bare typelib class
        self.assertEqual(Mutual.Model.__module__, "gi.overrides.Mutual")
        self.assertEqual(Mutual.Analysis.__module__, "gi.overrides.Mutual")
        self.assertEqual(type(Mutual.Model.new()).__module__, "gi.overrides.Mutual")

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
        self.assertEqual([p.props.id for p in model.parties[1:3]], ["cabinet-office", "equiniti"])
        with self.assertRaises(IndexError):
            model.parties[4]
        self.assertIn("MyCSP", repr(model))
        self.assertIn("kind='public-body'", repr(model.parties["cabinet-office"]))
        # the lists are still the C API's Gio.ListModels
        self.assertIsInstance(model.parties, Gio.ListModel)
        self.assertEqual(model.parties.get_n_items(), 4)
        # a model iterates over and indexes its parties
        self.assertEqual(len(model), 4)
        self.assertEqual(model["equiniti"].props.kind, Mutual.PartyKind.COMPANY)
        self.assertEqual([p.props.id for p in model], [p.props.id for p in model.get_parties()])
        self.assertIn("mycsp", model)
        with self.assertRaises(KeyError):
            model["nobody"]

    def test_empty_is_still_true(self):
        # len() on a model or a result must not make an empty one falsy
        self.assertTrue(Mutual.Model.new())
        self.assertFalse(Mutual.Model.new().get_parties())   # an empty list is, like a list
        self.assertTrue(Mutual.Scenario.new(Mutual.Model.new()))

    def test_set_date_accepts_datetime(self):
        model = Mutual.Model.new()
        model.set_date(datetime.date(2015, 4, 1))
        self.assertEqual(model.props.date, "2015-04-01")
        self.assertEqual(model.date, datetime.date(2015, 4, 1))
        model.set_date(None)
        self.assertIsNone(model.date)

    def test_fraction(self):
        quarter = Mutual.Fraction.new(25, 100)
        self.assertEqual(quarter.to_python(), fractions.Fraction(1, 4))
        self.assertEqual(fractions.Fraction(quarter), fractions.Fraction(1, 4))
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
        self.assertEqual(finding.date, datetime.date(2014, 5, 1))
        self.assertEqual(str(finding), "breach: late [TUPE 2006 reg 11(6)]")

    def test_replace(self):
        model = Mutual.Model.new_from_example("3bm-2013")
        plan = model.transfer_plans["3bm-2013"]
        late = plan.replace(eli_sent=D(2013, 3, 28))
        self.assertEqual(late.props.eli_sent, "2013-03-28")
        self.assertEqual(plan.props.eli_sent, "2013-03-01")  # items are immutable
        for name in ("transferors", "transferee", "grouping", "assignment_threshold", "eli_contents"):
            self.assertEqual(late.get_property(name), plan.get_property(name), name)
        self.assertEqual(late.get_measures().rows(), plan.get_measures().rows())
        with self.assertRaises(TypeError):
            plan.replace(no_such_property=1)
        # the late copy breaks the 14-day rule of 2013 where the original did not
        model.remove_transfer_plan("3bm-2013")
        model.add_transfer_plan(late)
        codes = Mutual.TransferAnalysis.new(model, "3bm-2013").check().keys()
        self.assertIn("tupe.eli.late", codes)


class DatesTest(unittest.TestCase):
    """datetime.date in wherever the C API takes a date; the result is the
    one the same ISO string gives."""

    def setUp(self):
        self.model = Mutual.Model.new_from_example("3bm-2013")
        self.transfer = Mutual.TransferAnalysis.new(self.model, "3bm-2013")

    def test_methods(self):
        by_date = self.transfer.compute_liabilities(D(2013, 4, 2))
        by_text = self.transfer.compute_liabilities("2013-04-02")
        self.assertEqual(by_date.props.total, by_text.props.total)
        self.assertEqual(by_date.date, D(2013, 4, 2))
        self.assertEqual(self.transfer.check(on=D(2013, 4, 2)).keys(), self.transfer.check("2013-04-02").keys())
        # a day later the figures change (another day of service, older
        # staff): the date really reaches the C function
        later = self.transfer.compute_liabilities(D(2016, 4, 2))
        self.assertNotEqual(later.props.total_redundancy_pay, by_date.props.total_redundancy_pay)
        # None (the transfer date) still works
        self.assertEqual(self.transfer.compute_liabilities().props.date, "2013-04-02")
        self.assertEqual(self.transfer.compute_liabilities(None).props.date, "2013-04-02")

    def test_static_and_namespace_functions(self):
        pay = Mutual.RedundancyPay.compute(D(1970, 3, 10), D(2000, 1, 1), D(2012, 3, 9), 30000, GB)
        self.assertEqual(pay.props.pence, Mutual.RedundancyPay.compute(
            "1970-03-10", "2000-01-01", "2012-03-09", 30000, GB).props.pence)
        self.assertEqual(Mutual.RedundancyPay.get_cap_at(D(2024, 4, 6), GB), 70000)
        self.assertEqual(Mutual.ProcurementRegime.for_date(D(2015, 2, 26)), Mutual.ProcurementRegime.PCR_2015)
        self.assertEqual(Mutual.ProcurementRegime.for_date(D(2015, 2, 25)), Mutual.ProcurementRegime.PCR_2006)
        self.assertEqual(Mutual.procurement_regime_for_date(D(2025, 2, 24)),
                         Mutual.ProcurementRegime.PROCUREMENT_ACT_2023)

    def test_constructors_and_properties(self):
        contract = Mutual.Contract.new("c", "a", "s", ["75121000-0"], D(2016, 1, 4), D(2016, 2, 1), D(2019, 1, 31))
        self.assertEqual((contract.props.award_date, contract.props.end), ("2016-01-04", "2019-01-31"))
        staff = Mutual.StaffMember(id="x", employer="c", started=D(2000, 1, 1), born="1970-01-01",
                                   weekly_pay=1, assignment=fractions.Fraction(1, 2))
        self.assertEqual(staff.props.started, "2000-01-01")
        self.assertEqual(staff.started, D(2000, 1, 1))
        self.assertEqual(staff.born, D(1970, 1, 1))
        self.assertEqual(staff.props.assignment, fractions.Fraction(1, 2))

    def test_date_attributes(self):
        plan = self.model.transfer_plans["3bm-2013"]
        self.assertEqual(plan.transfer_date, D(2013, 4, 2))
        self.assertEqual(plan.eli_sent, D(2013, 3, 1))
        self.assertIsNone(plan.first_dismissal)
        contract = self.model.contracts["3bm-schools-support"]
        self.assertEqual((contract.award_date, contract.start, contract.end),
                         (D(2013, 3, 4), D(2013, 4, 2), D(2017, 4, 1)))
        self.assertIsNone(contract.procurement_start)
        grace = Mutual.Procurement.new(self.model).get_grace_period("3bm", "lbhf")
        self.assertEqual(grace.open_competition_due, D.fromisoformat(grace.props.open_competition_due))
        for obligation in self.transfer.get_calendar():
            self.assertEqual(obligation.due, D.fromisoformat(obligation.props.due))
        # the C API's own getters and props keep their strings
        self.assertEqual(plan.get_transfer_date(), "2013-04-02")
        self.assertEqual(plan.props.transfer_date, "2013-04-02")

    def test_not_a_date_argument(self):
        # a date where the C API takes an id is the same TypeError as without
        # the override: nothing is guessed
        with self.assertRaises(TypeError):
            self.model.lookup_party(D(2013, 1, 1))
        # a datetime is not a calendar date
        with self.assertRaises(TypeError):
            self.transfer.check(datetime.datetime(2013, 4, 2, 12, 0))

    def test_bad_date_is_the_c_error(self):
        with self.assertRaises(GLib.Error) as caught:
            Mutual.RedundancyPay.compute("1970-02-30", D(2000, 1, 1), D(2012, 3, 9), 30000, GB)
        error = caught.exception
        self.assertEqual(error.domain, GLib.quark_to_string(Mutual.error_quark()))
        self.assertTrue(error.matches(Mutual.error_quark(), error.code))
        self.assertIsInstance(Mutual.Error(error.code), Mutual.Error)
        self.assertIn("1970-02-30", error.message)

    @unittest.skipUnless(BUILD_ROOT, "MUTUAL_BUILD_ROOT is not set")
    def test_every_documented_date_is_recognised(self):
        # Every string parameter and property the GIR documents as an ISO
        # 8601 date is one the override converts and reads as a date.
        module = override_module()
        ns = {"c": "http://www.gtk.org/introspection/core/1.0"}
        root = ET.parse(os.path.join(BUILD_ROOT, "libmutual", "Mutual-1.0.gir")).getroot()
        missed, seen = [], 0
        for kind in ("parameter", "property"):
            for element in root.iter(f"{{{ns['c']}}}{kind}"):
                ctype = element.find("c:type", ns)
                doc = element.find("c:doc", ns)
                if ctype is None or ctype.get("name") != "utf8" or doc is None or "ISO 8601" not in doc.text:
                    continue
                if element.get("direction") == "out":
                    continue
                seen += 1
                name = element.get("name")
                ok = (module._is_date_argument(name) if kind == "parameter" else module._is_date_property(name))
                if not ok:
                    missed.append((kind, name))
        self.assertGreater(seen, 30)
        self.assertEqual(missed, [])


class ListsTest(unittest.TestCase):
    def setUp(self):
        self.analysis = Mutual.Analysis.new(Mutual.Model.new_from_example("mycsp-2012"))

    def test_index_by_id(self):
        pscs = self.analysis.list_pscs("mycsp")
        self.assertIsInstance(pscs, Gio.ListModel)
        self.assertEqual(len(pscs), 2)
        self.assertEqual(sorted(pscs.keys()), ["cabinet-office", "equiniti"])
        self.assertEqual(pscs["equiniti"].props.kind, Mutual.PscKind.RELEVANT_LEGAL_ENTITY)
        self.assertIn("equiniti", pscs)
        self.assertNotIn("mycsp-trust", pscs)
        self.assertIsNone(pscs.get("mycsp-trust"))
        with self.assertRaises(KeyError):
            pscs["mycsp-trust"]
        self.assertIn(pscs[0], pscs)
        interests = self.analysis.direct_interests("mycsp", Mutual.Dimension.VOTES)
        self.assertEqual(interests["mycsp-trust"].props.fraction, fractions.Fraction(1, 4))

    def test_rows_and_pandas(self):
        interests = self.analysis.direct_interests("mycsp", Mutual.Dimension.SHARES)
        rows = interests.rows()
        self.assertEqual({r["holder"]: r["fraction"] for r in rows},
                         {"cabinet-office": fractions.Fraction(7, 20), "equiniti": fractions.Fraction(2, 5),
                          "mycsp-trust": fractions.Fraction(1, 4)})
        self.assertEqual(sum(r["fraction"] for r in rows), 1)
        self.assertEqual({r["dimension"] for r in rows}, {"shares"})
        self.assertEqual(interests.to_dict()["equiniti"]["value"], 0.4)
        if pandas is not None:
            frame = pandas.DataFrame(rows)
            self.assertEqual(len(frame), 3)
            self.assertAlmostEqual(frame["value"].sum(), 1.0)
            self.assertEqual(frame.set_index("holder").loc["equiniti", "fraction"], fractions.Fraction(2, 5))

    def test_findings_rows(self):
        notes = self.analysis.psc_findings("mycsp")
        rows = notes.rows()
        self.assertTrue(rows)
        for row, finding in zip(rows, notes):
            self.assertEqual(row["code"], finding.props.code)
            self.assertEqual(row["date"], D(2012, 5, 1))
        self.assertEqual(notes["psc.exactly-25-percent"].props.ids, ["mycsp", "mycsp-trust"])

    def test_repr(self):
        text = repr(self.analysis.list_pscs("mycsp"))
        self.assertIn("<Mutual.Psc company='mycsp' party='equiniti'", text)
        self.assertIn("'voting-rights-25-to-50-percent'", text)
        self.assertEqual(repr(self.analysis.control("mycsp")),
                         "<Mutual.Control company='mycsp' ordinary=[] special=[] "
                         "block_special=['cabinet-office', 'equiniti']>")


class ResultsTest(unittest.TestCase):
    def test_analysis(self):
        analysis = Mutual.Analysis.new(Mutual.Model.new_from_example("3bm-2013"))
        self.assertEqual(analysis.date, D(2013, 4, 24))
        holders = {r["holder"]: r for r in analysis.holders("3bm")}
        self.assertEqual(holders["3bm-ebt"]["votes"], fractions.Fraction(751, 1000))
        self.assertEqual(holders["lbhf"]["profits"], fractions.Fraction(1, 6))
        self.assertEqual(holders["lbhf"]["votes"], 0)
        for dim in ("shares", "votes", "profits", "capital"):
            self.assertEqual(sum(r[dim] for r in holders.values()), 1, dim)
        data = analysis.to_dict()
        company = next(c for c in data["companies"] if c["company"] == "3bm")
        self.assertEqual(company["control"]["special"], ["3bm-ebt"])
        self.assertEqual([p["party"] for p in company["pscs"]],
                         [p.props.party for p in analysis.list_pscs("3bm")])
        eot = analysis.qualify_employee_ownership_trust("3bm", None)
        self.assertFalse(eot)
        self.assertIn("eot.controlling-interest.profits", eot.props.findings.keys())
        self.assertEqual(eot.to_dict()["qualifies"], False)

    def test_liabilities(self):
        model = Mutual.Model.new_from_example("3bm-2013")
        liabilities = Mutual.TransferAnalysis.new(model, "3bm-2013").compute_liabilities(D(2013, 4, 2))
        rows = liabilities.rows()
        self.assertEqual(len(liabilities), liabilities.props.n_employees)
        self.assertEqual(len(rows), len(liabilities))
        self.assertEqual([r["staff_id"] for r in liabilities], list(liabilities.props.staff_ids))
        for column in ("redundancy_pay", "eli_award", "protective_award", "annual_pay"):
            self.assertEqual(sum(r[column] for r in rows), liabilities.get_property(f"total-{column.replace('_', '-')}"))
        first = rows[0]["staff_id"]
        self.assertEqual(liabilities[first], rows[0])
        with self.assertRaises(KeyError):
            liabilities["nobody"]
        # each row's redundancy pay is the one RedundancyPay computes alone
        member = model.staff[first]
        alone = Mutual.RedundancyPay.compute(member.born, member.started, D(2013, 4, 2),
                                             member.props.weekly_pay, GB)
        self.assertEqual(rows[0]["redundancy_pay"], alone.props.pence)
        totals = liabilities.to_dict()
        self.assertEqual(totals["date"], D(2013, 4, 2))
        self.assertEqual(totals["total"], liabilities.props.total)
        if pandas is not None:
            frame = pandas.DataFrame(rows)
            self.assertEqual(int(frame["redundancy_pay"].sum()), liabilities.props.total_redundancy_pay)

    def test_grace_period(self):
        model = Mutual.Model.new_from_example("3bm-2013")
        grace = Mutual.Procurement.new(model).get_grace_period("3bm", "lbhf")
        d = grace.to_dict()
        self.assertEqual(d["open_competition_due"], grace.open_competition_due)
        self.assertEqual([f["code"] for f in d["findings"]], grace.get_findings().keys())
        self.assertEqual([c["id"] for c in d["timeline"]], ["3bm-schools-support"])


class ScenarioTest(unittest.TestCase):
    def setUp(self):
        self.base = Mutual.Model.new_from_example("mycsp-2014")
        self.scenario = Mutual.Scenario.new(self.base)
        self.scenario.set_name("the trust buys out the Cabinet Office")
        self.scenario.transfer_shares(D(2015, 4, 1), "cabinet-office", "mycsp-trust", "mycsp-ordinary", 24)

    def test_scenario_and_timeline(self):
        self.assertEqual(len(self.scenario), 1)
        event = list(self.scenario)[0]
        self.assertEqual(event.date, D(2015, 4, 1))
        self.assertEqual(event.props.date, "2015-04-01")
        self.assertEqual(event.to_dict()["kind"], "transfer-shares")
        self.assertIn("2015-04-01", repr(event))
        self.assertEqual(self.scenario.to_dict()["events"][0]["date"], "2015-04-01")
        timeline = self.scenario.run()
        self.assertEqual(len(timeline), 2)
        self.assertEqual([r["date"] for r in timeline.rows()], [D(2014, 10, 31), D(2015, 4, 1)])
        self.assertEqual(timeline[D(2015, 3, 31)].holdings[("mycsp-trust", "mycsp-ordinary")].props.count, 25)
        self.assertEqual(timeline[D(2015, 4, 1)].holdings[("mycsp-trust", "mycsp-ordinary")].props.count, 49)
        self.assertEqual(timeline[-1].props.date, "2015-04-01")
        # the base is untouched
        self.assertEqual(self.base.holdings[("mycsp-trust", "mycsp-ordinary")].props.count, 25)

    def test_comparison(self):
        comparison = self.scenario.run().compare(None, D(2015, 4, 1))
        rows = comparison.rows()
        self.assertEqual(len(comparison), len(rows))
        self.assertEqual([c.props.message for c in comparison], [r["message"] for r in rows])
        self.assertEqual(str(comparison).splitlines(), list(comparison.to_lines()))
        holding = next(r for r in rows if r["kind"] == "holding" and r["party"] == "mycsp-trust")
        self.assertEqual((holding["before_value"], holding["after_value"]), (25.0, 49.0))
        self.assertFalse(comparison.to_dict()["equal"])
        self.assertIn("mycsp-trust can now block a special resolution", comparison._repr_html_())
        if pandas is not None:
            frame = pandas.DataFrame(rows)
            self.assertIn("control", set(frame["kind"]))

    def test_sweep(self):
        sweep = Mutual.Sweep.new(self.base)
        sweep.add_event(Mutual.TransferSharesEvent(date=D(2015, 4, 1), transferor="cabinet-office",
                                                   transferee="mycsp-trust", share_class="mycsp-ordinary", count=1))
        sweep.bind(0, "count", "${n}")
        sweep.add_range("n", 0, 24, 1)
        sweep.add_metric("votes=votes:mycsp-trust:mycsp")
        sweep.add_metric("block=controls:mycsp-trust:mycsp:block-special")
        self.assertEqual(len(sweep), 25)
        rows = sweep.rows()
        self.assertEqual([r["n"] for r in rows], list(range(25)))
        # a transfer of 0 shares is an error, reported in its row
        self.assertIn("count must be more than 0", rows[0]["error"])
        for row in rows[1:]:
            self.assertEqual(row["error"], "")
            self.assertAlmostEqual(row["votes"], (25 + row["n"]) / 100)
            self.assertTrue(row["block"], row)   # more than 25%
        self.assertIn("<table", sweep._repr_html_())

    def test_sweep_rows_as_unpacked(self):
        # rows() reads the rows through JSON: the same values and types as
        # GLib.Variant.unpack(), doubles to the last bit, strings with quotes
        sweep = Mutual.Sweep.new(self.base)
        sweep.add_event(Mutual.TransferSharesEvent(date=D(2015, 4, 1), transferor="cabinet-office",
                                                   transferee="mycsp-trust", share_class="mycsp-ordinary", count=1))
        sweep.bind(0, "count", "${n}")
        sweep.add_range("n", 0, 30, 3)
        sweep.add_run("a \"quoted\" label\n", [])
        for metric in ("votes=votes:mycsp-trust:mycsp", "shares:equiniti:mycsp", "holding:mycsp-trust:mycsp-ordinary",
                       "block=controls:mycsp-trust:mycsp:block-special", "control:mycsp:ordinary", "pscs:mycsp"):
            sweep.add_metric(metric)
        rows = sweep.rows()
        self.assertEqual(rows, sweep.run(None).unpack())
        for row, unpacked in zip(rows, sweep.run(None).unpack()):
            for key, value in row.items():
                self.assertIs(type(value), type(unpacked[key]), key)
        self.assertEqual(rows[-1]["label"], 'a "quoted" label\n')


class NotebookTest(unittest.TestCase):
    def test_model_html(self):
        model = Mutual.Model.new_from_example("3bm-2013")
        page = model._repr_html_()
        self.assertIn("<table", page)
        for party in model.parties:
            self.assertIn(party.props.id, page)
        self.assertIn("75.1%", page)        # 751 of 1,000 shares, exactly
        self.assertIn("90 staff members", page)
        if shutil.which("dot"):
            # the ownership diagram, inline (Graphviz lays it out)
            self.assertIn("<svg", page)
            self.assertEqual(page.count("<svg"), 1)
            self.assertNotIn("<?xml", page)
            self.assertIn("3BM Employee Benefit Trust", model.svg())

    def test_analysis_html(self):
        page = Mutual.Analysis.new(Mutual.Model.new_from_example("mycsp-2012"))._repr_html_()
        self.assertIn("Persons with significant control", page)
        self.assertIn("<td>35%</td>", page)
        self.assertIn("block a special resolution", page)

    def test_list_and_result_html(self):
        model = Mutual.Model.new_from_example("3bm-2013")
        transfer = Mutual.TransferAnalysis.new(model, "3bm-2013")
        self.assertIn("<th>code</th>", transfer.check().\
                      _repr_html_())
        self.assertIn("redundancy_pay", transfer.compute_liabilities()._repr_html_())
        self.assertIn("does not qualify", Mutual.Analysis.new(model).qualify_employee_ownership_trust(
            "3bm", None)._repr_html_())
        self.assertIn("<i>(empty)</i>", Mutual.Model.new().get_parties()._repr_html_())

    def test_help(self):
        text = pydoc.render_doc(Mutual.Model, renderer=pydoc.plaintext)
        for word in ("new_from_file", "set_holding", "parties", "datetime.date", "to_dict"):
            self.assertIn(word, text)
        self.assertEqual(str(inspect.signature(Mutual.TransferAnalysis.check)), "(self, on=None)")
        self.assertIn("datetime.date", Mutual.TransferAnalysis.check.__doc__)


if __name__ == "__main__":
    unittest.main()
