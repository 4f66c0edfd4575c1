// SPDX-License-Identifier: LGPL-2.1-or-later
// What a GJS user relies on, capability by capability: dates as ISO 8601
// strings in and out, collections as Gio.ListModels, exact fractions and
// 64-bit integers, and every input error thrown as a GLib.Error.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Mutual from 'gi://Mutual?version=1.0';

import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const GB = Mutual.Jurisdiction.GREAT_BRITAIN;

function items(listModel) {
    const out = [];
    for (let i = 0; i < listModel.get_n_items(); i++)
        out.push(listModel.get_item(i));
    return out;
}

const isError = (code, ...words) => e => {
    assert(e instanceof GLib.Error, `not a GLib.Error: ${e}`);
    assert(e.matches(Mutual.error_quark(), code), `expected code ${code}, got ${e.code}: ${e.message}`);
    for (const w of words)
        assert(e.message.includes(w), `message "${e.message}" lacks "${w}"`);
};

// Dates

test('dates go in and come out as ISO 8601 strings', () => {
    const model = Mutual.Model.new();
    model.set_date('2015-04-01');
    assertEqual(model.date, '2015-04-01');
    assertEqual(model.get_date(), '2015-04-01');
    model.set_date(null);
    assertEqual(model.date, null);
    const member = new Mutual.StaffMember({id: 'a', employer: 'c', started: '2000-01-01', born: '1970-02-28', weekly_pay: 1});
    assertEqual([member.started, member.born], ['2000-01-01', '1970-02-28']);
});

test('a JavaScript Date becomes an ISO day and the library computes with it', () => {
    const day = new Date(2012, 2, 9);   // 9 March 2012, local time
    const iso = GLib.DateTime.new_local(day.getFullYear(), day.getMonth() + 1, day.getDate(), 0, 0, 0).format('%F');
    assertEqual(iso, '2012-03-09');
    // a day's difference crosses the 42nd birthday: 12.5 → 12 weeks' pay × 1.5
    const at = ends => Mutual.RedundancyPay.compute('1970-03-10', '2000-01-01', ends, 30000, GB).pence;
    assertEqual(at(iso), 375000);
    assertEqual(at('2012-03-08'), 360000);
});

test('dates that are not calendar days are errors', () => {
    for (const bad of ['2013-02-29', '2013-13-01', '1 April 2013', '2013-4-1'])
        assertThrows(() => Mutual.RedundancyPay.compute(bad, '2000-01-01', '2012-03-09', 30000, GB),
            isError(Mutual.Error.PARSE, bad));
    assertEqual(Mutual.RedundancyPay.compute('1972-02-29', '2000-01-01', '2012-03-09', 30000, GB).qualifies, true);
});

test('optional dates take null: the transfer date', () => {
    const t = Mutual.TransferAnalysis.new(Mutual.Model.new_from_example('3bm-2013'), '3bm-2013');
    assertEqual(t.compute_liabilities(null).date, '2013-04-02');
    assertEqual(t.compute_liabilities(null).total, t.compute_liabilities('2013-04-02').total);
    assert(t.compute_liabilities('2016-04-02').total_redundancy_pay !== t.compute_liabilities(null).total_redundancy_pay,
        'three more years of service change redundancy pay');
});

// Gio.ListModels

test('collections are Gio.ListModels of typed items', () => {
    const model = Mutual.Model.new_from_example('mycsp-2012');
    const parties = model.get_parties();
    assert(parties instanceof Gio.ListModel, 'a Gio.ListModel');
    assertEqual(parties.get_item_type(), Mutual.Party.$gtype);
    assertEqual(parties.get_n_items(), 4);
    assert(parties.get_item(0) instanceof Mutual.Party);
    assertEqual(parties.get_item(4), null);
    const pscs = Mutual.Analysis.new(model).list_pscs('mycsp');
    assertEqual(pscs.get_item_type(), Mutual.Psc.$gtype);
    assertEqual(items(pscs).map(p => p.party).sort(), ['cabinet-office', 'equiniti']);
    // the findings inside a result are a list model too
    for (const psc of items(pscs))
        assert(items(psc.findings).every(f => f instanceof Mutual.Finding && f.citation.length > 0));
});

test('a model\'s lists are live and signal their changes', () => {
    const model = Mutual.Model.new_from_example('mycsp-2014');
    const holdings = model.get_holdings();
    // a mirror kept only from the signals ends up equal to the list
    const mirror = items(holdings);
    let signals = 0;
    holdings.connect('items-changed', (list, position, removed, added) => {
        signals++;
        const fresh = [];
        for (let i = position; i < position + added; i++)
            fresh.push(list.get_item(i));
        mirror.splice(position, removed, ...fresh);
    });
    model.set_holding('cabinet-office', 'mycsp-ordinary', 0);          // the holding goes
    model.set_holding('mycsp-trust', 'mycsp-ordinary', 49);            // replaced
    assertEqual(holdings, model.get_holdings());
    assert(signals >= 2, 'each change is signalled');
    assertEqual(mirror.map(h => [h.holder, h.count]), items(holdings).map(h => [h.holder, h.count]));
    assertEqual(items(holdings).map(h => [h.holder, h.count]), [['equiniti', 51], ['mycsp-trust', 49]]);
});

test('bulk results are arrays, in the order of their ids', () => {
    const t = Mutual.TransferAnalysis.new(Mutual.Model.new_from_example('3bm-2013'), '3bm-2013');
    const l = t.compute_liabilities(null);
    const ids = l.get_staff_ids();
    assertEqual(ids.length, l.n_employees);
    assertEqual(ids, items(t.get_transferring()).map(s => s.id));
    for (const getter of ['get_redundancy_pay', 'get_eli_award', 'get_protective_award', 'get_annual_pay'])
        assertEqual(l[getter]().length, ids.length, getter);
    assertEqual(l.get_redundancy_pay().reduce((a, b) => a + b, 0), l.total_redundancy_pay);
});

// Exact values

test('fractions are exact, 64-bit counts are numbers', () => {
    const a = Mutual.Analysis.new(Mutual.Model.new_from_example('3bm-2013'));
    const profits = Object.fromEntries(items(a.direct_interests('3bm', Mutual.Dimension.PROFITS))
        .map(i => [i.holder, [i.fraction.numerator, i.fraction.denominator]]));
    assertEqual(profits.lbhf, [1, 6]);
    assertEqual(profits['3bm-ebt'], [751, 2000]);
    const model = Mutual.Model.new_from_example('mycsp-2012');
    model.set_holding('equiniti', 'mycsp-ordinary', 2 ** 40);
    assertEqual(model.lookup_holding('equiniti', 'mycsp-ordinary').count, 2 ** 40);
});

// Errors

test('errors are GLib.Errors with domain, code and message', () => {
    const a = Mutual.Analysis.new(Mutual.Model.new_from_example('mycsp-2012'));
    try {
        a.control('nobody');
        throw new Error('no exception');
    } catch (e) {
        assert(e instanceof GLib.Error);
        assertEqual(e.domain, Mutual.error_quark());
        assertEqual(GLib.quark_to_string(e.domain), 'mutual-error-quark');
        assertEqual(e.code, Mutual.Error.UNKNOWN_ID);
        assert(e.message.includes('nobody'), e.message);
    }
});

test('a failed call changes nothing', () => {
    const model = Mutual.Model.new_from_example('mycsp-2012');
    assertThrows(() => model.add_holding(Mutual.Holding.new('equiniti', 'mycsp-ordinary', 1)),
        isError(Mutual.Error.DUPLICATE_ID));
    assertEqual(model.lookup_holding('equiniti', 'mycsp-ordinary').count, 40);
    assertThrows(() => model.set_holding('equiniti', 'mycsp-ordinary', -1), isError(Mutual.Error.INVALID));
    assertEqual(model.lookup_holding('equiniti', 'mycsp-ordinary').count, 40);
    assertThrows(() => Mutual.TransferAnalysis.new(model, 'no-plan'), isError(Mutual.Error.UNKNOWN_ID, 'no-plan'));
});

test('validation names what is wrong and where', () => {
    const model = Mutual.Model.new_from_example('mycsp-2012');
    model.set_holding('nobody', 'mycsp-ordinary', 1);
    assertThrows(() => model.validate(), isError(Mutual.Error.UNKNOWN_ID, 'nobody'));
});

await run();
