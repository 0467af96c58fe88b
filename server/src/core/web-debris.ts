/**
 * Web page debris inside a line of a draft ("huyệnnbsp;ủy", "&amp;", "- Ảnh 1.", "{title}",
 * "%image_alt%", an image file name): the patterns of dictionaries/web-debris.json `inline`.
 * The web-leftover rule reports them; spelling and spacing leave their letters alone.
 */
import debris from '../../../dictionaries/web-debris.json';
import { BoundedCache } from './bounded-cache.js';
import { firstAtOrAfter } from './sorted.js';

/** remove the match; decode an HTML entity; put a space where a line-breaking tag was */
export type DebrisAction = 'remove' | 'decode' | 'space';

interface InlineDebris {
  name: string;
  action: DebrisAction;
  re: RegExp;
}

/** Debris inside a line ("huyệnnbsp;ủy", "- Ảnh 1.", "%image_alt%"): dictionaries/web-debris.json `inline`. */
const INLINE: InlineDebris[] = debris.inline.map((e) => ({
  name: e.name,
  action: e.action === 'decode' || e.action === 'space' ? e.action : 'remove',
  re: new RegExp(e.pattern, (e as { caseSensitive?: boolean }).caseSensitive ? 'gu' : 'giu'),
}));

const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', ndash: '–', mdash: '—', hellip: '…',
  laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
};

/** The character an HTML entity stands for ("&amp;" → "&", "nbsp;" → " "). */
export function decodeEntity(entity: string): string {
  const name = entity.replace(/^&/u, '').replace(/;$/u, '').toLowerCase();
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
  return ENTITIES[name] ?? entity;
}

export interface DebrisSpan {
  /** where the match starts, with the blanks a pattern takes along ("  - Ảnh 1") */
  from: number;
  /** where the debris a reader sees starts */
  start: number;
  end: number;
  name: string;
  action: DebrisAction;
}

/** Inline debris of `text` between `from` and `to`, in order, never overlapping. */
export function inlineDebris(text: string, from = 0, to = text.length): DebrisSpan[] {
  const seg = text.slice(from, to);
  // what earlier patterns took, in order and never overlapping: a binary search tells whether
  // a match overlaps one (a scan of them all is quadratic on a long line full of debris)
  let out: DebrisSpan[] = [];
  for (const d of INLINE) {
    const taken: DebrisSpan[] = [];
    for (const m of seg.matchAll(d.re)) {
      const at = from + (m.index ?? 0);
      const end = at + m[0].length;
      let start = at;
      while (start < end && /[ \t\u00a0]/u.test(text[start])) start++;
      if (start === end) continue;
      const k = firstAtOrAfter(out, end, (o) => o.start) - 1;
      if (k >= 0 && out[k].end > start) continue;
      // a pattern's own matches never overlap one another
      taken.push({ from: at, start, end, name: d.name, action: d.action });
    }
    if (taken.length > 0) out = mergeByStart(out, taken);
  }
  return out;
}

/** Two lists sorted by start, as one. */
function mergeByStart(a: DebrisSpan[], b: DebrisSpan[]): DebrisSpan[] {
  const out: DebrisSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].start < b[j].start) ? a[i++] : b[j++]);
  return out;
}

/** Every inline pattern's `cue` (dictionaries/web-debris.json): one regular expression, no word lists in code. */
const CUES = new RegExp(debris.inline.map((e) => e.cue).join('|'), 'iu');

/** A cheap test before scanning: most drafts have no inline debris at all. */
export function mayHaveDebris(text: string): boolean {
  return CUES.test(text);
}

type Paragraphs = ReadonlyArray<{ start: number; end: number }>;

/**
 * Inline debris of each paragraph of a draft, from its prose view, found once per draft:
 * web-leftover reports it, spelling and spacing skip it (each ran every pattern over the draft).
 * A paragraph's debris depends on its text alone (the patterns never look past it), so a
 * re-check after an edit takes the other paragraphs' from `byParagraph`.
 */
export function paragraphDebris(view: string, paragraphs: Paragraphs): ReadonlyArray<readonly DebrisSpan[]> {
  const known = found.get(paragraphs);
  if (known && known.view === view) return known.lists;
  const lists = mayHaveDebris(view) ? paragraphs.map((p) => debrisOf(view, p.start, p.end)) : paragraphs.map(() => []);
  found.set(paragraphs, { view, lists });
  return lists;
}
const found = new WeakMap<Paragraphs, { view: string; lists: ReadonlyArray<readonly DebrisSpan[]> }>();

/** debris of a paragraph's prose, offsets from its start (copies: bounded-cache.ts) */
const byParagraph = new BoundedCache<DebrisSpan[]>('web-debris.paragraphs', 2 * 1024 * 1024);

/** inlineDebris(view, start, end), from the paragraph memo when its text was seen before */
function debrisOf(view: string, start: number, end: number): DebrisSpan[] {
  return debrisInParagraph(view.slice(start, end)).map((d) => ({ ...d, from: d.from + start, start: d.start + start, end: d.end + start }));
}

/** The inline debris of one paragraph's prose, offsets from its start (kept by its text). */
export function debrisInParagraph(seg: string): readonly DebrisSpan[] {
  // a cue is a necessary condition of every pattern: most paragraphs are settled here (and a
  // hostile paragraph of blanks never meets the patterns that start with blanks)
  if (!mayHaveDebris(seg)) return [];
  let local = byParagraph.get(seg);
  if (!local) byParagraph.set(seg, (local = inlineDebris(seg)));
  return local;
}

/** Inline debris of every paragraph of a draft, from its prose view (for rules that skip it). */
export function draftDebris(view: string, paragraphs: Paragraphs): Array<{ start: number; end: number }> {
  return paragraphDebris(view, paragraphs).flat();
}
