import './node20-polyfill.js';
import type { LangiumSharedCoreServices, Module, PartialLangiumCoreServices } from 'langium';
import { EmptyFileSystem, inject } from 'langium';
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { OfferingGeneratedModule, OfferingGeneratedSharedModule } from './generated/module.js';
import { OfferingCodeLensProvider } from './lsp/offering-code-lens.js';
import { OfferingDefinitionProvider } from './lsp/offering-definition-provider.js';
import { OfferingDocumentSymbolProvider } from './lsp/offering-document-symbols.js';
import { OfferingDocumentUpdateHandler } from './lsp/offering-document-update-handler.js';
import { OfferingFoldingRangeProvider } from './lsp/offering-folding.js';
import { OfferingCodeActionProvider } from './lsp/offering-code-actions.js';
import { OfferingDocumentHighlightProvider } from './lsp/offering-document-highlight.js';
import { OfferingNodeKindProvider } from './lsp/offering-node-kinds.js';
import { OfferingFormatter } from './lsp/offering-formatter.js';
import { OfferingCompletionProvider } from './lsp/offering-completion-provider.js';
import { OfferingHoverProvider } from './lsp/offering-hover-provider.js';
import { OfferingRenameProvider } from './lsp/offering-rename-provider.js';
import { OfferingReferencesProvider } from './lsp/offering-references-provider.js';
import { OfferingInlayHintProvider } from './lsp/offering-inlay-hints.js';
import { OfferingSemanticTokenProvider } from './lsp/offering-semantic-tokens.js';
import { PolicyIndex } from './domain/policies.js';
import { ProgrammeIndex } from './domain/programme-index.js';
import { OfferingDocumentBuilder } from './offering-document-builder.js';
import { OfferingIndexManager } from './offering-index-manager.js';
import { OfferingReferenceDescriptionProvider } from './offering-reference-descriptions.js';
import { OfferingDocumentValidator } from './offering-document-validator.js';
import { OfferingValidationRegistry } from './offering-validation-registry.js';
import { OfferingMessages } from './offering-messages.js';
import { createOfferingParser } from './offering-parser.js';
import { OfferingTokenBuilder } from './offering-token-builder.js';
import { OfferingScopeComputation } from './offering-scope-computation.js';
import { OfferingScopeProvider } from './offering-scope-provider.js';
import { OfferingServiceRegistry } from './offering-service-registry.js';
import { OfferingValueConverter } from './offering-value-converter.js';
import { OfferingValidator, registerValidationChecks } from './offering-validator.js';

/** The services the Offering language adds to Langium's. */
export type OfferingAddedServices = {
    i18n: {
        Messages: OfferingMessages;
    };
    validation: {
        OfferingValidator: OfferingValidator;
    };
    domain: {
        Policies: PolicyIndex;
        Programmes: ProgrammeIndex;
    };
};

export type OfferingServices = LangiumServices & OfferingAddedServices;

export const OfferingModule: Module<OfferingServices, PartialLangiumServices & PartialLangiumCoreServices & OfferingAddedServices> = {
    i18n: {
        Messages: () => new OfferingMessages(),
    },
    lsp: {
        CodeActionProvider: services => new OfferingCodeActionProvider(services),
        CodeLensProvider: services => new OfferingCodeLensProvider(services),
        CompletionProvider: services => new OfferingCompletionProvider(services),
        DocumentHighlightProvider: services => new OfferingDocumentHighlightProvider(services),
        DocumentSymbolProvider: services => new OfferingDocumentSymbolProvider(services),
        FoldingRangeProvider: () => new OfferingFoldingRangeProvider(),
        DefinitionProvider: services => new OfferingDefinitionProvider(services),
        Formatter: services => new OfferingFormatter(services),
        HoverProvider: services => new OfferingHoverProvider(services),
        InlayHintProvider: services => new OfferingInlayHintProvider(services),
        ReferencesProvider: services => new OfferingReferencesProvider(services),
        RenameProvider: services => new OfferingRenameProvider(services),
        SemanticTokenProvider: services => new OfferingSemanticTokenProvider(services),
    },
    parser: {
        LangiumParser: services => createOfferingParser(services),
        TokenBuilder: () => new OfferingTokenBuilder(),
        ValueConverter: () => new OfferingValueConverter(),
    },
    references: {
        ScopeComputation: services => new OfferingScopeComputation(services),
        ScopeProvider: services => new OfferingScopeProvider(services),
    },
    validation: {
        DocumentValidator: services => new OfferingDocumentValidator(services),
        ValidationRegistry: services => new OfferingValidationRegistry(services),
        OfferingValidator: services => new OfferingValidator(services),
    },
    workspace: {
        ReferenceDescriptionProvider: services => new OfferingReferenceDescriptionProvider(services),
    },
    domain: {
        Policies: services => new PolicyIndex(services.shared),
        Programmes: services => new ProgrammeIndex(services.shared),
    },
};

/** Shared services: a document builder that re-builds what an edit can affect, an index kept file by file, and the editor's handlers. */
export const OfferingSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    ServiceRegistry: services => new OfferingServiceRegistry(services),
    lsp: {
        NodeKindProvider: () => new OfferingNodeKindProvider(),
        DocumentUpdateHandler: services => new OfferingDocumentUpdateHandler(services),
    },
    workspace: {
        DocumentBuilder: services => new OfferingDocumentBuilder(services),
        IndexManager: services => new OfferingIndexManager(services),
    },
};

/**
 * Creates the shared services and the Offering services. `context.fileSystemProvider`
 * decides where documents come from: `NodeFileSystem` for the CLI and the server,
 * `EmptyFileSystem` for tests and the browser.
 */
export function createOfferingServices(context: DefaultSharedModuleContext = EmptyFileSystem): {
    shared: LangiumSharedServices;
    Offering: OfferingServices;
} {
    const shared = inject(createDefaultSharedModule(context), OfferingGeneratedSharedModule, OfferingSharedModule);
    const Offering = inject(createDefaultModule({ shared }), OfferingGeneratedModule, OfferingModule);
    shared.ServiceRegistry.register(Offering);
    registerValidationChecks(Offering);
    // Validate the whole workspace on start-up, not only the files open in the editor: a
    // problems list that covers every file is what a curriculum team expects to see.
    shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    if (!context.connection) {
        // Without a language client nobody triggers the workspace configuration; do it here.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Offering };
}

export type { LangiumSharedCoreServices };
