import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import type { Locale } from '../../i18n/messages.js';
import { TEXTS } from '../../i18n/messages.js';
import type { CommandContext } from './command-context.js';
import { EXIT_ERRORS, EXIT_OK, langOption, prettyDiagnostics } from './command-context.js';
import { checkDiagnostics } from './cached-check.js';
import { countBySeverity, formatJson, formatText, summarise } from './diagnostic-format.js';
import { formatGithub } from './github-annotations.js';
import { formatSarif } from './sarif-log.js';

type Format = 'text' | 'pretty' | 'json' | 'github' | 'sarif';

interface ValidateOptions {
    /** Not given: pretty on a terminal, else text (so pipes and CI logs keep the text). */
    format?: Format;
    color?: boolean;
    lang: Locale;
    maxWarnings?: number;
    verbose?: boolean;
    cache?: boolean;
    cacheLocation?: string;
}

export function registerValidateCommand(program: Command, context: CommandContext): void {
    program.command('validate')
        .description('check .offering files and folders as one workspace; exits 1 when there are errors')
        .argument('[paths...]', 'files or folders (searched recursively for *.offering)', ['.'])
        .addOption(new Option('--format <format>', 'output format (default: pretty on a terminal, else text)').choices(['text', 'pretty', 'json', 'github', 'sarif']))
        .option('--no-color', 'no ANSI colours in the pretty format (also NO_COLOR)')
        .addOption(langOption())
        .option('--max-warnings <count>', 'also exit 1 when there are more warnings than this', value => parseCount(value, context.locale))
        .option('--verbose', 'report progress and timings on stderr')
        .option('--cache', 'reuse the last result when no file changed (kept in .offeringcache)')
        .option('--cache-location <path>', 'the cache file, or a folder for .offeringcache (with --cache)')
        .action(async (paths: string[], options: ValidateOptions) => {
            context.setExitCode(await validate(paths, options, context));
        });
}

async function validate(paths: string[], options: ValidateOptions, { io, version }: CommandContext): Promise<number> {
    const checked = await checkDiagnostics(paths, options, io, version);
    const { files, diagnostics } = checked;
    const format = options.format ?? (io.stdoutIsTTY ? 'pretty' : 'text');
    switch (format) {
        case 'json':
            io.stdout(formatJson(diagnostics));
            break;
        case 'sarif':
            io.stdout(formatSarif(diagnostics, version));
            break;
        case 'github':
            io.stdout(formatGithub(diagnostics));
            io.stdout(summarise(diagnostics, files.length, options.lang) + '\n');
            break;
        case 'pretty':
            io.stdout(prettyDiagnostics(io.stdoutIsTTY ?? false, options, io, checked));
            break;
        default:
            io.stdout(formatText(diagnostics));
            io.stdout(summarise(diagnostics, files.length, options.lang) + '\n');
    }
    const { errors, warnings } = countBySeverity(diagnostics);
    const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
    // json and sarif stay pure JSON; their readers see the exit code.
    if (tooManyWarnings && (format === 'text' || format === 'github' || format === 'pretty')) {
        io.stdout(TEXTS[options.lang].cli.tooManyWarnings(warnings, options.maxWarnings!) + '\n');
    }
    return errors > 0 || tooManyWarnings ? EXIT_ERRORS : EXIT_OK;
}

function parseCount(value: string, locale: Locale): number {
    if (!/^\d+$/.test(value)) {
        throw new InvalidArgumentError(TEXTS[locale].cli.wholeNumber);
    }
    return Number(value);
}
