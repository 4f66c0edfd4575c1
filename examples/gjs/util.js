// SPDX-License-Identifier: LGPL-2.1-or-later
// Small helpers the GJS examples share. GJS 1.74 does not make a
// Gio.ListModel iterable, so items() walks one.

/** The items of a Gio.ListModel, as an array. */
export function items(listModel) {
    const out = [];
    for (let i = 0; i < listModel.get_n_items(); i++)
        out.push(listModel.get_item(i));
    return out;
}

/** A JavaScript Date as the ISO 8601 calendar date libmutual takes
 *  (its local day, not UTC's). */
export function isoDate(date) {
    const pad = n => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An ISO 8601 date from libmutual as a JavaScript Date (local midnight). */
export function fromIsoDate(text) {
    if (!text)
        return null;
    const [y, m, d] = text.split('-').map(Number);
    return new Date(y, m - 1, d);
}

/** Pence as pounds, "£1,234.56". */
export function pounds(pence) {
    return `£${(pence / 100).toLocaleString('en-GB', {minimumFractionDigits: 2, maximumFractionDigits: 2})}`;
}

/** Prints rows (objects) as an aligned text table. */
export function printTable(rows, columns = Object.keys(rows[0] ?? {})) {
    const text = v => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));
    const widths = columns.map(c => Math.max(c.length, ...rows.map(r => text(r[c]).length)));
    const line = cells => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    print(line(columns));
    print(line(widths.map(w => '-'.repeat(w))));
    for (const row of rows)
        print(line(columns.map(c => text(row[c]))));
}

/** Throws if a fact the example tells is not what the library computes,
 *  so that the examples cannot silently drift from the story. */
export function expect(condition, what) {
    if (!condition)
        throw new Error(`expected: ${what}`);
}
