import type { LangiumSharedCoreServices } from 'langium';
import { AstUtils, UriUtils, WorkspaceCache } from 'langium';
import type { Board, Grouping, ModuleSizeRule, Policy, PolicyRule, Programme, ProgrammeOffering, Provider } from '../generated/ast.js';
import {
    isBoard, isGrouping, isIntakesAtPeriodStartsRule, isMinIntakesRule, isModuleSizeRule, isPolicy, isProgramme,
    isProvider, isYearVolumeRule
} from '../generated/ast.js';
import { CYCLE_MEMBERS_SHOWN, StronglyConnected } from './cycles.js';
import { compareCodeUnits } from './order.js';
import { sizeText } from './sizes.js';

/** The policies a policy names after `extends`, in written order, unresolved ones left out. */
function parentsOf(policy: Policy): Policy[] {
    return policy.extends.map(ref => ref.ref).filter(parent => parent !== undefined);
}

export type RuleKind = 'module-size' | 'min-intakes' | 'at-period-starts' | 'year-volume' | 'keuzedeel-volume';

/** The kinds of rule checked per offering: a board or provider reach imposes them on its own offerings only. */
export const INTAKE_KINDS: ReadonlySet<RuleKind> = new Set<RuleKind>(['min-intakes', 'at-period-starts']);

/** The resolved boards a provider falls under. */
function boardsOf(provider: Provider | undefined): Board[] {
    return (provider?.boards ?? []).map(ref => ref.ref).filter(board => board !== undefined);
}

/** Compares by UTF-16 code units: the same order whatever the locale. */
function byCodeUnits(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** A policy that `applies to all` and so governs programmes of boards other than those of its folder. */
export interface AcrossBoards {
    /** Those programmes, by name. */
    programmes: Programme[];
    /** The boards of the policy's folder (`homeBoards`), by name. */
    home: Board[];
}

export function ruleKind(rule: PolicyRule): RuleKind {
    if (isModuleSizeRule(rule)) return 'module-size';
    if (isMinIntakesRule(rule)) return 'min-intakes';
    if (isIntakesAtPeriodStartsRule(rule)) return 'at-period-starts';
    if (isYearVolumeRule(rule)) return 'year-volume';
    return 'keuzedeel-volume';
}

/** A rule as it applies to a programme: the rule, the policy that declares it and the governing policy it came through. */
export interface AppliedRule<R extends PolicyRule = PolicyRule> {
    rule: R;
    declaredIn: Policy;
    governing: Policy;
}

/** The value of a rule for deciding whether two policies disagree. */
export function ruleValue(rule: PolicyRule): string {
    if (isMinIntakesRule(rule)) return rule.start ? `${rule.count} from ${rule.start}` : String(rule.count);
    if (isIntakesAtPeriodStartsRule(rule)) return 'yes';
    const kinds = isModuleSizeRule(rule) && rule.kinds.length > 0 ? ` for ${[...new Set(rule.kinds)].sort().join(', ')}` : '';
    return rule.size ? `${sizeText(rule.size)}${kinds}` : '';
}

/** Whether a module size rule is meant for a module: every kind, or the kinds its `for` names. */
export function ruleCoversKind(rule: ModuleSizeRule, kind: string): boolean {
    return rule.kinds.length === 0 || (rule.kinds as string[]).includes(kind);
}

/** The groupings a grouping lies within, itself included; safe against cycles. */
export function groupingAndAncestors(grouping: Grouping | undefined): Set<Grouping> {
    const seen = new Set<Grouping>();
    for (let current = grouping; current && !seen.has(current); current = current.parent?.ref) {
        seen.add(current);
    }
    return seen;
}

/**
 * Which policies govern which programme, and the rules they impose. A policy governs a
 * programme when it applies to `all`, to the programme, or to a grouping the programme lies in
 * (directly or through nested groupings), or to a board or provider that offers it (the provider
 * of one of its offerings, or a board that provider falls under), and, if it names levels, the
 * programme has one of them. A board or provider reach imposes its intake rules only on the
 * offerings by that provider (or by providers under that board), the other rules on the programme.
 * A policy's rules are its own plus those it inherits through `extends` (its own win; the
 * first parent wins over later ones); cycles are cut, never followed.
 */
export class PolicyIndex {

    private readonly cache: WorkspaceCache<string, unknown>;

    constructor(private readonly shared: LangiumSharedCoreServices) {
        this.cache = new WorkspaceCache(shared);
    }

    allPolicies(): Policy[] {
        return this.cached('policies', () => this.shared.workspace.LangiumDocuments.all
            .flatMap(document => (document.parseResult.value as { definitions?: unknown[] }).definitions ?? [])
            .filter(isPolicy)
            .toArray());
    }

    governs(policy: Policy, programme: Programme): boolean {
        return this.governsWholly(policy, programme)
            || (this.levelsAllow(policy, programme) && programme.offerings.some(offering => this.reachesByOrganisation(policy, offering)));
    }

    /** Whether a policy governs an offering: it governs its programme wholly, or names its provider or one of that provider's boards. */
    governsOffering(policy: Policy, offering: ProgrammeOffering): boolean {
        const programme = offering.$container;
        return this.governsWholly(policy, programme) || (this.levelsAllow(policy, programme) && this.reachesByOrganisation(policy, offering));
    }

    /** Whether a policy governs every offering of a programme: through `all`, the programme or a grouping it lies in. */
    private governsWholly(policy: Policy, programme: Programme): boolean {
        const reach = policy.reach;
        if (!reach || !this.levelsAllow(policy, programme)) {
            return false;
        }
        if (reach.all) {
            return true;
        }
        const groupings = this.groupingsOf(programme);
        return reach.targets.some(target => {
            const node = target.ref;
            return (isProgramme(node) && node === programme) || (isGrouping(node) && groupings.has(node));
        });
    }

    private levelsAllow(policy: Policy, programme: Programme): boolean {
        const levels = policy.reach?.levels ?? [];
        return levels.length === 0 || levels.some(level => String(level).toLowerCase() === String(programme.level).toLowerCase());
    }

    /** Whether a policy's reach names the offering's provider or a board that provider falls under. */
    private reachesByOrganisation(policy: Policy, offering: ProgrammeOffering): boolean {
        const provider = offering.provider?.ref;
        if (!provider || !policy.reach || policy.reach.all) {
            return false;
        }
        return policy.reach.targets.some(target => {
            const node = target.ref;
            return (isProvider(node) && node === provider) || (isBoard(node) && provider.boards.some(board => board.ref === node));
        });
    }

    /** The groupings a programme lies in, directly or through nested groupings; once per programme. */
    private groupingsOf(programme: Programme): Set<Grouping> {
        const map = this.cached('programme-groupings', () => new Map<Programme, Set<Grouping>>());
        let groupings = map.get(programme);
        if (!groupings) {
            groupings = new Set<Grouping>();
            for (const grouping of programme.groupings) {
                groupingAndAncestors(grouping.ref).forEach(g => groupings!.add(g));
            }
            map.set(programme, groupings);
        }
        return groupings;
    }

    governing(programme: Programme): Policy[] {
        const map = this.cached('governing', () => new Map<Programme, Policy[]>());
        let result = map.get(programme);
        if (!result) {
            result = this.allPolicies().filter(policy => this.governs(policy, programme));
            map.set(programme, result);
        }
        return result;
    }

    /**
     * The boards a policy's `applies to all` is meant for: those declared in the files of its
     * folder, and those the providers declared there fall under; when the folder has none, those
     * of the nearest folder above that has some. Empty when no folder up to the root has any.
     */
    homeBoards(policy: Policy): Set<Board> {
        const byFolder = this.cached('boards-by-folder', () => {
            const map = new Map<string, Set<Board>>();
            for (const document of this.shared.workspace.LangiumDocuments.all) {
                const folder = UriUtils.dirname(document.uri).toString();
                for (const definition of (document.parseResult.value as { definitions?: unknown[] }).definitions ?? []) {
                    const boards = isBoard(definition) ? [definition] : isProvider(definition) ? boardsOf(definition) : [];
                    if (boards.length > 0) {
                        const set = map.get(folder) ?? new Set<Board>();
                        boards.forEach(board => set.add(board));
                        map.set(folder, set);
                    }
                }
            }
            return map;
        });
        let folder = UriUtils.dirname(AstUtils.getDocument(policy).uri);
        for (;;) {
            const boards = byFolder.get(folder.toString());
            if (boards) {
                return boards;
            }
            const parent = UriUtils.dirname(folder);
            if (parent.toString() === folder.toString()) {
                return new Set();
            }
            folder = parent;
        }
    }

    /**
     * When a policy `applies to all` and governs programmes that only providers of other boards
     * offer (every offering's provider falls under some board, none of them the policy's home
     * boards): those programmes and the home boards. Undefined when not, or when it cannot be told
     * (no home boards, a programme without offerings or with a provider without boards).
     */
    acrossBoards(policy: Policy): AcrossBoards | undefined {
        if (!policy.reach?.all) {
            return undefined;
        }
        const home = this.homeBoards(policy);
        if (home.size === 0) {
            return undefined;
        }
        const programmes = this.cached('programmes', () => this.shared.workspace.LangiumDocuments.all
            .flatMap(document => (document.parseResult.value as { definitions?: unknown[] }).definitions ?? [])
            .filter(isProgramme)
            .toArray());
        const foreign = programmes.filter(programme => programme.offerings.length > 0
            && programme.offerings.every(offering => {
                const boards = boardsOf(offering.provider?.ref);
                return boards.length > 0 && !boards.some(board => home.has(board));
            })
            && this.governs(policy, programme));
        if (foreign.length === 0) {
            return undefined;
        }
        const byName = <T extends { name: string }>(list: T[]): T[] => list.sort((a, b) => byCodeUnits(a.name ?? '', b.name ?? ''));
        return { programmes: byName(foreign), home: byName([...home]) };
    }

    /** The resolved boards of the providers that offer a programme, by name, once each. */
    offeringBoards(programme: Programme): Board[] {
        const boards = new Set(programme.offerings.flatMap(offering => boardsOf(offering.provider?.ref)));
        return [...boards].sort((a, b) => byCodeUnits(a.name ?? '', b.name ?? ''));
    }

    /**
     * The policies among `policies` that another of them extends, directly or not. Over the
     * components of `extends` (a cycle is one component), in one pass however long the chains:
     * asking `ancestors` per policy cost (policies x chain length) per programme. A policy is
     * extended by another when a different member shares its component, or when its
     * component lies above the component of another policy.
     */
    extendedByOthers(policies: Policy[]): Set<Policy> {
        const components = this.extendsComponents();
        const governingIn = new Map<readonly Policy[], number>();
        for (const policy of new Set(policies)) {
            const component = components.componentOf(policy);
            governingIn.set(component, (governingIn.get(component) ?? 0) + 1);
        }
        // Every component strictly above one that holds a given policy.
        const above = new Set<readonly Policy[]>();
        const queue: Array<readonly Policy[]> = [];
        const visitParentsOf = (component: readonly Policy[]): void => {
            for (const member of component) {
                for (const parent of parentsOf(member)) {
                    const parentComponent = components.componentOf(parent);
                    if (parentComponent !== component && !above.has(parentComponent)) {
                        above.add(parentComponent);
                        queue.push(parentComponent);
                    }
                }
            }
        };
        governingIn.forEach((_, component) => visitParentsOf(component));
        while (queue.length > 0) {
            visitParentsOf(queue.pop()!);
        }
        return new Set(policies.filter(policy => {
            const component = components.componentOf(policy);
            return above.has(component) || governingIn.get(component)! > 1;
        }));
    }

    /**
     * The walk round when the policy's `extends` leads back to itself: its first members from
     * the policy itself (at most CYCLE_MEMBERS_SHOWN, for the message) and how many there are.
     * The path is the one a depth-first search through the parents in written order finds.
     */
    extendsCycle(policy: Policy): { path: Policy[]; members: number } | undefined {
        const components = this.extendsComponents();
        if (!components.onCycle(policy)) {
            return undefined;
        }
        const component = components.componentOf(policy);
        if (this.isSimpleCycle(component)) {
            // One parent inside the cycle each: the walk round is that parent, over and over.
            const path: Policy[] = [policy];
            for (let current = policy; path.length < Math.min(component.length, CYCLE_MEMBERS_SHOWN);) {
                current = parentsOf(current).find(parent => components.componentOf(parent) === component)!;
                path.push(current);
            }
            return { path, members: component.length };
        }
        const path = this.searchBack(policy, parent => components.componentOf(parent) === component);
        return { path: path.slice(0, CYCLE_MEMBERS_SHOWN), members: path.length };
    }

    /**
     * Depth-first from the policy through its parents until one is the policy again; the path
     * without that last repeat. Only members of its component can lie on the way back, so the
     * search stays inside it.
     */
    private searchBack(policy: Policy, inComponent: (parent: Policy) => boolean): Policy[] {
        const path: Policy[] = [policy];
        const visited = new Set<Policy>();
        // An explicit stack, not recursion: `extends` chains may be thousands long.
        const stack: Array<{ parents: Policy[]; next: number }> = [{ parents: parentsOf(policy), next: 0 }];
        while (stack.length > 0) {
            const frame = stack[stack.length - 1];
            if (frame.next >= frame.parents.length) {
                stack.pop();
                if (stack.length > 0) path.pop();
                continue;
            }
            const parent = frame.parents[frame.next++];
            if (parent === policy) {
                return path;
            }
            if (visited.has(parent) || !inComponent(parent)) continue;
            visited.add(parent);
            path.push(parent);
            stack.push({ parents: parentsOf(parent), next: 0 });
        }
        return path; // not reached: the policy lies on a cycle
    }

    /** The strongly connected components of `extends`, once per workspace state. */
    private extendsComponents(): StronglyConnected<Policy> {
        return this.cached('extends-components', () => new StronglyConnected<Policy>(parentsOf));
    }

    /** Whether every member of a component has exactly one parent inside it (a plain ring). */
    private isSimpleCycle(component: readonly Policy[]): boolean {
        const simple = this.cached('simple-cycles', () => new Map<readonly Policy[], boolean>());
        let result = simple.get(component);
        if (result === undefined) {
            const inside = new Set(component);
            result = component.every(member => new Set(parentsOf(member).filter(parent => inside.has(parent))).size === 1);
            simple.set(component, result);
        }
        return result;
    }

    /** One policy's rules by kind, own rules first, then inherited ones. */
    effectiveRules(policy: Policy): Map<RuleKind, { rule: PolicyRule; declaredIn: Policy }> {
        const result = new Map<RuleKind, { rule: PolicyRule; declaredIn: Policy }>();
        const visited = new Set<Policy>();
        // Pre-order depth-first with an explicit stack (parents pushed in reverse so the first
        // parent is visited first), not recursion: `extends` chains may be thousands long.
        const stack: Policy[] = [policy];
        while (stack.length > 0) {
            const current = stack.pop()!;
            if (visited.has(current)) continue;
            visited.add(current);
            for (const rule of current.rules) {
                const kind = ruleKind(rule);
                if (!result.has(kind)) {
                    result.set(kind, { rule, declaredIn: current });
                }
            }
            for (let i = current.extends.length - 1; i >= 0; i--) {
                const parent = current.extends[i].ref;
                if (parent) stack.push(parent);
            }
        }
        return result;
    }

    /**
     * The rules that apply to a programme, per kind. A governing policy that another governing
     * policy extends is overridden by it; what remains may still disagree (offering.policy.conflict).
     */
    rulesFor(programme: Programme): Map<RuleKind, AppliedRule[]> {
        const map = this.cached('rules', () => new Map<Programme, Map<RuleKind, AppliedRule[]>>());
        let result = map.get(programme);
        if (!result) {
            // Intake rules of a board or provider reach belong to its offerings, not to the whole programme.
            result = this.applyRules(this.governing(programme), (policy, kind) => !INTAKE_KINDS.has(kind) || this.governsWholly(policy, programme));
            map.set(programme, result);
        }
        return result;
    }

    /** The intake rules (INTAKE_KINDS) that apply to one offering, per kind, as `rulesFor` gives them for a programme. */
    intakeRulesFor(offering: ProgrammeOffering): Map<RuleKind, AppliedRule[]> {
        const map = this.cached('offering-rules', () => new Map<ProgrammeOffering, Map<RuleKind, AppliedRule[]>>());
        let result = map.get(offering);
        if (!result) {
            const governing = this.allPolicies().filter(policy => this.governsOffering(policy, offering));
            result = this.applyRules(governing, (_, kind) => INTAKE_KINDS.has(kind));
            map.set(offering, result);
        }
        return result;
    }

    /** The effective rules of the governing policies that another of them does not extend, those `keep` accepts. */
    private applyRules(governing: Policy[], keep: (policy: Policy, kind: RuleKind) => boolean): Map<RuleKind, AppliedRule[]> {
        const result = new Map<RuleKind, AppliedRule[]>();
        const overridden = this.extendedByOthers(governing);
        for (const policy of governing.filter(p => !overridden.has(p)).sort((a, b) => compareCodeUnits(a.name ?? '', b.name ?? ''))) { // a policy cut short may have no name
            for (const [kind, { rule, declaredIn }] of this.effectiveRules(policy)) {
                if (!keep(policy, kind)) continue;
                const list = result.get(kind) ?? [];
                list.push({ rule, declaredIn, governing: policy });
                result.set(kind, list);
            }
        }
        return result;
    }

    /** The first applied rule of a kind (the one checks use; disagreements are reported separately). */
    rule<R extends PolicyRule>(programme: Programme, kind: RuleKind): AppliedRule<R> | undefined {
        return this.rulesFor(programme).get(kind)?.[0] as AppliedRule<R> | undefined;
    }

    private cached<T>(key: string, build: () => T): T {
        return this.cache.get(key, build) as T;
    }
}
