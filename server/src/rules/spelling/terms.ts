/**
 * Words of a minority language or a loan the draft keeps writing the same way ("nghề dệt zèng"
 * … "sản phẩm zèng A Lưới"): a syllable Vietnamese spelling never makes — it opens with "f",
 * "j", "w" or "z" — written twice or more, identically, in lower case. A slip of the keyboard
 * ("zã hội", "fề") is made once; a word the writer means comes back. So is a marked syllable
 * the dictionary lacks but Vietnamese spelling makes, a regional or trade word ("trồng cây đâng"
 * … "rừng đâng", "cá thát lát"): an onset and a rhyme, tone included, that valid syllables have.
 */
import type { Draft, Paragraph, Word } from '../../core/draft.js';
import { canonicalTone, hasVietnameseMark, onsetOf, syllableInfo, wordLookupKey } from '../../core/spell/syllable.js';
import { ParagraphMemo, paragraphText, paragraphWords, saltId } from '../../core/paragraph-memo.js';
import { BoundedCache, stringBytes, WordMemo } from '../../core/bounded-cache.js';
import { nfc, stripTone, toneOf } from '../../core/normalise.js';
import commonNouns from '../../../../dictionaries/common-nouns.json';
import { lazyRegExp } from '../../core/lazy-regexp.js';

/** an onset no Vietnamese syllable has, then a vowel (of the accent-free form) */
const FOREIGN_ONSET = /^[fjwz][aeiouy]/u;
const FOREIGN_LETTER = /^[fjwz]/u;

/** times a draft writes such a word before it is one of its terms */
const TERM_REPEATS = 2;

/** a lower-case word of plain letters, no mark at all */
const PLAIN = /^[a-z]+$/u;
/** times a draft writes a valid syllable without marks before it is the word meant */
const BARE_REPEATS = 3;

/** A paragraph's candidates: each key once, in the order first written, with its count. */
interface Counts {
  foreign: string[];
  foreignN: number[];
  bare: string[];
  bareN: number[];
}

const rhymesOf = new WeakMap<Set<string>, { toned: Set<string>; bare: Set<string> }>();

/** the rhymes of the valid syllables, tone included ("át" of "hát") and without it ("at"), once per list */
function validRhymes(valid: Set<string>): { toned: Set<string>; bare: Set<string> } {
  let rhymes = rhymesOf.get(valid);
  if (!rhymes) {
    rhymes = { toned: new Set<string>(), bare: new Set<string>() };
    for (const key of valid) rhymes.toned.add(key.slice(onsetOf(key).length));
    for (const r of rhymes.toned) rhymes.bare.add(stripTone(r));
    rhymesOf.set(valid, rhymes);
  }
  return rhymes;
}

/** a rhyme closed by a stop ("at", "ich"): it takes only the sắc or the nặng tone */
const STOP_FINAL = /(?:c|ch|p|t)$/u;
const STOP_TONES = new Set([2, 5]);

/**
 * A marked syllable Vietnamese spelling makes: an onset, a rhyme of a valid syllable, its tone
 * where the spelling puts it; the rhyme with another tone too, when its final allows that tone
 * ("soọng" as "soong", "mẹng" as "kẻng"; a stop, "iêt", only sắc or nặng).
 */
function wellFormed(text: string, key: string, valid: Set<string>): boolean {
  if (canonicalTone(text) !== text) return false;
  const rhyme = key.slice(onsetOf(key).length);
  if (rhyme.length === 0) return false;
  const { toned, bare } = validRhymes(valid);
  if (toned.has(rhyme)) return true;
  const plain = stripTone(rhyme);
  return bare.has(plain) && (!STOP_FINAL.test(plain) || STOP_TONES.has(toneOf(rhyme)));
}

/**
 * A lower-case word the dictionary lacks, shaped like a minority language's or a loan word: an
 * onset Vietnamese never has ("zèng"), or a syllable Vietnamese spelling makes ("đâng"). Its key,
 * or undefined.
 */
export function minorityShaped(text: string, valid: Set<string>): string | undefined {
  // asked of every word of every paragraph: answered once per spelling (and syllable list: an
  // answer for another list is asked again)
  const known = minorityShapes.get(text);
  if (known !== undefined && known.valid === valid) return known.key ?? undefined;
  const key = minorityKey(text, valid);
  minorityShapes.set(text, { valid, key: key ?? null });
  return key;
}
/** minorityShaped's answers and the syllable list each was given for (a word memo: bounded-cache.ts) */
const minorityShapes = new WordMemo<{ valid: Set<string>; key: string | null }>('spelling.minority-shapes', (a) => 40 + (a.key === null ? 0 : stringBytes(a.key)));

function minorityKey(text: string, valid: Set<string>): string | undefined {
  // (the letter and the marks first: a word without either needs no fold)
  const foreignLetter = FOREIGN_LETTER.test(text);
  if (text !== text.toLowerCase() || (!foreignLetter && !hasVietnameseMark(text))) return undefined;
  const { key, fold } = syllableInfo(text);
  if (valid.has(key)) return undefined;
  return (foreignLetter ? FOREIGN_ONSET.test(fold) : wellFormed(text, key, valid)) ? key : undefined;
}

function paragraphCounts(words: readonly Word[], valid: Set<string>): Counts {
  const foreign = new Map<string, number>();
  for (const w of words) {
    const key = minorityShaped(w.text, valid);
    if (key !== undefined) foreign.set(key, (foreign.get(key) ?? 0) + 1);
  }
  const bare = new Map<string, number>();
  for (const w of words) {
    if (!PLAIN.test(w.text) || !valid.has(w.text)) continue;
    bare.set(w.text, (bare.get(w.text) ?? 0) + 1);
  }
  return { foreign: [...foreign.keys()], foreignN: [...foreign.values()], bare: [...bare.keys()], bareN: [...bare.values()] };
}

/**
 * The counts of each paragraph are remembered by its text (a re-check counts the edited
 * paragraph only and adds up the others' small summaries: counting every word of a 100 KB
 * draft was a few milliseconds of each keystroke).
 */
const countsByParagraph = new ParagraphMemo<Counts>('spelling.terms', 512 * 1024, { offsets: [] });

/** A salt per syllable list (the same list all the time: a new one only recounts). */
function validSalt(valid: Set<string>): string {
  let id = validIds.get(valid);
  if (id === undefined) validIds.set(valid, (id = `v${nextValidId++}`));
  return id;
}
const validIds = new WeakMap<Set<string>, string>();
let nextValidId = 0;

/** The keys of the draft's repeated foreign-onset words and repeated unmarked syllables (usually none). */
export function draftTerms(draft: Draft, valid: Set<string>): Set<string> {
  const salt = validSalt(valid);
  const seen = new Map<string, number>();
  const bare = new Map<string, number>();
  // a paragraph printed twice (a headline again under itself) is written once: its slip is no word the writer keeps using
  // (each paragraph's text as the parse's shared key has it: its hash is computed once, not a
  // new slice of every paragraph hashed on every re-check, a 100 KB draft's text each time)
  const texts = new Set<string>();
  for (const p of draft.paragraphs) {
    const own = paragraphText(draft, p);
    if (texts.has(own)) continue;
    texts.add(own);
    const c = countsByParagraph.get(draft, p, salt, (q: Paragraph) => paragraphCounts(paragraphWords(q), valid));
    for (let i = 0; i < c.foreign.length; i++) seen.set(c.foreign[i], (seen.get(c.foreign[i]) ?? 0) + c.foreignN[i]);
    for (let i = 0; i < c.bare.length; i++) bare.set(c.bare[i], (bare.get(c.bare[i]) ?? 0) + c.bareN[i]);
  }
  const terms = new Set<string>();
  for (const [key, n] of seen) if (n >= TERM_REPEATS) terms.add(key);
  // a valid syllable written without marks again and again ("chủ voi, nài voi … cùng voi"): the
  // word meant, never a closed-class word that lost its marks each time ("với")
  for (const [key, n] of bare) if (n >= BARE_REPEATS) terms.add(key);
  return terms;
}

/** The draft's terms each sentence of a paragraph writes, as the prefix of its memo key ('' when it writes none). */
function sentenceTermKeys(p: Paragraph, terms: Set<string>): string[] {
  return p.sentences.map((s) => termsKey(terms, s.words));
}

/** The draft's terms a sentence writes, as a prefix of its memo key ('' when it writes none). */
function termsKey(terms: Set<string>, words: readonly Word[]): string {
  // (no array of every word's key on the way; most drafts repeat no term: no word looked at.
  // The key is syllableInfo's, read from the word's forms, not looked up by its text)
  if (terms.size === 0) return '';
  let held = '';
  let n = 0;
  for (const w of words) {
    const k = wordLookupKey(w);
    if (terms.has(k)) held = n++ === 0 ? k : `${held} ${k}`;
  }
  return n === 0 ? '' : `${held}|`;
}

/**
 * The terms prefix of each sentence of paragraph `p`, remembered by the paragraph's text and
 * the draft's terms (looking every word of a 100 KB draft up again was a fifth of its spelling
 * re-check).
 */
const keysByParagraph = new ParagraphMemo<string[]>('spelling.termKeys', 512 * 1024, { offsets: [] });

export function paragraphTermKeys(draft: Draft, p: Paragraph, terms: Set<string>, termsSalt: string): string[] {
  return keysByParagraph.get(draft, p, termsSalt, (q) => sentenceTermKeys(q, terms));
}

/** The salt of a draft's terms for `paragraphTermKeys`. */
export function termsSalt(terms: Set<string>): string {
  return saltId([...terms].sort().join(' '));
}

/**
 * "đồng bào Sán Dìu", "Tiếng Mường", "người Tà Ôi": an ethnic group named after one of the words
 * that introduce one, maybe opening a sentence (common-nouns.json ethnicGroups), a capital
 * opening each syllable of its name
 */
const NAMES_GROUP = lazyRegExp(() => new RegExp(
  `(?<!\\p{L}|\\p{M})(?:${commonNouns.ethnicGroups.openers.map((o) => `[${o[0]}${o[0].toUpperCase()}]${o.slice(1)}`).join('|')})[ \\t\\u00a0]+(?:${commonNouns.ethnicGroups.names.map((n) => n.replace(/\\s*-\\s*/gu, '[ \\t\\u00a0]*-?[ \\t\\u00a0]*').replace(/ /gu, '[ \\t\\u00a0]+')).join('|')})(?!\\p{L}|\\p{M})`,
  'u',
));

/** whether each paragraph's text names an ethnic group, kept by its text */
const groupNamed = new BoundedCache<boolean>('spelling.groupNamed', 256 * 1024);

/**
 * The draft names an ethnic group ("đồng bào Sán Dìu", "tiếng Mường"): a word of that people's
 * language may stand in it once ("hát soọng cô", "dệt zèng"), a syllable Vietnamese spelling
 * makes that the dictionary lacks and no slip of a Vietnamese word explains (non-syllables.ts).
 */
export function namesEthnicGroup(draft: Draft): boolean {
  for (const p of draft.paragraphs) {
    if (p.kind === 'chrome' || p.kind === 'metadata') continue;
    const text = paragraphText(draft, p);
    let named = groupNamed.get(text);
    if (named === undefined) groupNamed.set(text, (named = NAMES_GROUP().test(nfc(text))));
    if (named) return true;
  }
  return false;
}
