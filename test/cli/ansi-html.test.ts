import { describe, expect, test } from 'vitest';
import { ansiToHtml } from '../../scripts/screenshots/ansi-html.mjs';
import { run, tempFolder } from './cli-test-support.js';

describe('scripts/screenshots/ansi-html.mjs', () => {
    test('plain text is escaped and nothing else', () => {
        expect(ansiToHtml('a < b & c > d\n')).toBe('a &lt; b &amp; c &gt; d\n');
    });

    test('bold and colours become classes until a reset', () => {
        expect(ansiToHtml('\x1b[1;31merror\x1b[0m: x')).toBe('<span class="b fg-red">error</span>: x');
        expect(ansiToHtml('\x1b[34m|\x1b[1m>\x1b[22m<\x1b[39m.')).toBe('<span class="fg-blue">|</span><span class="b fg-blue">&gt;</span><span class="fg-blue">&lt;</span>.');
        expect(ansiToHtml('\x1b[93mhi\x1b[m')).toBe('<span class="fg-bright-yellow">hi</span>');
    });

    test('other escape sequences are dropped', () => {
        expect(ansiToHtml('\x1b[2Ka\x1b[1Gb')).toBe('ab');
    });

    test('every style the pretty format emits has a class', async () => {
        const { stdout } = await run(['validate', '--format', 'pretty'], tempFolder({
            'a.offering': 'programme A { level mbo-2 years 1 }\nprogramme A { level mbo-2 years 1 }\ncharacteristic X\n',
        }), { env: { FORCE_COLOR: '1' } });
        const html = ansiToHtml(stdout);
        expect(html).not.toContain('\x1b');
        expect([...new Set(html.match(/class="[^"]*"/g))].sort()).toEqual([
            'class="b fg-blue"', 'class="b fg-cyan"', 'class="b fg-red"', 'class="b fg-yellow"', 'class="b"',
        ]);
    });
});
