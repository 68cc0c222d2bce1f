import './node20-polyfill.js';
import type { LangiumSharedCoreServices, Module, PartialLangiumCoreServices } from 'langium';
import { EmptyFileSystem, inject } from 'langium';
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { OfferingGeneratedModule, OfferingGeneratedSharedModule } from './generated/module.js';
import { OfferingCodeLensProvider } from './lsp/code-lens.js';
import { capPublishedDiagnostics } from './lsp/diagnostic-cap.js';
import { OfferingDefinitionProvider } from './lsp/definition-provider.js';
import { OfferingDocumentSymbolProvider } from './lsp/document-symbols.js';
import { OfferingDocumentUpdateHandler } from './lsp/document-update-handler.js';
import { OfferingFoldingRangeProvider } from './lsp/folding.js';
import { OfferingCodeActionProvider } from './lsp/code-actions.js';
import { OfferingDocumentHighlightProvider } from './lsp/document-highlight.js';
import { OfferingNodeKindProvider } from './lsp/node-kinds.js';
import { OfferingFormatter } from './lsp/formatter.js';
import { OfferingCompletionProvider } from './lsp/completion-provider.js';
import { OfferingHoverProvider } from './lsp/hover-provider.js';
import { OfferingRenameProvider } from './lsp/rename-provider.js';
import { OfferingReferencesProvider } from './lsp/references-provider.js';
import { OfferingInlayHintProvider } from './lsp/inlay-hints.js';
import { OfferingSemanticTokenProvider } from './lsp/semantic-tokens.js';
import { PolicyIndex } from './model/policies.js';
import { ProgrammeIndex } from './model/programme-index.js';
import { SemanticModel } from './model/semantic-model.js';
import { OfferingDocumentBuilder } from './workspace/document-builder.js';
import { OfferingDocumentFactory } from './workspace/document-factory.js';
import { EditorLimits, SYNTAX_ONLY_CHARACTERS } from './workspace/editor-limits.js';
import { OfferingLinker } from './references/linker.js';
import { OfferingWorkspaceManager } from './workspace/workspace-manager.js';
import { OfferingIndexManager } from './workspace/index-manager.js';
import { OfferingReferenceDescriptionProvider } from './references/reference-descriptions.js';
import { OfferingAstNodeDescriptionProvider } from './references/node-descriptions.js';
import { OfferingDocumentValidator } from './validation/document-validator.js';
import { OfferingValidationRegistry } from './validation/validation-registry.js';
import { OfferingMessages } from './i18n/messages.js';
import { RulesDocumentation } from './vocabulary/rules/documentation.js';
import { createOfferingParser } from './parser/parser.js';
import { OfferingParserErrorMessageProvider } from './parser/error-messages.js';
import { OfferingTokenBuilder } from './parser/token-builder.js';
import { OfferingScopeComputation } from './references/scope-computation.js';
import { OfferingScopeProvider } from './references/scope-provider.js';
import { OfferingServiceRegistry } from './workspace/service-registry.js';
import { OfferingValueConverter } from './parser/value-converter.js';
import { OfferingValidator, registerValidationChecks } from './validation/validator.js';

/** The services the Offering language adds to Langium's. */
export type OfferingAddedServices = {
    i18n: {
        Messages: OfferingMessages;
        /** Where diagnostics link to (`codeDescription`); the Node and browser entries set its base. */
        RulesDocumentation: RulesDocumentation;
    };
    validation: {
        OfferingValidator: OfferingValidator;
    };
    domain: {
        Policies: PolicyIndex;
        Programmes: ProgrammeIndex;
    };
    model: {
        /** The linked workspace as typed facts: read sizes, years, calendars and policies here. */
        SemanticModel: SemanticModel;
    };
    editor: {
        /** Which documents the editor checks for syntax only (too large for every check per edit). */
        Limits: EditorLimits;
    };
};

export type OfferingServices = LangiumServices & OfferingAddedServices;

export const OfferingModule: Module<OfferingServices, PartialLangiumServices & PartialLangiumCoreServices & OfferingAddedServices> = {
    i18n: {
        Messages: () => new OfferingMessages(),
        RulesDocumentation: () => new RulesDocumentation(),
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
        ParserErrorMessageProvider: () => new OfferingParserErrorMessageProvider(),
        TokenBuilder: () => new OfferingTokenBuilder(),
        ValueConverter: () => new OfferingValueConverter(),
    },
    references: {
        Linker: services => new OfferingLinker(services),
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
        AstNodeDescriptionProvider: services => new OfferingAstNodeDescriptionProvider(services),
    },
    domain: {
        Policies: services => new PolicyIndex(services.shared),
        Programmes: services => new ProgrammeIndex(services.shared),
    },
    model: {
        SemanticModel: services => new SemanticModel(services.shared, services.domain.Policies, services.domain.Programmes),
    },
    editor: {
        Limits: () => new EditorLimits(),
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
        LangiumDocumentFactory: services => new OfferingDocumentFactory(services),
        WorkspaceManager: services => new OfferingWorkspaceManager(services),
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
    if (context.connection) {
        // The editor gets at most MAX_PUBLISHED_DIAGNOSTICS per file, the last saying how many more.
        capPublishedDiagnostics(context.connection, Offering.i18n.Messages);
        Offering.editor.Limits.syntaxOnlyAbove = SYNTAX_ONLY_CHARACTERS;
    }
    if (!context.connection) {
        // Without a language client nobody triggers the workspace configuration; do it here.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Offering };
}

export type { LangiumSharedCoreServices };
