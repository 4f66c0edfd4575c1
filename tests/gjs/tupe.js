// SPDX-License-Identifier: LGPL-2.1-or-later
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Mutual from 'gi://Mutual?version=1.0';

import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const GB = Mutual.Jurisdiction.GREAT_BRITAIN;
const pence = (born, started, ends, weekly) =>
    Mutual.RedundancyPay.compute(born, started, ends, weekly, GB).pence;

function makeModel(nStaff, transfer, eliSent, representatives = Mutual.Representatives.RECOGNISED_UNION) {
    const model = Mutual.Model.new();
    model.add_party(Mutual.Party.new('council', 'A Council', Mutual.PartyKind.PUBLIC_BODY));
    model.add_party(Mutual.Party.new('mutual', 'A Mutual Ltd', Mutual.PartyKind.COMPANY));
    for (let i = 0; i < nStaff; i++) {
        model.add_staff_member(new Mutual.StaffMember({
            id: `s${i}`, employer: 'council', grouping: 'service',
            started: '2005-09-01', born: '1975-05-20', weekly_pay: 50000,
        }));
    }
    model.add_transfer_plan(new Mutual.TransferPlan({
        id: 'plan', transferors: ['council'], transferee: 'mutual', transfer_date: transfer,
        grouping: 'service', eli_sent: eliSent, eli_contents: Mutual.EliContents.ALL,
        information_given: '2013-01-01', representatives,
    }));
    model.validate();
    return model;
}

function findings(model) {
    const list = Mutual.TransferAnalysis.new(model, 'plan').check(null);
    const out = {};
    for (let i = 0; i < list.get_n_items(); i++) {
        const f = list.get_item(i);
        out[f.code] = f;
    }
    return out;
}

test('redundancy pay at the age-band boundaries', () => {
    assertEqual(pence('1990-06-15', '2008-01-01', '2013-06-14', 20000), 60000);
    assertEqual(pence('1990-06-15', '2008-01-01', '2013-06-13', 20000), 50000);
    assertEqual(pence('1970-03-10', '2000-01-01', '2012-03-09', 30000), 375000);
    assertEqual(pence('1970-03-10', '2000-01-01', '2012-03-08', 30000), 360000);
});

test('two years less a day, and twenty years counted', () => {
    assertEqual(pence('1990-01-01', '2020-01-01', '2021-12-30', 50000), 0);
    assertEqual(pence('1990-01-01', '2020-01-01', '2021-12-31', 50000), 100000);
    const r = Mutual.RedundancyPay.compute('1960-01-01', '1985-01-01', '2015-06-30', 100000, GB);
    assertEqual([r.years, r.years_counted, r.half_weeks, r.pence], [30, 20, 54, 27 * 47500]);
});

test('cap changes on 6 April 2024', () => {
    assertEqual(pence('1940-01-01', '1970-01-01', '2024-04-05', 200000), 30 * 64300);
    assertEqual(pence('1940-01-01', '1970-01-01', '2024-04-06', 200000), 30 * 70000);
});

test('ELI 28 days on time, 27 a breach with £500 each; 2013 uses 14', () => {
    assert('tupe.eli.on-time' in findings(makeModel(10, '2024-09-02', '2024-08-05')));
    const late = findings(makeModel(10, '2024-09-02', '2024-08-06'))['tupe.eli.late'];
    assertEqual(late.severity, Mutual.Severity.BREACH);
    assertEqual(late.amount, 10 * 50000);
    assert('tupe.eli.on-time' in findings(makeModel(3, '2013-04-02', '2013-03-19')));
    assert('tupe.eli.late' in findings(makeModel(3, '2013-04-02', '2013-03-20')));
});

test('direct consultation with 45 employees: 30 June 2024 no, 1 July 2024 yes', () => {
    const none = Mutual.Representatives.NONE;
    const before = findings(makeModel(45, '2024-06-30', '2024-05-01', none));
    const after = findings(makeModel(45, '2024-07-01', '2024-05-01', none));
    assert('tupe.consult.direct-not-allowed' in before);
    assert(!('tupe.consult.direct-allowed' in before));
    assert('tupe.consult.direct-allowed' in after);
    assert(!('tupe.consult.direct-not-allowed' in after));
});

test('CSV errors name the row and column', () => {
    const model = makeModel(0, '2022-04-01', null);
    const bad = new TextEncoder().encode(
        'id,employer,started,born,weekly_pay\nA,council,2005-09-01,1975-05-20,500\nB,council,2005-09-01,31/02/1980,500\n');
    assertThrows(() => model.add_staff_from_csv_data(bad), e => {
        assert(e.message.includes('row 3, column 4 (“born”)'), e.message);
    });
    assertEqual(model.get_staff().get_n_items(), 0);
});

test('3BM example: same figures as the C command line', () => {
    const model = Mutual.Model.new_from_example('3bm-2013');
    const analysis = Mutual.TransferAnalysis.new(model, '3bm-2013');
    const l = analysis.compute_liabilities(null);
    const cli = GLib.getenv('MUTUAL_CLI');
    if (!cli) {
        print('# skip: MUTUAL_CLI is not set');
        return;
    }
    const proc = Gio.Subprocess.new([cli, 'tupe', '--json'], Gio.SubprocessFlags.STDOUT_PIPE);
    const [, stdout] = proc.communicate_utf8(null, null);
    const out = JSON.parse(stdout);
    assertEqual(out.liabilities.redundancy_pay, l.total_redundancy_pay);
    assertEqual(out.liabilities.protective_award, l.total_protective_award);
    assertEqual(out.liabilities.eli_award, l.total_eli_award);
    assertEqual(out.liabilities.annual_pay, l.total_annual_pay);
    assertEqual(out.liabilities.per_employee.map(e => e.redundancy_pay), Array.from(l.get_redundancy_pay()));
    assertEqual(out.liabilities.per_employee.map(e => e.id), l.staff_ids);
    const found = analysis.check(null);
    const codes = [];
    for (let i = 0; i < found.get_n_items(); i++)
        codes.push([found.get_item(i).code, found.get_item(i).citation]);
    assertEqual(out.findings.map(f => [f.code, f.citation]), codes);
});

run();
