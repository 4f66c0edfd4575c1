// SPDX-License-Identifier: LGPL-2.1-or-later
// Reserved contracts from GJS: the same shared cases as the Python suite
// (tests/data/procurement-cases.json), the 3BM example and malformed CPV codes.
import GLib from 'gi://GLib';
import Mutual from 'gi://Mutual?version=1.0';

import {test, assert, assertEqual, assertThrows, run, sourceRoot} from './harness.js';

const [, bytes] = GLib.file_get_contents(GLib.build_filenamev([sourceRoot(), 'tests', 'data', 'procurement-cases.json']));
const CASES = JSON.parse(new TextDecoder().decode(bytes));

function modelOf(contracts) {
    const doc = {
        format: 'libmutual-model', version: 1, parties: CASES.parties,
        share_classes: CASES.share_classes, holdings: CASES.holdings, contracts,
    };
    return Mutual.Model.new_from_data(new TextEncoder().encode(JSON.stringify(doc)));
}

function items(listModel) {
    const out = [];
    for (let i = 0; i < listModel.get_n_items(); i++)
        out.push(listModel.get_item(i));
    return out;
}

const SEVERITY = {
    [Mutual.Severity.INFO]: 'info',
    [Mutual.Severity.WARNING]: 'warning',
    [Mutual.Severity.BREACH]: 'breach',
};

test('regimes by the day the procurement began', () => {
    for (const c of CASES.regimes) {
        const regime = Mutual.ProcurementRegime.for_date(c.date);
        assertEqual(Mutual.ProcurementRegime.to_string(regime), c.regime, c.date);
    }
});

for (const c of CASES.cases) {
    test(c.name, () => {
        const model = modelOf(c.contracts);
        const findings = items(Mutual.Procurement.new(model).check_contract(c.check));
        const got = new Set(findings.map(f => `${f.code}|${SEVERITY[f.severity]}|${f.citation}`));
        for (const want of c.present)
            assert(got.has(`${want.code}|${want.severity}|${want.citation}`), `missing ${JSON.stringify(want)} in ${[...got]}`);
        const codes = new Set(findings.map(f => f.code));
        for (const code of c.absent)
            assert(!codes.has(code), `unexpected ${code}`);
        assertEqual(findings.filter(f => f.severity === Mutual.Severity.BREACH).length, c.breaches, 'breaches');
    });
}

test('the 3BM contract is not reserved, with the reasons', () => {
    const model = Mutual.Model.new_from_example('3bm-2013');
    const procurement = Mutual.Procurement.new(model);
    const findings = Object.fromEntries(items(procurement.check_contract('3bm-schools-support')).map(f => [f.code, f]));
    const summary = findings['procurement.not_reserved'];
    assert(summary.message.includes('before PCR 2015 reg 77 existed'), summary.message);
    assert(summary.message.includes('longer than the 3 years PCR 2015 reg 77(5) would allow'), summary.message);
    assertEqual(findings['procurement.not_reservable.term'].citation, 'PCR 2015 reg 77(5)');
    assert(!('procurement.reserved' in findings));
    const period = procurement.get_grace_period('3bm', 'lbhf');
    assertEqual([period.start, period.end, period.open_competition_due, period.next_reservation_allowed],
        [null, null, '2020-04-02', '2015-02-26']);
    assertEqual(items(period.get_timeline()).map(c => c.id), ['3bm-schools-support']);
});

test('a reserved contract gives a protected period', () => {
    const model = modelOf([{
        id: 'reserved', authority: 'council', supplier: 'mutual', cpv_codes: ['85312000-9'],
        procurement_start: '2015-10-01', award_date: '2016-01-15', start: '2016-04-01', end: '2018-03-31',
        extension_months: 12, procedure: 'light-touch', reserved_under: 'pcr-2015-reg-77',
    }]);
    const period = Mutual.Procurement.new(model).get_grace_period('mutual', 'council');
    assertEqual([period.start, period.end, period.open_competition_due, period.next_reservation_allowed],
        ['2016-04-01', '2019-03-31', '2019-04-01', '2019-01-15']);
});

test('a malformed CPV code is rejected, named', () => {
    assertThrows(() => Mutual.cpv_code_validate('8531200-9'), e => {
        assert(e.matches(Mutual.error_quark(), Mutual.Error.PARSE), `wrong error ${e}`);
        assert(e.message.includes('“8531200-9” is not a CPV code'), e.message);
    });
    const model = modelOf([]);
    const contract = Mutual.Contract.new('c', 'council', 'mutual', ['85312000-9', '85312000-X'],
        '2016-01-15', '2016-04-01', '2019-03-31');
    assertThrows(() => model.add_contract(contract), e => {
        assert(e.message.includes('cpv_codes[1]: “85312000-X” is not a CPV code'), e.message);
    });
    assertEqual(model.get_contracts().get_n_items(), 0);
});

run();
