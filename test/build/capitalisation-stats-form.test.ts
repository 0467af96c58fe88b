/**
 * dictionaries/capitalisation-stats.json as the Node bundles carry it (scripts/build.mjs
 * bundledForms): its four tables of counts as arrays of keys and counts in turn, not objects of
 * thousands of keys, which JSON.parse built a hidden class at a time at every start. Read by
 * core/capital-evidence.ts eachCount, both forms give the same keys, counts and order.
 * dist/ is the build's (npm test builds first).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import stats from '../../dictionaries/capitalisation-stats.json';
import { eachCount, type Counts } from '../../server/src/core/capital-evidence.js';

const root = path.resolve(__dirname, '../..');
const TABLES = ['unigrams', 'bigrams', 'continuations', 'afterLower'] as const;

/** the copy of capitalisation-stats.json a bundle parses: the string literal of its `JSON.parse(…)`, read as JavaScript */
function bundledStats(bundle: string): Record<string, unknown> {
  const text = fs.readFileSync(path.join(root, 'dist', bundle), 'latin1');
  const at = text.indexOf('"maxMidClauseShare":');
  const start = text.lastIndexOf('JSON.parse(', at) + 'JSON.parse('.length;
  const quote = text[start];
  let end = start + 1;
  while (text[end] !== quote) end += text[end] === '\\' ? 2 : 1;
  return JSON.parse(vm.runInNewContext(text.slice(start, end + 1)) as string) as Record<string, unknown>;
}

const entriesOf = (table: unknown): Array<[string, Counts]> => {
  const out: Array<[string, Counts]> = [];
  eachCount(table as Parameters<typeof eachCount>[0], (key, counts) => out.push([key, counts]));
  return out;
};

describe('the capitalisation counts as the bundles carry them', () => {
  it('a table written as keys and counts in turn reads as the object it was made from', () => {
    const table = { 'an ninh': [118, 10] as Counts, 'học viên': [195, 3] as Counts, sở: [2, 40] as Counts };
    const flat = Object.entries(table).flat(1);
    expect(flat).toEqual(['an ninh', [118, 10], 'học viên', [195, 3], 'sở', [2, 40]]);
    expect(entriesOf(flat)).toEqual(Object.entries(table));
    expect(entriesOf([])).toEqual([]);
  });

  it.each(['core.js', 'server-main.js', 'worker.js'])('%s carries each table as an array that reads as the list itself', (bundle) => {
    const bundled = bundledStats(bundle);
    expect(bundled.thresholds).toEqual(stats.thresholds);
    for (const t of TABLES) {
      expect(Array.isArray(bundled[t]), t).toBe(true);
      expect(entriesOf(bundled[t])).toEqual(Object.entries(stats[t]));
    }
  });
});

describe('capitalisation-stats.json oneDraftContinuations (CAPS30)', () => {
  it('lists continuations the table calls a capital’s, which continuationAcrossDrafts does not', async () => {
    const { continuation, continuationAcrossDrafts } = await import('../../server/src/core/capital-evidence.js');
    const list = (stats as { oneDraftContinuations?: string[] }).oneDraftContinuations ?? [];
    expect(list.length).toBeGreaterThan(0);
    expect(stats.thresholds.minContinueDrafts).toBe(2);
    for (const pair of list) {
      const [a, b] = pair.split(' ');
      expect(continuation(a, b), pair).toBe('capital');
      expect(continuationAcrossDrafts(a, b), pair).toBeUndefined();
    }
    // a continuation many drafts write keeps its verdict
    expect(continuationAcrossDrafts('ban', 'chỉ')).toBe(continuation('ban', 'chỉ'));
  });
});
