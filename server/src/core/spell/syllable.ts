/**
 * Vietnamese syllable helpers for the spelling check: lookup keys, the canonical place of a
 * tone mark, and how far two spellings are apart in the marks a typist can slip on.
 * Everything here works on NFC strings and is used FOR MATCHING ONLY.
 */
import { foldAccents, nfc, stripTone, toneOf, withToneStyle, type Tone } from '../normalise.js';
import { detach, stringBytes, WordMemo } from '../bounded-cache.js';
import type { ParsedWord, Word } from '../draft.js';

const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';

/**
 * The dictionary's spelling of a syllable: NFC, lower case, new tone style (dictionary-vi
 * writes "hoà", "thuỷ", "uỷ"), so "Huyện ủy" and "Huyện uỷ" look up the same entry.
 */
export function lookupKey(syllable: string): string {
  // the capitalisation rules ask it of the same words again and again: kept by spelling
  let key = lookupKeys.get(syllable);
  if (key === undefined) {
    // the Icelandic eth "Ð" for "Đ" is unicode-normalisation's finding, not a misspelling
    key = withToneStyle(nfc(syllable).replace(/[\u00d0\u00f0]/gu, 'đ').toLowerCase(), 'new');
    lookupKeys.set(syllable, detach(key));
  }
  return key;
}
const lookupKeys = new WordMemo<string>('syllable.lookup-keys', stringBytes);

/**
 * `lookupKey` of a draft word's text, kept on the forms its occurrences share (draft.ts
 * WordForms): the rules ask it of the same words again and again, and a field read is no memo
 * lookup (the pool's lint asked the memo about a hundred times a word). A word whose text is not
 * its forms' (none the parser makes) is looked up as its text.
 */
export function wordLookupKey(w: Word): string {
  const forms = (w as Partial<ParsedWord>).forms;
  if (forms === undefined || forms.text !== w.text) return lookupKey(w.text);
  return forms.lookup || (forms.lookup = lookupKey(w.text));
}

/** Letters with a vowel-quality mark: a tone goes on one of these before anything else. */
const QUALITY_VOWELS = 'ăâêôơư';
const VOWELS = 'aăâeêioôơuưy';

/**
 * The syllable with its tone mark moved to where Vietnamese spelling puts it (new style for
 * the open oa/oe/uy syllables, like the dictionary): "tòan" → "toàn", "qúy" → "quý",
 * "gía" → "giá", "hòang" → "hoàng". A syllable without a tone comes back unchanged.
 */
export function canonicalTone(syllable: string): string {
  const lower = nfc(syllable).toLowerCase();
  const tone = toneOf(lower);
  if (tone === 0) return lower;
  const bare = stripTone(lower);
  const chars = [...bare];
  // the initial consonant: "qu" and "gi" (before a vowel) count as consonants
  let i = 0;
  while (i < chars.length && !VOWELS.includes(chars[i])) i++;
  if (i > 0 && chars[i - 1] === 'q' && chars[i] === 'u') i++;
  else if (i > 0 && chars[i - 1] === 'g' && chars[i] === 'i' && i + 1 < chars.length && VOWELS.includes(chars[i + 1])) i++;
  let j = i;
  while (j < chars.length && VOWELS.includes(chars[j])) j++;
  const nucleus = chars.slice(i, j);
  if (nucleus.length === 0) {
    // "gì": the i of "gi" carries the tone when nothing else can
    const k = chars.lastIndexOf('i');
    return k >= 0 ? place(chars, k, tone) : lower;
  }
  const closed = j < chars.length;
  let at: number;
  let quality = -1;
  nucleus.forEach((c, k) => {
    if (QUALITY_VOWELS.includes(c)) quality = k;
  });
  if (quality >= 0) at = quality;
  else if (closed) at = nucleus.length - 1;
  else if (nucleus.length === 1) at = 0;
  else if (nucleus.length === 2) at = /^(oa|oe|uy)$/.test(nucleus.join('')) ? 1 : 0;
  else at = 1;
  return place(chars, i + at, tone);
}

function place(chars: string[], index: number, tone: Tone): string {
  const out = [...chars];
  out[index] = (out[index].normalize('NFD') + TONE_MARKS[tone - 1]).normalize('NFC');
  return out.join('').normalize('NFC');
}

/** True when every letter is a capital ("UBND", "HĐND", "TẬP"). */
export function isAllCaps(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** Capital first letter, the rest lower case ("Hùng"). */
export function isCapitalised(s: string): boolean {
  return /^\p{Lu}/u.test(s) && !isAllCaps(s);
}

/** Give a lower-case replacement the casing of the word it replaces ("Tòan" → "Toàn"). */
export function withCaseOf(original: string, replacement: string): string {
  if (isAllCaps(original) && original.length > 1) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** How far two tones are for a typist: hỏi and ngã are confused most often. */
export function toneDistance(a: Tone, b: Tone): number {
  if (a === b) return 0;
  if ((a === 3 && b === 4) || (a === 4 && b === 3)) return 1;
  return 2;
}

/**
 * Edit distance with a cheaper insertion/deletion than substitution: an extra or a missing
 * letter ("huấng", "trển") is a commoner slip than a wrong one.
 */
export function editDistance(a: string, b: string, substitution = SUBSTITUTION): number {
  if (a === b) return 0;
  // most pairs the slip and suggestion searches compare are one edit apart (they come from an
  // index of forms one letter apart): that is answered by one scan, no table
  const near = oneEditApart(a, b, substitution);
  if (near >= 0) return near;
  // code points, not UTF-16 units: only a string with a surrogate pair needs splitting
  if (SURROGATE.test(a) || SURROGATE.test(b)) return distanceOfCodePoints([...a], [...b], substitution);
  return distance(a, b, substitution);
}

/**
 * `editDistance(a, b)` of two different strings one edit apart, without surrogates: the same
 * length with one unit differing (replaced, or dropped and added: whichever costs less), or one
 * string the other with one unit more (one added). -1 for any other pair (the table decides).
 */
function oneEditApart(a: string, b: string, substitution: number): number {
  if (a.length === b.length) {
    let diff = -1;
    for (let i = 0; i < a.length; i++) {
      const x = a.charCodeAt(i);
      const y = b.charCodeAt(i);
      if ((x & 0xf800) === 0xd800 || (y & 0xf800) === 0xd800) return -1;
      if (x !== y) {
        if (diff >= 0) return -1;
        diff = i;
      }
    }
    return Math.min(substitution, 2);
  }
  const short = a.length < b.length ? a : b;
  const long = a.length < b.length ? b : a;
  if (long.length !== short.length + 1) return -1;
  let skipped = 0;
  for (let i = 0; i < short.length; i++) {
    const x = short.charCodeAt(i);
    const y = long.charCodeAt(i + skipped);
    if ((x & 0xf800) === 0xd800 || (y & 0xf800) === 0xd800) return -1;
    if (x === y) continue;
    if (skipped) return -1;
    skipped = 1;
    i--;
  }
  return (long.charCodeAt(long.length - 1) & 0xf800) === 0xd800 ? -1 : 1;
}

/** What replacing one letter costs, against 1 for one letter added or dropped. */
export const SUBSTITUTION = 1.25;
const SURROGATE = /[\ud800-\udfff]/;

// the spelling checks compare each syllable with every near one of the dictionary's, thousands
// of pairs per draft: two rows reused, no arrays built per comparison
let prevRow = new Float64Array(32);
let curRow = new Float64Array(32);

function distance(x: string, y: string, substitution: number): number {
  const n = y.length;
  if (prevRow.length <= n) {
    prevRow = new Float64Array(2 * n + 2);
    curRow = new Float64Array(2 * n + 2);
  }
  let prev = prevRow;
  let cur = curRow;
  for (let k = 0; k <= n; k++) prev[k] = k;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    const c = x.charCodeAt(i - 1);
    for (let k = 1; k <= n; k++) {
      const sub = prev[k - 1] + (c === y.charCodeAt(k - 1) ? 0 : substitution);
      cur[k] = Math.min(prev[k] + 1, cur[k - 1] + 1, sub);
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n];
}

function distanceOfCodePoints(x: string[], y: string[], substitution: number): number {
  let prev = Array.from({ length: y.length + 1 }, (_, k) => k);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let k = 1; k <= y.length; k++) cur.push(Math.min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + (x[i - 1] === y[k - 1] ? 0 : substitution)));
    prev = cur;
  }
  return prev[y.length];
}

export interface MarkDifference {
  /** letters differing once every mark is removed ("trển" / "triển": 1) */
  letters: number;
  /** vowel-quality marks and đ differing (ư/u, â/a, đ/d: "đúc" / "đức": 1) */
  quality: number;
  /** tone distance (0 same, 1 hỏi/ngã, 2 other) */
  tone: number;
}

/** A syllable without its marks and without its tone, and its tone: computed once per syllable. */
interface Forms {
  fold: string;
  toneless: string;
  tone: Tone;
}

/**
 * The spelling checks compare each rare syllable with every near one of the dictionary's
 * (thousands of pairs per draft), and each comparison normalised both syllables three times
 * over: the forms of a syllable are kept instead (a few thousand short strings at most; a word
 * memo, bounded with the others: bounded-cache.ts).
 */
const forms = new WordMemo<Forms>('syllable.forms', (f) => 72 + stringBytes(f.fold) + stringBytes(f.toneless));

function formsOf(s: string): Forms {
  let f = forms.get(s);
  if (!f) {
    f = { fold: detach(foldAccents(s)), toneless: detach(stripTone(s)), tone: toneOf(s) };
    forms.set(s, f);
  }
  return f;
}

/** How two lower-case syllables differ, in the units a ranking needs. */
export function markDifference(a: string, b: string): MarkDifference {
  const x = formsOf(a);
  const y = formsOf(b);
  return differenceOf(x, y, editDistance(x.fold, y.fold), () => editDistance(x.fold, y.fold, 1));
}

/** The accent-free form `markDifference` compares (of a lower-case syllable: its `foldKey`). */
export function accentFreeForm(s: string): string {
  return formsOf(s).fold;
}

/**
 * `markDifference(a, b)` when the accent-free forms of `a` and `b` were already compared:
 * `letters` is their `editDistance`, `plain` the same with a substitution costing 1. The slip
 * search compares a syllable with every syllable of an accent-free form at once, and each
 * comparison used to measure the same two forms again.
 */
export function markDifferenceOfForms(a: string, b: string, letters: number, plain: number, distances?: Map<string, number>): MarkDifference {
  // differenceOf with `plain` known (no function made per comparison: hundreds per slip search)
  const x = formsOf(a);
  const y = formsOf(b);
  let quality = 0;
  if (x.toneless !== y.toneless) {
    // `distances`, when given, holds `a`'s distances by the other's toneless spelling: the
    // syllables of one accent-free form share a few ("ban", "băn", "bân" of a dozen)
    let d = distances?.get(y.toneless);
    if (d === undefined) {
      d = editDistance(x.toneless, y.toneless, 1);
      distances?.set(y.toneless, d);
    }
    quality = Math.max(0, d - plain);
  }
  return { letters, quality, tone: toneDistance(x.tone, y.tone) };
}

function differenceOf(x: Forms, y: Forms, letters: number, plain: () => number): MarkDifference {
  // the same toneless spelling: no quality mark differs (and no distance needs computing)
  const quality = x.toneless === y.toneless ? 0 : Math.max(0, editDistance(x.toneless, y.toneless, 1) - plain());
  return { letters, quality, tone: toneDistance(x.tone, y.tone) };
}

/** The accent-free key of a syllable ("Huyện" → "huyen"). */
export function foldKey(s: string): string {
  let f = folds.get(s);
  if (f === undefined) {
    f = foldAccents(nfc(s).toLowerCase());
    folds.set(s, detach(f));
  }
  return f;
}

/** foldKey's answers: the slip and suggestion searches fold the same few thousand syllables again and again */
const folds = new WordMemo<string>('syllable.folds', stringBytes);

/**
 * Every Vietnamese mark once decomposed: the five tones, the breve, circumflex and horn of
 * ă â ê ô ơ ư, and đ (which has no decomposition).
 */
const VIETNAMESE_MARK = /[\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b\u0111\u0110]/u;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** the written onsets of Vietnamese syllables, longest first */
const ONSET = /^(?:ngh|ng|gh|gi|kh|ch|tr|th|ph|nh|qu|[bcdđghklmnprstvx])/u;

/** The written onset of a syllable (lookup key or accent-free form): "ngh" of "nghị", "" of "ăn". */
export function onsetOf(key: string): string {
  return ONSET.exec(key)?.[0] ?? '';
}

/** A syllable with a Vietnamese mark of any kind (so it was meant as Vietnamese, not English). */
export function hasVietnameseMark(s: string): boolean {
  // asked for every word of a draft: one decomposition and one test, none for plain ASCII
  return !ASCII.test(s) && VIETNAMESE_MARK.test(s.normalize('NFD'));
}

export interface SyllableInfo {
  key: string;
  fold: string;
  allCaps: boolean;
  capitalised: boolean;
  vietnamese: boolean;
  /**
   * slips.ts `soundClass` of `fold`, filled on first use (`soundOf`; '' until then): the
   * listed-word search asks it of every token of every sentence, a memo lookup each time.
   * (Mostly `fold` itself, else a string as short: the memo's byte count, taken when the entry
   * is kept, leaves it out.)
   */
  sound: string;
  /**
   * pairs.ts `knownRun` of `key`, filled on first use (`isKnownPairOf`; undefined until then): a
   * sentence's pairs are asked of every token's key, each a lookup in a map of tens of thousands
   * of runs. (The string is the one that map keeps: the memo's byte count leaves it out.)
   */
  knownRun: string | undefined;
  /**
   * The tables' pairs this syllable opens (core/pair-map.ts `afterOf`), filled on first use
   * (undefined until then): the spelling passes ask a pair of nearly every token of every
   * sentence, each a lookup in a map of thousands of first syllables before the small map of
   * that syllable's seconds. `stepsAfter`: genre-words.ts `phraseSteps` of `key`
   * (`phraseStepOf`); `foldsAfter`: the listed words whose accent-free form opens with `sound`
   * (spelling/wrong-word.ts `listedFoldsAfter`); `bigramsAfter`: capital-evidence.ts's counts of
   * the pairs `key` opens (`mostlyCapitalisedOf`). (Maps the tables keep: the memo's byte
   * count leaves them out.)
   */
  stepsAfter: ReadonlyMap<string, number> | undefined;
  foldsAfter: ReadonlyMap<string, FoldsAfter> | undefined;
  bigramsAfter: ReadonlyMap<string, readonly [number, number]> | undefined;
  /**
   * The general word list's keys opening with `key`, common and rare (core/pair-set.ts
   * SortedPairs `runFor`), filled together on first use (general-words.ts `isGeneralPairOf`;
   * slices of the lists, never counted by the memo).
   */
  commonRun: string | undefined;
  rareRun: string | undefined;
  /** where `key`'s pairs lie in the general dictionary's counts, filled on first use (general-pairs.ts `generalPairCountOf`) */
  generalPairs: object | undefined;
}

/** the listed words of two syllables and of three (by their third) whose accent-free form opens with a pair (spelling/wrong-word.ts listedFoldsAfter) */
export interface FoldsAfter {
  two?: string[][];
  three?: Map<string, string[][]>;
}

/**
 * Per-spelling facts, cached for the process: a draft repeats the same few hundred
 * syllables, and a re-check after each keystroke repeats the whole draft. The cache is
 * bounded (a language has a few thousand syllables; names and typos add some).
 */
const cache = new WordMemo<SyllableInfo>('syllable.info', (i) => 120 + stringBytes(i.key) + stringBytes(i.fold));

export function syllableInfo(text: string): SyllableInfo {
  let info = cache.get(text);
  if (info) return info;
  const key = lookupKey(text);
  const allCaps = isAllCaps(text);
  info = { key: detach(key), fold: foldKey(key), allCaps, capitalised: !allCaps && /^\p{Lu}/u.test(text), vietnamese: hasVietnameseMark(text), sound: '', knownRun: undefined, stepsAfter: undefined, foldsAfter: undefined, bigramsAfter: undefined, commonRun: undefined, rareRun: undefined, generalPairs: undefined };
  cache.set(text, info);
  return info;
}

/**
 * The longest Vietnamese syllable has 7 letters ("nghiêng", "khuyếch"); past 16 UTF-16 units a
 * token is no misspelt syllable, and suggesting for it costs its length squared (one
 * deletion per letter) — a 1,200-letter word took the server to 4.3 GB.
 */
export const MAX_SUGGEST_LENGTH = 16;
/** At most this many suggestions are ever computed for one word. */
export const MAX_SUGGESTIONS = 8;

export function suggestible(word: string): boolean {
  return word.length > 0 && word.length <= MAX_SUGGEST_LENGTH;
}
