import { describe, it, expect } from 'vitest';
import organisations from '../../dictionaries/organisations.json';
import titles from '../../dictionaries/titles.json';
import markers from '../../dictionaries/generic-markers.json';
import { check, fixed } from '../helpers/lint.js';
import { withToneStyle } from '../../server/src/core/normalise.js';

const CAP = ['organisation-case', 'title-case', 'admin-unit-case'];
/** an example inside a sentence, away from its start (a sentence start may be capitalised anyway) */
const inSentence = (s: string): string => `Hôm qua, ${s} đã họp.`;
const newStyle = (s: string): string => s.replace(/\p{L}+/gu, (w) => withToneStyle(w, 'new'));

type Example = { from: string; to: string };
const cases = (entries: Array<{ canonical: string; examples: Example[] }>): Array<[string, Example]> =>
  entries.flatMap((e) => e.examples.map((x): [string, Example] => [e.canonical, x]));

describe('dictionaries/organisations.json', () => {
  it('every entry has a canonical form, a kind, a status and at least one example', () => {
    for (const e of organisations.entries) {
      expect(e.canonical.normalize('NFC')).toBe(e.canonical);
      expect(['body', 'name', 'committee', 'abbreviation']).toContain(e.kind);
      expect(['clear', 'contested', 'lifecycle']).toContain(e.status);
      expect(e.examples.length).toBeGreaterThan(0);
    }
  });

  it.each(cases(organisations.entries))('%s: %j', (_canonical, { from, to }) => {
    expect(fixed(inSentence(from), CAP)).toBe(inSentence(to));
    expect(check(inSentence(to), CAP)).toEqual([]);
    // the same in the new tone style ("uỷ", "hoá"): matched, and fixed in that style
    expect(fixed(inSentence(newStyle(from)), CAP)).toBe(inSentence(newStyle(to)));
  });

  it.each(organisations.entries.map((e) => e.canonical))('canonical %j is left unchanged', (canonical) => {
    expect(check(inSentence(canonical), CAP)).toEqual([]);
  });
});

describe('dictionaries/titles.json', () => {
  it.each(cases([...titles.entries, ...titles.qualifiers]))('%s: %j', (_canonical, { from, to }) => {
    expect(fixed(inSentence(from), CAP)).toBe(inSentence(to));
    expect(check(inSentence(to), CAP)).toEqual([]);
    expect(fixed(inSentence(newStyle(from)), CAP)).toBe(inSentence(newStyle(to)));
  });

  it.each(titles.entries.map((e) => e.canonical))('canonical %j is left unchanged', (canonical) => {
    expect(check(inSentence(canonical), CAP)).toEqual([]);
  });
});

describe('dictionaries/generic-markers.json', () => {
  it.each(markers.plural.map((m) => [m.word, m.example]))('%s makes "%s" generic: nothing to capitalise', (_w, example) => {
    expect(check(inSentence(example), CAP)).toEqual([]);
  });

  it.each(markers.after.map((m) => [m.word, m.example]))('%s after a congress makes "%s" generic: nothing to capitalise', (_w, example) => {
    expect(check(inSentence(example), CAP)).toEqual([]);
    // the same phrase with the congress capitalised is the error common-noun-case fixes
    const capitalised = example.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    expect(fixed(inSentence(capitalised), 'common-noun-case')).toBe(inSentence(example));
  });

  it.each(markers.kindsOfUnit.map((m) => [m.word, m.example]))('%s makes the level of a body a kind of unit: "%s" is generic', (word, example) => {
    expect(check(example, ['organisation-case', 'consistent-capitalisation'])).toEqual([]);
    // without the kind the level names its one body, and the lowercase name is the slip
    expect(check(example.replace(` ${word}`, ''), 'organisation-case').length).toBeGreaterThan(0);
  });

  it.each(markers.levels.map((m) => [m.word, m.example]))('level word %s: "%s" stays as written', (_w, example) => {
    expect(check(inSentence(example), CAP)).toEqual([]);
  });
});
