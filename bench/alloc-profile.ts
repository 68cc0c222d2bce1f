// `node --import tsx bench/alloc-profile.ts [--size 10k] [--top 30] [--ours] [--out file.heapprofile]`:
// where `offering validate` allocates. `node --heap-prof` keeps only what is still alive at the
// end; this samples every allocation, also what the GC collected (the inspector's
// includeObjectsCollectedBy* flags), in process through runCli, and prints the functions that
// allocate most themselves, and the total. Counts bytes, not time, so a loaded machine does not
// change it much.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Session } from 'node:inspector/promises';
import { runCli } from '../packages/language/src/node/cli/main.js';
import { writeWorkspace } from './generate.js';

interface ProfileNode { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: ProfileNode[] }

function argument(name: string, fallback: string): string {
    const index = process.argv.indexOf(name);
    return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

async function main(): Promise<void> {
    const size = argument('--size', '10k');
    const top = Number(argument('--top', '30'));
    const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'offering-bench-alloc-'));
    try {
        const ws = writeWorkspace(size, workdir);
        const session = new Session();
        session.connect();
        await session.post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
        const code = await runCli(['validate', ws.offeringDir], { stdout: () => {}, stderr: () => {} });
        const { profile } = await session.post('HeapProfiler.stopSampling') as unknown as { profile: { head: ProfileNode } };
        session.disconnect();
        const out = process.argv.includes('--out') ? argument('--out', '') : '';
        if (out) {
            fs.writeFileSync(out, JSON.stringify(profile));
        }
        // With --ours, bytes go to the innermost function of Offering's own source on the stack
        // (what made Langium or the runtime allocate them), else to the allocating function.
        const ours = process.argv.includes('--ours');
        const bySite = new Map<string, number>();
        let total = 0;
        const walk = (node: ProfileNode, owner: string | undefined) => {
            const frame = node.callFrame;
            const site = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*node_modules\//, '').replace(/^.*\/packages\//, 'packages/')}:${frame.lineNumber + 1}`;
            const own = ours && frame.url.includes('/packages/language/src/') ? site : owner;
            const key = ours ? own ?? '(not below Offering code)' : site;
            bySite.set(key, (bySite.get(key) ?? 0) + node.selfSize);
            total += node.selfSize;
            node.children.forEach(child => walk(child, own));
        };
        walk(profile.head, undefined);
        console.log(`${size}: exit ${code}, sampled allocation ${(total / 1e6).toFixed(1)} MB`);
        for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, top)) {
            console.log(`${(bytes / 1e6).toFixed(1).padStart(7)} MB  ${site}`);
        }
    } finally {
        fs.rmSync(workdir, { recursive: true, force: true });
    }
}

await main();
