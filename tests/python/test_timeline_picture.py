# SPDX-License-Identifier: LGPL-2.1-or-later
"""The timeline picture from Python: contracts, grace periods, the TUPE calendar and a
scenario's events as SVG, read back with ElementTree; `mutual timeline`."""
import os
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import GLib, Mutual  # noqa: E402

CLI = os.environ.get("MUTUAL_CLI", "build/tools/mutual/mutual")
SOURCE_ROOT = os.environ.get("MUTUAL_SOURCE_ROOT", ".")
SVG = "{http://www.w3.org/2000/svg}"
SCENARIO = os.path.join(SOURCE_ROOT, "examples", "scenarios", "3bm-transfer-and-contracts.json")


def groups(svg, klass):
    """(lane, data attributes, text) of each <g class=klass>, lane by lane."""
    root = ET.fromstring(svg.encode())
    found = []
    for lane in root.iter(SVG + "g"):
        if lane.get("class") != "lane":
            continue
        for g in lane.iter(SVG + "g"):
            if g.get("class") == klass:
                text = "".join(t.text or "" for t in g.iter(SVG + "text"))
                found.append((lane.get("data-lane"), dict(g.attrib), text))
    return found


class TimelinePictureTest(unittest.TestCase):
    def test_model_procurement_and_calendar(self):
        model = Mutual.Model.new_from_example("3bm-2013")
        picture = Mutual.TimelinePicture.new("3BM")
        picture.add_model(model)
        self.assertEqual(picture.get_n_lanes(), 2)
        svg = picture.to_svg()
        period = Mutual.Procurement.new(model).get_grace_period("3bm", "lbhf")
        [(lane, due, text)] = groups(svg, "marker due")
        self.assertEqual(lane, "London Borough of Hammersmith & Fulham → 3BM Limited")
        self.assertEqual(due["data-date"], period.props.open_competition_due)
        self.assertIn("open competition due", text)
        [(_, allowed, _)] = groups(svg, "marker allowed")
        self.assertEqual(allowed["data-date"], period.props.next_reservation_allowed)
        [(_, contract, _)] = groups(svg, "span plain")
        self.assertEqual((contract["data-start"], contract["data-end"], contract["data-extended-to"]),
                         ("2013-04-02", "2017-04-01", "2020-04-01"))
        calendar = Mutual.TransferAnalysis.new(model, "3bm-2013").get_calendar()
        done = groups(svg, "marker done")
        self.assertEqual(sorted(g[1]["data-date"] for g in done),
                         sorted(o.props.due for o in calendar))
        self.assertEqual(groups(svg, "marker late"), [])

    def test_scenario_events_and_reserved_contract(self):
        scenario = Mutual.Scenario.new_from_file(SCENARIO, None)
        timeline = scenario.run()
        picture = Mutual.TimelinePicture.new(None)
        picture.add_scenario(timeline, None)
        picture.add_procurement(timeline.final())
        picture.props.as_at = "2017-01-01"
        svg = picture.to_svg()
        events = groups(svg, "marker plain")
        self.assertEqual([g[1]["data-date"] for g in events],
                         [timeline.get_event(i).props.date for i in range(timeline.get_n_events())])
        self.assertTrue(all(lane == "Scenario" for lane, _, _ in events))
        [(_, reserved, _)] = groups(svg, "span reserved")
        [(_, protected, _)] = groups(svg, "span protected")
        self.assertEqual((reserved["data-start"], reserved["data-end"]), ("2016-04-01", "2019-03-31"))
        self.assertEqual((protected["data-start"], protected["data-end"]), ("2016-04-01", "2019-03-31"))
        self.assertIn('class="as-at" data-date="2017-01-01"', svg)

    def test_generic_spans_markers_and_errors(self):
        picture = Mutual.TimelinePicture.new("Plan")
        picture.add_span("Build", "phase 1", "2024-01-01", "2024-06-30", None, Mutual.TimelineMark.PLAIN)
        picture.add_marker("Build", "2024-07-01", "go live", Mutual.TimelineMark.DUE)
        with self.assertRaises(GLib.Error) as caught:
            picture.add_marker("Build", "2024-13-01", "bad", Mutual.TimelineMark.LATE)
        self.assertTrue(caught.exception.matches(Mutual.Error.quark(), Mutual.Error.PARSE))
        with self.assertRaises(GLib.Error):
            picture.add_span("Build", "backwards", "2024-06-30", "2024-01-01", None, Mutual.TimelineMark.PLAIN)
        svg = picture.to_svg()
        self.assertEqual(len(groups(svg, "span plain")), 1)
        self.assertEqual(len(groups(svg, "marker due")), 1)
        self.assertEqual(groups(svg, "marker late"), [])
        years = [t.text for t in ET.fromstring(svg.encode()).iter(SVG + "text") if t.get("class") == "year"]
        self.assertEqual(years, ["2024"])
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "t.svg")
            self.assertTrue(picture.save(path))
            with open(path, encoding="utf-8") as f:
                self.assertEqual(f.read(), svg)

    def test_cli_timeline(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "t.svg")
            result = subprocess.run([CLI, "timeline", "-o", out], capture_output=True, text=True, timeout=60)
            self.assertEqual(result.returncode, 0, result.stderr)
            with open(out, encoding="utf-8") as f:
                svg = f.read()
            self.assertEqual(len(groups(svg, "marker due")), 1)
            self.assertIn('class="as-at" data-date="2013-04-24"', svg)
            result = subprocess.run([CLI, "timeline", "--scenario", SCENARIO, "-o", out],
                                    capture_output=True, text=True, timeout=60)
            self.assertEqual(result.returncode, 0, result.stderr)
            with open(out, encoding="utf-8") as f:
                svg = f.read()
            self.assertEqual(len(groups(svg, "span reserved")), 1)
            self.assertEqual(len(groups(svg, "marker plain")), 4)   # three events and the transfer
            self.assertEqual(subprocess.run([CLI, "timeline"], capture_output=True, timeout=60).returncode, 2)
            missing = subprocess.run([CLI, "timeline", os.path.join(tmp, "none.json"), "-o", out],
                                     capture_output=True, timeout=60)
            self.assertEqual(missing.returncode, 3)


if __name__ == "__main__":
    unittest.main()
