import type { Locale, Texts } from '../../i18n/messages.js';
import { TEXTS } from '../../i18n/messages.js';
import type { LoadProgress } from '../workspace-loader.js';

export interface ProgressOptions {
    write: (text: string) => void;
    /** Whether stderr is a terminal: only there may a line be redrawn in place. */
    isTTY: boolean;
    verbose: boolean;
    /** The language of the progress lines (English by default). */
    locale?: Locale;
    /** Milliseconds; injectable for tests. */
    now?: () => number;
}

/** Runs that finish within this many milliseconds show no progress at all. */
const QUIET_MS = 1000;
/** Redraw the progress line at most this often. */
const REDRAW_MS = 100;

/**
 * Progress on stderr. On a terminal, once a run has taken more than a second, one line is
 * redrawn in place (`Checking: 12/40 files validated`) and erased at the end. With
 * `--verbose`, each finished phase is a line of its own, with its time. Otherwise silent,
 * so that logs and pipes stay clean.
 */
export class Progress {
    private readonly now: () => number;
    private readonly started: number;
    private lastDrawn = -Infinity;
    private lineShown = false;
    private readonly text: Texts['cli'];

    constructor(private readonly options: ProgressOptions) {
        this.now = options.now ?? (() => performance.now());
        this.started = this.now();
        this.text = TEXTS[options.locale ?? 'en'].cli;
    }

    /** A listener for loadWorkspace's progress. */
    readonly onLoad: LoadProgress = (phase, done, total) => {
        const name = this.text.phases[phase];
        if (done === total) {
            this.phase(this.text.phaseDone(name, total));
        } else {
            this.update(this.text.phaseRunning(name, done, total));
        }
    };

    /** A finished phase: a line of its own with --verbose; a redraw otherwise. */
    phase(text: string): void {
        if (this.options.verbose) {
            this.clear();
            this.options.write(`offering: ${text} (${Math.round(this.now() - this.started)} ms)\n`);
        } else {
            this.update(text, true);
        }
    }

    /** Erases the progress line, if one is shown. Call before printing results and at the end. */
    clear(): void {
        if (this.lineShown) {
            this.options.write('\r\x1b[K');
            this.lineShown = false;
        }
    }

    private update(text: string, force = false): void {
        if (this.options.verbose || !this.options.isTTY) {
            return;
        }
        const now = this.now();
        if (now - this.started < QUIET_MS || (!force && now - this.lastDrawn < REDRAW_MS)) {
            return;
        }
        this.lastDrawn = now;
        this.lineShown = true;
        this.options.write(`\r\x1b[Koffering: ${text}`);
    }
}
