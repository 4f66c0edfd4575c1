// SPDX-License-Identifier: LGPL-2.1-or-later
// MyCSP, 2012 → 2014, from GJS: ownership, control, persons with
// significant control, voting power, and what if the employee trust bought
// out the Cabinet Office.
//
//   gjs -m examples/gjs/mycsp-story.js
import GLib from 'gi://GLib';
import Mutual from 'gi://Mutual?version=1.0';
import System from 'system';

import {items, printTable, expect} from './util.js';

const R = Mutual.Resolution;
const D = Mutual.Dimension;
const fraction = f => `${f.numerator}/${f.denominator}`;

function holders(analysis, company) {
    const rows = {};
    for (const [name, dim] of [['shares', D.SHARES], ['votes', D.VOTES], ['profits', D.PROFITS]]) {
        for (const interest of items(analysis.direct_interests(company, dim))) {
            rows[interest.holder] ??= {holder: interest.holder, shares: '0', votes: '0', profits: '0'};
            rows[interest.holder][name] = interest.fraction.to_percent_string();
        }
    }
    return Object.values(rows);
}

// Banzhaf and Shapley–Shubik indices of the direct holders of votes.
function votingPower(analysis, company, resolution) {
    const votes = items(analysis.direct_interests(company, D.VOTES));
    const gcd = (a, b) => (b ? gcd(b, a % b) : a);
    const common = votes.reduce((l, i) => l * i.fraction.denominator / gcd(l, i.fraction.denominator), 1);
    const game = Mutual.VotingGame.new();
    for (const interest of votes)
        game.add_voter(interest.holder, interest.fraction.numerator * common / interest.fraction.denominator);
    const [quota, strict] = Mutual.Resolution.get_quota(resolution);
    game.set_quota(quota, strict);
    game.compute(null);
    return Object.fromEntries(items(game.get_results()).map(p => [p.party, p]));
}

function tell(title, model) {
    const analysis = Mutual.Analysis.new(model);
    print(`\n== ${title} (${model.date}) ==\n`);
    printTable(holders(analysis, 'mycsp'));
    const control = analysis.control('mycsp');
    print(`\npasses an ordinary resolution alone: ${control.ordinary.join(', ') || 'nobody'}`);
    print(`blocks a special resolution alone:   ${control.block_special.join(', ') || 'nobody'}`);
    print(`persons with significant control:    ${items(analysis.list_pscs('mycsp')).map(p => p.party).join(', ')}`);
    for (const note of items(analysis.psc_findings('mycsp')))
        print(`  ${note.severity === Mutual.Severity.INFO ? '·' : '!'} ${note.message} [${note.citation}]`);
    const ordinary = votingPower(analysis, 'mycsp', R.ORDINARY);
    const special = votingPower(analysis, 'mycsp', R.SPECIAL);
    print('\nvoting power (Banzhaf):');
    printTable(Object.keys(ordinary).map(party => ({
        party,
        ordinary: ordinary[party].banzhaf.toFixed(4),
        special: special[party].banzhaf.toFixed(4),
    })));
    return {analysis, control, ordinary, special};
}

try {
    const y2012 = tell('May 2012: the joint venture', Mutual.Model.new_from_example('mycsp-2012'));
    expect(y2012.control.ordinary.length === 0, 'nobody controls MyCSP in 2012');
    expect(Math.abs(y2012.ordinary['mycsp-trust'].banzhaf - 1 / 3) < 1e-12, 'the trust has a third of the power');
    expect(y2012.special['mycsp-trust'].banzhaf === 0, 'the trust has no power over special resolutions');

    const mycsp2014 = Mutual.Model.new_from_example('mycsp-2014');
    const y2014 = tell('October 2014: Equiniti takes control', mycsp2014);
    expect(y2014.control.ordinary.join() === 'equiniti', 'Equiniti controls MyCSP in 2014');

    // What if, on 1 April 2015, the trust bought the Cabinet Office's 24%?
    // A scenario applies dated events to a base model, which it never
    // changes; its timeline holds the model after each event.
    const scenario = Mutual.Scenario.new(mycsp2014);
    scenario.set_name("MyCSP: what if the trust buys the Cabinet Office's 24%");
    scenario.transfer_shares('2015-04-01', 'cabinet-office', 'mycsp-trust', 'mycsp-ordinary', 24);
    const timeline = scenario.run();
    const whatIf = timeline.final();
    print(`\n${scenario.get_name()}: what changes`);
    for (const line of timeline.compare(null, '2015-04-01').to_lines())
        print(`  ${line}`);
    const after = tell('What if the trust buys out the Cabinet Office', whatIf);
    expect(after.control.block_special.includes('mycsp-trust'), 'the trust can then block a special resolution');
    expect(mycsp2014.lookup_holding('cabinet-office', 'mycsp-ordinary').count === 24, 'the 2014 model is unchanged');
    const employees = after.analysis.employee_interest('mycsp', D.VOTES);
    print(`\nemployees' votes after the buy-out: ${fraction(employees.fraction)} (${employees.fraction.to_percent_string()})`);
} catch (e) {
    if (e instanceof GLib.Error)
        printerr(`${GLib.quark_to_string(e.domain)} ${e.code}: ${e.message}`);
    else
        printerr(`${e}\n${e.stack}`);
    System.exit(1);
}
