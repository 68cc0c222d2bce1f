import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // Langium builds are CPU-bound; two workers match the CI machine's two cores.
        pool: 'forks',
        maxWorkers: 2,
        testTimeout: 30_000,
        setupFiles: ['packages/language/src/node20-polyfill.ts', 'test/support/temp-folder-guard.ts'],
        // Tests leave nothing in the temporary folder: each run and each file gets its own, checked at the end.
        globalSetup: ['test/support/temp-run-folder.ts'],
    },
});
