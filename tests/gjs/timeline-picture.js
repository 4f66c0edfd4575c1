// SPDX-License-Identifier: LGPL-2.1-or-later
// The timeline picture from GJS: the 3BM example's contracts and TUPE calendar, a
// scenario's events, and errors from bad dates.
import GLib from 'gi://GLib';
import Mutual from 'gi://Mutual?version=1.0';

import {test, assert, assertEqual, assertThrows, run, sourceRoot} from './harness.js';

// data-* attributes of every <g class="KLASS" ...> in the SVG.
function groups(svg, klass) {
    const out = [];
    const re = new RegExp(`<g class="${klass}"([^>]*)>`, 'g');
    for (const match of svg.matchAll(re)) {
        const attrs = {};
        for (const [, name, value] of match[1].matchAll(/ ([a-z-]+)="([^"]*)"/g))
            attrs[name] = value;
        out.push(attrs);
    }
    return out;
}

test('3BM: contracts, grace period and TUPE calendar', () => {
    const model = Mutual.Model.new_from_example('3bm-2013');
    const picture = Mutual.TimelinePicture.new('3BM');
    picture.add_model(model);
    assertEqual(picture.get_n_lanes(), 2);
    const svg = picture.to_svg();
    assert(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'));
    const period = Mutual.Procurement.new(model).get_grace_period('3bm', 'lbhf');
    const due = groups(svg, 'marker due');
    assertEqual(due.length, 1);
    assertEqual(due[0]['data-date'], period.open_competition_due);
    assertEqual(groups(svg, 'marker allowed')[0]['data-date'], period.next_reservation_allowed);
    const calendar = Mutual.TransferAnalysis.new(model, '3bm-2013').get_calendar();
    assertEqual(groups(svg, 'marker done').length, calendar.get_n_items());
    assertEqual(groups(svg, 'marker late').length, 0);
    assert(svg.includes('data-lane="London Borough of Hammersmith &amp; Fulham → 3BM Limited"'));
});

test('a scenario: events and the reserved re-award', () => {
    const path = GLib.build_filenamev([sourceRoot(), 'examples', 'scenarios', '3bm-transfer-and-contracts.json']);
    const timeline = Mutual.Scenario.new_from_file(path, null).run();
    const picture = Mutual.TimelinePicture.new(null);
    picture.add_scenario(timeline, 'What if');
    picture.add_procurement(timeline.final());
    const svg = picture.to_svg();
    const events = groups(svg, 'marker plain');
    assertEqual(events.length, timeline.get_n_events());
    for (let i = 0; i < events.length; i++)
        assertEqual(events[i]['data-date'], timeline.get_event(i).date);
    const reserved = groups(svg, 'span reserved');
    assertEqual(reserved.length, 1);
    assertEqual(reserved[0]['data-start'], '2016-04-01');
    assertEqual(groups(svg, 'span protected')[0]['data-end'], '2019-03-31');
});

test('bad dates are errors and add nothing', () => {
    const picture = Mutual.TimelinePicture.new(null);
    assertThrows(() => picture.add_marker('x', '2024-02-30', 'never', Mutual.TimelineMark.DUE),
        e => assert(e.matches(Mutual.Error, Mutual.Error.PARSE), e.message));
    assertThrows(() => picture.add_span('x', 'backwards', '2024-02-01', '2024-01-01', null, Mutual.TimelineMark.PLAIN),
        e => assert(e.matches(Mutual.Error, Mutual.Error.ORDER), e.message));
    assertEqual(picture.get_n_lanes(), 0);
    picture.as_at = '2024-05-01';
    picture.add_marker('x', '2024-02-29', 'leap day', Mutual.TimelineMark.LATE);
    const svg = picture.to_svg();
    assertEqual(groups(svg, 'marker late')[0]['data-date'], '2024-02-29');
    assert(svg.includes('class="as-at" data-date="2024-05-01"'));
});

await run();
