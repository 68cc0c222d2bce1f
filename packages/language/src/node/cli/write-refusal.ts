import type { Locale } from '../../i18n/messages.js';
import { TEXTS } from '../../i18n/messages.js';
import { WriteRefusedError } from '../atomic-write.js';

/** The one line for a target the writer refused to replace; undefined for any other error. */
export function writeRefusedMessage(error: unknown, shown: string, locale: Locale): string | undefined {
    if (!(error instanceof WriteRefusedError)) {
        return undefined;
    }
    const text = TEXTS[locale].cli;
    switch (error.reason) {
        case 'folder': return text.outputIsFolder(shown);
        case 'not-a-file': return text.outputNotRegular(shown);
        case 'read-only': return text.readOnly(shown);
        case 'owner': return text.ownerNotKept(shown);
    }
}
