import '../../node20-polyfill.js';
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { InputError } from '../workspace-loader.js';
import type { CliIo, CommandContext } from './command-context.js';
import { EXIT_OK, EXIT_USAGE } from './command-context.js';
import { registerExplainCommand } from './explain-command.js';
import { registerExportCommand } from './export-command.js';
import { registerFormatCommand } from './format-command.js';
import { registerGenerateCommand } from './generate-command.js';
import { registerInitCommand } from './init-command.js';
import { registerServeCommand } from './serve-command.js';
import { registerValidateCommand } from './validate-command.js';
import { ProcessIo } from './process-io.js';
import { cliLocale } from './terminal.js';
import type { Locale } from '../../i18n/messages.js';
import { TEXTS } from '../../i18n/messages.js';

export type { CliIo } from './command-context.js';
export { EXIT_ERRORS, EXIT_OK, EXIT_USAGE } from './command-context.js';


function version(): string {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf-8')) as { version: string };
    return pkg.version;
}

/**
 * Runs the CLI on the given arguments (without `node` and the script) and returns the exit code.
 * Without an io it writes to the process's stdout and stderr, and a failed write decides the
 * exit code too (process-io.ts).
 */
export async function runCli(argv: string[], io?: CliIo): Promise<number> {
    if (io) {
        return (await runCommands(argv, io)).code;
    }
    const processIo = new ProcessIo();
    const { code, locale } = await runCommands(argv, processIo.io);
    return processIo.exitCode(code, TEXTS[locale].cli.outputUnwritable, EXIT_USAGE);
}

async function runCommands(argv: string[], io: CliIo): Promise<{ code: number; locale: Locale }> {
    let locale: Locale = cliLocale(argv, io.env ?? {});
    const code = await runProgram(argv, io, chosen => { locale = chosen; });
    return { code, locale };
}

async function runProgram(argv: string[], io: CliIo, onLocale: (locale: Locale) => void): Promise<number> {
    let exitCode = EXIT_OK;
    const locale = cliLocale(argv, io.env ?? {});
    const context: CommandContext = { io, version: version(), locale, setExitCode: code => { exitCode = code; } };
    const program = new Command('offering')
        .description('Check an educational offering written in the Offering language and generate its catalogue.')
        .version(context.version, '-v, --version', 'print the version')
        .helpOption('-h, --help', 'show help')
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
        .showSuggestionAfterError(true)
        .showHelpAfterError(TEXTS[locale].cli.usageHint);

    // The language of the command that runs, for messages written after it (a failed write).
    program.hook('preAction', (_program, action) => {
        const lang = (action.opts() as { lang?: unknown }).lang;
        if (lang === undefined && action.options.some(option => option.long === '--lang')) {
            action.setOptionValue('lang', locale);
        }
        onLocale(lang === 'nl' || lang === 'en' ? lang : locale);
    });
    registerValidateCommand(program, context);
    registerGenerateCommand(program, context);
    registerFormatCommand(program, context);
    registerExportCommand(program, context);
    registerServeCommand(program, context);
    registerExplainCommand(program, context);
    registerInitCommand(program, context);

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
