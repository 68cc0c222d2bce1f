import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll } from 'vitest';
import { runCli } from '../../packages/language/src/node/cli/main.js';

export interface CliRun {
    code: number;
    stdout: string;
    stderr: string;
}

/**
 * Runs the CLI in-process with `cwd` as the current folder (so paths print relative to it,
 * as for a user), capturing stdout and stderr.
 */
export async function run(argv: string[], cwd: string, options: { stderrIsTTY?: boolean; stdoutIsTTY?: boolean; env?: Record<string, string> } = {}): Promise<CliRun> {
    let stdout = '';
    let stderr = '';
    const previous = process.cwd();
    process.chdir(cwd);
    try {
        const code = await runCli(argv, {
            stdout: text => { stdout += text; },
            stderr: text => { stderr += text; },
            stderrIsTTY: options.stderrIsTTY ?? false,
            stdoutIsTTY: options.stdoutIsTTY ?? false,
            // An empty environment unless given: the test runner's LANG or NO_COLOR must not matter.
            env: options.env ?? {},
        });
        return { code, stdout, stderr };
    } finally {
        process.chdir(previous);
    }
}

const folders: string[] = [];
// Imported while a test file is collected, so this hook belongs to that file: its folders go when it ends.
afterAll(() => {
    for (const folder of folders.splice(0)) {
        fs.rmSync(folder, { recursive: true, force: true });
    }
});

/** A fresh temporary folder holding the given files (name -> text or bytes); removed after the test file. */
export function tempFolder(files: Record<string, string | Uint8Array> = {}): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'offering-cli-'));
    folders.push(folder);
    for (const [name, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        fs.writeFileSync(path.join(folder, name), content);
    }
    return folder;
}
