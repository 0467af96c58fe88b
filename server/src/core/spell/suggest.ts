/**
 * Ranked suggestions for a misspelt syllable, fast enough to run while the user types:
 * candidates come from an index by accent-free form (one letter away at most, found with
 * precomputed deletions as in SymSpell), then they are ranked by letters, vowel marks and
 * tone, with a boost when the candidate makes a listed word with its neighbours
 * ("trển khai" → "triển", not "trên").
 */
import { precomputedFold, syllables } from './dictionary.js';
import { genreWords, isListed, isListedPair } from './genre-words.js';
import { FREQUENT_PAIR, pairCount } from './pairs.js';
import { generalPairCount, generalSyllableCount } from './general-pairs.js';
import { regionalSwaps } from './slips.js';
import { isCommonGeneralPair, isGeneralPair } from './general-words.js';
import { accentFreeForm, editDistance, foldKey, markDifference, markDifferenceOfForms, MAX_SUGGESTIONS, suggestible, type MarkDifference } from './syllable.js';

interface Index {
  /** accent-free form → syllables (lookup keys) with that form */
  byFold: Map<string, string[]>;
  /** an accent-free form with one letter deleted → the forms it came from */
  deletions: Map<string, string[]>;
}

let index: Index | undefined;


function deletionsOf(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

function suggestionIndex(): Index {
  if (index) return index;
  // (forEach, not for…of: built once, never optimised, and each step of an iterator allocates; core/pair-map.ts)
  const byFold = new Map<string, string[]>();
  syllables().forEach((s) => {
    const f = precomputedFold(s) ?? foldKey(s);
    const list = byFold.get(f);
    if (list) list.push(s);
    else byFold.set(f, [s]);
  });
  const deletions = new Map<string, string[]>();
  byFold.forEach((_keys, f) => {
    new Set(deletionsOf(f)).forEach((d) => {
      const list = deletions.get(d);
      if (list) list.push(f);
      else deletions.set(d, [f]);
    });
  });
  index = { byFold, deletions };
  return index;
}

/** Accent-free forms within one letter (inserted, deleted or replaced) of `fold`. */
function nearFolds(fold: string): Set<string> {
  const { byFold, deletions } = suggestionIndex();
  const out = new Set<string>();
  if (byFold.has(fold)) out.add(fold);
  for (const f of deletions.get(fold) ?? []) out.add(f); // one letter missing in the word
  for (const d of deletionsOf(fold)) {
    if (byFold.has(d)) out.add(d); // one letter too many
    for (const f of deletions.get(d) ?? []) out.add(f); // one letter replaced or swapped
  }
  return out;
}

/** True when `fold` (lower case, no marks: "huan") is the accent-free form of some valid syllable ("huân", "huấn"). */
export function isSyllableFold(fold: string): boolean {
  return suggestionIndex().byFold.has(fold);
}

/**
 * Valid syllables (lookup keys) whose accent-free form is within one letter of `key`'s, grouped
 * by that form: a caller comparing forms compares each once, not once per syllable.
 */
export function nearSyllables(key: string): Array<{ fold: string; keys: readonly string[] }> {
  const { byFold } = suggestionIndex();
  const out: Array<{ fold: string; keys: readonly string[] }> = [];
  for (const fold of nearFolds(foldKey(key))) out.push({ fold, keys: byFold.get(fold) ?? [] });
  return out;
}

/** The neighbours of a syllable, as lookup keys, nearest first. */
export interface SyllableContext {
  before?: string[];
  after?: string[];
}

/** True when `key` completes a listed word, or a frequent pair of the genre's drafts, with its neighbours. */
export function fitsContext(key: string, context: SyllableContext): boolean {
  const b = context.before ?? [];
  const a = context.after ?? [];
  // (a neighbour making a listed word on its far side lends only a listed word: "kỹ năng phõng
  // vấn" is no "năng phòng", a pair the figures met in "kỹ năng phòng cháy")
  if (b[0] && (isListedPair(b[0], key) || (pairCount(b[0], key) >= FREQUENT_PAIR && !(b[1] && isListedPair(b[1], b[0]))))) return true;
  if (a[0] && (isListedPair(key, a[0]) || (pairCount(key, a[0]) >= FREQUENT_PAIR && !(a[1] && isListedPair(a[0], a[1]))))) return true;
  if (b[1] && b[0] && isListed([b[1], b[0], key])) return true;
  if (b[0] && a[0] && isListed([b[0], key, a[0]])) return true;
  if (a[0] && a[1] && isListed([key, a[0], a[1]])) return true;
  return false;
}

/**
 * `key` makes a pair the general dictionary's text writes at least `FREQUENT_PAIR` times with the
 * content word joined before or after it (a closed-class neighbour, "của", "và", meets anything
 * there), or a word of the general list with a neighbour.
 */
function inLanguage(key: string, context: SyllableContext): boolean {
  const { functionWords } = genreWords();
  const b = context.before?.[0];
  const a = context.after?.[0];
  if ((!!b && !functionWords.has(b) && generalPairCount(b, key) >= FREQUENT_PAIR) || (!!a && !functionWords.has(a) && generalPairCount(key, a) >= FREQUENT_PAIR)) return true;
  // …or a word of the general list with either neighbour, a closed-class one too, that the
  // dictionary's text writes (a living word, no headword alone: "rắn câng" is never written there):
  // "lồng nghép" is "lồng ghép" (twice there), "mặng mà" "mặn mà"
  const living = (x: string, y: string): boolean => isCommonGeneralPair(x, y) || (isGeneralPair(x, y) && generalPairCount(x, y) >= LIVING_WORD);
  return (!!b && living(b, key)) || (!!a && living(key, a));
}

/** a word of the general list its dictionary's text writes this often is a living word */
const LIVING_WORD = 2;

/**
 * What a confused sound swapped costs a candidate (a letter changed costs 4, a vowel mark 2, a
 * tone 1): writers spell as their region speaks, and the swap is one sound however many letters
 * it takes ("ch" for "tr").
 */
const HEARD_SWAP = 1.5;

export interface Ranked {
  key: string;
  score: number;
}

/**
 * Suggestions for a syllable (any case), best first, as lookup keys (lower case, new tone
 * style): the caller restores the casing and the draft's tone style.
 */
export function rankSuggestions(word: string, context: SyllableContext = {}, limit = 5): Ranked[] {
  if (!suggestible(word)) return [];
  // the same misspelling comes back on every re-check of a draft: remember the answer, the
  // whole ranking (a caller asks whether the best one fits, then for the first five: one
  // ranking, not two); each caller gets its own copy of the first `limit`
  const memoKey = `${word}|${(context.before ?? []).join(' ')}|${(context.after ?? []).join(' ')}`;
  let ranked = memo.get(memoKey);
  if (ranked === undefined) {
    ranked = rank(word, context, MAX_SUGGESTIONS);
    if (memo.size > 5_000) memo.clear();
    memo.set(memoKey, ranked);
  }
  return ranked.slice(0, limit);
}

const memo = new Map<string, Ranked[]>();

/**
 * `localeCompare(b, 'vi')` without a collator made per comparison; made when first needed (ICU
 * builds the Vietnamese collation on the spot, ~6 ms of every start, and a draft whose
 * suggestions tie on nothing never asks)
 */
let vietnameseOrder: Intl.Collator | undefined;

function rank(word: string, context: SyllableContext, limit: number): Ranked[] {
  const { byFold } = suggestionIndex();
  const common = genreWords().syllables;
  const w = word.normalize('NFC').toLowerCase();
  const ranked: Ranked[] = [];
  const own = accentFreeForm(w);
  // the word's distance to each toneless spelling met, asked once (markDifferenceOfForms)
  const distances = new Map<string, number>();
  // the valid syllables one sound a region merges away (spelling-confusions.json: ch/tr, s/x,
  // d/gi/r, c/t, n/ng…; no stray key, nh/ngh): a slip of the ear costs less than any other change
  // of a letter, more than a tone (HEARD_SWAP)
  const swaps = regionalSwaps(w);
  const consider = (key: string, d: MarkDifference): void => {
    let score = (swaps.includes(key) ? HEARD_SWAP : 4 * d.letters) + 2 * d.quality + d.tone;
    if (common.has(key)) score -= 0.5;
    // the neighbours take 6 off at most (a listed word), else 3: a candidate left above the cut
    // either way is not asked about them (a typed slip ranks hundreds, most of them far; the
    // pair look-ups were most of the ranking)
    if (score - 6 > 9) return;
    // a candidate doubling the syllable joined to it makes a stammer, no word with it ("Phòng
    // phống cháy" is "phòng chống", no "phòng phòng"): that neighbour lends it nothing
    const b = context.before?.[0] === key ? { ...context, before: [] } : context;
    const around = context.after?.[0] === key ? { ...b, after: [] } : b;
    if (fitsContext(key, around)) score -= 6;
    // …else a pair everyday Vietnamese writes with a content word beside it (general-pairs.json):
    // "làm bánh chưg" is "bánh chưng" (16 in the dictionary's text), no "chư", a letter away too
    else if (score - 3 <= 9 && inLanguage(key, around)) score -= 3;
    // (too far to suggest: left out before the sort, not after it — its ties are broken by
    // the collator, slow, and most candidates are too far; the order of those kept is the same)
    if (score <= 9) ranked.push({ key, score });
  };
  for (const f of nearFolds(foldKey(w))) {
    // the syllables of one accent-free form: that form is compared with the word's once, not
    // once per syllable (a misspelling typed in the editor ranks a few hundred candidates)
    let letters = -1;
    let plain = -1;
    for (const key of byFold.get(f) ?? []) {
      if (key === w) continue;
      let d: MarkDifference;
      if (accentFreeForm(key) === f) {
        if (letters < 0) {
          letters = editDistance(own, f);
          plain = editDistance(own, f, 1);
        }
        d = markDifferenceOfForms(w, key, letters, plain, distances);
      } else d = markDifference(w, key);
      consider(key, d);
    }
  }
  // a sound the writer's region merges, swapped, is a slip however many letters spell it: "chượt
  // giá" is "trượt" (ch/tr, two letters), "điện giậc" "giật", "rắn cắng" "cắn"
  for (const key of swaps) if (!ranked.some((r) => r.key === key)) consider(key, markDifference(w, key));
  // (at one cost, the syllable the language writes more often first: "chượt giá" is "trượt", 55
  // times in the dictionary's text, before "chược" and "chượp", 2 each)
  ranked.sort((a, b) => a.score - b.score || generalSyllableCount(b.key) - generalSyllableCount(a.key) || (vietnameseOrder ??= new Intl.Collator('vi')).compare(a.key, b.key));
  return ranked.slice(0, limit);
}
