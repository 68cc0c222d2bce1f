/**
 * The tutorials cannot rot: every code block in them is run, in order, in one temporary folder,
 * as a reader would follow them.
 * - ```console: `$ npx offering …` runs the CLI as on a terminal without colour (`$ cd dir` changes
 *   folder); the lines after a
 *   command are its exact output, where a line `...` stands for any lines (for long texts such as
 *   `explain`). `exit=N` on the fence gives the exit code of its last command (default 0).
 * - ```offering file=PATH: writes (or replaces) that file; then the workspace must validate with
 *   exactly the codes of `expect=a,b` (none when absent).
 * - ```yaml: must parse; each `npx offering …` line of a `run:` step runs and exits 0.
 * Any other block fails the test, so no block goes unchecked.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../../packages/language/src/node/cli/main.js';
import { run, tempFolder } from '../cli/cli-test-support.js';

interface Block {
    lang: string;
    attributes: Record<string, string>;
    body: string;
    line: number;
}

/**
 * Runs the CLI as a reader's terminal shows it: stdout is a TTY (so the pretty format), no colour,
 * stdout and stderr interleaved in the order they are written.
 */
async function onTerminal(argv: string[], cwd: string): Promise<{ code: number; output: string }> {
    let output = '';
    const previous = process.cwd();
    process.chdir(cwd);
    try {
        const write = (text: string): void => { output += text; };
        const code = await runCli(argv, { stdout: write, stderr: write, stdoutIsTTY: true, stderrIsTTY: false, env: { NO_COLOR: '1' } });
        return { code, output };
    } finally {
        process.chdir(previous);
    }
}

function blocks(markdown: string): Block[] {
    const result: Block[] = [];
    const lines = markdown.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const open = /^```(\S*)(.*)$/.exec(lines[i]!);
        if (!open) continue;
        const attributes: Record<string, string> = {};
        for (const [, key, value] of open[2]!.matchAll(/(\w+)=(\S+)/g)) {
            attributes[key!] = value!;
        }
        const start = i;
        const body: string[] = [];
        for (i++; i < lines.length && lines[i] !== '```'; i++) {
            body.push(lines[i]!);
        }
        result.push({ lang: open[1]!, attributes, body: body.join('\n'), line: start + 1 });
    }
    return result;
}

/** Splits a command line into arguments; the tutorials only use plain words and "double quotes". */
function words(command: string): string[] {
    return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map(m => m[1] ?? m[2]!);
}

function trimLines(text: string): string {
    return text.split('\n').map(line => line.trimEnd()).join('\n').trim();
}

/** Exact output, except that a line `...` in the expected text matches any lines. */
function expectOutput(actual: string, expected: string, where: string): void {
    if (!expected.split('\n').includes('...')) {
        expect(actual, where).toBe(expected);
        return;
    }
    const pattern = expected.split('\n')
        .map(line => line === '...' ? '[\\s\\S]*?' : line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\n');
    expect(actual, where).toMatch(new RegExp(`^${pattern}$`));
}

async function validateCodes(cwd: string): Promise<string[]> {
    const result = await run(['validate', '--format', 'json', '.'], cwd);
    return (JSON.parse(result.stdout) as Array<{ code: string }>).map(d => d.code).sort();
}

async function follow(markdown: string): Promise<void> {
    const root = tempFolder();
    let cwd = root;
    for (const block of blocks(markdown)) {
        const where = `block at line ${block.line}`;
        if (block.lang === 'console') {
            const entries = block.body.split(/^\$ /m).filter(part => part.trim() !== '');
            let code = 0;
            for (const entry of entries) {
                const [command, ...output] = entry.split('\n');
                const argv = words(command!);
                if (argv[0] === 'cd') {
                    cwd = path.resolve(cwd, argv[1]!);
                    continue;
                }
                expect(argv.slice(0, 2), where).toEqual(['npx', 'offering']);
                const result = await onTerminal(argv.slice(2), cwd);
                expectOutput(trimLines(result.output), trimLines(output.join('\n')), `${where}: ${command}`);
                code = result.code;
            }
            expect(code, `${where}: exit code`).toBe(Number(block.attributes.exit ?? 0));
        } else if (block.lang === 'offering') {
            const file = block.attributes.file;
            expect(file, `${where}: an offering block names its file=`).toBeDefined();
            fs.mkdirSync(path.dirname(path.join(cwd, file!)), { recursive: true });
            fs.writeFileSync(path.join(cwd, file!), block.body + '\n');
            const expected = (block.attributes.expect ?? '').split(',').filter(code => code !== '').sort();
            expect(await validateCodes(cwd), `${where}: ${file}`).toEqual(expected);
        } else if (block.lang === 'yaml') {
            const workflow = parseYaml(block.body) as unknown;
            const commands = JSON.stringify(workflow).match(/npx offering [^"\\]*/g) ?? [];
            expect(commands.length, where).toBeGreaterThan(0);
            for (const command of commands) {
                const result = await run(words(command).slice(2), cwd);
                expect(result.code, `${where}: ${command}\n${result.stdout}${result.stderr}`).toBe(0);
            }
        } else {
            throw new Error(`${where}: a \`\`\`${block.lang} block cannot be checked; use console, offering or yaml`);
        }
    }
}

describe.each(['tutorial.nl.md', 'tutorial.en.md'])('docs/%s', name => {
    test('every code block works, in order', async () => {
        const markdown = fs.readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8');
        expect(blocks(markdown).length).toBeGreaterThan(8);
        await follow(markdown);
    }, 120_000);
});
