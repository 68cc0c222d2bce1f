// The Langium behaviour Offering's overrides rely on (their doc comments list it), one test per
// behaviour: a Langium upgrade that changes one of them fails here, not somewhere downstream.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AstNode, LangiumDocument, Reference, ReferenceInfo, Scope, ValidationAcceptor, ValidationCheck } from 'langium';
import {
    AstUtils, Cancellation, DefaultDocumentBuilder, DefaultIndexManager, DefaultLinker, DefaultReferenceDescriptionProvider, DefaultScopeProvider,
    DefaultServiceRegistry, DocumentState, EmptyFileSystem, MultiMapScope, OperationCancelled, StreamScope, URI, ValidationRegistry,
    WorkspaceCache, stream,
} from 'langium';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Calendar, Characteristic, Document, OfferingAstType, Programme } from '../../packages/language/src/generated/ast.js';
import { isTeaching } from '../../packages/language/src/generated/ast.js';
import { createOfferingServices } from '../../packages/language/src/offering-module.js';
import { buildWorkspace } from '../helpers.js';
import type { TestWorkspace } from '../helpers.js';

/** The Langium version the overrides' doc comments were checked against. */
const CHECKED_AGAINST = '4.4.0';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE = path.join(ROOT, 'packages/language/src');

const calendar = (b2Name = 'B2') => `calendar Schooljaar "Schooljaar" {
    period B1 from 2026-08-31 to 2026-11-06
    period ${b2Name} from 2026-11-09 to 2027-01-29
}
`;

const FILES = {
    'calendar.offering': calendar(),
    'programme.offering': `programme Zorg {
    calendar Schooljaar
    module Basis size 240 SBU { year 1 intake at B2 }
}
`,
    'other.offering': 'characteristic Versneld\n',
};

/** As Langium keys documents (`URI.toString()`: `memory:/calendar.offering`). */
const CALENDAR_URI = URI.parse('memory:///calendar.offering').toString();

afterEach(() => vi.restoreAllMocks());

/** Langium's builder members the tests reach (protected in its typings). */
interface BuilderInternals {
    shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean;
    resetToState(document: LangiumDocument, state: DocumentState): void;
    buildState: Map<string, unknown>;
}

/** Langium's `DefaultReferenceImpl` fields, as `LinkMover` writes them. */
type ReferenceInternals = Reference & { _ref?: unknown; _nodeDescription?: unknown };

function builderOf(workspace: TestWorkspace): DefaultDocumentBuilder & BuilderInternals {
    return workspace.services.shared.workspace.DocumentBuilder as unknown as DefaultDocumentBuilder & BuilderInternals;
}

function document(workspace: TestWorkspace, name: keyof typeof FILES): LangiumDocument {
    return workspace.documents.get(name)!;
}

function calendarNode(workspace: TestWorkspace): Calendar {
    return workspace.documents.get('calendar.offering')!.parseResult.value.definitions[0] as Calendar;
}

/** The reference `intake at B2` in the programme. */
function intakeReference(workspace: TestWorkspace): ReferenceInternals {
    const programme = workspace.documents.get('programme.offering')!.parseResult.value.definitions[0] as Programme;
    return programme.modules[0]!.intakes[0]!.periods[0]! as ReferenceInternals;
}

/** Puts new text for a file in the open text documents, as the editor does. */
function typeIn(workspace: TestWorkspace, name: keyof typeof FILES, text: string): URI {
    const uri = document(workspace, name).uri;
    workspace.services.shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'offering', 2, text));
    return uri;
}

function typeInCalendar(workspace: TestWorkspace, text: string): URI {
    return typeIn(workspace, 'calendar.offering', text);
}

/** Langium's own `update`, without Offering's pre-check and second pass around it. */
function langiumUpdate(workspace: TestWorkspace, changed: URI[]): Promise<void> {
    return DefaultDocumentBuilder.prototype.update.call(builderOf(workspace), changed, []);
}

describe('the installed Langium', () => {
    test(`is ${CHECKED_AGAINST}, the version the override comments name`, () => {
        const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/langium/package.json'), 'utf8')) as { version: string };
        expect(manifest.version).toBe(CHECKED_AGAINST);
    });

    test('every file with a Langium override names that version', () => {
        const files = ['workspace/document-builder.ts', 'workspace/link-mover.ts', 'workspace/index-manager.ts', 'workspace/service-registry.ts',
            'validation/document-validator.ts', 'validation/validation-registry.ts', 'references/scope-provider.ts',
            'references/scope-computation.ts', 'references/local-scopes.ts', 'references/reference-descriptions.ts'];
        const naming = files.filter(file => fs.readFileSync(path.join(SOURCE, file), 'utf8').includes(`checked against Langium ${CHECKED_AGAINST}`));
        expect(naming).toEqual(files);
    });
});

describe('Reference internals (LinkMover)', () => {
    test('a linked reference holds its target in _ref and its description in _nodeDescription', async () => {
        const workspace = await buildWorkspace(FILES);
        const reference = intakeReference(workspace);
        const target = calendarNode(workspace).periods[1]!;
        expect(Object.keys(reference)).toEqual(expect.arrayContaining(['_ref', '_nodeDescription']));
        expect(reference._ref).toBe(target);
        expect(reference._nodeDescription).toBe(reference.$nodeDescription);
        expect(reference.$nodeDescription).toMatchObject({
            type: 'Period',
            documentUri: document(workspace, 'calendar.offering').uri,
            path: workspace.services.workspace.AstNodeLocator.getAstNodePath(target),
        });
    });

    test('writing _ref and _nodeDescription re-points the reference without a new look-up', async () => {
        const workspace = await buildWorkspace(FILES);
        const reference = intakeReference(workspace);
        const other = calendarNode(workspace).periods[0]!;
        const description = workspace.services.workspace.AstNodeDescriptionProvider.createDescription(other, 'B1');
        const getScope = vi.spyOn(workspace.services.references.ScopeProvider, 'getScope');
        reference._ref = other;
        reference._nodeDescription = description;
        expect(reference.ref).toBe(other);
        expect(reference.$nodeDescription).toBe(description);
        expect(reference.error).toBeUndefined();
        expect(getScope).not.toHaveBeenCalled();
    });

    test('a linking error is held in _ref; Linker.unlink clears both fields and the document\'s references', async () => {
        const workspace = await buildWorkspace({ ...FILES, 'calendar.offering': calendar('B3') });
        const reference = intakeReference(workspace);
        expect(reference.error).toBe(reference._ref);
        expect(reference.error?.message).toBe("Could not resolve reference to Period named 'B2'.");
        const programme = document(workspace, 'programme.offering');
        workspace.services.references.Linker.unlink(programme);
        expect(reference._ref).toBeUndefined();
        expect('_nodeDescription' in reference).toBe(false);
        expect(programme.references).toEqual([]);
    });
});

describe('DefaultDocumentBuilder (OfferingDocumentBuilder)', () => {
    test('update asks shouldRelink once for every other document, with the changed URIs, before building anything', async () => {
        const workspace = await buildWorkspace(FILES);
        const builder = builderOf(workspace);
        const shouldRelink = vi.spyOn(builder, 'shouldRelink');
        const parsed = vi.fn();
        builder.onBuildPhase(DocumentState.Parsed, parsed);

        await langiumUpdate(workspace, [typeInCalendar(workspace, calendar())]);

        expect(shouldRelink.mock.calls.map(([doc, changed]) => [doc.uri.path, [...changed]])).toEqual([
            ['/programme.offering', [CALENDAR_URI]],
            ['/other.offering', [CALENDAR_URI]],
        ]);
        expect(Math.max(...shouldRelink.mock.invocationCallOrder)).toBeLessThan(parsed.mock.invocationCallOrder[0]!);
    });

    test('a validated document shouldRelink answers false for is not built again', async () => {
        const workspace = await buildWorkspace(FILES);
        const builder = builderOf(workspace);
        vi.spyOn(builder, 'shouldRelink').mockReturnValue(false);
        const built: string[] = [];
        builder.onDocumentPhase(DocumentState.Linked, doc => { built.push(doc.uri.path); });

        await langiumUpdate(workspace, [typeInCalendar(workspace, calendar('B3'))]);

        expect(built).toEqual(['/calendar.offering']);
        expect(document(workspace, 'programme.offering').state).toBe(DocumentState.Validated);
    });

    test('the phases run in order, each for every document before the next, each followed by its build-phase listeners', async () => {
        const workspace = await buildWorkspace(FILES);
        const builder = builderOf(workspace);
        const events: string[] = [];
        for (const state of [DocumentState.Parsed, DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked,
            DocumentState.IndexedReferences, DocumentState.Validated]) {
            builder.onDocumentPhase(state, doc => { events.push(`${DocumentState[state]} ${doc.uri.path}`); });
            builder.onBuildPhase(state, () => { events.push(`phase ${DocumentState[state]}`); });
        }

        // A renamed period: the programme, which refers to it, is re-linked (from ComputedScopes on).
        await langiumUpdate(workspace, [typeInCalendar(workspace, calendar('B3'))]);

        expect(events).toEqual([
            'Parsed /calendar.offering', 'phase Parsed',
            'IndexedContent /calendar.offering', 'phase IndexedContent',
            'ComputedScopes /calendar.offering', 'phase ComputedScopes',
            'Linked /calendar.offering', 'Linked /programme.offering', 'phase Linked',
            'IndexedReferences /calendar.offering', 'IndexedReferences /programme.offering', 'phase IndexedReferences',
            'Validated /calendar.offering', 'Validated /programme.offering', 'phase Validated',
        ]);
    });

    test('at the IndexedContent phase the changed document is re-parsed and re-indexed, and nothing is linked yet', async () => {
        const workspace = await buildWorkspace(FILES);
        const builder = builderOf(workspace);
        const calendarDocument = document(workspace, 'calendar.offering');
        const programme = document(workspace, 'programme.offering');
        const oldRoot = calendarDocument.parseResult.value;
        const seen: unknown[] = [];
        builder.onBuildPhase(DocumentState.IndexedContent, () => {
            const indexed = workspace.services.shared.workspace.IndexManager.allElements('Calendar', new Set([CALENDAR_URI])).toArray();
            seen.push({
                reparsed: calendarDocument.parseResult.value !== oldRoot,
                indexedNodeIsNew: indexed.length === 1 && indexed[0]!.node === calendarNode(workspace),
                calendar: DocumentState[calendarDocument.state],
                programme: DocumentState[programme.state],
                programmeLinks: programme.references.length,
            });
        });

        await langiumUpdate(workspace, [typeInCalendar(workspace, calendar('B3'))]);

        expect(seen).toEqual([{ reparsed: true, indexedNodeIsNew: true, calendar: 'IndexedContent', programme: 'ComputedScopes', programmeLinks: 0 }]);
    });

    test('resetToState undoes the phases from the given state on and never raises a state', async () => {
        const workspace = await buildWorkspace(FILES);
        const builder = builderOf(workspace);
        const index = workspace.services.shared.workspace.IndexManager;
        const programme = document(workspace, 'programme.offering');
        const key = programme.uri.toString();
        const localSymbols = programme.localSymbols;
        const links = programme.references.length;
        expect(links).toBe(2);
        expect(builder.buildState.has(key)).toBe(true);

        builder.resetToState(programme, DocumentState.IndexedReferences);
        expect([DocumentState[programme.state], programme.diagnostics, builder.buildState.has(key), programme.references.length])
            .toEqual(['IndexedReferences', undefined, false, links]);
        expect(index.isAffected(programme, new Set([CALENDAR_URI]))).toBe(true);

        builder.resetToState(programme, DocumentState.ComputedScopes);
        expect([DocumentState[programme.state], programme.references.length, programme.localSymbols === localSymbols])
            .toEqual(['ComputedScopes', 0, true]);
        expect(index.isAffected(programme, new Set([CALENDAR_URI]))).toBe(false);

        builder.resetToState(programme, DocumentState.IndexedContent);
        expect([DocumentState[programme.state], programme.localSymbols]).toEqual(['IndexedContent', undefined]);
        expect(index.allElements(undefined, new Set([key])).toArray().map(description => description.name)).toEqual(['Zorg', 'Zorg.Basis']);

        builder.resetToState(programme, DocumentState.Validated);
        expect(programme.state).toBe(DocumentState.IndexedContent);
    });

    test('validate records the categories it ran in the build state; a reset document misses the update\'s categories again', async () => {
        const workspace = await buildWorkspace(FILES);
        const builder = workspace.services.shared.workspace.DocumentBuilder as unknown as {
            buildState: Map<string, { result?: { validationChecks?: string[] } }>;
            resetToState(document: LangiumDocument, state: DocumentState): void;
            findMissingValidationCategories(document: LangiumDocument, options: unknown): string[];
            updateBuildOptions: { validation?: { categories?: string[] } };
        };
        const programme = document(workspace, 'programme.offering');
        expect(builder.buildState.get(programme.uri.toString())?.result?.validationChecks).toEqual(['fast', 'slow', 'built-in']);
        builder.resetToState(programme, DocumentState.IndexedReferences);
        expect(builder.updateBuildOptions.validation?.categories).toEqual(['built-in', 'fast']);
        expect(builder.findMissingValidationCategories(programme, builder.updateBuildOptions)).toEqual(['built-in', 'fast']);
    });

    test('LangiumDocumentFactory.update keeps the parse when the text is unchanged (the pre-check\'s parse is the build\'s)', async () => {
        const workspace = await buildWorkspace(FILES);
        const factory = workspace.services.shared.workspace.LangiumDocumentFactory;
        const calendarDocument = document(workspace, 'calendar.offering');
        const root = calendarDocument.parseResult.value;
        typeInCalendar(workspace, calendar());
        await factory.update(calendarDocument, Cancellation.CancellationToken.None);
        expect(calendarDocument.parseResult.value).toBe(root);
        expect(calendarDocument.state).toBe(DocumentState.Parsed);
        typeInCalendar(workspace, calendar('B3'));
        await factory.update(calendarDocument, Cancellation.CancellationToken.None);
        expect(calendarDocument.parseResult.value).not.toBe(root);
    });
});

describe('DefaultIndexManager (OfferingIndexManager)', () => {
    test('isAffected answers as Langium\'s for every pair of documents', async () => {
        const workspace = await buildWorkspace(FILES);
        const index = workspace.services.shared.workspace.IndexManager;
        const answers = (isAffected: (document: LangiumDocument, changed: Set<string>) => boolean) =>
            [...workspace.documents.values()].flatMap(source => [...workspace.documents.values()]
                .map(target => `${source.uri.path} -> ${target.uri.path}: ${isAffected(source, new Set([target.uri.toString()]))}`));
        expect(answers((doc, changed) => index.isAffected(doc, changed)))
            .toEqual(answers((doc, changed) => DefaultIndexManager.prototype.isAffected.call(index, doc, changed)));
        expect(answers((doc, changed) => index.isAffected(doc, changed)).filter(answer => answer.endsWith('true')))
            .toEqual(['/programme.offering -> /calendar.offering: true']);
    });

    test('remove calls removeContent and removeReferences', () => {
        const index = createOfferingServices(EmptyFileSystem).shared.workspace.IndexManager as DefaultIndexManager;
        const removeContent = vi.spyOn(index, 'removeContent');
        const removeReferences = vi.spyOn(index, 'removeReferences');
        const uri = URI.parse(CALENDAR_URI);
        index.remove(uri);
        expect(removeContent).toHaveBeenCalledWith(uri);
        expect(removeReferences).toHaveBeenCalledWith(uri);
    });
});

describe('DefaultScopeComputation (OfferingScopeComputation)', () => {
    test('the index holds exactly what collectExportedSymbols returns', async () => {
        const workspace = await buildWorkspace(FILES);
        for (const doc of workspace.documents.values()) {
            const exported = await workspace.services.references.ScopeComputation.collectExportedSymbols(doc);
            const indexed = workspace.services.shared.workspace.IndexManager.allElements(undefined, new Set([doc.uri.toString()])).toArray();
            expect(indexed.map(d => [d.type, d.name, d.path])).toEqual(exported.map(d => [d.type, d.name, d.path]));
        }
    });

    test('local symbols file every named node under its container, each build a new map', async () => {
        const workspace = await buildWorkspace(FILES);
        const programme = document(workspace, 'programme.offering');
        const programmeNode = programme.parseResult.value;
        const zorg = (programmeNode as Document).definitions[0]!;
        const localSymbols = programme.localSymbols!;
        expect(localSymbols.getStream(zorg).map(d => `${d.type} ${d.name}`).toArray()).toEqual(['Module Basis']);
        expect(localSymbols.getStream(programmeNode).map(d => `${d.type} ${d.name}`).toArray()).toEqual(['Programme Zorg']);

        await langiumUpdate(workspace, [typeIn(workspace, 'programme.offering', FILES['programme.offering'])]);
        expect(programme.localSymbols).toBeDefined();
        expect(programme.localSymbols).not.toBe(localSymbols);
    });
});

describe('DefaultScopeProvider (OfferingScopeProvider, LocalScopes)', () => {
    test('the linker resolves a reference as getScope(info).getElement($refText)', async () => {
        const workspace = await buildWorkspace(FILES);
        const provider = workspace.services.references.ScopeProvider;
        const original = provider.getScope.bind(provider);
        const asked: string[] = [];
        vi.spyOn(provider, 'getScope').mockImplementation((info: ReferenceInfo): Scope => {
            const scope = original(info);
            return {
                getElement: name => { asked.push(`${info.property} ${name}`); return scope.getElement(name); },
                getElements: name => scope.getElements(name),
                getAllElements: () => scope.getAllElements(),
            };
        });
        const programme = document(workspace, 'programme.offering');
        workspace.services.references.Linker.unlink(programme);
        await workspace.services.references.Linker.link(programme);
        expect(asked).toEqual(['calendar Schooljaar', 'periods B2']);
        expect(intakeReference(workspace).ref).toBe(calendarNode(workspace).periods[1]);
    });

    test('outside periods and taught modules, every reference resolves as with Langium\'s getScope', async () => {
        const dir = path.join(ROOT, 'examples/mbo-college');
        const files = Object.fromEntries(fs.readdirSync(dir).filter(file => file.endsWith('.offering')).map(file => [file, fs.readFileSync(path.join(dir, file), 'utf8')]));
        const workspace = await buildWorkspace(files);
        const provider = workspace.services.references.ScopeProvider;
        const reflection = workspace.services.shared.AstReflection;
        let compared = 0;
        for (const doc of workspace.documents.values()) {
            for (const node of AstUtils.streamAst(doc.parseResult.value)) {
                for (const info of AstUtils.streamReferences(node)) {
                    const type = reflection.getReferenceType(info);
                    if (type === 'Period' || isTeaching(info.container)) {
                        continue;
                    }
                    const name = info.reference.$refText;
                    const ours = provider.getScope(info).getElement(name);
                    const langium = DefaultScopeProvider.prototype.getScope.call(provider, info).getElement(name);
                    expect(ours?.node ?? ours?.path, `${doc.uri.path} ${name}`).toBe(langium?.node ?? langium?.path);
                    compared++;
                }
            }
        }
        expect(compared).toBeGreaterThan(50);
    });

    test('a WorkspaceCache is emptied on every DocumentBuilder.update', async () => {
        const workspace = await buildWorkspace(FILES);
        const cache = new WorkspaceCache<string, number>(workspace.services.shared);
        cache.set('key', 1);
        await workspace.services.shared.workspace.DocumentBuilder.update([], []);
        expect(cache.has('key')).toBe(false);
    });

    test('StreamScope and MultiMapScope give the first element of a name, then the outer scope', () => {
        const described = (name: string, path: string) => ({ name, path, type: 'Period', documentUri: URI.parse(CALENDAR_URI) });
        const outer = new StreamScope(stream([described('A', 'outer'), described('B', 'outer')]));
        const elements = [described('A', 'first'), described('A', 'second')];
        for (const scope of [new StreamScope(stream(elements), outer), new MultiMapScope(elements, outer)]) {
            expect(scope.getElement('A')?.path).toBe('first');
            expect(scope.getElement('B')?.path).toBe('outer');
            expect(scope.getElements('A').map(d => d.path).toArray()).toEqual(['first', 'second', 'outer']);
            expect(scope.getAllElements().map(d => `${d.name} ${d.path}`).toArray()).toEqual(['A first', 'A second', 'A outer', 'B outer']);
        }
    });
});

describe('DefaultLinker (OfferingLinker)', () => {
    test('link resolves every reference, in the order of Langium\'s link, to the same targets', async () => {
        const dir = path.join(ROOT, 'examples/mbo-college');
        const files = Object.fromEntries(fs.readdirSync(dir).filter(file => file.endsWith('.offering')).map(file => [file, fs.readFileSync(path.join(dir, file), 'utf8')]));
        const workspace = await buildWorkspace(files);
        const linker = workspace.services.references.Linker as unknown as DefaultLinker & { doLink: (info: ReferenceInfo, document: LangiumDocument) => void };
        const locator = workspace.services.workspace.AstNodeLocator;
        const linked = async (document: LangiumDocument, link: () => Promise<void>) => {
            const seen: string[] = [];
            const doLink = vi.spyOn(linker, 'doLink');
            doLink.mockImplementation(function (this: unknown, info: ReferenceInfo, doc: LangiumDocument) {
                seen.push(`${locator.getAstNodePath(info.container)} ${info.property}${info.index === undefined ? '' : `[${info.index}]`}`);
                return (DefaultLinker.prototype['doLink' as keyof DefaultLinker] as (info: ReferenceInfo, doc: LangiumDocument) => void).call(linker, info, doc);
            });
            linker.unlink(document);
            await link();
            doLink.mockRestore();
            const targets = document.references.map(reference => {
                const ref = (reference as Reference).ref;
                return ref ? locator.getAstNodePath(ref) : 'unresolved';
            });
            return { seen, targets };
        };
        let references = 0;
        for (const document of workspace.documents.values()) {
            const langiums = await linked(document, () => DefaultLinker.prototype.link.call(linker, document));
            const ours = await linked(document, () => linker.link(document));
            expect(ours).toEqual(langiums);
            references += ours.seen.length;
        }
        expect(references).toBeGreaterThan(100);
    });
});

describe('DefaultReferenceDescriptionProvider (OfferingReferenceDescriptionProvider)', () => {
    test('createDescriptions gives what Langium\'s gives', async () => {
        const workspace = await buildWorkspace({ ...FILES, 'calendar.offering': calendar('B3') });
        const provider = workspace.services.workspace.ReferenceDescriptionProvider;
        for (const doc of workspace.documents.values()) {
            expect(await provider.createDescriptions(doc))
                .toEqual(await DefaultReferenceDescriptionProvider.prototype.createDescriptions.call(provider, doc));
        }
        // The unresolved `B2` is left out; the calendar reference is in.
        expect((await provider.createDescriptions(document(workspace, 'programme.offering'))).map(d => d.targetPath)).toEqual(['/definitions@0']);
    });
});

describe('DefaultDocumentValidator (OfferingDocumentValidator)', () => {
    test('validateDocument calls processLinkingErrors and validateAstNodes', async () => {
        const workspace = await buildWorkspace(FILES);
        const validator = workspace.services.validation.DocumentValidator as unknown as Record<'processLinkingErrors' | 'validateAstNodes', (...args: unknown[]) => unknown>;
        const processLinkingErrors = vi.spyOn(validator, 'processLinkingErrors');
        const validateAstNodes = vi.spyOn(validator, 'validateAstNodes');
        const programme = document(workspace, 'programme.offering');
        await workspace.services.validation.DocumentValidator.validateDocument(programme, { categories: ['built-in', 'fast'] });
        expect(processLinkingErrors).toHaveBeenCalledTimes(1);
        expect(validateAstNodes).toHaveBeenCalledTimes(1);
        expect(validateAstNodes.mock.calls[0]![0]).toBe(programme.parseResult.value);
    });

    test('every diagnostic a check reports is made by toDiagnostic, within the check\'s call', async () => {
        const workspace = await buildWorkspace({ ...FILES, 'other.offering': 'characteristic Versneld\ncharacteristic Versneld\n' });
        const validator = workspace.services.validation.DocumentValidator as unknown as { toDiagnostic(...args: unknown[]): unknown };
        const made = vi.spyOn(validator, 'toDiagnostic');
        const other = workspace.documents.get('other.offering')!;
        const diagnostics = await workspace.services.validation.DocumentValidator.validateDocument(other);
        expect(diagnostics.map(d => d.code)).toEqual(['offering.name.duplicate', 'offering.name.duplicate', 'offering.definition.unused', 'offering.definition.unused']);
        expect(made.mock.results.map(result => result.value)).toEqual(diagnostics);
    });

    test('nodes are visited in AstUtils.streamAst order, as Langium\'s loop visits them', async () => {
        const workspace = await buildWorkspace(FILES);
        const validator = workspace.services.validation.DocumentValidator as unknown as { validateSingleNodeOptions(node: AstNode): unknown };
        const visited = vi.spyOn(validator, 'validateSingleNodeOptions');
        const programme = document(workspace, 'programme.offering');
        await workspace.services.validation.DocumentValidator.validateDocument(programme);
        expect(visited.mock.calls.map(([node]) => node)).toEqual(AstUtils.streamAst(programme.parseResult.value).toArray());
    });
});

describe('ValidationRegistry (OfferingValidationRegistry)', () => {
    test('register wraps every check with wrapValidationException; getChecks returns the wrapped check', () => {
        const registry = createOfferingServices(EmptyFileSystem).Offering.validation.ValidationRegistry;
        const wrap = vi.spyOn(registry as unknown as { wrapValidationException(check: unknown, thisObj: unknown): unknown }, 'wrapValidationException');
        const check: ValidationCheck<Characteristic> = () => undefined;
        registry.register<OfferingAstType>({ Characteristic: check });
        expect(wrap).toHaveBeenCalledWith(check, registry);
        expect(registry.getChecks('Characteristic').toArray()).toContain(wrap.mock.results[0]!.value);
    });

    test('Langium\'s wrapper reports a failing check on its node and rethrows cancellation', async () => {
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const services = createOfferingServices(EmptyFileSystem).Offering;
        const langium = new ValidationRegistry(services);
        const node = { $type: 'Characteristic' } as AstNode;
        const accept = vi.fn() as unknown as ValidationAcceptor;
        langium.register<OfferingAstType>({ Characteristic: (() => { throw new Error('boom'); }) as ValidationCheck<Characteristic> });
        await langium.getChecks('Characteristic').head()!(node, accept, Cancellation.CancellationToken.None);
        expect(accept).toHaveBeenCalledWith('error', 'An error occurred during validation: boom', { node });

        const cancelled = new ValidationRegistry(services);
        cancelled.register<OfferingAstType>({ Characteristic: (() => { throw OperationCancelled; }) as ValidationCheck<Characteristic> });
        await expect(cancelled.getChecks('Characteristic').head()!(node, accept, Cancellation.CancellationToken.None)).rejects.toBe(OperationCancelled);
    });
});

describe('DefaultServiceRegistry (OfferingServiceRegistry)', () => {
    test('getServices throws for a URI of no known language; hasServices asks getServices', async () => {
        const workspace = await buildWorkspace(FILES);
        const registry = workspace.services.shared.ServiceRegistry;
        const untitled = URI.parse('untitled:Untitled-1');
        expect(() => DefaultServiceRegistry.prototype.getServices.call(registry, untitled))
            .toThrow("The service registry contains no services for the extension ''.");
        expect(registry.hasServices(untitled)).toBe(false);
        const getServices = vi.spyOn(registry, 'getServices');
        workspace.services.shared.workspace.LangiumDocuments.addDocument(
            workspace.services.shared.workspace.LangiumDocumentFactory.fromModel({ $type: 'Document', definitions: [] } as AstNode, untitled));
        expect(registry.hasServices(untitled)).toBe(true);
        expect(getServices).toHaveBeenCalledWith(untitled);
        expect(registry.all).toEqual([workspace.services]);
    });
});
