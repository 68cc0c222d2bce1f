// The README's terminal screenshot (docs/images/terminal.png): `offering validate --format pretty`
// with forced colour on a small example with a duplicate name and a size error, turned into
// HTML (ansi-html.mjs) and photographed by Debian's Chromium through playwright-core.
// Needs the built CLI (npm run build). The e2e run (scripts/e2e/run.mjs) runs it too.
// Usage: node scripts/screenshots/terminal.mjs [output.png]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ansiToHtml } from './ansi-html.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const output = process.argv[2] ?? join(root, 'docs/images/terminal.png');
const chromiumPath = process.env.OFFERING_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
    console.error(`No Chromium at ${chromiumPath}: install Debian's chromium package or set OFFERING_CHROMIUM.`);
    process.exit(2);
}

const command = ['validate', '--format', 'pretty', '--lang', 'en', 'example.offering'];
const result = spawnSync(process.execPath, [join(root, 'packages/language/bin/offering.js'), ...command], {
    cwd: join(here, 'terminal-example'), encoding: 'utf-8', env: { PATH: process.env.PATH ?? '', FORCE_COLOR: '1' },
});
// Exit 1: the example has errors, as it should.
if (result.status !== 1 || !result.stdout.includes('\x1b[')) {
    console.error(`offering ${command.join(' ')} gave exit ${result.status}:\n${result.stdout}${result.stderr}`);
    process.exit(1);
}

const html = `<!doctype html><meta charset="utf-8"><style>
body { margin: 0; background: #1e1e1e; }
pre { margin: 0; padding: 16px 20px; color: #d4d4d4; font: 14px/1.35 'DejaVu Sans Mono', monospace; display: inline-block; }
.prompt { color: #6a9955; }
.b { font-weight: bold; }
.fg-red { color: #f14c4c; } .fg-yellow { color: #e5c07b; } .fg-blue { color: #3b8eea; } .fg-cyan { color: #29b8db; }
.fg-green { color: #23d18b; } .fg-magenta { color: #d670d6; } .fg-white { color: #e5e5e5; } .fg-black { color: #666; }
</style><pre><span class="prompt">$</span> offering ${command.filter(arg => arg !== '--lang' && arg !== 'en').join(' ')}
${ansiToHtml(result.stdout)}</pre>`;

const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 400 } });
    await page.setContent(html);
    await page.locator('pre').screenshot({ path: output });
} finally {
    await browser.close();
}
console.log(`Wrote ${output}`);
