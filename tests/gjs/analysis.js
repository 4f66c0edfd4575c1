// SPDX-License-Identifier: LGPL-2.1-or-later
// Ownership and control from GJS: the same figures as the C and Python suites.
import Mutual from 'gi://Mutual?version=1.0';

import {test, assert, assertEqual, assertThrows, run} from './harness.js';

function items(listModel) {
    const out = [];
    for (let i = 0; i < listModel.get_n_items(); i++)
        out.push(listModel.get_item(i));
    return out;
}

const frac = f => `${f.get_numerator()}/${f.get_denominator()}`;
const analyse = name => Mutual.Analysis.new(Mutual.Model.new_from_example(name));

function analyseJson(doc) {
    const text = JSON.stringify({format: 'libmutual-model', version: 1, ...doc});
    return Mutual.Analysis.new(Mutual.Model.new_from_data(new TextEncoder().encode(text)));
}

function pscs(analysis, company) {
    return Object.fromEntries(items(analysis.list_pscs(company)).map(p => [p.party, [...p.natures].sort()]));
}

const band25 = ['ownership-of-shares-25-to-50-percent', 'voting-rights-25-to-50-percent'];

test('MyCSP 2012: PSCs, control, the trust at exactly 25%', () => {
    const a = analyse('mycsp-2012');
    assertEqual(pscs(a, 'mycsp'), {'cabinet-office': band25, equiniti: band25});
    const control = a.control('mycsp');
    assertEqual([...control.ordinary], []);
    assertEqual([...control.block_special].sort(), ['cabinet-office', 'equiniti']);
    assert(items(a.psc_findings('mycsp')).some(f => f.code === 'psc.exactly-25-percent'));
    assertEqual(frac(a.employee_interest('mycsp', Mutual.Dimension.SHARES).fraction), '1/4');
});

test('MyCSP 2012: every holder in one table, four exact interests each', () => {
    const table = analyse('mycsp-2012').holder_table('mycsp');
    const rows = {};
    for (let i = 0; i < table.get_n_holders(); i++)
        rows[table.get_holder(i)] = frac(table.get_interest(i, Mutual.Dimension.VOTES));
    assertEqual(rows, {equiniti: '2/5', 'cabinet-office': '7/20', 'mycsp-trust': '1/4'});  // largest first
    assertThrows(() => analyse('mycsp-2012').holder_table('nobody'));
});

test('MyCSP 2012: a third of the power each; none for the trust at 75%', () => {
    const a = analyse('mycsp-2012');
    for (const p of items(a.power('mycsp', Mutual.Resolution.ORDINARY))) {
        assert(Math.abs(p.banzhaf - 1 / 3) < 1e-12, `${p.party} ${p.banzhaf}`);
        assert(Math.abs(p.shapley_shubik - 1 / 3) < 1e-12, `${p.party} ${p.shapley_shubik}`);
    }
    const special = Object.fromEntries(items(a.power('mycsp', Mutual.Resolution.SPECIAL)).map(p => [p.party, p.banzhaf]));
    assertEqual(special['mycsp-trust'], 0);
});

test('MyCSP 2014: Equiniti passes ordinary resolutions alone', () => {
    const a = analyse('mycsp-2014');
    assertEqual([...a.control('mycsp').ordinary], ['equiniti']);
    assert(a.coalition_can('mycsp', Mutual.Resolution.SPECIAL, ['equiniti', 'mycsp-trust']));
});

test('3BM: the EBT passes special resolutions, the councils hold half the profits and no votes', () => {
    const a = analyse('3bm-2013');
    assertEqual([...a.control('3bm').special], ['3bm-ebt']);
    assert(!a.coalition_can('3bm', Mutual.Resolution.BLOCK_SPECIAL, ['prospects']));
    assert(!('prospects' in pscs(a, '3bm')));
    const profits = Object.fromEntries(items(a.direct_interests('3bm', Mutual.Dimension.PROFITS))
        .map(i => [i.holder, frac(i.fraction)]));
    assertEqual(profits, {'3bm-ebt': '751/2000', lbhf: '1/6', rbkc: '1/6', wcc: '1/6', prospects: '249/2000'});
    assertEqual(frac(a.coalition_votes('3bm', ['lbhf', 'rbkc', 'wcc'])), '0/1');
});

test('boundaries: exactly 25% and 25% plus one share', () => {
    const model = counts => analyseJson({
        parties: [{id: 'y', name: 'Y', kind: 'company'},
            {id: 'p1', name: 'P1', kind: 'person'}, {id: 'p2', name: 'P2', kind: 'person'}],
        share_classes: [{id: 'o', issuer: 'y', name: 'O'}],
        holdings: counts.map((c, i) => ({holder: `p${i + 1}`, share_class: 'o', count: c})),
    });
    assert(!('p1' in pscs(model([2500, 7500]), 'y')));
    assertEqual(pscs(model([2501, 7499]), 'y').p1, band25);
    assertEqual([...model([5000, 5000]).control('y').ordinary], []);
    assertEqual([...model([5001, 4999]).control('y').ordinary], ['p1']);
    assertEqual([...model([7500, 2500]).control('y').special], ['p1']);
});

test('a cycle is solved: 75% and 25%', () => {
    const a = analyseJson({
        parties: [{id: 'a', name: 'A', kind: 'company'}, {id: 'b', name: 'B', kind: 'company'},
            {id: 'p', name: 'P', kind: 'person'}, {id: 'q', name: 'Q', kind: 'person'}],
        share_classes: [{id: 'ao', issuer: 'a', name: 'O'}, {id: 'bo', issuer: 'b', name: 'O'}],
        holdings: [{holder: 'p', share_class: 'ao', count: 60}, {holder: 'b', share_class: 'ao', count: 40},
            {holder: 'q', share_class: 'bo', count: 50}, {holder: 'a', share_class: 'bo', count: 50}],
    });
    const owners = Object.fromEntries(items(a.ultimate_owners('a', Mutual.Dimension.VOTES)).map(i => [i.holder, i.value]));
    assert(Math.abs(owners.p - 0.75) < 1e-14, `p ${owners.p}`);
    assert(Math.abs(owners.q - 0.25) < 1e-14, `q ${owners.q}`);
});

test('public service mutual under the Procurement Act 2023', () => {
    const a = analyseJson({
        parties: [{id: 'm', name: 'M', kind: 'company', board_size: 9, public_service_mission: true,
            profit_distribution: 'reinvested'},
        {id: 'eot', name: 'EOT', kind: 'employee-ownership-trust', beneficiary_employer: 'm'},
        {id: 'council', name: 'C', kind: 'public-body'}],
        share_classes: [{id: 'o', issuer: 'm', name: 'O'}],
        holdings: [{holder: 'eot', share_class: 'o', count: 600}, {holder: 'council', share_class: 'o', count: 400}],
        board_rights: [{appointer: 'eot', company: 'm', directors: 5}],
    });
    const q = a.qualify_public_service_mutual('m', Mutual.MutualTest.PROCUREMENT_ACT_2023_S33);
    assert(q.get_qualifies());
    assert(items(q.get_findings()).some(f => f.code === 'psm.services.not-checked'));
});

test('an unknown company is an error', () => {
    assertThrows(() => analyse('mycsp-2012').list_pscs('nobody'),
        e => assert(e.matches(Mutual.Error, Mutual.Error.UNKNOWN_ID), `${e}`));
});

await run();
