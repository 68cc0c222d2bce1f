import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { MESSAGES } from '../../packages/language/src/i18n/messages.js';
import { buildWorkspace } from '../helpers.js';

const folder = fileURLToPath(new URL('../../examples/errors/', import.meta.url));
const files = readdirSync(folder).filter(name => name.endsWith('.offering')).sort();

/** `offering.size.reversed` lives in `size-reversed.offering`. */
function fileFor(code: string): string {
    return `${code.slice('offering.'.length).replace('.', '-')}.offering`;
}

describe('examples/errors: one self-contained file per rule', () => {
    test('every issue code has its file, and every file belongs to a code', () => {
        expect(files).toEqual(Object.keys(MESSAGES).map(fileFor).sort());
    });

    test('docs/rules.md documents every issue code', () => {
        const documented = [...readFileSync(fileURLToPath(new URL('../../docs/rules.md', import.meta.url)), 'utf8')
            .matchAll(/^### `([a-z.-]+)`/gm)].map(match => match[1]);
        expect(documented.sort()).toEqual(Object.keys(MESSAGES).sort());
    });

    test.each(Object.keys(MESSAGES))('%s: validated alone, the file yields exactly that code', async code => {
        const text = readFileSync(`${folder}${fileFor(code)}`, 'utf8');
        const workspace = await buildWorkspace({ [fileFor(code)]: text });
        const codes = new Set(workspace.diagnostics().map(line => line.split(' ')[1].replace(/:$/, '')));
        expect([...codes]).toEqual([code]);
    });
});
