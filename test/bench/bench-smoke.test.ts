// Keeps the benchmark from rotting: the generator and one bench run at the smallest size.
// Only shapes and correctness are checked here; timings belong to `npm run bench`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateModel, writeWorkspace } from '../../bench/generate.js';
import { formatTable, runBench } from '../../bench/run.js';
import { runYamlRoute } from '../../bench/yaml-route.js';
import { collectOfferingFiles, loadWorkspace } from '../../packages/language/src/node/workspace-loader.js';

const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'offering-bench-smoke-'));
afterAll(() => fs.rmSync(workdir, { recursive: true, force: true }));

describe('benchmark workspace generator', () => {
    test('is deterministic for a seed and differs for another seed', () => {
        expect(generateModel('1k')).toEqual(generateModel('1k'));
        expect(generateModel('1k', 1)).not.toEqual(generateModel('1k'));
    });

    test('writes the same model as Offering and as YAML, and both are free of errors', async () => {
        const ws = writeWorkspace('1k', workdir);
        expect(ws.files.map(f => path.relative(ws.offeringDir, f.path))).toEqual(['shared/instelling.offering', 'techniek/ict-001.offering']);
        expect(ws.lines).toBe(1078);

        const { diagnostics } = await loadWorkspace(await collectOfferingFiles([ws.offeringDir]));
        expect(diagnostics.filter(d => d.diagnostic.severity === 1).map(d => `${d.file}: ${d.diagnostic.message}`)).toEqual([]);

        for (const parser of ['yaml', 'js-yaml'] as const) {
            const route = runYamlRoute(parser, ws.yamlDir, ws.schemaFile);
            expect({ files: route.files, errors: route.errors }).toEqual({ files: 2, errors: [] });
        }
    });

    test('the YAML route reports a broken reference', () => {
        const ws = writeWorkspace('1k', path.join(workdir, 'broken'));
        const file = path.join(ws.yamlDir, 'techniek/ict-001.yaml');
        fs.writeFileSync(file, fs.readFileSync(file, 'utf-8').replace('calendar: Schooljaar2026', 'calendar: Schooljaar2099'));
        const route = runYamlRoute('js-yaml', ws.yamlDir, ws.schemaFile);
        expect(route.errors[0]).toMatch(/^\w+: unresolved calendars Schooljaar2099$/);
    });
});

describe('npm run bench at the smallest size', () => {
    test('measures every route and writes the table', async () => {
        const result = await runBench({ sizes: ['1k'], runs: 1, edits: 3, lsp: true, session: 10, out: path.join(workdir, 'results'), workdir });
        expect(result.options).toEqual({ sizes: ['1k'], runs: 1, edits: 3, lsp: true, session: 10 });
        const [size] = result.sizes;
        expect(size).toMatchObject({ size: '1k', files: 2, lines: 1078 });
        expect(size!.cli.validate.exitCode).toBe(0);
        expect(size!.cli.validate.output).toMatch(/^Checked 2 files: (no problems found|0 errors, \d+ warnings?)\.$/);
        // The export runs like generate: the workspace has no errors, so both write their file.
        expect([size!.cli.export?.ooapi.exitCode, size!.cli.export?.rio.exitCode]).toEqual([0, 0]);
        expect(size!.yaml.yaml).toMatchObject({ exitCode: 0, errors: 0 });
        expect(size!.yaml['js-yaml']).toMatchObject({ exitCode: 0, errors: 0 });
        expect(size!.lsp!.keystroke1kFile.n).toBe(3);
        expect(size!.lsp!.keystroke5kFile!.n).toBe(3);
        expect(size!.lsp!.sharedFileEdit.n).toBe(3);
        expect(size!.lsp!.keystroke1kFileSize.n).toBe(3);
        expect(size!.lsp!.sharedPolicyEdit.n).toBe(3);
        expect(size!.lsp!.completion.n).toBe(3);
        expect(size!.lsp!.completion.items).toBeGreaterThan(0);
        expect(size!.lsp!.residentMb).toBeGreaterThan(0);
        const session = size!.lsp!.session!;
        expect({ edits: session.edits, policyEdits: session.policyEdits, requests: session.requests, closedDocuments: session.closedDocuments })
            .toEqual({ edits: 10, policyEdits: 2, requests: 4, closedDocuments: 0 });
        for (const memory of [session.afterLoad, session.afterSession, session.afterClosing]) {
            expect(memory.heapUsedMb).toBeGreaterThan(0);
            expect(memory.rssMb).toBeGreaterThanOrEqual(memory.heapUsedMb);
        }
        const [header, ...rows] = formatTable(result).split('\n');
        expect(header!.trim()).toBe('1k');
        expect(rows.map(line => line.replace(/(?<=\S)\s{2,}\S.*$/, ''))).toEqual([
            'files / lines', 'MB (offering / YAML)', 'CLI validate ms', '  lines/s', '  MB/s', '  peak MB', 'CLI generate ms',
            'CLI export --to ooapi ms', 'CLI export --to rio ms', 'yaml + ajv + refs ms', 'js-yaml + ajv + refs ms', 'ratio offering / yaml', 'ratio offering / js-yaml',
            'LSP open to first diagnostics ms', 'LSP open to all diagnostics ms', 'LSP resident MB', 'keystroke 1k file med/p95', 'keystroke 1k file, size med/p95',
            'keystroke 5k file med/p95', 'shared edit (title) med/p95', 'shared edit (policy) med/p95', 'completion med/p95',
            'session: heap MB after load (GC)', 'session: resident MB after edits', 'session: heap MB after edits (GC)', 'session: KB heap per closed file', '',
        ]);
    }, 180_000);
});
