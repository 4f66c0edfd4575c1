# SPDX-License-Identifier: LGPL-2.1-or-later
"""Open Cap Table Format packages into models."""
import json
import os
import shutil
import tempfile
import unittest
from fractions import Fraction

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import GLib, Mutual  # noqa: E402

SHARED = os.environ.get("MUTUAL_SHARED_DATA", "")
OCF = os.path.join(SHARED, "ocf", "v1.2.0")
NEEDS_SHARED = unittest.skipUnless(os.path.isdir(OCF), "the shared OCF data (MUTUAL_SHARED_DATA) is absent")
JIM = "be7d1e2e-0c9c-485b-a27d-a5c982c4e659"
PREFERRED = "0c21a4fd-f758-4e8a-b0ec-3fab5a5dc452"
COMMON = "e1d930f7-592d-4414-a3ab-a78fe4b932d1"


def codes(package):
    return [f.props.code for f in package.get_findings()]


class TutorialTest(unittest.TestCase):
    def load(self, name, date=None):
        return Mutual.OcfPackage.new_from_file(os.path.join(OCF, "tutorials", name, "samples", "Manifest.ocf.json"), date)

    @NEEDS_SHARED
    def test_quickstart(self):
        package = self.load("quickstart")
        model = package.get_model()
        # 5,000 preferred shares of 100,000 authorised, all held by one person
        self.assertEqual(model.lookup_holding(JIM, PREFERRED).props.count, 5000)
        self.assertEqual(model.get_holdings().get_n_items(), 1)
        self.assertEqual(model.lookup_party(JIM).props.kind, Mutual.PartyKind.PERSON)
        self.assertEqual(model.lookup_party(package.get_issuer()).props.name, "Aperture Science, Inc.")
        authorised = Fraction(package.dup_authorized(PREFERRED))
        self.assertEqual(Fraction(5000) / authorised, Fraction(1, 20))
        # the tutorial's manifest names its stakeholders file wrongly and its checksums are stale
        self.assertIn("ocf.file.misnamed", codes(package))
        self.assertIn("ocf.file.md5", codes(package))

    @NEEDS_SHARED
    def test_options(self):
        package = self.load("options")
        model = package.get_model()
        # 25,000 of 100,000 options exercised into common by 2024-01-31: 30,000 shares, 75,000 options
        held = sum(h.props.count for h in model.get_holdings() if h.props.holder == JIM)
        self.assertEqual(held, 30000)
        self.assertEqual(model.lookup_holding(JIM, COMMON).props.count, 25000)
        options = [p for p in package.get_positions() if p.props.kind == "equity-compensation"]
        self.assertEqual([(p.props.stakeholder, p.props.quantity, p.props.stock_class) for p in options],
                         [(JIM, "75000", COMMON)])
        # the exercise names a resulting security that the package never issues
        self.assertIn("ocf.security.dangling", codes(package))
        # before the exercise: 5,000 shares and all 100,000 options
        before = self.load("options", "2023-12-31")
        self.assertIsNone(before.get_model().lookup_holding(JIM, COMMON))
        self.assertEqual([p.props.quantity for p in before.get_positions() if p.props.kind == "equity-compensation"],
                         ["100000"])

    @NEEDS_SHARED
    def test_every_sample_object_reads(self):
        package = Mutual.OcfPackage.new_from_file(os.path.join(OCF, "samples", "Manifest.ocf.json"), None)
        self.assertGreater(len(codes(package)), 10)
        self.assertTrue(all(f.props.severity != Mutual.Severity.BREACH for f in package.get_findings()))


class ReplayTest(unittest.TestCase):
    def package(self, transactions, date=None, classes=None):
        tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, tmp)
        files = {
            "Stakeholders.ocf.json": {"file_type": "OCF_STAKEHOLDERS_FILE", "items": [
                {"object_type": "STAKEHOLDER", "id": "ann", "name": {"legal_name": "Ann"}, "stakeholder_type": "INDIVIDUAL"},
                {"object_type": "STAKEHOLDER", "id": "trust", "name": {"legal_name": "Staff Trust"}, "stakeholder_type": "INSTITUTION"}]},
            "StockClasses.ocf.json": {"file_type": "OCF_STOCK_CLASSES_FILE", "items": classes or [
                {"object_type": "STOCK_CLASS", "id": "ord", "name": "Ordinary", "class_type": "COMMON",
                 "initial_shares_authorized": "1000", "votes_per_share": "1", "seniority": "1",
                 "par_value": {"amount": "0.01", "currency": "GBP"}}]},
            "Transactions.ocf.json": {"file_type": "OCF_TRANSACTIONS_FILE", "items": transactions},
        }
        manifest = {"file_type": "OCF_MANIFEST_FILE", "as_of": "2024-01-01",
                    "issuer": {"object_type": "ISSUER", "id": "co", "legal_name": "Care Mutual Ltd"},
                    "stakeholders_files": [{"filepath": "./Stakeholders.ocf.json", "md5": "0" * 32}],
                    "stock_classes_files": [{"filepath": "./StockClasses.ocf.json"}],
                    "transactions_files": [{"filepath": "./Transactions.ocf.json"}]}
        for name, content in files.items():
            with open(os.path.join(tmp, name), "w") as f:
                json.dump(content, f)
        with open(os.path.join(tmp, "Manifest.ocf.json"), "w") as f:
            json.dump(manifest, f)
        return Mutual.OcfPackage.new_from_file(os.path.join(tmp, "Manifest.ocf.json"), date)

    @staticmethod
    def issuance(sid, holder, qty, date):
        return {"object_type": "TX_STOCK_ISSUANCE", "id": "tx-" + sid, "security_id": sid, "date": date,
                "stakeholder_id": holder, "stock_class_id": "ord", "quantity": qty,
                "share_price": {"amount": "1", "currency": "GBP"}, "security_law_exemptions": []}

    def holdings(self, package):
        return {(h.props.holder, h.props.share_class): h.props.count for h in package.get_model().get_holdings()}

    def test_transfer_split_repurchase_in_date_order(self):
        txs = [  # deliberately out of order in the file
            {"object_type": "TX_STOCK_CLASS_SPLIT", "id": "split", "date": "2023-06-01", "stock_class_id": "ord",
             "split_ratio": {"numerator": "2", "denominator": "1"}},
            self.issuance("s1", "ann", "100", "2023-01-01"),
            {"object_type": "TX_STOCK_TRANSFER", "id": "t1", "security_id": "s1", "date": "2023-03-01",
             "quantity": "100", "resulting_security_ids": ["s2"], "balance_security_id": "s3"},
            self.issuance("s2", "trust", "60", "2023-03-01"),
            self.issuance("s3", "ann", "40", "2023-03-01"),
            {"object_type": "TX_STOCK_REPURCHASE", "id": "r1", "security_id": "s3", "date": "2023-09-01",
             "quantity": "30", "price": {"amount": "1", "currency": "GBP"}},
        ]
        package = self.package(txs)
        self.assertEqual(self.holdings(package), {("trust", "ord"): 120, ("ann", "ord"): 50})
        self.assertEqual(self.holdings(self.package(txs, "2023-05-31")), {("trust", "ord"): 60, ("ann", "ord"): 40})
        self.assertEqual(self.holdings(self.package(txs, "2023-02-01")), {("ann", "ord"): 100})
        self.assertEqual(package.get_model().lookup_share_class("ord").props.nominal_value, 1)
        self.assertIn("ocf.file.md5", codes(package))

    def test_cancellation_and_dangling(self):
        txs = [self.issuance("s1", "ann", "10", "2023-01-01"),
               {"object_type": "TX_STOCK_CANCELLATION", "id": "c1", "security_id": "s1", "date": "2023-02-01",
                "quantity": "4", "reason_text": "x"},
               {"object_type": "TX_STOCK_CANCELLATION", "id": "c2", "security_id": "nope", "date": "2023-02-01",
                "quantity": "4", "reason_text": "x"},
               {"object_type": "TX_STOCK_CONVERSION", "id": "v1", "security_id": "s1", "date": "2023-03-01",
                "quantity_converted": "6", "resulting_security_ids": ["never"]}]
        package = self.package(txs)
        self.assertEqual(self.holdings(package), {})
        messages = [f.props.message for f in package.get_findings() if f.props.code == "ocf.security.dangling"]
        self.assertTrue(any("“nope” was never issued" in m for m in messages))
        self.assertTrue(any("“never”" in m for m in messages))

    def test_hostile_values(self):
        # votes that the model cannot count, items that are not objects, a last date that is no date
        classes = [{"object_type": "STOCK_CLASS", "id": "ord", "name": "Ordinary", "class_type": "COMMON",
                    "votes_per_share": "-1"},
                   {"object_type": "STOCK_CLASS", "id": "big", "name": "", "votes_per_share": "4294967297"},
                   7, None]
        txs = [self.issuance("s1", "ann", "10", "2023-01-01"), 3,
               {"object_type": "TX_STOCK_CLASS_AUTHORIZED_SHARES_ADJUSTMENT", "id": "adj", "date": "2023-13-45"}]
        package = self.package(txs, classes=classes)
        model = package.get_model()
        self.assertEqual(model.lookup_share_class("ord").props.votes_per_share, 0)
        self.assertEqual(model.lookup_share_class("big").props.votes_per_share, 0)
        self.assertEqual(model.lookup_share_class("big").props.name, "big")   # an empty name cannot be saved
        self.assertEqual(codes(package).count("ocf.class.votes"), 1)   # (it wrapped to 1)
        self.assertEqual(self.holdings(package), {("ann", "ord"): 10})
        self.assertIsNone(model.props.date)

    def test_files_outside_the_package_are_not_read(self):
        tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, tmp)
        package_dir = os.path.join(tmp, "package")
        os.mkdir(package_dir)
        outside = os.path.join(tmp, "Stakeholders.ocf.json")
        with open(outside, "w") as f:
            json.dump({"file_type": "OCF_STAKEHOLDERS_FILE", "items": [
                {"object_type": "STAKEHOLDER", "id": "eve", "name": {"legal_name": "Eve"}, "stakeholder_type": "INDIVIDUAL"}]}, f)
        manifest = {"file_type": "OCF_MANIFEST_FILE",
                    "issuer": {"object_type": "ISSUER", "id": "co", "legal_name": "Care Mutual Ltd"},
                    "stakeholders_files": [{"filepath": "../Stakeholders.ocf.json"}, {"filepath": outside},
                                           {"filepath": "./sub/../../Stakeholders.ocf.json"}, {"md5": "0" * 32}]}
        path = os.path.join(package_dir, "Manifest.ocf.json")
        with open(path, "w") as f:
            json.dump(manifest, f)
        package = Mutual.OcfPackage.new_from_file(path, None)
        self.assertIsNone(package.get_model().lookup_party("eve"))
        self.assertEqual(codes(package), ["ocf.file.outside"] * 3 + ["ocf.file.unreadable"])
        messages = [f.props.message for f in package.get_findings()]
        self.assertIn("the manifest lists “../Stakeholders.ocf.json”, which is outside the package's folder; not read", messages)
        self.assertIn("stakeholders_files[3] names no file (no filepath); left out", messages)
        # the same file inside the package is read
        shutil.copy(outside, package_dir)
        manifest["stakeholders_files"] = [{"filepath": "./Stakeholders.ocf.json"}]
        with open(path, "w") as f:
            json.dump(manifest, f)
        self.assertEqual(Mutual.OcfPackage.new_from_file(path, None).get_model().lookup_party("eve").props.name, "Eve")

    def test_not_a_manifest(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json") as f:
            json.dump({"file_type": "OCF_TRANSACTIONS_FILE"}, f)
            f.flush()
            with self.assertRaises(GLib.Error):
                Mutual.OcfPackage.new_from_file(f.name, None)


if __name__ == "__main__":
    unittest.main()
