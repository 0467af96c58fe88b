/**
 * dictionaries/date-cues.json: each word's example reads as its section says (a date, a dot
 * date, or a number), and the word is what makes it so — the same example without the word
 * reads the other way.
 */
import { describe, expect, it } from 'vitest';
import cues from '../../dictionaries/date-cues.json';
import { findDates } from '../../server/src/core/dates.js';

/** The example with its cue word (the one just before the digits) replaced by `other`. */
function swapped(word: string, example: string, other: string): string {
  const at = new RegExp(`(^|[^\\p{L}\\p{M}])${word}(?=[ :]+\\d)`, 'iu').exec(example);
  if (!at) throw new Error(`“${word}” does not stand just before the digits of “${example}”`);
  const start = at.index + at[1].length;
  return example.slice(0, start) + other + example.slice(start + word.length);
}

const dates = (text: string): string[] => findDates(text).map((d) => text.slice(d.start, d.end));

describe('dictionaries/date-cues.json', () => {
  it('holds NFC words, each once per section, each with an example', () => {
    for (const section of [cues.dateCues, cues.dotDateCues, cues.numberCues]) {
      const words = section.entries.map((e) => e.word);
      expect(new Set(words).size).toBe(words.length);
      for (const e of section.entries) {
        expect(e.word).toBe(e.word.normalize('NFC').toLowerCase());
        expect(e.example.length).toBeGreaterThan(0);
      }
    }
  });

  it.each(cues.dateCues.entries.map((e) => [e.word, e.example]))('“%s” makes a date of a bare day and month: %s', (word, example) => {
    expect(dates(example)).toHaveLength(1);
    expect(dates(example)[0]).toMatch(/^\d{1,2}-\d{1,2}$/);
    expect(dates(swapped(word, example, 'xx'))).toEqual([]);
  });

  it.each(cues.dotDateCues.entries.map((e) => [e.word, e.example]))('“%s” makes a date of “D.M”: %s', (word, example) => {
    expect(dates(example)).toHaveLength(1);
    expect(dates(example)[0]).toMatch(/^\d{1,2}\.\d{1,2}$/);
    expect(dates(swapped(word, example, 'xx'))).toEqual([]);
  });

  it.each(cues.numberCues.entries.map((e) => [e.word, e.example]))('“%s” makes a number of what would be a date: %s', (word, example) => {
    expect(dates(example)).toEqual([]);
    expect(dates(swapped(word, example, 'ngày'))).toHaveLength(1);
  });
});
