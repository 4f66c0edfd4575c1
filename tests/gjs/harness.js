// SPDX-License-Identifier: LGPL-2.1-or-later
// A tiny TAP test harness for GJS. GJS 1.74 exits 0 on an unhandled
// promise rejection, so every failure is caught here and turned into
// exit status 1.
import System from 'system';

const tests = [];

export function test(name, fn) {
    tests.push({name, fn});
}

export function assert(condition, message = 'assertion failed') {
    if (!condition)
        throw new Error(message);
}

export function assertEqual(actual, expected, message = '') {
    const a = JSON.stringify(actual), e = JSON.stringify(expected);
    if (a !== e)
        throw new Error(`${message} expected ${e}, got ${a}`);
}

export function assertThrows(fn, check, message = 'expected an exception') {
    try {
        fn();
    } catch (e) {
        if (check)
            check(e);
        return;
    }
    throw new Error(message);
}

export async function run() {
    let failed = 0;
    print(`1..${tests.length}`);
    for (const [i, t] of tests.entries()) {
        try {
            await t.fn();
            print(`ok ${i + 1} ${t.name}`);
        } catch (e) {
            failed++;
            print(`not ok ${i + 1} ${t.name}`);
            for (const line of `${e}\n${e.stack ?? ''}`.split('\n'))
                print(`# ${line}`);
        }
    }
    System.exit(failed ? 1 : 0);
}

export function sourceRoot() {
    return GLib.getenv('MUTUAL_SOURCE_ROOT') ?? '.';
}

import GLib from 'gi://GLib';
