import { Option } from 'commander';
import type { Locale } from '../../i18n/messages.js';
import { TEXTS } from '../../i18n/messages.js';
import type { InputFile } from '../input-files.js';
import type { LoadedWorkspace } from '../workspace-loader.js';
import { loadWorkspace } from '../workspace-loader.js';
import { offeringFiles } from './input-files.js';
import { Progress } from './progress.js';

/** Where the CLI writes; tests pass their own to run it in-process. */
export interface CliIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    /** Whether stderr is a terminal (progress lines are drawn only there). */
    stderrIsTTY?: boolean;
    /** Where questions are answered (`offering init`); asked only when it is a terminal. */
    stdin?: NodeJS.ReadableStream;
    stdinIsTTY?: boolean;
}

/** What every command gets: the io, the tool's version, and a way to set the exit code. */
export interface CommandContext {
    io: CliIo;
    version: string;
    setExitCode: (code: number) => void;
}

/** Exit codes: 0 clean, 1 the offering has errors, 2 bad usage or unreadable input. */
export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

export interface CheckOptions {
    lang: Locale;
    verbose?: boolean;
}

export function langOption(): Option {
    return new Option('--lang <lang>', 'language of the messages').choices(['en', 'nl']).default('en');
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
