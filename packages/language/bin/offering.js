#!/usr/bin/env node
import { runCli } from '../out/node/cli/main.js';

runCli(process.argv.slice(2)).then(code => {
    process.exitCode = code;
}, error => {
    // A bug of ours, not a user mistake: say so briefly and keep the details for a bug report.
    process.stderr.write(`offering: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.OFFERING_DEBUG) {
        process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    }
    process.exitCode = 3;
});
