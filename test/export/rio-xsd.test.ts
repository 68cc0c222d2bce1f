/**
 * The RIO export against DUO's XSD for "Beheren OnderwijsOrganisatie" v4. The XSD is not
 * vendored (docs/exports.md says why and where to get it): point OFFERING_RIO_XSD at a copy of
 * DUO_RIO_Beheren_OnderwijsOrganisatie_V4.xsd to run this test; without it the test is skipped.
 * Every registration must validate except for what Offering does not record and the export
 * warns about: toelatingseisen (and after it toegankelijkheid), and beginAanmeldperiode of a
 * cohort without a registration window.
 */
import * as fs from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, test } from 'vitest';
import { EXAMPLES, exportOf } from './export-test-support.js';

const XSD = process.env.OFFERING_RIO_XSD;

describe.skipIf(!XSD)('RIO export against DUO_RIO_Beheren_OnderwijsOrganisatie_V4.xsd (OFFERING_RIO_XSD)', () => {
    for (const [name, folder] of Object.entries(EXAMPLES)) {
        test(name, async () => {
            const { result } = await exportOf([folder], { target: 'rio' });
            const blocks = result.text.match(/^ {2}<aangebodenMboOpleiding [\s\S]*?\n {2}<\/aangebodenMboOpleiding>$/gm) ?? [];
            expect(blocks.length).toBe(result.objects);
            if (blocks.length === 0) return;
            const validation = await validateXML({
                xml: blocks.map((block, i) => ({ fileName: `registration-${i}.xml`, contents: `<?xml version="1.0" encoding="UTF-8"?>\n${block.trim()}\n` })),
                schema: [{ fileName: 'beheren.xsd', contents: fs.readFileSync(XSD!, 'utf-8') }],
            });
            const expected = /Expected is one of \( \{[^}]+\}kenmerken, \{[^}]+\}beginAanmeldperiode \)|Missing child element\(s\)\. Expected is \( \{[^}]+\}toelatingseisen \)/;
            // xmllint adds a summary line per file that fails; the errors themselves are the other lines.
            const errors = validation.errors.filter(error => !/fails to validate$/.test(error.rawMessage));
            const unexpected = errors.map(error => error.rawMessage).filter(message => !expected.test(message));
            expect(unexpected).toEqual([]);
            // Each registration lacks toelatingseisen, which the export says it cannot give.
            const missingAdmission = errors.filter(error => /toelatingseisen/.test(error.rawMessage)).length;
            expect(missingAdmission).toBe(blocks.length);
            const missingRegistration = errors.filter(error => /beginAanmeldperiode/.test(error.rawMessage)).length;
            expect(missingRegistration).toBe(result.warnings.filter(warning => warning.code === 'export.rio-no-registration').length);
        });
    }
});
