/**
 * The Draft model: what a rule sees of a news draft. Built once per lint by `parseDraft`.
 * All offsets are UTF-16 offsets into `text`, the ORIGINAL text (never normalised).
 */
import { firstAtOrAfter, itself, lastAtOrBefore } from './sorted.js';

export interface Span {
  start: number;
  end: number;
}

export interface Word extends Span {
  /** the word as written */
  text: string;
  /** NFC form, for matching only */
  norm: string;
  /** NFC lower case, for matching only */
  lower: string;
  /**
   * memo of casing's `wordKey` and the text it was computed from (a word copied with a new
   * text by a spread must not reuse it); a field, because a WeakMap per word is slow.
   * The parser makes both '' (not undefined: see parse.ts, one shape for every word)
   */
  keyOf?: string;
  key?: string;
}

/** What a word's text makes, once per different word of a paragraph and shared by its occurrences. */
export interface WordForms {
  text: string;
  norm: string;
  lower: string;
  /** casing's `syllableKey` of `text` */
  key: string;
  /**
   * spelling's `lookupKey` of `text`, filled on its first use (syllable.ts `wordLookupKey`; ''
   * until then): the rules ask it of the same word a hundred times a lint, each a memo lookup
   */
  lookup: string;
  /**
   * What spelling reads of the word alone, filled on first use and read back by every later
   * occurrence (the forms are shared by the run's occurrences of the word, parse.ts): its
   * syllables (spell/tokens.ts `wordSyllables`, undefined until then) and whether it is letters
   * with or without a Vietnamese mark (spell/slips.ts `wordKind`, -1 until then). Each was a memo
   * lookup by the word's text at every occurrence, every check.
   */
  syllables: unknown;
  kind: number;
}

/**
 * A word as the parser makes it: its offsets, its text and the forms of its text, shared by its
 * occurrences. A 10 MB single line has 1.7 million words; as plain objects of seven fields they
 * held 130 MB of that lint's heap, and the CLI peaked at 735 MB where it now peaks at 680 MB, in
 * the same time. One class, one shape: every word the parser makes is one (the sentence cache's
 * copies too). `text`, which every rule reads, is a field; the forms read less often are
 * getters on the prototype. A word has no setter: `wordKey` never writes to one, its key is its text's.
 */
export class ParsedWord implements Word {
  constructor(
    public start: number,
    public end: number,
    readonly text: string,
    readonly forms: WordForms,
  ) {}
  get norm(): string {
    return this.forms.norm;
  }
  get lower(): string {
    return this.forms.lower;
  }
  get keyOf(): string {
    return this.forms.text;
  }
  get key(): string {
    return this.forms.key;
  }
}

export interface Sentence extends Span {
  text: string;
  words: Word[];
}

/**
 * What a paragraph is in a news page:
 * - `headline`: the title line;
 * - `metadata`: a publication date / time / view counter line ("12-09-2023 255");
 * - `chrome`: web page debris ("Chia sẻ bài viết", "Ý kiến bạn đọc (0)");
 * - `lead`: the first paragraph of the story;
 * - `body`: the other paragraphs of the story;
 * - `byline`: the author credit at the end.
 */
export type ParagraphKind = 'headline' | 'metadata' | 'chrome' | 'lead' | 'body' | 'byline';

export interface Paragraph extends Span {
  text: string;
  kind: ParagraphKind;
  /** 0-based line of `start` */
  line: number;
  sentences: Sentence[];
  /** markdown heading level, 0 for other blocks */
  heading: number;
}

export interface Draft {
  /** the original text */
  text: string;
  format: 'text' | 'markdown';
  /** a markdown file too deeply nested for the markdown parser, checked as plain text */
  markdownFallback?: boolean;
  /**
   * Same length as `text`; characters that are not prose (markdown syntax, code, front
   * matter, link targets) are replaced by spaces, line breaks kept. Equal to `text` for .txt.
   */
  view: string;
  paragraphs: Paragraph[];
  /** paragraphs of the story itself: lead + body (no headline, metadata, chrome, byline) */
  story: Paragraph[];
  headline?: Paragraph;
  lead?: Paragraph;
  byline?: Paragraph;
  metadata: Paragraph[];
  chrome: Paragraph[];
  sentences: Sentence[];
  words: Word[];
  /** spans inside quotation marks (the marks included) */
  quotes: Span[];
  /** offsets where each line starts */
  lineStarts: number[];
}

/** Offsets where each line starts; `\r\n`, `\n` and lone `\r` all end a line, as in VS Code. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  // a text without carriage returns (nearly all): the line feeds by the native search, not a
  // loop over every character, which the language server's baseline-only tier (--max-opt=2)
  // runs at ~4 ms a 100 KB draft, each re-check (indexOf: 0.15–0.4 ms)
  if (text.indexOf('\r') === -1) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 0-based line and UTF-16 character of an offset (the LSP Position). */
export function positionAt(lineStarts: number[], offset: number): { line: number; character: number } {
  const line = Math.max(0, lastAtOrBefore(lineStarts, offset, itself));
  return { line, character: offset - lineStarts[line] };
}

/** The character (code point, so a whole surrogate pair) just before offset i, or '' at the start. */
export function charBefore(s: string, i: number): string {
  if (i <= 0) return '';
  const low = s.charCodeAt(i - 1);
  if (i >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(i - 2, i);
  }
  return s[i - 1];
}

/** Offset of a 0-based line / character position. */
export function offsetAt(lineStarts: number[], line: number, character: number, textLength: number): number {
  if (line >= lineStarts.length) return textLength;
  return Math.min(lineStarts[line] + character, textLength);
}

/** True when [start, end) lies inside one of the quotation spans. */
/**
 * The span is a blank at a curly quotation mark's inner side with only marks beside it ("“
 * Chuyển đổi số”", "số ”"), or the curly mark alone glued to a word outside it ("chuyên
 * đề“Tuổi trẻ”", "“Tuổi trẻ”của"): the writer's spacing of the quotation's frame, not the
 * quoted words, which a fix of the blank, or of the space outside the mark, leaves as they are.
 * (A straight quote may be paired wrongly: a blank "inside" it may stand after a closing one,
 * and stays the quotation's.)
 */
export function atQuoteFrame(draft: Pick<Draft, 'quotes' | 'text'>, start: number, end: number): boolean {
  const span = draft.text.slice(start, end);
  if (/[\p{L}\p{N}]/u.test(span) || !(/[ \t\u00a0]/u.test(span) || span === '“' || span === '”')) return false;
  for (const q of draft.quotes) {
    if ((q.start === start && draft.text[start] === '“') || (q.end === end && draft.text[end - 1] === '”')) return true;
    if (q.start > end) break;
  }
  return false;
}

export function inQuote(draft: Pick<Draft, 'quotes'>, start: number, end = start): boolean {
  const quotes = draft.quotes;
  if (quotes.length > 8) {
    // every rule asks for every word: a long draft's thousands of quotations are searched, not walked
    const reach = reachOf(quotes);
    if (reach) {
      const k = firstAtOrAfter(quotes, start + 1, (q) => q.start);
      return k > 0 && reach[k - 1] >= end;
    }
  }
  // (an index loop: asked of every finding and by every rule, and each step of a for…of
  // allocates its result in the server's baseline code)
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k];
    if (start >= q.start && end <= q.end) return true;
    if (q.start > start) break;
  }
  return false;
}

/** For quotations sorted by start: the furthest end among the first k + 1 (null when unsorted). */
const reaches = new WeakMap<readonly Span[], Float64Array | null>();
function reachOf(quotes: readonly Span[]): Float64Array | null {
  let reach = reaches.get(quotes);
  if (reach !== undefined) return reach;
  reach = new Float64Array(quotes.length);
  for (let k = 0; k < quotes.length; k++) {
    if (k > 0 && quotes[k].start < quotes[k - 1].start) {
      reach = null;
      break;
    }
    reach[k] = Math.max(k > 0 ? reach[k - 1] : -Infinity, quotes[k].end);
  }
  reaches.set(quotes, reach);
  return reach;
}

/** The paragraph that contains an offset. */
/** The words of the draft that start in [start, end), in text order (a binary search, then a walk). */
export function wordsIn(draft: Pick<Draft, 'words'>, start: number, end: number): Word[] {
  const out: Word[] = [];
  for (let k = firstAtOrAfter(draft.words, start, (w) => w.start); k < draft.words.length && draft.words[k].start < end; k++) out.push(draft.words[k]);
  return out;
}

export function paragraphAt(draft: Pick<Draft, 'paragraphs'>, offset: number): Paragraph | undefined {
  return draft.paragraphs.find((p) => offset >= p.start && offset <= p.end);
}
