/** The spelling engine behind the `spelling` rule: dictionary, context list, suggestions. */
export { syllables, isSyllable, fallbackSuggestions } from './dictionary.js';
export { genreWords, isListed } from './genre-words.js';
export { rankSuggestions, fitsContext, type SyllableContext, type Ranked } from './suggest.js';
export { canonicalTone, lookupKey, markDifference, foldKey } from './syllable.js';
export { isAbbreviation, isRomanNumeral, linkSpans } from './tokens.js';
