import '../node20-polyfill.js';
import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { collectOfferingFiles, InputError, loadWorkspace } from '../workspace-loader.js';
import type { FileDiagnostic } from '../workspace-loader.js';
import { formatText, summarise } from './diagnostic-format.js';

/** Exit codes: 0 clean, 1 the offering has errors, 2 bad usage or unreadable input. */
export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
}

const defaultIo: CliIo = {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
};

function version(): string {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf-8')) as { version: string };
    return pkg.version;
}

/** Runs the CLI on the given arguments (without `node` and the script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
    let exitCode = EXIT_OK;
    const program = new Command('offering')
        .description('Check an educational offering written in the Offering language and generate its catalogue.')
        .version(version(), '-v, --version', 'print the version')
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
        .showSuggestionAfterError(true);

    program.command('validate')
        .description('check .offering files and folders as one workspace; exits 1 when there are errors')
        .argument('[paths...]', 'files or folders (searched recursively for *.offering)', ['.'])
        .addOption(new Option('--format <format>', 'output format').choices(['text']).default('text'))
        .action(async (paths: string[]) => {
            exitCode = await validate(paths, io);
        });

    try {
        await program.parseAsync(argv, { from: 'user' });
    } catch (error) {
        if (error instanceof CommanderError) {
            // --help and --version end here with exit code 0; usage mistakes with 1, which we map to 2.
            return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
        }
        if (error instanceof InputError) {
            io.stderr(`offering: ${error.message}\n`);
            return EXIT_USAGE;
        }
        throw error;
    }
    return exitCode;
}

async function validate(paths: string[], io: CliIo): Promise<number> {
    const files = await collectOfferingFiles(paths);
    if (files.length === 0) {
        throw new InputError(`No .offering files found in ${paths.map(p => `'${p}'`).join(', ')}.`);
    }
    const { diagnostics } = await loadWorkspace(files);
    io.stdout(formatText(diagnostics));
    io.stdout(summarise(diagnostics, files.length) + '\n');
    return hasErrors(diagnostics) ? EXIT_ERRORS : EXIT_OK;
}

function hasErrors(diagnostics: FileDiagnostic[]): boolean {
    return diagnostics.some(d => d.diagnostic.severity === 1);
}
