/**
 * dictionaries/date-cues.json: each word's example reads as its section says (a date, a dot
 * date, or a number), and the word is what makes it so — the same example without the word
 * reads the other way.
 */
import { describe, expect, it } from 'vitest';
import cues from '../../dictionaries/date-cues.json';
import { findDates } from '../../server/src/core/dates.js';
import { looksLikeHeadline } from '../../server/src/core/parse.js';
import { check } from '../helpers/lint.js';

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
    for (const section of [cues.dateCues, cues.dotDateCues, cues.numberCues, cues.publicationLines, cues.leadTimeWords, cues.dayRangeJoiners]) {
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

  it.each(cues.eventVerbs.entries.map((e) => [e.word, e.example]))('the event verb “%s” makes a date of the day and month closing its clause: %s', (word, example) => {
    expect(dates(example)).toHaveLength(1);
    expect(dates(example)[0]).toMatch(/^\d{1,2}-\d{1,2}$/);
    expect(dates(swapped(word, example, 'xx'))).toEqual([]);
    // a count after the digits keeps them a number ("ban hành 2-3 văn bản")
    const at = example.indexOf(dates(example)[0]) + dates(example)[0].length;
    expect(dates(`${example.slice(0, at)} văn bản.`)).toEqual([]);
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

  /** the example with its first word (a line's opening word or words) replaced by `other` */
  const opened = (word: string, example: string, other: string): string => {
    expect(example.toLowerCase().startsWith(word)).toBe(true);
    return other + example.slice(word.length);
  };

  it.each(cues.publicationLines.entries.map((e) => [e.word, e.example]))('a line opening with “%s” is the page’s publication line: %s', (word, example) => {
    expect(check(example, 'date-format', { dateStyle: 'hyphen' })).toEqual([]);
    expect(check(opened(word, example, 'Hạn nộp'), 'date-format', { dateStyle: 'hyphen' })).toHaveLength(1);
  });

  it.each(cues.leadTimeWords.entries.map((e) => [e.word, e.example]))('a line opening with “%s” and a day is a lead, not a headline: %s', (word, example) => {
    const headline = { text: 'Tập huấn kỹ năng cho hội viên.' };
    expect(looksLikeHeadline({ text: example.replace(/\.$/u, '') })).toBe(false);
    expect(looksLikeHeadline(headline, { text: example })).toBe(true);
    expect(looksLikeHeadline(headline, { text: opened(word, example, 'Xx') })).toBe(false);
  });

  it.each(cues.dayRangeJoiners.entries.map((e) => [e.word, e.example]))('“%s” closes a range of days, so the dotted day after it is a date: %s', (word, example) => {
    expect(dates(example).filter((d) => d.includes('.'))).toHaveLength(1);
    expect(dates(swapped(word, example, 'xx')).filter((d) => d.includes('.'))).toEqual([]);
  });

  it.each(cues.today.entries.map((e) => [e.word, e.example]))('“%s” makes a date of the day and month after it, bracketed, after a comma or bare: %s', (word, example) => {
    expect(dates(example)).toHaveLength(1);
    expect(example.toLowerCase().startsWith(word)).toBe(true);
    expect(dates(`Từng đợt${example.slice(word.length)}`)).toEqual([]);
    // bare, as after a weekday
    expect(dates(`${word} ${dates(example)[0]} lớp học khai giảng.`)).toHaveLength(1);
  });

  it.each(cues.weekdays.entries.map((e) => [e.word, e.example]))('the weekday “%s” makes a date of the day and month after it, bracketed or not: %s', (word, example) => {
    expect(dates(example)).toHaveLength(1);
    const weekday = new RegExp(word, 'iu').exec(example)!;
    expect(dates(example.slice(0, weekday.index) + 'xx' + example.slice(weekday.index + word.length))).toEqual([]);
    // an ordinal is written small ("nhóm thứ ba (3/4 …)"): "chủ nhật" is a weekday either way
    if (word !== 'chủ nhật') expect(dates(example.slice(0, weekday.index) + word + example.slice(weekday.index + word.length))).toEqual([]);
  });

  it.each(cues.digitWords.entries.map((e) => [e.word, e.example]))('“%s” glued to its number is a space missing: %s', (word, example) => {
    const found = check(example, 'spacing');
    expect(found.map((f) => f.message)).toEqual([`Thiếu dấu cách sau “${new RegExp(word, 'iu').exec(example)![0]}”.`]);
  });
});
