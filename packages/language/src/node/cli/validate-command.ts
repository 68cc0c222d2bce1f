import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import type { Locale } from '../../i18n/messages.js';
import { TEXTS } from '../../i18n/messages.js';
import type { CommandContext } from './command-context.js';
import { EXIT_ERRORS, EXIT_OK, langOption } from './command-context.js';
import { checkDiagnostics } from './cached-check.js';
import { countBySeverity, formatJson, formatText, summarise } from './diagnostic-format.js';
import { formatGithub } from './github-annotations.js';
import { formatSarif } from './sarif-log.js';

type Format = 'text' | 'json' | 'github' | 'sarif';

interface ValidateOptions {
    format: Format;
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
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github', 'sarif']).default('text'))
        .addOption(langOption())
        .option('--max-warnings <count>', 'also exit 1 when there are more warnings than this', parseCount)
        .option('--verbose', 'report progress and timings on stderr')
        .option('--cache', 'reuse the last result when no file changed (kept in .offeringcache)')
        .option('--cache-location <path>', 'the cache file, or a folder for .offeringcache (with --cache)')
        .action(async (paths: string[], options: ValidateOptions) => {
            context.setExitCode(await validate(paths, options, context));
        });
}

async function validate(paths: string[], options: ValidateOptions, { io, version }: CommandContext): Promise<number> {
    const { files, diagnostics } = await checkDiagnostics(paths, options, io, version);
    switch (options.format) {
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
        default:
            io.stdout(formatText(diagnostics));
            io.stdout(summarise(diagnostics, files.length, options.lang) + '\n');
    }
    const { errors, warnings } = countBySeverity(diagnostics);
    const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
    // json and sarif stay pure JSON; their readers see the exit code.
    if (tooManyWarnings && (options.format === 'text' || options.format === 'github')) {
        io.stdout(TEXTS[options.lang].cli.tooManyWarnings(warnings, options.maxWarnings!) + '\n');
    }
    return errors > 0 || tooManyWarnings ? EXIT_ERRORS : EXIT_OK;
}

function parseCount(value: string): number {
    if (!/^\d+$/.test(value)) {
        throw new InvalidArgumentError('expected a whole number of 0 or more.');
    }
    return Number(value);
}
