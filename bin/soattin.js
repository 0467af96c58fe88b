#!/usr/bin/env node
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const v8 = require('node:v8');
const { load, CLI_V8_FLAGS } = require('./code-cache.js');

/** options of the CLI followed by a value (server/src/cli/args.ts) */
const WITH_VALUE = new Set(['-f', '--format', '-o', '--output', '-c', '--config', '--rule', '--locale', '--max-warnings', '--max-file-size', '--stdin-filename', '--cache-location', '--docx-comments', '--report-signoff', '--print-config']);
/** runs that lint nothing, or one text, or mostly take results from the cache */
const NO_POOL = new Set(['-h', '--help', '-v', '--version', '--stdin', '--print-config', '--cache']);
/** below this many files the CLI lints without workers (server/src/cli/pool.ts POOL_THRESHOLD) */
const POOL_THRESHOLD = 8;

/**
 * Whether this run will most likely lint on worker threads: a folder, a glob or more files than
 * the pool's threshold (no argument is the working folder), on a machine of two cores or more.
 * A guess from the arguments alone, before the bundle is loaded; a wrong guess costs one
 * worker's start on another core (the pool ends it), never a result.
 */
function likelyPool(argv) {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (cores < 2 || argv[0] === 'convert') return false;
  let files = 0;
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (options && a === '--') options = false;
    else if (options && a.startsWith('-') && a !== '-') {
      const name = a.startsWith('--') && a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
      if (NO_POOL.has(name)) return false;
      if (WITH_VALUE.has(name) && name === a) i++;
    } else {
      if (/[*?[{]/.test(a)) return true;
      try {
        if (fs.statSync(a).isDirectory()) return true;
      } catch {
        // not a file: the CLI says so
      }
      files++;
    }
  }
  return files === 0 || files > POOL_THRESHOLD;
}

// the flags are set before the bundles are compiled: a code cache is only accepted under the
// flags it was made with (code-cache.js)
for (const f of CLI_V8_FLAGS) v8.setFlagsFromString(f);
const dist = path.join(__dirname, '..', 'dist');
// A run over a folder starts its worker now, before this thread loads dist/cli.js: the worker
// loads its own bundle on the other core meanwhile, instead of after this thread's load and the
// search for drafts (server/src/cli/pool.ts takes it, or ends it when no pool runs). Unref'd: a
// worker the pool never takes does not keep the process alive.
if (likelyPool(process.argv.slice(2))) {
  const { Worker } = require('node:worker_threads');
  const workerFile = path.join(dist, 'worker.js');
  const code = `require(${JSON.stringify(path.join(__dirname, 'code-cache.js'))}).load(${JSON.stringify(workerFile)});`;
  try {
    const worker = new Worker(code, { eval: true });
    const early = { worker, file: workerFile, exited: false };
    worker.on('error', () => void (early.exited = true));
    worker.on('exit', () => void (early.exited = true));
    worker.unref();
    globalThis[Symbol.for('soattin.earlyWorker')] = early;
  } catch {
    // no worker now: the pool starts its own
  }
}
load(path.join(dist, 'cli.js'), CLI_V8_FLAGS);
