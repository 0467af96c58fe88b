/**
 * Slips that turn one valid syllable into another (a tone, a vowel mark, one letter, or a sound
 * writers confuse: dictionaries/spelling-confusions.json), and the one a syllable's neighbours
 * say was meant: "chấp lượng" is no pair of the genre, "chất lượng", one letter away, is.
 */
import { TRACING, traceStep } from './trace.js';
import confusions from '../../../../dictionaries/spelling-confusions.json';
import { foldAccents, stripTone, toneOf } from '../normalise.js';
import { detach, plainBytes, stringBytes, stringsBytes, WordMemo } from '../bounded-cache.js';
import type { Draft, Paragraph, ParsedWord, Word } from '../draft.js';
import { ParagraphMemo, paragraphWords } from '../paragraph-memo.js';
import { dictionaryFiles, derivedText, syllableList, syllables } from './dictionary.js';
import { genreWords, isListed, isListedPair } from './genre-words.js';
import { generalWordCount, isCommonGeneralPair, isGeneralPair } from './general-words.js';
import { generalPairCount, generalSyllableCount } from './general-pairs.js';
import { isEverydayPair } from './everyday-words.js';
import { boundToAfter, boundToBefore, explainsAfter, FREQUENT_PAIR, freeCount, isKnownPair, knownPairsAfter, maxWeightAfter, maxWeightBefore, pairCount, pairWeight, syllableCount } from './pairs.js';
import { nearSyllables } from './suggest.js';
import { canonicalTone, editDistance, foldKey, hasVietnameseMark, markDifferenceOfForms, onsetOf, SUBSTITUTION, type SyllableInfo } from './syllable.js';

const ONSETS = confusions.onsets.map((e) => e.pair);
const FINALS = confusions.finals.map((e) => e.pair);
/** the swaps few syllables survive as another word: not `manyTwins` (spelling-confusions.json) */
const DISTINCT_ONSETS = confusions.onsets.filter((e) => !('manyTwins' in e)).map((e) => e.pair);
const DISTINCT_FINALS = confusions.finals.filter((e) => !('manyTwins' in e)).map((e) => e.pair);

const FINAL = /(?:ng|nh|ch|[cmnpt])$/u;

/** the sounds a region merges, no stray key among them (`strayKey`: nh/ngh, ng/nh): what the ear confuses */
const HEARD_ONSETS = confusions.onsets.filter((e) => !('strayKey' in e)).map((e) => e.pair);
const HEARD_FINALS = confusions.finals.filter((e) => !('strayKey' in e)).map((e) => e.pair);

/**
 * The valid syllables `key` makes with one sound its writer's region merges swapped ("chượt" →
 * "trượt", "giậc" → "giật", "cắng" → "cắn"): `soundSwaps` without the stray keys (no memo: the
 * suggestions that ask keep their answers).
 */
export function regionalSwaps(key: string): string[] {
  return soundSwaps(key, HEARD_ONSETS, HEARD_FINALS);
}

/**
 * The valid syllables `key` makes with one sound writers confuse swapped: its onset, by region
 * ("sảy" → "xảy", "chái" → "trái", "dáo" → "giáo"), or its final ("bắc" → "bắt", "miện" →
 * "miệng"): spelling-confusions.json onsets and finals.
 */
export function soundSwaps(key: string, onsets: ReadonlyArray<readonly string[]> = ONSETS, finals: ReadonlyArray<readonly string[]> = FINALS): string[] {
  // the two tables the checks ask with, each answer kept by key: the spelling check asks it
  // (through heardVariants, distinctHeardVariants, slipVariants) several times for most tokens
  const memo = onsets === ONSETS && finals === FINALS ? swapMemo : onsets === DISTINCT_ONSETS && finals === DISTINCT_FINALS ? distinctSwapMemo : undefined;
  const known = memo?.get(key);
  if (known) return known;
  const out: string[] = [];
  const onset = onsetOf(key);
  for (const [a, b] of onsets) {
    if (onset === a) out.push(b + key.slice(a.length));
    if (onset === b) out.push(a + key.slice(b.length));
  }
  const final = FINAL.exec(key)?.[0] ?? '';
  for (const [a, b] of finals) {
    if (final === a) out.push(key.slice(0, key.length - a.length) + b);
    if (final === b) out.push(key.slice(0, key.length - b.length) + a);
  }
  const valid = syllables();
  const swaps = out.filter((k) => k !== key && valid.has(k));
  return memo ? memo.set(key, swaps) : swaps;
}
/**
 * soundSwaps' answers (never changed by a caller) with all the confused sounds, and with the
 * distinct ones: this file's memos are word memos, bounded with the others (bounded-cache.ts)
 */
const swapMemo = new WordMemo<string[]>('slips.swaps', stringsBytes);
const distinctSwapMemo = new WordMemo<string[]>('slips.distinct-swaps', stringsBytes);

/** the tones a speaker of most regions cannot tell apart in writing: ngã (3) and hỏi (4) */
const HEARD_TONES = new Set([3, 4]);

/**
 * The valid syllables a reporter who writes as they speak may have meant by `key`: its hỏi tone
 * for its ngã or the other way round ("quãng" → "quảng"), or a sound their region merges
 * (spelling-confusions.json onsets and finals: "chừ" → "trừ").
 */
export function heardVariants(key: string): string[] {
  // a function of the syllable alone (the tables and the dictionary are the process's): kept by
  // key, as soundSwaps' answers are. Asked of most tokens of every sentence by the slips of the
  // ear (word-slips.ts, language-pairs.ts through distinctHeardVariants), each answer made a
  // set, an NFD normalisation per variant and a new array: 1.6 % of the per-core lint
  const known = heardMemo.get(key);
  if (known) return known;
  return heardMemo.set(key, computeHeardVariants(key));
}
/** heardVariants' and distinctHeardVariants' answers by key (never changed by a caller) */
const heardMemo = new WordMemo<string[]>('slips.heard', stringsBytes);
const distinctHeardMemo = new WordMemo<string[]>('slips.distinct-heard', stringsBytes);

function computeHeardVariants(key: string): string[] {
  const out = new Set(soundSwaps(key));
  const tone = toneOf(key);
  if (HEARD_TONES.has(tone)) {
    const bare = stripTone(key);
    for (const v of slipVariants(key)) if (HEARD_TONES.has(toneOf(v.key)) && toneOf(v.key) !== tone && stripTone(v.key) === bare) out.add(v.key);
  }
  return [...out];
}

/**
 * The valid syllables `key` makes by a slip of the ear few syllables survive as another word: its
 * hỏi tone for its ngã or the other way round, or a confused sound swapped that is no `manyTwins`
 * swap ("xống" → "sống", "chừ" → "trừ", "đụt" → "đục"; not "lọc" → "nọc", "buồng" → "buồn").
 */
export function distinctHeardVariants(key: string): string[] {
  // (kept by key too: heardVariants' reasons)
  const known = distinctHeardMemo.get(key);
  if (known) return known;
  const swaps = soundSwaps(key, DISTINCT_ONSETS, DISTINCT_FINALS);
  const all = new Set(soundSwaps(key));
  return distinctHeardMemo.set(key, heardVariants(key).filter((v) => !all.has(v) || swaps.includes(v)));
}

/** each confused sound's class: the first of its group */
function soundClasses(pairs: ReadonlyArray<readonly string[]>): Map<string, string> {
  const classes = new Map<string, string>();
  for (const [a, b] of pairs) {
    const c = classes.get(a) ?? classes.get(b) ?? a;
    classes.set(a, c);
    classes.set(b, c);
  }
  return classes;
}

/** each confused onset's class: the first of its group (ch/tr, s/x, d/gi/r, l/n) */
const ONSET_CLASS = soundClasses(ONSETS);

/**
 * An accent-free syllable with a confused onset written as its class's ("xay" and "say" both
 * "say", "trai" and "chai" both "chai"): the listed words an onset swap may have meant share it.
 */
function onsetClass(fold: string): string {
  const onset = onsetOf(fold);
  const c = onset && ONSET_CLASS.get(onset);
  return c && c !== onset ? c + fold.slice(onset.length) : fold;
}

/** each confused final's class: the first of its group (c/t/p, n/ng) */
const FINAL_CLASS = soundClasses(FINALS);

/**
 * An accent-free syllable with its confused onset and its confused final written as their
 * classes' ("mieng" and "mien" both "mien", "quang" and "quan" both "quan"): the listed words a
 * swap of either sound may have meant share it.
 */
export function soundClass(fold: string): string {
  // asked of every token of every sentence: kept by form (one string each, hashed once for the
  // lookups that follow, where a new string each time was hashed again), a copy (no slice of a
  // draft), cleared past a language's syllables
  let out = soundClassOf.get(fold);
  if (out === undefined) {
    const onset = onsetClass(fold);
    const final = FINAL.exec(onset)?.[0] ?? '';
    const c = final && FINAL_CLASS.get(final);
    // (a vowel must stay before the final: "ng" alone is no syllable's end)
    out = c && c !== final && onset.length > final.length ? onset.slice(0, onset.length - final.length) + c : onset;
    soundClassOf.set(fold, detach(out));
  }
  return out;
}
/** (no syllable's form is longer than 16 units: a longer key would only fill the memo) */
const soundClassOf = new WordMemo<string>('slips.sound-classes', stringBytes, 16);

/**
 * `soundClass` of a syllable's accent-free form, kept on its facts (shared by every token of
 * that spelling): asked of each token of each sentence by the listed-word search.
 */
export function soundOf(info: SyllableInfo): string {
  let s = info.sound;
  if (s === '') info.sound = s = soundClass(info.fold);
  return s;
}

const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** each key's neighbours on the keyboard: asked for every near syllable of every slip search */
const NEIGHBOURS = new Map<string, Set<string>>();
KEYBOARD.forEach((row, r) =>
  [...row].forEach((c, x) => {
    const around = new Set<string>();
    for (let rr = Math.max(0, r - 1); rr <= Math.min(KEYBOARD.length - 1, r + 1); rr++) {
      for (let xx = x - 1; xx <= x + 1; xx++) if (xx >= 0 && xx < KEYBOARD[rr].length && KEYBOARD[rr][xx] !== c) around.add(KEYBOARD[rr][xx]);
    }
    NEIGHBOURS.set(c, around);
  }),
);

/** Letters next to each other on a QWERTY keyboard (same row or the row above/below). */
export function keyboardNeighbours(a: string, b: string): boolean {
  return NEIGHBOURS.get(a)?.has(b) ?? false;
}

/** One letter replaced by a key next to it ("phầm" → "phần"), in the accent-free forms. */
function keyboardSlip(a: string, b: string): boolean {
  const x = foldKey(a);
  const y = foldKey(b);
  if (x.length !== y.length) return false;
  // accent-free syllables: letters of one UTF-16 unit each
  let at = -1;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  // "đ" takes two keys ("dd" in Telex, "d9" in VNI): one key struck by its neighbour never
  // turns it into another letter, nor another letter into it ("suối nước" is no slip for "đuối nước")
  if (at === 0 && (a.startsWith('đ') || b.startsWith('đ'))) return false;
  return at >= 0 && keyboardNeighbours(x[at], y[at]);
}

export interface Variant {
  key: string;
  /** a letter and a mark both changed ("hoặc" → "hoạch"): believed only for a listed word */
  double: boolean;
  /**
   * one letter replaced by the key next to it ("dùng" → "vùng"): every letter has several
   * neighbours, so a valid syllable has many such variants and one of them often makes some
   * pair of the genre by chance; one-sided evidence for it must be strong
   */
  struck: boolean;
}

const slipMemo = new WordMemo<Variant[]>('slips.variants', variantsBytes);
/** Approximate bytes of a syllable's variants: a small object and its key each. */
function variantsBytes(list: Variant[]): number {
  let n = 16;
  for (let i = 0; i < list.length; i++) n += 48 + stringBytes(list[i].key);
  return n;
}

/**
 * Valid syllables one slip away from `key` (a lookup key): one tone or vowel mark; one letter
 * added, dropped or replaced with the marks kept; a confused sound swapped; one letter added or
 * dropped together with one mark ("hoặc" → "hoạch"). A syllable written without any mark may
 * also have lost all of them ("cua" → "của", "nguoi" → "người"). A valid syllable's are read
 * from the build's table (`SLIP_VARIANTS_FILE`) when there is one.
 */
export function slipVariants(key: string): Variant[] {
  const known = slipMemo.get(key);
  if (known) return known;
  return slipMemo.set(key, tabledVariants(key) ?? computeSlipVariants(key));
}

/**
 * The build's table of every valid syllable's variants (scripts/build.mjs writes
 * `slipVariantsText()` beside the dictionary, from which it is derived: dist/dictionary-vi/).
 * Searching them cost the per-core lint of the unlabelled pool about 8 % of its time (3.54 →
 * 3.25 s CPU with every syllable's answer known before), each new syllable of a draft a
 * hundred comparisons with the syllables near it; a syllable's line in the table is read in
 * microseconds. Without the file (the sources, the web worker) or with one made from another
 * dictionary, they are searched as before.
 */
export const SLIP_VARIANTS_FILE = 'slip-variants.txt';

/**
 * A variant is three characters of printable ASCII ("!" to "~", base 94): the syllable's number
 * in `syllableList()` times three plus its kind (plain, struck, double; no variant is both).
 */
const DIGITS = 94;
const ZERO = 0x21;

/** the table's first line: the dictionary it was made from, by its length and its syllables' */
function tableStamp(): string {
  return `slip-variants ${dictionaryFiles().dic.length} ${syllableList().length}`;
}

/** Every valid syllable's variants, one line each in `syllableList()`'s order, after the stamp (for the build). */
export function slipVariantsText(): string {
  const list = syllableList();
  const number = new Map<string, number>();
  for (let i = 0; i < list.length; i++) number.set(list[i], i);
  const lines = [tableStamp()];
  for (let i = 0; i < list.length; i++) {
    let line = '';
    for (const v of computeSlipVariants(list[i])) {
      const n = number.get(v.key);
      if (n === undefined) throw new Error(`slip variant ${v.key} of ${list[i]} is no syllable of the list`);
      const code = n * 3 + (v.double ? 2 : v.struck ? 1 : 0);
      line += String.fromCharCode(ZERO + Math.floor(code / (DIGITS * DIGITS)), ZERO + (Math.floor(code / DIGITS) % DIGITS), ZERO + (code % DIGITS));
    }
    lines.push(line);
  }
  return `${lines.join('\n')}\n`;
}

interface SlipTable {
  lines: string[];
  /** a syllable's line */
  at: Map<string, number>;
}

let table: SlipTable | null | undefined;

/** The table's lines, when `text` was made from this dictionary (undefined otherwise). */
export function readSlipTable(text: string): SlipTable | undefined {
  const lines = text.split('\n');
  const list = syllableList();
  if (lines[0] !== tableStamp() || lines.length < list.length + 1) return undefined;
  const at = new Map<string, number>();
  for (let i = 0; i < list.length; i++) at.set(list[i], i + 1);
  return { lines, at };
}

/** A valid syllable's variants from the build's table, or undefined (no table, not a syllable of it). */
function tabledVariants(key: string): Variant[] | undefined {
  if (table === undefined) {
    const text = derivedText(SLIP_VARIANTS_FILE);
    table = (text !== undefined && readSlipTable(text)) || null;
  }
  return table ? variantsOfLine(table, key) : undefined;
}

/** The variants of `key` in `t`, or undefined when it has no line. */
export function variantsOfLine(t: SlipTable, key: string): Variant[] | undefined {
  const at = t.at.get(key);
  if (at === undefined) return undefined;
  const line = t.lines[at];
  const list = syllableList();
  const out: Variant[] = [];
  for (let j = 0; j + 2 < line.length; j += 3) {
    const code = (line.charCodeAt(j) - ZERO) * DIGITS * DIGITS + (line.charCodeAt(j + 1) - ZERO) * DIGITS + (line.charCodeAt(j + 2) - ZERO);
    const kind = code % 3;
    out.push({ key: list[(code - kind) / 3], double: kind === 2, struck: kind === 1 });
  }
  return out;
}

/** `slipVariants(key)` searched (objects of one shape: every field set). */
export function computeSlipVariants(key: string): Variant[] {
  const bare = !hasVietnameseMark(key);
  const out = new Map<string, Variant>(soundSwaps(key).map((k) => [k, { key: k, double: false, struck: false }]));
  const swapped = new Set(out.keys());
  // the accent-free form markDifference compares (the key as given, marks removed)
  const fold = foldAccents(key);
  // the key's distance to each toneless spelling met, asked once (markDifferenceOfForms)
  const distances = new Map<string, number>();
  for (const near of nearSyllables(key)) {
    // two letters apart (a swap, a near form's own near form): no slip below can take it
    const letters = editDistance(fold, near.fold);
    if (letters > SUBSTITUTION || near.keys.length === 0) continue;
    // a letter replaced is a slip only when a neighbouring key struck it: the forms alone say so
    if (letters === SUBSTITUTION && !keyboardSlip(key, near.keys[0])) continue;
    // every syllable of the group has the accent-free form `near.fold`: the forms are compared once
    const plain = editDistance(fold, near.fold, 1);
    for (const v of near.keys) {
      if (v !== key && !swapped.has(v)) addVariant(out, key, v, bare, letters, plain, distances);
    }
  }
  // two vowels typed in the wrong order, the tone where the spelling puts it ("đại" for
  // "địa"): believed like a key struck by its neighbour
  for (const v of swappedVowels(key)) if (!out.has(v)) out.set(v, { key: v, double: false, struck: true });
  return [...out.values()];
}

/**
 * The finals a slip of the eye or the hand writes for each other and no region merges
 * (spelling-confusions.json `slipFinals`): candidates of the pair-slip search only (pairSlip,
 * under its own guards), never a slip variant the other steps read (slipVariants), a sound
 * heard (heardVariants), nor a class the listed-word search folds (soundClass).
 */
const SLIP_FINALS = confusions.slipFinals.map((e) => e.pair);
/** a glide closing a syllable after "a" ("vai", "cao", "quai"): its accent-free form's last two letters (after "u" a glide swapped is an old spelling or a new word: "quy"/"qui", "tuy"/"tui") */
const GLIDE_FINAL = /a[iyou]$/u;

/**
 * The valid syllables `key` makes with one of `SLIP_FINALS` swapped, the tone where the spelling
 * puts it, that no other slip of `slipVariants` makes ("lịnh" → "lịch", "họng" → "học", "ngài" →
 * "ngày", "cáu" → "cáo").
 */
export function finalSlips(key: string): string[] {
  const known = finalMemo.get(key);
  if (known) return known;
  const others = new Set(slipVariants(key).map((v) => v.key));
  return finalMemo.set(key, searchFinalSlips(key).filter((k) => !others.has(k)));
}
const finalMemo = new WordMemo<string[]>('slips.final-slips', stringsBytes);

function searchFinalSlips(key: string): string[] {
  if (key.length > SYLLABLE_LENGTH) return [];
  const out: string[] = [];
  const final = FINAL.exec(key)?.[0] ?? '';
  const bare = stripTone(key);
  const glide = GLIDE_FINAL.test(foldAccents(bare)) ? bare.slice(-1) : '';
  const tone = toneOf(key);
  for (const [a, b] of SLIP_FINALS) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      if (final === x && key.length > x.length) out.push(key.slice(0, key.length - x.length) + y);
      // (the tone, on the vowel before the glide, put back where the spelling puts it: "ngài" → "ngày")
      else if (glide === x) out.push(canonicalTone(`${bare.slice(0, -1)}${y}${tone ? TONE_MARKS[tone - 1] : ''}`.normalize('NFC')));
    }
  }
  const valid = syllables();
  return out.filter((k) => k !== key && valid.has(k));
}

/** a final slipped is read only toward a syllable written this many times as often as the one written */
const FINAL_RATIO = 2;

/** How often Vietnamese writes a syllable: the genre's drafts and the general dictionary's text. */
function writtenCount(key: string): number {
  return syllableCount(key) + generalSyllableCount(key);
}

/** "a b" is a word as written somewhere: of the general list, the everyday list, or the general dictionary's text. */
function wordAsWritten(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && (isGeneralPair(a, b) || isEverydayPair(a, b) || generalPairCount(a, b) > 0);
}

const VOWEL = /[aăâeêioôơuưy]/u;
/** a vowel of an accent-free form */
const PLAIN_VOWEL = /[aeiouy]/u;
/** the longest Vietnamese syllable ("nghiêng", "nguyễn") has seven letters */
const SYLLABLE_LENGTH = 8;

/** The valid syllables `key` makes with two of its vowels swapped ("đại" → "địa", "mía" → "mái"). */
function swappedVowels(key: string): string[] {
  // a syllable has a few letters: a long token (a 100 KB word) has no swap to try
  if (key.length > SYLLABLE_LENGTH) return [];
  const tone = toneOf(key);
  const bare = [...stripTone(key)];
  const valid = syllables();
  const out: string[] = [];
  for (let i = 0; i + 1 < bare.length; i++) {
    if (!VOWEL.test(bare[i]) || !VOWEL.test(bare[i + 1]) || bare[i] === bare[i + 1]) continue;
    const chars = [...bare];
    [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
    let v = chars.join('');
    if (tone) {
      chars[i] = (chars[i] + TONE_MARKS[tone - 1]).normalize('NFC');
      v = canonicalTone(chars.join(''));
    }
    if (v !== key && valid.has(v)) out.push(v);
  }
  return out;
}

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';

/**
 * `v` is `key` with one more letter, marks and all ("huấn" for "hun", "nhiều" for "nhiu"):
 * one letter of the written word is missing, whatever marks it carried.
 */
function droppedLetter(key: string, v: string): boolean {
  if (v.length !== key.length + 1) return false;
  let i = 0;
  while (i < key.length && key[i] === v[i]) i++;
  return key.slice(i) === v.slice(i + 1);
}

/**
 * `v` (a valid syllable near `key`) as a variant of `key`, if it is one slip away; `letters`
 * and `plain` compare their accent-free forms, `distances` holds the key's toneless distances
 * met so far (`markDifferenceOfForms`).
 */
function addVariant(out: Map<string, Variant>, key: string, v: string, bare: boolean, letters: number, plain: number, distances: Map<string, number>): void {
  if (droppedLetter(key, v)) {
    out.set(v, { key: v, double: false, struck: false });
    return;
  }
  const d = markDifferenceOfForms(key, v, letters, plain, distances);
  const marks = d.quality + (d.tone > 0 ? 1 : 0);
  // a letter added or dropped, or struck by a neighbouring key; other swaps of letters are
  // new words more often than slips ("dọc" is not "học", "hẹn" not "hạn")
  const struck = d.letters === SUBSTITUTION && keyboardSlip(key, v);
  const letter = d.letters === 1 || struck;
  if ((d.letters === 0 && (marks <= 1 || bare)) || (letter && marks === 0)) out.set(v, { key: v, double: false, struck: d.letters !== 1 && struck });
  else if (d.letters === 1 && marks === 1 && !out.has(v)) out.set(v, { key: v, double: true, struck: false });
}

/** A variant must make a pair seen this often (or a listed word) to be taken for the meant one. */
export const MIN_VARIANT_WEIGHT = FREQUENT_PAIR;

/**
 * …and that pair must be as common as the written syllable (a fifth as common when the variant
 * makes known pairs on both sides: "lý luật chính trị" → "lý luận", "luận chính"). A frequent
 * syllable ("tỉnh", "luật") meets many neighbours the figures never saw, so an unseen pair says
 * little about it; a rare one ("phầm" before "mềm") says more.
 */
export const ONE_SIDED_RATIO = 1;
/** the share of a neighbour's occurrences that go with the variant, for a closed-class syllable */
export const CLOSED_AFFINITY = 0.5;
export const TWO_SIDED_RATIO = 0.2;

export interface Slip {
  /** the syllable meant (lookup key) */
  key: string;
  /** the pair it makes: with the syllable before (-1) or after (+1) */
  side: -1 | 1;
  weight: number;
}

/** The genre knows "a b": a pair of its drafts or a listed word. */
function known(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && isKnownPair(a, b);
}

/** The syllable at `at` is one of a listed word of three syllables in the run. */
function inListedTriple(run: Array<string | undefined>, at: number): boolean {
  for (let s = Math.max(0, at - 2); s <= at && s + 2 < run.length; s++) {
    const a = run[s];
    const b = run[s + 1];
    const c = run[s + 2];
    if (a && b && c && isListed([a, b, c])) return true;
  }
  return false;
}

/** "a b" is a listed word or one of the general list */
function inWord(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && (isListedPair(a, b) || isGeneralPair(a, b));
}

/** "a b" is a listed word: its syllables are explained and lend no evidence to a third. */
function taken(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && isListedPair(a, b);
}

/**
 * A word of the general list reads a pair as written, against a variant that makes a pair of the
 * genre short of its core (`STRONG_PAIR`): "khoa triết học" is no "tiết học" (2 in the figures),
 * "chất phụ gia cấm" no "gia cầm"; but "phòng chống thiên tài" is still "thiên tai" (26), a core
 * word a reporter may well mistype into its twin (as dictionaries/everyday-words.json keeps it).
 * A rare word of the full list stands only against a variant the genre hardly writes
 * (`FREQUENT_PAIR`): "đề nghị học viên nghiêm túc tiếp thụ" is "tiếp thu" (10 in the figures),
 * the odd "tiếp thụ" of the full list no reading of a training draft.
 */
function generalAgainst(a: string | undefined, b: string | undefined, variantPair: number): boolean {
  if (!a || !b || variantPair >= STRONG_PAIR) return false;
  return isCommonGeneralPair(a, b) || (variantPair < FREQUENT_PAIR && isGeneralPair(a, b));
}

/**
 * How many syllables of a run known pairs and closed-class words can explain, at most, without
 * overlapping (a listed word of three syllables counting three): the text read as words ("hai giảng viên đến" explains 4 as "hai" + "giảng viên" +
 * "đến", and no more as "khai giảng" + "viên đến"; "tổ chức hội nghỉ triển khai" explains 4,
 * "tổ chức hội nghị triển khai" 6).
 */
function coverage(keys: Array<string | undefined>): number {
  const { functionWords } = genreWords();
  const best = new Array<number>(keys.length + 1).fill(0);
  for (let i = 1; i <= keys.length; i++) {
    const k = keys[i - 1];
    best[i] = best[i - 1] + (k && functionWords.has(k) ? 1 : 0);
    if (i >= 2 && known(keys[i - 2], k)) best[i] = Math.max(best[i], best[i - 2] + 2);
    // a listed word of three syllables explains all three ("cận huyết thống")
    if (i >= 3 && k && keys[i - 2] && keys[i - 3] && isListed([keys[i - 3] as string, keys[i - 2] as string, k])) best[i] = Math.max(best[i], best[i - 3] + 3);
  }
  return best[keys.length];
}

/**
 * The syllable `run[at]` was probably meant to be, judged by its neighbours in `run` (lookup
 * keys; undefined where punctuation, a name or a number breaks the run). None when it already
 * makes a known pair with a neighbour; else the one-slip variant making the most frequent pair,
 * provided the correction lets known pairs explain more of the neighbourhood than the text as
 * written ("hai giảng viên" is not "khai giảng" + "viên").
 */
export function pairSlip(run: Array<string | undefined>, at: number): Slip | undefined {
  // a run's answer is the run's alone (the genre's figures and lists), and drafts repeat their
  // phrases: each run is searched once, its answer shared (no caller changes it). The question
  // is a new string of a few syllables, no slice of the draft; a longer one (a hostile token's)
  // is searched each time and not kept
  const asked = `${at}\u0001${run.join('\u0001')}`;
  const answer = pairSlips.get(asked);
  if (answer !== undefined) return answer ?? undefined;
  const slip = searchPairSlip(run, at);
  pairSlips.set(asked, slip ?? null);
  return slip;
}
const pairSlips = new WordMemo<Slip | null>('slips.pair-slips', plainBytes, 80);
/** seven syllables of eight letters and their separators: no run of syllables is longer */
const MAX_RUN_LENGTH = 80;

function searchPairSlip(run: Array<string | undefined>, at: number): Slip | undefined {
  const key = run[at];
  const before = run[at - 1];
  const after = run[at + 1];
  if (!key || (!before && !after)) return undefined;
  if (known(before, key) || (known(key, after) && explainsAfter(before, key, after as string))) return undefined;
  // a listed word of three syllables explains each of its syllables: "cây thanh trà", "rau ăn
  // lá" are no slips for "thanh tra", "an toàn" though "thanh trà", "rau ăn" alone are no pairs
  if (inListedTriple(run, at)) return undefined;
  // closed-class words ("và", "các", "ba") pair with anything: an unseen pair is no evidence,
  // unless the meant one is a listed word ("kế hoặc" → "kế hoạch"); and one is taken for the
  // meant syllable only when the written one has no mark at all ("cua huyện" → "của huyện")
  const { functionWords } = genreWords();
  // a numeral or a conjunction is rarely a slip: only a neighbour that nearly always goes with
  // the variant ("kế" → "kế hoạch") says otherwise
  const closed = functionWords.has(key);
  // (the pair's count is read only for a closed-class word: every variant of every syllable
  // without a known pair comes here)
  const faithful = (n: string | undefined, pair: () => number): boolean => !closed || (!!n && pair() >= CLOSED_AFFINITY * syllableCount(n));
  const bare = !hasVietnameseMark(key);
  const count = syllableCount(key);
  // no variant can make a pair as heavy as the floor below when neither neighbour makes one
  // with any syllable: most syllables end here, before their variants are looked for (the
  // variants are dictionary syllables, without spaces: the bound of the pair after holds)
  // a syllable bound to a partner that is not the one before it ("nghiệm" of "kinh nghiệm" after
  // "trách") is as rare there as a syllable never seen: its count says nothing of this place
  const boundLeft = !!before && boundToBefore(key);
  const lowestFloor = Math.max(MIN_VARIANT_WEIGHT, Math.min(TWO_SIDED_RATIO, ONE_SIDED_RATIO) * (boundLeft ? 0 : count));
  if ((!before || maxWeightAfter(before) < lowestFloor) && (!after || maxWeightBefore(after) < lowestFloor)) {
    if (TRACING) traceStep('pair-slip', 'below-floor', [before, key, after], `floor ${lowestFloor}`);
    return undefined;
  }
  // a neighbour that already ends or starts a listed word on its far side: the same for every variant
  const takenBefore = taken(run[at - 2], before);
  const takenAfter = taken(after, run[at + 2]);
  // (a general word the syllable as written makes with a neighbour, written in the dictionary's
  // own text: the same for every variant, `against` below)
  const livingBefore = !!before && isCommonGeneralPair(before, key) && generalPairCount(before, key) >= FREQUENT_PAIR;
  const livingAfter = !!after && isCommonGeneralPair(key, after) && generalPairCount(key, after) >= FREQUENT_PAIR;
  let best: Slip | undefined;
  // (the neighbour before's pairs looked up once for every variant)
  const knownAfterBefore = before ? knownPairsAfter(before) : undefined;
  // a final slipped to its twin (finalSlips): a candidate only where nothing reads the syllable
  // as written, neither neighbour making any word with it (no word of the general list, no pair
  // of the dictionary's text), and the twin is the syllable the language writes, twice as often
  // at least: "khu di tích lịnh sử" → "lịch sử", "tích cực họng tập" → "học tập"; "đọc lại" is
  // no "đọng lại" (a pair of the dictionary's text, "đọc" written more), "vật dụng" no "vận dụng"
  const finals = finalSlips(key);
  let otherReading: boolean | undefined;
  const slipped = finals.length > 0 && !wordAsWritten(before, key) && !wordAsWritten(key, after) ? finals.filter((f) => writtenCount(f) >= FINAL_RATIO * writtenCount(key)) : [];
  for (const v of slipped.length ? [...slipVariants(key), ...slipped.map((k) => ({ key: k, double: false, struck: false }))] : slipVariants(key)) {
    const final = slipped.length > 0 && slipped.includes(v.key);
    // (after every other slip, and only where none of those reads the syllable: another variant
    // making a word of the lists with a neighbour is the likelier slip, "kiểm địch" → "kiểm dịch",
    // a word of the general list, not the genre's "kiểm định")
    if (final && (best || (otherReading ??= slipVariants(key).some((o) => inWord(before, o.key) || inWord(o.key, after))))) continue;
    // a variant that makes no known pair with either neighbour weighs nothing and binds to
    // neither (every weight and count below is of such a pair): most variants end here
    if (!(knownAfterBefore !== undefined && !!v.key && knownAfterBefore(v.key)) && !known(v.key, after)) continue;
    // a correction that doubles its neighbour ("vùng đông đồng bào" → "vùng đồng đồng bào") makes
    // a stammer, not a word: the syllable is read as written ("đông" = many)
    if (v.key === before || v.key === after) continue;
    // a closed-class word is taken for the meant one only when the written syllable lost all
    // its marks ("cua" → "của") or is one mark from it and never written in the genre
    // ("nhửng nội dung" → "những")
    // …or lost one of its letters, marks kept ("phối hợp vớ" → "với", "nội dung mớ" → "mới");
    // "never written" outside the words it makes: "cá" of "tàu cá", "cá nhân" is no word of
    // its own in "hội viên cá xã ven biển" ("các xã")
    const neverSeen = freeCount(key) === 0 && !v.double && (foldKey(v.key) === foldKey(key) || droppedLetter(key, v.key));
    // (a glide after "a" swapped is another word, no i/y spelling of one: "thai"/"thay")
    if ((functionWords.has(v.key) && !bare && !neverSeen) || (ySwap(key, v.key) && !final)) continue;
    // a letter and a mark both changed: only for a closed-class syllable, towards a listed word
    // it ends ("kế hoặc" → "kế hoạch"); one that opens the pair is a word of its own before the
    // other ("đã tạo việc làm" is no "đào tạo", "người có tuổi" no "cao tuổi", "đã bàn" no "địa bàn")
    if (v.double && !closed) continue;
    const listedOnly = closed;
    const weigh = (a: string | undefined, b: string | undefined, other: string | undefined): number => {
      if (!a || !b || (other && functionWords.has(other))) return 0;
      return !listedOnly || isListedPair(a, b) ? pairWeight(a, b) : 0;
    };
    // a neighbour that already ends or starts a listed word on its far side ("bền vững") is
    // taken: "bền vững càng" is no slip for "vững vàng"; a closed-class word makes no word with
    // it and stands between words ("triển khai những nội dung")
    const free = functionWords.has(v.key) && !bare;
    // …unless the pair the variant makes with it is no word of its own: "nhiều khó" is "nhiều"
    // before the whole of "khó khăn", seen as often as the genre writes that
    // (a word of the general list is a rival as much as a listed one: "cân đo lượng rác" is
    // "cân đo" + "lượng", no "đo lường" the genre writes 4 times)
    const rival = (x: string | undefined, y: string | undefined): boolean => !free && (isListedPair(x ?? '', y ?? '') || isCommonGeneralPair(x ?? '', y ?? ''));
    // (a neighbour a general word takes on its far side is taken too, but for a core pair)
    const bTaken = takenBefore || (!!before && generalAgainst(run[at - 2], before, pairCount(before, v.key)));
    const aTaken = takenAfter || (!!after && generalAgainst(after, run[at + 2], pairCount(v.key, after)));
    // …unless the variant goes on the listed word the neighbour is taken by: "cận huyết thốn" is
    // "cận huyết thống", the whole word, not a rival of "cận huyết"
    const goesOn = (x: string | undefined, y: string | undefined, z: string | undefined): boolean => !!x && !!y && !!z && isListed([x, y, z]);
    // the variant ends a listed three-syllable word with the two words before it, or opens one with the two after
    const endsWord = goesOn(run[at - 2], before, v.key);
    const opensWord = goesOn(v.key, after, run[at + 2]);
    // a neighbour that makes a word of the general list with the syllable as written reads it
    // as written: "triết học" is no "tiết học", whatever the genre's figures say of "tiết học"
    // (generalAgainst). That word is no evidence against a variant the other neighbour makes
    // ("bảo hiển đạt" is still "bảo hiểm": the rare "hiển đạt" does not explain "bảo")
    // A closed-class variant is no rival of a taken neighbour's word, but against a familiar
    // syllable as written (one of many general words) it is no evidence either unless the genre
    // writes it beside that neighbour for a share of its sightings (USUAL_SHARE): "nhiều khó khăn"
    // (5 of 28 "khó"), not "đối với tên cơ quan" ("trên cơ", 6 of 388 "cơ"; "tên" in 34 words);
    // "các đảng viên cỏn được" is still "còn" ("cỏn" in one)
    const familiar = free && generalWordCount(key) >= FAMILIAR_SYLLABLE;
    const rare = (pair: number, n: string): boolean => familiar && pair < USUAL_SHARE * syllableCount(n);
    // …and a word of the general list the syllable as written makes on its other side stands
    // against a variant the genre hardly writes (`FREQUENT_PAIR`): "bảng tín hiệu" is no "bảng
    // tin"; "mũ bảo hiển đạt" is still "bảo hiểm"
    // …and one the dictionary's own text writes as well (`FREQUENT_PAIR` times, a living word,
    // no headword alone) stands against a variant short of the genre's core (`STRONG_PAIR`), as
    // `generalAgainst` has it: "vận động viện trợ" is aid raised, no "vận động viên" ("viện trợ" 8
    // times there, "động viên" 15 in the drafts); "hiển đạt" is never written there
    const against = (pair: number, other: boolean, living: boolean): boolean => other && pair < (living ? STRONG_PAIR : FREQUENT_PAIR);
    const bPair = before ? pairCount(before, v.key) : 0;
    const aPair = after ? pairCount(v.key, after) : 0;
    // a side says nothing for the variant when its neighbour, taken by a listed word, would be
    // rivalled by it, when the neighbour and the syllable as written make a general word, when a
    // taken neighbour rarely meets the variant, or when the other side's general word stands against it
    const silentBefore = (): boolean =>
      !!before &&
      ((bTaken && rival(before, v.key) && !endsWord) ||
        generalAgainst(before, key, bPair) ||
        (bTaken && rare(bPair, before)) ||
        against(bPair, !!after && isGeneralPair(key, after), livingAfter));
    // (the pair after also says nothing for a variant with a letter and a mark both changed: it ends a word)
    const silentAfter = (): boolean =>
      v.double ||
      (!!after &&
        ((aTaken && rival(v.key, after) && !opensWord) ||
          generalAgainst(key, after, aPair) ||
          (aTaken && rare(aPair, after)) ||
          against(aPair, !!before && isGeneralPair(before, key), livingBefore)));
    const b = silentBefore() ? 0 : weigh(before, v.key, before);
    const a = silentAfter() ? 0 : weigh(v.key, after, after);
    const bFaithful = faithful(before, () => pairCount(before ?? '', v.key)) ? b : 0;
    const aFaithful = faithful(after, () => pairCount(v.key, after ?? '')) ? a : 0;
    const weight = Math.max(bFaithful, aFaithful);
    // the pair shown is the one with a free neighbour when it is evidence enough ("thiu số", not
    // "tộc thiu" of "dân tộc"), else the stronger
    const free1 = (x: number, t: boolean): number => (t || x < MIN_VARIANT_WEIGHT ? 0 : x);
    // (the word the variant completes is the pair shown: "hoà giải viên", not "viên tham")
    const side: -1 | 1 = endsWord ? -1 : opensWord ? 1 : free1(aFaithful, aTaken) > free1(bFaithful, bTaken) ? 1 : free1(bFaithful, bTaken) > 0 ? -1 : weight === bFaithful ? -1 : 1;
    // a variant the genre nearly always writes before one partner ("khó" of "khó khăn"), read by
    // the word before it alone, is that word before the whole pair: with another syllable joined
    // after it, one it makes no known pair with, the pair before is no evidence ("nhiều kho hàng"
    // stores goods, no "nhiều khó"; "nhiều kho khăn" is still "khó khăn")
    if (side < 0 && !!after && !endsWord && !known(v.key, after) && boundToAfter(v.key)) continue;
    // two sides are two free neighbours: a taken one backs a variant, it does not make it two-sided
    const twoSided = a > 0 && b > 0 && (free || (!aTaken && !bTaken));
    const floor = Math.max(MIN_VARIANT_WEIGHT, (twoSided ? TWO_SIDED_RATIO : ONE_SIDED_RATIO) * (boundLeft && side < 0 ? 0 : count));
    // evidence from one side is the neighbour's own habit, or none: "người" meets hundreds of
    // syllables, and the few times it met "làm" say nothing about "người lầm lỗi" ("số" +
    // "vùng" 3 times in 247, against "tập" + "huấn" 420 in 599). A listed word, and a
    // closed-class word (it pairs with everything), need no such share
    const n = side < 0 ? before : after;
    const share = n ? (side < 0 ? bFaithful : aFaithful) / Math.max(1, syllableCount(n)) : 0;
    // a key struck by its neighbour towards a listed word the drafts never wrote is no evidence
    // against a familiar word as written: "viết tin ngắn" is news kept short, no "tin nhắn"
    const struckOnList = !!v.struck && (side < 0 ? bPair : aPair) === 0 && generalWordCount(key) >= FAMILIAR_SYLLABLE;
    const listed = !!n && !struckOnList && (side < 0 ? isListedPair(n, v.key) : isListedPair(v.key, n));
    // …nor is a listed word the drafts never wrote whose changed syllable they never write
    // either, against a syllable as written that they do write: the figures then stand for the
    // text as written, and the list alone does not outweigh them (the listed-word step reads no
    // such word either, bestMatch). "huyện lo kinh phí" is the district paying, no "huyện lộ" (a
    // listed road no draft named; "lo" written, "lộ" never). Where the drafts write neither
    // syllable the list is all the evidence there is ("kỹ thuật khoang nuôi" → "khoanh nuôi"),
    // and a neighbour that needs a partner still tells (`partnerless` below)
    const unwrittenOnList = listed && syllableCount(v.key) === 0 && (side < 0 ? bPair : aPair) === 0 && count > 0;
    // a key struck by its neighbour, seen from one side only, must make a listed word, a pair
    // the genre writes all the time, or the neighbour's usual one ("phầm mềm" → "phần mềm"):
    // "số dùng chung" is no slip for "số vùng"
    const needed = v.struck ? CLOSED_AFFINITY : USUAL_SHARE;
    // the neighbour on the other side, a content word that nothing explains (no known pair on
    // its far side, none with the variant), may make a word with the written syllable that the
    // figures never saw ("vá lưới,"): then only the neighbour's usual partner is evidence
    const far = side < 0 ? after : before;
    const farOut = side < 0 ? run[at + 2] : run[at - 2];
    // (a word of the general list on its far side explains it too: "tín ngưởng dân gian")
    const orphan = !!far && !functionWords.has(far) && !(side < 0 ? known(far, farOut) || inWord(far, farOut) || known(v.key, far) : known(farOut, far) || inWord(farOut, far) || known(far, v.key));
    // a neighbour the genre writes often and never outside its words ("nhiệm" of "nhiệm vụ",
    // "trách nhiệm", "kiêm nhiệm"), making no word on its far side either, needs a partner: the
    // variant making a listed word with it is evidence whatever the syllable as written might
    // make on its other side ("một người kim nhiệm công tác" → "kiêm nhiệm"); a key struck by
    // its neighbour makes too many variants for that ("chuyên công vụ" is no "công cụ")
    const partnerless = listed && !v.struck && !functionWords.has(n) && syllableCount(n) >= BOUND_SEEN && freeCount(n) === 0 && !(side < 0 ? inWord(run[at - 2], before) : inWord(after, run[at + 2]));
    // the variant completes a listed word of three syllables with its neighbours: "nhiều hoà giải
    // viêm người Khmer" is "hoà giải viên", whatever the content word after it might make
    const completes = endsWord || goesOn(before, v.key, after) || opensWord;
    // …but a closed-class word that pairs with everything is weak evidence against a familiar
    // syllable as written (one of many general words: "đền" of "đền bù", "đền thờ") seen from one
    // side only: there the neighbour's usual share is asked of it too. "thuyết minh viên đền Hùng"
    // is a temple's guide, no "viên đến" (8 of the genre's 665 "viên"); "hội viên cá xã ven biển"
    // is still "các xã" (54 of 512 "xã")
    const closedVariant = functionWords.has(v.key) && !(familiar && !twoSided && share < USUAL_SHARE);
    const usual = completes || partnerless || twoSided || !n || ((closedVariant || (listed && !unwrittenOnList)) && !orphan) || share >= (orphan ? CLOSED_AFFINITY : needed) || (v.struck && weight >= STRONG_PAIR);
    // a neighbour the genre writes often and nearly always with the variant ("uy" is "uy tín" 14
    // times in 15, "bàn" is "địa bàn" 116 in 126) is evidence however common the written syllable
    // is: "người có uy tính" → "uy tín", "trên đại bàn" → "địa bàn"
    // …unless it makes a word on its far side already, where its habit is not in play: "đơn" of
    // "hoá đơn với cơ quan thuế" is not the "đơn" of "đơn vị"
    const beyond = side < 0 ? inWord(run[at - 2], before) : inWord(after, run[at + 2]);
    const bound = !!n && !beyond && (side < 0 ? b : a) > 0 && !functionWords.has(n) && syllableCount(n) >= BOUND_SEEN && (partnerless || (side < 0 ? pairCount(n, v.key) : pairCount(v.key, n)) >= CLOSED_AFFINITY * syllableCount(n));
    if (TRACING) traceStep('pair-slip', 'variant', [before, key, after], `${v.key}: weight ${weight} floor ${floor} (count ${count}${twoSided ? ', two-sided' : ''}) bound ${bound} usual ${usual} share ${share.toFixed(3)}${orphan ? ' orphan' : ''}`);
    if ((weight >= floor || bound) && usual && (!best || weight > best.weight)) best = { key: v.key, side, weight };
  }
  // a syllable the genre never writes, one vowel from the one its neighbour nearly always makes
  // a word with: any vowel, not only a key's neighbour, the neighbour's habit being the evidence
  const habit = !best && count === 0 ? habitSlip(key, before, after) : undefined;
  best ??= habit;
  if (!best) return undefined;
  // a conjunction opening a clause ("không kịp thì mất hết", "bị lật do chở quá tải") is no
  // half of a word with the syllable before: that pair ("kịp thời", "lật đổ") is evidence only
  // when the variant also makes a known pair with the syllable after, or the clause ends there
  if (genreWords().opensClause.has(key) && best.side < 0 && after && !known(best.key, after)) {
    if (TRACING) traceStep('pair-slip', 'opens-clause', [before, key, after], best.key);
    return undefined;
  }
  const lo = Math.max(0, at - 3);
  const window = run.slice(lo, at + 4);
  const corrected = [...window];
  corrected[at - lo] = best.key;
  const gain = coverage(corrected) - coverage(window);
  // a syllable the genre never writes, beside a neighbour it pairs with all the time, is a
  // slip even when a known pair on the far side shares that neighbour ("lớp tập hun kỹ năng")
  // (a vowel changed by the neighbour's habit alone must explain more: "gói phần mềm" keeps "phần mềm")
  if (TRACING) traceStep('pair-slip', 'coverage', [before, key, after], `${best.key} gain ${gain}`);
  return gain > 0 || (!habit && gain === 0 && (count === 0 || (boundLeft && best.side < 0)) && best.weight >= STRONG_PAIR) ? best : undefined;
}

/**
 * The syllable a neighbour nearly always makes a listed word with (half its sightings and
 * `STRONG_PAIR` at least), one vowel from `key` as written, marks kept: "nâng cau nhận thức" →
 * "nâng cao" (158 of the genre’s 163 "nâng"). A closed-class neighbour has no such habit, and a
 * consonant changed makes another word more often than a slip ("nước dâng cao" is no "nâng cao").
 */
function habitSlip(key: string, before: string | undefined, after: string | undefined): Slip | undefined {
  const { functionWords } = genreWords();
  let best: Slip | undefined;
  for (const v of replacedVowel(key)) {
    if (ySwap(key, v)) continue;
    for (const [n, side] of [[before, -1], [after, 1]] as const) {
      if (!n || n === v || functionWords.has(n) || !(side < 0 ? isListedPair(n, v) : isListedPair(v, n))) continue;
      const pair = side < 0 ? pairCount(n, v) : pairCount(v, n);
      if (pair >= STRONG_PAIR && pair >= CLOSED_AFFINITY * syllableCount(n) && (!best || pair > best.weight)) best = { key: v, side, weight: pair };
    }
  }
  return best;
}

/**
 * The valid syllables `key` makes with one vowel replaced by another, its marks kept ("cau" →
 * "cao", "cay"): the key's alone (the dictionary's syllables near it), kept by key. Every
 * search of a run the genre never wrote (pairSlip) asks it of the run's syllable, a search of
 * the syllables near it each time: a quarter of those searches' time.
 */
function replacedVowel(key: string): string[] {
  const known = vowelMemo.get(key);
  if (known) return known;
  return vowelMemo.set(key, searchReplacedVowel(key));
}
const vowelMemo = new WordMemo<string[]>('slips.replaced-vowels', stringsBytes);

function searchReplacedVowel(key: string): string[] {
  const fold = foldAccents(key);
  const out: string[] = [];
  const distances = new Map<string, number>();
  for (const near of nearSyllables(key)) {
    if (near.fold.length !== fold.length || editDistance(fold, near.fold) !== SUBSTITUTION) continue;
    // (the one letter that differs is a vowel in both forms)
    let at = 0;
    while (fold[at] === near.fold[at]) at++;
    if (!PLAIN_VOWEL.test(fold[at]) || !PLAIN_VOWEL.test(near.fold[at])) continue;
    const plain = editDistance(fold, near.fold, 1);
    for (const v of near.keys) {
      const d = markDifferenceOfForms(key, v, SUBSTITUTION, plain, distances);
      if (v !== key && d.quality === 0 && d.tone === 0) out.push(v);
    }
  }
  return out;
}

/** a syllable in this many words of the general list is a familiar word of its own (`generalWordCount`) */
const FAMILIAR_SYLLABLE = 10;

/** a neighbour seen this often in the genre's drafts has habits worth reading (`bound`) */
export const BOUND_SEEN = 10;

/** one-sided evidence: the share of the neighbour's occurrences the pair must take */
export const USUAL_SHARE = 0.05;

/** a pair seen this often is the neighbour's usual partner: "tập huấn", "thực hiện" */
export const STRONG_PAIR = 20;

const I_TO_Y: Record<string, string> = { i: 'y', ì: 'ỳ', í: 'ý', ỉ: 'ỷ', ĩ: 'ỹ', ị: 'ỵ' };

/** "kỉ"/"kỷ", "lí"/"lý": i and y are contested spellings of one syllable, not a slip. */
export function ySwap(a: string, b: string): boolean {
  // the swap keeps the length: asked for every variant, most differ in length
  if (a.length !== b.length) return false;
  const y = (s: string): string => s.replace(/[iìíỉĩị]/gu, (c) => I_TO_Y[c] ?? c);
  return a !== b && y(a) === y(b);
}

/**
 * True when most words of the draft carry a Vietnamese mark: there an unmarked non-syllable is a
 * slip ("trog", "khong"), elsewhere it may be a foreign word.
 */
export function isVietnameseDraft(draft: Draft): boolean {
  let letters = 0;
  let marked = 0;
  const paragraphs = draft.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    const n = marksByParagraph.get(draft, paragraphs[i], '', paragraphMarks);
    letters += n.letters;
    marked += n.marked;
  }
  return letters >= 20 && marked / letters >= 0.3;
}

/** A paragraph's words of letters alone, and how many of them carry a Vietnamese mark. */
interface Marks {
  letters: number;
  marked: number;
}

function paragraphMarks(p: Paragraph): Marks {
  const words = paragraphWords(p);
  let letters = 0;
  let marked = 0;
  // (indexes, not for…of: each step of an iterator allocates in the server's unoptimised code; pair-map.ts)
  for (let i = 0; i < words.length; i++) {
    const kind = kindOfWord(words[i]);
    if (kind === NOT_LETTERS) continue;
    letters++;
    if (kind === MARKED) marked++;
  }
  return { letters, marked };
}

/**
 * The counts of each paragraph, remembered by its text: the spelling check asks after each
 * keystroke that makes a slip, and a re-check then counts the edited paragraph and adds up the
 * others' (looking at every word of a 100 KB draft again was about 4 % of its re-check).
 */
const marksByParagraph = new ParagraphMemo<Marks>('spelling.marks', 512 * 1024, { offsets: [] });

const NOT_LETTERS = 0;
const UNMARKED = 1;
const MARKED = 2;

/**
 * A word of letters alone, with a Vietnamese mark or without: kept by its text, for the
 * spelling check asks it of every word of the draft again after each keystroke that makes a slip.
 */
function wordKind(w: string): number {
  let kind = wordKinds.get(w);
  if (kind === undefined) {
    kind = !/^[\p{L}\p{M}]+$/u.test(w) ? NOT_LETTERS : hasVietnameseMark(w) ? MARKED : UNMARKED;
    wordKinds.set(w, kind);
  }
  return kind;
}
/** `wordKind` of a draft word, kept on the forms its occurrences share (draft.ts WordForms): a field read, not a memo lookup. */
function kindOfWord(w: Word): number {
  const forms = (w as Partial<ParsedWord>).forms;
  if (forms === undefined || forms.text !== w.text) return wordKind(w.text);
  return forms.kind >= 0 ? forms.kind : (forms.kind = wordKind(w.text));
}
/** (a word longer than 40 units is asked each time: no syllable is this long; it would only fill the memo) */
const wordKinds = new WordMemo<number>('slips.word-kinds', () => 8, 40);

/** A syllable this common, written without its marks ("khong" for "không"), is a slip on its own. */
export const COMMON_SYLLABLE = 20;

/**
 * The variant of `key` making the most frequent pair with its next neighbours ("dáo dục" → "giáo"), if one does.
 * `free`: a neighbour that makes a listed word with the syllable on its far side lends only a
 * listed word of its own to a variant, no pair the figures met beside that word ("kỹ năng phõng
 * vấn": "năng phòng" is "kỹ năng" before "phòng cháy", no reading of "phõng").
 */
export function pairedVariant(key: string, around: { before?: string[]; after?: string[] }, double = false, free = false): string | undefined {
  const taken = (n: string[] | undefined, first: boolean): boolean => free && !!n?.[0] && !!n[1] && (first ? isListedPair(n[1], n[0]) : isListedPair(n[0], n[1]));
  const takenBefore = taken(around.before, true);
  const takenAfter = taken(around.after, false);
  const before = around.before?.[0];
  const after = around.after?.[0];
  let best: { key: string; weight: number; double: boolean } | undefined;
  const { functionWords } = genreWords();
  for (const v of slipVariants(key)) {
    if (v.double && !double) continue;
    // two slips at once are believed only on a content word's evidence: a closed-class word
    // pairs with anything ("gắn chip và" is no "chí và")
    const side = (n: string | undefined, pair: (n: string) => number): number => (n && !(v.double && functionWords.has(n)) ? pair(n) : 0);
    const weight = Math.max(
      side(before, (n) => (takenBefore && !isListedPair(n, v.key) ? 0 : pairWeight(n, v.key))),
      side(after, (n) => (takenAfter && !isListedPair(v.key, n) ? 0 : pairWeight(v.key, n))),
    );
    if (weight < MIN_VARIANT_WEIGHT || !best) {
      if (weight >= MIN_VARIANT_WEIGHT) best = { key: v.key, weight, double: v.double };
      continue;
    }
    // one slip is likelier than two: "trog hai" is "trong hai" (a letter lost), not "học trò
    // hai" (a letter changed and a mark lost), however common "học trò" is
    if (best.double !== v.double ? best.double : weight > best.weight) best = { key: v.key, weight, double: v.double };
  }
  return best?.key;
}

/** Seen bare fewer times than this in the genre's drafts, an unmarked syllable may be a closed-class word that lost its marks. */
export const RARE_BARE = 2;

/**
 * The syllable a valid but unmarked one stands for in a Vietnamese draft ("cua các" →
 * "của các", "moi người" → "mọi người"): the genre never writes it bare while one of its
 * marked forms is a closed-class word, and it makes no known pair with its neighbours
 * (`before`/`after`, lookup keys as meant). The form making the most frequent pair comes first,
 * else the most common.
 */
export function bareSlip(key: string, before: string | undefined, after: string | undefined, beyond: { before?: string; after?: string } = {}): string | undefined {
  if (hasVietnameseMark(key) || syllableCount(key) >= RARE_BARE) return undefined;
  if (known(before, key) || (known(key, after) && explainsAfter(before, key, after as string))) return undefined;
  const { functionWords } = genreWords();
  let best: { key: string; weight: number; count: number; side: -1 | 1 } | undefined;
  for (const v of slipVariants(key)) {
    // only a closed-class word is that certain: "cua", "cac", "nhung" are rare words beside
    // "của", "các", "những"; "ho", "tim", "kho" are ordinary ones ("ho sặc sụa", "ngưng tim")
    if (v.double || foldKey(v.key) !== foldKey(key) || !functionWords.has(v.key)) continue;
    const count = syllableCount(v.key);
    const b = before ? pairWeight(before, v.key) : 0;
    const a = after ? pairWeight(v.key, after) : 0;
    const weight = Math.max(b, a);
    if (!best || weight > best.weight || (weight === best.weight && count > best.count)) best = { key: v.key, weight, count, side: a > b ? 1 : -1 };
  }
  // the closed-class word must make a known pair with a neighbour: an unmarked syllable
  // among words no such pair explains is a word of its own ("khử chua đất", "viêm da nổi cục")
  if (!best || best.weight === 0) return undefined;
  // the neighbour on the other side, a content word nothing explains (no known pair on its far
  // side, none with the closed-class word), may make a word with the syllable as written that
  // the figures never saw ("tặng bút bi và vở"): then only the evidence neighbour's usual
  // partner tells the slip ("bị và" is 3 of the genre's thousand "và"), as in `pairSlip`
  const [n, other, beyondOther] = best.side < 0 ? [before, after, beyond.after] : [after, before, beyond.before];
  const orphan = !!other && !functionWords.has(other) && !(best.side < 0 ? known(other, beyondOther) || known(best.key, other) : known(beyondOther, other) || known(other, best.key));
  return orphan && n && best.weight < CLOSED_AFFINITY * syllableCount(n) ? undefined : best.key;
}

/**
 * The valid syllable an unmarked non-syllable ("trog", "khong", "nguoi") most likely stands for:
 * made of Vietnamese letters only, and one slip from a syllable that either makes a known pair
 * with a neighbour ("trog quý" → "trong") or is common in the genre and lost only its marks
 * ("khong" → "không"; a content word only in a run typed without marks, `markless`: "moi
 * nguoi") or one letter ("trog" → "trong").
 */
export function plainSlip(key: string, around: { before?: string[]; after?: string[] }, markless = false): string | undefined {
  if (key.length > 7) return undefined;
  if (/[fjwz]/u.test(key)) return foreignLetterSlip(key, around);
  // a letter may have gone with the marks ("hc tập" → "học tập"): the neighbours must say so
  const paired = pairedVariant(key, around, true);
  if (paired) return paired;
  let best: { key: string; count: number } | undefined;
  const { functionWords } = genreWords();
  for (const v of slipVariants(key)) {
    const count = syllableCount(v.key);
    // with no neighbour pairing it, only a closed-class word is that certain ("khong", "cua"),
    // or any word in a run typed without marks (`markless`: "moi nguoi"); one unmarked content
    // syllable among marked words may be a loan word a Vietnamese draft uses ("nhóm chat", no "chất")
    const lostMarks = foldKey(v.key) === foldKey(key) && count >= COMMON_SYLLABLE && (markless || functionWords.has(v.key));
    const lostLetter = !hasVietnameseMark(v.key) && v.key.length === key.length + 1 && count >= 5 * COMMON_SYLLABLE;
    if (!v.double && (lostMarks || lostLetter) && (!best || count > best.count)) best = { key: v.key, count };
  }
  return best?.key;
}

/**
 * The common syllable an unmarked non-syllable of a few letters is, one key struck for its
 * neighbour ("tromg" → "trong", "tju" → "thu", "szi" → "sai", "lhu" → "khu"): the caller
 * asks it only between two Vietnamese words, where the genre's drafts write no such token
 * but slips. Only a common syllable is a reading.
 */
export function struckSlip(key: string): string | undefined {
  // a letter Vietnamese does not write opens English words ("fan", "zoom", "web"); inside a
  // syllable ("tju", "hwi") it is a finger's slip
  if (key.length > STRUCK_LENGTH || hasVietnameseMark(key) || /^[fjwz]/u.test(key)) return undefined;
  let best: { key: string; count: number } | undefined;
  for (const v of slipVariants(key)) {
    if (!v.struck || v.double) continue;
    const count = syllableCount(v.key);
    if (count >= COMMON_SYLLABLE && (!best || count > best.count)) best = { key: v.key, count };
  }
  return best?.key;
}

/** a struck key is read only in a short token: longer unmarked ones are words of other languages */
const STRUCK_LENGTH = 5;

/**
 * A letter Vietnamese does not write (f, j, w, z) struck for a key next to it, once, among
 * Vietnamese words ("thông fin" → "tin", "jong muốn" → "mong", "triển kjai" → "khai"): taken
 * for that slip only when the syllable it gives makes a listed word of the genre with a
 * neighbour; otherwise the word may be English ("fan", "zoom") and is left alone.
 */
function foreignLetterSlip(key: string, around: { before?: string[]; after?: string[] }): string | undefined {
  const foreign = key.match(/[fjwz]/gu);
  if (!foreign || foreign.length !== 1) return undefined;
  const at = key.search(/[fjwz]/u);
  const before = around.before?.[0];
  const after = around.after?.[0];
  const valid = syllables();
  let best: { key: string; weight: number } | undefined;
  for (const c of 'abcdeghiklmnopqrstuvxy') {
    if (!keyboardNeighbours(key[at], c)) continue;
    const v = key.slice(0, at) + c + key.slice(at + 1);
    if (!valid.has(v)) continue;
    // a word of the genre, not a mere neighbour ("là fan" is no "là ban")
    const weight = Math.max(before && isListedPair(before, v) ? pairWeight(before, v) : 0, after && isListedPair(v, after) ? pairWeight(v, after) : 0);
    if (weight > 0 && (!best || weight > best.weight)) best = { key: v, weight };
  }
  return best?.key;
}

/**
 * `v` is `key` with a letter back that the drafts' own syllable has and `key` lost: the genre
 * writes `v` all the time (`STRONG_PAIR`: "nước", 149) and never `key` ("ước"). The genre's own
 * odds then say which was meant, whatever words `key` makes in the language at large ("ước
 * tính", "ước mơ"). A letter dropped only: a mark changed leaves a word of another region or
 * field as often ("đờn ca tài tử" is no "đơn ca").
 */
export function droppedFromGenre(key: string, v: string): boolean {
  return syllableCount(key) === 0 && syllableCount(v) >= STRONG_PAIR && droppedLetter(key, v);
}

/**
 * The general dictionary alone would read a mark slip in a syllable the drafts write: `v` is
 * `key` with a tone or a vowel mark changed (no sound heard wrong, no letter), the drafts write
 * `key` (it is in their figures) but never the pair `v` makes with `neighbour` (on `side`: -1
 * before) nor is that pair a listed word, and the drafts hardly know the neighbour (under
 * `BOUND_SEEN`): nothing of the genre's speaks for the variant. A mark changed makes another word
 * as often as a slip, so the text stands as written: "ghi mẫu sổ theo dõi" is a form book ("sổ"
 * written by the drafts, "mẫu" 7 times), no "mẫu số" (a denominator, the dictionary's text only).
 * A syllable the drafts never write ("máy mốc"), a neighbour they know ("kiểm địch" → "kiểm
 * dịch": "kiểm" 400 times) or a listed word ("quyết toàn" → "quyết toán") is read as before.
 */
export function dictionaryAlone(key: string, v: string, neighbour: string, side: -1 | 1): boolean {
  if (syllableCount(key) === 0 || syllableCount(neighbour) >= BOUND_SEEN || foldKey(key) !== foldKey(v)) return false;
  const [a, b] = side < 0 ? [neighbour, v] : [v, neighbour];
  return pairCount(a, b) < FREQUENT_PAIR && !isListedPair(a, b) && !heardVariants(key).includes(v);
}
