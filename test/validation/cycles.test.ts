import { describe, expect, test } from 'vitest';
import { cycleChain, FunctionalCycles, StronglyConnected } from '../../packages/language/src/model/cycles.js';
import { OfferingMessages } from '../../packages/language/src/i18n/messages.js';
import { buildWorkspace } from '../helpers.js';

describe('FunctionalCycles (one successor per node, like `within`)', () => {
    const graph = (edges: Record<string, string>) => new FunctionalCycles<string>(node => edges[node]);

    test('finds the cycle in successor order from each member, not the nodes leading into it', () => {
        const cycles = graph({ a: 'b', b: 'c', c: 'b', d: 'a', e: 'e' });
        expect(cycles.cycleOf('a')).toBeUndefined();
        expect(cycles.cycleOf('d')).toBeUndefined();
        expect(FunctionalCycles.walkFrom(cycles.cycleOf('c')!, 10)).toEqual(['c', 'b']);
        expect(FunctionalCycles.walkFrom(cycles.cycleOf('b')!, 10)).toEqual(['b', 'c']);
        expect(FunctionalCycles.walkFrom(cycles.cycleOf('e')!, 10)).toEqual(['e']);
        expect(cycles.cycleOf('x')).toBeUndefined();
    });

    test('a 100,000-long chain into a 100,000-long cycle: iterative, every node walked once', () => {
        const n = 100_000;
        let calls = 0;
        const cycles = new FunctionalCycles<number>(i => { calls++; return i < n ? i + 1 : n + ((i - n + 1) % n); });
        for (let i = 0; i < 2 * n; i++) cycles.cycleOf(i);
        expect(cycles.cycleOf(0)).toBeUndefined();
        expect(cycles.cycleOf(n + 5)!.cycle).toHaveLength(n);
        expect(FunctionalCycles.walkFrom(cycles.cycleOf(2 * n - 1)!, 3)).toEqual([2 * n - 1, n, n + 1]);
        expect(calls).toBe(2 * n);
    });
});

describe('StronglyConnected (any number of successors, like `extends`)', () => {
    const graph = (edges: Record<string, string[]>) => new StronglyConnected<string>(node => edges[node] ?? []);

    test('components, self-references and nodes on no cycle', () => {
        const scc = graph({ a: ['b'], b: ['c', 'd'], c: ['a'], d: ['e'], e: ['e'], f: ['a'] });
        expect([...scc.componentOf('b')].sort()).toEqual(['a', 'b', 'c']);
        expect(scc.onCycle('a')).toBe(true);
        expect(scc.onCycle('e')).toBe(true);
        expect(scc.componentOf('e')).toEqual(['e']);
        expect(scc.onCycle('d')).toBe(false);
        expect(scc.onCycle('f')).toBe(false);
    });

    test('a 100,000-long chain and ring: no stack overflow', () => {
        const n = 100_000;
        const chain = new StronglyConnected<number>(i => (i + 1 < n ? [i + 1] : []));
        expect(chain.onCycle(0)).toBe(false);
        const ring = new StronglyConnected<number>(i => [(i + 1) % n]);
        expect(ring.componentOf(n - 1)).toHaveLength(n);
    });
});

describe('cycle chains in messages', () => {
    test('written out up to 8 members, cut after that with the count in both languages', () => {
        const names = ['G0', 'G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7'];
        expect(cycleChain(['A'], 1)).toBe('A -> A');
        expect(cycleChain(names, 8)).toBe('G0 -> G1 -> G2 -> G3 -> G4 -> G5 -> G6 -> G7 -> G0');
        expect(cycleChain(names, 9)).toBe('G0 -> G1 -> G2 -> G3 -> G4 -> ... -> G0');
        const messages = new OfferingMessages();
        const params = { grouping: 'G0', chain: cycleChain(names, 5000), members: 5000 };
        expect(messages.format('offering.grouping.cycle', params)).toBe(
            "Grouping G0 lies within itself: G0 -> G1 -> G2 -> G3 -> G4 -> ... -> G0 (a cycle of 5000 groupings). Groupings form a tree; remove one 'within'.");
        messages.locale = 'nl';
        expect(messages.format('offering.grouping.cycle', params)).toBe(
            "Opleidingsgroep G0 valt binnen zichzelf: G0 -> G1 -> G2 -> G3 -> G4 -> ... -> G0 (een kring van 5000 opleidingsgroepen). Opleidingsgroepen vormen een boom; verwijder een 'within'.");
        const policies = names.map(name => name.replace('G', 'P'));
        expect(messages.format('offering.policy.cycle', { policy: 'P0', chain: cycleChain(policies, 9), members: 9 })).toBe(
            "Kader P0 breidt zichzelf uit via P0 -> P1 -> P2 -> P3 -> P4 -> ... -> P0 (een kring van 9 kaders). Verwijder een 'extends' om de kring te doorbreken.");
        expect(messages.format('offering.policy.cycle', { policy: 'P0', chain: cycleChain(policies, 2), members: 2 })).toBe(
            "Kader P0 breidt zichzelf uit via P0 -> P1 -> P0. Verwijder een 'extends' om de kring te doorbreken.");
    });

    test('long grouping and policy cycles through validation: cut chains, every member reported', async () => {
        const groupings = Array.from({ length: 9 }, (_, i) => `grouping G${i} within G${(i + 1) % 9}`);
        const policies = Array.from({ length: 9 }, (_, i) => `policy P${i} extends P${(i + 8) % 9} { }`);
        const workspace = await buildWorkspace({ 'a.offering': [...groupings, ...policies].join('\n') });
        const diagnostics = workspace.diagnostics().filter(d => d.includes('cycle'));
        expect(diagnostics).toHaveLength(18);
        expect(diagnostics).toContain(
            "a.offering:3:20 offering.grouping.cycle: Grouping G2 lies within itself: G2 -> G3 -> G4 -> G5 -> G6 -> ... -> G2 (a cycle of 9 groupings). Groupings form a tree; remove one 'within'.");
        expect(diagnostics).toContain(
            "a.offering:12:19 offering.policy.cycle: Policy P2 extends itself through P2 -> P1 -> P0 -> P8 -> P7 -> ... -> P2 (a cycle of 9 policies). Remove one 'extends' to break the cycle.");
    });

    test('a policy in a knot of cycles reports the path a depth-first search through its parents finds', async () => {
        const workspace = await buildWorkspace({
            'a.offering': 'policy A extends B, C { }\npolicy B extends C { }\npolicy C extends A, B { }\npolicy D extends A { }\n',
        });
        expect(workspace.diagnostics().filter(d => d.includes('cycle'))).toEqual([
            "a.offering:1:18 offering.policy.cycle: Policy A extends itself through A -> B -> C -> A. Remove one 'extends' to break the cycle.",
            "a.offering:2:18 offering.policy.cycle: Policy B extends itself through B -> C -> A -> B. Remove one 'extends' to break the cycle.",
            "a.offering:3:18 offering.policy.cycle: Policy C extends itself through C -> A -> B -> C. Remove one 'extends' to break the cycle.",
        ]);
    });
});

describe('policies extended by other governing policies (over the components of `extends`)', () => {
    test('a governing policy that another governing policy extends is overridden, also around a cycle', async () => {
        const workspace = await buildWorkspace({
            'a.offering': `programme Prog { level mbo-4 module M size 60 SBU }
policy Base { applies to all module size 100..200 SBU }
policy Mid extends Base { applies to all }
policy Top extends Mid { applies to all module size 10..100 SBU }
policy Loop1 extends Loop2 { applies to all module size 1..2 SBU }
policy Loop2 extends Loop1 { }
`,
        });
        // Base and Mid are overridden by Top (through Mid); Loop1 extends only itself, so it stays and disagrees with Top.
        expect(workspace.diagnostics().filter(d => d.includes('policy.conflict') || d.includes('outside-policy'))).toEqual([
            'a.offering:1:11 offering.policy.conflict: Policies Loop1 and Top both govern Prog but disagree on module size: 1..2 SBU versus 10..100 SBU. Align the policies or narrow their reach.',
            'a.offering:1:44 offering.module.size-outside-policy: Module M has size 60 SBU, outside the module bandwidth 1..2 SBU of policy Loop1. Bring the size within 1..2 SBU.',
        ]);
    });

    test('5,000 governing policies in one chain and 200 programmes: each programme follows the chain once', async () => {
        const policies = Array.from({ length: 5000 }, (_, i) => `policy P${i}${i === 0 ? '' : ` extends P${i - 1}`} { applies to all${i === 0 ? ' module size 1..1000 SBU' : ''} }`);
        const programmes = Array.from({ length: 200 }, (_, i) => `programme Prog${i} { level mbo-2 module M${i} size 100 SBU }`);
        const workspace = await buildWorkspace({ 'p.offering': policies.join('\n'), 'x.offering': programmes.join('\n') });
        expect(workspace.diagnostics().filter(d => !d.includes('definition.unused'))).toEqual([]);
        const index = workspace.services.domain.Policies;
        const programme = workspace.documents.get('x.offering')!.parseResult.value as unknown as { definitions: Array<{ name: string }> };
        const applied = index.rulesFor(programme.definitions[0] as never).get('module-size')!;
        expect(applied.map(a => `${a.governing.name} ${a.declaredIn.name}`)).toEqual(['P4999 P0']);
    }, 120_000);
});
