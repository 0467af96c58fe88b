/**
 * The draft's own word on a common word's case: the words of the genre (genre-words.json, two
 * to four syllables) it writes lowercase ("bí thư chi bộ", "tại hội trường xã") and also
 * mid-sentence with their first syllable alone capitalised as a whole phrase, a mark or a
 * function word right after them ("sinh hoạt Chi bộ, viết nghị quyết", "sân Hội trường.").
 * A word the draft also writes so before a name ("Chi bộ thôn 3", "Di tích quốc gia đặc biệt
 * Chiến trường …") may stand for that name: those are left out. A capital with more words of
 * a phrase after it ("Lưu trữ lịch sử tỉnh", "Luật … tại Tòa án năm 2020") may open or be
 * part of a name printed in sentence case, and says nothing either way.
 */
import type { Draft, Paragraph, Word } from '../../core/draft.js';
import { inQuote } from '../../core/draft.js';
import { ParagraphMemo, quotesByParagraph } from '../../core/paragraph-memo.js';
import { caseShape, isSentenceStart, levelWordAt, wordKey } from '../../core/casing.js';
import { genreWords, GOES_ON, LISTED, phraseSteps } from '../../core/spell/genre-words.js';
import { wordLookupKey } from '../../core/spell/syllable.js';
import { blank, END_NAMES, FUNCTION_WORDS, LAN, SHORT_REFERENCE_HEADS } from './phrases.js';
import type { Lookup } from './asked.js';

/**
 * How a paragraph writes the genre's words (keys joined by a blank), each list one string of
 * keys joined by a line break: three strings a paragraph are what the memo stores and reads
 * back on every re-check (a list of strings each was thousands of copies on a long draft), and
 * the lowercase lists are only read for the few words capitalised as a whole phrase.
 */
interface Sightings {
  lower: string;
  /** first syllable capitalised mid-sentence, a whole phrase */
  bare: string;
  /** first syllable capitalised before a name */
  named: string;
}

const SEP = '\n';

const byParagraph = new ParagraphMemo<Sightings>('common-noun-case.own-case', 1024 * 1024, { offsets: [] });

/** The draft's own word on the genre's words (keys joined by a blank). */
export interface OwnCase {
  /** written lowercase, and capitalised as a whole phrase, never before a name */
  lowercase: Set<string>;
  /** capitalised before a name somewhere ("Tiêu chí số 10"): alone, it may refer back to that one */
  named: Set<string>;
  /**
   * … a head that may stand for a name (phrases.ts SHORT_REFERENCE_HEADS) and never written
   * lowercase: the draft's own name for that one ("Cuộc thi trực tuyến …", then "Cuộc thi")
   */
  namedOnly: Set<string>;
}

/** `OwnCase` as a paragraph's analysis reads it (asked.ts). */
export interface OwnReading {
  lowercase: Lookup;
  named: Lookup;
  namedOnly: Lookup;
}

/** How the draft writes the genre's words: see `OwnCase`. */
export function ownCase(draft: Draft): OwnCase {
  const quotes = quotesByParagraph(draft);
  const seen: Sightings[] = [];
  draft.paragraphs.forEach((p, k) => {
    if (p.kind === 'chrome' || p.kind === 'metadata' || p.kind === 'byline') return;
    seen.push(byParagraph.get(draft, p, quotes[k], () => sightingsIn(draft, p)));
  });
  const named = keysOf(seen, 'named');
  // the words the draft writes lowercase, one set, made when a word is first looked up there
  // (most drafts capitalise no genre word as a whole phrase and name none: their lowercase lists
  // stay unread); each word searched for in every paragraph's list instead made this 1.4 ms of
  // every re-check of a 100 KB draft (sixty words, 270 lists, 37 KB), 0.7 with the set
  let lowerKeys: Set<string> | undefined;
  const writtenLower = (w: string): boolean => (lowerKeys ??= keysOf(seen, 'lower')).has(w);
  const out = new Set<string>();
  for (const w of keysOf(seen, 'bare')) if (!named.has(w) && writtenLower(w)) out.add(w);
  // only the heads that may stand for a name are asked about (the rest never decide a finding)
  const namedOnly = new Set<string>();
  for (const w of named) if (SHORT_REFERENCE_HEADS.has(w) && !writtenLower(w)) namedOnly.add(w);
  return { lowercase: out, named, namedOnly };
}

/** The keys of one list of every paragraph. */
function keysOf(seen: readonly Sightings[], list: keyof Sightings): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < seen.length; k++) {
    const s = seen[k];
    if (s[list] === '') continue;
    // (a remembered paragraph's lists are the memo's one object from check to check: split once)
    let parts = splits.get(s);
    if (parts === undefined) splits.set(s, (parts = {}));
    const keys = (parts[list] ??= s[list].split(SEP));
    for (let i = 0; i < keys.length; i++) out.add(keys[i]);
  }
  return out;
}
const splits = new WeakMap<Sightings, Partial<Record<keyof Sightings, string[]>>>();

function sightingsIn(draft: Draft, p: Paragraph): Sightings {
  const text = draft.text;
  const out = { lower: new Set<string>(), bare: new Set<string>(), named: new Set<string>() };
  for (const s of p.sentences) {
    const ws = s.words;
    for (let i = 0; i + 1 < ws.length; i++) {
      const first = caseShape(ws[i].text);
      if (first !== 'lower' && first !== 'cap') continue;
      // (most words open no word of the genre: asked before the quotations, and no key made for them)
      const lengths = genreWordLengths(text, ws, i);
      if (lengths.length === 0 || inQuote(draft, ws[i].start)) continue;
      const key = (n: number): string => ws.slice(i, i + n).map(wordKey).join(' ');
      // lowercase, every word starting here counts ("bí thư chi bộ" writes "chi bộ" too)
      if (first === 'lower') {
        for (const n of lengths) out.lower.add(key(n));
        continue;
      }
      const n = lengths[lengths.length - 1];
      if (n === undefined) continue;
      // (before a name, at a sentence's start too: "Chi bộ thôn 3 tổ chức …" names one)
      if (nameWithin(text, ws, i + n)) out.named.add(key(n));
      else if (!isSentenceStart(draft, ws[i].start) && phraseEndsAt(text, ws, i + n)) out.bare.add(key(n));
    }
  }
  return { lower: [...out.lower].join(SEP), bare: [...out.bare].join(SEP), named: [...out.named].join(SEP) };
}

/**
 * The lengths (two to four syllables, shortest first) of the listed words of the genre starting
 * at word i, their syllables after the first lowercase and joined by blanks.
 */
function genreWordLengths(text: string, ws: readonly Word[], i: number): readonly number[] {
  // asked at nearly every word of a draft: the syllables after the first are joined only while
  // a longer listed word opens with them (no array and no phrase made for each word; most words
  // open none, and get the one empty list back)
  if (i + 2 > ws.length) return NO_LENGTHS;
  // (each word's key read from its forms: lookupKeysOf's list, without its lookup by the word list)
  const first = wordLookupKey(ws[i]);
  // (the pairs the word's key opens, looked up once: none, and nothing after it is read)
  const seconds = first.includes(' ') ? undefined : phraseSteps().secondsOf(first);
  if (seconds === undefined && !first.includes(' ')) return NO_LENGTHS;
  let out: number[] | undefined;
  let rest = '';
  for (let n = 2; n <= 4 && i + n <= ws.length; n++) {
    const last = ws[i + n - 1];
    if (caseShape(last.text) !== 'lower' || !blank(text, ws[i + n - 2], last)) break;
    rest = n === 2 ? wordLookupKey(last) : `${rest} ${wordLookupKey(last)}`;
    const step = (seconds !== undefined ? seconds.get(rest) : phraseSteps().get(first, rest)) ?? 0;
    if (step & LISTED) (out ??= []).push(n);
    if (!(step & GOES_ON)) break;
  }
  return out ?? NO_LENGTHS;
}
/** genreWordLengths' answer for a word that opens no listed word (read only: never changed) */
const NO_LENGTHS: readonly number[] = [];

/** The number of syllables of the longest listed word of the genre starting at word i, or 0. */
export function genreWordAt(text: string, ws: readonly Word[], i: number): number {
  const lengths = genreWordLengths(text, ws, i);
  return lengths.length > 0 ? lengths[lengths.length - 1] : 0;
}

/** A phrase ends before word j: nothing, a mark or a function word follows ("Chi bộ | , viết …", "Tiêu chí | về …"). */
export function phraseEndsAt(text: string, ws: readonly Word[], j: number): boolean {
  const w = ws[j];
  if (!w || !blank(text, ws[j - 1], w)) return true;
  const key = wordKey(w);
  return caseShape(w.text) === 'lower' && (FUNCTION_WORDS.has(key) || END_NAMES.has(key) || genreWords().functionWords.has(wordLookupKey(w)));
}

/** How many lowercase words may describe a body or a place before its name ("Di tích | quốc gia đặc biệt | Chiến trường …"). */
const NAME_WITHIN = 4;

/**
 * A name goes on from word j, after at most NAME_WITHIN lowercase words joined by blanks and
 * no function word: a capital, a number, a level word or an edition ("Chi bộ | thôn 3", "Hội
 * nghị | lần thứ sáu Ban Chấp hành …").
 */
function nameWithin(text: string, ws: readonly Word[], j: number): boolean {
  for (let k = j; k < ws.length && k <= j + NAME_WITHIN; k++) {
    const w = ws[k];
    // (a quoted name opens there: "Cuộc vận động “Toàn dân đoàn kết …”", "Phong trào "Nông dân …"")
    if (/^[ \t\u00a0]+["“«][ \t\u00a0]?$/u.test(text.slice(ws[k - 1].end, w.start)) && /^\p{Lu}/u.test(w.text)) return true;
    if (!blank(text, ws[k - 1], w)) return false;
    if (/^[\p{Lu}\d]/u.test(w.text) || levelWordAt(ws as Word[], k) > 0 || wordKey(w) === LAN) return true;
    if (phraseEndsAt(text, ws, k)) return false;
  }
  return false;
}
