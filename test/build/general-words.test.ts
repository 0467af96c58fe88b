/**
 * The general word list (dictionaries/general-words.json, 444,000 characters of lookup keys)
 * ships beside the Node bundles as dist/general-words.txt (its four lists as plain UTF-8 text,
 * one a line) and is read when a check first asks, not inside each bundle, where it was a third
 * of the text every start of the server and of a CLI worker read, loaded from the code cache and
 * parsed (core/spell/general-words-data.ts); the web worker, which has no disk, bundles it.
 * dist/ is the build's (npm test builds first).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeneralWords } from '../../server/src/core/spell/general-words-data.js';

const root = path.resolve(__dirname, '../..');
const list = JSON.parse(fs.readFileSync(path.join(root, 'dictionaries/general-words.json'), 'utf8')) as { words: string; rare: string; counts: string; triples: string };
/** three common words of the list written in ASCII alone: they stand as they are in any bundle's text */
const ascii = (() => {
  const entries = list.words.split('|');
  const at = entries.findIndex((_, i) => i > 100 && entries.slice(i, i + 3).every((e) => /^[a-z]+ [a-z]+$/.test(e)));
  return entries.slice(at, at + 3).join('|');
})();

describe('general-words.json ships beside the Node bundles', () => {
  it('as the lists the checks read and nothing else: the common words, the rare ones, the counts, the words of three syllables, a line each', () => {
    const shipped = fs.readFileSync(path.join(root, 'dist/general-words.txt'), 'utf8');
    expect(shipped).toBe(`${list.words}\n${list.rare}\n${list.counts}\n${list.triples}\n`);
    for (const l of [list.words, list.rare, list.counts, list.triples]) expect(l.length).toBeGreaterThan(10_000);
  });

  it('read from the list itself when running from the sources', () => {
    expect(readGeneralWords()).toEqual({ words: list.words, rare: list.rare, counts: list.counts, triples: list.triples });
  });

  it('not inside them; the web worker, with no disk to read it from, bundles it', () => {
    expect(ascii).toMatch(/^[a-z]+ [a-z]+\|[a-z]+ [a-z]+\|[a-z]+ [a-z]+$/);
    for (const bundle of ['core.js', 'cli.js', 'worker.js', 'server-main.js', 'api.js']) {
      expect(fs.readFileSync(path.join(root, 'dist', bundle), 'utf8').includes(ascii), bundle).toBe(false);
      // (the list made each of them 0.85 MB bigger)
      expect(fs.statSync(path.join(root, 'dist', bundle)).size, bundle).toBeLessThan(2_200_000);
    }
    expect(fs.readFileSync(path.join(root, 'dist/web-server.js'), 'utf8').includes(ascii)).toBe(true);
  });

  it('is read from beside the bundle whatever the working folder: the spelling rule runs (without the file it stops on an internal error)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-general-words-'));
    fs.writeFileSync(path.join(dir, 'tin.txt'), 'Người dân được hướng dẫn cách ủ rơm dạ làm phân bón cho vườn cây ăn quả.\n');
    const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), '-f', 'json', 'tin.txt'], { cwd: dir, encoding: 'utf8', env: { ...process.env, SOATTIN_NO_CODE_CACHE: '1' } });
    const messages = (JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>).flatMap((f) => f.messages);
    expect(messages.map((m) => [m.ruleId, m.message])).toEqual([['spelling', '“rơm dạ” có thể viết sai chính tả; có phải là “rơm rạ”?']]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
