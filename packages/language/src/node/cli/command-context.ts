import { Option } from 'commander';
import type { Locale } from '../../i18n/messages.js';
import { TEXTS } from '../../i18n/messages.js';
import type { InputFile } from '../input-files.js';
import type { FileDiagnostic, LoadedWorkspace } from '../workspace-loader.js';
import { loadWorkspace } from '../workspace-loader.js';
import { offeringFiles } from './input-files.js';
import { formatPretty, sourcesOf } from './pretty-format.js';
import { Progress } from './progress.js';
import type { Environment } from './terminal.js';
import { useColour } from './terminal.js';

/** Where the CLI writes; tests pass their own to run it in-process. */
export interface CliIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    /** Whether stderr is a terminal (progress lines are drawn only there). */
    stderrIsTTY?: boolean;
    /** Whether stdout is a terminal (then the pretty format, in colour, is the default). */
    stdoutIsTTY?: boolean;
    /** LC_ALL, LC_MESSAGES, LANG, NO_COLOR, FORCE_COLOR; none when not given. */
    env?: Environment;
    /** Where questions are answered (`offering init`); asked only when it is a terminal. */
    stdin?: NodeJS.ReadableStream;
    stdinIsTTY?: boolean;
}

/** What every command gets: the io, the tool's version, and a way to set the exit code. */
export interface CommandContext {
    io: CliIo;
    version: string;
    setExitCode: (code: number) => void;
    /** The language before a command's options are parsed: --lang, else the environment (terminal.ts). */
    locale: Locale;
}

/** Exit codes: 0 clean, 1 the offering has errors, 2 bad usage or unreadable input. */
export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

export interface CheckOptions {
    lang: Locale;
    verbose?: boolean;
}

/** No default: when not given, main.ts fills in the language of the environment. */
export function langOption(): Option {
    return new Option('--lang <lang>', 'language of the messages (default: from LC_ALL, LC_MESSAGES or LANG; else en)').choices(['en', 'nl']);
}

/** How generate and export print diagnostics (on stderr): as text, or pretty (the default when stderr is a terminal). */
export function diagnosticFormatOption(): Option {
    return new Option('--format <format>', 'format of the diagnostics (default: pretty when stderr is a terminal, else text)').choices(['text', 'pretty']);
}

export function noColorOption(): Option {
    return new Option('--no-color', 'no ANSI colours in the pretty format (also NO_COLOR)');
}

/** The pretty format of a run's diagnostics for a stream, coloured when terminal.ts says so. */
export function prettyDiagnostics(streamIsTTY: boolean, options: { lang: Locale; color?: boolean }, io: CliIo,
    { files, diagnostics }: { files: InputFile[]; diagnostics: FileDiagnostic[] }): string {
    const colour = useColour(streamIsTTY, io.env ?? {}, options.color ?? true);
    return formatPretty(diagnostics, sourcesOf(files), { locale: options.lang, colour, fileCount: files.length });
}

/** Finds, checks, loads, links and validates the .offering files under the paths as one workspace. */
export async function checkWorkspace(paths: string[], options: CheckOptions, io: CliIo): Promise<{ files: InputFile[]; workspace: LoadedWorkspace }> {
    const progress = new Progress({ write: io.stderr, isTTY: io.stderrIsTTY ?? false, verbose: options.verbose ?? false, locale: options.lang });
    try {
        const files = await offeringFiles(paths, options.lang);
        progress.phase(TEXTS[options.lang].cli.found(files.length));
        const workspace = await loadWorkspace(files, { locale: options.lang, onProgress: progress.onLoad });
        return { files, workspace };
    } finally {
        progress.clear();
    }
}
