// SPDX-License-Identifier: LGPL-2.1-or-later
import GLib from 'gi://GLib';
import Mutual from 'gi://Mutual?version=1.0';

import {test, assert, assertEqual, assertThrows, run, sourceRoot} from './harness.js';

const examples = GLib.build_filenamev([sourceRoot(), 'examples', 'models']);

function items(listModel) {
    const out = [];
    for (let i = 0; i < listModel.get_n_items(); i++)
        out.push(listModel.get_item(i));
    return out;
}

test('load mycsp-2012 and list parties and holdings', () => {
    const model = Mutual.Model.new_from_file(`${examples}/mycsp-2012.json`);
    assertEqual(items(model.get_parties()).map(p => p.id),
        ['mycsp', 'cabinet-office', 'equiniti', 'mycsp-trust']);
    const holdings = Object.fromEntries(items(model.get_holdings()).map(h => [h.holder, h.count]));
    assertEqual(holdings, {'cabinet-office': 35, equiniti: 40, 'mycsp-trust': 25});
    assertEqual(model.lookup_party('mycsp-trust').kind, Mutual.PartyKind.EMPLOYEE_BENEFIT_TRUST);
});

test('save and load back with every field equal', () => {
    const model = Mutual.Model.new_from_file(`${examples}/mycsp-2012.json`);
    const [dir] = [GLib.dir_make_tmp('mutual-gjs-XXXXXX')];
    const path = GLib.build_filenamev([dir, 'copy.json']);
    model.save_to_file(path);
    const again = Mutual.Model.new_from_file(path);
    const props = obj => Object.fromEntries(
        obj.constructor.list_properties().map(spec => [spec.name, obj[spec.name.replaceAll('-', '_')]]));
    for (const getter of ['get_parties', 'get_share_classes', 'get_holdings', 'get_board_rights']) {
        assertEqual(items(again[getter]()).map(props), items(model[getter]()).map(props), getter);
    }
    assertEqual(again.date, model.date);
    GLib.unlink(path);
    GLib.rmdir(dir);
});

test('a malformed file raises a GError naming the path', () => {
    const data = '{"format":"libmutual-model","version":1,"holdings":[{"holder":"x","share_class":"y","count":-1}]}';
    assertThrows(() => Mutual.Model.new_from_data(new TextEncoder().encode(data)), e => {
        assert(e.matches(Mutual.error_quark(), Mutual.Error.INVALID), `wrong error ${e}`);
        assert(e.message.includes('holdings[0].count: must not be negative'), e.message);
    });
});

test('build a model in code', () => {
    const model = new Mutual.Model();
    model.add_party(Mutual.Party.new('co', 'Co Ltd', Mutual.PartyKind.COMPANY));
    model.add_party(new Mutual.Party({id: 'eot', name: 'EOT', kind: Mutual.PartyKind.EMPLOYEE_OWNERSHIP_TRUST}));
    model.add_share_class(Mutual.ShareClass.new('ord', 'co', 'Ordinary'));
    model.set_holding('eot', 'ord', 51);
    model.validate();
    assertEqual(model.lookup_holding('eot', 'ord').count, 51);
    assertEqual(model.get_holdings().get_n_items(), 1);
});

test('exact fractions', () => {
    const f = Mutual.Fraction.new(25, 100);
    assertEqual([f.numerator, f.denominator], [1, 4]);
    assertEqual(Mutual.Fraction.new(250001, 1000000).compare_ratio(1, 4), 1);
    assertEqual(Mutual.Fraction.new_parse('37.5%').to_percent_string(), '37.5%');
});

await run();
