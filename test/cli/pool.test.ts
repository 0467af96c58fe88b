import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { largestFirst, runPool } from '../../server/src/cli/pool.js';
import type { ProcessOptions } from '../../server/src/cli/process-file.js';
import type { Task } from '../../server/src/cli/result.js';
import { rules } from '../../server/src/rules/index.js';
import { folder, PINNED } from './helpers.js';
import { CLEAN, WARNINGS_ONLY } from './fixtures.js';

const options: ProcessOptions = { rules: {}, fix: false, fixDryRun: false, maxFileSize: 1 << 20, locale: 'en', keepSource: false };

function tasks(dir: string, n: number): Task[] {
  return Array.from({ length: n }, (_, i) => ({ index: i, absPath: path.join(dir, `t${i}.txt`), filePath: `t${i}.txt`, explicit: true }));
}

describe('worker pool', () => {
  it('finishes every draft in the main thread when the workers die, keeping input order', async () => {
    const files: Record<string, string> = { 'dies.js': 'process.exit(3);\n' };
    for (let i = 0; i < 10; i++) files[`t${i}.txt`] = i % 2 ? CLEAN : WARNINGS_ONLY;
    const dir = folder(files);
    // pinned like --rule does, so that others' new rules do not change the counts
    const pinned = Object.fromEntries(rules.map((r) => [r.meta.id, PINNED.includes(r.meta.id) ? r.meta.defaultSeverity : 'off'])) as ProcessOptions['rules'];
    const results = await runPool(tasks(dir, 10), { ...options, rules: pinned }, path.join(dir, 'dies.js'));
    expect(results.map((r) => r.filePath)).toEqual(Array.from({ length: 10 }, (_, i) => `t${i}.txt`));
    expect(results.map((r) => r.warningCount)).toEqual([1, 0, 1, 0, 1, 0, 1, 0, 1, 0]);
  });

  it('runs small batches without workers', async () => {
    const dir = folder({ 't0.txt': CLEAN });
    const results = await runPool(tasks(dir, 1), options, path.join(dir, 'missing-worker.js'));
    expect(results).toHaveLength(1);
    expect(results[0].fatal).toBe(false);
  });

  it('hands its drafts, largest first, to the worker bin/soattin.js started early, or ends that worker when no pool runs', async () => {
    // a stand-in for dist/worker.js started early: it writes down what it is given and takes no draft
    const files: Record<string, string> = {
      'early.js': `const { parentPort } = require('node:worker_threads');
        parentPort.once('message', (input) => {
          require('node:fs').writeFileSync(__filename + '.json', JSON.stringify(input.order));
          parentPort.postMessage({ done: true });
        });`,
    };
    for (let i = 0; i < 10; i++) files[`t${i}.txt`] = i === 3 || i === 7 ? WARNINGS_ONLY + '\n' + CLEAN : i % 2 ? CLEAN : WARNINGS_ONLY;
    const dir = folder(files);
    const early = (file: string): { worker: Worker; file: string; exited: boolean } => {
      const worker = new Worker(`require(${JSON.stringify(path.join(dir, 'early.js'))})`, { eval: true });
      const e = { worker, file, exited: false };
      worker.on('exit', () => void (e.exited = true));
      worker.unref();
      (globalThis as Record<symbol, unknown>)[Symbol.for('soattin.earlyWorker')] = e;
      return e;
    };
    const taken = early(path.join(dir, 'early.js'));
    const results = await runPool(tasks(dir, 10), options, path.join(dir, 'early.js'));
    expect(results.map((r) => r.filePath)).toEqual(Array.from({ length: 10 }, (_, i) => `t${i}.txt`));
    // the main thread may lint every draft before the stand-in reads its message (a loaded
    // machine): what it was given is on disk once it has ended
    if (!taken.exited) await new Promise((r) => taken.worker.once('exit', r));
    const order = JSON.parse(fs.readFileSync(path.join(dir, 'early.js.json'), 'utf8')) as number[];
    expect(order).toEqual(largestFirst(tasks(dir, 10)));
    expect(order.slice(0, 2)).toEqual([3, 7]);
    // one draft: no pool, and the worker started on a guess is ended
    const unused = early(path.join(dir, 'early.js'));
    await runPool(tasks(dir, 1), options, path.join(dir, 'early.js'));
    if (!unused.exited) await new Promise((r) => unused.worker.once('exit', r));
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('soattin.earlyWorker')]).toBeUndefined();
  });

  it('orders drafts largest first, ties and unreadable files in input order', () => {
    const dir = folder({ 't0.txt': 'ab', 't1.txt': 'abcd', 't2.txt': 'ab', 't3.txt': 'abcdef' });
    expect(largestFirst(tasks(dir, 5))).toEqual([3, 1, 0, 2, 4]);
  });
});

describe('the early worker guess (bin/soattin.js)', () => {
  // bin/soattin.js guesses from the arguments, before any bundle loads, whether a run will use
  // the pool; its list of options that take a value must be the parser's (args.ts), or a value
  // such as "-f json" would be read as a file name
  it('knows every option of the parser that takes a value, and no other', () => {
    const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..');
    const args = fs.readFileSync(path.join(root, 'server/src/cli/args.ts'), 'utf8');
    const block = args.slice(args.indexOf("case '-f':"), args.indexOf('const v = value();'));
    const parser = [...block.matchAll(/case '(-[^']+)':/g)].map((m) => m[1]).sort();
    const bin = fs.readFileSync(path.join(root, 'bin/soattin.js'), 'utf8');
    const list = /const WITH_VALUE = new Set\(\[([^\]]*)\]\)/.exec(bin)?.[1] ?? '';
    const guessed = [...list.matchAll(/'(-[^']+)'/g)].map((m) => m[1]).sort();
    expect(parser.length).toBeGreaterThan(10);
    expect(guessed).toEqual(parser);
  });
});
