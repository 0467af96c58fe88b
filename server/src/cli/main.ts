/**
 * Entry point of `soattin` (bundled to dist/cli.js; bin/soattin.js requires it): lint
 * Vietnamese news drafts from the command line / CI. See run.ts and docs/cli.md.
 */
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { run } from './run.js';
import { readStdinGuarded } from '../core/guarded-read.js';
import { setParagraphMemos } from '../core/paragraph-memo.js';

// (bin/soattin.js sets these flags too, before it compiles this bundle with its code cache,
// which V8 accepts only under the flags it was made with: keep the two lists the same)
// V8's top optimising tier (TurboFan) at its usual threshold costs this program more than it
// gains: the rules are many large functions over strings, maps and regular expressions, each
// run on a few words; TurboFan compiled them on spare cores, threw the code away when a new
// draft brought a new object shape, and compiled them again (with it off, `--max-opt=2`, a lint
// of the pool took 1.4× less CPU). Asked to wait until a function has run about seven times
// longer, it compiles only the few that run all the time (the tokenizers, the pair lookups, the
// loops over words) and leaves the rest to the baseline tier: on the bench's 5 MB folder the
// CLI then takes 1.25× less CPU than with TurboFan off (26–27 s against 32–36 s, side by side,
// two rounds; the default threshold 33–37 s), and the per-core lint of the pool the same.
// Waiting about fourteen times longer (1,000,000) leaves still fewer to TurboFan and costs
// less again: side by side with 500,000 (whole processes in turn, medians of the pair-by-pair
// ratios), the per-core lint of the pool 0.89× the CPU, the CLI on a 1.5 MB folder of the
// bench's drafts (2 threads) 0.86×, one 5 KB draft unchanged (1.01×). (2,000,000 measured no
// better on the folder, 0.97×.)
setFlagsFromString('--interrupt-budget=1000000');
// V8 compiles a regular expression for its interpreter, then again to machine code once it
// runs a second time: the dictionaries' long alternations paid both in every process and
// worker (the first check's CPU 1.25× more); compiled once, to machine code, from the start.
setFlagsFromString('--no-regexp-tier-up');
// A lint makes many short-lived objects, and V8's old space doubles whenever it fills: a 10 MB
// single-line draft peaked near 870 MB with about half of it garbage. Growing the heap by 30 %
// (as the language server does, node-flags.json) peaks at 566 MB there and 217 MB instead of
// 259 MB on a folder, for the same CPU.
setFlagsFromString('--heap-growing-percent=30');

// each draft is linted once: nothing to remember paragraph by paragraph (paragraph-memo.ts)
setParagraphMemos(false);

// `soattin … | head` closes the pipe early: stop quietly instead of crashing with EPIPE
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

run({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: (limit) => readStdinGuarded(limit),
  workerFile: path.join(__dirname, 'worker.js'),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`soattin: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
