import type { Locale } from '../../i18n/messages.js';

/** The environment variables the CLI reads; the io passes them (tests pass their own). */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The language of the messages: `--lang` when given (looked up in the arguments before
 * parsing, so that usage errors speak it too), else the first of `LC_ALL`, `LC_MESSAGES`
 * and `LANG` that is set, as POSIX orders them: `nl_NL.UTF-8` is Dutch, anything else English.
 */
export function cliLocale(argv: readonly string[], env: Environment): Locale {
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i]!;
        if (arg === '--') {
            break;
        }
        const given = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
        if (given === 'nl' || given === 'en') {
            return given;
        }
    }
    return environmentLocale(env);
}

export function environmentLocale(env: Environment): Locale {
    const value = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find(v => v !== undefined && v !== '');
    return value !== undefined && /^nl([_.@-]|$)/i.test(value) ? 'nl' : 'en';
}

/**
 * Whether to colour output for a stream: never with `--no-color` or a non-empty `NO_COLOR`
 * (no-color.org); always with `FORCE_COLOR` set to anything but `0` or `false`; otherwise
 * only on a terminal.
 */
export function useColour(streamIsTTY: boolean, env: Environment, colourOption = true): boolean {
    if (!colourOption || (env['NO_COLOR'] ?? '') !== '') {
        return false;
    }
    const force = env['FORCE_COLOR'];
    if (force !== undefined) {
        return force !== '0' && force !== 'false';
    }
    return streamIsTTY;
}
