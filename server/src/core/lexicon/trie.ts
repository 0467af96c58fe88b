/**
 * The syllable trie the lexicon is compiled into (once per process, and once per distinct
 * extra-lexicon object), and the longest-match walk over a sentence's words.
 */
import { syllableKey } from '../casing.js';
import { blankGap, gapAt } from './words.js';
import type { Word } from '../draft.js';
import { matchesOf } from '../matches.js';
import { lazyRegExp } from '../lazy-regexp.js';

export interface Compiled<E> {
  entry: E;
  keys: string[];
  /** punctuation between syllables of the canonical form ('' = blank only) */
  seps: string[];
  /** accepted forms, syllable by syllable (canonical first) */
  forms: string[][];
  /** the name read without its "và": the index of the syllable that followed it */
  droppedAnd?: number;
}

export interface TrieNode<E> {
  next: Map<string, TrieNode<E>>;
  here: Compiled<E>[];
}

const TOKEN = lazyRegExp(() => /[\p{L}\p{M}\p{N}]+/gu);

export function syllables(s: string): { tokens: string[]; seps: string[] } {
  const tokens: string[] = [];
  const seps: string[] = [];
  let last = -1;
  for (const m of matchesOf(TOKEN(), s.normalize('NFC'))) {
    if (last >= 0) seps.push(normSep(s.normalize('NFC').slice(last, m.index)));
    tokens.push(m[0]);
    last = (m.index ?? 0) + m[0].length;
  }
  return { tokens, seps };
}

/** separators a draft puts where a name has a dash or a comma */
const SOFT_SEPS = new Set(['', '-', ',']);

function normSep(gap: string): string {
  return gap.replace(/[–—]/g, '-').replace(/\s+/g, '');
}

export function compile<E extends { canonical: string; alternatives?: string[] }>(entries: E[]): TrieNode<E> {
  const root: TrieNode<E> = { next: new Map(), here: [] };
  for (const entry of entries) {
    const { tokens, seps } = syllables(entry.canonical);
    if (tokens.length === 0) continue;
    const keys = tokens.map(syllableKey);
    const forms = [tokens, ...(entry.alternatives ?? []).map((a) => syllables(a).tokens).filter((t) => t.length === tokens.length)];
    insert(root, { entry, keys, seps, forms });
    // drafts drop the "và" of a long name ("Sở Lao động Thương binh Xã hội"): that is the name too
    const and = keys.indexOf(VA);
    if (and > 0 && and < keys.length - 1) {
      const drop = <T>(xs: T[]): T[] => xs.filter((_, n) => n !== and);
      insert(root, { entry, keys: drop(keys), seps: [...seps.slice(0, and - 1), seps[and - 1] || seps[and], ...seps.slice(and + 1)], forms: forms.map(drop), droppedAnd: and });
    }
  }
  return root;
}

const VA = syllableKey('và');

function insert<E>(root: TrieNode<E>, c: Compiled<E>): void {
  let node = root;
  for (const k of c.keys) {
    let n = node.next.get(k);
    if (!n) node.next.set(k, (n = { next: new Map(), here: [] }));
    node = n;
  }
  node.here.push(c);
}

/** Longest entry of `trie` starting at word i; separators must match the canonical ones. */
export function longestAt<E>(trie: TrieNode<E>, text: string, words: Word[], keys: string[], i: number): { c: Compiled<E>; end: number } | undefined {
  let node: TrieNode<E> | undefined = trie.next.get(keys[i]);
  if (!node) return undefined;
  let best: { c: Compiled<E>; end: number } | undefined = node.here.length ? { c: node.here[0], end: i + 1 } : undefined;
  const gaps: string[] = [];
  for (let j = i + 1; j < words.length; j++) {
    // look the syllable up first: most walks stop here, before any gap is examined
    const next: TrieNode<E> | undefined = node.next.get(keys[j]);
    if (!next) break;
    const gap = blankGap(text, words, j - 1) ? '' : gapAt(text, words, j - 1);
    const sep = gap === '' ? '' : normSep(gap);
    // names run inside one line, across blanks and the punctuation of a name only
    if (/[\r\n]/.test(gap) || (sep !== '' && sep !== '-' && sep !== ',')) break;
    gaps.push(sep);
    node = next;
    // the canonical punctuation first; else a name whose dash or comma the draft wrote as
    // another of them or left out ("Sở Lao động Thương binh và Xã hội"): still that name, so
    // its casing is checked (a blank of the canonical form stays a blank: a list is no name)
    const ok = node.here.find((c) => c.seps.every((sp, n) => sp === gaps[n])) ?? node.here.find((c) => c.seps.every((sp, n) => sp === gaps[n] || (sp !== '' && SOFT_SEPS.has(gaps[n]))));
    if (ok) best = { c: ok, end: j + 1 };
  }
  return best;
}
