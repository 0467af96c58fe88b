/**
 * Words of a minority language or a loan the draft keeps writing the same way ("nghề dệt zèng"
 * … "sản phẩm zèng A Lưới"): a syllable Vietnamese spelling never makes — it opens with "f",
 * "j", "w" or "z" — written twice or more, identically, in lower case. A slip of the keyboard
 * ("zã hội", "fề") is made once; a word the writer means comes back.
 */
import type { Word } from '../../core/draft.js';
import { syllableInfo } from '../../core/spell/syllable.js';

/** an onset no Vietnamese syllable has, then a vowel (of the accent-free form) */
const FOREIGN_ONSET = /^[fjwz][aeiouy]/u;
const FOREIGN_LETTER = /^[fjwz]/u;

/** times a draft writes such a word before it is one of its terms */
const TERM_REPEATS = 2;

/** a lower-case word of plain letters, no mark at all */
const PLAIN = /^[a-z]+$/u;
/** times a draft writes a valid syllable without marks before it is the word meant */
const BARE_REPEATS = 3;

/** The keys of the draft's repeated foreign-onset words and repeated unmarked syllables (usually none). */
export function draftTerms(words: readonly Word[], valid: Set<string>): Set<string> {
  const seen = new Map<string, number>();
  for (const w of words) {
    // (the letter alone first: most words open otherwise, and need no fold)
    if (!FOREIGN_LETTER.test(w.lower) || w.text !== w.lower) continue;
    const { key, fold } = syllableInfo(w.text);
    if (!FOREIGN_ONSET.test(fold) || valid.has(key)) continue;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const terms = new Set<string>();
  for (const [key, n] of seen) if (n >= TERM_REPEATS) terms.add(key);
  // a valid syllable written without marks again and again ("chủ voi, nài voi … cùng voi"): the
  // word meant, never a closed-class word that lost its marks each time ("với")
  const bare = new Map<string, number>();
  for (const w of words) {
    if (!PLAIN.test(w.text) || !valid.has(w.text)) continue;
    bare.set(w.text, (bare.get(w.text) ?? 0) + 1);
  }
  for (const [key, n] of bare) if (n >= BARE_REPEATS) terms.add(key);
  return terms;
}
