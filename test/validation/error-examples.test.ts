import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ISSUE_CODES } from '../../packages/language/src/i18n/messages.js';
import { buildWorkspace } from '../helpers.js';

const folder = fileURLToPath(new URL('../../examples/errors/', import.meta.url));
const files = readdirSync(folder).filter(name => name.endsWith('.offering')).sort();

/**
 * Codes that no example file can trigger, with the reason. `offering.internal.check-failed`
 * reports a check that threw: a bug, which no input is meant to cause
 * (test/language/validation-registry.test.ts triggers it with a failing check).
 */
const WITHOUT_EXAMPLE = new Set(['offering.internal.check-failed']);
const EXAMPLE_CODES = ISSUE_CODES.filter(code => !WITHOUT_EXAMPLE.has(code));

/** `offering.size.reversed` lives in `size-reversed.offering`. */
function fileFor(code: string): string {
    return `${code.slice('offering.'.length).replace('.', '-')}.offering`;
}

describe('examples/errors: one self-contained file per rule', () => {
    test('every issue code has its file, and every file belongs to a code', () => {
        expect(files).toEqual(EXAMPLE_CODES.map(fileFor).sort());
    });

    test('docs/rules.md documents every issue code', () => {
        const documented = [...readFileSync(fileURLToPath(new URL('../../docs/rules.md', import.meta.url)), 'utf8')
            .matchAll(/^### `([a-z.-]+)`/gm)].map(match => match[1]);
        expect(documented.sort()).toEqual([...ISSUE_CODES].sort());
    });

    test.each(EXAMPLE_CODES)('%s: validated alone, the file yields exactly that code', async code => {
        const text = readFileSync(`${folder}${fileFor(code)}`, 'utf8');
        const workspace = await buildWorkspace({ [fileFor(code)]: text });
        const codes = new Set(workspace.diagnostics().map(line => line.split(' ')[1].replace(/:$/, '')));
        expect([...codes]).toEqual([code]);
    });
});
