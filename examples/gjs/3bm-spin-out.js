// SPDX-License-Identifier: LGPL-2.1-or-later
// The 3BM spin-out, from GJS: the TUPE transfer of the three councils'
// schools support staff, the liabilities 3BM took on, a late-ELI what-if,
// and the procurement grace period. The example's staff are invented.
//
//   gjs -m examples/gjs/3bm-spin-out.js
import GLib from 'gi://GLib';
import Mutual from 'gi://Mutual?version=1.0';
import System from 'system';

import {items, pounds, printTable, expect, fromIsoDate, isoDate} from './util.js';

try {
    const model = Mutual.Model.new_from_example('3bm-2013');
    const transfer = Mutual.TransferAnalysis.new(model, '3bm-2013');
    const plan = transfer.get_plan();
    print(`${plan.name}\ntransfer on ${plan.transfer_date} from ${plan.transferors.join(', ')} to ${plan.transferee}`);

    const moving = items(transfer.get_transferring());
    const staying = items(transfer.get_not_transferring());
    print(`${moving.length} employees transfer, ${staying.length} stay\n`);
    expect(moving.length + staying.length === model.get_staff().get_n_items(), 'every employee is placed');

    print('The calendar:');
    printTable(items(transfer.get_calendar()).map(o => ({
        obligation: o.title, due: o.due, done: o.done ?? '—', citation: o.citation,
    })));

    // Liabilities at the transfer date, per employer. The per-employee
    // figures are arrays in the order of get_staff_ids().
    const liabilities = transfer.compute_liabilities(plan.transfer_date);
    const ids = liabilities.get_staff_ids();
    const redundancy = liabilities.get_redundancy_pay();
    const annual = liabilities.get_annual_pay();
    const byEmployer = {};
    ids.forEach((id, i) => {
        const employer = model.lookup_staff_member(id).employer;
        byEmployer[employer] ??= {employer, staff: 0, annual: 0, redundancy: 0};
        byEmployer[employer].staff++;
        byEmployer[employer].annual += annual[i];
        byEmployer[employer].redundancy += redundancy[i];
    });
    print(`\nLiabilities at ${liabilities.date} (weekly pay cap ${pounds(liabilities.weekly_pay_cap)}):`);
    printTable(Object.values(byEmployer).map(r => ({
        employer: r.employer, staff: r.staff, 'annual pay': pounds(r.annual), 'redundancy pay': pounds(r.redundancy),
    })));
    print(`total (redundancy, ELI and protective awards): ${pounds(liabilities.total)}`);
    expect(redundancy.reduce((a, b) => a + b, 0) === liabilities.total_redundancy_pay, 'the rows add up to the total');

    // What if the employee liability information had gone out five days
    // before the transfer? Plans are immutable: build a changed copy.
    const props = {};
    for (const spec of Mutual.TransferPlan.list_properties())
        props[spec.name.replaceAll('-', '_')] = plan[spec.name.replaceAll('-', '_')];
    const sent = fromIsoDate(plan.transfer_date);
    sent.setDate(sent.getDate() - 5);
    props.eli_sent = isoDate(sent);
    const late = model.copy();
    late.remove_transfer_plan(plan.id);
    late.add_transfer_plan(new Mutual.TransferPlan(props));
    const lateFindings = items(Mutual.TransferAnalysis.new(late, plan.id).check(null));
    const breach = lateFindings.find(f => f.code === 'tupe.eli.late');
    expect(breach && breach.severity === Mutual.Severity.BREACH, 'late ELI is a breach');
    print(`\nWhat if the ELI went out on ${props.eli_sent}?\n  ${breach.message} [${breach.citation}]`);

    // Procurement: when must the services be openly competed?
    const procurement = Mutual.Procurement.new(model);
    const grace = procurement.get_grace_period('3bm', 'lbhf');
    const contract = model.lookup_contract('3bm-schools-support');
    print(`\n${contract.title}\nawarded ${contract.award_date} under ${Mutual.ProcurementRegime.to_string(
        Mutual.ProcurementRegime.for_date(contract.award_date))}, runs ${contract.start} to ${contract.end}` +
        `, with extensions to ${contract.dup_latest_end()}`);
    print(`open competition due: ${grace.open_competition_due}`);
    for (const f of items(grace.get_findings()))
        print(`  · ${f.message} [${f.citation}]`);
    expect(grace.open_competition_due === '2020-04-02', 'open competition after the last extension');
} catch (e) {
    if (e instanceof GLib.Error)
        printerr(`${GLib.quark_to_string(e.domain)} ${e.code}: ${e.message}`);
    else
        printerr(`${e}\n${e.stack}`);
    System.exit(1);
}
