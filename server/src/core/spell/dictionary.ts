/**
 * The syllable dictionary: dictionary-vi (Hunspell, new tone style, GPL; see
 * docs/credits.md) plus the few valid syllables it lacks (dictionaries/genre-words.json,
 * `extraSyllables`). Built once per process on first use, never per file or per keystroke.
 *
 * The GPL files are never compiled into our MIT bundles: the build copies them, with their
 * licence, to dist/dictionary-vi/ and they are read from disk at run time (from
 * node_modules/dictionary-vi when running from sources, e.g. in tests). dictionary-vi's own
 * index.js cannot be used: it reads its files with top-level await, which CommonJS lacks.
 * A host without a disk (the web server in a browser worker) hands the files over instead
 * (`useDictionaryFiles`); the files are then never looked for.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import nspell from 'nspell';
import lexicon from '../../../../dictionaries/genre-words.json';
import { foldKey, isAllCaps, lookupKey, MAX_SUGGESTIONS, suggestible } from './syllable.js';

let files: { aff: string; dic: string } | undefined;
/** the folder the files were read from (the build's derived files lie beside them); none when a host handed them over */
let filesDir: string | undefined;

/**
 * What `syllables()` and the suggestion index compute from index.dic, computed by the build
 * instead of at every start (the server's first check and every CLI worker paid about a
 * quarter of their start-up for it): the lookup keys of the dictionary's syllables in its
 * order, their accent-free forms, and the length of the index.dic they came from (a file
 * made from another dictionary is ignored). Derived from the GPL dictionary, it ships beside
 * it in dist/dictionary-vi/ (`PRECOMPUTED_FILE`), never inside a bundle.
 */
export interface PrecomputedSyllables {
  dicLength: number;
  keys: string[];
  folds: string[];
}

export const PRECOMPUTED_FILE = 'syllables.json';

let precomputed: PrecomputedSyllables | undefined;

/** The build's file beside index.dic, when it was made from this index.dic. */
function readPrecomputed(dir: string, dic: string): PrecomputedSyllables | undefined {
  const file = path.join(dir, PRECOMPUTED_FILE);
  if (!fs.existsSync(file)) return undefined;
  let p: PrecomputedSyllables;
  try {
    p = JSON.parse(fs.readFileSync(file, 'utf8')) as PrecomputedSyllables;
  } catch {
    // a damaged or unreadable file is no reason to stop: the syllables are computed as before
    return undefined;
  }
  return p.dicLength === dic.length && Array.isArray(p.keys) && Array.isArray(p.folds) && p.keys.length === p.folds.length ? p : undefined;
}

/** Folders that may hold index.aff / index.dic: next to the bundle, then node_modules upwards. */
function candidates(): string[] {
  const starts = [typeof __dirname === 'string' ? __dirname : '', process.cwd()].filter(Boolean);
  const out: string[] = [];
  for (const start of starts) {
    out.push(path.join(start, 'dictionary-vi'));
    for (let dir = start; ; dir = path.dirname(dir)) {
      out.push(path.join(dir, 'node_modules', 'dictionary-vi'));
      if (path.dirname(dir) === dir) break;
    }
  }
  return out;
}

/**
 * The Hunspell files, from a host that read them itself (the web extension, from its own
 * files), before the first check: what was built from the dictionary is kept for the process.
 */
export function useDictionaryFiles(given: { aff: string; dic: string }): void {
  files = given;
  filesDir = undefined;
  precomputed = undefined;
}

/** The Hunspell files, read once. A missing dictionary is a packaging bug: say where we looked. */
export function dictionaryFiles(): { aff: string; dic: string } {
  if (files) return files;
  for (const dir of candidates()) {
    const dicPath = path.join(dir, 'index.dic');
    if (fs.existsSync(dicPath)) {
      files = { aff: fs.readFileSync(path.join(dir, 'index.aff'), 'utf8'), dic: fs.readFileSync(dicPath, 'utf8') };
      filesDir = dir;
      precomputed = readPrecomputed(dir, files.dic);
      return files;
    }
  }
  throw new Error(`dictionary-vi not found (looked in ${candidates().slice(0, 3).join(', ')} …)`);
}

/**
 * The text of a file the build derived from the dictionary and wrote beside it (ASCII, read as
 * Latin-1: a copy of its bytes), or undefined: none there, or the files were handed over.
 */
export function derivedText(name: string): string | undefined {
  dictionaryFiles();
  if (!filesDir) return undefined;
  try {
    return fs.readFileSync(path.join(filesDir, name), 'latin1');
  } catch {
    return undefined;
  }
}

let syllableSet: Set<string> | undefined;
let syllableArray: string[] | undefined;

/** `syllables()` in its order, each once: the numbering of what the build derives from them. */
export function syllableList(): string[] {
  syllableArray ??= [...syllables()];
  return syllableArray;
}

/** Every valid syllable, as `lookupKey` spells it (NFC, lower case, new tone style). */
export function syllables(): Set<string> {
  if (syllableSet) return syllableSet;
  const { dic } = dictionaryFiles();
  const set = new Set<string>(precomputed?.keys ?? dictionaryKeys(dic));
  for (const e of lexicon.extraSyllables) set.add(lookupKey(e.syllable));
  syllableSet = set;
  return set;
}

/** The lookup keys of index.dic's syllables, in its order (repeats kept). */
function dictionaryKeys(dic: string): string[] {
  const keys: string[] = [];
  const lines = dic.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const entry = lines[i].split('/')[0].trim();
    // "HĐND", "PDF": abbreviations are not syllables
    if (!entry || isAllCaps(entry) || !/^[\p{L}\p{M}]+$/u.test(entry)) continue;
    keys.push(lookupKey(entry));
  }
  return keys;
}

/** What the build writes to dist/dictionary-vi/`PRECOMPUTED_FILE` for this index.dic. */
export function precomputeSyllables(dic: string): PrecomputedSyllables {
  const keys = dictionaryKeys(dic);
  return { dicLength: dic.length, keys, folds: keys.map(foldKey) };
}

let foldsOfKeys: Map<string, string> | undefined;

/** The accent-free form of a syllable of `syllables()`, from the build's file (undefined without one: compute it). */
export function precomputedFold(key: string): string | undefined {
  if (!precomputed) return undefined;
  if (!foldsOfKeys) {
    foldsOfKeys = new Map();
    for (let i = 0; i < precomputed.keys.length; i++) foldsOfKeys.set(precomputed.keys[i], precomputed.folds[i]);
  }
  return foldsOfKeys.get(key);
}

/** True when a syllable (any case, any tone style, any normalisation form) is spelt right. */
export function isSyllable(syllable: string): boolean {
  return syllables().has(lookupKey(syllable));
}

let speller: ReturnType<typeof nspell> | undefined;

/**
 * nspell's own suggestions: slow (worst over 100 ms) and poor for tone slips, so only a
 * fallback for a code action when the ranked index found nothing. Never called by `lint`.
 */
export function fallbackSuggestions(word: string, limit = 5): string[] {
  // nspell's suggestions have no cap of their own: bounded by word length and count here
  if (!suggestible(word)) return [];
  speller ??= nspell(dictionaryFiles());
  return speller.suggest(lookupKey(word)).slice(0, Math.min(limit, MAX_SUGGESTIONS));
}
