// Checks run synchronously when they can (OfferingValidationRegistry), but a check that throws,
// synchronously or not, still becomes an error on its node instead of breaking validation.
import type { ValidationCheck } from 'langium';
import { EmptyFileSystem } from 'langium';
import type { Characteristic, OfferingAstType } from '../../packages/language/src/generated/ast.js';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';

afterEach(() => vi.restoreAllMocks());

describe('a check that fails', () => {
    const failures: Array<[string, () => unknown]> = [
        ['throws', () => { throw new Error('boom'); }],
        ['rejects', async () => { throw new Error('boom'); }],
    ];
    test.each(failures)('%s: reported on its node, the other checks still run', async (_how, failing) => {
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const services = createOfferingServices(EmptyFileSystem).Offering;
        services.validation.ValidationRegistry.register<OfferingAstType>({ Characteristic: failing as ValidationCheck<Characteristic> });
        const workspace = await buildWorkspace({ 'a.offering': 'characteristic Versneld\ncharacteristic Versneld\n' }, services);
        expect(workspace.diagnostics()).toEqual([
            "a.offering:1:1 offering.internal.check-failed: An error occurred during validation: boom. This is a fault in the Offering checks, not in the file: please report it.",
            "a.offering:1:16 offering.name.duplicate: The name 'Versneld' is already used by the characteristic in a.offering:2. Names are unique across the workspace: rename one of them.",
            "a.offering:1:16 offering.definition.unused: Nothing uses the characteristic Versneld. Use it or remove it.",
            "a.offering:2:1 offering.internal.check-failed: An error occurred during validation: boom. This is a fault in the Offering checks, not in the file: please report it.",
            "a.offering:2:16 offering.name.duplicate: The name 'Versneld' is already used by the characteristic in a.offering:1. Names are unique across the workspace: rename one of them.",
            "a.offering:2:16 offering.definition.unused: Nothing uses the characteristic Versneld. Use it or remove it.",
        ]);
        expect(console.error).toHaveBeenCalledWith('An error occurred during validation:', expect.objectContaining({ message: 'boom' }));
    });
});
