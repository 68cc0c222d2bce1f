import { v5 as uuidv5 } from 'uuid';

/**
 * Stable identifiers: a UUID version 5 (name-based, SHA-1) of what the object is and the
 * qualified names that make it unique. The same offering gives the same ids on every run and
 * machine, so a consumer updates an object instead of adding a second one; renaming a
 * definition gives a new id, as a new name means a new object.
 */
const OFFERING_NAMESPACE = uuidv5('urn:offering:export:1', uuidv5.URL);

export function exportId(kind: string, ...key: string[]): string {
    return uuidv5([kind, ...key].join('\u001f'), OFFERING_NAMESPACE);
}
