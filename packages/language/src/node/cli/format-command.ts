import type { Command } from 'commander';
import { EmptyFileSystem } from 'langium';
import { writeFileAtomically } from '../atomic-write.js';
import { writeRefusedMessage } from './write-refusal.js';
import { formatOfferingText } from '../../lsp/formatter.js';
import { createOfferingServices } from '../../offering-module.js';
import { displayPath, InputError } from '../workspace-loader.js';
import type { CommandContext } from './command-context.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, langOption } from './command-context.js';
import type { Locale } from '../../i18n/messages.js';
import { TEXTS } from '../../i18n/messages.js';
import { offeringFiles } from './input-files.js';

interface FormatOptions {
    check?: boolean;
    lang: Locale;
}

export function registerFormatCommand(program: Command, context: CommandContext): void {
    program.command('format')
        .description('rewrite .offering files in the canonical layout (only files that change); with --check, list the files that are not formatted and exit 1')
        .argument('[paths...]', 'files or folders (searched recursively for *.offering)', ['.'])
        .option('--check', 'change nothing; exit 1 when a file is not formatted (for CI)')
        .addOption(langOption())
        .action(async (paths: string[], options: FormatOptions) => {
            context.setExitCode(await format(paths, options, context));
        });
}

/**
 * Formats file by file with the same formatter as the editor. Files with syntax errors are
 * never touched (exit 2): the formatter will not guess what they mean. Nor are read-only
 * files (exit 2). A rewritten file keeps its mode, owner and links (atomic-write.ts).
 */
async function format(paths: string[], options: FormatOptions, { io }: CommandContext): Promise<number> {
    const texts = TEXTS[options.lang].cli;
    const files = await offeringFiles(paths, options.lang);
    // Formatting needs the parser only: no workspace, no linking.
    const services = createOfferingServices(EmptyFileSystem).Offering;
    const changed: string[] = [];
    const broken: string[] = [];
    for (const { path: file, text } of files) {
        const shown = displayPath(file);
        const result = formatOfferingText(text, services);
        if (!result) {
            broken.push(shown);
            io.stderr(texts.syntaxErrors(shown) + '\n');
            continue;
        }
        if (result.text === text) {
            continue;
        }
        changed.push(shown);
        if (options.check) {
            io.stdout(`${shown}\n`);
            continue;
        }
        try {
            await writeFileAtomically(file, result.text);
        } catch (error) {
            // A read-only file (or one whose owner cannot be kept) is left alone; the others are still formatted.
            const refused = writeRefusedMessage(error, shown, options.lang);
            if (refused) {
                broken.push(shown);
                io.stderr(`offering: ${refused}\n`);
                continue;
            }
            throw new InputError(texts.fileUnwritable(shown, (error as NodeJS.ErrnoException).code ?? String(error)));
        }
        io.stdout(texts.formatted(shown) + '\n');
    }
    if (options.check) {
        io.stderr((changed.length === 0 ? texts.allFormatted(files.length) : texts.notFormatted(files.length, changed.length)) + '\n');
    } else {
        io.stderr(texts.reformatted(files.length, changed.length) + '\n');
    }
    if (broken.length > 0) {
        return EXIT_USAGE;
    }
    return options.check && changed.length > 0 ? EXIT_ERRORS : EXIT_OK;
}
