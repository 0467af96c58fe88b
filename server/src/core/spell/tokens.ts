/**
 * What the spelling check looks at: the syllables of a sentence, with the words it must
 * leave alone (numbers, dates, Roman numerals, initials, abbreviations, URLs, e-mail
 * addresses, project words) marked as skipped.
 */
import abbreviations from '../../../../dictionaries/abbreviations.json';
import type { ParsedWord, Sentence, Span, Word } from '../draft.js';
import { nfc } from '../normalise.js';
import { syllableInfo, type SyllableInfo } from './syllable.js';
import { syllables } from './dictionary.js';
import { detach } from '../bounded-cache.js';
import { matchesOf } from '../matches.js';
import { lazyRegExp } from '../lazy-regexp.js';

/** lower-cased, without a trailing full stop: "tp", "gs.ts", "đ/c", "ubnd" */
const ABBREVIATIONS = new Set(abbreviations.entries.map((e) => nfc(e.abbr).replace(/\.$/u, '').toLowerCase()));

export function isAbbreviation(s: string): boolean {
  return ABBREVIATIONS.has(nfc(s).replace(/\.$/u, '').toLowerCase());
}

const LETTERS = lazyRegExp(() => /^[\p{L}\p{M}]+$/u);

const ROMAN = /^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/u;

export function isRomanNumeral(s: string): boolean {
  return ROMAN.test(s);
}

const URL = /^(?:https?:\/\/|www\.)\S+$/iu;
const EMAIL = lazyRegExp(() => /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u);
const DOMAIN = lazyRegExp(() => /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|com|net|org|gov|edu|info|io)(?:\/\S*)?$/iu);

const DELIMITER = /[\s"“”()<>]/u;

/** Spans of URLs, e-mail addresses and bare domain names (whitespace-delimited, quotes trimmed). */
export function linkSpans(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  // only a "." or "@" followed by a letter or digit can be inside a link: start from those
  for (const m of matchesOf(/[.@][\p{L}\p{N}]/gu, text)) {
    const at = m.index ?? 0;
    if (at < from) continue;
    let start = at;
    while (start > 0 && !DELIMITER.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && !DELIMITER.test(text[end])) end++;
    from = end;
    const raw = trimEndMarks(text.slice(start, end));
    if (raw.length < 4) continue;
    if (URL.test(raw) || EMAIL().test(raw) || DOMAIN().test(raw)) out.push({ start, end: start + raw.length });
  }
  return out;
}

export interface Token {
  start: number;
  end: number;
  /** as written */
  text: string;
  /** lookup key (NFC, lower case, new tone style) */
  key: string;
  info: SyllableInfo;
  /** the parser word it belongs to ("KT-XH" has two tokens) */
  word: Word;
  /** index of the token in its sentence */
  index: number;
  /** leave it alone: number, abbreviation, initial, link, project word … */
  skip: boolean;
  /**
   * `key` is a valid Vietnamese syllable (in `syllables()`, the spelling check's `valid`): the
   * passes ask it of a token and of its neighbours, up to twenty times a token in all, each a
   * lookup in a set of 6,600 strings; here once per word seen (`wordSyllables`)
   */
  valid: boolean;
}

export interface ProjectWords {
  exact: Set<string>;
  lower: Set<string>;
}

export function projectWords(words: Set<string>): ProjectWords {
  return { exact: words, lower: new Set([...words].map((w) => w.toLowerCase())) };
}

export function isProjectWord(words: ProjectWords, s: string): boolean {
  const n = nfc(s);
  return words.exact.has(n) || words.lower.has(n.toLowerCase());
}

/** The syllables of a sentence (letter runs of its words), in order. */
export function sentenceTokens(sentence: Sentence, links: Span[], words: ProjectWords): Token[] {
  const out: Token[] = [];
  const project = words.exact.size > 0;
  // (index loops: every word of every sentence, every check; in the server's unoptimised code
  // each step of a for…of allocates its result)
  const sentenceWords = sentence.words;
  for (let k = 0; k < sentenceWords.length; k++) {
    const w = sentenceWords[k];
    const inLink = links.length > 0 && links.some((l) => w.start < l.end && w.end > l.start);
    const skipWord = inLink || (project && (isProjectWord(words, w.text) || isProjectWord(words, w.text.replace(/\.$/u, ''))));
    const parts = syllablesOfWord(w);
    for (let n = 0; n < parts.length; n++) {
      const s = parts[n];
      const start = w.start + s.at;
      const skip = skipWord || s.skip || (project && isProjectWord(words, s.text));
      out.push({ start, end: start + s.text.length, text: s.text, key: s.info.key, info: s.info, word: w, index: out.length, skip, valid: s.valid });
    }
  }
  return out;
}

/** "v/v" (về việc), "k/g", "t/m", "Đ/c": single letters joined by slashes are an abbreviation */
const SLASHED_LETTERS = lazyRegExp(() => /^\p{L}(?:\/\p{L})+\.?$/u);

/** A syllable of a word as the word alone says it: where it starts in the word, its facts, and whether the word alone leaves it alone. */
interface WordSyllable {
  at: number;
  text: string;
  info: SyllableInfo;
  skip: boolean;
  /** `info.key` is a valid syllable (Token.valid) */
  valid: boolean;
}

/**
 * The syllables of each word seen, by its text: a draft says the same words again and again,
 * and each was run through several regular expressions per occurrence. Links and project
 * words, which depend on more than the word, are added by `sentenceTokens`.
 */
const syllablesOfWords = new Map<string, WordSyllable[]>();
/** longer words are read each time (no syllable is this long; a long run would only fill the map) */
const MAX_KEPT_WORD = 40;

/**
 * `wordSyllables` of a draft word, kept on the forms its occurrences share (draft.ts WordForms,
 * one per different word of the run): a field read, not a lookup by its text at each occurrence.
 */
function syllablesOfWord(w: Word): WordSyllable[] {
  const forms = (w as Partial<ParsedWord>).forms;
  if (forms === undefined || forms.text !== w.text) return wordSyllables(w.text);
  return (forms.syllables ??= wordSyllables(w.text)) as WordSyllable[];
}

function wordSyllables(text: string): WordSyllable[] {
  const known = syllablesOfWords.get(text);
  if (known) return known;
  const plain = LETTERS().test(text);
  const skipWord = (!plain && /[\p{N}@_]/u.test(text)) || (!plain && (isAbbreviation(text) || SLASHED_LETTERS().test(text)));
  // most words are one syllable of letters: no need for a regex walk
  const runs = plain ? [{ index: 0, 0: text }] : matchesOf(/[\p{L}\p{M}]+/gu, text);
  const out: WordSyllable[] = [];
  for (const m of runs) {
    const t = detach(m[0]);
    const info = syllableInfo(t);
    const skip =
      skipWord ||
      // initials and the "đ" of "đ/c", but not "y" of "y tế" nor a slip such as "ỹ"
      (info.key.length < 2 && !syllables().has(info.key) && !/[\u0300\u0301\u0303\u0309\u0323]/u.test(info.key.normalize('NFD'))) ||
      (info.allCaps && isRomanNumeral(t)) ||
      ((info.allCaps || info.capitalised) && isAbbreviation(t)) ||
      (!info.allCaps && /\p{Lu}/u.test(t.slice(1))); // "ThS", "VietNamNet": not a syllable
    out.push({ at: m.index ?? 0, text: t, info, skip, valid: syllables().has(info.key) });
  }
  if (text.length <= MAX_KEPT_WORD) {
    if (syllablesOfWords.size > 50_000) syllablesOfWords.clear();
    syllablesOfWords.set(detach(text), out);
  }
  return out;
}

/** Without its trailing . , ; : ! ? (a scan: `[.,;:!?]+$` is quadratic on a long run of dots). */
function trimEndMarks(s: string): string {
  let end = s.length;
  while (end > 0 && '.,;:!?'.includes(s[end - 1])) end--;
  return s.slice(0, end);
}
