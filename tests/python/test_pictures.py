# SPDX-License-Identifier: LGPL-2.1-or-later
"""Ownership diagrams (DOT, SVG, PNG) and the HTML report, rendered in headless Chromium."""
import os
import re
import shutil
import subprocess
import tempfile
import unittest

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import GLib, Mutual  # noqa: E402

HAVE_DOT = shutil.which("dot") is not None
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CLI = os.environ.get("MUTUAL_CLI", "build/tools/mutual/mutual")
SOURCE_ROOT = os.environ.get("MUTUAL_SOURCE_ROOT", ".")
SECTIONS = ("diagram", "holders", "control", "psc", "power", "findings", "timeline")


def dom(path):
    """The DOM headless Chromium builds from a file: what a person's browser shows."""
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                                 "--disable-background-networking", "--disable-component-update",
                                 "--no-first-run", "--user-data-dir=" + profile, "--dump-dom",
                                 "file://" + os.path.abspath(path)],
                                capture_output=True, text=True, timeout=120)
    return result.stdout


class DiagramTest(unittest.TestCase):
    def test_dot_shapes_labels_and_control(self):
        dot = Mutual.Model.new_from_example("mycsp-2012").to_dot()
        self.assertTrue(dot.startswith("digraph ownership {"))
        self.assertRegex(dot, r'"cabinet-office" \[shape=house, fillcolor="#dce7f5"')
        self.assertRegex(dot, r'"mycsp" \[shape=box, fillcolor="white"')
        self.assertRegex(dot, r'"mycsp-trust" \[shape=folder, fillcolor="#cdeccd", class="employee"')
        self.assertIn('"equiniti" -> "mycsp" [label="40%", class="ownership"]', dot)
        self.assertRegex(dot, r'"mycsp-trust" -> "mycsp" \[label="25%", class="ownership employee"')
        self.assertRegex(dot, r'"mycsp-trust" -> "mycsp" \[label="appoints 1 of 9 directors", class="control", '
                              r'color="#b22222".*style=dashed')

    def test_dot_exact_percentages_and_agreements(self):
        dot = Mutual.Model.new_from_example("3bm-2013").to_dot()
        self.assertIn('label="75.1%"', dot)
        self.assertIn('label="24.9%"', dot)
        self.assertIn('"lbhf" -> "3bm" [label="~16.6667% of profits by agreement"', dot)
        self.assertIn('"3bm-ebt" -> "3bm" [label="held for its employees"', dot)

    @unittest.skipUnless(HAVE_DOT, "Graphviz's dot is not installed (apt-get install graphviz)")
    def test_svg_and_png(self):
        model = Mutual.Model.new_from_example("mycsp-2014")
        svg = model.render_diagram("svg").get_data().decode()
        self.assertIn("<svg", svg)
        self.assertIn("51%", svg)
        png = model.render_diagram("png").get_data()
        self.assertEqual(png[:8], b"\x89PNG\r\n\x1a\n")
        with self.assertRaises(GLib.Error):
            model.render_diagram("gif")

    @unittest.skipUnless(HAVE_DOT, "Graphviz's dot is not installed (apt-get install graphviz)")
    def test_cli_diagram(self):
        with tempfile.TemporaryDirectory() as tmp:
            for ext in ("svg", "png", "dot"):
                out = os.path.join(tmp, "d." + ext)
                result = subprocess.run([CLI, "diagram", "-o", out], capture_output=True, text=True, timeout=60)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertGreater(os.path.getsize(out), 100)
            bad = subprocess.run([CLI, "diagram", "-o", os.path.join(tmp, "d.gif")], capture_output=True, timeout=60)
            self.assertEqual(bad.returncode, 2)


class ReportTest(unittest.TestCase):
    def test_sections_and_figures(self):
        html = Mutual.Model.new_from_example("mycsp-2014").to_html_report()
        for section in SECTIONS:
            self.assertIn(f'<section id="{section}">', html)
        self.assertNotIn("<script", html)
        self.assertNotRegex(html, r'(src|href)="https?:')
        # Equiniti's 51% passes an ordinary resolution alone
        control = html.split('<section id="control">')[1].split("</section>")[0]
        self.assertRegex(control, r"MyCSP Limited</td><td>Equiniti Limited</td>")

    @unittest.skipUnless(CHROMIUM and HAVE_DOT, "headless Chromium or Graphviz is not installed")
    def test_rendered_in_chromium(self):
        for name in Mutual.Model.list_examples():
            with self.subTest(name=name), tempfile.TemporaryDirectory() as tmp:
                path = os.path.join(tmp, name + ".html")
                model_file = os.path.join(SOURCE_ROOT, "examples", "models", name + ".json")
                result = subprocess.run([CLI, "report", model_file, "-o", path],
                                        capture_output=True, text=True, timeout=60)
                self.assertEqual(result.returncode, 0, result.stderr)
                rendered = dom(path)
                for section in SECTIONS:
                    self.assertRegex(rendered, rf'<section id="{section}"><h2>')
                # the diagram is inline SVG with the parties' names in it
                diagram = rendered.split('<section id="diagram">')[1].split("</section>")[0]
                self.assertIn("<svg", diagram)
                model = Mutual.Model.new_from_example(name)
                for party in model.get_parties():
                    self.assertIn(GLib.markup_escape_text(party.props.name, -1), diagram)
                self.assertRegex(rendered, r"<title>[^<]+</title>")
                # the timeline section draws the contracts and TUPE calendars, when there are any
                timeline = rendered.split('<section id="timeline">')[1].split("</section>")[0]
                dated = model.get_contracts().get_n_items() + model.get_transfer_plans().get_n_items()
                self.assertEqual('class="mutual-timeline"' in timeline, dated > 0)
                for contract in model.get_contracts():
                    self.assertIn(f'data-start="{contract.props.start}"', timeline)
                for plan in model.get_transfer_plans():
                    self.assertRegex(timeline, rf'<g class="marker plain" data-date="{plan.props.transfer_date}">')


if __name__ == "__main__":
    unittest.main()
