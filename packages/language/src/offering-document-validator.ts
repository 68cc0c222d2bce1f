import type { AstReflection, LangiumDocument, ValidationOptions } from 'langium';
import { DefaultDocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { OfferingServices } from './offering-module.js';
import type { OfferingMessages } from './offering-messages.js';

/**
 * Linking errors in the language's own terms: code `offering.reference.unresolved`, a message
 * in the user's language that names the missing kind and name, and the data a quick fix needs.
 */
export class OfferingDocumentValidator extends DefaultDocumentValidator {

    private readonly messages: OfferingMessages;
    private readonly reflection: AstReflection;

    constructor(services: OfferingServices) {
        super(services);
        this.messages = services.i18n.Messages;
        this.reflection = services.shared.AstReflection;
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        const code = 'offering.reference.unresolved';
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) {
                continue;
            }
            const targetType = this.reflection.getReferenceType(error.info);
            const refText = error.info.reference.$refText;
            const message = this.messages.format(code, { kind: this.messages.bareKind(targetType), name: refText });
            diagnostics.push(this.toDiagnostic('error', message, {
                node: error.info.container,
                range: reference.$refNode?.range,
                property: error.info.property,
                index: error.info.index,
                code,
                data: { code, refText, targetType, containerType: error.info.container.$type, property: error.info.property },
            } as never));
        }
    }
}
