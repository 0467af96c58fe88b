/**
 * text → Draft. Paragraphs come from lines (.txt) or remark blocks (.md); sentences and
 * words from parse-latin (the parser behind retext-latin), run on each paragraph of the
 * prose view so that every offset is an offset of the original text.
 */
import { BoundedCache, detach, stringBytes, WordMemo } from './bounded-cache.js';
import { paragraphKey, paragraphMemosOn, paragraphProse } from './paragraph-memo.js';
import { ParseLatin } from 'parse-latin';
import type { Nodes as NlcstNodes, Sentence as NlcstSentence } from 'nlcst';
import debris from '../../../dictionaries/web-debris.json';
import abbreviations from '../../../dictionaries/abbreviations.json';
import cues from '../../../dictionaries/date-cues.json';
import { DATE_IN_WORDS } from './dates.js';
import {
  charBefore,
  computeLineStarts,
  positionAt,
  type Draft,
  ParsedWord,
  type Paragraph,
  type ParagraphKind,
  type Sentence,
  type Span,
  type Word,
  type WordForms,
} from './draft.js';
import { markdownProse, markdownTooComplex } from './markdown.js';
import { collapseSpaces, nfc } from './normalise.js';
import { syllableKey } from './casing.js';
import { isAltTextOf, isUnaccentedAltText, MARKED_DRAFT, markedShare, mayBeAltText } from './alt-text.js';
import { creditContact, isCaptionLine, isDebrisOnly, isPhotoCreditLine, opensWithPhotoLabel } from './web-debris.js';
import { isBylineText, isLonePenName, isMarkedCredit, isMiscasedPenName, isNameLike, isTopBylineText } from './structure/byline.js';
import { firstAtOrAfter, itself } from './sorted.js';
import { mergeInnerWordSlash, mergeInnerWordSymbol, nodeText } from './linear-merges.js';
import { tokenize } from './fast-tokenize.js';
import { matchesOf } from './matches.js';
import { lazyRegExp } from './lazy-regexp.js';

const parser = new ParseLatin();
// the same nodes as parse-latin's tokenizer, made faster (fast-tokenize.ts)
parser.tokenize = tokenize;
// parse-latin's sentence plugins are [initial word symbol, final word symbol, inner word
// symbol, inner word slash, initialisms, patch position]: the two inner merges are quadratic on
// long sentences and are replaced by one-pass versions (linear-merges.ts)
if (parser.tokenizeSentencePlugins.length === 6) {
  parser.tokenizeSentencePlugins[2] = mergeInnerWordSymbol as (typeof parser.tokenizeSentencePlugins)[number];
  parser.tokenizeSentencePlugins[3] = mergeInnerWordSlash as (typeof parser.tokenizeSentencePlugins)[number];
}

/**
 * A whole line that is page debris: the entries of web-debris.json as anchored alternations
 * (case-sensitive ones apart), one regex run per line and group instead of one per entry
 * (every paragraph of every draft is asked, and each item of a toolbar line). The caseless
 * entries are written in lower case and run without the `i` flag on the line lower-cased: V8
 * compiles the 14 KB alternation with `iu` (each letter a class of its cases, for Latin-1 and
 * two-byte text apart) in 35–70 ms, a tenth of the server's start → first diagnostics, and with
 * `u` alone in a quarter of that. The entries go in groups of eight: V8's compile time grows
 * faster than an alternation's length, and the 94 caseless entries took 36–38 ms as one
 * expression against 20–22 ms as twelve (the first check pays it; a line runs through the
 * twelve as fast, 1.8 against 2.2 µs). A line is an entry when one group matches it whole,
 * as when the one alternation did.
 */
const DEBRIS_GROUP = 8;
const debrisAlternations = (cased: boolean): RegExp[] => {
  const patterns = debris.entries.filter((e) => !!(e as { caseSensitive?: boolean }).caseSensitive === cased).map((e) => `(?:${e.pattern})`);
  const out: RegExp[] = [];
  for (let i = 0; i < patterns.length; i += DEBRIS_GROUP) out.push(new RegExp(`^(?:${patterns.slice(i, i + DEBRIS_GROUP).join('|')})$`, 'u'));
  return out;
};
const CASELESS_DEBRIS = debrisAlternations(false);
const CASED_DEBRIS = debrisAlternations(true);
/** one of the expressions matches `t` */
function anyMatches(res: readonly RegExp[], t: string): boolean {
  for (let i = 0; i < res.length; i++) if (res[i].test(t)) return true;
  return false;
}
/** the line is one entry of web-debris.json */
const isDebrisEntry = (t: string): boolean => anyMatches(CASELESS_DEBRIS, t.toLowerCase()) || anyMatches(CASED_DEBRIS, t);
/** a line crediting the page the story was copied from ("Nguồn: baotinh.vn", "Theo: Báo Phú Yên"): web-debris.json sourceLines */
const SOURCE_LINE = new RegExp(`^(?:${debris.sourceLines.map((e) => `(?:${e.pattern})`).join('|')})$`, 'iu');

/** The line credits the page the story was copied from: its address, or its paper after “Theo:”. */
export function isSourceLine(line: string): boolean {
  return SOURCE_LINE.test(nfc(line.trim()));
}
/** "TP." "ThS." "GS.TS." … : a full stop after these does not end a sentence */
const DOTTED = new Set(abbreviations.entries.filter((e) => 'dotted' in e && e.dotted).map((e) => e.abbr.replace(/\.$/, '')));

const DATE_IN_WORDS_ALL = new RegExp(DATE_IN_WORDS, 'giu');
const DATE = /\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}/u;
/** the digits DATE and a time (`\d`, ASCII) are read in */
const ASCII_DIGIT = /[0-9]/;
/** what a page prints before the date on its metadata line ("Thứ Hai,", "Cập nhật lúc"): dictionaries/web-debris.json */
const META_PREFIX = lazyRegExp(() => new RegExp(`^(?:${debris.metadataPrefixes.map((e) => e.pattern).join('|')})\\s*[:,-]?\\s*`, 'iu'));
const META_WORDS = lazyRegExp(() => new RegExp(`(?<!\\p{L}|\\p{M})(?:${debris.metadataPrefixes.map((e) => e.pattern).join('|')})(?!\\p{L}|\\p{M})`, 'giu'));

/** the head of a box of links to other stories ("Tin liên quan", "Xem thêm:"): web-debris.json entries with `opensList` */
const OPENS_LIST = lazyRegExp(() => new RegExp(`^(?:${debris.entries.filter((e) => (e as { opensList?: boolean }).opensList).map((e) => `(?:${e.pattern})`).join('|')})$`, 'iu'));

/**
 * A title in a box of links to other stories, under its head: a list marker and some words
 * ("- Hội Nông dân xã sơ kết 6 tháng"), or a headline's shape (five words or more, one
 * sentence, no closing mark). A story paragraph closes with its mark; a credit is a name.
 */
export function looksLikeListedTitle(line: string): boolean {
  const t = nfc(line.trim());
  const marked = /^[-–•*+»▪][ \t\u00a0]*\S/u.test(t);
  const n = wordCountUpTo(t, 36);
  if (n < (marked ? 2 : 5) || n > 35) return false;
  if (/[.!?…:;]["”')]*$/u.test(t) || /[.!?…]\s+\p{Lu}/u.test(t)) return false;
  return marked || !isBylineText(t);
}

/** a pictograph or two opening a line as its bullet ("📌 Xem thêm: …", "👉 Đọc thêm: …") */
const EMOJI_BULLET = /^(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+[ \t\u00a0]*)+(?=\S)/u;

export function isDebrisLine(line: string): boolean {
  const t = nfc(line.trim());
  if (debrisText(t)) return true;
  // the bullet says nothing of the line: what follows it is debris or not ("©" and "▶" are
  // pictographs too, and the line with them was read first)
  const bare = t.replace(EMOJI_BULLET, '');
  return bare !== t && debrisText(bare);
}

/**
 * A line this long is no entry's, but may still be made of inline debris alone: a picture kept
 * as its data: URI ("data:image/png;base64,…", tens of KB), a long tag list. Longer than
 * LONG_DEBRIS_LINE it is left to the inline scan (a hostile line of megabytes is not read twice).
 */
const LONG_DEBRIS_LINE = 256 * 1024;

function debrisText(t: string): boolean {
  if (t.length === 0) return false;
  if (t.length >= 120) return t.length <= LONG_DEBRIS_LINE && isDebrisOnly(t);
  if (isDebrisEntry(t)) return true;
  // the same in brackets or with a closing stop or colon ("[Bản in]", "(Ảnh 2/8)", "Bản in:", "Tin liên quan.")
  const bare = t.replace(/^\[\s*(.*?)\s*\]$|^\(\s*(.*?)\s*\)$/u, '$1$2').replace(/\s*[.:]$/u, '');
  if (bare !== t && bare.length > 0 && isDebrisEntry(bare)) return true;
  // a line of debris that also turns up inside lines ("(Ảnh: Thu Hà)", "Xem thêm: …", "[/caption]")
  if (isDebrisOnly(t)) return true;
  // a toolbar: several chrome items joined by bars or dots ("Cỡ chữ A- A+ | In bài | Gửi bài")
  const items = t.split(/[ \t\u00a0]*[|·•][ \t\u00a0]*/u).filter(Boolean);
  if (items.length > 1 && items.every(isDebrisEntry)) return true;
  // buttons in their frames ("[ Quay lại ]   [ In bài ]", "| Gửi email |", "« Trở về")
  if (framedButtons(t)) return true;
  // a slider's arrows with their words lost ("‹ ›", "❮ ❯"); the page's menu of sections
  if (SLIDER_ARROWS.test(t) || menuStrip(t)) return true;
  // pieces of chrome side by side with only blanks between, a player's label and its clock
  // ("Nghe đọc bài 0:00 / 3:25"), a counter's label and its number, a toolbar without its bars
  // ("Trở lại trang trước In bài viết Gửi bài viết")
  return chromePieces(t);
}

/** arrows alone on a line, a slider's or a gallery's buttons whose words (if any) were images */
const SLIDER_ARROWS = /^(?:[‹›«»❮❯❰❱←→◀▶◄►⟨⟩〈〉⏴⏵]|<<?|>>?)(?:[ \t\u00a0]*(?:[‹›«»❮❯❰❱←→◀▶◄►⟨⟩〈〉⏴⏵]|<<?|>>?))*$/u;
/** the bar or arrow between two sections of a page's menu, blanks around it */
const MENU_BAR = /[ \t\u00a0]+(?:\||»|›|>>?|•|·)[ \t\u00a0]+/u;
/**
 * one section's name in a menu: one or two words, the first capitalised, letters only, or two
 * such names joined by a dash ("Thời sự", "Quốc phòng - An ninh"); a headline's clause runs longer
 */
const MENU_ITEM = /^\p{Lu}\p{L}*(?:[ \t\u00a0]\p{L}+)?(?:[ \t\u00a0]+[-–][ \t\u00a0]+\p{Lu}\p{L}*(?:[ \t\u00a0]\p{L}+)?)?$/u;

/**
 * A page's menu of sections left above the story (`Thời sự | Chính trị | Xã hội`, "Tin tức »
 * Thời sự"): two to eight short names joined by bars or arrows, no figure, no sentence's mark.
 * Names of people or of a unit so joined are a credit ("Thu Hà | Đài TT xã"), not a menu.
 */
function menuStrip(t: string): boolean {
  if (t.length > 100 || !MENU_BAR.test(t)) return false;
  const items = t.split(MENU_BAR);
  return items.length >= 2 && items.length <= 8 && items.every((item) => MENU_ITEM.test(item)) && !isBylineText(t);
}

/** the marks that frame a page's buttons: web-debris.json frames */
const FRAME_MARKS = new RegExp(`[ \\t\\u00a0]*(?:${debris.frames.marks})[ \\t\\u00a0]*`, 'gu');
/** words a page writes on a button, debris only inside a frame ("« Trở về"): web-debris.json frames.buttons (caseless, lower case) */
const FRAMED_BUTTON = new RegExp(`^(?:${debris.frames.buttons.map((e) => `(?:${e.pattern})`).join('|')})$`, 'u');

/**
 * A line of buttons in their frames: brackets with blanks inside ("[ Quay lại ]   [ In bài ]"),
 * bars on both sides ("| Gửi email |"), an arrow or a guillemet pointing away ("« Trở về").
 * Between the marks, each piece is a whole debris line or a button's word (web-debris.json
 * frames): "Trở về" alone may be a sentence's opening, framed it is a link.
 */
function framedButtons(t: string): boolean {
  if (t.length > 100) return false;
  FRAME_MARKS.lastIndex = 0;
  const pieces = t.split(FRAME_MARKS);
  if (pieces.length < 2) return false;
  let any = false;
  for (const raw of pieces) {
    // (a label's colon before its buttons: "Cỡ chữ: [-] [+]")
    const piece = raw.replace(/[ \t\u00a0]*:$/u, '');
    if (piece === '') continue;
    if (!FRAMED_BUTTON.test(piece.toLowerCase()) && !isDebrisEntry(piece)) return false;
    any = true;
  }
  return any;
}

/**
 * The line is two whole debris lines joined by blanks (a short line: at most a few splits
 * tried); `isChrome` answers the caseless entries for a piece (chromePieces asks the same pieces).
 */
function twoPieces(t: string, isChrome: (piece: string) => boolean): boolean {
  if (t.length > 60) return false;
  const isEntry = (piece: string): boolean => isChrome(piece) || anyMatches(CASED_DEBRIS, piece);
  for (const m of matchesOf(/[ \t\u00a0]+/gu, t)) {
    const at = m.index ?? 0;
    const left = t.slice(0, at);
    const right = t.slice(at + m[0].length);
    if (left && right && isEntry(left) && isEntry(right)) return true;
  }
  return false;
}


/**
 * The line is two whole debris lines joined by blanks, or three or four pieces of the page's
 * chrome written as words ("Trở lại trang trước In bài viết Gửi bài viết"): a short line, cut
 * at its blanks, each cut tried only where the words before it already read as chrome.
 */
function chromePieces(t: string): boolean {
  // the entries written as words (caseless): a lone token's shape ("quang", "th3") is no piece of a toolbar.
  // Each piece answered once: the two readings ask the same prefixes and suffixes of the line,
  // a dozen expressions each (a third of the parse of a one-line draft went here)
  const answers = new Map<string, boolean>();
  const isChrome = (piece: string): boolean => {
    let answer = answers.get(piece);
    if (answer === undefined) answers.set(piece, (answer = anyMatches(CASELESS_DEBRIS, piece.toLowerCase())));
    return answer;
  };
  if (twoPieces(t, isChrome)) return true;
  if (t.length > 80) return false;
  const cuts: Array<{ at: number; end: number }> = [];
  for (const m of matchesOf(/[ \t\u00a0]+/gu, t)) cuts.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  if (cuts.length < 2 || cuts.length > 16) return false;
  // pieces[k]: the fewest pieces the words before cut k are made of (0: not chrome)
  const pieces: number[] = cuts.map((c) => (isChrome(t.slice(0, c.at)) ? 1 : 0));
  for (let k = 0; k < cuts.length; k++) {
    if (pieces[k] === 0 || pieces[k] >= 4) continue;
    const from = cuts[k].end;
    if (pieces[k] >= 2 && isChrome(t.slice(from))) return true;
    for (let j = k + 1; j < cuts.length; j++) {
      if (pieces[j] !== 0 && pieces[j] <= pieces[k] + 1) continue;
      if (isChrome(t.slice(from, cuts[j].at))) pieces[j] = pieces[k] + 1;
    }
  }
  return false;
}

/**
 * A page metadata line: publication date/time, maybe a view counter ("12-09-2023 255"), maybe
 * after a short credit the page prints beside the date ("PV 14/12/2023 13:39").
 */
export function isMetadataLine(line: string): boolean {
  // a date or a time is written in figures (a date in words too, "ngày 25 tháng 3"): a line
  // without an ASCII digit is settled before it is normalised (most lines of a draft)
  if (!ASCII_DIGIT.test(line)) return false;
  // "Thứ Hai, ngày 25 tháng 3 năm 2019 - 13:38": a date in words reads as one in figures
  let t = nfc(line.trim())
    .replace(/[()[\]]/g, ' ')
    .replace(DATE_IN_WORDS_ALL, '$1/$2/$3')
    .trim();
  if (!DATE.test(t) && !/^\d{1,2}:\d{2}/.test(t)) return false;
  const credit = /^((?:\p{Lu}[\p{L}.]*\s+){1,4})(?=\d)/u.exec(t);
  if (credit && isNameLike(credit[1].trim()) && !META_PREFIX().test(t)) t = t.slice(credit[0].length);
  for (let i = 0; i < 6; i++) {
    const m = META_PREFIX().exec(t);
    if (!m || m[0].length === 0) break;
    t = t.slice(m[0].length);
  }
  // the same words after the time ("07:52, Thứ Hai, 12/03/2012") or glued to it ("lúc07:52")
  t = t.replace(META_WORDS(), ' ');
  return /^[\d\s\-/.:,|h+]*(?:(?:am|pm|gmt)[\d\s+\-/.:,|()]*)*$/iu.test(t);
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** `Math.min(wordCount(text), limit)`, read no further than the limit-th word. */
function wordCountUpTo(text: string, limit: number): number {
  const piece = /\S+/gu;
  let n = 0;
  for (let m = piece.exec(text); m && n < limit; m = piece.exec(text)) if (LETTER_OR_DIGIT.test(m[0])) n++;
  return n;
}

/**
 * The author's credit a metadata line prints before its date ("PV 14/12/2023 13:39", "Thu Hà
 * (12/3/2024)"), or undefined: a page's stamp beside the credit, under the headline or at the end.
 */
export function metadataCredit(line: string): string | undefined {
  if (!isMetadataLine(line)) return undefined;
  const t = nfc(line.trim()).replace(/[()[\]]/g, ' ').trim();
  const credit = /^((?:\p{Lu}[\p{L}.]*\s+){1,4})(?=\d)/u.exec(t);
  return credit && !META_PREFIX().test(t) && isBylineText(credit[1]) ? credit[1].trim() : undefined;
}

/** a lead opens with its time ("Sáng 20/8, …", "(Đài X) Ngày 4-6, …"; date-cues.json leadTimeWords): never a headline */
const OPENS_WITH_TIME = new RegExp(
  `^(?:\\([^()]{1,40}\\)\\s*[-–]?\\s*|[\\p{L}\\p{N}.&]+(?:\\s+[\\p{L}\\p{N}.&]+){0,3}\\s*[-–—]\\s+)?(?:${cues.leadTimeWords.entries.map((e) => e.word).join('|')})\\s+(?:ngày\\s+)?\\d`,
  'iu',
);

/**
 * The first line of a page is its headline when it is short and reads as one: no final
 * ":;,", no more than one sentence. A single final period is tolerated on a short line (a
 * reporter's slip that required-headline reports) when a story follows.
 */
export function looksLikeHeadline(p: { text: string }, next?: { text: string }): boolean {
  const t = nfc(p.text.trim());
  if (/[:;,]$/u.test(t)) return false;
  if (OPENS_WITH_TIME.test(t)) return false;
  const n = wordCount(t);
  if (n < 2 || n > 35) return false;
  if (/[^.]\.$/u.test(t) && !/\.\/\.$/u.test(t)) {
    // "Tiêu đề." followed by a lead that opens with its time: yes; a short first sentence
    // followed by more story, or "Câu một. Câu hai.": no (that is a lead)
    if (n > 25 || /[.!?]\s+\p{Lu}/u.test(t.slice(0, -1))) return false;
    // a Title Case line ("Huyện Ủy Tân Kỳ Tập Huấn …") is a headline whatever follows it:
    // no lead sentence capitalises most of its words
    const words = t.split(/\s+/u).filter((w) => /^\p{L}/u.test(w));
    const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (words.length >= 4 && capitals / words.length >= 0.75) return true;
    return !!next && OPENS_WITH_TIME.test(nfc(next.text.trim()));
  }
  return true;
}

/** The author credit at the end (see structure/byline.ts), a pen name typed with a small syllable too ("Mỹ thanh"). */
export function looksLikeByline(p: { text: string }): boolean {
  return isBylineText(p.text) || isMiscasedPenName(p.text);
}

/** Build the Draft of a text. `format` decides whether markdown syntax is prose. */
export function parseDraft(text: string, requested: 'text' | 'markdown' = 'text'): Draft {
  const lineStarts = computeLineStarts(text);
  // markdown nested past any real draft is checked as plain text (lint says so)
  const markdownFallback = requested === 'markdown' && markdownTooComplex(text);
  const format = markdownFallback ? 'text' : requested;
  let view = text;
  let blocks: Block[];
  if (format === 'markdown') {
    const md = markdownProse(text);
    view = md.view;
    blocks = softLineBlocks(view, md.blocks);
  } else {
    blocks = lineBlocks(text);
  }

  const paragraphs: Paragraph[] = [];
  for (const b of blocks) {
    const raw = view.slice(b.start, b.end);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    const start = b.start + lead;
    const end = b.end - trail;
    if (end <= start) continue;
    paragraphs.push({
      start,
      end,
      text: text.slice(start, end),
      kind: 'body',
      line: positionAt(lineStarts, start).line,
      sentences: [],
      heading: b.heading,
    });
  }

  classify(paragraphs, view, text);

  // the draft's sentences and words in lists made at their length, filled by index: every word
  // of the draft on every re-check, and in the language server's unoptimised code a list grown
  // by push is copied as it grows, and each step of a for…of allocates its result (pair-map.ts)
  let sentenceCount = 0;
  let wordCount = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    p.sentences = splitSentences(view, text, p);
    sentenceCount += p.sentences.length;
    for (let j = 0; j < p.sentences.length; j++) wordCount += p.sentences[j].words.length;
  }
  const sentences = new Array<Sentence>(sentenceCount);
  const words = new Array<Word>(wordCount);
  let si = 0;
  let wi = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const ss = paragraphs[i].sentences;
    for (let j = 0; j < ss.length; j++) {
      const s = ss[j];
      sentences[si++] = s;
      for (let k = 0; k < s.words.length; k++) words[wi++] = s.words[k];
    }
  }

  const story = paragraphs.filter((p) => p.kind === 'lead' || p.kind === 'body');
  return {
    text,
    format,
    ...(markdownFallback ? { markdownFallback } : {}),
    view,
    paragraphs,
    story,
    headline: paragraphs.find((p) => p.kind === 'headline'),
    lead: paragraphs.find((p) => p.kind === 'lead'),
    byline: paragraphs.find((p) => p.kind === 'byline'),
    metadata: paragraphs.filter((p) => p.kind === 'metadata'),
    chrome: paragraphs.filter((p) => p.kind === 'chrome'),
    sentences,
    words,
    quotes: findQuotes(text, paragraphs),
    lineStarts,
  };
}

/** a prose block of the view: a line of a .txt draft, a markdown paragraph, heading or cell (its depth: 0 for none) */
type Block = Span & { heading: number };

/** The non-empty lines of `text` between offsets `from` and `to`, as blocks. */
function lineBlocks(text: string, from = 0, to = text.length): Block[] {
  const out: Block[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    out.push({ start: m.index, end: Math.min(to, m.index + m[0].length), heading: 0 });
  }
  return out;
}

/**
 * A markdown paragraph cut at its soft line breaks where a line stands apart from the prose: a
 * page's leftover or metadata line, or a credit line after the story ("Minh Anh" then "Nguồn:
 * Báo …"). A .txt draft has these on lines of their own, and a reporter's markdown joins them
 * only by one newline; read as one paragraph, the byline was no last line and the debris no line.
 */
function softLineBlocks(view: string, blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const breakAt = b.heading ? -1 : view.indexOf('\n', b.start);
    if (breakAt < 0 || breakAt >= b.end) {
      out.push(b);
      continue;
    }
    const lines = lineBlocks(view, b.start, b.end);
    const apart = lines.map((l) => {
      const t = squeezed(view.slice(l.start, l.end));
      return !!t && (debrisLine(t) || metadataLine(t) || creditLine(t));
    });
    let start = lines[0].start;
    for (let i = 1; i < lines.length; i++) {
      if (apart[i] || apart[i - 1]) {
        out.push({ start, end: lines[i - 1].end, heading: 0 });
        start = lines[i].start;
      }
    }
    out.push({ start, end: b.end, heading: 0 });
  }
  return out;
}

/**
 * What `classify` asks of a paragraph's prose, kept by that prose: each answer is a function
 * of the text alone (and, for alt text, of the next paragraph's), and a re-check after a
 * keystroke asks every paragraph again, several long alternations each. Copies, bounded
 * (bounded-cache.ts) by a budget that holds every line of a draft the editor checks: asked in
 * the draft's order, a cache smaller than the draft loses each answer just before it is asked.
 */
function answeredOnce(name: string, question: (text: string) => boolean, maxBytes = 1024 * 1024): (text: string) => boolean {
  const answers = new BoundedCache<boolean>(name, maxBytes);
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) answers.set(text, (answer = question(text)));
    return answer;
  };
}
const debrisLine = answeredOnce('parse.debris-lines', isDebrisLine);
const metadataLine = answeredOnce('parse.metadata-lines', isMetadataLine);
/** the line without the writer's email address printed at its end ("Hoàng Yến, email: …@…"): a credit still */
function withoutCreditContact(t: string): string {
  const c = creditContact(t);
  return c ? t.slice(0, c.from) : t;
}
const creditLine = answeredOnce('parse.credit-lines', (t) => looksLikeByline({ text: withoutCreditContact(withoutGluedDebris(t)) }));
const topCreditLine = answeredOnce('parse.top-credit-lines', isTopBylineText);
/** a spaced dash between the author and the body they write for */
const AUTHOR_AND_BODY = /\s[-–—]\s/u;
/**
 * `isAltTextOf(a, b)` asked as `${a.length}|${a}${b}` (no character can be trusted as a
 * separator). Its keys hold every paragraph twice: with the others' 256 KB they outgrew it on a
 * 100 KB draft and, used in order, every entry went before it was asked again (258 misses a
 * re-check, 4 ms of it); this budget holds the pairs of drafts of a few hundred KB
 * (the editor checks up to MAX_CHECK_CHARS), and what no pass asks for goes after four passes.
 */
const altTextPair = answeredOnce(
  'parse.alt-text-pairs',
  (pair) => {
    const bar = pair.indexOf('|');
    const from = bar + 1;
    const to = from + Number(pair.slice(0, bar));
    return isAltTextOf(pair.slice(from, to), pair.slice(to));
  },
  2 * 1024 * 1024,
);

/**
 * Whitespace other than a lone space between two characters: a space before more whitespace, or
 * any other whitespace character (the class of `\s` and `trim`).
 */
const SPREAD_SPACE = /[^\S ]| \s/u;

/**
 * `s` with each run of whitespace one space, trimmed. Most paragraphs have only single spaces:
 * they are only trimmed (the replacement ran on every paragraph of every re-check, ~1.4 ms a
 * 100 KB draft under the server's baseline tier; the test, 0.3 ms).
 */
export function squeezed(s: string): string {
  return (SPREAD_SPACE.test(s) ? collapseSpaces(s) : s).trim();
}

/**
 * `squeezed` of a paragraph's prose, for a host that keeps memos (the language server): the
 * paragraph's key itself (paragraph-memo.ts paragraphKey, the string every cache kept by the
 * paragraph's text shares) when squeezing leaves its prose as it is — nearly every paragraph —
 * and that answer kept by the key. Each re-check ran SPREAD_SPACE over every paragraph, and the
 * line caches `classify` asks (debris, metadata …) each compared a new slice of it with their
 * stored copy character by character; with the shared key they find it by identity.
 */
function squeezedProse(view: string, text: string, p: Paragraph): string {
  paragraphKey({ text, view }, p);
  const prose = paragraphProse(view, p);
  const known = squeezedOnce.get(prose);
  if (known !== undefined) return known === SAME ? prose : known;
  const out = squeezed(prose);
  squeezedOnce.set(prose, out === prose ? SAME : out);
  return out === prose ? prose : out;
}
/** what `squeezedOnce` holds for a prose that squeezing leaves as it is (no prose is a NUL alone) */
const SAME = '\u0000';
const squeezedOnce = new BoundedCache<string>('parse.squeezed', 1024 * 1024);

/**
 * Kinds of paragraphs, judged on the prose view (so "**Hoàng Yến**" in markdown reads as a
 * credit): chrome and metadata anywhere, then the headline, the byline (last line, or under
 * the headline in some layouts) and the lead.
 */
function classify(paragraphs: Paragraph[], view: string, text: string): void {
  // each paragraph's prose is asked for several times (its own kind, its neighbour's alt text,
  // headline and byline): made once
  const proses = new Map<Paragraph, { text: string }>();
  const memos = paragraphMemosOn();
  const prose = (p: Paragraph): { text: string } => {
    let made = proses.get(p);
    if (!made) proses.set(p, (made = { text: memos ? squeezedProse(view, text, p) : squeezed(view.slice(p.start, p.end)) }));
    return made;
  };
  const content: Paragraph[] = [];
  /** indexes in `content` of paragraphs that come right after a debris line ("Tin liên quan" …) */
  const afterDebris: number[] = [];
  let debris = false;
  /** under the head of a box of links to other stories, after the story began: its titles are debris */
  let list = false;
  /**
   * titles of such a box without a list marker: debris when the page ends after them or a
   * credit follows; a story paragraph after them makes them the story's (captions under a
   * box the page put between paragraphs)
   */
  let pending: Paragraph[] = [];
  /** the share of the draft's words written with marks (alt-text.ts markedShare), made when a line first asks */
  let marked: number | undefined;
  const toStory = (q: Paragraph): void => {
    q.kind = 'body';
    if (debris) afterDebris.push(content.length);
    debris = false;
    content.push(q);
  };
  // (an index loop: every paragraph, every re-check; in the server's unoptimised code each step
  // of `entries()` allocates its result and a pair)
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    let kind: ParagraphKind = 'body';
    const t = prose(p).text;
    if (debrisLine(t)) kind = 'chrome';
    else if (metadataLine(t)) kind = 'metadata';
    else if (list && looksLikeListedTitle(t)) {
      kind = 'chrome';
      if (!/^[-–•*+»▪]/u.test(t)) pending.push(p);
    }
    // a photo's alt text printed above its caption (never the first line: a headline the
    // lead repeats is no debris)
    else if (content.length > 0 && i + 1 < paragraphs.length && mayBeAltText(t) && altTextPair(`${t.length}|${t}${prose(paragraphs[i + 1]).text}`)) kind = 'chrome';
    // or typed without marks, alone on its line, in a draft written with them ("tap huan can bo"):
    // inside the story, never its first or last line (an unaccented credit closes it)
    else if (content.length > 0 && i + 1 < paragraphs.length && isUnaccentedAltText(t) && !isBylineText(t) && (marked ??= markedShare(paragraphs.map((q) => prose(q).text))) >= MARKED_DRAFT) kind = 'chrome';
    p.kind = kind;
    if (kind === 'chrome') {
      list = list || (content.length > 0 && OPENS_LIST().test(nfc(t)));
      debris = true;
    }
    if (kind === 'body') {
      if (pending.length > 0 && !isBylineText(t)) for (const q of pending) toStory(q);
      pending = [];
      list = false;
      toStory(p);
    }
  }
  if (content.length === 0) return;
  let first = 0;
  // some pages print a credit above the headline ("Tác giả: Minh Anh", "PV Thu Hà" ⏎ headline ⏎
  // lead): one marked by its label or role, never a bare name, which may be a section's
  let above: Paragraph | undefined;
  // or the author and the body they write for ("Minh Châu - Trung tâm Chính trị huyện"), when a
  // headline follows it
  if (content.length > 2 && (isMarkedCredit(prose(content[0]).text) || (AUTHOR_AND_BODY.test(prose(content[0]).text) && topCreditLine(prose(content[0]).text) && looksLikeHeadline(prose(content[1]), prose(content[2]))))) {
    above = content[0];
    above.kind = 'byline';
    first = 1;
  }
  const heading = content.find((p) => p.heading > 0);
  if (heading && heading === content[first]) {
    heading.kind = 'headline';
    first++;
  } else if (content.length > first + 1 && looksLikeHeadline(prose(content[first]), prose(content[first + 1]))) {
    content[first].kind = 'headline';
    first++;
  }
  const credit = trailingByline(content, first, prose, afterDebris);
  if (credit) credit.kind = 'byline';
  else if (!above && first > 0 && content.length - first >= 2 && topCreditLine(prose(content[first]).text)) {
    // some layouts print the author under the headline (a short item may have one paragraph after it)
    content[first].kind = 'byline';
    first++;
  }
  if (first < content.length && content[first].kind === 'body') content[first].kind = 'lead';
  // a line crediting the page the story was copied from is the credit when nothing else credits
  // it; beside a writer's credit it is left over from the page ("Nguồn: baotinh.vn" ⏎ "Thu Hà")
  if (credit && !isSourceLine(prose(credit).text)) {
    for (let j = first + 1; j < content.length; j++) if (content[j].kind === 'body' && isSourceLine(prose(content[j]).text)) content[j].kind = 'chrome';
  }
  // the story ends with the writer's credit: a photo's caption or a line of the page's footer ("Địa chỉ: …") printed after it ("Thu Hà" ⏎ "Ảnh:
  // Học viên thực hành sơ cứu.", "… tập huấn. Ảnh: T.H") is the page's, left under the story where
  // the picture stood; above the credit the same line may be the reporter's for the photo sent along;
  // the same goes for another story's title under a list mark or an arrow ("- Huyện Đoàn … tập huấn
  // …", ">> Hội Nông dân …"): a box of links whose head did not come along; a credit or a
  // labelled line ("- Ảnh: Thu Hà") is none
  if (credit) {
    for (let j = content.indexOf(credit) + 1; j < content.length; j++) {
      const t = prose(content[j]).text;
      if (content[j].kind === 'body' && (isCaptionLine(t) || FOOTER_LINE.test(nfc(t)) || (LINK_MARK().test(t) && !t.includes(':') && looksLikeListedTitle(t.replace(/^(?:>>|&gt;&gt;)/u, '-')) && !creditLine(t)))) content[j].kind = 'chrome';
    }
  }
  // a photo's credit alone on its line between two paragraphs of the story's prose ("…" ⏎ "Ảnh:
  // Thu Hà" ⏎ "…"): the page printed it under its picture, which did not come along with the
  // text; closing the story, above the writer's credit, it credits the photos sent with the draft
  // and stays, and so does one in a run of photo lines (a caption above or below it)
  for (let j = first + 1; j + 1 < content.length; j++) {
    const before = content[j - 1];
    const after = content[j + 1];
    if (content[j].kind !== 'body' || after.kind !== 'body' || (before.kind !== 'body' && before.kind !== 'lead')) continue;
    if (!isPhotoCreditLine(prose(content[j]).text) || opensWithPhotoLabel(prose(before).text) || opensWithPhotoLabel(prose(after).text)) continue;
    content[j].kind = 'chrome';
  }
  // a photo's alt text the page filled with the story's title (content systems do by default),
  // left where the photo was: the headline again after the lead, perhaps with the photo's label
  // ("… cho giáo viên - Ảnh 1."); a title printed twice above the lead is another matter
  if (first > 0 && content[0].kind === 'headline') {
    const title = titleKey(prose(content[0]).text);
    for (let j = first + 1; j < content.length; j++) {
      if (content[j].kind === 'body' && titleKey(prose(content[j]).text) === title) content[j].kind = 'chrome';
    }
  }
}

/**
 * a line compared with the headline: case, a closing mark and a trailing photo label aside
 * ("- Ảnh 1.", or "ảnh 1" after the last word, as web-debris.json's photoTail removes it: the
 * line is the headline again before the fix as after it)
 */
function titleKey(text: string): string {
  // every story paragraph after the lead is compared with the headline on every re-check: the
  // key of a line (normalised, lower-cased, a regular expression run at its end) is kept by its text
  let key = titleKeys.get(text);
  if (key === undefined) titleKeys.set(text, (key = nfc(text).toLowerCase().replace(/(?:\s*[-–]\s*ảnh(?:\s*\d{1,2})?|(?<=\p{L})\s+ảnh\s*\d{1,2})?\s*[.:]?\s*$/u, '')));
  return key;
}
/** (keys and lines both count: a budget that holds a few hundred KB of drafts, as the alt-text pairs') */
const titleKeys = new BoundedCache<string>('parse.title-keys', 2 * 1024 * 1024);

/** Is this line the headline again (its case, a closing mark, a trailing “- Ảnh 1.” aside)? */
export function sameTitle(line: string, headline: string): boolean {
  return titleKey(line) === titleKey(headline);
}

/** a list's mark or a link's arrow opening a line */
/** a line of the page's footer, its contact label first ("Địa chỉ: …", "Website: …"): web-debris.json footerLines, the page's after the credit */
const FOOTER_LINE = new RegExp(`^(?:${debris.footerLines.pattern})$`, 'iu');
const LINK_MARK = lazyRegExp(() => /^(?:[-–•*+»▪]|>>|&gt;&gt;)[ \t\u00a0]*\p{Lu}/u);

/** How far from the end a credit may stand: captions and stray lines printed after it. */
const TRAILING_LINES = 6;
const TRAILING_WORDS = 20;
/** a photo caption after the credit may be long ("Học viên thực hành … tại lớp tập huấn"), never a story paragraph */
const CAPTION_WORDS = 45;
/** "… tại lớp học. Ảnh: Thu Hà", "(Ảnh: P.T.)": a photo credit inside a caption */
const PHOTO_CREDIT = /(?:(?:^|[\s.])Ảnh|\(\s*[Ảả]nh)\s*:\s*\S/u;

/**
 * May this line stand between the credit and the end of the page? A short line (a caption, a
 * photo label, a stray page label), or a caption by its shape: one sentence that either carries
 * a photo credit or is printed without the end mark a story paragraph takes.
 */
function mayFollowCredit(text: string): boolean {
  // (counted no further than the caption's bound: a story paragraph has hundreds)
  const n = wordCountUpTo(text, CAPTION_WORDS + 1);
  if (n <= TRAILING_WORDS) return true;
  if (n > CAPTION_WORDS) return false;
  const t = nfc(text.trim());
  if (PHOTO_CREDIT.test(t)) return true;
  // "Câu một. Câu hai.": a paragraph of the story
  return !/[.!?…]\s+\p{Lu}/u.test(t) && !/[.!?…:;]["”')]*$/u.test(t);
}

/**
 * A caption printed with its stop ("Đồng chí … phát biểu khai mạc lớp bồi dưỡng … tại hội
 * trường."): one sentence up to a caption's length, no list after it. A story's last paragraph
 * has the same shape, so only a line that is a credit and nothing else ("Thu Hà", "Tin, ảnh: …")
 * may stand before it as the byline, never a sentence that opens with a name ("Ông Lê Văn
 * Thắng, Phó Chủ tịch UBND huyện chủ trì.").
 */
function isLoneSentence(text: string): boolean {
  if (wordCountUpTo(text, CAPTION_WORDS + 1) > CAPTION_WORDS) return false;
  const t = nfc(text.trim());
  return !/[.!?…]\s+\p{Lu}/u.test(t) && !/[:;]["”')]*$/u.test(t);
}

/**
 * The credit at the end of the story: the last paragraph, or one of the last few when only
 * short lines follow it (photo captions, a stray page label). Page debris glued to the
 * credit ("Thu HàÝ kiến bạn đọc") is read off first. At least one story paragraph precedes it.
 */
function trailingByline(
  content: Paragraph[],
  first: number,
  prose: (p: Paragraph) => { text: string },
  afterDebris: number[],
): Paragraph | undefined {
  // the end of the page, then the end of the story before each debris line (a list of related
  // headlines may follow "Tin liên quan"), latest first
  const ends = [content.length, ...afterDebris.filter((i) => i >= first + 2).reverse()];
  // the windows before two debris lines close together overlap: each paragraph is read once
  const credits = new Map<Paragraph, boolean>();
  const isCredit = (p: Paragraph): boolean => {
    let answer = credits.get(p);
    if (answer === undefined) credits.set(p, (answer = creditLine(prose(p).text)));
    return answer;
  };
  for (const end of ends) {
    // a caption with its stop after the credit: only a bare credit may stand before it
    let stopped = false;
    for (let k = end - 1; k >= Math.max(first + 1, end - TRAILING_LINES); k--) {
      const p = content[k];
      if ((isCredit(p) || (k === end - 1 && isLonePenName(prose(p).text) && closesStory(prose(content[k - 1]).text))) && (!stopped || isTopBylineText(prose(p).text)) && !isListItemAfter(prose(p).text, prose(content[k - 1]).text)) {
        // the page's address under the writer's name ("Minh Thái" ⏎ "Nguồn: baotinh.vn"): the
        // name credits the story, the address is left over from the page
        const above = content[k - 1];
        if (k - 1 > first && isSourceLine(prose(p).text) && isCredit(above) && !isSourceLine(prose(above).text)) return above;
        return p;
      }
      if (mayFollowCredit(prose(p).text)) continue;
      if (!isLoneSentence(prose(p).text)) break;
      stopped = true;
    }
  }
  return undefined;
}

/** a story paragraph closing with its end mark (a quote's or bracket's close after it) */
const STORY_CLOSE = /[.!?…]["”’)]*$/u;
/** more words than a photo's label or a stray line ("Ảnh 1.", "Xem thêm.") */
const STORY_CLOSE_WORDS = 8;
/**
 * Is this the story's last paragraph, above a one-word pen name ("… tại địa phương." ⏎
 * "Langbiang")? A sentence with its stop, longer than a stray line: a pen name under a list's
 * item or another word alone is not read as one.
 */
function closesStory(text: string): boolean {
  return wordCountUpTo(text, STORY_CLOSE_WORDS + 1) > STORY_CLOSE_WORDS && STORY_CLOSE.test(nfc(text.trim()));
}

/** a list's mark opening a line ("- ", "+ ", "• ", "* ") */
const LIST_MARK = /^\s*([-+•*])\s+/u;

/**
 * "Danh sách đại biểu:" ⏎ "- Lò Văn Pọm" ⏎ "- Vàng Thị Dua": a name opening with a list's mark
 * under a line that opens the list (its colon) or is an item with the same mark is the list's last
 * item, not the credit ("— Thu Hà" under the story's last sentence still credits the author).
 */
function isListItemAfter(line: string, above: string): boolean {
  const mark = LIST_MARK.exec(line);
  if (!mark) return false;
  const before = nfc(above.trim());
  return /:$/u.test(before) || LIST_MARK.exec(before)?.[1] === mark[1];
}

/** "Thu HàÝ kiến bạn đọc" → "Thu Hà": a debris label glued to the end of a line (a lower-case letter, then a capital). */
export function withoutGluedDebris(line: string): string {
  const t = nfc(line);
  const glue = /\p{Ll}(?=\p{Lu})/gu;
  for (let m = glue.exec(t); m; m = glue.exec(t)) {
    if (isDebrisLine(t.slice(m.index + 1))) return t.slice(0, m.index + 1);
  }
  return t;
}


/**
 * Sentences of paragraphs already parsed, keyed by the paragraph's prose and original text,
 * with offsets relative to the paragraph: a re-check after an edit parses only the edited
 * paragraph. Bounded by bytes and holding copies (bounded-cache.ts), so an editing session
 * does not keep old versions of the draft alive.
 */
const sentenceCache = new BoundedCache<Sentence[]>('parse.sentences', 16 * 1024 * 1024, sentencesBytes, copySentences);

/**
 * The cache's own copy of a paragraph's sentences, strings detached. Written for the one shape
 * it copies: the generic `detachAll` walks every word with `Object.entries` and, shared by
 * every cache's values, runs megamorphic (a twentieth of a lint went there). Every parsed
 * paragraph is stored, so this runs once per paragraph even when the cache never hits (the CLI).
 */
function copySentences(sentences: Sentence[]): Sentence[] {
  // one copy of each word's forms, shared by the copies of its occurrences as by the words
  const copies = new Map<WordForms, WordForms>();
  const copyWord = (w: Word): Word => {
    const forms = (w as ParsedWord).forms;
    // (the run's shared forms are copies already, no slice of a draft: kept as they are, with
    // what the rules filled in on them)
    let copy = copies.get(forms);
    if (copy === undefined && forms.text.length <= FORMS_MAX_LENGTH && sharedForms.get(forms.text) === forms) copies.set(forms, (copy = forms));
    if (copy === undefined) {
      // the comparison key goes with the copy, to every draft that reads the paragraph back
      copy = { text: detach(forms.text), norm: detach(forms.norm), lower: detach(forms.lower), key: detach(forms.key), lookup: '', syllables: undefined, kind: -1 };
      copies.set(forms, copy);
    }
    return new ParsedWord(w.start, w.end, copy.text, copy);
  };
  return sentences.map((s) => ({ start: s.start, end: s.end, text: detach(s.text), words: s.words.map(copyWord) }));
}

/** `plainBytes` of a paragraph's sentences, counted the same way without walking objects generically. */
function sentencesBytes(sentences: Sentence[]): number {
  let n = 16;
  for (const s of sentences) {
    // the sentence object: 4 properties (start, end, text, words) plus its array slot
    n += 8 + 24 + 4 * 16 + 8 + stringBytes(s.text) + 8 + 16;
    for (const w of s.words) n += 8 + 24 + 7 * 16 + 8 * 4 + stringBytes(w.text) + stringBytes(w.norm) + stringBytes(w.lower) + stringBytes(w.key ?? '');
  }
  return n;
}

function splitSentences(view: string, text: string, p: Paragraph): Sentence[] {
  const prose = view.slice(p.start, p.end);
  const original = view === text ? prose : text.slice(p.start, p.end);
  // a one-shot lint (the CLI, its workers: paragraph-memo.ts setParagraphMemos) stores nothing:
  // copying and sizing every paragraph's sentences for a cache no later check asks cost its parse
  // a tenth of its time and kept up to 16 MB of copies for the collector to mark
  if (!paragraphMemosOn()) return placed(parseSentences(prose, original, { ...p, start: 0, end: original.length }), p.start);
  // the paragraph's one key string, which the rules' paragraph memos hash again for free
  const key = paragraphKey({ text, view }, p);
  const d = p.start;
  const relative = sentenceCache.get(key);
  if (!relative) {
    const parsed = parseSentences(prose, original, { ...p, start: 0, end: original.length });
    // the cache keeps its own copy: these objects are this draft's, moved to its offsets
    sentenceCache.set(key, parsed);
    return placed(parsed, d);
  }
  // the objects of the last read when the paragraph stands where it stood then (every
  // paragraph before an edit): the memos then hand back their answers on them as they are
  // (paragraph-memo.ts); else fresh ones at its offset, never the words of another place
  // (rules memoise on words)
  const last = lastRead.get(relative);
  if (last !== undefined && last.at === d) return last.sentences;
  const sentences = relative.map((s) => ({
    start: s.start + d,
    end: s.end + d,
    text: s.text,
    words: s.words.map((w) => new ParsedWord(w.start + d, w.end + d, w.text, (w as ParsedWord).forms)),
  }));
  if (last !== undefined) {
    last.at = d;
    last.sentences = sentences;
  } else lastRead.set(relative, { at: d, sentences });
  return sentences;
}
/** Sentences parsed relative to their paragraph, moved to its offset `d` (in place). */
function placed(parsed: Sentence[], d: number): Sentence[] {
  for (const s of parsed) {
    s.start += d;
    s.end += d;
    for (const w of s.words) {
      w.start += d;
      w.end += d;
    }
  }
  return parsed;
}

/** the sentences last read back from each entry of `sentenceCache`, and where */
const lastRead = new WeakMap<Sentence[], { at: number; sentences: Sentence[] }>();

/**
 * Where a long paragraph may be cut before parse-latin sees it, with the same sentences as
 * the whole paragraph parsed at once: after a full stop that ends a word of Latin letters
 * standing alone, five letters or more or with a letter beyond ASCII ("huyện.": none of
 * parse-latin's abbreviations and initials, which are short ASCII words; no initialism, none of
 * its inner-word merges), and before spaces and a capital (no merge of a following lower-case,
 * digit, symbol or word-less sentence). parse-latin builds a tree of the whole paragraph and
 * splices its child lists at each merge: a 10 MB single line costs a minute and over a
 * gigabyte that way, against seconds and megabytes cut at these points.
 */
const SAFE_CUT =
  lazyRegExp(() => /(?<=[ \t\u00a0](?:\p{Script=Latin}{5,}|\p{Script=Latin}*(?=\p{Script=Latin})[\u00c0-\u024f\u1e00-\u1eff]\p{Script=Latin}*)\.)(?=[ \t\u00a0]+(?=\p{Lu})\p{Script=Latin})/gu);
/** Paragraphs up to this long are parsed whole (every real draft's paragraph), longer ones in pieces at least this long. */
export const PARSE_PIECE = 16 * 1024;

/** Start offsets of the pieces a paragraph is parsed in (`[0]` for a short one). */
export function parsePieces(text: string, piece = PARSE_PIECE): number[] {
  const starts = [0];
  if (text.length <= piece) return starts;
  SAFE_CUT().lastIndex = piece;
  for (let m = SAFE_CUT().exec(text); m; m = SAFE_CUT().exec(text)) {
    starts.push(m.index);
    SAFE_CUT().lastIndex = m.index + piece;
  }
  return starts;
}

/** Sentences of a one-paragraph text parsed in pieces of at least `piece` characters (the tests compare pieces with the whole). */
export function paragraphSentences(text: string, piece = PARSE_PIECE): Sentence[] {
  return parseSentences(text, text, { start: 0, end: text.length } as Paragraph, piece);
}

/** Sentences of one paragraph; `view` and `text` are the paragraph's prose and original text. */
function parseSentences(view: string, text: string, p: Paragraph, piece = PARSE_PIECE): Sentence[] {
  const prose = view.slice(p.start, p.end);
  const raw: Array<{ start: number; end: number; words: Word[] }> = [];
  const starts = parsePieces(prose, piece);
  const forms = new Map<string, WordForms>();
  for (const [i, from] of starts.entries()) {
    const to = i + 1 < starts.length ? starts[i + 1] : prose.length;
    collectSentences(parser.parse(prose.slice(from, to)), text, p.start + from, raw, forms, view === text);
  }
  return mergeAbbreviations(text, raw);
}

/**
 * Sentences and words of a parsed piece starting at `offset` of `text`, onto `raw`. A word
 * that recurs in the paragraph shares its strings (`forms`): a long paragraph says the same
 * few thousand words again and again, and one string each keeps its words small.
 */
function collectSentences(
  tree: NlcstNodes,
  text: string,
  offset: number,
  raw: Array<{ start: number; end: number; words: Word[] }>,
  forms: Map<string, WordForms>,
  textIsProse: boolean,
): void {
  const collect = (node: NlcstNodes, into: Word[]): void => {
    if (node.type === 'WordNode' && node.position) {
      const start = offset + (node.position.start.offset ?? 0);
      let end = offset + (node.position.end.offset ?? 0);
      let w = text.slice(start, end);
      // a page's non-breaking space glued to the word ("Huyện ủy&nbsp;"): the word ends before
      // it, as it would at a blank (web-leftover reports the entity; the word is "ủy", not "ủy&nbsp")
      // … and the number of a numbered entity ("ủy&#160;") is no word of the text
      if (text.charCodeAt(start - 1) === 0x23 && text.charCodeAt(start - 2) === 0x26 && text.charCodeAt(end) === 0x3b && /^(?:\d+|x[\da-f]+)$/iu.test(w)) return;
      if (w.includes('&')) {
        const glued = GLUED_SPACE_ENTITY.exec(w);
        if (glued && glued.index > 0) {
          end = start + glued.index;
          w = w.slice(0, glued.index);
          // (and a mark before the entity ends the word's text too, as it would before a blank:
          // "Hóa.&nbsp;" is the word "Hóa" and a full stop)
          const mark = /(?<=\p{L}|\p{M}|\p{N})[.,;:!?]+$/u.exec(w);
          if (mark) {
            end -= w.length - mark.index;
            w = w.slice(0, mark.index);
          }
        }
      }
      // a word node's text is the prose between its offsets: when the prose is the text (not
      // markdown), the slice is read instead of joining the node's children again
      if (hasLetterOrDigit(textIsProse ? w : nodeText(node))) {
        const f = wordFormsOf(w, forms);
        into.push(new ParsedWord(start, end, f.text, f));
      }
      return;
    }
    if ('children' in node) for (const c of node.children as NlcstNodes[]) collect(c, into);
  };
  const walk = (node: NlcstNodes): void => {
    if (node.type === 'SentenceNode' && node.position) {
      const words: Word[] = [];
      collect(node as NlcstSentence, words);
      raw.push({ start: offset + (node.position.start.offset ?? 0), end: offset + (node.position.end.offset ?? 0), words });
      return;
    }
    if ('children' in node) for (const c of node.children as NlcstNodes[]) walk(c);
  };
  walk(tree);
}

/**
 * The forms of a word's text, one object per different word of the whole run, not of each
 * paragraph: a draft says the same few hundred words in every paragraph, and a folder's drafts
 * say the same few thousand, so the NFC form, the lower case, the comparison key and spelling's
 * lookup key (filled on its first use: syllable.ts `wordLookupKey`) are made once and read back
 * as fields. Made per paragraph they were made again in each (and the lookup key asked of a memo
 * again), about 2–3 % of a one-shot lint. A word memo (bounded-cache.ts): bounded with the
 * other per-word memos, its strings copies (no slice of a draft is kept); a word longer than a
 * memo keeps is shared within its paragraph only (`local`).
 */
function wordFormsOf(w: string, local: Map<string, WordForms>): WordForms {
  const long = w.length > FORMS_MAX_LENGTH;
  let f = long ? local.get(w) : sharedForms.get(w);
  if (f === undefined) {
    const text = long ? w : detach(w);
    const norm = nfc(text);
    // the comparison key too, once per different word: casing's `wordKey` reads it back, and the
    // sentence cache's copy takes it along instead of looking the word up again
    f = { text, norm, lower: norm.toLowerCase(), key: syllableKey(text), lookup: '', syllables: undefined, kind: -1 };
    if (long) local.set(w, f);
    else sharedForms.set(text, f);
  }
  return f;
}
/** words longer than this (a URL, a run of letters with no blank) get forms of their paragraph's own */
const FORMS_MAX_LENGTH = 32;
const sharedForms = new WordMemo<WordForms>(
  'parse.word-forms',
  // (the object's five fields and the strings that are not its text's, roughly: lookup filled later)
  (f) => 80 + (f.norm === f.text ? 0 : stringBytes(f.norm)) + (f.lower === f.norm ? 0 : stringBytes(f.lower)) + (f.key === f.lower ? 0 : stringBytes(f.key)) + stringBytes(f.text),
  FORMS_MAX_LENGTH,
);

/** an HTML entity for a blank ("&nbsp", "&#160", "&amp;nbsp") ending a word node: parse-latin joins it to the word */
const GLUED_SPACE_ENTITY = /&(?:amp;)?(?:nbsp|ensp|emsp|thinsp|#160|#x0*a0)$/iu;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `/[\p{L}\p{N}]/u.test(s)`, answered without the regex when an ASCII letter or digit comes before any other character (most words). */
function hasLetterOrDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return LETTER_OR_DIGIT.test(s);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
  }
  return false;
}

function mergeAbbreviations(text: string, raw: Array<{ start: number; end: number; words: Word[] }>): Sentence[] {
  // parse-latin ends a sentence at "TP. Hồ", "ThS. Lê", "P. Tuyết": glue those back
  const merged: typeof raw = [];
  for (const s of raw) {
    const prev = merged[merged.length - 1];
    if (prev && endsWithAbbreviation(text, prev)) {
      prev.end = s.end;
      for (const w of s.words) prev.words.push(w); // no spread: a sentence can have 100,000 words
    } else merged.push({ ...s, words: [...s.words] });
  }
  return splitAfterDottedWords(text, merged).map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end), words: s.words }));
}

/** blanks between a word written with its full stop ("111.", "con.": one word for parse-latin) and a capital */
const BLANKS = /^[ \t\u00a0]+$/u;
/** a lower-case word and its full stop, which parse-latin read as a Latin abbreviation ("con." for "confer", "m.") */
const LATIN_ABBREVIATION = lazyRegExp(() => /^\p{Ll}+\.$/u);

/**
 * parse-latin keeps a full stop after a number inside the sentence ("111. Bên cạnh đó"), as
 * an ordinal of the languages that write one so ("3. Oktober"). Vietnamese writes no ordinal
 * that way: after the first word of a sentence (a list's "1.") a number, its full stop and a
 * capital end one sentence and open the next. It also keeps the full stop of a single letter
 * and of the Latin abbreviations it knows ("con.", "ca."), which are Vietnamese words ("bà
 * con. Xã sẽ theo dõi", "300 m. Dự án"): Vietnamese writes no abbreviation in lower case
 * with its full stop (abbreviations.json dotted ones are capitalised), so there too the
 * sentence ends, and the word is the word without its full stop, as at any sentence's end.
 */
function splitAfterDottedWords(text: string, sentences: Array<{ start: number; end: number; words: Word[] }>): Array<{ start: number; end: number; words: Word[] }> {
  const out: Array<{ start: number; end: number; words: Word[] }> = [];
  for (const s of sentences) {
    let from = 0;
    let start = s.start;
    const ws = s.words;
    for (let k = 1; k + 1 < ws.length; k++) {
      const w = ws[k];
      // both shapes end with the full stop: most words are settled without a regex
      if (w.text.charCodeAt(w.text.length - 1) !== 0x2e) continue;
      const next = ws[k + 1];
      const latin = LATIN_ABBREVIATION().test(w.text);
      if (!(latin || /^\d+\.$/u.test(w.text)) || !BLANKS.test(text.slice(w.end, next.start)) || !/^\p{Lu}/u.test(next.text)) continue;
      if (latin) ws[k] = withoutFullStop(w);
      out.push({ start, end: w.end, words: ws.slice(from, k + 1) });
      from = k + 1;
      start = next.start;
    }
    out.push(from === 0 ? s : { start, end: s.end, words: ws.slice(from) });
  }
  return out;
}

/** The word without its last character, a full stop ("con." → "con"), every field made again. */
function withoutFullStop(w: Word): Word {
  const text = w.text.slice(0, -1);
  const norm = nfc(text);
  return new ParsedWord(w.start, w.end - 1, text, { text, norm, lower: norm.toLowerCase(), key: syllableKey(text), lookup: '', syllables: undefined, kind: -1 });
}

const LETTER = /^\p{L}$/u;

/**
 * The group of `/([\p{L}.]+)\.$/u` on text[from, end), a sentence ending in a full stop: the
 * letters and full stops before that stop (undefined: none). The expression, tried from every
 * position for the letters at the end, scanned each position's run to the end (64 characters of
 * every sentence, a fifth of the parse of a 10 MB single line); the run is read back from the end.
 */
function finalToken(text: string, from: number, end: number): string | undefined {
  let i = end;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x2e) {
      i--;
      continue;
    }
    // one code point: a surrogate pair is read whole (and a lone surrogate is no letter)
    const ch = charBefore(text, i);
    if (i - ch.length < from || !LETTER.test(ch)) break;
    i -= ch.length;
  }
  return i < end - 1 ? text.slice(i, end - 1) : undefined;
}

function endsWithAbbreviation(text: string, s: { start: number; end: number; words: Word[] }): boolean {
  const { start, end } = s;
  if (end <= start || text.charCodeAt(end - 1) !== 0x2e || (end - start >= 3 && text.startsWith('./.', end - 3))) return false;
  const found = finalToken(text, start, end);
  if (found === undefined) return false;
  const token = nfc(found);
  if (DOTTED.has(token)) return true;
  // a single capital letter: an initial ("P. Tuyết", "Lê V. Hùng")
  return /^\p{Lu}$/u.test(token) && s.words.length <= 12;
}

// single curly quotes too: ‘…’ is a quotation (often one inside another), never to be edited
const OPEN_CLOSE: Record<string, string> = { '“': '”', '«': '»', '„': '“', '‘': '’' };
const QUOTE_MARK = /[“”«»„"‘’]/g;

/** Quotation spans, paired inside a paragraph: “…”, «…», and straight "…" pairs. */
function findQuotes(text: string, paragraphs: Paragraph[]): Span[] {
  const spans: Span[] = [];
  // only quotation marks change the state: find them once, then jump from one to the next
  const marks: number[] = [];
  for (const m of matchesOf(QUOTE_MARK, text)) marks.push(m.index ?? 0);
  // the closing mark a quotation left open at the end of the previous paragraph waits for
  let carried = '';
  for (const p of paragraphs) {
    let open = -1;
    let closer = '';
    let straight = -1;
    let waiting = carried;
    carried = '';
    // a whole debris line quotes nothing: its guillemet is a button's arrow ("« Trở về")
    if (p.kind === 'chrome') continue;
    for (let k = firstAtOrAfter(marks, p.start, itself); k < marks.length && marks[k] < p.end; k++) {
      const i = marks[k];
      const c = text[i];
      // a quotation spanning paragraphs: the text up to its closing mark is quoted too
      if (waiting && open < 0 && c === waiting) {
        spans.push({ start: p.start, end: i + 1 });
        waiting = '';
        continue;
      }
      if (open < 0 && OPEN_CLOSE[c]) {
        waiting = ''; // the paragraph opens its own quotation: the carried one ended with the last
        open = i;
        closer = OPEN_CLOSE[c];
      } else if (open >= 0 && c === closer) {
        spans.push({ start: open, end: i + 1 });
        open = -1;
      } else if (open < 0 && c === '"') {
        if (straight < 0) straight = i;
        else {
          spans.push({ start: straight, end: i + 1 });
          straight = -1;
        }
      }
    }
    // an unclosed quotation runs to the end of its paragraph (and may close in the next one),
    // unless an unclosed guillemet points at a page's button closing it ("… tốt đẹp. « Trở về")
    if (open >= 0 && !(text[open] === '«' && isDebrisLine(text.slice(open, p.end)))) {
      spans.push({ start: open, end: p.end });
      if (closer !== '’') carried = closer;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
