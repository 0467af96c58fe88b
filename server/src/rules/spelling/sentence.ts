/** What the passes of the spelling rule share: one sentence's tokens and the way findings are reported. */
import type { Report, Suggestion } from '../../core/types.js';
import type { Sentence } from '../../core/draft.js';
import { genreWords, GOES_ON, LISTED, phraseStepOf } from '../../core/spell/genre-words.js';
import { type SyllableContext } from '../../core/spell/suggest.js';
import { linkSpans, sentenceTokens, type ProjectWords, type Token } from '../../core/spell/tokens.js';
import { isKnownPairOf } from '../../core/spell/pairs.js';
import { isGeneralPairOf } from '../../core/spell/general-words.js';
import { generalPairCountOf } from '../../core/spell/general-pairs.js';

export const MAX_SUGGESTIONS = 5;

/**
 * A number stands right before offset `at`, blanks between ("12 ha", "5 đàn"): the test
 * `/\d[ \t\u00a0]+$/u` on the six characters before `at`, read in place (asked of nearly every
 * token by three passes: a slice and an expression each time).
 */
export function afterNumber(text: string, at: number): boolean {
  const lo = Math.max(0, at - 6);
  let k = at - 1;
  while (k >= lo) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) break;
    k--;
  }
  if (k === at - 1 || k < lo) return false;
  const c = text.charCodeAt(k);
  return c >= 0x30 && c <= 0x39;
}

/** Letters between two tokens are only blanks (no punctuation, no line break). */
export function adjacent(text: string, a: Token, b: Token): boolean {
  // `/^[ \t\u00a0]+$/u` on the gap, read in place: asked for every pair of tokens by several checks
  if (b.start <= a.end) return false;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

export function contextOf(tokens: Token[], i: number): SyllableContext {
  const before: string[] = [];
  const after: string[] = [];
  if (tokens[i - 1]) before.push(tokens[i - 1].key);
  if (tokens[i - 2] && tokens[i - 1]) before.push(tokens[i - 2].key);
  if (tokens[i + 1]) after.push(tokens[i + 1].key);
  if (tokens[i + 2] && tokens[i + 1]) after.push(tokens[i + 2].key);
  return { before, after };
}

interface SentenceScan {
  tokens: Token[];
  /** the sentence is written in capitals (a caps headline): its capitals are words */
  caps: boolean;
}

export function scan(sentence: Sentence, links: ReturnType<typeof linkSpans>, words: ProjectWords): SentenceScan {
  const tokens = sentenceTokens(sentence, links, words);
  const letters = tokens.filter((t) => t.text.length > 1);
  const caps = letters.length >= 3 && letters.filter((t) => t.info.allCaps).length / letters.length >= 0.7;
  return { tokens, caps };
}

/**
 * The key of token `j`, joined by blanks to token `i` next to it, as a syllable the text writes
 * whatever its case (not skipped, no abbreviation in capitals, a valid syllable), else undefined:
 * what token `i` may make a word with as written. A capital is a name's syllable, no evidence for
 * a slip beside it, but the word it makes still explains the syllable ("Luật Lưu trữ số 33":
 * "trữ" is the law's "lưu trữ", no "chữ số").
 */
export function joinedKey(c: { text: string; tokens: Token[]; valid: Set<string> }, i: number, j: number): string | undefined {
  const t = c.tokens[i];
  const n = c.tokens[j];
  if (!t || !n || n.skip || n.info.allCaps || !n.valid) return undefined;
  return (j < i ? adjacent(c.text, n, t) : adjacent(c.text, t, n)) ? n.key : undefined;
}

/** A capitalised token that is not just the first word of its sentence: part of a name. */
export function inName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t.info.capitalised) return false;
  if (i > 0) return true;
  const next = tokens[i + 1];
  return !!next && next.info.capitalised;
}

/** One sentence being checked: its tokens, what is already flagged, and how to report. */
export interface SentenceCheck {
  /** the draft's text (token offsets are into it) */
  text: string;
  /**
   * the draft's text holds `s` somewhere: asked once a check per string (a scan of the whole
   * draft for each question was quadratic on a draft that is one long line)
   */
  draftWrites(s: string): boolean;
  tokens: Token[];
  /** the sentence is written in capitals (a caps headline): its capitals are words */
  caps: boolean;
  /** tokens already part of a finding: one finding per token */
  flagged: Set<number>;
  /**
   * tokens of a listed word of three syllables or more written as listed ("dồn điền đổi thửa",
   * "thẻ hành nghề"): the list explains each of them, whatever pair two of them make or fail to
   * make (`listedRuns`)
   */
  inPhrase: Set<number>;
  /** the syllable each unmarked non-syllable stands for ("nguoi" → "người"): its neighbours are judged against it */
  meant: Map<number, string>;
  /** what tokens j and j + 1 make as their keys are written, each asked once a sentence (`pairFacts`) */
  pairs: PairFacts;
  /** every valid Vietnamese syllable */
  valid: Set<string>;
  /** the genre's word list */
  lexicon: ReturnType<typeof genreWords>;
  /** the project's own words */
  words: ProjectWords;
  /**
   * the token is a syllable the person-name analysis reads as part of a name (core/person-names.ts
   * inPersonName): "êban" in "ông Y Bih êban" is the name's, person-name-case gives its one answer
   */
  inPersonName(i: number): boolean;
  /** minority or loan words the draft keeps writing ("zèng"): words of their own (terms.ts) */
  terms: Set<string>;
  /** the draft names an ethnic group ("tiếng Mường"): a word of that language may stand in it once (terms.ts) */
  namesGroup: boolean;
  /** most of the draft's words carry a mark: an unmarked non-syllable is a slip there */
  vietnameseDraft(): boolean;
  /** a syllable key written like `like` (case) in the draft's tone style */
  written(key: string, like: string): string;
  /** the suggestion that writes `key` in place of `t` */
  replace(t: Token, key: string): Suggestion;
  report(r: Report): void;
}

/**
 * Reports token `i` as a slip for `key`, read by its neighbour on `side`: the finding covers the
 * pair as written and suggests the pair as meant; both tokens are then taken.
 */
export function reportPairSlip(c: SentenceCheck, i: number, side: -1 | 1, key: string): void {
  const { text, tokens, written, replace, report, flagged } = c;
  const t = tokens[i];
  const other = tokens[i + side];
  const [first, last] = side < 0 ? [other, t] : [t, other];
  const phrase = text.slice(first.start, last.end);
  const meant = written(key, t.text);
  const suggestion = side < 0 ? `${other.text} ${meant}` : `${meant} ${other.text}`;
  report({ start: first.start, end: last.end, messageId: 'context', args: { word: phrase, suggestion }, suggestions: [replace(t, key)], data: { word: phrase } });
  flagged.add(i);
  flagged.add(i + side);
}

/**
 * The tokens of each listed word of three syllables or more the sentence writes exactly, its
 * syllables joined by blanks: "dồn điền đổi thửa" (land consolidation) is one term, and "dồn
 * điền", no pair of any figures, is no slip for the plantation "đồn điền" inside it.
 */
export function listedRuns(text: string, tokens: Token[]): Set<number> {
  const out = new Set<number>();
  // (the steps each syllable opens, kept on its facts: genre-words.ts phraseStepOf)
  for (let i = 0; i + 2 < tokens.length; i++) {
    const first = tokens[i];
    if (first.skip || !(phraseStepOf(first.info, tokens[i + 1].key) & GOES_ON)) continue;
    let rest = tokens[i + 1].key;
    if (tokens[i + 1].skip || !adjacent(text, first, tokens[i + 1])) continue;
    for (let j = i + 2; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.skip || !adjacent(text, tokens[j - 1], t)) break;
      rest += ` ${t.key}`;
      const step = phraseStepOf(first.info, rest);
      if (step & LISTED) for (let k = i; k <= j; k++) out.add(k);
      if (!(step & GOES_ON)) break;
    }
  }
  return out;
}

/**
 * What the keys of tokens j and j + 1 make, as written: a pair of the genre's (`isKnownPair`), a
 * word of the general list (`isGeneralPair`), the general dictionary's count of the pair
 * (`generalPairCount`). Three passes (language-pairs.ts, word-slips.ts twice) ask whether a token
 * makes a word with either neighbour, so each pair was asked by both of its tokens in each pass,
 * six times, each question a search of the lists: here each is asked once a sentence, when first
 * needed (the passes stop at the first answer that explains the token, so none is asked ahead).
 */
export class PairFacts {
  /** per pair: bit 1 known asked, 2 known; 4 general asked, 8 general */
  private readonly bits: Uint8Array;
  /** per pair: the general dictionary's count, -1 not yet asked */
  private readonly counts: Int32Array;
  /** per token: 0 not yet asked, 1 no, 2 `knownBeside` */
  private readonly beside: Uint8Array;

  constructor(private readonly tokens: readonly Token[]) {
    this.bits = new Uint8Array(tokens.length);
    this.counts = new Int32Array(tokens.length).fill(-1);
    this.beside = new Uint8Array(tokens.length);
  }

  /**
   * Token `i` makes a pair of the genre (`known`) with a neighbour joined to it by blanks that is
   * a syllable as written (`joinedKey`: not skipped, no abbreviation in capitals, valid): the
   * common case, a known syllable in a known pair. Each pass that reads a syllable against its
   * neighbours (languageSlips, wordSlips, heardWordSlips, unwrittenSlips, heardSlips) leaves
   * such a token alone whatever else it asks of it, so they ask this first: one answer a token,
   * kept for the sentence, where each pass asked its half-dozen questions of the token's key
   * before the pair.
   */
  knownBeside(text: string, i: number): boolean {
    const asked = this.beside[i];
    if (asked !== 0) return asked === 2;
    const { tokens } = this;
    const t = tokens[i];
    const joins = (n: Token | undefined, before: boolean): boolean => !!n && !n.skip && !n.info.allCaps && n.valid && (before ? adjacent(text, n, t) : adjacent(text, t, n));
    const answer = (i > 0 && joins(tokens[i - 1], true) && this.known(i - 1)) || (i + 1 < tokens.length && joins(tokens[i + 1], false) && this.known(i));
    this.beside[i] = answer ? 2 : 1;
    return answer;
  }

  /** `isKnownPair` of the keys of tokens j and j + 1 */
  known(j: number): boolean {
    const bits = this.bits[j];
    if (bits & 1) return (bits & 2) !== 0;
    // (the token's key is its facts' key: its run of pairs is kept there, pairs.ts isKnownPairOf)
    const answer = isKnownPairOf(this.tokens[j].info, this.tokens[j + 1].key);
    this.bits[j] = bits | 1 | (answer ? 2 : 0);
    return answer;
  }

  /** `isGeneralPair` of the keys of tokens j and j + 1 */
  general(j: number): boolean {
    const bits = this.bits[j];
    if (bits & 4) return (bits & 8) !== 0;
    const answer = isGeneralPairOf(this.tokens[j].info, this.tokens[j + 1].key);
    this.bits[j] = bits | 4 | (answer ? 8 : 0);
    return answer;
  }

  /** `generalPairCount` of the keys of tokens j and j + 1 */
  count(j: number): number {
    let n = this.counts[j];
    if (n < 0) this.counts[j] = n = generalPairCountOf(this.tokens[j].info, this.tokens[j + 1].key);
    return n;
  }
}
