/**
 * Nouns that count whole things in a training-news draft. After such a noun a number is an
 * integer count, so "1,400 cán bộ" can only be one thousand four hundred (Vietnamese writes
 * decimals with a comma: "3,92%" — never before a count of people).
 * A closed grammatical class (people and units of an event), not a growing word list.
 */
import countWords from '../../../dictionaries/participant-counts.json';
import { structureData } from './structure/data.js';
import { matchesOf } from './matches.js';
import { lazyRegExp } from './lazy-regexp.js';

/**
 * People: the participants of an event — the participant nouns of dictionaries/structure.json
 * (shared with required-participant-count), plus households and head counts, which are
 * counts too but not of a class's participants.
 */
export const PEOPLE = [...structureData.participantNouns.entries, ...structureData.countedPeople.entries].map((e) => e.word);

/** Whole units an event counts besides people (dictionaries/structure.json countUnits). */
export const UNITS = structureData.countUnits.entries.map((e) => e.word);

const alternation = (words: string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '[ \\t\\u00a0]+')).join('|');

/** `(?:học viên|…)` not followed by more letters */
export const PEOPLE_RE = `(?:${alternation(PEOPLE)})(?!\\p{L}|\\p{N})`;
export const COUNT_NOUN_RE = `(?:${alternation([...PEOPLE, ...UNITS])})(?!\\p{L}|\\p{N})`;

/** "1.400" → 1400, "166" → 166; undefined when the digits are not a plain count */
export function countValue(digits: string): number | undefined {
  if (/^\d{1,3}(?:\.\d{3})+$/.test(digits)) return Number(digits.replace(/\./g, ''));
  if (/^\d+$/.test(digits)) return Number(digits);
  return undefined;
}

export interface ParticipantCount {
  /** offsets of the digits */
  start: number;
  end: number;
  value: number;
  /** the noun as written ("học viên") */
  noun: string;
  /** comparison key of the noun ("vị đại biểu" → "đại biểu") */
  family: string;
  /** "hơn 100", "gần 200": not an exact count */
  approximate: boolean;
  /** a total of the event ("có 166 học viên", "166 học viên tham dự"), not a part of it */
  total: boolean;
}

/** The words read around a count (dictionaries/participant-counts.json), in the order listed. */
const wordsOf = (list: Array<{ word: string }>): string => list.map((e) => e.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** The words that make a count approximate, right before its number ("trên 100", "gần 50"): participant-counts.json `approximate`. */
export const APPROXIMATE_WORDS: readonly string[] = countWords.approximate.map((e) => e.word);
/** Nouns whose counts are compared (generic "người", "lượt", "hộ", "đồng chí" are too loose). */
const COMPARED = new Set(countWords.compared.map((e) => e.word));
const COUNT = new RegExp(`(?<!\\p{L}|\\p{N}|[.,/:-])(\\d{1,3}(?:\\.\\d{3})+|\\d+)[ \\t\\u00a0]+(${PEOPLE_RE})`, 'giu');
const APPROX = new RegExp(`(?:^|[^\\p{L}])(?:${wordsOf(countWords.approximate)})\\s+$`, 'iu');
const TOTAL_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${wordsOf(countWords.totalBefore)})\\s+(?:(?:${wordsOf(countWords.approximate.filter((e) => e.beforeTotal))})\\s+)?$`, 'iu');
const TOTAL_AFTER = lazyRegExp(() => new RegExp(`^\\s*(?:[,;]\\s*)?(?:${wordsOf(countWords.totalAfter)})(?![\\p{L}])`, 'iu'));
/** "25 học viên đạt loại giỏi", "trong đó có 30 học viên nữ": a part of the total */
const PART_AFTER = new RegExp(`^\\s*(?:${wordsOf(countWords.partAfter)})(?![\\p{L}])`, 'iu');
const PART_BEFORE = new RegExp(`(?:${wordsOf(countWords.partBefore)})(?![\\p{L}])\\s*:?[^.;!?]*$`, 'iu');

/** Counts of participants in a text span (a paragraph's prose), in order. */
export function findParticipantCounts(text: string, from: number, to: number): ParticipantCount[] {
  const out: ParticipantCount[] = [];
  const seg = text.slice(from, to);
  for (const m of matchesOf(COUNT, seg)) {
    const i = m.index ?? 0;
    const value = countValue(m[1]);
    const noun = m[2];
    const family = noun.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').replace(/^vị /u, '');
    if (value === undefined || !COMPARED.has(family)) continue;
    const before = seg.slice(Math.max(0, i - 60), i);
    const after = seg.slice(i + m[0].length, i + m[0].length + 40);
    const part = PART_AFTER.test(after) || PART_BEFORE.test(before);
    const total = !part && (TOTAL_BEFORE.test(before) || TOTAL_AFTER().test(after));
    out.push({
      start: from + i,
      end: from + i + m[1].length,
      value,
      noun,
      family,
      approximate: APPROX.test(before),
      total,
    });
  }
  return out;
}
