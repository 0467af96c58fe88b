/**
 * The shape of a pen name with a syllable typed in lower case ("Mỹ thanh", "Y sơn"): what the
 * byline's last line (structure/byline.ts) and a credit's items (person-names.ts) both ask
 * before judging its lowercase syllables each by their own evidence.
 */
import { caseShape, syllableKey } from './casing.js';
import { commonWordPair, lowercaseWord } from './capital-evidence.js';
import { LABEL_WORD } from './structure/data.js';
import { lazyRegExp } from './lazy-regexp.js';

const LETTERS = lazyRegExp(() => /^[\p{L}\p{M}]+$/u);

/**
 * True when `texts` (the syllables as written) are two or three syllables of letters only, the
 * first capitalised and no word of a credit's label ("Ảnh minh họa"), the others capitalised or
 * lowercase, one lowercase at least, no two neighbours a common word ("Hà thực hiện"), and
 * `lowerFits` accepts each lowercase one (by its index).
 */
export function isPenNameSlipShape(texts: readonly string[], lowerFits: (k: number) => boolean): boolean {
  if (texts.length < 2 || texts.length > 3 || !texts.every((t) => LETTERS().test(t))) return false;
  const shapes = texts.map(caseShape);
  if (shapes[0] !== 'cap' || !shapes.includes('lower') || shapes.some((s) => s !== 'cap' && s !== 'lower') || LABEL_WORD.test(texts[0])) return false;
  for (let k = 1; k < texts.length; k++) if (commonWordPair(texts[k - 1], texts[k]) || lowercaseWord(syllableKey(texts[k - 1]), syllableKey(texts[k]))) return false;
  return texts.every((_, k) => shapes[k] !== 'lower' || lowerFits(k));
}
