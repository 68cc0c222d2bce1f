import { describe, expect, test } from 'vitest';
import { Progress } from '../../packages/language/src/node/cli/progress.js';

function progress(isTTY: boolean, verbose: boolean) {
    let now = 0;
    let written = '';
    const instance = new Progress({ write: text => { written += text; }, isTTY, verbose, now: () => now });
    return { instance, at: (ms: number) => { now = ms; }, written: () => written };
}

describe('progress on stderr', () => {
    test('a run under a second shows nothing, even on a terminal', () => {
        const { instance, at, written } = progress(true, false);
        at(900);
        instance.onLoad('parsed', 3, 10);
        instance.onLoad('validated', 10, 10);
        instance.clear();
        expect(written()).toBe('');
    });

    test('on a terminal, after a second, one line redrawn at most every 100 ms and erased at the end', () => {
        const { instance, at, written } = progress(true, false);
        at(1200);
        instance.onLoad('parsed', 3, 10);
        at(1250);
        instance.onLoad('parsed', 4, 10);
        at(1400);
        instance.onLoad('parsed', 10, 10);
        instance.clear();
        expect(written()).toBe('\r\x1b[Koffering: 3/10 files parsed\r\x1b[Koffering: parsed 10 files\r\x1b[K');
    });

    test('not on a terminal (CI logs, pipes): silent however long it takes', () => {
        const { instance, at, written } = progress(false, false);
        at(5000);
        instance.onLoad('validated', 10, 10);
        expect(written()).toBe('');
    });

    test('--verbose: each finished phase on a line of its own with its time', () => {
        const { instance, at, written } = progress(false, true);
        at(10);
        instance.phase('found 2 files');
        instance.onLoad('parsed', 1, 2);
        at(120);
        instance.onLoad('parsed', 2, 2);
        at(300);
        instance.onLoad('validated', 2, 2);
        expect(written()).toBe('offering: found 2 files (10 ms)\noffering: parsed 2 files (120 ms)\noffering: validated 2 files (300 ms)\n');
    });
});
