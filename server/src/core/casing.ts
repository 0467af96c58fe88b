/**
 * Casing helpers shared by the capitalisation rules. Pure functions over the Draft model;
 * they never normalise what they return (a fix must keep the draft's own tone placement
 * and Unicode form: only the case of letters changes).
 */
import { detach } from './bounded-cache.js';
import type { Draft, ParsedWord, Sentence, Word } from './draft.js';
import { nfc, withToneStyle } from './normalise.js';
import { trailingNonWord, trimNonWord } from './word-edges.js';
import markers from '../../../dictionaries/generic-markers.json';
import { firstAtOrAfter, spanAt } from './sorted.js';
import { paragraphDebris } from './web-debris.js';
import { lazyRegExp } from './lazy-regexp.js';

/** The casing of one syllable: all lower, first letter capital, all capitals, or other. */
export type CaseShape = 'lower' | 'cap' | 'upper' | 'mixed';

const LETTER = /\p{L}/u;

function letters(s: string): string[] {
  return [...s].filter((c) => LETTER.test(c));
}

export function caseShape(s: string): CaseShape {
  // the rules ask it of every word, many times, and the CLI runs it unoptimised: one loop over
  // UTF-16 units and a table of what each is (no code-point iterator, no call, no regular
  // expression and no lower-case copy per character); a surrogate is read the general way
  let n = 0;
  let upper = 0;
  let firstUpper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let kind = CASES[c];
    if (kind === UNKNOWN) kind = learnCase(c);
    if (kind === NOT_LETTER) continue;
    if (kind === OTHER) return generalCaseShape(s);
    if (n === 0) firstUpper = kind === UPPER;
    if (kind === UPPER) upper++;
    n++;
  }
  return shapeOf(n, upper, firstUpper);
}

const UNKNOWN = 0;
const NOT_LETTER = 1;
const LOWER = 2;
const UPPER = 3;
/** a unit that is half of a surrogate pair: its code point decides */
const OTHER = 4;

/** What each UTF-16 unit is to caseShape, learnt on first sight from the general test. */
const CASES = new Uint8Array(0x10000);
function learnCase(c: number): number {
  const ch = String.fromCharCode(c);
  const kind = c >= 0xd800 && c <= 0xdfff ? OTHER : !LETTER.test(ch) ? NOT_LETTER : ch !== ch.toLowerCase() ? UPPER : LOWER;
  CASES[c] = kind;
  return kind;
}

function shapeOf(n: number, upper: number, firstUpper: boolean): CaseShape {
  if (upper === 0) return 'lower';
  if (upper === n) return n === 1 ? 'cap' : 'upper';
  if (firstUpper && upper === 1) return 'cap';
  return 'mixed';
}

/** caseShape of any string, by code points */
function generalCaseShape(s: string): CaseShape {
  // most syllables are lower case: then no letter changes when lowered
  if (!hasCapital(s)) return 'lower';
  let n = 0;
  let upper = 0;
  let firstUpper = false;
  for (const c of s) {
    if (!LETTER.test(c)) continue;
    const u = c !== c.toLowerCase();
    if (n === 0) firstUpper = u;
    if (u) upper++;
    n++;
  }
  return shapeOf(n, upper, firstUpper);
}

/**
 * A sentence nearly all of whose words are capitalised: a heading or caption written in Title
 * Case, whose capitals are its style rather than one word's slip.
 */
export function isTitleCaseLine(words: readonly Word[]): boolean {
  // two rules ask it of every sentence: answered once per sentence's word list
  let answer = titleCaseLines.get(words);
  if (answer === undefined) {
    let lettered = 0;
    let capitals = 0;
    for (const w of words) {
      if (!startsWithLetter(w.text)) continue;
      lettered++;
      if (caseShape(w.text) !== 'lower') capitals++;
    }
    answer = lettered >= 3 && capitals >= 0.6 * lettered;
    titleCaseLines.set(words, answer);
  }
  return answer;
}
const titleCaseLines = new WeakMap<readonly Word[], boolean>();

/** `/^[\p{L}\p{M}]/u`, without the regex for an ASCII first character (most words). */
function startsWithLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return LETTER_OR_MARK_FIRST.test(s);
}
const LETTER_OR_MARK_FIRST = /^[\p{L}\p{M}]/u;

/**
 * Is there a letter that lowering would change (`s !== s.toLowerCase()`)? Decided unit by unit
 * for ASCII and the Vietnamese letters, without making the lower-case copy (every word of a
 * draft is asked, several times a check); any other character asks toLowerCase.
 */
function hasCapital(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) return true;
      continue;
    }
    // Latin-1 letters: À–Þ capitals (not ×), ß–ÿ small (÷ is no letter)
    if (c >= 0xc0 && c <= 0xff) {
      if (c <= 0xde && c !== 0xd7) return true;
      continue;
    }
    // the tone and vowel marks of a decomposed syllable have no case
    if (c >= 0x300 && c <= 0x36f) continue;
    // Latin Extended Additional's Vietnamese block alternates capital (even), small (odd)
    if (c >= 0x1ea0 && c <= 0x1ef9) {
      if ((c & 1) === 0) return true;
      continue;
    }
    const v = VIETNAMESE_CASE.get(c);
    if (v === true) return true;
    if (v === false) continue;
    return s !== s.toLowerCase();
  }
  return false;
}

/** ă, đ, ĩ, ũ, ơ, ư and their capitals (true): Vietnamese letters outside the ranges above */
const VIETNAMESE_CASE = new Map<number, boolean>([
  [0x102, true], [0x103, false], [0x110, true], [0x111, false], [0x128, true], [0x129, false],
  [0x168, true], [0x169, false], [0x1a0, true], [0x1a1, false], [0x1af, true], [0x1b0, false],
]);

/**
 * `source` re-cased like `model` (a syllable of the same letters, maybe another tone
 * placement or Unicode form). Only letter case changes, so tone placement and NFC/NFD
 * form of `source` survive. With a mixed-case model ("ThS") the case is copied letter by
 * letter when both have the same number of letters.
 */
export function caseLike(source: string, model: string): string {
  const shape = caseShape(model);
  if (shape === 'mixed') {
    const m = letters(model);
    if (m.length === letters(source).length) {
      let i = 0;
      return [...source].map((c) => (LETTER.test(c) ? (m[i++] !== m[i - 1].toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c)).join('');
    }
    return source;
  }
  return withShape(source, shape);
}

/** Apply a case shape to a syllable, changing only letter case. */
export function withShape(source: string, shape: CaseShape): string {
  if (shape === 'mixed') return source;
  let seen = false;
  let out = '';
  for (const c of source) {
    if (!LETTER.test(c)) {
      out += c;
      continue;
    }
    if (shape === 'upper' || (shape === 'cap' && !seen)) out += c.toUpperCase();
    else out += c.toLowerCase();
    seen = true;
  }
  return out;
}

export function isCapitalised(s: string): boolean {
  // asked of every word by several rules: the table caseShape learns, by UTF-16 unit; from a
  // surrogate on, by code points
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let kind = CASES[c];
    if (kind === UNKNOWN) kind = learnCase(c);
    if (kind === NOT_LETTER) continue;
    return kind === OTHER ? generalIsCapitalised(s.slice(i)) : kind === UPPER;
  }
  return false;
}

function generalIsCapitalised(s: string): boolean {
  for (const c of s) {
    if (LETTER.test(c)) return c !== c.toLowerCase();
  }
  return false;
}

/** Comparison key of a syllable: NFC, old tone style, lower case ("Uỷ" → "ủy"). */
export function syllableKey(s: string): string {
  let k = KEYS.get(s);
  if (k === undefined) {
    k = withToneStyle(trimNonWord(nfc(s)), 'old').toLowerCase().replace(/ð/g, 'đ');
    // drafts reuse a few thousand syllables: a bounded memo keeps keystroke re-checks cheap
    // …stored as copies: a long word cut from a draft would keep the whole draft alive; a
    // token longer than any syllable (a run of letters with no space) is not kept at all
    if (s.length <= 32) {
      if (KEYS.size > 50_000) KEYS.clear();
      KEYS.set(detach(s), detach(k));
    }
  }
  return k;
}
const KEYS = new Map<string, string>();

/** `syllableKey` of a draft word, computed once per word (rules look words up many times). */
export function wordKey(w: Word): string {
  // a parsed word's key is its forms' (one field read, not the getters' three calls)
  const forms = (w as Partial<ParsedWord>).forms;
  if (forms !== undefined) return forms.key;
  if (w.keyOf !== w.text || w.key === undefined) {
    w.key = syllableKey(w.text);
    w.keyOf = w.text;
  }
  return w.key;
}

/** The sentence that contains an offset. */
export function sentenceAt(draft: Pick<Draft, 'sentences'>, offset: number): Sentence | undefined {
  return spanAt(draft.sentences, offset);
}

/** Index of the word that starts at `offset` (binary search), or -1. */
export function wordIndexAt(words: Word[], offset: number): number {
  const k = firstAtOrAfter(words, offset, (w) => w.start);
  return k < words.length && words[k].start === offset ? k : -1;
}

function paragraphOf(draft: Draft, offset: number): Draft['paragraphs'][number] | undefined {
  return spanAt(draft.paragraphs, offset);
}

/** Opening punctuation of a source tag or a list item that a sentence may start after. */
const OPENER = /^[\s"“'‘«(\[\-–—•*+>#.…:]*$/u;

/** The text between two offsets of a paragraph with its inline web debris taken out; undefined when it holds none. */
function withoutDebris(draft: Draft, from: number, to: number): string | undefined {
  const k = firstAtOrAfter(draft.paragraphs, from + 1, (p) => p.end);
  if (k >= draft.paragraphs.length) return undefined;
  // the paragraph's debris is in order and never overlaps: the pieces in [from, to) are a run
  // found by binary search (a long paragraph has hundreds, asked about for every capital)
  const all = paragraphDebris(draft.view, draft.paragraphs)[k];
  const first = firstAtOrAfter(all, from + 1, (d) => d.end);
  let last = first;
  while (last < all.length && all[last].start < to) last++;
  const spans = all.slice(first, last);
  if (spans.length === 0) return undefined;
  let out = '';
  let at = from;
  for (const d of spans) {
    out += draft.text.slice(at, Math.max(at, d.start));
    at = Math.max(at, d.end);
  }
  return out + draft.text.slice(Math.min(at, to), to);
}

/** Where the last piece of inline debris before `offset` in its paragraph ends (-1: none). */
function debrisEndBefore(draft: Draft, offset: number): number {
  const k = firstAtOrAfter(draft.paragraphs, offset, (p) => p.end);
  if (k >= draft.paragraphs.length) return -1;
  const all = paragraphDebris(draft.view, draft.paragraphs)[k];
  const next = firstAtOrAfter(all, offset + 1, (d) => d.end);
  return next > 0 ? all[next - 1].end : -1;
}

/**
 * True when a word at `offset` is where a capital is expected anyway: the first word of a
 * sentence, headline or paragraph, or the first word after a source tag ("(Đài An Lão) Sáng",
 * "BDK.VN - Chiều"), after a colon or a dash opening a clause, or after an opening quotation.
 */
export function isSentenceStart(draft: Draft, offset: number): boolean {
  // several rules ask it of the same words: answered once per draft and offset (the memo goes
  // with the draft, so it holds no old version of a document). A byte per character of the
  // draft, indexed by the offset: a map of the offsets asked grew with the draft, rehashed as it
  // grew and hashed every question (on a 3 MB single line, 12 times the time of a quarter of
  // it), where a byte array is one allocation and a read
  if (offset < 0 || offset > draft.text.length) return sentenceStartAt(draft, offset);
  let answers = sentenceStarts.get(draft);
  if (!answers) sentenceStarts.set(draft, (answers = new Uint8Array(draft.text.length + 1)));
  const known = answers[offset];
  if (known !== UNKNOWN_START) return known === STARTS;
  const answer = sentenceStartAt(draft, offset);
  answers[offset] = answer ? STARTS : GOES_ON;
  return answer;
}
/** isSentenceStart's answers by offset: not asked yet, a sentence start, none */
const UNKNOWN_START = 0;
const STARTS = 1;
const GOES_ON = 2;
const sentenceStarts = new WeakMap<Draft, Uint8Array>();

function sentenceStartAt(draft: Draft, offset: number): boolean {
  const s = sentenceAt(draft, offset);
  if (!s) return true;
  // only the first few characters of a sentence can be opening punctuation: keep slices short
  const before = draft.text.slice(s.start, Math.min(offset, s.start + 60));
  if (offset - s.start <= 60 && OPENER.test(before)) return true;
  // "Responsive image Các đại biểu…": web debris the fix removes opens the sentence
  if (offset - s.start <= 200 && OPENER.test(withoutDebris(draft, s.start, offset) ?? 'x')) return true;
  // "học viên.Bản in Tham dự": debris glued on after an end mark; without it the word follows the mark
  const glued = debrisEndBefore(draft, offset);
  if (glued >= 0 && /^[ \t\u00a0]*$/u.test(draft.text.slice(glued, offset)) && /[.!?…]["”’)]?[ \t\u00a0]*$/u.test(withoutDebris(draft, Math.max(s.start, offset - 200), offset) ?? '')) return true;
  const i = wordIndexAt(s.words, offset);
  if (i <= 0) return i === 0;
  const prev = s.words[i - 1];
  // runs of whitespace collapsed: the tests below pair two `\s*` around an optional mark,
  // which backtracks quadratically on a gap of 300,000 spaces
  const gap = (trailingNonWord(prev.text) + draft.text.slice(prev.end, offset)).replace(/\s+/gu, ' ');
  // after ":" a new clause may start with a capital (NĐ 30 no longer requires it, nor forbids it)
  if (/[:!?]\s*["“']?\s*$/u.test(gap) || /["“«]\s*$/u.test(gap)) return true;
  if (/^\s*\)\s*[-–—]?\s*$/u.test(gap) && /^\s*\(/u.test(before)) return true;
  // a source tag "BDK.VN - " or "(Đài X) " at the start of the lead
  if (/^\s*[-–—]\s*$/u.test(gap) && i <= 3 && s.words.slice(0, i).every((w) => /[\p{Lu}\d.]/u.test(w.text[0] ?? ''))) {
    const p = paragraphOf(draft, offset);
    if (p && p.start === s.start) return true;
  }
  if (/\)\s*$/u.test(gap)) {
    const p = paragraphOf(draft, offset);
    if (p && offset - p.start < 50 && /^\s*\([^)]{1,40}\)\s*$/u.test(draft.text.slice(p.start, offset))) return true;
  }
  // a place and its province opening the lead: "Lý Sơn (Quảng Ngãi) - Từ ngày 6 …"
  if (/\)\s*[-–—]\s*$/u.test(gap)) {
    const p = paragraphOf(draft, offset);
    if (p && p.start === s.start && offset - p.start < 80 && PLACE_TAG().test(draft.text.slice(p.start, offset))) return true;
  }
  return false;
}

/** capitalised words (a place, an outlet), a bracket of capitalised words, a dash: "Lý Sơn (Quảng Ngãi) - " */
const PLACE_TAG = lazyRegExp(() => /^\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,4}\s*\(\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,4}\s*\)\s*[-–—]\s*$/u);

/*
 * Words that make the next noun generic or plural (CAP-24, CAP-12): "các tỉnh ủy",
 * "những bí thư", "cấp ủy", "mỗi trưởng phòng".
 */

const PLURAL = new Set(markers.plural.map((m) => syllableKey(m.word)));
const LEVEL = new Set(markers.levels.map((m) => syllableKey(m.word)));
const MAIN_LEVEL_WORDS = markers.levels.filter((m) => 'main' in m && m.main).map((m) => m.word.split(' ').map(syllableKey));
/** the main administrative levels ("tỉnh", "thành phố" … "thị trấn"; `main` in generic-markers.json), as syllable keys joined by spaces */
export const MAIN_LEVELS = new Set(MAIN_LEVEL_WORDS.map((k) => k.join(' ')));
/** their first syllables ("thành" of "thành phố", "thị" of "thị xã") */
export const MAIN_LEVEL_FIRSTS = new Set(MAIN_LEVEL_WORDS.map((k) => k[0]));
const LEVEL_PHRASES = new Map<string, string[][]>();
for (const m of markers.levels) {
  const keys = m.word.split(' ').map(syllableKey);
  if (!LEVEL_PHRASES.has(keys[0])) LEVEL_PHRASES.set(keys[0], []);
  LEVEL_PHRASES.get(keys[0])!.push(keys);
}

/** markers that make the phrase before them generic ("đảng ủy | các cấp"; generic-markers.json `after`), as syllable keys */
export const PLURAL_AFTER: string[][] = markers.after.map((m) => m.word.split(' ').map(syllableKey));

/** True when the syllable is a one-syllable plural/generic marker ("các", "những", "mỗi", "từng", "cấp" …). */
export function isPluralMarker(syllable: string): boolean {
  return PLURAL.has(syllableKey(syllable));
}

/** the plural markers of more than one syllable ("một số"), as syllable keys */
const PLURAL_PHRASES = markers.plural.map((m) => m.word.split(' ').map(syllableKey)).filter((keys) => keys.length > 1);

/** words before a number word that make it an ordinal or a weekday ("lớp thứ | ba"): generic-markers.json ordinalBefore */
const ORDINAL_BEFORE = new Set(markers.ordinalBefore.words.map(syllableKey));
/** The one-word marker at words[i] follows an ordinal's word ("thứ ba", "thứ hai"): a rank, no count. */
function ordinalAt(words: Word[], i: number): boolean {
  return i > 0 && ORDINAL_BEFORE.has(wordKey(words[i - 1]));
}

/** Length in words of a plural marker starting at words[i] ("các" = 1, "một số" = 2), or 0. */
export function pluralMarkerAt(words: Word[], i: number): number {
  const w = words[i];
  if (!w) return 0;
  // (the words' own keys: no lookup of the text again, for nearly every word of a draft)
  if (PLURAL.has(wordKey(w))) return ordinalAt(words, i) ? 0 : 1;
  for (const keys of PLURAL_PHRASES) if (keys.every((k, n) => words[i + n] && wordKey(words[i + n]) === k)) return keys.length;
  return 0;
}

/** Length in words of what says many at words[i]: a count in digits ("12 huyện": 1) or a plural marker (pluralMarkerAt), or 0. */
export function countOrPluralAt(words: Word[], i: number): number {
  return i < words.length && /^\d+$/u.test(words[i].text) ? 1 : pluralMarkerAt(words, i);
}

/** Length in words of a plural marker that ends with words[i] ("các" = 1, "một số" = 2), or 0. */
export function pluralMarkerEndingAt(words: Word[], i: number): number {
  const w = words[i];
  if (!w) return 0;
  if (PLURAL.has(wordKey(w))) return ordinalAt(words, i) ? 0 : 1;
  const keys = PLURAL_PHRASES.find((ks) => i + 1 >= ks.length && ks.every((k, n) => wordKey(words[i + 1 - ks.length + n]) === k));
  return keys ? keys.length : 0;
}

/** Length in words of an administrative level word starting at words[i] ("thị trấn" = 2), or 0. */
export function levelWordAt(words: Word[], i: number): number {
  let best = 0;
  if (!words[i]) return 0;
  // (index loops, no closure: asked of every word by several rules, each re-check, in the
  // server's baseline code, where each step of a for…of allocates its result)
  const phrases = LEVEL_PHRASES.get(wordKey(words[i]));
  if (phrases === undefined) return 0;
  for (let p = 0; p < phrases.length; p++) {
    const phrase = phrases[p];
    if (phrase.length <= best) continue;
    let all = true;
    for (let j = 0; j < phrase.length && all; j++) all = !!words[i + j] && wordKey(words[i + j]) === phrase[j];
    if (all) best = phrase.length;
  }
  return best;
}

export function isLevelWord(syllable: string): boolean {
  return LEVEL.has(syllableKey(syllable));
}

/** True when a level word ends at word k: one syllable ("xã") or the last of two or three ("thành phố", "thị trấn"). */
export function levelEndsAt(words: Word[], k: number): boolean {
  if (!words[k]) return false;
  if (isLevelWord(words[k].text)) return true;
  for (let n = 1; n <= 2 && k - n >= 0; n++) if (levelWordAt(words, k - n) === n + 1) return true;
  return false;
}

/** "và", "hoặc": join the items of a list (generic-markers.json listJoiners), by syllable key */
const LIST_JOINERS = new Set(markers.listJoiners.map((m) => syllableKey(m.word)));

/** True when the word joins a list's last item ("và", "hoặc"). */
export function isListJoiner(w: Word): boolean {
  return LIST_JOINERS.has(wordKey(w));
}

/**
 * True when the word at index `i` of `words` is made generic by what precedes it: a plural
 * marker just before it ("các tỉnh ủy", "cấp ủy"), or a list of items of the same kind that a
 * plural marker opens ("các tỉnh ủy, thành ủy", "các huyện, thị, thành ủy"). `isItem` says
 * which words may belong to such a list.
 */
export function isGenericAt(text: string, words: Word[], i: number, isItem: (w: Word) => boolean = () => false): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 10; j--) {
    const w = words[j];
    const gap = text.slice(w.end, words[j + 1].start);
    if (!/^[\s,]*$/u.test(gap)) return false;
    if (pluralMarkerEndingAt(words, j) > 0 && !/,/.test(gap)) return true;
    if (!/,/.test(gap) && !isListJoiner(w) && !isItem(w)) return false;
    if (/,/.test(gap) && !isItem(w) && !isListJoiner(w)) return false;
  }
  return false;
}

