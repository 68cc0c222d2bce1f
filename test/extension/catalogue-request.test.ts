import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import type { RunningServer } from '../language-server-harness.js';
import { initializeLanguageServer, spawnLanguageServer, stopLanguageServer } from '../language-server-harness.js';

/**
 * The server side of the extension's commands, through the real language server
 * (packages/language/out, built by `npm run build`) on a real folder, as VS Code uses it.
 */
const cliBin = fileURLToPath(new URL('../../packages/language/bin/offering.js', import.meta.url));
const fixture = fileURLToPath(new URL('../../packages/extension/e2e-fixtures/workspace', import.meta.url));

interface Session extends RunningServer { folder: string; notifications: string[] }
let session: Session | undefined;

/** A copy of the extension's fixture workspace, optionally with the reversed bandwidth fixed. */
function workspaceCopy(fixed: boolean): string {
    const folder = mkdtempSync(join(tmpdir(), 'offering-request-'));
    cpSync(fixture, folder, { recursive: true });
    if (fixed) {
        const file = join(folder, 'netwerken.offering');
        writeFileSync(file, readFileSync(file, 'utf-8').replace('360..240 SBU', '240..360 SBU'));
    }
    return folder;
}

async function start(folder: string, initializationOptions?: { locale: string }): Promise<Session> {
    const running = spawnLanguageServer();
    const notifications: string[] = [];
    running.client.onNotification('offering/workspaceChanged', () => {
        notifications.push('offering/workspaceChanged');
    });
    running.client.listen();
    session = { ...running, folder, notifications };
    await initializeLanguageServer(running.client, { folder, locale: 'en', initializationOptions });
    return session;
}

afterEach(async () => {
    if (session) {
        await stopLanguageServer(session);
        rmSync(session.folder, { recursive: true, force: true });
        session = undefined;
    }
});

const reversed = {
    line: 10,
    character: 38,
    code: 'offering.size.reversed',
};

describe('offering/catalogue', () => {
    test('returns the same bytes as `offering generate` on the same folder', async () => {
        const { client, folder } = await start(workspaceCopy(true));
        const result = await client.sendRequest('offering/catalogue', { allowErrors: false }) as { ok: true; json: string };
        const cli = execFileSync(process.execPath, [cliBin, 'generate', folder, '--stdout'], { encoding: 'utf-8' });
        expect(result).toEqual({ ok: true, files: 3, programmes: 2, modules: 3, json: cli, errors: [] });
    });

    test('refuses a workspace with errors and lists them', async () => {
        const { client, folder } = await start(workspaceCopy(false));
        const result = await client.sendRequest('offering/catalogue', {});
        expect(result).toEqual({
            ok: false,
            files: 3,
            errors: [{
                uri: pathToFileURL(join(folder, 'netwerken.offering')).toString(),
                ...reversed,
                message: 'The bandwidth 360..240 SBU has its minimum above its maximum. Swap them: 240..360 SBU.',
            }],
        });
    });

    test('gives the preview what can be read despite errors, in the language of initializationOptions', async () => {
        const { client } = await start(workspaceCopy(false), { locale: 'nl' });
        const result = await client.sendRequest('offering/catalogue', { allowErrors: true }) as { ok: boolean; programmes: number; errors: Array<{ message: string }> };
        expect({ ok: result.ok, programmes: result.programmes, messages: result.errors.map(error => error.message) }).toEqual({
            ok: true,
            programmes: 2,
            messages: ['De bandbreedte 360..240 SBU heeft een minimum boven het maximum. Draai ze om: 240..360 SBU.'],
        });
    });

    test('announces every build with offering/workspaceChanged (the preview refreshes on it)', async () => {
        const { client, folder, notifications } = await start(workspaceCopy(true));
        await client.sendRequest('offering/catalogue', {});
        const before = notifications.length;
        const uri = pathToFileURL(join(folder, 'software.offering')).toString();
        await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'offering', version: 1, text: readFileSync(join(folder, 'software.offering'), 'utf-8') } });
        await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'grouping Extra' }] });
        const result = await client.sendRequest('offering/catalogue', {}) as { programmes: number };
        expect({ programmes: result.programmes, announced: notifications.length > before }).toEqual({ programmes: 1, announced: true });
    });
});

describe('offering/export (Offering: Export to OOAPI / RIO)', () => {
    test('returns the same bytes and warnings as `offering export` on the same folder, for each target', async () => {
        const { client, folder } = await start(workspaceCopy(true));
        for (const [params, args, extension] of [
            [{ target: 'ooapi' }, ['--to', 'ooapi'], 'json'],
            [{ target: 'ooapi', ooapiVersion: '5' }, ['--to', 'ooapi', '--ooapi-version', '5'], 'json'],
            [{ target: 'rio' }, ['--to', 'rio'], 'xml'],
        ] as const) {
            const result = await client.sendRequest('offering/export', params) as { ok: true; text: string; extension: string; warnings: Array<{ uri: string; line: number; code: string; message: string }> };
            const cli = spawnSync(process.execPath, [cliBin, 'export', ...args, folder, '--stdout'], { encoding: 'utf-8' });
            expect(result.text).toBe(cli.stdout);
            expect(result.extension).toBe(extension);
            const cliWarnings = cli.stderr.split('\n').filter(Boolean).map(line => /- warning (\S+): (.*)$/.exec(line)!.slice(1).join(' '));
            expect(result.warnings.map(warning => `${warning.code} ${warning.message}`)).toEqual(cliWarnings);
        }
    });

    test('refuses a workspace with errors and lists them', async () => {
        const { client, folder } = await start(workspaceCopy(false));
        expect(await client.sendRequest('offering/export', { target: 'rio' })).toEqual({
            ok: false,
            files: 3,
            errors: [{
                uri: pathToFileURL(join(folder, 'netwerken.offering')).toString(),
                ...reversed,
                message: 'The bandwidth 360..240 SBU has its minimum above its maximum. Swap them: 240..360 SBU.',
            }],
        });
    });
});
