import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPool } from '../../server/src/cli/pool.js';
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
});
