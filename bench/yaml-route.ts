// The route without Offering: read every YAML file, parse it (`yaml` or `js-yaml`; `json`
// for the floor), check it against the JSON Schema with ajv and check references with a Map.
// Run as a child by run.ts: `node yaml-route.mjs <yaml|js-yaml> <dir> <schema.json>`; prints JSON.
import { Ajv } from 'ajv';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { parse } from 'yaml';

type Entry = Record<string, unknown> & { name: string };
type FileContent = Partial<Record<string, Entry[]>>;

function walk(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(dir, entry.name);
        return entry.isDirectory() ? walk(full) : entry.name.endsWith('.yaml') ? [full] : [];
    }).sort();
}

/** Every name (and Calendar.Period / Programme.Module) with its kind; duplicates are errors. */
function checkReferences(contents: FileContent[]): string[] {
    const errors: string[] = [];
    const kinds = new Map<string, string>();
    const define = (name: string, kind: string) => {
        if (kinds.has(name)) {
            errors.push(`duplicate name ${name}`);
        }
        kinds.set(name, kind);
    };
    for (const content of contents) {
        for (const [key, entries] of Object.entries(content)) {
            for (const entry of entries ?? []) {
                define(entry.name, key);
                for (const period of (entry.periods as Entry[] | undefined) ?? []) {
                    define(`${entry.name}.${period.name}`, 'periods');
                }
                for (const module of (entry.modules as Entry[] | undefined) ?? []) {
                    define(`${entry.name}.${module.name}`, 'modules');
                }
            }
        }
    }
    const expect = (name: unknown, kind: string, where: string) => {
        if (kinds.get(name as string) !== kind) {
            errors.push(`${where}: unresolved ${kind} ${String(name)}`);
        }
    };
    for (const content of contents) {
        for (const p of content.providers ?? []) {
            (p.boards as string[] | undefined)?.forEach(b => expect(b, 'boards', p.name));
        }
        for (const l of content.locations ?? []) {
            (l.boards as string[] | undefined)?.forEach(b => expect(b, 'boards', l.name));
            (l.usedBy as string[] | undefined)?.forEach(p => expect(p, 'providers', l.name));
        }
        for (const g of content.groupings ?? []) {
            if (g.parent) {
                expect(g.parent, 'groupings', g.name);
            }
        }
        for (const p of content.programmes ?? []) {
            (p.groupings as string[] | undefined)?.forEach(g => expect(g, 'groupings', p.name));
            if (p.calendar) {
                expect(p.calendar, 'calendars', p.name);
            }
            for (const o of (p.offerings as Entry[] | undefined) ?? []) {
                expect(o.provider, 'providers', p.name);
                expect(o.location, 'locations', p.name);
                (o.characteristics as string[] | undefined)?.forEach(c => expect(c, 'characteristics', p.name));
                (o.targetGroups as string[] | undefined)?.forEach(t => expect(t, 'targetGroups', p.name));
                for (const intake of (o.intakes as Array<{ periods?: string[] }> | undefined) ?? []) {
                    intake.periods?.forEach(period => expect(`${String(o.calendar ?? p.calendar)}.${period}`, 'periods', p.name));
                }
            }
        }
        for (const k of content.keuzedelen ?? []) {
            (k.for as Array<{ programme: string }>).forEach(f => expect(f.programme, 'programmes', k.name));
        }
        for (const c of content.classes ?? []) {
            (c.during as string[]).forEach(period => expect(period, 'periods', c.name));
            const students = c.students as Array<{ programme: string }>;
            students.forEach(s => expect(s.programme, 'programmes', c.name));
            for (const module of c.teaches as string[]) {
                if (!students.some(s => kinds.get(`${s.programme}.${module}`) === 'modules')) {
                    errors.push(`${c.name}: unresolved module ${module}`);
                }
            }
        }
    }
    return errors;
}

export function runYamlRoute(parser: 'yaml' | 'js-yaml', dir: string, schemaFile: string): { files: number; errors: string[]; parseMs: number; totalMs: number } {
    const start = performance.now();
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf-8')) as object);
    const files = walk(dir);
    const contents: FileContent[] = [];
    const errors: string[] = [];
    let parseMs = 0;
    for (const file of files) {
        const text = fs.readFileSync(file, 'utf-8');
        const parseStart = performance.now();
        const value = parser === 'yaml' ? parse(text) as unknown : load(text);
        parseMs += performance.now() - parseStart;
        if (!validate(value)) {
            errors.push(...(validate.errors ?? []).map(e => `${file}${e.instancePath}: ${e.message ?? ''}`));
            continue;
        }
        contents.push(value as FileContent);
    }
    errors.push(...checkReferences(contents));
    return { files: files.length, errors, parseMs, totalMs: performance.now() - start };
}

const [, script, parser, dir, schema] = process.argv;
if (script && /yaml-route\.(ts|mjs|js)$/.test(script) && parser && dir && schema) {
    const result = runYamlRoute(parser as 'yaml' | 'js-yaml', dir, schema);
    process.stdout.write(JSON.stringify({ files: result.files, errors: result.errors.length, firstErrors: result.errors.slice(0, 5), parseMs: result.parseMs, totalMs: result.totalMs }) + '\n');
    process.exitCode = result.errors.length ? 1 : 0;
}
