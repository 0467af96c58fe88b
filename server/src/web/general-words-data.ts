/**
 * core/spell/general-words-data.ts for the web worker (scripts/web-build.mjs swaps it in): a
 * worker has no disk to read dist/general-words.txt from, so the list is bundled there.
 */
import data from '../../../dictionaries/general-words.json';
import type { GeneralWordsData } from '../core/spell/general-words-data.js';

export function readGeneralWords(): GeneralWordsData {
  return { words: data.words, rare: data.rare, counts: data.counts, triples: data.triples };
}
