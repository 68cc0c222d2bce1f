import { rmSync } from 'node:fs';

/**
 * Temporary files that an interrupted process must not leave behind. While any exists,
 * SIGINT, SIGTERM and SIGHUP remove them first and then end the process as the signal would
 * have (it is raised again without our handler, so the exit status still says which signal).
 * SIGKILL cannot be caught: that case leaves the hidden file, and the target is still intact.
 */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const pending = new Set<string>();

function onSignal(signal: NodeJS.Signals): void {
    for (const file of pending) {
        try {
            rmSync(file, { force: true });
        } catch {
            // Nothing more can be done while the process is ending.
        }
    }
    pending.clear();
    uninstall();
    // Someone else listening (an editor host) decides for itself; otherwise end as the signal would.
    if (process.listenerCount(signal) === 0) {
        process.kill(process.pid, signal);
    }
}

function install(): void {
    for (const signal of SIGNALS) {
        process.on(signal, onSignal);
    }
}

function uninstall(): void {
    for (const signal of SIGNALS) {
        process.off(signal, onSignal);
    }
}

/** Removes `file` if the process is interrupted before `release(file)`. */
export function holdTemporary(file: string): void {
    if (pending.size === 0) {
        install();
    }
    pending.add(file);
}

/** The file is gone or renamed into place: an interruption need not remove it any more. */
export function releaseTemporary(file: string): void {
    if (pending.delete(file) && pending.size === 0) {
        uninstall();
    }
}
