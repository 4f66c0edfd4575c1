# SPDX-License-Identifier: LGPL-2.1-or-later
"""Voting power from Python: the same figures as from C, and a check against
exact integer counting written here (no floating point until the end)."""
import math
import random
import unittest
from fractions import Fraction

import gi
gi.require_version("Mutual", "1.0")
from gi.repository import Gio, GLib, Mutual  # noqa: E402

CLOSE = 1e-12


def make_game(voters, quota=None, strict=True):
    game = Mutual.VotingGame.new()
    for party, weight in voters:
        game.add_voter(party, weight)
    if quota is not None:
        game.set_quota(Mutual.Fraction.new(*quota), strict)
    return game


def powers(game):
    return {p.props.party: p for p in game.get_results()}


def exact_indices(weights, numerator, denominator, strict):
    """Banzhaf and Shapley-Shubik by counting coalitions of each size and
    weight with Python integers: c[k][s] coalitions of k parties weighing s,
    then the count without one party of weight w by c'[k][s] = c[k][s] -
    c'[k-1][s-w], exact in integers."""
    n, total = len(weights), sum(weights)

    def wins(s):
        return s * denominator > numerator * total if strict else s * denominator >= numerator * total

    c = [[0] * (total + 1) for _ in range(n + 1)]
    c[0][0] = 1
    for placed, w in enumerate(weights):
        for k in range(placed + 1, 0, -1):
            row, below = c[k], c[k - 1]
            for s in range(total, w - 1, -1):
                row[s] += below[s - w]
    swings, shapley = {}, {}
    for w in set(weights):
        without = [[0] * (total + 1) for _ in range(n)]
        for k in range(n):
            for s in range(total + 1):
                v = c[k][s]
                if k >= 1 and s >= w:
                    v -= without[k - 1][s - w]
                without[k][s] = v
        count, ss = 0, Fraction(0)
        for k in range(n):
            for s in range(total + 1):
                if without[k][s] and not wins(s) and wins(s + w):
                    count += without[k][s]
                    ss += without[k][s] * Fraction(math.factorial(k) * math.factorial(n - 1 - k),
                                                  math.factorial(n))
        swings[w], shapley[w] = count, ss
    all_swings = sum(swings[w] for w in weights)
    return ([Fraction(swings[w], all_swings) if all_swings else Fraction(0) for w in weights],
            [Fraction(swings[w], 2 ** (n - 1)) for w in weights],
            [shapley[w] for w in weights])


MYCSP = [("cabinet-office", 35), ("equiniti", 40), ("mycsp-trust", 25)]


class VotingGameTest(unittest.TestCase):
    def test_mycsp_ordinary_thirds(self):
        game = make_game(MYCSP, (1, 2), True)
        game.compute(None)
        result = powers(game)
        self.assertEqual(list(result), ["cabinet-office", "equiniti", "mycsp-trust"])
        for p in result.values():
            self.assertAlmostEqual(p.props.banzhaf, 1 / 3, delta=CLOSE)
            self.assertAlmostEqual(p.props.absolute_banzhaf, 1 / 2, delta=CLOSE)
            self.assertAlmostEqual(p.props.shapley_shubik, 1 / 3, delta=CLOSE)
        self.assertEqual(result["equiniti"].props.weight, 40)

    def test_mycsp_special_trust_has_none(self):
        game = make_game(MYCSP, (3, 4), False)
        game.compute(None)
        trust = game.lookup_power("mycsp-trust")
        self.assertEqual(trust.props.banzhaf, 0.0)
        self.assertEqual(trust.props.shapley_shubik, 0.0)
        self.assertAlmostEqual(game.lookup_power("equiniti").props.shapley_shubik, 0.5, delta=CLOSE)
        self.assertIsNone(game.lookup_power("nobody"))

    def test_block_and_errors(self):
        game = make_game([("council", 49), ("e1", 10), ("e2", 20), ("e3", 21)])
        game.add_block("employees", ["e1", "e2", "e3"])
        game.compute(None)
        result = powers(game)
        self.assertEqual(list(result), ["council", "employees"])
        self.assertEqual(result["employees"].props.weight, 51)
        self.assertAlmostEqual(result["employees"].props.shapley_shubik, 1.0, delta=CLOSE)
        self.assertEqual(result["council"].props.banzhaf, 0.0)
        with self.assertRaises(GLib.Error) as caught:
            game.add_block("others", ["council", "nobody"])
        self.assertTrue(caught.exception.matches(Mutual.error_quark(), Mutual.Error.UNKNOWN_ID))
        self.assertIn("nobody", caught.exception.message)
        with self.assertRaises(GLib.Error) as caught:
            game.add_block("again", ["e1"])
        self.assertTrue(caught.exception.matches(Mutual.error_quark(), Mutual.Error.INVALID))

    def test_banzhaf_only_leaves_nan(self):
        game = make_game(MYCSP)
        game.set_indices(Mutual.PowerIndex.BANZHAF)
        self.assertEqual(game.get_indices(), Mutual.PowerIndex.BANZHAF)
        game.compute(None)
        p = game.lookup_power("equiniti")
        self.assertTrue(math.isnan(p.props.shapley_shubik))
        self.assertAlmostEqual(p.props.banzhaf, 1 / 3, delta=CLOSE)

    def test_cancelled(self):
        game = make_game(MYCSP)
        cancellable = Gio.Cancellable.new()
        cancellable.cancel()
        with self.assertRaises(GLib.Error) as caught:
            game.compute(cancellable)
        self.assertTrue(caught.exception.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED))
        self.assertEqual(game.get_results().get_n_items(), 0)

    def test_limit(self):
        game = make_game([("a", 2 ** 24 + 1), ("b", 2)])
        with self.assertRaises(GLib.Error) as caught:
            game.compute(None)
        self.assertTrue(caught.exception.matches(Mutual.error_quark(), Mutual.Error.LIMIT))
        self.assertEqual(Mutual.VOTING_GAME_MAX_TOTAL_WEIGHT, 2 ** 24)

    def test_against_exact_counting(self):
        rng = random.Random(2012)
        quotas = [((1, 2), True), ((3, 4), False), ((2, 3), True), ((1, 4), True), ((9, 10), False)]
        for round_ in range(12):
            n = rng.randrange(15, 40)
            # a few large holders and many small ones, with repeated weights
            weights = [rng.choice([0, 1, 1, 2, 3, 5]) for _ in range(n - 3)] + \
                [rng.randrange(5, 40) for _ in range(3)]
            (num, den), strict = quotas[round_ % len(quotas)]
            game = make_game([(f"v{i}", w) for i, w in enumerate(weights)], (num, den), strict)
            game.compute(None)
            banzhaf, absolute, shapley = exact_indices(weights, num, den, strict)
            for i, p in enumerate(game.get_results()):
                with self.subTest(round=round_, party=i):
                    self.assertAlmostEqual(p.props.banzhaf, float(banzhaf[i]), delta=CLOSE)
                    self.assertAlmostEqual(p.props.absolute_banzhaf, float(absolute[i]), delta=CLOSE)
                    if absolute[i]:
                        self.assertLess(abs(p.props.absolute_banzhaf / float(absolute[i]) - 1), 1e-12)
                    self.assertAlmostEqual(p.props.shapley_shubik, float(shapley[i]), delta=CLOSE)
            total_ss = sum(p.props.shapley_shubik for p in game.get_results())
            self.assertAlmostEqual(total_ss, 1.0, delta=CLOSE)

    def test_large_equal_holders(self):
        # 2,000 holders of 7 votes: each has 1/2000 of the power
        game = make_game([(f"e{i}", 7) for i in range(2000)])
        game.compute(None)
        result = list(game.get_results())
        self.assertEqual(len(result), 2000)
        for p in (result[0], result[1999]):
            self.assertAlmostEqual(p.props.banzhaf, 1 / 2000, delta=CLOSE)
            self.assertAlmostEqual(p.props.shapley_shubik, 1 / 2000, delta=CLOSE)
        # a swing is exactly 1000 of the other 1999 (more than half of 2000 is 1001)
        expected = math.comb(1999, 1000) / 2 ** 1999
        self.assertLess(abs(result[5].props.absolute_banzhaf / expected - 1), 1e-12)


if __name__ == "__main__":
    unittest.main()
