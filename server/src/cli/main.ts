/**
 * Entry point of `soattin` (bundled to dist/cli.js; bin/soattin.js requires it): lint
 * Vietnamese news drafts from the command line / CI. See run.ts and docs/cli.md.
 */
import * as path from 'node:path';
import { run } from './run.js';
import { readStdinGuarded } from '../core/guarded-read.js';

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
