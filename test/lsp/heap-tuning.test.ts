// The language server's heap setting: a flag this Node's V8 really has (V8 ignores unknown flags set at run time, silently).
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { HEAP_GROWING_PERCENT, tuneServerHeap } from '../../packages/language/src/node/heap-tuning.js';

describe('tuneServerHeap', () => {
    test('sets the heap growing percent', () => {
        const set: string[] = [];
        tuneServerHeap(flags => set.push(flags));
        expect(set).toEqual(['--heap-growing-percent=25']);
        expect(HEAP_GROWING_PERCENT).toBe(25);
    });

    test('names a flag that V8 knows: node refuses unknown ones on the command line', () => {
        const run = (flag: string) => spawnSync(process.execPath, [flag, '-e', '0'], { encoding: 'utf-8' }).status;
        expect(run('--heap-growing-percent=25')).toBe(0);
        expect(run('--heap-growing-percentage=25')).not.toBe(0);
    });
});
