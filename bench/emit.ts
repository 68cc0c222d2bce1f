// Writes the model as Offering text and as YAML-ready plain objects.
import type { ClassModel, KeuzedeelModel, ProgrammeFileModel, ProgrammeModel, SharedModel, SizeModel } from './model.js';

function size(s: SizeModel): string {
    return `${s.min}${s.max !== undefined ? `..${s.max}` : ''} ${s.unit}`;
}

export function sharedToOffering(shared: SharedModel): string {
    const lines: string[] = [
        '// Shared definitions: the board, its providers and locations, the school year, groupings and the central policy.',
        `board ${shared.board.name} "${shared.board.title}" code ${shared.board.code}`,
        '',
    ];
    for (const p of shared.providers) {
        lines.push(`provider ${p.name} "${p.title}" code ${p.code} under ${shared.board.name}`);
    }
    lines.push('');
    for (const l of shared.locations) {
        lines.push(`location ${l.name} "${l.title}" code ${l.code} address "${l.address}" under ${shared.board.name} used by ${l.providers.join(', ')}`);
    }
    lines.push('', `calendar ${shared.calendar.name} "${shared.calendar.title}" {`);
    for (const p of shared.calendar.periods) {
        lines.push(`    period ${p.name} "${p.title}" from ${p.start} to ${p.end}`);
    }
    lines.push('}', '');
    for (const g of shared.groupings) {
        lines.push(`grouping ${g.name} "${g.title}"${g.parent ? ` within ${g.parent}` : ''}`);
    }
    lines.push('');
    for (const c of shared.characteristics) {
        lines.push(`characteristic ${c.name} "${c.title}" code ${c.code}`);
    }
    for (const t of shared.targetGroups) {
        lines.push(`target group ${t.name} "${t.title}"`);
    }
    const policy = shared.policy;
    lines.push('',
        '/** The bandwidths the central board sets for every programme. */',
        `policy ${policy.name} "${policy.title}" {`,
        '    applies to all',
        `    module size ${size(policy.moduleSize)}`,
        `    at least ${policy.minIntakes} intakes per year`,
        '    intakes at period starts',
        `    keuzedeel volume ${size(policy.keuzedeelVolume)}`,
        '}', '');
    return lines.join('\n');
}

export function programmeToOffering(p: ProgrammeModel): string[] {
    const lines = [
        `/** ${p.doc} */`,
        `programme ${p.name} "${p.title}" {`,
        `    crebo ${p.crebo}`,
        `    level ${p.level}`,
        `    years ${p.years.from}..${p.years.to}`,
        `    pathways ${p.pathways.join(', ')}`,
        `    in ${p.grouping}`,
        `    calendar ${p.calendar}`,
    ];
    for (const o of p.offerings) {
        const withs = o.characteristics.length ? ` with ${o.characteristics.join(', ')}` : '';
        const fors = o.targetGroups.length ? ` for ${o.targetGroups.join(', ')}` : '';
        lines.push(`    offered by ${o.provider} at ${o.location} as ${o.pathway}${withs}${fors} {`);
        if (o.intakePeriods) {
            lines.push(`        intake at ${o.intakePeriods.join(', ')}`);
        }
        if (o.intakeDates) {
            lines.push(`        intake on ${o.intakeDates.join(', ')}`);
        }
        lines.push('    }');
    }
    for (const m of p.modules) {
        lines.push(`    module ${m.name} "${m.title}" size ${size(m.size)} {`, `        year ${m.year}`);
        if (m.levels) {
            lines.push(`        levels ${m.levels.join(', ')}`);
        }
        lines.push('    }');
    }
    lines.push('}');
    return lines;
}

export function keuzedeelToOffering(k: KeuzedeelModel): string[] {
    return [`keuzedeel ${k.name} "${k.title}" code ${k.code} size ${size(k.size)} { for ${k.programme} years ${k.years.join(', ')} }`];
}

export function classToOffering(c: ClassModel): string[] {
    return [
        `class ${c.name} "${c.title}" {`,
        `    during ${c.periods.join(', ')}`,
        `    students of ${c.programme} year ${c.year}`,
        ...c.teaches.map(module => `    teaches ${module}`),
        '}',
    ];
}

export function fileToOffering(file: ProgrammeFileModel): string {
    const lines: string[] = [];
    for (const p of file.programmes) {
        lines.push(...programmeToOffering(p), '');
        for (const k of file.keuzedelen.filter(k => k.programme === p.name)) {
            lines.push(...keuzedeelToOffering(k));
        }
        for (const c of file.classes.filter(c => c.programme === p.name)) {
            lines.push(...classToOffering(c));
        }
        lines.push('');
    }
    return lines.join('\n');
}

// ---------------------------------------------------------------- YAML route

function yamlSize(s: SizeModel): Record<string, unknown> {
    return s.max !== undefined ? { min: s.min, max: s.max, unit: s.unit } : { min: s.min, unit: s.unit };
}

export function sharedToYaml(shared: SharedModel): Record<string, unknown> {
    return {
        boards: [{ ...shared.board }],
        providers: shared.providers.map(p => ({ ...p, boards: [shared.board.name] })),
        locations: shared.locations.map(l => ({ name: l.name, title: l.title, code: l.code, address: l.address, boards: [shared.board.name], usedBy: l.providers })),
        calendars: [{ name: shared.calendar.name, title: shared.calendar.title, periods: shared.calendar.periods.map(p => ({ ...p })) }],
        groupings: shared.groupings.map(g => (g.parent ? { ...g } : { name: g.name, title: g.title })),
        characteristics: shared.characteristics.map(c => ({ ...c })),
        targetGroups: shared.targetGroups.map(t => ({ ...t })),
        policies: [{
            name: shared.policy.name,
            title: shared.policy.title,
            appliesTo: 'all',
            moduleSize: yamlSize(shared.policy.moduleSize),
            minIntakesPerYear: shared.policy.minIntakes,
            intakesAtPeriodStarts: true,
            keuzedeelVolume: yamlSize(shared.policy.keuzedeelVolume),
        }],
    };
}

export function fileToYaml(file: ProgrammeFileModel): Record<string, unknown> {
    return {
        programmes: file.programmes.map(p => ({
            name: p.name,
            title: p.title,
            description: p.doc,
            crebo: p.crebo,
            level: p.level,
            years: { from: p.years.from, to: p.years.to },
            pathways: p.pathways,
            groupings: [p.grouping],
            calendar: p.calendar,
            offerings: p.offerings.map(o => ({
                provider: o.provider,
                location: o.location,
                pathway: o.pathway,
                ...(o.characteristics.length ? { characteristics: o.characteristics } : {}),
                ...(o.targetGroups.length ? { targetGroups: o.targetGroups } : {}),
                intakes: [o.intakePeriods ? { periods: o.intakePeriods } : { dates: o.intakeDates }],
            })),
            modules: p.modules.map(m => ({
                name: m.name,
                title: m.title,
                size: yamlSize(m.size),
                years: [m.year],
                ...(m.levels ? { levels: m.levels } : {}),
            })),
        })),
        keuzedelen: file.keuzedelen.map(k => ({
            name: k.name, title: k.title, code: k.code, size: yamlSize(k.size), for: [{ programme: k.programme, years: k.years }],
        })),
        classes: file.classes.map(c => ({
            name: c.name, title: c.title, during: c.periods, students: [{ programme: c.programme, years: [c.year] }], teaches: c.teaches,
        })),
    };
}
