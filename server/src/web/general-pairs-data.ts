/**
 * core/spell/general-pairs-data.ts for the web worker (scripts/web-build.mjs swaps it in): a
 * worker has no disk to read dist/general-pairs.json from, so the list is bundled there.
 */
import data from '../../../dictionaries/general-pairs.json';
import type { GeneralPairsData } from '../core/spell/general-pairs-data.js';

export function readGeneralPairs(): GeneralPairsData {
  return { syllables: data.syllables, pairs: data.pairs };
}
