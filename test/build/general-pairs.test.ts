/**
 * The general dictionary's pair counts (dictionaries/general-pairs.json, over a megabyte) ship
 * beside the Node bundles as dist/general-pairs.json and are read when a check first asks, not
 * inside each bundle, where every start of the server and of a CLI worker paid for them
 * (core/spell/general-pairs-data.ts); the web worker, which has no disk, bundles them.
 * dist/ is the build's (npm test builds first).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const list = JSON.parse(fs.readFileSync(path.join(root, 'dictionaries/general-pairs.json'), 'utf8')) as { syllables: string; pairs: string };
/** three pairs of the list written in ASCII alone: they stand as they are in any bundle's text */
const ascii = (() => {
  const entries = list.pairs.split('|');
  const at = entries.findIndex((_, i) => i > 100 && entries.slice(i, i + 3).every((e) => /^[a-z]+ [a-z]+:\d+$/.test(e)));
  return entries.slice(at, at + 3).join('|');
})();

describe('general-pairs.json ships beside the Node bundles', () => {
  it('as the figures the checks read and nothing else', () => {
    const shipped = JSON.parse(fs.readFileSync(path.join(root, 'dist/general-pairs.json'), 'utf8'));
    expect(Object.keys(shipped).sort()).toEqual(['index', 'pairs', 'syllables']);
    expect(shipped.syllables).toBe(list.syllables);
    expect(shipped.pairs).toBe(list.pairs);
  });

  it('with their index, so no start scans the lists: where each first syllable\'s pairs begin, each syllable\'s count', () => {
    const { pairs, index } = JSON.parse(fs.readFileSync(path.join(root, 'dist/general-pairs.json'), 'utf8')) as {
      pairs: string;
      index: { starts: Record<string, number>; counts: Record<string, number>; total: number };
    };
    const firsts = new Set(list.pairs.split('|').map((e) => e.slice(0, e.indexOf(' '))));
    // every first syllable, in the list's order, each offset the start of its first pair
    expect(Object.keys(index.starts)).toEqual([...firsts]);
    let before = -1;
    for (const [first, at] of Object.entries(index.starts)) {
      expect(at).toBeGreaterThan(before);
      expect(at === 0 || pairs[at - 1] === '|').toBe(true);
      expect(pairs.startsWith(`${first} `, at)).toBe(true);
      // (the pair before it has another first syllable)
      if (at > 0) expect(pairs.slice(pairs.lastIndexOf('|', at - 2) + 1, at - 1).startsWith(`${first} `)).toBe(false);
      before = at;
    }
    const counts = list.syllables.split('|').map((e) => [e.slice(0, e.lastIndexOf(':')), Number(e.slice(e.lastIndexOf(':') + 1))] as const);
    expect(Object.entries(index.counts)).toEqual(counts);
    expect(index.total).toBe(counts.reduce((sum, [, n]) => sum + n, 0));
  });

  it('not inside them; the web worker, with no disk to read it from, bundles it', () => {
    expect(ascii).toMatch(/^[a-z]+ [a-z]+:\d+\|[a-z]+ [a-z]+:\d+\|[a-z]+ [a-z]+:\d+$/);
    for (const bundle of ['core.js', 'cli.js', 'worker.js', 'server-main.js', 'api.js']) {
      expect(fs.readFileSync(path.join(root, 'dist', bundle), 'utf8').includes(ascii), bundle).toBe(false);
      // (the list made each of them 1.6 MB bigger)
      expect(fs.statSync(path.join(root, 'dist', bundle)).size, bundle).toBeLessThan(3_000_000);
    }
    expect(fs.readFileSync(path.join(root, 'dist/web-server.js'), 'utf8').includes(ascii)).toBe(true);
  });

  it('is read from beside the bundle whatever the working folder: a slip only the general pairs explain is still found', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-general-pairs-'));
    // "rơm rạ" is an everyday pair of the dictionary's text, never of the genre's
    fs.writeFileSync(path.join(dir, 'tin.txt'), 'Bà con được hướng dẫn cách ủ rơm dạ làm phân bón cho vườn cây.\n');
    const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), '-f', 'json', 'tin.txt'], { cwd: dir, encoding: 'utf8', env: { ...process.env, SOATTIN_NO_CODE_CACHE: '1' } });
    const messages = (JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>).flatMap((f) => f.messages);
    expect(messages.map((m) => [m.ruleId, m.message])).toEqual([['spelling', '“rơm dạ” có thể viết sai chính tả; có phải là “rơm rạ”?']]);
  });
});
