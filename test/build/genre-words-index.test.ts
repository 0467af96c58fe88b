/**
 * The genre's word list normalised by the build (core/spell/genre-words.ts genreWordsIndex,
 * written by scripts/build.mjs into each Node bundle's copy of the list as its `index`), so that
 * no start normalises its 6,000 syllables again: read back, it is what the code makes of the
 * list itself, and the bundles carry it. dist/ is the build's (npm test builds first).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import list from '../../dictionaries/genre-words.json';
import { genreWords, genreWordsIndex, genreWordsOf, listedPhrases, readGenreWordsIndex } from '../../server/src/core/spell/genre-words.js';

const root = path.resolve(__dirname, '../..');

/** the copy of genre-words.json a bundle parses: the string literal of its `JSON.parse(…)`, read as JavaScript */
function bundledList(bundle: string): { index?: string; entries: unknown[] } {
  const text = fs.readFileSync(path.join(root, 'dist', bundle), 'latin1');
  const at = text.indexOf('"varietyHeads":[{"word"');
  const start = text.lastIndexOf('JSON.parse(', at) + 'JSON.parse('.length;
  const quote = text[start];
  let end = start + 1;
  while (text[end] !== quote) end += text[end] === '\\' ? 2 : 1;
  return JSON.parse(vm.runInNewContext(text.slice(start, end + 1)) as string);
}

describe('the genre words normalised by the build', () => {
  it('read back, are the phrases, accent-free forms and varieties the code makes of the list', () => {
    const made = listedPhrases(list);
    expect(readGenreWordsIndex(genreWordsIndex(list))).toEqual(made);
    expect(made.phrases.length).toBe(made.folds.length);
    // no item holds a separator of the text
    for (const item of [...made.phrases, ...made.folds, ...made.varieties]) expect(item, item).not.toMatch(/[|\n]/u);
    expect(genreWordsOf(readGenreWordsIndex(genreWordsIndex(list)))).toEqual(genreWords());
  });

  it('a list without varieties or phrases reads back as one', () => {
    const none = { entries: [{ word: 'Tập  huấn' }, { word: 'tập huấn' }], varietyHeads: [] };
    expect(readGenreWordsIndex(genreWordsIndex(none))).toEqual({ phrases: ['tập huấn'], folds: ['tap huan'], varieties: [] });
    expect(readGenreWordsIndex(genreWordsIndex({ entries: [], varietyHeads: [] }))).toEqual({ phrases: [], folds: [], varieties: [] });
  });

  it.each(['core.js', 'server-main.js', 'worker.js'])('%s carries the index of the list it bundles', (bundle) => {
    const bundled = bundledList(bundle);
    expect(bundled.entries.length).toBe(list.entries.length);
    expect(bundled.index).toBe(genreWordsIndex(list));
  });
});
