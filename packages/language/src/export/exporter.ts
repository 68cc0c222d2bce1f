import type { LangiumDocument } from 'langium';
import type { Document } from '../generated/ast.js';
import { workspaceFacts } from '../model/workspace-facts.js';
import type { OfferingServices } from '../offering-module.js';
import type { OoapiVersion } from './ooapi.js';
import { buildOoapi, countOoapiObjects } from './ooapi.js';
import { buildRio, serializeRio } from './rio.js';
import type { ExportWarning } from './warnings.js';
import { ExportWarnings } from './warnings.js';

export type ExportTarget = 'ooapi' | 'rio';

export interface ExportOptions {
    target: ExportTarget;
    /** OOAPI only; 6 unless told otherwise. */
    ooapiVersion?: OoapiVersion;
}

export interface ExportResult {
    /** The document: JSON for OOAPI, XML for RIO; ends in a newline. */
    text: string;
    /** `OOAPI v6`, `RIO`: for messages. */
    label: string;
    /** How many objects (OOAPI) or registrations (RIO) it holds. */
    objects: number;
    /** What the target cannot hold, sorted by place. */
    warnings: ExportWarning[];
}

/**
 * Exports the given linked documents. Like the catalogue it depends only on their content: the
 * facts are sorted by qualified name and the ids derive from those names. The CLI exports only
 * documents without errors; on others, unresolved references are left out.
 */
export function exportOffering(documents: ReadonlyArray<LangiumDocument<Document>>, services: OfferingServices, options: ExportOptions): ExportResult {
    const facts = workspaceFacts(documents, services.model.SemanticModel);
    const warnings = new ExportWarnings();
    if (options.target === 'rio') {
        const rio = buildRio(facts, warnings);
        return { text: serializeRio(rio), label: 'RIO', objects: rio.registrations.length, warnings: warnings.sorted() };
    }
    const version = options.ooapiVersion ?? '6';
    const document = buildOoapi(facts, version, warnings);
    return { text: JSON.stringify(document, undefined, 2) + '\n', label: `OOAPI v${version}`, objects: countOoapiObjects(document), warnings: warnings.sorted() };
}
