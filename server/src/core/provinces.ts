/**
 * The provinces' names (dictionaries/provinces.json): admin-unit-case restores a capital a
 * province's name lost after its level word ("tỉnh Nghệ an"), and common-noun-case takes a
 * capitalised province's syllables for a place's, not for a common word ("Tỉnh Đoàn Bình
 * Định hướng dẫn": no "Định hướng").
 */
import provinces from '../../../dictionaries/provinces.json';
import type { Word } from './draft.js';
import { isCapitalised, syllableKey } from './casing.js';

/** the names as syllable keys, longest first */
const PROVINCES = provinces.names.map((n) => n.split(/[\s-]+/u).filter(Boolean).map(syllableKey)).sort((a, b) => b.length - a.length);
/**
 * The names by their first key (longest first still) and each syllable by its key with its
 * place in the name: both questions are asked of most words, and a name can only match where
 * the word's key is one of its own.
 */
const BY_FIRST = new Map<string, string[][]>();
const BY_SYLLABLE = new Map<string, Array<{ p: string[]; n: number }>>();
for (const p of PROVINCES) {
  BY_FIRST.set(p[0], [...(BY_FIRST.get(p[0]) ?? []), p]);
  p.forEach((k, n) => BY_SYLLABLE.set(k, [...(BY_SYLLABLE.get(k) ?? []), { p, n }]));
}
/** blanks, or a dash with blanks, between two parts of a name ("Bà Rịa - Vũng Tàu") */
const NAME_GAP = /^[ \t\u00a0]+(?:[-–][ \t\u00a0]+)?$/u;

function matchesAt(text: string, ws: Word[], keys: string[], p: string[], j: number): boolean {
  return j >= 0 && p.every((k, n) => keys[j + n] === k && (n === 0 || NAME_GAP.test(text.slice(ws[j + n - 1].end, ws[j + n].start))));
}

/** The words of a province's name at word j, opening with a capital ("Nghệ an"), if one stands there. */
export function provinceAt(text: string, ws: Word[], keys: string[], j: number): Word[] | undefined {
  if (!ws[j] || !isCapitalised(ws[j].text)) return undefined;
  const p = BY_FIRST.get(keys[j])?.find((ks) => matchesAt(text, ws, keys, ks, j));
  return p && ws.slice(j, j + p.length);
}

/** True when word i is a syllable of a province's name written with all its capitals ("Bình Định"). */
export function inProvinceName(text: string, ws: Word[], keys: string[], i: number): boolean {
  const at = BY_SYLLABLE.get(keys[i]);
  return at !== undefined && at.some(({ p, n }) => matchesAt(text, ws, keys, p, i - n) && ws.slice(i - n, i - n + p.length).every((w) => isCapitalised(w.text)));
}
