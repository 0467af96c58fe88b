/**
 * The context list: common two- and three-syllable words of the genre (dictionaries/
 * genre-words.json). A syllable dictionary cannot see "đạo đúc" (both syllables exist);
 * a list of the words a draft is likely to contain can. Indexed once per process.
 */
import data from '../../../../dictionaries/genre-words.json';
import { foldKey, lookupKey, type SyllableInfo } from './syllable.js';
import { PairMap } from '../pair-map.js';
import { PairSet } from '../pair-set.js';

export interface GenreWords {
  /** phrases as lookup keys joined by one space ("đạo đức", "chuyển đổi số") */
  phrases: Set<string>;
  /** accent-free phrase → the listed phrases with that accent-free form (as key arrays) */
  byFold: Map<string, string[][]>;
  /** every syllable that occurs in a listed word: a cheap "common syllable" prior */
  syllables: Set<string>;
  /** closed-class words ("từ", "để", "có"), lookup keys */
  functionWords: Set<string>;
  /** the closed-class words that never end a clause ("là", "của", "các"): `needsComplement` */
  needsComplement: Set<string>;
  /** the conjunctions that open a clause ("thì", "do"): `opensClause` */
  opensClause: Set<string>;
  /** the aspect words only a verb follows ("đã", "sẽ"): `beforeVerb` */
  beforeVerb: Set<string>;
  /** the numerals, the syllable after them the thing counted ("ba con"): `counts` */
  counts: Set<string>;
  /** the conjunctions joining two words or phrases of one kind ("và", "hoặc"): `joins` */
  joins: Set<string>;
  /** the listed words that never end a clause (the modal "có thể"), as phrases: entries' `needsComplement` */
  phrasesNeedingComplement: Set<string>;
  /** the listed words that close a quantity or a rank ("trở lên", "trở xuống"), as phrases: entries' `closesQuantity` */
  phrasesClosingQuantity: Set<string>;
}

let index: GenreWords | undefined;

/**
 * The listed words as the index reads them: the phrases (lookup keys joined by one space, each
 * once, in the list's order), the accent-free form of each, and the phrases a variety's other
 * heads make (`varietyHeads`), which are words but never corrections.
 */
export interface ListedPhrases {
  phrases: string[];
  folds: string[];
  varieties: string[];
}

type GenreWordList = { entries: ReadonlyArray<{ word: string }>; varietyHeads: ReadonlyArray<{ word: string }> };

/** The phrases of the list, normalised (what the build computes once: `genreWordsIndex`). */
export function listedPhrases(list: GenreWordList): ListedPhrases {
  const phrases: string[] = [];
  const folds: string[] = [];
  const seen = new Set<string>();
  const entries = list.entries;
  for (let n = 0; n < entries.length; n++) {
    const keys = entries[n].word.split(/\s+/u).map(lookupKey);
    const phrase = keys.join(' ');
    if (seen.has(phrase)) continue;
    seen.add(phrase);
    phrases.push(phrase);
    folds.push(keys.map(foldKey).join(' '));
  }
  // a variety named after one head ("bưởi thanh trà") is the same variety after any other
  // ("giống thanh trà"): explained as a word, never offered as a correction (not in byFold)
  const heads = list.varietyHeads.map((e) => lookupKey(e.word));
  const varieties: string[] = [];
  for (let n = 0; n < phrases.length; n++) {
    const parts = phrases[n].split(' ');
    if (parts.length !== 3 || !heads.includes(parts[0])) continue;
    const tail = `${parts[1]} ${parts[2]}`;
    for (let h = 0; h < heads.length; h++) {
      const variety = `${heads[h]} ${tail}`;
      if (!seen.has(variety)) {
        seen.add(variety);
        varieties.push(variety);
      }
    }
  }
  return { phrases, folds, varieties };
}

/**
 * `listedPhrases` as text, which the build writes into the bundled list as its `index`
 * (scripts/build.mjs): the phrases, their accent-free forms, the varieties' phrases, each a
 * line of items joined by "|". Normalising the list's 6,000 syllables (split, NFC, tone style,
 * accent-free form) cost every start of the server and of each CLI worker about 20 ms of its
 * first check; reading the lines back is a split of three strings. The web worker's bundle and
 * the sources (tests) have no index: the list is normalised as before.
 */
export function genreWordsIndex(list: GenreWordList): string {
  const { phrases, folds, varieties } = listedPhrases(list);
  return `${phrases.join('|')}\n${folds.join('|')}\n${varieties.join('|')}`;
}

/** The lines of `genreWordsIndex` read back. */
export function readGenreWordsIndex(text: string): ListedPhrases {
  const [phrases, folds, varieties] = text.split('\n');
  const items = (line: string): string[] => (line ? line.split('|') : []);
  return { phrases: items(phrases), folds: items(folds), varieties: items(varieties) };
}

export function genreWords(): GenreWords {
  if (index) return index;
  // the build's index when the bundle has one (scripts/build.mjs), else the list normalised here
  const built = (data as { index?: string }).index;
  index = genreWordsOf(typeof built === 'string' ? readGenreWordsIndex(built) : listedPhrases(data));
  return index;
}

/** The index of the listed phrases. */
export function genreWordsOf(listed: ListedPhrases): GenreWords {
  const phrases = new Set<string>();
  const byFold = new Map<string, string[][]>();
  const syllables = new Set<string>();
  // (indexes, not for…of: built once, never optimised, and each step of an iterator allocates; pair-map.ts)
  for (let n = 0; n < listed.phrases.length; n++) {
    const phrase = listed.phrases[n];
    phrases.add(phrase);
    const keys = phrase.split(' ');
    for (let k = 0; k < keys.length; k++) syllables.add(keys[k]);
    const fold = listed.folds[n];
    const list = byFold.get(fold);
    if (list) list.push(keys);
    else byFold.set(fold, [keys]);
  }
  for (let n = 0; n < listed.varieties.length; n++) phrases.add(listed.varieties[n]);
  const functionWords = new Set(data.functionWords.map((e) => lookupKey(e.word)));
  const needsComplement = new Set(data.functionWords.filter((e) => 'needsComplement' in e && e.needsComplement === true).map((e) => lookupKey(e.word)));
  const opensClause = new Set(data.functionWords.filter((e) => 'opensClause' in e && e.opensClause === true).map((e) => lookupKey(e.word)));
  const beforeVerb = new Set(data.functionWords.filter((e) => 'beforeVerb' in e && e.beforeVerb === true).map((e) => lookupKey(e.word)));
  const counts = new Set(data.functionWords.filter((e) => 'counts' in e && e.counts === true).map((e) => lookupKey(e.word)));
  const joins = new Set(data.functionWords.filter((e) => 'joins' in e && e.joins === true).map((e) => lookupKey(e.word)));
  // (a few entries: read from the list itself, whose entries the bundle keeps)
  const phrasesNeedingComplement = new Set(data.entries.filter((e) => 'needsComplement' in e && e.needsComplement === true).map((e) => e.word.split(/\s+/u).map(lookupKey).join(' ')));
  const phrasesClosingQuantity = new Set(data.entries.filter((e) => 'closesQuantity' in e && e.closesQuantity === true).map((e) => e.word.split(/\s+/u).map(lookupKey).join(' ')));
  return { phrases, byFold, syllables, functionWords, needsComplement, opensClause, beforeVerb, counts, joins, phrasesNeedingComplement, phrasesClosingQuantity };
}

/** True when the syllables (lookup keys) in order make a listed word. */
export function isListed(keys: string[]): boolean {
  // three syllables or more: a listed word goes on from the first two, or none is listed (most
  // questions end there, no key joined; the suggestions ask it for each candidate, three times)
  if (keys.length > 2 && ((phraseSteps().get(keys[0], keys[1]) ?? 0) & GOES_ON) === 0) return false;
  return genreWords().phrases.has(keys.join(' '));
}

let pairs: PairSet | undefined;

/** `isListedPair(a, b)` without joining the keys (asked for the pairs around nearly every syllable). */
export function isListedPair(a: string, b: string): boolean {
  return listedPairs().has(a, b);
}

/** The listed words as pairs (a longer one as its first syllable and the rest). */
export function listedPairs(): PairSet {
  pairs ??= PairSet.ofKeys(genreWords().phrases);
  return pairs;
}

let steps: PairMap<number> | undefined;

/** `phraseSteps` bits: the phrase is a listed word; a longer listed word goes on from it */
export const LISTED = 1;
export const GOES_ON = 2;

/**
 * Each listed word and each start of a longer one ("chuyển đổi" of "chuyển đổi số"), two
 * syllables or more, as its first syllable and the rest (`LISTED` | `GOES_ON`): a reader
 * walking a phrase a syllable at a time asks one map what it has read and whether to read on,
 * joining no syllables while no longer word goes on.
 */
export function phraseSteps(): PairMap<number> {
  if (!steps) {
    const bits = new Map<string, number>();
    genreWords().phrases.forEach((phrase) => {
      bits.set(phrase, (bits.get(phrase) ?? 0) | LISTED);
      const keys = phrase.split(' ');
      for (let n = 2; n < keys.length; n++) {
        const start = keys.slice(0, n).join(' ');
        bits.set(start, (bits.get(start) ?? 0) | GOES_ON);
      }
    });
    steps = new PairMap(bits);
  }
  return steps;
}

/**
 * `phraseSteps().get(info.key, rest) ?? 0` of a token's syllable (spelling/sentence.ts
 * listedRuns: every token of every sentence): the steps its syllable opens kept on its facts,
 * one lookup in that small map.
 */
export function phraseStepOf(info: SyllableInfo, rest: string): number {
  let after = info.stepsAfter;
  if (after === undefined) {
    if (info.key.includes(' ')) return phraseSteps().get(info.key, rest) ?? 0;
    info.stepsAfter = after = phraseSteps().afterOf(info.key);
  }
  return after.get(rest) ?? 0;
}
