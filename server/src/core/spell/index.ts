/** The spelling engine behind the `spelling` rule: dictionary, context list, suggestions. */
export { syllables, isSyllable, fallbackSuggestions } from './dictionary.js';
export { genreWords, isListed } from './genre-words.js';
export { rankSuggestions, fitsContext, type SyllableContext, type Ranked } from './suggest.js';
export { canonicalTone, lookupKey, markDifference, foldKey } from './syllable.js';
export { isAbbreviation, isRomanNumeral, linkSpans } from './tokens.js';

import { syllables as loadSyllables } from './dictionary.js';
import { genreWords as loadGenreWords } from './genre-words.js';
import { rankSuggestions as rank } from './suggest.js';

/** Build the dictionary and indexes now (e.g. while a server starts) instead of on the first check. */
export function warmUpSpelling(): void {
  loadSyllables();
  loadGenreWords();
  rank('tyrong');
}
