/**
 * Word context from the genre's own drafts: how often each syllable and each pair of adjacent
 * syllables occurs (dictionaries/syllable-pairs.json, figures made by
 * scripts/build-syllable-pairs.mjs). "chấp lượng" is no pair the genre writes; "chất lượng" is
 * a frequent one.
 */
import data from '../../../../dictionaries/syllable-pairs.json';
import { isListedPair } from './genre-words.js';
import { PairMap } from '../pair-map.js';

interface Figures {
  /** by the two keys, never a key joined per question (asked around nearly every syllable) */
  pairs: PairMap<number>;
  counts: Map<string, number>;
}

let figures: Figures | undefined;

function parse(list: string): Map<string, number> {
  const out = new Map<string, number>();
  if (!list) return out;
  for (const item of list.split('|')) {
    const at = item.lastIndexOf(':');
    out.set(item.slice(0, at), Number(item.slice(at + 1)));
  }
  return out;
}

function load(): Figures {
  figures ??= { pairs: new PairMap(parse(data.pairs)), counts: parse(data.syllables) };
  return figures;
}

/** How often the genre's drafts write syllable `a` right before `b` (lookup keys); 0 when rare. */
export function pairCount(a: string, b: string): number {
  return load().pairs.get(a, b) ?? 0;
}

/** How often the genre's drafts use a syllable (lookup key); 0 when rare. */
export function syllableCount(key: string): number {
  return load().counts.get(key) ?? 0;
}

/** A pair seen this often is the genre's own: a suggestion completing one ranks first. */
export const FREQUENT_PAIR = 3;

/** A listed word counts as often as a pair seen this many times. */
export const LISTED_WEIGHT = 5;

/** How strongly the genre knows "a b": its frequency, or a listed word's weight. */
export function pairWeight(a: string, b: string): number {
  return Math.max(pairCount(a, b), isListedPair(a, b) ? LISTED_WEIGHT : 0);
}

