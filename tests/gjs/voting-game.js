// SPDX-License-Identifier: LGPL-2.1-or-later
import Gio from 'gi://Gio';
import Mutual from 'gi://Mutual?version=1.0';

import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const CLOSE = 1e-12;

function close(actual, expected, message = '') {
    assert(Math.abs(actual - expected) <= CLOSE, `${message} expected ${expected}, got ${actual}`);
}

function items(listModel) {
    const out = [];
    for (let i = 0; i < listModel.get_n_items(); i++)
        out.push(listModel.get_item(i));
    return out;
}

function mycsp() {
    const game = Mutual.VotingGame.new();
    game.add_voter('cabinet-office', 35);
    game.add_voter('equiniti', 40);
    game.add_voter('mycsp-trust', 25);
    return game;
}

test('MyCSP 2012, ordinary resolutions: a third each', () => {
    const game = mycsp();
    game.set_quota(Mutual.Fraction.new(1, 2), true);
    game.compute(null);
    const result = items(game.get_results());
    assertEqual(result.map(p => p.party), ['cabinet-office', 'equiniti', 'mycsp-trust']);
    for (const p of result) {
        close(p.banzhaf, 1 / 3, p.party);
        close(p.absolute_banzhaf, 1 / 2, p.party);
        close(p.shapley_shubik, 1 / 3, p.party);
    }
    assertEqual(Number(game.lookup_power('equiniti').weight), 40);
});

test('MyCSP 2012, special resolutions: the trust has no power', () => {
    const game = mycsp();
    game.set_quota(Mutual.Fraction.new(3, 4), false);
    game.compute(null);
    assertEqual(game.lookup_power('mycsp-trust').banzhaf, 0);
    assertEqual(game.lookup_power('mycsp-trust').shapley_shubik, 0);
    close(game.lookup_power('cabinet-office').shapley_shubik, 1 / 2);
    assertEqual(game.lookup_power('nobody'), null);
});

test('a block of employees votes as one', () => {
    const game = Mutual.VotingGame.new();
    game.add_voter('cabinet-office', 35);
    game.add_voter('equiniti', 40);
    for (let i = 0; i < 25; i++)
        game.add_voter(`employee-${i}`, 1);
    game.compute(null);
    assert(game.lookup_power('employee-0').shapley_shubik < 0.05, 'employees apart have little power');
    game.add_block('employees', Array.from({length: 25}, (_, i) => `employee-${i}`));
    game.compute(null);
    const result = items(game.get_results());
    assertEqual(result.map(p => p.party), ['cabinet-office', 'equiniti', 'employees']);
    close(game.lookup_power('employees').banzhaf, 1 / 3);
    close(game.lookup_power('employees').shapley_shubik, 1 / 3);
    assertThrows(() => game.add_block('others', ['equiniti', 'nobody']),
        e => assert(e.matches(Mutual.error_quark(), Mutual.Error.UNKNOWN_ID), `${e}`));
});

test('sums to one and figures match the equal-weights identity', () => {
    const game = Mutual.VotingGame.new();
    for (let i = 0; i < 500; i++)
        game.add_voter(`member-${i}`, 4);
    game.compute(null);
    const result = items(game.get_results());
    close(result.reduce((a, p) => a + p.banzhaf, 0), 1);
    close(result.reduce((a, p) => a + p.shapley_shubik, 0), 1);
    close(result[123].banzhaf, 1 / 500);
    close(result[123].shapley_shubik, 1 / 500);
});

test('cancelled and unreachable', () => {
    const game = mycsp();
    const cancellable = new Gio.Cancellable();
    cancellable.cancel();
    assertThrows(() => game.compute(cancellable),
        e => assert(e.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.CANCELLED), `${e}`));
    game.set_quota(Mutual.Fraction.new(1, 1), true);
    game.compute(null);
    for (const p of items(game.get_results())) {
        assertEqual(p.banzhaf, 0);
        assertEqual(p.shapley_shubik, 0);
    }
});

await run();
