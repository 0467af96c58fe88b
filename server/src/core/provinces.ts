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
/** blanks, or a dash with blanks, between two parts of a name ("Bà Rịa - Vũng Tàu") */
const NAME_GAP = /^[ \t\u00a0]+(?:[-–][ \t\u00a0]+)?$/u;

function matchesAt(text: string, ws: Word[], keys: string[], p: string[], j: number): boolean {
  return j >= 0 && p.every((k, n) => keys[j + n] === k && (n === 0 || NAME_GAP.test(text.slice(ws[j + n - 1].end, ws[j + n].start))));
}

/** The words of a province's name at word j, opening with a capital ("Nghệ an"), if one stands there. */
export function provinceAt(text: string, ws: Word[], keys: string[], j: number): Word[] | undefined {
  if (!ws[j] || !isCapitalised(ws[j].text)) return undefined;
  const p = PROVINCES.find((ks) => matchesAt(text, ws, keys, ks, j));
  return p && ws.slice(j, j + p.length);
}

/** True when word i is a syllable of a province's name written with all its capitals ("Bình Định"). */
export function inProvinceName(text: string, ws: Word[], keys: string[], i: number): boolean {
  return PROVINCES.some((p) => p.some((k, n) => k === keys[i] && matchesAt(text, ws, keys, p, i - n) && ws.slice(i - n, i - n + p.length).every((w) => isCapitalised(w.text))));
}
