import { describe, expect, it } from 'vitest';
import data from '../../dictionaries/general-words.json';
import { check } from '../helpers/lint.js';
import { isSyllable, lookupKey } from '../../server/src/core/spell/index.js';
import { generalWordCount, generalWordsOpened, isCommonGeneralPair, isGeneralPair, isGeneralTriple } from '../../server/src/core/spell/general-words.js';

/** A Vietnamese paragraph around a sentence, so the draft reads as Vietnamese. */
const inDraft = (sentence: string): string =>
  `Sáng nay, Ban Tuyên giáo huyện tổ chức lớp bồi dưỡng nghiệp vụ cho cán bộ cơ sở. ${sentence} Lớp học kéo dài hai ngày với nhiều chuyên đề thiết thực.`;

const words = data.words.split('|');

describe('general-words.json', () => {
  it('holds words of three valid syllables apart (`triples`), lowercase, in NFC, found by their syllables', () => {
    const triples = data.triples.split('|');
    expect(triples.length).toBeGreaterThan(3_000);
    for (const w of triples) {
      expect(w).toBe(w.normalize('NFC').toLowerCase());
      const parts = w.split(' ');
      expect(parts).toHaveLength(3);
      expect(parts.every((p) => isSyllable(p))).toBe(true);
    }
    expect(isGeneralTriple('nhu', 'yếu', 'phẩm')).toBe(true);
    expect(isGeneralTriple('xuất', 'nhập', 'cảnh')).toBe(true);
    expect(isGeneralTriple('nhu', 'yêu', 'phẩm')).toBe(false);
    // a word of two syllables is no word of three
    expect(isGeneralTriple('xuất', 'nhập', '')).toBe(false);
  });

  it('holds words of two valid syllables, lowercase, in NFC', () => {
    expect(words.length).toBeGreaterThan(10_000);
    for (const w of words) {
      expect(w).toBe(w.normalize('NFC').toLowerCase());
      const parts = w.split(' ');
      expect(parts).toHaveLength(2);
      expect(parts.every((p) => isSyllable(p))).toBe(true);
    }
  });

  it('keeps the rare words of the full list apart from the common ones, each word once', () => {
    const rare = data.rare.split('|');
    expect(rare.length).toBeGreaterThan(10_000);
    const common = new Set(words);
    expect(rare.filter((w) => common.has(w))).toEqual([]);
    // a rare word explains its pair as written ("hoá giải" is a word, no "hoà giải" misspelt)
    expect(rare).toContain(lookupKey('hoá') + ' ' + lookupKey('giải'));
    expect(isGeneralPair(lookupKey('hoá'), lookupKey('giải'))).toBe(true);
  });

  it('keeps each list and the counts sorted as `<` sorts strings, each key once: the checks find a word by binary search (pair-set.ts SortedPairs)', () => {
    for (const list of [data.words, data.rare, data.counts, data.triples]) {
      const keys = list.split('|');
      const unsorted = keys.filter((k, i) => i > 0 && !(keys[i - 1] < k));
      expect(unsorted).toEqual([]);
    }
  });

  it('finds every word of both lists, and the common ones alone as common', () => {
    const rare = data.rare.split('|');
    for (const w of words) {
      const [a, b] = w.split(' ');
      expect(isCommonGeneralPair(a, b), w).toBe(true);
    }
    for (const w of rare) {
      const [a, b] = w.split(' ');
      expect(isGeneralPair(a, b), w).toBe(true);
      expect(isCommonGeneralPair(a, b), w).toBe(false);
    }
    // a first syllable of the lists with a second one they never pair it with
    expect(isGeneralPair(words[0].split(' ')[0], 'xyz')).toBe(false);
  });

  it('leaves out a word whose twin by a confused onset is the genre’s (“chưng bày” is “trưng bày” misspelt)', () => {
    expect(words).not.toContain('chưng bày');
    expect(isGeneralPair(lookupKey('trưng'), lookupKey('bày'))).toBe(true);
  });

  it.each(data.examples.map((e) => [e.word, e.sentence]))('%s: “%s” has no spelling finding', (word, sentence) => {
    const [a, b] = word.split(' ').map(lookupKey);
    expect(isGeneralPair(a, b)).toBe(true);
    expect(sentence).toContain(word);
    expect(check(inDraft(sentence), 'spelling')).toEqual([]);
  });
});

describe('general-words.json counts (`counts`, made with the lists by scripts/build-general-words.mjs)', () => {
  // the counts as the lists mean them: a syllable is a run of anything but "|" and " "
  const syllables = new Map<string, number>();
  const firsts = new Map<string, number>();
  for (const list of [data.words, data.rare]) {
    for (const m of list.matchAll(/[^| ]+/gu)) syllables.set(m[0], (syllables.get(m[0]) ?? 0) + 1);
    for (const m of list.matchAll(/(?:^|\|)([^| ]+) /gu)) firsts.set(m[1], (firsts.get(m[1]) ?? 0) + 1);
  }

  it('how many words hold each syllable, and how many it opens, for every syllable of the lists', () => {
    expect(syllables.size).toBeGreaterThan(3_000);
    for (const [key, n] of syllables) expect(generalWordCount(key), key).toBe(n);
    for (const [key, n] of syllables) expect(generalWordsOpened(key), key).toBe(firsts.get(key) ?? 0);
    expect(generalWordCount(lookupKey('tên'))).toBeGreaterThan(20);
    expect(generalWordCount('')).toBe(0);
    expect(generalWordCount('không có')).toBe(0);
    expect(generalWordsOpened('xyz')).toBe(0);
  });
});
