import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ISSUE_CODES } from '../../packages/language/src/i18n/messages.js';
import { buildWorkspace } from '../helpers.js';

const folder = fileURLToPath(new URL('../../examples/errors/', import.meta.url));
/** Files, and folders for codes that depend on how files are laid out (e.g. which board's folder a policy is in). */
const files = readdirSync(folder).filter(name => name.endsWith('.offering') || statSync(`${folder}${name}`).isDirectory()).sort();

/**
 * Codes that no example file can trigger, with the reason. `offering.internal.check-failed`
 * reports a check that threw: a bug, which no input is meant to cause
 * (test/language/validation-registry.test.ts triggers it with a failing check).
 */
const WITHOUT_EXAMPLE = new Set(['offering.internal.check-failed']);
const EXAMPLE_CODES = ISSUE_CODES.filter(code => !WITHOUT_EXAMPLE.has(code));

/** `offering.size.reversed` lives in `size-reversed.offering`; a code listed here in a folder of that name. */
const IN_FOLDER = new Set(['offering.policy.all-across-boards']);
function fileFor(code: string): string {
    const name = code.slice('offering.'.length).replace('.', '-');
    return IN_FOLDER.has(code) ? name : `${name}.offering`;
}

/** The example's files by path (relative to examples/errors/), a folder's files all together. */
function exampleFiles(code: string): Record<string, string> {
    const name = fileFor(code);
    if (!IN_FOLDER.has(code)) {
        return { [name]: readFileSync(`${folder}${name}`, 'utf8') };
    }
    const paths = readdirSync(`${folder}${name}`, { recursive: true, encoding: 'utf8' }).filter(path => path.endsWith('.offering')).sort();
    return Object.fromEntries(paths.map(path => [`${name}/${path}`, readFileSync(`${folder}${name}/${path}`, 'utf8')]));
}

describe('examples/errors: one self-contained file (or folder) per rule', () => {
    test('every issue code has its file, and every file belongs to a code', () => {
        expect(files).toEqual(EXAMPLE_CODES.map(fileFor).sort());
    });

    test('docs/rules.md documents every issue code', () => {
        const documented = [...readFileSync(fileURLToPath(new URL('../../docs/rules.md', import.meta.url)), 'utf8')
            .matchAll(/^### `([a-z.-]+)`/gm)].map(match => match[1]);
        expect(documented.sort()).toEqual([...ISSUE_CODES].sort());
    });

    test.each(EXAMPLE_CODES)('%s: validated alone, the file yields exactly that code', async code => {
        const workspace = await buildWorkspace(exampleFiles(code));
        const codes = new Set(workspace.diagnostics().map(line => line.split(' ')[1].replace(/:$/, '')));
        expect([...codes]).toEqual([code]);
    });
});
