// SPDX-License-Identifier: LGPL-2.1-or-later
import GLib from 'gi://GLib';
import Mutual from 'gi://Mutual?version=1.0';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const shared = GLib.getenv('MUTUAL_SHARED_DATA') ?? '';
const example = name => GLib.build_filenamev([shared, 'bods', '0.4', 'examples', name]);
const haveShared = GLib.file_test(example('indirect-ownership.json'), GLib.FileTest.EXISTS);

test('indirect ownership: the missing component share', () => {
    if (!haveShared) {
        print('# skipped: the shared BODS 0.4 data (MUTUAL_SHARED_DATA) is absent');
        return;
    }
    const pkg = Mutual.BodsPackage.new_from_file(example('indirect-ownership.json'), Mutual.BodsReadFlags.NONE);
    const checks = pkg.check_indirect();
    assertEqual(checks.get_n_items(), 1);
    const finding = checks.get_item(0);
    assertEqual(finding.code, 'bods.indirect.component-share');
    assert(finding.message.includes('would have to hold 50% of Company B'), finding.message);
    const model = pkg.get_model();
    assertEqual(model.lookup_holding('d4ab89ea169a', 'ad3f6c2fcc9e#bods-ordinary').count, 3);
    assertEqual(model.lookup_holding('ad3f6c2fcc9e#undisclosed', 'ad3f6c2fcc9e#bods-ordinary').count, 2);
});

test('an unknown record is an error naming the statement', () => {
    const data = JSON.stringify([{
        statementId: 'r1-statement-000000000000000000000000', statementDate: '2020-01-01',
        declarationSubject: 'co', recordId: 'r1', recordType: 'relationship', recordStatus: 'new',
        recordDetails: {isComponent: false, subject: 'co', interestedParty: 'p', interests: []},
    }]);
    const bytes = new TextEncoder().encode(data);
    assertThrows(() => Mutual.BodsPackage.new_from_data(bytes, Mutual.BodsReadFlags.NONE),
        e => assert(e.message.includes('$[0]') && e.message.includes('“co”'), e.message));
    const pkg = Mutual.BodsPackage.new_from_data(bytes, Mutual.BodsReadFlags.FRAGMENT);
    assertEqual(pkg.get_model().get_parties().get_n_items(), 2);
});

test('the diagram of an example, as DOT', () => {
    const model = Mutual.Model.new_from_example('mycsp-2012');
    const dot = model.to_dot();
    assert(dot.includes('"equiniti" -> "mycsp" [label="40%"'), dot);
    const bytes = model.render_diagram('dot');
    assertEqual(new TextDecoder().decode(bytes.toArray()).slice(0, 7), 'digraph');
});

await run();
