import type { Command } from 'commander';
import { Option } from 'commander';
import type { ExportTarget } from '../../export/exporter.js';
import { exportOffering } from '../../export/exporter.js';
import type { OoapiVersion } from '../../export/ooapi.js';
import type { ExportWarning } from '../../export/warnings.js';
import { warningMessage } from '../../export/warnings.js';
import type { Locale } from '../../i18n/messages.js';
import { TEXTS } from '../../i18n/messages.js';
import { writeFileAtomically } from '../atomic-write.js';
import { displayPath, InputError } from '../workspace-loader.js';
import { URI } from 'langium';
import type { CommandContext } from './command-context.js';
import { checkWorkspace, diagnosticFormatOption, EXIT_ERRORS, EXIT_OK, langOption, noColorOption, prettyDiagnostics } from './command-context.js';
import { countBySeverity, formatText, summarise } from './diagnostic-format.js';
import { writeRefusedMessage } from './write-refusal.js';

interface ExportCommandOptions {
    to: ExportTarget;
    ooapiVersion: OoapiVersion;
    output?: string;
    stdout?: boolean;
    lang: Locale;
    verbose?: boolean;
    format?: 'text' | 'pretty';
    color?: boolean;
}

export function registerExportCommand(program: Command, context: CommandContext): void {
    program.command('export')
        .description('export .offering files and folders to OOAPI (JSON) or RIO (XML); refuses when the offering has errors')
        .argument('[paths...]', 'files or folders (searched recursively for *.offering)', ['.'])
        .addOption(new Option('--to <target>', 'the standard to export to').choices(['ooapi', 'rio']).makeOptionMandatory())
        .addOption(new Option('--ooapi-version <version>', 'the OOAPI version').choices(['6', '5']).default('6'))
        .option('-o, --output <file>', 'write the export to this file (atomically; folders are created)')
        .option('--stdout', 'write the export to standard output')
        .addOption(langOption())
        .addOption(diagnosticFormatOption())
        .addOption(noColorOption())
        .option('--verbose', 'report progress and timings on stderr')
        .action(async function (this: Command, paths: string[], options: ExportCommandOptions) {
            if (Boolean(options.output) === Boolean(options.stdout)) {
                this.error(TEXTS[options.lang].cli.outputChoice);
            }
            context.setExitCode(await runExport(paths, options, context));
        });
}

async function runExport(paths: string[], options: ExportCommandOptions, { io }: CommandContext): Promise<number> {
    const loaded = await checkWorkspace(paths, options, io);
    const { files, workspace: { services, documents, diagnostics } } = loaded;
    const pretty = (options.format ?? (io.stderrIsTTY ? 'pretty' : 'text')) === 'pretty';
    const texts = TEXTS[options.lang];
    // Diagnostics and warnings go to stderr: stdout may be the export itself.
    if (!pretty) {
        io.stderr(formatText(diagnostics));
    } else if (diagnostics.length > 0) {
        io.stderr(prettyDiagnostics(io.stderrIsTTY ?? false, options, io, { files: loaded.files, diagnostics: loaded.workspace.diagnostics }));
    }
    const { errors } = countBySeverity(diagnostics);
    if (errors > 0) {
        if (!pretty) {
            io.stderr(summarise(diagnostics, files.length, options.lang) + '\n');
        }
        io.stderr(texts.exports.notWritten(errors) + '\n');
        return EXIT_ERRORS;
    }
    const result = exportOffering(documents, services, { target: options.to, ooapiVersion: options.ooapiVersion });
    io.stderr(result.warnings.map(warning => formatWarning(warning, options.lang)).join(''));
    if (options.stdout) {
        io.stdout(result.text);
        return EXIT_OK;
    }
    const output = options.output!;
    try {
        await writeFileAtomically(output, result.text);
    } catch (error) {
        throw new InputError(writeRefusedMessage(error, output, options.lang)
            ?? texts.exports.unwritable(output, (error as NodeJS.ErrnoException).code ?? String(error)));
    }
    io.stdout(texts.exports.wrote(output, result.label, result.objects, result.warnings.length) + '\n');
    return EXIT_OK;
}

/** `file:line:col - warning CODE: message`, the shape of the diagnostics. */
function formatWarning(warning: ExportWarning, locale: Locale): string {
    const file = displayPath(URI.parse(warning.place.uri).fsPath);
    return `${file}:${warning.place.line + 1}:${warning.place.character + 1} - warning ${warning.code}: ${warningMessage(warning, locale)}\n`;
}
