/**
 * Numbers as reporters write them: digits with "." or "," thousands ("1.200"), leading zeros
 * ("03"), and Vietnamese number words ("một trăm hai mươi", "hai nghìn", "bốn mươi lăm"; the words are
 * dictionaries/structure.json numberWords).
 */
import { structureData } from './data.js';

const UNITS: Record<string, number> = Object.fromEntries(structureData.numberWords.units.map((e) => [e.word, e.value]));
const SCALES: Record<string, number> = Object.fromEntries(structureData.numberWords.scales.map((e) => [e.word, e.value]));
const JOINERS = structureData.numberWords.joiners.map((e) => e.word);
/** scale words that stand alone, never after a unit: "mười" (numberWords scales `standalone`) */
const STANDALONE = new Set(structureData.numberWords.scales.filter((e) => 'standalone' in e && e.standalone).map((e) => e.word));
/** tens words that count one ten without a unit before them: "chục", "hàng chục" (numberWords scales `unitOptional`) */
const UNIT_OPTIONAL = new Set(structureData.numberWords.scales.filter((e) => 'unitOptional' in e && e.unitOptional).map((e) => e.word));

/** Regex source (matching view: NFC lower case) of a number written in words or digits. */
export const NUMBER_WORDS = `(?:(?:${[...Object.keys(UNITS), ...Object.keys(SCALES), ...JOINERS].join('|')})(?:\\s+|$))+`;
/** One number word or figure ("3", "ba", "mười"): how many days a span lasts. */
export const NUMBER_WORD = `(?:\\d+|${[...Object.keys(UNITS), ...Object.keys(SCALES)].join('|')})`;
export const NUMBER_DIGITS = '\\d{1,3}(?:[.,]\\d{3})+|\\d+';

/** The value of a digit string ("1.200", "03") or of number words; NaN when it is neither. */
export function numberValue(raw: string): number {
  const t = raw.trim().toLowerCase();
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(t)) return Number(t.replace(/[.,]/g, ''));
  if (/^\d+$/.test(t)) return Number(t);
  return wordsValue(t.split(/\s+/u));
}

/**
 * "một trăm hai mươi" → 120, "hai nghìn năm trăm" → 2500, "mười lăm" → 15, "năm" → 5.
 * Returns NaN for a sequence that is not a well-formed number.
 */
export function wordsValue(words: string[]): number {
  let total = 0; // completed thousands
  let current = 0; // below a thousand
  let last = NaN; // the last unit word, waiting for its scale
  let seen = false;
  for (const w of words) {
    if (w in UNITS) {
      if (!Number.isNaN(last)) return NaN; // two units in a row: "hai ba"
      last = UNITS[w];
      seen = true;
    } else if (STANDALONE.has(w)) {
      // "mười": ten on its own, never after a unit ("mười hai", not "hai mười")
      if (!Number.isNaN(last)) return NaN;
      current += SCALES[w];
      seen = true;
    } else if (w in SCALES && SCALES[w] < 100) {
      // "mươi": the tens of the unit before it; "chục" alone is one ten
      if (Number.isNaN(last) && !UNIT_OPTIONAL.has(w)) return NaN;
      current += (Number.isNaN(last) ? 1 : last) * SCALES[w];
      last = NaN;
      seen = true;
    } else if (w in SCALES && SCALES[w] < 1000) {
      current += (Number.isNaN(last) ? 1 : last) * SCALES[w];
      last = NaN;
      seen = true;
    } else if (w in SCALES) {
      total += (current + (Number.isNaN(last) ? (current === 0 ? 1 : 0) : last)) * SCALES[w];
      current = 0;
      last = NaN;
      seen = true;
    } else if (JOINERS.includes(w)) {
      continue;
    } else return NaN;
  }
  if (!seen) return NaN;
  return total + current + (Number.isNaN(last) ? 0 : last);
}
