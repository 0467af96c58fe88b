/**
 * Word context from the genre's own drafts: how often each syllable and each pair of adjacent
 * syllables occurs (dictionaries/syllable-pairs.json, figures made by
 * scripts/build-syllable-pairs.mjs). "chấp lượng" is no pair the genre writes; "chất lượng" is
 * a frequent one.
 */
import data from '../../../../dictionaries/syllable-pairs.json';
import { genreWords, isListedPair, listedPairs } from './genre-words.js';
import { everydayPairs, isEverydayPair } from './everyday-words.js';
import { isCommonGeneralPair, isGeneralPair } from './general-words.js';
import { PairMap } from '../pair-map.js';
import { runHas } from '../pair-set.js';
import type { SyllableInfo } from './syllable.js';

interface Figures {
  /** by the two keys, never a key joined per question (asked around nearly every syllable) */
  pairs: PairMap<number>;
  counts: Map<string, number>;
}

let figures: Figures | undefined;

/** the genre's pairs as [joined key, count] */
function parse(list: string): Map<string, number> {
  const out = new Map<string, number>();
  if (!list) return out;
  // (indexes, not for…of: run once, never optimised, and each step of an iterator allocates; pair-map.ts)
  const items = list.split('|');
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const at = item.lastIndexOf(':');
    out.set(item.slice(0, at), Number(item.slice(at + 1)));
  }
  return out;
}

function load(): Figures {
  figures ??= { pairs: new PairMap(parse(data.pairs)), counts: parse(data.syllables) };
  return figures;
}

/** How often the genre's drafts write syllable `a` right before `b` (lookup keys); 0 when rare. */
export function pairCount(a: string, b: string): number {
  return load().pairs.get(a, b) ?? 0;
}

/** How often the genre's drafts use a syllable (lookup key); 0 when rare. */
export function syllableCount(key: string): number {
  return load().counts.get(key) ?? 0;
}

/** A pair seen this often is the genre's own: a suggestion completing one ranks first. */
export const FREQUENT_PAIR = 3;

/** A listed word counts as often as a pair seen this many times. */
export const LISTED_WEIGHT = 5;

/**
 * `pairWeight(a, b) > 0`, the second list asked only when the first has no figure: the slip
 * search asks it around nearly every syllable, and most of those pairs are the genre's own.
 */
export function isKnownPair(a: string, b: string): boolean {
  // a first syllable never holds a space: `a` with one is cut as the keys were
  const at = a.indexOf(' ');
  if (at >= 0) return isKnownPair(a.slice(0, at), `${a.slice(at + 1)} ${b}`);
  const run = knownRun(a);
  return run.length > 0 && runHas(run, NEWLINE, a, b);
}

/**
 * `isKnownPair(info.key, b)` of a token's syllable (sentence.ts PairFacts: every pair of every
 * sentence): its run kept on its facts, no lookup among the kept runs.
 */
export function isKnownPairOf(info: SyllableInfo, b: string): boolean {
  let run = info.knownRun;
  if (run === undefined) {
    if (info.key.includes(' ')) return isKnownPair(info.key, b);
    info.knownRun = run = knownRun(info.key);
  }
  return run.length > 0 && runHas(run, NEWLINE, info.key, b);
}

/**
 * `isKnownPair(a, ·)` asked of one first syllable `a` and many seconds (the slip search asks it
 * of a neighbour and every variant of a syllable): `a`'s run looked up once.
 */
export function knownPairsAfter(a: string): (b: string) => boolean {
  if (a.includes(' ')) return (b) => isKnownPair(a, b);
  const run = knownRun(a);
  return run.length === 0 ? () => false : (b) => runHas(run, NEWLINE, a, b);
}

const NEWLINE = 10;
/** first syllables' runs kept before they are let go and made again (a draft's odd syllables are asked too) */
const KNOWN_RUNS_KEPT = 50_000;
/** first syllable → the keys of the three lists opening with it ("\na b\na c\n"), '' when none */
const knownRuns = new Map<string, string>();

/**
 * The three lists of `isKnownPair` as one run of keys per first syllable, made the first time the
 * syllable is asked about: a pair nothing explains (most of those the slip search asks about) is
 * one lookup and one search of a short string, not three misses, six lookups. The runs were one
 * set made on the first question (the genre's counted pairs joined as keys, a set of them, and
 * its union with the two lists: ~1.5 % of a start's CPU) for the 800 first syllables the first
 * check of a 5 KB draft asks about.
 */
function knownRun(a: string): string {
  let run = knownRuns.get(a);
  if (run !== undefined) return run;
  if (knownRuns.size >= KNOWN_RUNS_KEPT) knownRuns.clear();
  let joined = '';
  load().pairs.secondsOf(a)?.forEach((n, b) => {
    if (n > 0) joined += `\n${a} ${b}`;
  });
  // (a set's run has a separator on each side: the one after it is the next run's, or the last)
  const listed = listedPairs().runOf(a);
  if (listed !== undefined) joined += listed.slice(0, -1);
  const everyday = everydayPairs().runOf(a);
  if (everyday !== undefined) joined += everyday.slice(0, -1);
  run = joined === '' ? '' : `${joined}\n`;
  knownRuns.set(a, run);
  return run;
}

/** How strongly the genre knows "a b": its frequency, or a listed word's weight. */
export function pairWeight(a: string, b: string): number {
  return Math.max(pairCount(a, b), isListedPair(a, b) ? LISTED_WEIGHT : 0);
}


interface Bounds {
  /** the largest `pairWeight(a, x)` over every x, by a */
  after: Map<string, number>;
  /** the largest `pairWeight(x, b)` over every x, by b */
  before: Map<string, number>;
}

let bounds: Bounds | undefined;

/** The heaviest pair each syllable opens and closes, from the same figures as `pairWeight`. */
function weightBounds(): Bounds {
  if (bounds) return bounds;
  const after = new Map<string, number>();
  const before = new Map<string, number>();
  const raise = (a: string, b: string, weight: number): void => {
    after.set(a, Math.max(after.get(a) ?? 0, weight));
    before.set(b, Math.max(before.get(b) ?? 0, weight));
  };
  // the pairs as the map holds them (not the list parsed a second time)
  load().pairs.forEach(raise);
  genreWords().phrases.forEach((phrase) => {
    // cut as PairMap cuts a pair: at its first space
    const at = phrase.indexOf(' ');
    if (at >= 0) raise(phrase.slice(0, at), phrase.slice(at + 1), LISTED_WEIGHT);
  });
  bounds = { after, before };
  return bounds;
}

/**
 * At least `pairWeight(a, x)` for every x (Infinity when `a` has a space of its own: no bound).
 * A slip search asks it first: a neighbour that makes no heavy pair with anything rules out
 * every variant at once.
 */
export function maxWeightAfter(a: string): number {
  return a.includes(' ') ? Infinity : (weightBounds().after.get(a) ?? 0);
}

/** At least `pairWeight(x, b)` for every x (Infinity when `b`'s pairs cannot be bounded this way). */
export function maxWeightBefore(b: string): number {
  // a pair is cut at its first space: b's own spaces move the cut into b, never out of it
  return weightBounds().before.get(b) ?? (b.includes(' ') ? Infinity : 0);
}

/**
 * The syllable lives inside one word with the syllable before it: most of its occurrences in
 * the genre's drafts (`BOUND_SHARE`, of `BOUND_MIN` at least) follow one partner ("nghiệm" of
 * "kinh nghiệm").
 */
export function boundToBefore(key: string): boolean {
  const count = syllableCount(key);
  return count >= BOUND_MIN && (topBefore().get(key) ?? 0) >= BOUND_SHARE * count;
}
const BOUND_MIN = 10;
const BOUND_SHARE = 0.6;

/**
 * The syllable lives inside one word with the syllable after it: most of its occurrences in the
 * genre's drafts (`BOUND_SHARE`, of `BOUND_MIN` at least) come before one partner ("khó" of "khó
 * khăn", 26 of 28). The genre writing it after a word is then mostly that word before the whole
 * of the pair ("nhiều khó khăn"), no evidence for it before anything else.
 */
export function boundToAfter(key: string): boolean {
  const count = syllableCount(key);
  return count >= BOUND_MIN && (topAfter().get(key) ?? 0) >= BOUND_SHARE * count;
}

let topsAfter: Map<string, number> | undefined;

/** the count of each syllable's most frequent pair with a syllable after it (the genre's figures only) */
function topAfter(): Map<string, number> {
  if (topsAfter) return topsAfter;
  const map = new Map<string, number>();
  load().pairs.forEach((a, b, n) => {
    if (n > (map.get(a) ?? 0)) map.set(a, n);
  });
  topsAfter = map;
  return topsAfter;
}

let tops: Map<string, number> | undefined;

/**
 * the count of each syllable's most frequent pair with a content syllable before it (the genre's
 * figures only): a closed-class word makes no word with what follows it, however often it comes
 * first ("được nghe" is 24 of the genre's 31 "nghe", a verb after its auxiliary, and "trong làng
 * nghe dễ hơn" is no "làng nghề")
 */
function topBefore(): Map<string, number> {
  if (tops) return tops;
  const map = new Map<string, number>();
  const { functionWords } = genreWords();
  load().pairs.forEach((a, b, n) => {
    if (n > (map.get(b) ?? 0) && !functionWords.has(a)) map.set(b, n);
  });
  tops = map;
  return tops;
}

/**
 * How often the genre's drafts write a syllable outside its words: its count less its pairs
 * that make a listed, everyday or general word ("thu" of "thu hút", "thu nhập", "mùa thu"). A
 * syllable the genre writes often but nearly always inside its words ("thu", "thi") is no
 * common word of its own where none of them explains it; one it writes on its own ("làm", "tại") is.
 */
export function freeCount(key: string): number {
  return free().get(key) ?? 0;
}

let frees: Map<string, number> | undefined;

function free(): Map<string, number> {
  if (frees) return frees;
  const inWords = new Map<string, number>();
  load().pairs.forEach((a, b, n) => {
    if (!isListedPair(a, b) && !isEverydayPair(a, b) && !isCommonGeneralPair(a, b)) return;
    inWords.set(a, (inWords.get(a) ?? 0) + n);
    inWords.set(b, (inWords.get(b) ?? 0) + n);
  });
  const map = new Map<string, number>();
  load().counts.forEach((n, k) => map.set(k, Math.max(0, n - (inWords.get(k) ?? 0))));
  frees = map;
  return frees;
}

/**
 * The known pair `key after` explains `key` written after `before` (a syllable joined to it, or
 * undefined): always, unless `key` is bound to its usual partner before it and the pair is only
 * two words met side by side in the figures ("kinh nghiệm | trong"), no listed, everyday or general word:
 * "trách nghiệm trong" is "trách nhiệm", whatever "nghiệm trong" says; "công tác thư viện" keeps
 * its word "thư viện".
 */
export function explainsAfter(before: string | undefined, key: string, after: string): boolean {
  return !before || !boundToBefore(key) || isListedPair(key, after) || isEverydayPair(key, after) || isGeneralPair(key, after);
}
