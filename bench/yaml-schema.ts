// The JSON Schema (draft-07) a team would write for the same offering kept as YAML files.
// It checks shapes and formats; references between files need separate code (yaml-route.ts).

const name = { type: 'string', pattern: '^[_a-zA-Z][\\w]*$' };
const names = { type: 'array', items: name, minItems: 1 };
/** `Calendar.Period` and `Programme.Module`. */
const qualifiedNames = { type: 'array', items: { type: 'string', pattern: '^[_a-zA-Z][\\w]*(\\.[_a-zA-Z][\\w]*)*$' }, minItems: 1 };
const title = { type: 'string' };
const date = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' };
const size = {
    type: 'object', additionalProperties: false, required: ['min', 'unit'],
    properties: { min: { type: 'number', exclusiveMinimum: 0 }, max: { type: 'number', exclusiveMinimum: 0 }, unit: { enum: ['SBU', 'EC', 'hours', 'contact hours'] } },
};
const level = { type: 'string', pattern: '^(mbo-[1-4]|entree|vmbo-[a-z]+|havo|vwo|[1-4]F)$' };
const years = { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 1 };
const programmeYears = {
    type: 'array', minItems: 1,
    items: { type: 'object', additionalProperties: false, required: ['programme'], properties: { programme: name, years } },
};
const object = (required: string[], properties: Record<string, unknown>) => ({ type: 'object', additionalProperties: false, required, properties });
const list = (item: unknown) => ({ type: 'array', items: item });

export const yamlSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'urn:offering-bench:yaml:1',
    title: 'Educational offering as YAML (benchmark comparison)',
    type: 'object',
    additionalProperties: false,
    properties: {
        boards: list(object(['name'], { name, title, code: { type: 'string', pattern: '^[0-9]{3}B[0-9]{3}$' } })),
        providers: list(object(['name'], { name, title, code: { type: 'string', pattern: '^[0-9]{3}A[0-9]{3}$' }, boards: names })),
        locations: list(object(['name'], {
            name, title, code: { type: 'string', pattern: '^[0-9]{3}X[0-9]{3}$' }, address: { type: 'string' }, boards: names, usedBy: names,
        })),
        calendars: list(object(['name', 'periods'], {
            name, title, periods: list(object(['name', 'start', 'end'], { name, title, start: date, end: date })),
        })),
        groupings: list(object(['name'], { name, title, parent: name })),
        characteristics: list(object(['name'], { name, title, code: { type: 'string' } })),
        targetGroups: list(object(['name'], { name, title, code: { type: 'string' } })),
        policies: list(object(['name'], {
            name, title, extends: names,
            appliesTo: { oneOf: [{ const: 'all' }, names] },
            levels: list(level),
            moduleSize: size,
            minIntakesPerYear: { type: 'integer', minimum: 1 },
            intakesAtPeriodStarts: { type: 'boolean' },
            yearVolume: size,
            keuzedeelVolume: size,
        })),
        programmes: list(object(['name', 'level'], {
            name, title, description: { type: 'string' },
            crebo: { type: 'string', pattern: '^[0-9]{5}$' },
            level,
            years: object(['from'], { from: { type: 'integer', minimum: 1 }, to: { type: 'integer', minimum: 1 } }),
            pathways: list({ enum: ['BOL', 'BBL'] }),
            groupings: names,
            characteristics: names,
            targetGroups: names,
            calendar: name,
            offerings: list(object(['provider', 'location'], {
                provider: name, location: name, pathway: { enum: ['BOL', 'BBL'] }, characteristics: names, targetGroups: names, calendar: name,
                intakes: list({
                    oneOf: [
                        object(['periods'], { periods: names }),
                        object(['dates'], { dates: list(date) }),
                        object(['flexible'], { flexible: object(['from', 'to'], { from: date, to: date }) }),
                    ],
                }),
            })),
            modules: list(object(['name'], { name, title, code: { type: 'string' }, size, years, levels: list(level) })),
        })),
        keuzedelen: list(object(['name'], { name, title, code: { type: 'string', pattern: '^K[0-9]{4}$' }, size, for: programmeYears })),
        classes: list(object(['name'], { name, title, during: qualifiedNames, students: programmeYears, teaches: names })),
    },
} as const;
