// Drafts for `npm run bench`, made of real text: the unlabelled pool of ../shared/corpus (252
// real drafts, about 0.3 MB), read at run time — the bench is a dev tool and ships nothing of
// it. Repeating one paragraph flatters every cache (parser, spelling memo, duplicate keys), so
// the bench recombines paragraphs of different drafts, rotates the sentences of a paragraph
// and shifts numbers: the drafts of a 5 MB folder are all different, and most of their
// paragraphs and sentences are too (short lines and some sentences recur: 5 MB is sixteen
// times the pool).
// Without ../shared the four examples/ drafts stand in, and the bench says so.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const POOL = resolve('../shared/corpus/unlabelled');

/** The source drafts: `{ origin, note, drafts: [{ name, text, lines }] }`. */
export function loadSources() {
  const fromPool = existsSync(POOL) && readdirSync(POOL).some((f) => /^\d+\.txt$/.test(f));
  const dir = fromPool ? POOL : resolve('examples');
  const files = readdirSync(dir)
    .filter((f) => (fromPool ? /^\d+\.txt$/.test(f) : /\.(txt|md)$/.test(f)))
    .sort();
  const drafts = files.map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    return { name: f, text, lines: text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean) };
  });
  const bytes = drafts.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const note = fromPool
    ? `unlabelled pool (${drafts.length} real drafts, ${(bytes / 1024 / 1024).toFixed(2)} MB), recombined`
    : `examples/ only (${drafts.length} drafts): ../shared/corpus/unlabelled is absent, so the figures flatter the caches`;
  return { origin: fromPool ? 'pool' : 'examples', note, drafts, bytes };
}

/** A seeded random generator (mulberry32): the same drafts and edits on every run. */
export function randomFrom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, xs) => xs[Math.floor(random() * xs.length)];

/** Sentences of a line, naively (enough to rotate them): a full stop, ! or ? then a capital. */
const SENTENCE_END = /(?<=[.!?…])\s+(?=[\p{Lu}“"(])/u;

/**
 * Everyday words that can stand in for each other without making a sentence wrong (lower
 * case, so no capitalisation rule sees a difference): swapping some of them makes a sentence
 * that recurs in a 5 MB folder a different sentence each time.
 */
const SWAPS = new Map(
  [
    ['các', 'những'],
    ['và', 'cùng'],
    ['đã', 'vừa'],
    ['tổ chức', 'triển khai'],
    ['cán bộ', 'công chức'],
    ['tham dự', 'tham gia'],
    ['nhằm', 'để'],
    ['nâng cao', 'tăng cường'],
    ['trên', 'tại'],
    ['học viên', 'đại biểu'],
    ['nội dung', 'chuyên đề'],
    ['công tác', 'nhiệm vụ'],
  ].flatMap(([a, b]) => [
    [a, b],
    [b, a],
  ]),
);
const SWAPPABLE = new RegExp(`(?<!\\p{L})(?:${[...SWAPS.keys()].join('|')})(?!\\p{L})`, 'gu');

/**
 * One paragraph made different by `variant` (0: as it is): its sentences rotated, its numbers
 * shifted (days and months stay plausible, counts and years move), some everyday words swapped.
 */
export function vary(line, variant) {
  if (variant <= 0) return line;
  let out = line;
  const parts = line.split(SENTENCE_END);
  if (parts.length > 1) {
    const k = variant % parts.length;
    out = [...parts.slice(k), ...parts.slice(0, k)].join(' ');
  }
  const shift = 1 + (variant % 97);
  out = out.replace(/\d+/g, (d) => {
    const n = Number(d);
    if (d.length > 6 || n === 0) return d;
    if (n <= 12) return String(((n - 1 + shift) % 12) + 1);
    if (n <= 31) return String(13 + ((n - 13 + shift) % 16));
    return String(n + shift);
  });
  let j = 0;
  const bits = Math.imul(variant, 2654435761) >>> 0;
  return out.replace(SWAPPABLE, (w) => ((bits >>> (j++ % 32)) & 1 ? SWAPS.get(w) : w));
}

/**
 * A draft of about `bytes` bytes: the headline of one pool draft, then runs of two to five
 * consecutive paragraphs of other drafts (a story keeps some local sense), then a closing
 * line of the first draft (often its byline). `variant` 0 leaves the paragraphs as they are.
 */
export function makeDraft(sources, random, bytes, variant = 0) {
  const first = pick(random, sources.drafts);
  const out = [vary(first.lines[0], variant)];
  // every paragraph its own variant (0 stays 0: the pool's text as it is)
  let next = variant * 1009;
  let size = Buffer.byteLength(out[0]);
  while (size < bytes) {
    const d = pick(random, sources.drafts);
    if (d.lines.length < 3) continue;
    const from = 1 + Math.floor(random() * (d.lines.length - 2));
    const run = 2 + Math.floor(random() * 4);
    for (let i = from; i < Math.min(d.lines.length - 1, from + run) && size < bytes; i++) {
      const line = vary(d.lines[i], variant && ++next);
      out.push(line);
      size += Buffer.byteLength(line) + 2;
    }
  }
  if (first.lines.length > 1) out.push(vary(first.lines[first.lines.length - 1], variant));
  return out.join('\n\n') + '\n';
}

/**
 * A folder's worth of drafts: about `total` bytes of drafts of 2 to 12 KB, each one
 * different (its own recombination and number shift).
 */
export function makeFolder(sources, total, seed = 1) {
  const random = randomFrom(seed);
  const drafts = [];
  let size = 0;
  for (let i = 0; size < total; i++) {
    const text = makeDraft(sources, random, 2048 + Math.floor(random() * 10 * 1024), i + 1);
    drafts.push(text);
    size += Buffer.byteLength(text);
  }
  const paragraphs = drafts.flatMap((d) => d.split('\n\n'));
  return { drafts, bytes: size, distinct: new Set(paragraphs).size / paragraphs.length };
}

/** One line of about `bytes` bytes: the pool's paragraphs joined by spaces, varied as they repeat. */
export function singleLine(sources, bytes) {
  const parts = [];
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    for (const d of sources.drafts) {
      for (const l of d.lines) {
        const v = vary(l, round);
        parts.push(v);
        size += Buffer.byteLength(v) + 1;
        if (size >= bytes) break;
      }
      if (size >= bytes) break;
    }
  }
  return parts.join(' ');
}

/** Letters a reporter types, and words to type over others with. */
const TYPED = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ ,'];
const WORDS = ['huyện', 'tỉnh', 'cán bộ', 'hội nghị', 'lớp học', 'đồng chí', 'Ủy ban', 'tập huấn', 'năm', 'người', '2024', 'các'];

/**
 * A random edit of `text` as typing makes them: insert a letter, delete a character (never a
 * line break, so the draft keeps its paragraphs), or type a word over a word. Returns
 * `{ start, end, insert }` in UTF-16 offsets.
 */
export function randomEdit(text, random) {
  const at = Math.floor(random() * text.length);
  const r = random();
  if (r < 0.5 || text[at] === '\n' || text[at] === '\r') return { start: at, end: at, insert: pick(random, TYPED) };
  if (r < 0.8) {
    // never split a surrogate pair: the text stays valid UTF-16
    const end = /[\ud800-\udbff]/.test(text[at]) ? at + 2 : at + 1;
    return { start: at, end, insert: '' };
  }
  let start = at;
  while (start > 0 && /\p{L}/u.test(text[start - 1])) start--;
  let end = at;
  while (end < text.length && /\p{L}/u.test(text[end])) end++;
  return { start, end, insert: pick(random, WORDS) };
}

export const applyEdit = (text, e) => text.slice(0, e.start) + e.insert + text.slice(e.end);
