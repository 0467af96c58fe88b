/**
 * Words of a minority language or a loan the draft keeps writing the same way ("nghề dệt zèng"
 * … "sản phẩm zèng A Lưới"): a syllable Vietnamese spelling never makes — it opens with "f",
 * "j", "w" or "z" — written twice or more, identically, in lower case. A slip of the keyboard
 * ("zã hội", "fề") is made once; a word the writer means comes back. So is a marked syllable
 * the dictionary lacks but Vietnamese spelling makes, a regional or trade word ("trồng cây đâng"
 * … "rừng đâng", "cá thát lát"): an onset and a rhyme, tone included, that valid syllables have.
 */
import type { Draft, Paragraph, Word } from '../../core/draft.js';
import { canonicalTone, hasVietnameseMark, onsetOf, syllableInfo } from '../../core/spell/syllable.js';
import { ParagraphMemo, paragraphWords, saltId } from '../../core/paragraph-memo.js';

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


const rhymesOf = new WeakMap<Set<string>, Set<string>>();

/** the rhymes, tone included, of the valid syllables ("át" of "hát", "âng" of "vâng"), once per list */
function validRhymes(valid: Set<string>): Set<string> {
  let rhymes = rhymesOf.get(valid);
  if (!rhymes) {
    rhymes = new Set<string>();
    for (const key of valid) rhymes.add(key.slice(onsetOf(key).length));
    rhymesOf.set(valid, rhymes);
  }
  return rhymes;
}

/** A marked syllable Vietnamese spelling makes: an onset, a rhyme of a valid syllable, its tone where the spelling puts it. */
function wellFormed(text: string, key: string, valid: Set<string>): boolean {
  if (canonicalTone(text) !== text) return false;
  const rhyme = key.slice(onsetOf(key).length);
  return rhyme.length > 0 && validRhymes(valid).has(rhyme);
}

function paragraphCounts(words: readonly Word[], valid: Set<string>): Counts {
  const foreign = new Map<string, number>();
  for (const w of words) {
    // (the letter and the marks first: a word without either needs no fold)
    const foreignLetter = FOREIGN_LETTER.test(w.lower);
    if (w.text !== w.lower || (!foreignLetter && !hasVietnameseMark(w.text))) continue;
    const { key, fold } = syllableInfo(w.text);
    if (valid.has(key)) continue;
    if (foreignLetter ? !FOREIGN_ONSET.test(fold) : !wellFormed(w.text, key, valid)) continue;
    foreign.set(key, (foreign.get(key) ?? 0) + 1);
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
  const texts = new Set<string>();
  for (const p of draft.paragraphs) {
    if (texts.has(p.text)) continue;
    texts.add(p.text);
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
  // (no array of every word's key on the way)
  let held = '';
  let n = 0;
  for (const w of words) {
    const k = syllableInfo(w.text).key;
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
