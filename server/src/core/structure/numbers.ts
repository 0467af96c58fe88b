/**
 * Numbers as reporters write them: digits with "." or "," thousands ("1.200"), leading zeros
 * ("03"), and Vietnamese number words ("một trăm hai mươi", "hai nghìn", "bốn mươi lăm").
 */

const UNITS: Record<string, number> = {
  không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, nhăm: 5,
  sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9,
};
const SCALES: Record<string, number> = { mươi: 10, mười: 10, trăm: 100, nghìn: 1000, ngàn: 1000, vạn: 10000 };

/** Regex source (matching view: NFC lower case) of a number written in words or digits. */
export const NUMBER_WORDS = `(?:(?:${[...Object.keys(UNITS), ...Object.keys(SCALES), 'linh', 'lẻ'].join('|')})(?:\\s+|$))+`;
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
    } else if (w === 'mười') {
      if (!Number.isNaN(last)) return NaN;
      current += 10;
      seen = true;
    } else if (w === 'mươi') {
      if (Number.isNaN(last)) return NaN;
      current += last * 10;
      last = NaN;
    } else if (w === 'trăm') {
      current += (Number.isNaN(last) ? 1 : last) * 100;
      last = NaN;
      seen = true;
    } else if (w === 'nghìn' || w === 'ngàn' || w === 'vạn') {
      const scale = SCALES[w];
      total += (current + (Number.isNaN(last) ? (current === 0 ? 1 : 0) : last)) * scale;
      current = 0;
      last = NaN;
      seen = true;
    } else if (w === 'linh' || w === 'lẻ') {
      continue;
    } else return NaN;
  }
  if (!seen) return NaN;
  return total + current + (Number.isNaN(last) ? 0 : last);
}
