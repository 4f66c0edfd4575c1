# SPDX-License-Identifier: LGPL-2.1-or-later
"""The hand-written documentation keeps up with the code: every command of
`mutual --help` is in docs/cli.md and the manual page, the manual page is
valid troff, and every guide is built into the documentation site."""
import os
import re
import shutil
import subprocess
import unittest

SOURCE_ROOT = os.environ.get("MUTUAL_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "..", ".."))
DOCS = os.path.join(SOURCE_ROOT, "docs")
CLI = os.environ.get("MUTUAL_CLI")


def read(name):
    with open(os.path.join(DOCS, name), encoding="utf-8") as f:
        return f.read()


@unittest.skipUnless(CLI, "MUTUAL_CLI is not set")
class CommandsTest(unittest.TestCase):
    def commands(self):
        out = subprocess.run([CLI, "--help"], capture_output=True, text=True, check=True).stdout
        block = out.split("Commands:", 1)[1].split("\n\n", 1)[0]
        names = [line.split()[0] for line in block.splitlines() if line.strip()]
        self.assertGreaterEqual(len(names), 10)
        return names

    def test_cli_guide_lists_every_command(self):
        text = read("cli.md")
        for name in self.commands():
            self.assertIn(f"`mutual {name}", text, name)

    def test_man_page_lists_every_command(self):
        text = read("mutual.1")
        for name in self.commands():
            self.assertRegex(text, rf"(?m)^\.(BR|BI) {name}\b", name)

    def test_options_in_the_guides_exist(self):
        # every --option the guide gives a command is one the command accepts
        text = read("cli.md")
        for name in self.commands():
            row = next(line for line in text.splitlines() if line.startswith(f"| `mutual {name}"))
            options = set(re.findall(r"(--[a-z][a-z-]*)", row.split("|")[1]))
            if not options:
                continue
            help_text = subprocess.run([CLI, name, "--help"], capture_output=True, text=True).stdout
            for option in options:
                self.assertIn(option, help_text, f"mutual {name} {option}")


class ManPageTest(unittest.TestCase):
    @unittest.skipUnless(shutil.which("groff"), "groff is not installed")
    def test_troff_is_clean(self):
        result = subprocess.run(["groff", "-man", "-ww", "-z", os.path.join(DOCS, "mutual.1")],
                                capture_output=True, text=True)
        self.assertEqual(result.returncode, 0)
        self.assertEqual(result.stderr, "")


class SiteTest(unittest.TestCase):
    def test_every_guide_is_built(self):
        guides = sorted(f for f in os.listdir(DOCS) if f.endswith(".md"))
        toml = read("Mutual.toml.in")
        meson = read("meson.build")
        for guide in guides:
            self.assertIn(f'"{guide}"', toml, guide)
            self.assertIn(f"'{guide}'", meson, guide)
            self.assertRegex(read(guide), r"^Title: .+\nSlug: ", guide)

    def test_links_between_guides_resolve(self):
        slugs = {re.search(r"^Slug: (\S+)", read(g), re.M).group(1)
                 for g in os.listdir(DOCS) if g.endswith(".md")}
        for guide in (g for g in os.listdir(DOCS) if g.endswith(".md")):
            for target in re.findall(r"\]\(([a-z0-9-]+)\.html\)", read(guide)):
                self.assertIn(target, slugs, f"{guide} links to {target}.html")


if __name__ == "__main__":
    unittest.main()
