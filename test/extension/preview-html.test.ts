import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../packages/language/src/catalogue/generator.js';
import { renderPreview } from '../../packages/language/src/catalogue/preview-html.js';
import { buildWorkspace } from '../helpers.js';

const fixture = fileURLToPath(new URL('../../packages/extension/e2e-fixtures/workspace/', import.meta.url));

async function fixtureCatalogue(edit: (name: string, text: string) => string = (_, text) => text) {
    const files = Object.fromEntries(readdirSync(fixture).map(name => [name, edit(name, readFileSync(fixture + name, 'utf-8'))]));
    const workspace = await buildWorkspace(files);
    return buildCatalogue([...workspace.documents.values()], workspace.services);
}

/** The rows of one programme's section, tags kept, one per line. */
function section(html: string, programme: string): string[] {
    const start = html.indexOf(`<section class="programme" data-programme="${programme}">`);
    return html.slice(start, html.indexOf('</section>', start)).split(/(?=<div class="row">)/).slice(1);
}

describe('the catalogue preview', () => {
    test('places the periods and intakes on the calendar timeline by date', async () => {
        const html = renderPreview(await fixtureCatalogue(), { errors: 0, cspSource: 'vscode-resource:' });
        // 313 days from 2026-08-31 to 2027-07-09: B1 68, B2 82, B3 75, B4 82; B3 starts on day 154.
        expect(section(html, 'SoftwareDeveloper')[0]).toBe(
            '<div class="row"><div>DaVinci at Leerpark (BOL)<br><span class="muted">2026-08-31, 2027-02-01</span></div>'
            + '<div class="timeline">'
            + '<div class="period" style="width:21.73%" title="Blok 1: 2026-08-31 – 2026-11-06">B1</div>'
            + '<div class="period" style="width:26.2%" title="Blok 2: 2026-11-09 – 2027-01-29">B2</div>'
            + '<div class="period" style="width:23.96%" title="Blok 3: 2027-02-01 – 2027-04-16">B3</div>'
            + '<div class="period" style="width:26.2%" title="Blok 4: 2027-04-19 – 2027-07-09">B4</div>'
            + '<div class="intake" style="left:0%" title="intake 2026-08-31"></div>'
            + '<div class="intake" style="left:49.2%" title="intake 2027-02-01"></div>'
            + '</div></div>\n<h3>Modules per year</h3>\n<div class="year"><h4>Year 1</h4>',
        );
    });

    test('draws module sizes per year as bars in SBU, scaled to the largest', async () => {
        const rows = section(renderPreview(await fixtureCatalogue(), { errors: 0 }), 'SoftwareDeveloper').slice(1);
        // Programmeren 240..360 SBU; Databases 7.5 EC = 210 SBU (a single value: a bar from zero).
        expect(rows).toEqual([
            '<div class="row"><div>Programmeren 1 <span class="muted">240..360 SBU</span></div><div class="bar-track"><div class="bar" style="left:66.67%;width:33.33%"></div></div></div></div>\n<div class="year"><h4>Year 2</h4>',
            '<div class="row"><div>Databases <span class="muted">7.5 EC (210 SBU)</span></div><div class="bar-track"><div class="bar single" style="left:0%;width:58.33%"></div></div></div></div>\n',
        ]);
    });

    test('says when the workspace has errors, escapes text and follows the theme', async () => {
        const catalogue = await fixtureCatalogue((name, text) => name === 'software.offering' ? text.replace('"Software Developer"', '"Software <Developer> & co"') : text);
        const html = renderPreview(catalogue, { errors: 2 });
        expect([
            html.includes('<p class="notice">The workspace has 2 errors; the preview shows what could be read.</p>'),
            html.includes('<h2>Software &#60;Developer&#62; &#38; co <span class="muted">(SoftwareDeveloper)</span></h2>'),
            html.includes('<Developer>'),
            html.includes('color: var(--vscode-foreground); background: var(--vscode-editor-background)'),
            html.includes("default-src 'none'"),
        ]).toEqual([true, true, false, true, true]);
    });

    test('an empty workspace renders a hint instead of nothing', async () => {
        const workspace = await buildWorkspace({});
        const html = renderPreview(buildCatalogue([], workspace.services), { errors: 0 });
        expect(html).toContain('<p class="empty">No programmes in this workspace yet.</p>');
    });
});

describe('offering attributes and module offerings in the preview', () => {
    const files = {
        'a.offering': `
board B code 100B490
provider P code 110A133 under B
location L "Leerpark" code 110X912 under B used by P
calendar C { period B1 "Blok 1" from 2026-08-31 to 2026-11-06 period B2 from 2026-11-09 to 2027-01-29 }
programme SD "Software Developer" { level mbo-4 years 1..3 calendar C
    offered by P at L as BOL { intake at B1 capacity 24 mode hybrid price 1250.00 EUR language en full-time duration 2 years valid from 2026-08-01 }
    offered by P at L as BBL { intake at B2 }
}
module Excel "Excel voor werkenden" size 40 hours { calendar C offered by P at L { part-time price 395.00 EUR valid to 2027-07-31 intake on 2026-11-09 } }
module Los size 40 hours { calendar C }
`,
    };

    // Offerings come in catalogue order: BBL before BOL.
    test('an offering shows its attributes on a line of their own, in English and Dutch; one without any shows none', async () => {
        const workspace = await buildWorkspace(files);
        const catalogue = buildCatalogue([...workspace.documents.values()], workspace.services);
        const muted = (html: string) => section(html, 'SD').map(row => /<div class="row"><div>(.*?)<\/div><div class="timeline">/.exec(row)?.[1]);
        expect(muted(renderPreview(catalogue, { errors: 0 }))).toEqual([
            'P at L (BBL)<br><span class="muted">2026-11-09</span>',
            'P at L (BOL)<br><span class="muted">2026-08-31</span><br><span class="muted attributes">24 places · hybrid · 1250.00 EUR · taught in en · full-time · 2 years · valid from 2026-08-01</span>',
        ]);
        expect(muted(renderPreview(catalogue, { errors: 0, locale: 'nl' }))[1]).toBe(
            'P op L (BOL)<br><span class="muted">2026-08-31</span><br><span class="muted attributes">24 plaatsen · hybride · 1250.00 EUR · onderwijstaal en · voltijd · 2 jaar · geldig vanaf 2026-08-01</span>');
    });

    test('modules offered on their own get a section after the programmes; a module not offered on its own does not', async () => {
        const workspace = await buildWorkspace(files);
        const html = renderPreview(buildCatalogue([...workspace.documents.values()], workspace.services), { errors: 0 });
        const start = html.indexOf('<h2>Modules offered on their own</h2>');
        expect(start).toBeGreaterThan(html.lastIndexOf('<section class="programme"'));
        expect(html.slice(start, html.indexOf('</body>'))).toBe(
            '<h2>Modules offered on their own</h2>\n'
            + '<section class="module" data-module="Excel">\n'
            + '<h3>Excel voor werkenden <span class="muted">(Excel · 40 hours)</span></h3>\n'
            + '<div class="row"><div>P at L<br><span class="muted">2026-11-09</span><br><span class="muted attributes">395.00 EUR · part-time · valid to 2027-07-31</span></div>'
            + '<div class="timeline">'
            + '<div class="period" style="width:44.74%" title="Blok 1: 2026-08-31 – 2026-11-06">B1</div>'
            + '<div class="period" style="width:53.95%" title="B2: 2026-11-09 – 2027-01-29">B2</div>'
            + '<div class="intake" style="left:46.05%" title="intake 2026-11-09"></div>'
            + '</div></div>\n'
            + '</section>\n',
        );
    });
});
