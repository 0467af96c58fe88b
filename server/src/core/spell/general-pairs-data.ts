/**
 * Where the figures of general-pairs.ts come from: dictionaries/general-pairs.json, over a
 * megabyte of counts. Bundled, it made each Node bundle 1.7 MB bigger (its text escaped to
 * ASCII inside a string inside a JSON.parse): every start of the language server and of each
 * CLI worker read it in the bundle's source, again in the code cache, scanned the literal and
 * kept both copies, whether or not a check ever asked. The build writes it beside the bundles
 * (dist/`GENERAL_PAIRS_FILE`, only the keys read) and it is read from there when a check first
 * asks; from the sources (tests) the list itself is read. The web worker, which has no disk,
 * bundles it instead (scripts/web-build.mjs swaps this module for web/general-pairs-data.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface GeneralPairsData {
  /** "lookup key:count|…" */
  syllables: string;
  /** "first second:count|…", sorted by pair */
  pairs: string;
  /** made by the build (general-pairs.ts generalPairsIndex); absent in the sources' list */
  index?: GeneralPairsIndex;
}

export interface GeneralPairsIndex {
  /** first syllable → where its pairs begin in `pairs` */
  starts: Record<string, number>;
  /** lookup key → count, as in `syllables` */
  counts: Record<string, number>;
  /** the counts' sum: the denominator of a syllable's share */
  total: number;
}

export const GENERAL_PAIRS_FILE = 'general-pairs.json';

/** Beside the bundle (dist/), then the list in dictionaries/ (running from the sources). */
function candidates(): string[] {
  const here = typeof __dirname === 'string' ? __dirname : '';
  const out: string[] = [];
  if (here) out.push(path.join(here, GENERAL_PAIRS_FILE), path.join(here, '../../../../dictionaries', GENERAL_PAIRS_FILE));
  out.push(path.join(process.cwd(), 'dictionaries', GENERAL_PAIRS_FILE));
  return out;
}

/** The figures, read once by the caller. A missing file is a packaging bug: say where we looked. */
export function readGeneralPairs(): GeneralPairsData {
  const tried = candidates();
  for (const file of tried) {
    if (!fs.existsSync(file)) continue;
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as GeneralPairsData;
    return { syllables: data.syllables, pairs: data.pairs, index: data.index };
  }
  throw new Error(`Soát Tin: ${GENERAL_PAIRS_FILE} not found (looked in ${tried.join(', ')})`);
}
