/**
 * duplicate-sentence (NORM-03): the same line or sentence twice in one draft. Web pages repeat
 * photo captions (the image's alt text and its caption) and copy-paste repeats a lead; the
 * second copy is flagged. Only a whole paragraph repeated right after itself is removed by
 * `--fix`; elsewhere a reader decides which copy goes (suggestion).
 * Texts are compared NFC, case- and whitespace-insensitive; short lines (< 4 words) such as
 * "Ảnh: PV" and bylines or web debris are ignored, and so is a short exclamation (< 8 words
 * ending in "!"): a radio script greets its listeners twice ("Thưa quý vị và các bạn!") and a
 * slogan may close two paragraphs, while a copied caption or lead never ends that way.
 */
import { positionAt, type Paragraph, type Sentence } from '../core/draft.js';
import type { Rule, TextEdit } from '../core/types.js';
import { collapseSpaces, nfc } from '../core/normalise.js';
import { BoundedCache } from '../core/bounded-cache.js';
import { paragraphMemosOn, paragraphText } from '../core/paragraph-memo.js';

const MIN_WORDS = 4;
/** a sentence inside a longer paragraph, or a paragraph found inside another, needs more words to be a copy */
const MIN_WORDS_PART = 8;

/**
 * keys of recent paragraphs and sentences: a re-check after an edit meets the same texts
 * again. Bounded by bytes and holding copies (bounded-cache.ts), not slices of old drafts.
 */
const KEYS = new BoundedCache<Keyed>('duplicate-sentence.keys', 4 * 1024 * 1024);

/**
 * A text's comparison key and its number of words, kept together: each paragraph and sentence
 * of the draft is counted on every re-check, and the cache's copy of the key is one string
 * from check to check, whose hash the maps of the comparison know.
 */
interface Keyed {
  k: string;
  n: number;
}

function key(s: string): Keyed {
  // a one-shot lint (the CLI: paragraph-memo.ts setParagraphMemos) meets each text once, and no
  // later check asks for the copy the cache would make and size of it: on a 4 MB single line,
  // storing the keys of its thousands of sentences cost the rule nearly half its time
  if (!paragraphMemosOn()) {
    const k = computeKey(s);
    return { k, n: wordCount(k) };
  }
  let e = KEYS.get(s);
  if (e === undefined) {
    const k = computeKey(s);
    KEYS.set(s, { k, n: wordCount(k) });
    // (the cache's copy, when it kept one: a key of the draft's slices would hold the draft)
    e = KEYS.get(s) ?? { k, n: wordCount(k) };
  }
  return e;
}

/** Number of words of a key (its single spaces + 1), as `k.split(' ').length`. */
function wordCount(k: string): number {
  let n = 1;
  for (let i = k.indexOf(' '); i >= 0; i = k.indexOf(' ', i + 1)) n++;
  return n;
}

function computeKey(s: string): string {
  const k = collapseSpaces(nfc(s).toLowerCase());
  let end = k.length;
  while (end > 0 && (k[end - 1] === ' ' || k[end - 1] === '.' || k[end - 1] === '…')) end--;
  return k.slice(0, end).trim();
}

/**
 * `k` repeats `source` after a source tag or a place name cut away: "(Đài huyện) - Sáng 3-4, …"
 * then "Sáng 3-4, …"; "Đức Phổ: Tập huấn …" then "Tập huấn …". A phrase found in the middle of a
 * sentence is not a copy (a caption often reuses words of the lead).
 */
function repeats(k: string, source: string): boolean {
  if (source === k) return true;
  if (!source.endsWith(k)) return false;
  const prefix = source.slice(0, source.length - k.length).trim();
  return /[-–:)]$/u.test(prefix) && prefix.split(' ').length <= 6;
}

function compared(p: Paragraph): boolean {
  return p.kind === 'headline' || p.kind === 'lead' || p.kind === 'body';
}

/** end of the line that holds `offset` (before its line break) */
function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

export const duplicateSentence: Rule = {
  meta: {
    id: 'duplicate-sentence',
    category: 'text',
    defaultSeverity: 'warning',
    fixable: true,
    description: { vi: 'Câu hoặc dòng bị lặp lại trong bài.', en: 'A sentence or line repeated in the draft.' },
    rationale: {
      vi: 'Khi sao chép từ trang web, chú thích ảnh hay câu mở đầu thường bị lặp hai lần. Bản sao thứ hai cần được xóa.',
      en: 'Copying from a web page often repeats a photo caption or the lead. The second copy should go.',
    },
    messages: {
      paragraph: { vi: 'Dòng này lặp lại nguyên văn dòng {line}.', en: 'This line repeats line {line} word for word.' },
      contained: { vi: 'Dòng này lặp lại nội dung đã có ở dòng {line}.', en: 'This line repeats text already on line {line}.' },
      sentence: { vi: 'Câu này lặp lại câu ở dòng {line}.', en: 'This sentence repeats the one on line {line}.' },
      remove: { vi: 'Xóa phần lặp lại', en: 'Remove the repetition' },
    },
  },
  check({ draft, report }) {
    const { text } = draft;
    const byKey = new Map<string, Paragraph>();
    // earlier paragraphs and sentences by the end of their key: a copy ends the same way
    const TAIL = 24;
    const byTail = new Map<string, Array<{ p: Paragraph; key: string }>>();
    const remember = (p: Paragraph, k: string): void => {
      const t = k.slice(-TAIL);
      const list = byTail.get(t);
      if (list) list.push({ p, key: k });
      else byTail.set(t, [{ p, key: k }]);
    };
    const sentencesSeen = new Map<string, Sentence>();
    const paragraphs = draft.paragraphs;
    const lineOf = (q: Paragraph | Sentence): number => positionAt(draft.lineStarts, q.start).line + 1;

    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i];
      if (!compared(p)) continue;
      // (the paragraph's text as the parse keyed it: no new slice hashed on each re-check)
      const { k, n: words } = key(paragraphText(draft, p));

      if (words >= MIN_WORDS && p.kind !== 'headline' && !isFormula(k, words)) {
        const sameP = byKey.get(k);
        const same = sameP ? { p: sameP } : undefined;
        if (same) {
          const edits: TextEdit[] = [];
          const prev = paragraphs[i - 1];
          const removal = { start: prev ? prev.end : p.start, end: p.end };
          const eol = lineEnd(text, p.end);
          if (/^[ \t\u00a0]*$/.test(text.slice(p.end, eol))) removal.end = eol;
          if (prev === same.p) edits.push({ ...removal, text: '' });
          report({
            start: p.start,
            end: p.end,
            messageId: 'paragraph',
            args: { line: lineOf(same.p) },
            ...(edits.length ? { fix: edits } : {}),
            suggestions: [{ messageId: 'remove', edits: [{ ...removal, text: '' }] }],
          });
          continue;
        }
        if (words >= MIN_WORDS_PART && k.length >= TAIL) {
          const container = (byTail.get(k.slice(-TAIL)) ?? []).find((s) => repeats(k, s.key));
          if (container) {
            const prev = paragraphs[i - 1];
            report({
              start: p.start,
              end: p.end,
              messageId: 'contained',
              args: { line: lineOf(container.p) },
              suggestions: [{ messageId: 'remove', edits: [{ start: prev ? prev.end : p.start, end: p.end, text: '' }] }],
            });
            continue;
          }
        }
      }

      // sentences of a paragraph that is not a copy as a whole (their keys kept for `remember`)
      const sentenceKeys: string[] = [];
      for (const s of p.sentences) {
        const { k: sk, n } = key(s.text);
        sentenceKeys.push(sk);
        if (n < MIN_WORDS_PART) continue;
        const earlier = sentencesSeen.get(sk);
        if (earlier && p.kind !== 'headline') {
          // the sentence and the blanks after it (or before it, at the end of a paragraph)
          let start = s.start;
          let end = s.end;
          // walked character by character: a regex over a slice of the paragraph would make a
          // paragraph of many repeated sentences quadratic
          while (end < p.end && isBlank(text.charCodeAt(end))) end++;
          if (end === s.end) while (start > p.start && isBlank(text.charCodeAt(start - 1))) start--;
          report({
            start: s.start,
            end: s.end,
            messageId: 'sentence',
            args: { line: lineOf(earlier) },
            suggestions: [{ messageId: 'remove', edits: [{ start, end, text: '' }] }],
          });
        } else if (!earlier) sentencesSeen.set(sk, s);
      }
      if (!byKey.has(k)) byKey.set(k, p);
      remember(p, k);
      if (p.sentences.length > 1) for (const sk of sentenceKeys) remember(p, sk);
    }
  },
};

/**
 * A short exclamation on a line of its own — an address to the audience or a slogan — which a
 * draft may say twice on purpose. (The key keeps the "!": only trailing "." and "…" are cut.)
 */
function isFormula(k: string, words: number): boolean {
  return words < MIN_WORDS_PART && k.endsWith('!');
}

/** A space, a tab or a no-break space: the blanks a removed sentence takes with it. */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}
