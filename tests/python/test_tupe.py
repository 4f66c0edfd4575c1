# SPDX-License-Identifier: LGPL-2.1-or-later
import json
import os
import subprocess
import unittest

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import Gio, GLib, Mutual  # noqa: E402

GB = Mutual.Jurisdiction.GREAT_BRITAIN
CLI = os.environ.get("MUTUAL_CLI")


def pence(born, started, ends, weekly):
    return Mutual.RedundancyPay.compute(born, started, ends, weekly, GB).props.pence


def make_model(n_staff, transfer, eli_sent=None, representatives=Mutual.Representatives.RECOGNISED_UNION):
    model = Mutual.Model.new()
    model.add_party(Mutual.Party.new("council", "A Council", Mutual.PartyKind.PUBLIC_BODY))
    model.add_party(Mutual.Party.new("mutual", "A Mutual Ltd", Mutual.PartyKind.COMPANY))
    for i in range(n_staff):
        model.add_staff_member(Mutual.StaffMember(id="s%03d" % i, employer="council", grouping="service",
                                                  started="2005-09-01", born="1975-05-20", weekly_pay=50000))
    model.add_transfer_plan(Mutual.TransferPlan(id="plan", transferors=["council"], transferee="mutual",
                                                transfer_date=transfer, grouping="service", eli_sent=eli_sent,
                                                eli_contents=Mutual.EliContents.ALL, information_given="2013-01-01",
                                                representatives=representatives))
    model.validate()
    return model


def findings(model, on=None):
    return {f.props.code: f for f in Mutual.TransferAnalysis.new(model, "plan").check(on)}


class RedundancyTest(unittest.TestCase):
    def test_age_band_boundaries(self):
        # worked by hand: see tests/c/tupe.c
        self.assertEqual(pence("1990-06-15", "2008-01-01", "2013-06-14", 20000), 60000)
        self.assertEqual(pence("1990-06-15", "2008-01-01", "2013-06-13", 20000), 50000)
        self.assertEqual(pence("1970-03-10", "2000-01-01", "2012-03-09", 30000), 375000)
        self.assertEqual(pence("1970-03-10", "2000-01-01", "2012-03-08", 30000), 360000)

    def test_two_years_less_a_day(self):
        short = Mutual.RedundancyPay.compute("1990-01-01", "2020-01-01", "2021-12-30", 50000, GB)
        self.assertFalse(short.props.qualifies)
        self.assertEqual(short.props.pence, 0)
        self.assertEqual(pence("1990-01-01", "2020-01-01", "2021-12-31", 50000), 100000)

    def test_twenty_years_and_cap(self):
        r = Mutual.RedundancyPay.compute("1960-01-01", "1985-01-01", "2015-06-30", 100000, GB)
        self.assertEqual((r.props.years, r.props.years_counted, r.props.half_weeks), (30, 20, 54))
        self.assertEqual(r.props.pence, 27 * 47500)

    def test_cap_change_2024(self):
        self.assertEqual(Mutual.RedundancyPay.get_cap_at("2024-04-05", GB), 64300)
        self.assertEqual(Mutual.RedundancyPay.get_cap_at("2024-04-06", GB), 70000)
        self.assertEqual(pence("1940-01-01", "1970-01-01", "2024-04-05", 200000), 30 * 64300)
        self.assertEqual(pence("1940-01-01", "1970-01-01", "2024-04-06", 200000), 30 * 70000)

    def test_errors(self):
        with self.assertRaises(GLib.Error) as caught:
            Mutual.RedundancyPay.compute("1990-01-01", "2020-01-01", "2019-01-01", 1, GB)
        self.assertTrue(caught.exception.matches(Mutual.error_quark(), Mutual.Error.ORDER))

    @unittest.skipUnless(CLI, "MUTUAL_CLI is not set")
    def test_same_as_command_line(self):
        out = subprocess.run([CLI, "redundancy", "--born", "1970-03-10", "--started", "2000-01-01",
                              "--ends", "2012-03-09", "--weekly-pay", "300", "--json"],
                             check=True, capture_output=True, text=True).stdout
        self.assertEqual(json.loads(out)["pence"], pence("1970-03-10", "2000-01-01", "2012-03-09", 30000))


class TransferTest(unittest.TestCase):
    def test_eli_28_and_27_days(self):
        on_time = findings(make_model(10, "2024-09-02", "2024-08-05"))
        self.assertIn("tupe.eli.on-time", on_time)
        self.assertNotIn("tupe.eli.late", on_time)
        late = findings(make_model(10, "2024-09-02", "2024-08-06"))["tupe.eli.late"]
        self.assertEqual(late.props.severity, Mutual.Severity.BREACH)
        self.assertEqual(late.props.amount, 10 * 50000)

    def test_eli_2013_uses_14_days(self):
        self.assertIn("tupe.eli.on-time", findings(make_model(3, "2013-04-02", "2013-03-19")))
        self.assertIn("tupe.eli.late", findings(make_model(3, "2013-04-02", "2013-03-20")))

    def test_direct_consultation_1_july_2024(self):
        none = Mutual.Representatives.NONE
        before = findings(make_model(45, "2024-06-30", "2024-05-01", none))
        after = findings(make_model(45, "2024-07-01", "2024-05-01", none))
        self.assertEqual(before["tupe.consult.direct-not-allowed"].props.severity, Mutual.Severity.BREACH)
        self.assertNotIn("tupe.consult.direct-allowed", before)
        self.assertIn("tupe.consult.direct-allowed", after)
        self.assertNotIn("tupe.consult.direct-not-allowed", after)

    def test_measures_list_model(self):
        model = make_model(2, "2022-04-01", "2022-03-01")
        store = Gio.ListStore.new(Mutual.Measure)
        store.append(Mutual.Measure.new("New terms", Mutual.MeasureKind.CHANGE_OF_TERMS, Mutual.MeasureReason.TRANSFER))
        model.add_transfer_plan(Mutual.TransferPlan(id="p2", transferors=["council"], transferee="mutual",
                                                    transfer_date="2022-04-01", grouping="service", measures=store))
        found = {f.props.code: f for f in Mutual.TransferAnalysis.new(model, "p2").check(None)}
        self.assertEqual(found["tupe.terms.void"].props.citation, "TUPE 2006 reg 4(4)")

    def test_csv_errors_name_row_and_column(self):
        model = make_model(0, "2022-04-01")
        bad = b"id,employer,started,born,weekly_pay\nA,council,2005-09-01,1975-05-20,500\nB,council,2005-09-01,31/02/1980,500\n"
        with self.assertRaises(GLib.Error) as caught:
            model.add_staff_from_csv_data(bad)
        self.assertIn("row 3, column 4 (“born”)", caught.exception.message)
        self.assertEqual(model.get_staff().get_n_items(), 0)
        good = "id,employer,started,born,weekly_pay\nA,council,01/09/2005,1975-05-20,£500.50\n".encode()
        self.assertEqual(model.add_staff_from_csv_data(good), 1)
        self.assertEqual(model.lookup_staff_member("A").props.weekly_pay, 50050)

    @unittest.skipUnless(CLI, "MUTUAL_CLI is not set")
    def test_3bm_same_figures_as_command_line(self):
        model = Mutual.Model.new_from_example("3bm-2013")
        analysis = Mutual.TransferAnalysis.new(model, "3bm-2013")
        liabilities = analysis.compute_liabilities(None)
        out = json.loads(subprocess.run([CLI, "tupe", "--json"], capture_output=True, text=True).stdout)
        cli = out["liabilities"]
        self.assertEqual(cli["redundancy_pay"], liabilities.props.total_redundancy_pay)
        self.assertEqual(cli["protective_award"], liabilities.props.total_protective_award)
        self.assertEqual(cli["eli_award"], liabilities.props.total_eli_award)
        self.assertEqual(cli["annual_pay"], liabilities.props.total_annual_pay)
        self.assertEqual([e["redundancy_pay"] for e in cli["per_employee"]], list(liabilities.get_redundancy_pay()))
        self.assertEqual([e["id"] for e in cli["per_employee"]], list(liabilities.props.staff_ids))
        codes = [(f.props.code, f.props.citation) for f in analysis.check(None)]
        self.assertEqual([(f["code"], f["citation"]) for f in out["findings"]], codes)
        self.assertEqual(len(out["scope"]["transferring"]), analysis.get_transferring().get_n_items())
        self.assertGreater(liabilities.props.n_employees, 50)


if __name__ == "__main__":
    unittest.main()
