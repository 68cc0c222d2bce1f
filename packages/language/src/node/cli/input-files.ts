import type { Locale } from '../../i18n/messages.js';
import { TEXTS } from '../../i18n/messages.js';
import type { InputFile } from '../input-files.js';
import { collectOfferingFiles, InputError, readOfferingFile } from '../input-files.js';

export { MAX_FILE_BYTES } from '../input-files.js';

/**
 * Expands the given files and folders to the .offering files to check and reads each once
 * (a regular UTF-8 text file of reasonable size). Two names of one file (a symbolic link
 * beside its target) are one input: the first by path. Throws InputError (exit 2) otherwise.
 */
export async function offeringFiles(paths: string[], locale: Locale = 'en'): Promise<InputFile[]> {
    const text = TEXTS[locale].cli;
    const files = await collectOfferingFiles(paths, locale);
    if (files.length === 0) {
        throw new InputError(text.noFiles(paths.map(p => `'${p}'`).join(', ')));
    }
    const inputs: InputFile[] = [];
    const seen = new Set<string>();
    for (const file of files) {
        const input = await readOfferingFile(file, locale);
        if (!seen.has(input.id)) {
            seen.add(input.id);
            inputs.push(input);
        }
    }
    return inputs;
}
