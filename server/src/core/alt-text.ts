/**
 * An image's alt text left above its caption: a page prints the alt text (often a hurried or
 * garbled copy of the caption's first words, "Các đji biểu") as a line of its own, and the
 * caption ("Các đại biểu dự lễ khai mạc") right under it. The short line is web debris; the
 * caption is the story's. Read from the two lines alone, never from a list of words.
 */
import { foldAccents, nfc } from './normalise.js';
import { editDistance } from './did-you-mean.js';
import { matchesOf } from './matches.js';
import { isSyllable } from './spell/dictionary.js';
import { isSyllableFold } from './spell/suggest.js';

/** how long an alt text may be, in words */
const MAX_WORDS = 12;
/** how long the caption under it may be: one sentence a photo carries */
const MAX_CAPTION_WORDS = 30;

function words(line: string): string[] {
  return nfc(line)
    .trim()
    .split(/\s+/u)
    .filter((w) => w.length > 0);
}

const fold = (w: string): string => foldAccents(w.toLowerCase());

/** a photo credit closing a caption ("… tập huấn. Ảnh: Thu Hà", "… (Ảnh: P.T.)", "… - Ảnh: CTV"): not a second sentence */
const CREDIT = /(?:[.\s]*[-–]\s*|[.\s]+|\s*\(\s*)(?:[Ảả]nh|ẢNH)(?:\s+(?:minh\s+họa|tư\s+liệu))?\s*:\s*[^()]{1,40}?\)?\s*\.?\s*$/u;

/** the same, where it starts: the credit at the offset, not one further on */
const CREDIT_HERE = new RegExp(`^(?:${CREDIT.source})`, 'u');

/**
 * True when the photo credit at `credit` (an offset of `line`) closes a caption: words before
 * it, nothing after it but a full stop, and the line one sentence of a few dozen words ("Lớp
 * học khai giảng tại hội trường tỉnh (Ảnh: P.T.)."). A paragraph that goes on is story, and a
 * credit inside it the page's.
 */
export function closesCaption(line: string, credit: number): boolean {
  if (!CREDIT_HERE.test(line.slice(credit)) || !/\p{L}/u.test(line.slice(0, credit))) return false;
  const caption = line.slice(0, credit);
  // (a full stop after a title's short form, "TS. Nguyễn Văn An", ends no sentence)
  return words(caption).length <= MAX_CREDITED_CAPTION_WORDS && !/(?<!(?:^|[\s.(])\p{Lu}\p{L}{0,3})[.!?…]\s+\p{Lu}/u.test(caption);
}

/** how long a caption a credit closes may be: one sentence naming the people in the photo and the event */
const MAX_CREDITED_CAPTION_WORDS = 45;

/**
 * False when `line` has too few or too many words to be an alt text whatever line follows it
 * (`isAltTextOf`'s first test), read without splitting it: the parser asks it of every
 * paragraph, most of them long, before it pairs one with the next.
 */
export function mayBeAltText(line: string): boolean {
  // (split stops at its limit: one word more than an alt text has is enough to say no)
  const t = line.trim();
  const n = t ? t.split(/\s+/u, MAX_WORDS + 1).length : 0;
  return n >= 2 && n <= MAX_WORDS;
}

/**
 * True when `line` is the alt text of the photo whose caption is `next`: a short line with no
 * closing mark whose words open the longer caption, each the same word, the same letters
 * without their marks, or a slip of one letter away; at least half of them written exactly,
 * or all of them the caption's words typed without marks.
 */
export function isAltTextOf(line: string, next: string): boolean {
  const alt = words(line);
  if (alt.length < 2 || alt.length > MAX_WORDS) return false;
  if (!/\p{L}$/u.test(alt[alt.length - 1])) return false;
  next = nfc(next).replace(CREDIT, '');
  const caption = words(next);
  if (caption.length <= alt.length || caption.length > MAX_CAPTION_WORDS) return false;
  // a caption is one sentence: a paragraph that goes on is story, and the short line above it a heading
  if (/[.!?…]\s+\p{Lu}/u.test(next)) return false;
  let exact = 0;
  // an alt text typed without its marks ("quang canh lop tap huan") matches no word exactly:
  // every word of it is the caption's, letter for letter, or it is no copy
  const bare = alt.every((w) => /^[A-Za-z0-9]+$/u.test(w));
  let folded = 0;
  for (const [k, w] of alt.entries()) {
    const c = caption[k];
    if (w === c || w.toLowerCase() === c.toLowerCase()) {
      exact++;
      continue;
    }
    const a = fold(w);
    const b = fold(c);
    if (a === b) folded++;
    else if (editDistance(a, b) > 1) return false;
  }
  return exact * 2 >= alt.length || (bare && exact + folded === alt.length);
}

/**
 * A photo's alt text printed on the caption's own line, before it ("Các đji biểu dự lớp Các đại
 * biểu dự lớp tập huấn", "Quang cảnh lớp học Quang cảnh lớp học"): the end of the alt text in
 * `line` (where the caption starts), or -1. The line must read as a caption (one sentence, no
 * closing mark inside it) and open with a capital; the caption opens with a capital again,
 * repeats the alt text's words as `isAltTextOf` reads them, or repeats them all exactly.
 */
export function gluedAltTextEnd(line: string): number {
  // (a caption and its alt text are a few dozen words: a longer paragraph is story, and is not read)
  if (line.length > 400) return -1;
  const t = nfc(line);
  if (!/^\p{Lu}/u.test(t) || /[.!?…]\s+\p{Lu}/u.test(t)) return -1;
  const spans = [...matchesOf(/\S+/gu, t)];
  if (spans.length < 4 || spans.length > MAX_WORDS + MAX_CAPTION_WORDS) return -1;
  const first = fold(spans[0][0]);
  for (let k = 2; k <= Math.min(MAX_WORDS, Math.floor(spans.length / 2)); k++) {
    const head = spans[k];
    if (!/^\p{Lu}/u.test(head[0]) || editDistance(fold(head[0]), first) > 1) continue;
    const alt = t.slice(0, (spans[k - 1].index ?? 0) + spans[k - 1][0].length);
    const caption = t.slice(head.index ?? 0);
    const exact = spans.length === 2 * k && spans.slice(0, k).every((w, i) => w[0] === spans[k + i][0]);
    if (exact || isAltTextOf(alt, caption)) return head.index ?? 0;
  }
  return -1;
}

/** a line of two to twelve words of plain ASCII letters, one blank between them */
const BARE_WORDS = /^[A-Za-z]+(?: [A-Za-z]+){1,11}$/u;

/**
 * A photo's alt text typed without marks, alone on its line ("tap huan can bo", "Quang canh lop
 * hoc"): two to twelve words of plain letters, each the accent-free form of a Vietnamese
 * syllable, a third of them or more no syllable as written ("huan", "hoc": a rhyme that needs its
 * mark, a closing -c, -ch, -p, -t that needs its tone), not every word capitalised (an unaccented
 * name, "Thu Ha", is a credit). Read from the line alone; the caller asks whether the draft around
 * it is written with marks (`markedShare`): in an unaccented draft such a line is its prose.
 */
export function isUnaccentedAltText(line: string): boolean {
  const t = line.trim();
  if (!BARE_WORDS.test(t)) return false;
  const ws = t.split(' ');
  if (ws.every((w) => /^[A-Z]/u.test(w))) return false;
  let bare = 0;
  for (const w of ws) {
    const k = w.toLowerCase();
    if (!isSyllableFold(k)) return false;
    if (!isSyllable(k)) bare++;
  }
  return bare * 3 >= ws.length;
}

/** the share of a draft's words written with a Vietnamese mark or another non-ASCII letter */
export function markedShare(texts: readonly string[]): number {
  let words = 0;
  let marked = 0;
  for (const t of texts) {
    for (const m of matchesOf(/\p{L}+/gu, t)) {
      words++;
      // eslint-disable-next-line no-control-regex
      if (/[^\x00-\x7f]/u.test(m[0])) marked++;
    }
  }
  return words === 0 ? 0 : marked / words;
}

/** a draft is written with marks when this share of its words or more carry one (Vietnamese prose: about two thirds) */
export const MARKED_DRAFT = 0.4;
