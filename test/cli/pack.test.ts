/**
 * SLOW (30-60 s, needs the npm registry): the package as published. `npm pack` of
 * packages/language, installed into an empty folder (its dependencies come from the
 * registry), and `offering validate` run there. Needs `npm run build` first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../catalogue/catalogue-test-support.js';
import { tempFolder } from './cli-test-support.js';

test('npm pack installs into an empty folder and its offering bin validates there', () => {
    const languagePackage = path.join(REPO_ROOT, 'packages/language');
    expect(fs.existsSync(path.join(languagePackage, 'out/node/cli/main.js')), 'run `npm run build` first').toBe(true);
    const folder = tempFolder({
        'package.json': JSON.stringify({ name: 'pack-check', version: '1.0.0', private: true }),
        'offering/school.offering': 'board B "Bestuur" code 100B490\nprovider P "School" code 110A133 under B\n',
    });
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', folder], { cwd: languagePackage, encoding: 'utf-8' })) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const shipped = packed[0].files.map(file => file.path);
    expect(shipped).toContain('bin/offering.js');
    expect(shipped).toContain('out/node/cli/main.js');
    expect(shipped.filter(file => file.endsWith('.tsbuildinfo'))).toEqual([]);

    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', `./${packed[0].filename}`], { cwd: folder, encoding: 'utf-8', stdio: 'pipe' });
    const result = spawnSync(path.join(folder, 'node_modules/.bin/offering'), ['validate', 'offering'], { cwd: folder, encoding: 'utf-8' });
    expect({ code: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ code: 0, stdout: 'Checked 1 file: no problems found.\n', stderr: '' });
}, 180_000);
