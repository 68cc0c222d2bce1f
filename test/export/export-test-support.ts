import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Ajv } from 'ajv';
import type { AnySchemaObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { exportOffering } from '../../packages/language/src/export/exporter.js';
import type { ExportOptions, ExportResult } from '../../packages/language/src/export/exporter.js';
import { warningMessage } from '../../packages/language/src/export/warnings.js';
import { collectOfferingFiles, loadWorkspace } from '../../packages/language/src/node/workspace-loader.js';
import { REPO_ROOT } from '../catalogue/catalogue-test-support.js';

export { REPO_ROOT };

export const EXAMPLES: Record<string, string> = {
    'mbo-college': path.join(REPO_ROOT, 'examples/mbo-college'),
    'vo-school': path.join(REPO_ROOT, 'examples/vo-school'),
};

/** Loads the .offering files under the paths and exports them; warnings as `file:line code: message`. */
export async function exportOf(paths: string[], options: ExportOptions): Promise<{ result: ExportResult; diagnostics: string[]; warnings: string[] }> {
    const { services, documents, diagnostics } = await loadWorkspace(await collectOfferingFiles(paths));
    const result = exportOffering(documents, services, options);
    return {
        result,
        diagnostics: diagnostics.map(({ file, diagnostic }) => `${file}:${diagnostic.range.start.line + 1} ${diagnostic.message}`),
        warnings: result.warnings.map(w => `${path.relative(REPO_ROOT, new URL(w.place.uri).pathname)}:${w.place.line + 1} ${w.code}: ${warningMessage(w, 'en')}`),
    };
}

/** The schema of each entity array, per version, in the vendored bundles. */
export const ENTITY_SCHEMAS: Record<'6' | '5', Record<string, string>> = {
    6: {
        organisations: 'Organisation', academicSessions: 'AcademicSession', programmes: 'Programme',
        programmeOfferings: 'ProgrammeOffering', courses: 'Course', courseOfferings: 'CourseOffering',
    },
    5: {
        organizations: 'Organization', academicSessions: 'AcademicSession', programs: 'Program',
        programOfferings: 'ProgramOffering', courses: 'Course', courseOfferings: 'CourseOffering',
    },
};

// ajv-formats is CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv | Ajv2020) => void;

/**
 * A validator per entity schema of the vendored OOAPI bundle: v6 is OpenAPI 3.1 (JSON Schema
 * 2020-12), v5 OpenAPI 3.0 (draft-07-like). `strict: false` because the document's own keywords
 * (openapi, info, paths, example) are not JSON Schema; formats from ajv-formats, plus the
 * OpenAPI number formats; and the extensible enumerations checked by a keyword of our own.
 */
export function ooapiValidators(version: '6' | '5'): Record<string, ValidateFunction> {
    const bundle = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, `schemas/ooapi/v${version}/ooapi.json`), 'utf-8')) as AnySchemaObject;
    const ajv = version === '6' ? new Ajv2020({ strict: false, allErrors: true }) : new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const format of ['int32', 'int64', 'float', 'double']) ajv.addFormat(format, true);
    ajv.addKeyword(EXTENSIBLE_ENUM);
    const id = `urn:ooapi:v${version}`;
    ajv.addSchema({ ...bundle, $id: id }, id);
    return Object.fromEntries(Object.entries(ENTITY_SCHEMAS[version]).map(([entity, schema]) =>
        [entity, ajv.compile({ $ref: `${id}#/components/schemas/${schema}` })]));
}

/**
 * `x-ooapi-extensible-enum`: a listed value, or an own value starting with `x-` (the rule of
 * the specification's extensible enumerations), which plain JSON Schema does not check.
 */
export const EXTENSIBLE_ENUM = {
    keyword: 'x-ooapi-extensible-enum',
    type: 'string' as const,
    schemaType: 'array' as const,
    errors: false,
    validate: (values: string[], data: string) => values.includes(data) || data.startsWith('x-'),
};
