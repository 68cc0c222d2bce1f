import { isatty } from 'node:tty';
import type { CliIo } from './command-context.js';

/**
 * One of the process's output streams, written so that a reader who went away (EPIPE, as in
 * `offering validate . | head -1`) or a failed write (`> /dev/full`) never becomes an
 * unhandled 'error' event with a stack trace. After the first failure nothing more is written.
 */
export class ProcessOutput {
    private failure: NodeJS.ErrnoException | undefined;
    private last: Promise<void> = Promise.resolve();

    constructor(private readonly stream: NodeJS.WritableStream) {
        stream.on('error', (error: NodeJS.ErrnoException) => {
            this.failure ??= error;
        });
    }

    readonly write = (text: string): void => {
        if (this.failure || text === '') {
            return;
        }
        this.last = new Promise(resolve => {
            this.stream.write(text, (error?: Error | null) => {
                if (error) {
                    this.failure ??= error as NodeJS.ErrnoException;
                }
                resolve();
            });
        });
    };

    /** Waits for every write so far (writes complete in order) and returns the first failure, if any. */
    async settled(): Promise<NodeJS.ErrnoException | undefined> {
        await this.last;
        return this.failure;
    }
}

/** The process's stdout and stderr as the CLI's io, and what their failures mean for the exit code. */
export class ProcessIo {
    readonly stdout = new ProcessOutput(process.stdout);
    readonly stderr = new ProcessOutput(process.stderr);
    readonly io: CliIo = {
        stdout: this.stdout.write, stderr: this.stderr.write,
        stderrIsTTY: process.stderr.isTTY, stdoutIsTTY: process.stdout.isTTY, env: process.env,
        // A getter: process.stdin is made on first use, and only `init` asks questions.
        get stdin() { return process.stdin; },
        stdinIsTTY: isatty(0),
    };

    /**
     * The exit code once all output is out. A closed pipe (EPIPE) is no error: the reader has
     * what it wanted, the code stays what the run decided (so `validate | head` still fails on
     * errors under `set -o pipefail`). Any other failure on stdout means the output is lost:
     * one line on stderr and exit 2. A failing stderr has nobody left to tell.
     */
    async exitCode(code: number, unwritable: (reason: string) => string, usageCode: number): Promise<number> {
        const failure = await this.stdout.settled();
        if (failure && failure.code !== 'EPIPE') {
            this.stderr.write(`offering: ${unwritable(failure.code ?? failure.message)}\n`);
            await this.stderr.settled();
            return usageCode;
        }
        await this.stderr.settled();
        return code;
    }
}
