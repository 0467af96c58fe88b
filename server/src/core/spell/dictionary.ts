/**
 * The syllable dictionary: dictionary-vi (Hunspell, new tone style, GPL-2.0; see
 * docs/credits.md) plus the few valid syllables it lacks (dictionaries/genre-words.json,
 * `extraSyllables`). Built once per process on first use, never per file or per keystroke.
 *
 * dictionary-vi's own index.js reads its files with top-level await, which cannot be bundled
 * to CommonJS, and its package "exports" hide the raw files, so they are imported by path
 * as text (esbuild `text` loader; a vitest plugin does the same in tests).
 */
import aff from '../../../../node_modules/dictionary-vi/index.aff';
import dic from '../../../../node_modules/dictionary-vi/index.dic';
import nspell from 'nspell';
import lexicon from '../../../../dictionaries/genre-words.json';
import { isAllCaps, lookupKey } from './syllable.js';

let syllableSet: Set<string> | undefined;

/** Every valid syllable, as `lookupKey` spells it (NFC, lower case, new tone style). */
export function syllables(): Set<string> {
  if (syllableSet) return syllableSet;
  const set = new Set<string>();
  const lines = dic.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const entry = lines[i].split('/')[0].trim();
    // "HĐND", "PDF": abbreviations are not syllables
    if (!entry || isAllCaps(entry) || !/^[\p{L}\p{M}]+$/u.test(entry)) continue;
    set.add(lookupKey(entry));
  }
  for (const e of lexicon.extraSyllables) set.add(lookupKey(e.syllable));
  syllableSet = set;
  return set;
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
  speller ??= nspell({ aff, dic });
  return speller.suggest(lookupKey(word)).slice(0, limit);
}
