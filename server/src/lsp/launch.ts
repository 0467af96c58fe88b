/**
 * Entry point of the language server process (dist/server.js, what the extension starts): it
 * loads the server bundle (dist/server-main.js, server.ts) through the V8 code cache the CLI
 * uses (bin/code-cache.js, bundled into this small file). A cold start otherwise compiles the
 * 3 MB bundle and, during the first check, each function that check reaches. The cache is
 * written once the first check's diagnostics are out (the server is long-lived: waiting for
 * the process to end would leave most starts without it), and on the way out when the client
 * stops the server before that.
 */
import * as path from 'node:path';

// a CommonJS file of the package's own (bin/), shared with the CLI
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { load } = require('../../../bin/code-cache.js') as {
  load(file: string, flags: string[], whenWarm: (exports: { firstCheck?: Promise<void> }, save: () => void) => void): unknown;
};

/**
 * The server's V8 flags beyond node-flags.json's, set before the bundle is compiled (the cache
 * is only accepted under them). --max-opt=2, as the CLI: no TurboFan, whose optimise/deoptimise
 * churn on the rules' objects of several shapes made the slow re-checks slower (5 KB re-check,
 * in-process CPU p95 32–39 → 25 ms, p50 unchanged at 13–16 ms), its compiles cost the first
 * check's CPU (start → first diagnostics, CPU 500 → 360 ms with the code cache) and its code
 * and deoptimisation data the memory (100 KB draft open 116 → 106 MB, after 500 edits
 * 145 → 121 MB). End to end (bench-server --quick, side by side, two rounds, load ~4): 5 KB
 * re-check p50 16.5–18.4 → 18.1–18.2 ms, p95 36.6–40.9 → 36.4–38.5 ms; 100 KB p50 56–62 → 69–70 ms
 * (TurboFan helps the long draft's whole-draft loops), p95 115–152 → 136–139 ms.
 * Measured and not taken: the CLI's `--interrupt-budget=500000` (TurboFan for the functions
 * that run all the time only) re-checked faster (5 KB p50 17–18 → 13–15 ms, p95 35–38 → 32 ms;
 * 100 KB p50 61–67 → 52–67 ms) but held 155–157 MB after 1,000 edits of the 100 KB draft,
 * over the 150 MB budget, against 129–133 MB: it needs the memory found elsewhere first.
 * --no-regexp-tier-up is node-flags.json's (the reason is there), set here too: an editor other
 * than VS Code (Neovim, Helix, Sublime…) starts `node dist/server.js --stdio` without the
 * extension's Node flags, and each of the dictionaries' long expressions was compiled twice in
 * its first check (start → first diagnostics of the bench's 5 KB draft, no Node flags, process
 * CPU, median of 9 alternating starts: 930 → 700 ms). Set again under the flags, it changes
 * nothing.
 */
export const SERVER_V8_FLAGS = ['--max-opt=2', '--no-regexp-tier-up'];

load(path.join(__dirname, 'server-main.js'), SERVER_V8_FLAGS, (server, save) => {
  // after the first publish has gone out: the next event-loop turn, so the diagnostics are not kept waiting
  void server.firstCheck?.then(() => setImmediate(save));
});
// stopped by a signal (a client that kills rather than sends `exit`): leave through `exit`, so a cache not yet written is
process.once('SIGTERM', () => process.exit(143));
