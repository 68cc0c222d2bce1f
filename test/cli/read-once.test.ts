import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError, loadWorkspace, readOfferingFile } from '../../packages/language/src/node/workspace-loader.js';
import { offeringFiles } from '../../packages/language/src/node/cli/input-files.js';
import { tempFolder } from './cli-test-support.js';

/** Each input file is read once, with the limits applied to the bytes read (issue 14, item 14). */
describe('input is read once', () => {
    test('a file deleted or replaced after it was read changes nothing: the workspace parses what was read', async () => {
        const folder = tempFolder({ 'a.offering': 'board B "Bestuur" code 100B490\n' });
        const [input] = await offeringFiles([folder]);
        fs.writeFileSync(path.join(folder, 'a.offering'), new Uint8Array([0, 1, 2, 3]));
        fs.rmSync(path.join(folder, 'a.offering'));
        const { documents, diagnostics } = await loadWorkspace([input!]);
        expect(documents.map(d => d.textDocument.getText())).toEqual(['board B "Bestuur" code 100B490\n']);
        expect(diagnostics).toEqual([]);
    });

    test('the size limit counts the bytes read, not what stat says (a /proc file reports size 0)', async () => {
        const folder = tempFolder();
        fs.symlinkSync('/proc/self/maps', path.join(folder, 'maps.offering'));
        expect(fs.statSync(path.join(folder, 'maps.offering')).size).toBe(0);
        await expect(readOfferingFile(path.join(folder, 'maps.offering'), 'en', 64)).rejects.toThrow(InputError);
        await expect(readOfferingFile(path.join(folder, 'maps.offering'), 'en', 64)).rejects.toThrow(/too large \(0 MB; the limit is 0 MB per file\)/);
    });
});
