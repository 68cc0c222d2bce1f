import type {
    Catalogue, CatalogueCalendar, CatalogueIntake, CatalogueModule, CatalogueModuleOffering, CatalogueOffering, CatalogueProgramme,
} from './model.js';
import { dayNumber } from '../model/dates.js';
import type { Locale, Texts } from '../i18n/messages.js';
import { TEXTS } from '../i18n/messages.js';

/**
 * The catalogue preview as one static HTML page: per programme its offerings on a timeline
 * of the calendar's periods with the intakes marked, and its modules' size bandwidths per
 * year as bars. No scripts: the extension re-renders the page when the workspace changes.
 * Colours come from VS Code's theme variables, so the page follows the theme. The texts are
 * in `options.locale` (English by default).
 */
export function renderPreview(catalogue: Catalogue, options: { errors: number; cspSource?: string; locale?: Locale }): string {
    const locale = options.locale ?? 'en';
    const text = TEXTS[locale].preview;
    const calendars = new Map(catalogue.calendars.map(calendar => [calendar.id, calendar]));
    const modules = new Map(catalogue.modules.map(module => [module.id, module]));
    const body = catalogue.programmes.length === 0
        ? `<p class="empty">${escape(text.noProgrammes)}</p>`
        : catalogue.programmes.map(programme => renderProgramme(programme, calendars, modules, text)).join('\n');
    const offeredModules = catalogue.modules.filter(module => module.offerings.length > 0);
    const moduleOfferings = offeredModules.length === 0 ? ''
        : `\n<h2>${escape(text.moduleOfferings)}</h2>\n${offeredModules.map(module => renderModuleOfferings(module, calendars, text)).join('\n')}`;
    const notice = options.errors > 0
        ? `<p class="notice">${escape(text.errors(options.errors))}</p>`
        : '';
    return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${options.cspSource ?? ''} 'unsafe-inline';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escape(text.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escape(text.title)}</h1>
${notice}
${body}${moduleOfferings}
</body>
</html>
`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px 16px; }
h1 { font-size: 1.4em; } h2 { font-size: 1.2em; margin-bottom: 2px; } h3 { font-size: 1em; margin: 12px 0 4px; }
.facts, .empty, .muted { color: var(--vscode-descriptionForeground); }
.notice { color: var(--vscode-editorWarning-foreground); }
section.programme, section.module { border-top: 1px solid var(--vscode-panel-border); padding-top: 8px; margin-top: 16px; }
.row { display: grid; grid-template-columns: 16em 1fr; gap: 8px; align-items: center; margin: 4px 0; }
.timeline { position: relative; height: 28px; display: flex; background: var(--vscode-editorWidget-background); }
.period { border-right: 1px solid var(--vscode-editor-background); background: var(--vscode-editor-inactiveSelectionBackground); font-size: 0.8em; overflow: hidden; white-space: nowrap; padding: 2px; box-sizing: border-box; }
.intake { position: absolute; top: 0; bottom: 0; width: 3px; background: var(--vscode-charts-green); }
.flexible { position: absolute; top: 18px; height: 8px; background: var(--vscode-charts-blue); opacity: 0.7; }
.bar-track { position: relative; height: 14px; background: var(--vscode-editorWidget-background); }
.bar { position: absolute; top: 0; bottom: 0; background: var(--vscode-charts-purple); }
.bar.single { background: var(--vscode-charts-orange); }
`;

type PreviewText = Texts['preview'];

function renderProgramme(programme: CatalogueProgramme, calendars: Map<string, CatalogueCalendar>, modules: Map<string, CatalogueModule>, text: PreviewText): string {
    const facts = [
        programme.level,
        programme.years.length > 0 ? text.years(programme.years.join(', ')) : undefined,
        programme.pathways.length > 0 ? programme.pathways.join(', ') : undefined,
        programme.codes.crebo ? `crebo ${programme.codes.crebo}` : undefined,
    ].filter(fact => fact !== undefined);
    const offerings = programme.offerings.length === 0
        ? `<p class="muted">${escape(text.notOffered)}</p>`
        : programme.offerings.map(offering => renderOffering(offering, calendars.get(offering.calendar ?? programme.calendar ?? ''), text)).join('\n');
    return `<section class="programme" data-programme="${escape(programme.id)}">
<h2>${escape(programme.title ?? programme.id)} <span class="muted">(${escape(programme.id)})</span></h2>
<div class="facts">${escape(facts.join(' · '))}</div>
<h3>${escape(text.offerings)}</h3>
${offerings}
<h3>${escape(text.modulesPerYear)}</h3>
${renderModules(programme, modules, text)}
</section>`;
}

function renderOffering(offering: CatalogueOffering | CatalogueModuleOffering, calendar: CatalogueCalendar | undefined, text: PreviewText): string {
    const pathway = 'pathway' in offering && offering.pathway ? ` (${offering.pathway})` : '';
    const label = `${text.offeredAt(offering.provider, offering.location)}${pathway}`;
    const intakes = offering.intakes.map(describeIntake).join(', ') || text.noIntakes;
    const attributes = describeAttributes(offering, text);
    const line = attributes ? `<br><span class="muted attributes">${escape(attributes)}</span>` : '';
    return `<div class="row"><div>${escape(label)}<br><span class="muted">${escape(intakes)}</span>${line}</div>${renderTimeline(calendar, offering.intakes, text)}</div>`;
}

/** `24 places · online · 1250.00 EUR · taught in en · part-time · 2 years · valid from 2026-08-01`, or nothing. */
function describeAttributes(offering: CatalogueOffering | CatalogueModuleOffering, text: PreviewText): string {
    return [
        offering.capacity !== undefined ? text.capacity(offering.capacity) : undefined,
        offering.mode && text.modes[offering.mode],
        offering.price && `${offering.price.amount} ${offering.price.currency}`,
        offering.language && text.language(offering.language),
        offering.pace && text.paces[offering.pace],
        offering.duration && text.duration(offering.duration.value, offering.duration.unit),
        offering.validity && text.validity(offering.validity.from, offering.validity.to),
    ].filter(fact => fact !== undefined).join(' · ');
}

/** A module offered on its own: its offerings on the timeline of their calendar, as a programme's. */
function renderModuleOfferings(module: CatalogueModule, calendars: Map<string, CatalogueCalendar>, text: PreviewText): string {
    const rows = module.offerings.map(offering => renderOffering(offering, calendars.get(offering.calendar ?? module.calendar ?? ''), text)).join('\n');
    const size = module.size ? ` · ${module.size.written}` : '';
    return `<section class="module" data-module="${escape(module.id)}">
<h3>${escape(module.title ?? module.id)} <span class="muted">(${escape(module.id)}${escape(size)})</span></h3>
${rows}
</section>`;
}

function describeIntake(intake: CatalogueIntake): string {
    return intake.type === 'fixed' ? intake.date : `${intake.from} – ${intake.to}`;
}

/** The calendar's periods as boxes proportional to their length, with the intakes placed on it by date. */
function renderTimeline(calendar: CatalogueCalendar | undefined, intakes: CatalogueIntake[], text: PreviewText): string {
    const periods = (calendar?.periods ?? [])
        .map(period => ({ period, start: dayNumber(period.start), end: dayNumber(period.end) }))
        .filter((p): p is typeof p & { start: number; end: number } => p.start !== undefined && p.end !== undefined && p.end >= p.start);
    if (periods.length === 0) {
        return `<div class="muted">${escape(calendar ? text.noPeriods : text.noCalendar)}</div>`;
    }
    const first = Math.min(...periods.map(p => p.start));
    const last = Math.max(...periods.map(p => p.end)) + 1;
    const span = last - first;
    const at = (day: number) => percent(Math.min(Math.max(day - first, 0), span) / span);
    const boxes = periods.map(({ period, start, end }) =>
        `<div class="period" style="width:${percent((end + 1 - start) / span)}" title="${escape(`${period.title ?? period.name}: ${period.start} – ${period.end}`)}">${escape(period.name)}</div>`);
    const marks = intakes.flatMap(intake => {
        if (intake.type === 'fixed') {
            const day = dayNumber(intake.date);
            return day === undefined ? [] : [`<div class="intake" style="left:${at(day)}" title="${escape(text.intake(intake.date))}"></div>`];
        }
        const from = dayNumber(intake.from);
        const to = dayNumber(intake.to);
        return from === undefined || to === undefined ? []
            : [`<div class="flexible" style="left:${at(from)};width:${percent(Math.max(0, Math.min(to, last) - Math.max(from, first)) / span)}" title="${escape(text.flexibleIntake(`${intake.from} – ${intake.to}`))}"></div>`];
    });
    return `<div class="timeline">${boxes.join('')}${marks.join('')}</div>`;
}

/** Per year of the programme, its modules as bars from min to max size; SBU where the unit converts. */
function renderModules(programme: CatalogueProgramme, modules: Map<string, CatalogueModule>, text: PreviewText): string {
    const own = programme.modules.map(id => modules.get(id)).filter((module): module is CatalogueModule => module !== undefined);
    if (own.length === 0) {
        return `<p class="muted">${escape(text.noModules)}</p>`;
    }
    const bandwidth = (module: CatalogueModule) => module.size?.sbu ?? (module.size ? { min: module.size.min, max: module.size.max } : undefined);
    const scale = Math.max(1, ...own.map(module => bandwidth(module)?.max ?? 0));
    // Keyed by year number; modules of no particular year come last.
    const years = new Map<number, CatalogueModule[]>();
    for (const module of own) {
        const membership = module.programmes.find(entry => entry.programme === programme.id);
        const keys = membership && membership.years.length > 0 ? membership.years : [NO_YEAR];
        for (const key of keys) {
            years.set(key, [...(years.get(key) ?? []), module]);
        }
    }
    const ordered = [...years.keys()].sort((a, b) => a - b);
    return ordered.map(year => `<div class="year"><h4>${escape(year === NO_YEAR ? text.noYear : text.year(year))}</h4>${years.get(year)!.map(module => {
        const size = bandwidth(module);
        const bar = size
            ? `<div class="bar${size.min === size.max ? ' single' : ''}" style="left:${percent(size.min === size.max ? 0 : size.min / scale)};width:${percent(size.min === size.max ? size.max / scale : (size.max - size.min) / scale)}"></div>`
            : '';
        const written = module.size ? module.size.written + (module.size.sbu && module.size.unit !== 'SBU' ? ` (${module.size.sbu.min === module.size.sbu.max ? module.size.sbu.min : `${module.size.sbu.min}..${module.size.sbu.max}`} SBU)` : '') : text.noSize;
        return `<div class="row"><div>${escape(module.title ?? module.id)} <span class="muted">${escape(written)}</span></div><div class="bar-track">${bar}</div></div>`;
    }).join('')}</div>`).join('\n');
}

const NO_YEAR = Number.MAX_SAFE_INTEGER;

function percent(fraction: number): string {
    return `${(Math.round(fraction * 10000) / 100).toString()}%`;
}

function escape(text: string): string {
    return text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`);
}
export type { Catalogue } from './model.js';
