// SPDX-License-Identifier: LGPL-2.1-or-later
import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import Mutual from 'gi://Mutual?version=1.0';

import {test, assert, assertEqual, assertThrows, run, sourceRoot} from './harness.js';

const models = GLib.build_filenamev([sourceRoot(), 'examples', 'models']);
const scenarios = GLib.build_filenamev([sourceRoot(), 'examples', 'scenarios']);

function holdings(model) {
    const out = {};
    const list = model.get_holdings();
    for (let i = 0; i < list.get_n_items(); i++) {
        const h = list.get_item(i);
        out[`${h.holder}/${h.share_class}`] = h.count;
    }
    return out;
}

function sortedEntries(object) {
    return Object.entries(object).sort();
}

test('the October 2014 sale reproduces mycsp-2014', () => {
    const base = Mutual.Model.new_from_file(`${models}/mycsp-2012.json`);
    const scenario = Mutual.Scenario.new(base);
    scenario.transfer_shares('2014-10-01', 'cabinet-office', 'equiniti', 'mycsp-ordinary', 11);
    const timeline = scenario.run();
    const expected = Mutual.Model.new_from_file(`${models}/mycsp-2014.json`);
    assertEqual(sortedEntries(holdings(timeline.final())), sortedEntries(holdings(expected)));
    const rows = timeline.compare(null, null).to_rows().recursiveUnpack();
    const band = rows.find(r => r.kind === 'psc-changed' && r.party === 'equiniti');
    assert(band && band.before.includes('25-to-50') && band.after.includes('50-to-75'), JSON.stringify(band));
    assert(rows.some(r => r.kind === 'control' && r.party === 'equiniti' &&
        r.measure === 'ordinary-resolution' && r.after === 'yes'), 'no control change');
    assertEqual(holdings(base)['equiniti/mycsp-ordinary'], 40);
});

test('a bad event names itself and changes nothing', () => {
    const base = Mutual.Model.new_from_file(`${models}/mycsp-2014.json`);
    const scenario = Mutual.Scenario.new(base);
    assertThrows(() => scenario.transfer_shares('2015-04-01', 'equiniti', 'mycsp-trust', 'mycsp-ordinary', 150), e => {
        assert(e.matches(Mutual.error_quark(), Mutual.Error.INSUFFICIENT), `wrong error ${e}`);
        assert(e.message.startsWith('events[0] (transfer-shares, 2015-04-01)'), e.message);
    });
    assertEqual(scenario.get_n_events(), 0);
    assertEqual(holdings(base)['equiniti/mycsp-ordinary'], 51);
});

test('a scenario file with every kind of event', () => {
    const scenario = Mutual.Scenario.new_from_file(`${scenarios}/3bm-restructure.json`, null);
    assertEqual(scenario.get_n_events(), 15);
    assertEqual(holdings(scenario.get_final())['3bm-coop/3bm-ordinary'], 355);
});

function buildSweep() {
    const sweep = Mutual.Sweep.new(Mutual.Model.new_from_file(`${models}/mycsp-2014.json`));
    sweep.add_event(new Mutual.IssueSharesEvent({
        date: '2015-04-01', holder: 'mycsp-trust', share_class: 'mycsp-ordinary', count: 1,
    }));
    sweep.bind(0, 'count', '${n}');
    sweep.add_range('n', 1, 1000, 1);
    sweep.add_metric('trust=holding:mycsp-trust:mycsp-ordinary');
    sweep.add_metric('ordinary=control:mycsp');
    return sweep;
}

function checkRows(rows) {
    assertEqual(rows.length, 1000);
    for (const row of rows) {
        assertEqual(row.error, '');
        assertEqual(row.trust, 25 + row.n);
        const expected = 2 * (25 + row.n) > 100 + row.n ? 'mycsp-trust' : (102 > 100 + row.n ? 'equiniti' : '');
        assertEqual(row.ordinary, expected, `n = ${row.n}`);
    }
}

test('a 1,000-point sweep', () => {
    const sweep = buildSweep();
    let last = 0;
    sweep.connect('progress', (_s, done, total) => {
        assert(done <= total);
        last = done;
    });
    checkRows(sweep.run(null).recursiveUnpack());
    assertEqual(last, 1000);
});

test('the same sweep, asynchronously, with progress in the main loop', async () => {
    const sweep = buildSweep();
    const loop = new GLib.MainLoop(null, false);
    let rows = null, failure = null, reports = 0;
    sweep.connect('progress', () => reports++);
    sweep.run_async(null, (source, result) => {
        try {
            rows = source.run_finish(result).recursiveUnpack();
        } catch (e) {
            failure = e;
        }
        loop.quit();
    });
    loop.run();
    if (failure)
        throw failure;
    checkRows(rows);
    assert(reports >= 1, 'no progress');
});

test('the same sweep as JSON text', () => {
    const rows = JSON.parse(buildSweep().run_to_json(null));
    checkRows(rows);
    assertEqual(rows, buildSweep().run(null).recursiveUnpack());
});

test('a cancelled sweep', () => {
    const sweep = buildSweep();
    const cancellable = new Gio.Cancellable();
    sweep.connect('progress', () => cancellable.cancel());
    assertThrows(() => sweep.run(cancellable),
        e => assert(e.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED), `${e}`));
});

await run();
