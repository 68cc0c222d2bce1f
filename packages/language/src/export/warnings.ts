import type { ExportParams, Texts } from '../i18n/en.js';
import type { Locale } from '../i18n/messages.js';
import { TEXTS } from '../i18n/messages.js';
import type { SourcePlace } from '../model/workspace-facts.js';

export type ExportWarningCode = keyof Texts['exports']['warnings'];

/** Something of the offering that the target cannot hold (or holds only as an extension), and where it is written. */
export interface ExportWarning {
    code: ExportWarningCode;
    place: SourcePlace;
    params: ExportParams;
}

/** Collects warnings; at most one per code and definition, so a concept is reported once where it is written. */
export class ExportWarnings {
    private readonly seen = new Set<string>();
    readonly list: ExportWarning[] = [];

    add(code: ExportWarningCode, place: SourcePlace, params: ExportParams): void {
        const key = `${code}\u0000${params.id}\u0000${params.value ?? ''}\u0000${place.uri}:${place.line}`;
        if (!this.seen.has(key)) {
            this.seen.add(key);
            this.list.push({ code, place, params });
        }
    }

    /** By file, line, column and code: the same order whatever the order the files were read in. */
    sorted(): ExportWarning[] {
        // Keys computed once: tens of thousands of warnings at 100k lines.
        const keyed = this.list.map(w => ({ w, key: [w.place.uri, pad(w.place.line), pad(w.place.character), w.code, w.params.id, w.params.value ?? ''].join('\u0000') }));
        keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        return keyed.map(({ w }) => w);
    }
}

export function warningMessage(warning: ExportWarning, locale: Locale): string {
    return TEXTS[locale].exports.warnings[warning.code](warning.params);
}

function pad(value: number): string {
    return String(value).padStart(9, '0');
}
