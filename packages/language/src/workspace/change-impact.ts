import type { AstNodeDescription, IndexManager, LangiumDocument, Lexer } from 'langium';
import { AstUtils, CstUtils, isLeafCstNode } from 'langium';
import { isBoard, isDocument, isGrouping, isLocation, isModule, isPolicy, isProgramme, isProgrammeYears, isProvider } from '../generated/ast.js';

/**
 * What one document offers the rest of the workspace, taken before and after an edit, so that
 * the document builder can tell which other documents the edit can affect (see
 * `OfferingDocumentBuilder`). Everything here is cheap: one lexer pass and one walk over the
 * document's own references.
 */
export interface DocumentFootprint {
    /** The token images with titles and addresses blanked: equal means the same model except for text nobody else reads. */
    meaning: string | undefined;
    /** The names the document exports. */
    names: Set<string>;
    /** Type, name and path of every export: equal means every reference into it resolves to the same place. */
    exports: string;
    /** Every `uri#path` its references resolve to. */
    targets: Set<string>;
    /** The documents its references resolve to. */
    targetDocuments: Set<string>;
    /** The documents of the programmes its modules name with `for`: their year and keuzedeel volumes count these modules. */
    memberOf: Set<string>;
    /**
     * It declares a policy or a grouping (those govern programmes anywhere, through chains of
     * references), or a board or provider: which boards a folder has and which boards a provider
     * falls under decide what a board's policy and an `applies to all` reach (model/policies.ts).
     */
    governs: boolean;
    /**
     * What the register checks compare across files (validation/register-checks.ts): the codes of
     * its boards, providers, locations and programmes, and what keys each offering in RIO. When this
     * changes, any file may gain or lose a duplicate code or a same-crebo offering.
     */
    register: string;
    /**
     * For a document that declares policies: its meaning (as `meaning`) with the policies left out,
     * each token with its line and column.
     * Equal before and after, with the same exports and targets, means the edit changed only what
     * policies say, which only the policy rule group reads (workspace/rule-groups.ts).
     */
    outsidePolicies: string | undefined;
}

/**
 * The meaning of a text as far as other documents can see it: all tokens but comments and
 * whitespace, with every string (only titles and addresses are strings) reduced to a marker.
 * Undefined when the text does not even lex: then no comparison is trusted.
 */
export function meaningOf(text: string | undefined, lexer: Lexer): string | undefined {
    if (text === undefined) {
        return undefined;
    }
    const result = lexer.tokenize(text);
    if (result.errors.length > 0) {
        return undefined;
    }
    let meaning = '';
    for (const token of result.tokens) {
        meaning += token.tokenType.name === 'STRING' ? '\u0001"' : `\u0001${token.image}`;
    }
    return meaning;
}

/** `meaning`: of the document's text, from `meaningOf` (the builder remembers it between edits). */
export function footprintOf(document: LangiumDocument, meaning: string | undefined, index: IndexManager): DocumentFootprint {
    const uri = document.uri.toString();
    const exported = index.allElements(undefined, new Set([uri])).toArray();
    const names = new Set(exported.map(description => description.name));
    const targets = new Set<string>();
    const targetDocuments = new Set<string>();
    const memberOf = new Set<string>();
    for (const reference of document.references) {
        const description = 'ref' in reference ? reference.$nodeDescription : undefined;
        if (description) {
            const target = description.documentUri.toString();
            targetDocuments.add(target);
            targets.add(`${target}#${description.path}`);
            // `for P years ...` in a module: P's year volumes count this module.
            const source = reference.$refNode?.astNode;
            if (isProgrammeYears(source) && isModule(source.$container)) {
                memberOf.add(target);
            }
        }
    }
    const root = document.parseResult.value;
    const governs = isDocument(root) && root.definitions.some(definition => isPolicy(definition) || isGrouping(definition) || isBoard(definition) || isProvider(definition));
    const outsidePolicies = isDocument(root) && AstUtils.streamAst(root).some(isPolicy) ? meaningOutsidePolicies(document) : undefined;
    return { meaning, names, exports: exportSignature(exported), targets, targetDocuments, memberOf, governs, register: registerSignature(root), outsidePolicies };
}

/** The document's tokens outside its policies, strings reduced to a marker (as `meaningOf`); undefined when it has syntax errors. */
function meaningOutsidePolicies(document: LangiumDocument): string | undefined {
    const { $cstNode } = document.parseResult.value;
    if (!$cstNode || document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0) {
        return undefined;
    }
    let meaning = '';
    for (const node of CstUtils.streamCst($cstNode)) {
        if (!isLeafCstNode(node) || node.hidden || AstUtils.getContainerOfType(node.astNode, isPolicy)) {
            continue;
        }
        // With its place: messages elsewhere point at these definitions (a duplicate code's related place).
        const { line, character } = node.range.start;
        meaning += node.tokenType.name === 'STRING' ? `\u0001${line}:${character}"` : `\u0001${line}:${character}${node.text}`;
    }
    return meaning;
}

/**
 * Whether an edit changed only what the document's policies say: everything else, its exports
 * and where its references lead are the same.
 */
export function onlyPoliciesChanged(before: DocumentFootprint | undefined, after: DocumentFootprint | undefined): boolean {
    return before !== undefined && after !== undefined && before.outsidePolicies !== undefined && before.outsidePolicies === after.outsidePolicies
        && before.exports === after.exports && before.register === after.register && sameSet(before.names, after.names)
        && sameSet(before.targets, after.targets) && sameSet(before.memberOf, after.memberOf);
}

/** The codes and offering keys of a document's definitions, in written order (see DocumentFootprint.register). */
export function registerSignature(root: unknown): string {
    if (!isDocument(root)) {
        return '';
    }
    const refs = (list: Array<{ $refText: string }>): string => list.map(r => r.$refText).join(',');
    let signature = '';
    for (const definition of root.definitions) {
        if (isBoard(definition) || isProvider(definition) || isLocation(definition)) {
            signature += definition.code === undefined ? '' : `${definition.$type}:${String(definition.code)}\n`;
        } else if (isProgramme(definition)) {
            const codes = definition.codes.map(code => `${code.kind}:${String(code.value)}`).join(',');
            signature += `P:${codes}|${refs(definition.characteristics)}|${refs(definition.targetGroups)}\n`;
            for (const offering of definition.offerings) {
                signature += `O:${offering.provider?.$refText}|${offering.location?.$refText}|${offering.pathway ?? ''}|${refs(offering.characteristics)}|${refs(offering.targetGroups)}\n`;
            }
        }
    }
    return signature;
}

export function exportSignature(exported: Iterable<AstNodeDescription>): string {
    let signature = '';
    for (const description of exported) {
        signature += `${description.type}\u0000${description.name}\u0000${description.path}\n`;
    }
    return signature;
}

/** Same meaning for everyone else: only titles, addresses, comments or layout changed. */
export function sameMeaning(before: DocumentFootprint | undefined, after: string | undefined): boolean {
    return before?.meaning !== undefined && after !== undefined && before.meaning === after;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
    return a.size === b.size && [...a].every(value => b.has(value));
}

/**
 * The other documents whose diagnostics an edit of one document can change, besides those
 * that reference it (Langium re-links and so re-validates those itself). `undefined` means
 * every document: policies and groupings reach programmes through chains of references.
 */
export function affectedBy(uri: string, before: DocumentFootprint | undefined, after: DocumentFootprint | undefined,
    definitionsNamed: (name: string) => Iterable<string>): Set<string> | undefined {
    if (before?.governs || after?.governs) {
        return undefined;
    }
    // Duplicate codes and same-crebo offerings are found across all files, whoever references whom.
    if ((before?.register ?? '') !== (after?.register ?? '')) {
        return undefined;
    }
    const affected = new Set<string>();
    // Duplicate names: the other definitions of every name it had or has (their messages point here).
    for (const footprint of [before, after]) {
        footprint?.names.forEach(name => {
            for (const other of definitionsNamed(name)) affected.add(other);
        });
        // Year and keuzedeel volumes of the programmes its modules are for.
        footprint?.memberOf.forEach(document => affected.add(document));
    }
    // Unused definitions: only when what it refers to changed.
    if (!before || !after || !sameSet(before.targets, after.targets)) {
        before?.targetDocuments.forEach(document => affected.add(document));
        after?.targetDocuments.forEach(document => affected.add(document));
    }
    affected.delete(uri);
    return affected;
}
