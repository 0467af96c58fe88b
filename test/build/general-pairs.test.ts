/**
 * The general dictionary's pair counts (dictionaries/general-pairs.json, over a megabyte) ship
 * beside the Node bundles as dist/general-pairs.txt (the two lists as plain UTF-8 text, read as
 * bytes: no JSON.parse, no index) and are read when a check first asks, not
 * inside each bundle, where every start of the server and of a CLI worker paid for them
 * (core/spell/general-pairs-data.ts); the web worker, which has no disk, bundles them.
 * dist/ is the build's (npm test builds first).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generalPairCount, generalSyllableCount, generalSyllableTotal } from '../../server/src/core/spell/general-pairs.js';

const root = path.resolve(__dirname, '../..');
const list = JSON.parse(fs.readFileSync(path.join(root, 'dictionaries/general-pairs.json'), 'utf8')) as { syllables: string; pairs: string };
/** three pairs of the list written in ASCII alone: they stand as they are in any bundle's text */
const ascii = (() => {
  const entries = list.pairs.split('|');
  const at = entries.findIndex((_, i) => i > 100 && entries.slice(i, i + 3).every((e) => /^[a-z]+ [a-z]+:\d+$/.test(e)));
  return entries.slice(at, at + 3).join('|');
})();

describe('general-pairs.json ships beside the Node bundles', () => {
  it('as the figures the checks read and nothing else: the syllables\' list, then the pairs\', as plain text', () => {
    const shipped = fs.readFileSync(path.join(root, 'dist/general-pairs.txt'), 'utf8');
    expect(shipped).toBe(`${list.syllables}\n${list.pairs}\n`);
  });

  it('sorted in the byte order the lookup searches by (UTF-8 bytes, code points)', () => {
    for (const figures of [list.syllables, list.pairs]) {
      const keys = figures.split('|').map((e) => Buffer.from(e.slice(0, e.lastIndexOf(':'))));
      for (let i = 1; i < keys.length; i++) expect(Buffer.compare(keys[i - 1], keys[i]), figures.slice(0, 20)).toBe(-1);
    }
  });

  it('every pair and every syllable found by the binary search; a first syllable with no pair, none', () => {
    const entries = list.pairs.split('|');
    for (const e of entries) {
      const colon = e.lastIndexOf(':');
      const space = e.indexOf(' ');
      expect(generalPairCount(e.slice(0, space), e.slice(space + 1, colon)), e).toBe(Number(e.slice(colon + 1)));
    }
    for (const [a, b] of [['a', 'zzz'], ['', 'a'], ['ỹỹỹ', 'a'], ['zzzz', 'a'], ['a', ''], ['aa', 'a'], ['hội nghị', 'x']]) expect(generalPairCount(a, b), `${a} ${b}`).toBe(0);
    let total = 0;
    for (const e of list.syllables.split('|')) {
      const colon = e.lastIndexOf(':');
      expect(generalSyllableCount(e.slice(0, colon)), e).toBe(Number(e.slice(colon + 1)));
      total += Number(e.slice(colon + 1));
    }
    expect(generalSyllableTotal()).toBe(total);
    expect(generalSyllableCount('constructor')).toBe(0);
  });

  it('the same counts after the counts held so far are let go (a server asks about every pair typed)', () => {
    const entries = list.pairs.split('|');
    const sample = entries.filter((_, i) => i % 97 === 0);
    const counts = () => sample.map((e) => generalPairCount(e.slice(0, e.indexOf(' ')), e.slice(e.indexOf(' ') + 1, e.lastIndexOf(':'))));
    const before = counts();
    expect(before).toEqual(sample.map((e) => Number(e.slice(e.lastIndexOf(':') + 1))));
    // more pairs asked about than are held (general-pairs.ts MAX_HELD): none of them in the list
    const first = entries[0].slice(0, entries[0].indexOf(' '));
    let found = 0;
    for (let i = 0; i < 120_000; i++) found += generalPairCount(first, `zz${i}`);
    expect(found).toBe(0);
    expect(counts()).toEqual(before);
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
