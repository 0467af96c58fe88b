/**
 * core/spell/general-pairs-data.ts for the web worker (scripts/web-build.mjs swaps it in): a
 * worker has no disk to read dist/general-pairs.txt from, so the list is bundled there.
 */
import data from '../../../dictionaries/general-pairs.json';
import { generalPairsText, splitGeneralPairs, type GeneralPairsData } from '../core/spell/general-pairs-text.js';

export function readGeneralPairs(): GeneralPairsData {
  return splitGeneralPairs(new TextEncoder().encode(generalPairsText(data)));
}
