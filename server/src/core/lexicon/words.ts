/** Word-level primitives of the matchers: syllable keys, the gaps between words, word edges. */
import type { Draft, Sentence, Word } from '../draft.js';
import { caseShape, isCapitalised, syllableKey, wordKey } from '../casing.js';
import { trailingNonWord, trailingNonWordStart } from '../word-edges.js';
import { commonWordAt } from '../capital-evidence.js';

/** Keys of a sentence's words, computed once per sentence. */
const keyCache = new WeakMap<Sentence, string[]>();
/** Comparison keys (syllableKey) of a sentence's words, computed once per sentence (from each word's own memo, `wordKey`). */
export function keysOf(s: Sentence): string[] {
  let k = keyCache.get(s);
  if (!k) keyCache.set(s, (k = s.words.map(wordKey)));
  return k;
}

/** What separates word i from word i+1, with punctuation glued to either word ("Phúc- Bí"). */
export function gapAt(text: string, words: Word[], i: number): string {
  const trail = trailingNonWord(words[i].text);
  const lead = /^[^\p{L}\p{M}\p{N}]*/u.exec(words[i + 1].text)?.[0] ?? '';
  return trail + text.slice(words[i].end, words[i + 1].start) + lead;
}

/** Offsets of a word without the punctuation parse-latin may glue to it ("Minh./.", "(Đài"). */
export function wordStart(w: Word): number {
  return w.start + (/^[^\p{L}\p{M}\p{N}]*/u.exec(w.text)?.[0].length ?? 0);
}
export function wordEnd(w: Word): number {
  return w.end - (w.text.length - trailingNonWordStart(w.text));
}

const WORD_EDGE = /[\p{L}\p{M}\p{N}]/u;
/** Only blanks between word i and word i+1 (no punctuation glued to either). */
export function blankGap(text: string, words: Word[], i: number): boolean {
  if (i + 1 >= words.length) return false;
  const a = words[i];
  const b = words[i + 1];
  return b.start > a.end && onlyBlanks(text, a.end, b.start) && WORD_EDGE.test(a.text[a.text.length - 1]) && WORD_EDGE.test(b.text[0]);
}

/** a blank a copied page kept as its HTML entity, maybe encoded twice ("&nbsp;", "&amp;nbsp;", "&#160;") */
const BLANK_ENTITY = /&(?:amp;)?(?:nbsp|#160|#x0*a0);?/iuy;

/**
 * Only blanks from `from` to `to`: spaces, tabs, no-break spaces, and no-break spaces a copied
 * page kept as entities ("xã&nbsp;Nghi phong"): web-leftover reports the entity, and the words
 * on either side are still read as one phrase, as they will be once it is a space.
 */
export function onlyBlanks(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9 || c === 0xa0) continue;
    if (c !== 0x26) return false;
    BLANK_ENTITY.lastIndex = k;
    if (!BLANK_ENTITY.test(text) || BLANK_ENTITY.lastIndex > to) return false;
    k = BLANK_ENTITY.lastIndex - 1;
  }
  return true;
}

/** The accepted form (syllables) closest to what is written: exact case match first. */
export function pickForm(found: Word[], forms: string[][]): { form: string[]; exact: boolean } {
  for (const f of forms) {
    if (f.every((syl, k) => caseShape(syl) === caseShape(found[k].text) || (caseShape(found[k].text) === 'upper' && syl.length === 1))) return { form: f, exact: true };
  }
  return { form: forms[0], exact: false };
}

export function allUpper(words: Word[]): boolean {
  const letters = words.map((w) => w.text).join('').replace(/[^\p{L}]/gu, '');
  return letters.length > 3 && letters === letters.toUpperCase();
}

/** Capitalised words right after index j that look like a place or proper name (not sentence start). */
export function properNameAfter(draft: Draft, words: Word[], j: number, max = 4): number {
  let n = 0;
  while (j + n < words.length && n < max && isCapitalised(words[j + n].text) && !/^\p{Lu}{2,}$/u.test(words[j + n].text)) {
    if (n > 0 && !blankGap(draft.text, words, j + n - 1)) break;
    // a capital that opens a common word with the lowercase word after it is no name's ("tỉnh | Hỗ trợ")
    const after = words[j + n + 1];
    if (after && blankGap(draft.text, words, j + n) && caseShape(after.text) === 'lower' && commonWordAt(wordKey(words[j + n]), wordKey(after))) break;
    n++;
  }
  return n;
}
