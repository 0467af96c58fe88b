/**
 * Where the figures of general-pairs.ts come from: dictionaries/general-pairs.json, over a
 * megabyte of counts. Bundled, it made each Node bundle 1.7 MB bigger (its text escaped to
 * ASCII inside a string inside a JSON.parse): every start of the language server and of each
 * CLI worker read it in the bundle's source, again in the code cache, scanned the literal and
 * kept both copies, whether or not a check ever asked. The build writes its two lists beside
 * the bundles as plain UTF-8 text (dist/`GENERAL_PAIRS_FILE`: the syllables' line, then the
 * pairs') and they are read from there, as bytes, when a check first asks; from the sources
 * (tests) the list itself is read. The web worker, which has no disk, bundles it instead
 * (scripts/web-build.mjs swaps this module for web/general-pairs-data.ts).
 *
 * Bytes, not a string or JSON: the list is Vietnamese, so decoding it made a two-byte string
 * of 1.7 MB and JSON.parse scanned it again (with the index records, 30–60 ms of the first
 * spelling question, all of it before the code is optimised); reading the file's bytes is a
 * copy, and general-pairs.ts looks a syllable's stretch up in them by binary search (the lists
 * are sorted, and UTF-8's byte order is the order of the code points the build sorted by).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generalPairsText, splitGeneralPairs, type GeneralPairsData } from './general-pairs-text.js';

export type { GeneralPairsData };

/** The shipped file, beside the Node bundles (dist/): the syllables' list, "\n", the pairs' list. */
export const GENERAL_PAIRS_FILE = 'general-pairs.txt';
/** The list itself (dictionaries/), with its comment and source. */
const LIST = 'general-pairs.json';

/** The figures, read once by the caller. A missing file is a packaging bug: say where we looked. */
export function readGeneralPairs(): GeneralPairsData {
  const here = typeof __dirname === 'string' ? __dirname : '';
  const shipped = here ? path.join(here, GENERAL_PAIRS_FILE) : '';
  if (shipped && fs.existsSync(shipped)) return splitGeneralPairs(fs.readFileSync(shipped));
  // running from the sources (tests): the list itself
  const lists = [...(here ? [path.join(here, '../../../../dictionaries', LIST)] : []), path.join(process.cwd(), 'dictionaries', LIST)];
  for (const file of lists) {
    if (!fs.existsSync(file)) continue;
    return splitGeneralPairs(new TextEncoder().encode(generalPairsText(JSON.parse(fs.readFileSync(file, 'utf8')) as { syllables: string; pairs: string })));
  }
  throw new Error(`Soát Tin: ${GENERAL_PAIRS_FILE} not found (looked in ${[shipped, ...lists].filter(Boolean).join(', ')})`);
}
