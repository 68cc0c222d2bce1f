/**
 * Every object `offering export --to ooapi` writes for the examples validates against its
 * schema in the vendored OOAPI bundle (schemas/ooapi/, see SOURCE.md), in v6 and v5.
 */
import { describe, expect, test } from 'vitest';
import { ENTITY_SCHEMAS, EXAMPLES, exportOf, ooapiValidators } from './export-test-support.js';

for (const version of ['6', '5'] as const) {
    describe(`OOAPI v${version}`, () => {
        const validators = ooapiValidators(version);
        for (const [name, folder] of Object.entries(EXAMPLES)) {
            test(`${name}: every object validates`, async () => {
                const { result, diagnostics } = await exportOf([folder], { target: 'ooapi', ooapiVersion: version });
                expect(diagnostics.filter(d => d.includes('error'))).toEqual([]);
                const document = JSON.parse(result.text) as Record<string, unknown>;
                expect(Object.keys(document)).toEqual(['ooapiVersion', ...Object.keys(ENTITY_SCHEMAS[version])]);
                const failures: string[] = [];
                let checked = 0;
                for (const [entity, validate] of Object.entries(validators)) {
                    for (const object of document[entity] as unknown[]) {
                        checked++;
                        if (!validate(object)) failures.push(`${entity}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
                    }
                }
                expect(failures).toEqual([]);
                // The validators do check: without its required name no object passes.
                for (const [entity, validate] of Object.entries(validators)) {
                    const first = (document[entity] as Array<Record<string, unknown>>)[0];
                    if (first) expect(validate({ ...first, name: undefined }), entity).toBe(false);
                }
                expect(checked).toBe(result.objects);
                expect(checked).toBeGreaterThan(10);
            });
        }

        test('the extensible-enum keyword rejects an own value without x-', () => {
            const programme = version === '6'
                ? { programmeId: '5b1f9a2e-4c7d-5e8f-9a0b-1c2d3e4f5a6b', programmeType: 'programme', name: [{ language: 'nl-NL', value: 'A' }], primaryCode: { codeType: 'identifier', code: 'A' } }
                : undefined;
            if (programme) {
                const validate = validators.programmes!;
                expect(validate(programme)).toBe(true);
                expect(validate({ ...programme, programmeType: 'x-offering-own' })).toBe(true);
                expect(validate({ ...programme, programmeType: 'own' })).toBe(false);
            } else {
                const validate = validators.academicSessions!;
                const session = { academicSessionId: '5b1f9a2e-4c7d-5e8f-9a0b-1c2d3e4f5a6b', name: [{ language: 'nl-NL', value: 'A' }], startDate: '2026-08-31', endDate: '2027-07-09' };
                expect(validate({ ...session, academicSessionType: 'period' })).toBe(true);
                expect(validate({ ...session, academicSessionType: 'block' })).toBe(false);
            }
        });
    });
}
