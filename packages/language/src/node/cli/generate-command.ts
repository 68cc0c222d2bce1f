import type { Command } from 'commander';
import { buildCatalogue, serializeCatalogue } from '../../catalogue/generator.js';
import * as fs from 'node:fs/promises';
import { writeFileAtomically } from '../atomic-write.js';
import { identity } from '../input-files.js';
import { writeRefusedMessage } from './write-refusal.js';
import type { Locale } from '../../i18n/messages.js';
import { TEXTS } from '../../i18n/messages.js';
import { InputError } from '../workspace-loader.js';
import type { CommandContext } from './command-context.js';
import { checkWorkspace, diagnosticFormatOption, EXIT_ERRORS, EXIT_OK, langOption, noColorOption, prettyDiagnostics } from './command-context.js';
import { countBySeverity, formatText, summarise } from './diagnostic-format.js';

interface GenerateOptions {
    output?: string;
    stdout?: boolean;
    lang: Locale;
    verbose?: boolean;
    format?: 'text' | 'pretty';
    color?: boolean;
}

export function registerGenerateCommand(program: Command, context: CommandContext): void {
    program.command('generate')
        .description('write the catalogue (JSON) of .offering files and folders; refuses when the offering has errors')
        .argument('[paths...]', 'files or folders (searched recursively for *.offering)', ['.'])
        .option('-o, --output <file>', 'write the catalogue to this file (atomically; folders are created)')
        .option('--stdout', 'write the catalogue to standard output')
        .addOption(langOption())
        .addOption(diagnosticFormatOption())
        .addOption(noColorOption())
        .option('--verbose', 'report progress and timings on stderr')
        .action(async function (this: Command, paths: string[], options: GenerateOptions) {
            if (Boolean(options.output) === Boolean(options.stdout)) {
                this.error(TEXTS[options.lang].cli.outputChoice);
            }
            context.setExitCode(await generate(paths, options, context));
        });
}

async function generate(paths: string[], options: GenerateOptions, { io }: CommandContext): Promise<number> {
    const loaded = await checkWorkspace(paths, options, io);
    const { files, workspace: { services, documents, diagnostics } } = loaded;
    const pretty = (options.format ?? (io.stderrIsTTY ? 'pretty' : 'text')) === 'pretty';
    const text = TEXTS[options.lang].cli;
    if (options.output) {
        // Writing the catalogue over a source would destroy it: compare identities, so links and other names count too.
        const target = await fs.stat(options.output).catch(() => undefined);
        if (target && files.some(file => file.id === identity(target))) {
            throw new InputError(text.outputIsInput(options.output));
        }
    }
    // Diagnostics go to stderr: stdout may be the catalogue itself.
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
        io.stderr(text.notWritten(errors) + '\n');
        return EXIT_ERRORS;
    }
    const catalogue = buildCatalogue(documents, services);
    const json = serializeCatalogue(catalogue);
    if (options.stdout) {
        io.stdout(json);
        return EXIT_OK;
    }
    const output = options.output!;
    try {
        await writeFileAtomically(output, json);
    } catch (error) {
        throw new InputError(writeRefusedMessage(error, output, options.lang)
            ?? text.catalogueUnwritable(output, (error as NodeJS.ErrnoException).code ?? String(error)));
    }
    io.stdout(text.wrote(output, catalogue.programmes.length, catalogue.modules.length, files.length) + '\n');
    return EXIT_OK;
}
