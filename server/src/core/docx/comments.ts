/**
 * A copy of a Word draft with findings as Word comments, each anchored on the text it is about
 * (commentRangeStart/End around it, a commentReference run after it). A boundary that falls
 * inside a run splits the run in two with the same formatting, so the text and its look are
 * unchanged; existing comments are kept (new ids come after theirs). The bytes of the original
 * are only read.
 */
import { strToU8, zipSync, type Unzipped } from 'fflate';
import { DOCUMENT_PART, type CharSource, type DocxText } from './document.js';
import { matchesOf } from '../matches.js';

export interface DocxComment {
  /** offsets in the text of documentText() */
  start: number;
  end: number;
  text: string;
}

export interface CommentAuthor {
  name: string;
  initials: string;
}

const COMMENTS_PART = 'word/comments.xml';
const RELS_PART = 'word/_rels/document.xml.rels';
const TYPES_PART = '[Content_Types].xml';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';

/** Text for XML content and attributes: escaped, and without the control characters XML forbids. */
export function xmlText(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** Where a marker goes: between runs (`at`), or inside a run that must be split there. */
interface Spot {
  at: number;
  split?: { rPr: string; inText: boolean; tOpen?: { start: number; end: number } };
}

function spotOf(src: CharSource, side: 'before' | 'after'): Spot {
  const x = side === 'before' ? src.xmlStart : src.xmlEnd;
  const run = src.run!;
  if (x === run.contentStart) return { at: run.start };
  if (x === run.contentEnd) return { at: run.end };
  return { at: x, split: { rPr: run.rPr, inText: Boolean(src.tOpen), tOpen: src.tOpen } };
}

/** The visible span a comment covers: a caret (empty span) takes the character after it, or before it. */
function visibleSpan(doc: DocxText, start: number, end: number): [number, number] | undefined {
  const has = (k: number): boolean => k >= 0 && k < doc.sources.length && doc.sources[k] !== undefined;
  if (end > start) {
    let s = start;
    let e = end;
    while (s < e && !has(s)) s++;
    while (e > s && !has(e - 1)) e--;
    if (e > s) return [s, e];
  }
  if (has(start)) return [start, start + 1];
  if (has(start - 1)) return [start - 1, start];
  // an empty paragraph or the end of the text: the nearest character, forward then back
  for (let k = start; k < doc.sources.length; k++) if (has(k)) return [k, k + 1];
  for (let k = Math.min(start, doc.sources.length) - 1; k >= 0; k--) if (has(k)) return [k, k + 1];
  return undefined;
}

interface Edit {
  at: number;
  /** replace up to here (the <w:t> open tag that gains xml:space="preserve") */
  to?: number;
  text: string;
}

/**
 * The bytes of a .docx with `comments` added. `files` are all parts of the original (readDocx
 * with `all`); `doc` its text. Comments with no text to anchor on (an empty document) are left
 * out; the count of those written is returned.
 */
export function docxWithComments(files: Unzipped, doc: DocxText, comments: DocxComment[], author: CommentAuthor): { bytes: Uint8Array; written: number } {
  const decoder = new TextDecoder();
  const existing = files[COMMENTS_PART] ? decoder.decode(files[COMMENTS_PART]) : undefined;
  let nextId = 0;
  if (existing) for (const m of matchesOf(/<w:comment\b[^>]*\bw:id="(-?\d+)"/g, existing)) nextId = Math.max(nextId, Number(m[1]) + 1);

  /** markers per XML offset: comment ends first, then starts (either order is valid; this one is stable) */
  const marks = new Map<number, { spot: Spot; ends: string[]; starts: string[] }>();
  const mark = (spot: Spot, kind: 'ends' | 'starts', xml: string): void => {
    let m = marks.get(spot.at);
    if (!m) marks.set(spot.at, (m = { spot, ends: [], starts: [] }));
    m[kind].push(xml);
  };
  let body = '';
  let written = 0;
  for (const c of comments) {
    const span = visibleSpan(doc, c.start, c.end);
    if (!span) continue;
    let [s, e] = span;
    let from = spotOf(doc.sources[s]!, 'before');
    let to = spotOf(doc.sources[e - 1]!, 'after');
    // a span from a paragraph into a text box nested in it runs backwards in the XML: keep its first character
    if (to.at < from.at) {
      e = s + 1;
      from = spotOf(doc.sources[s]!, 'before');
      to = spotOf(doc.sources[s]!, 'after');
    }
    const id = nextId++;
    mark(from, 'starts', `<w:commentRangeStart w:id="${id}"/>`);
    mark(to, 'ends', `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`);
    body += `<w:comment w:id="${id}" w:author="${xmlText(author.name)}" w:initials="${xmlText(author.initials)}"><w:p><w:r><w:t xml:space="preserve">${xmlText(c.text)}</w:t></w:r></w:p></w:comment>`;
    written++;
  }

  const edits: Edit[] = [];
  const preserved = new Set<number>();
  for (const { spot, ends, starts } of marks.values()) {
    const markers = ends.join('') + starts.join('');
    const split = spot.split;
    if (!split) {
      edits.push({ at: spot.at, text: markers });
      continue;
    }
    // close the run (and its text), put the markers between runs, reopen with the same formatting
    const t = split.inText ? ['</w:t>', '<w:t xml:space="preserve">'] : ['', ''];
    edits.push({ at: spot.at, text: `${t[0]}</w:r>${markers}<w:r>${split.rPr}${t[1]}` });
    // the text on each side of the cut keeps its edge spaces
    if (split.tOpen && !preserved.has(split.tOpen.start)) {
      preserved.add(split.tOpen.start);
      edits.push({ at: split.tOpen.start, to: split.tOpen.end, text: '<w:t xml:space="preserve">' });
    }
  }
  edits.sort((a, b) => b.at - a.at);
  let xml = doc.xml;
  for (const e of edits) xml = xml.slice(0, e.at) + e.text + xml.slice(e.to ?? e.at);

  const out: Unzipped = { ...files, [DOCUMENT_PART]: strToU8(xml) };
  out[COMMENTS_PART] = strToU8(
    existing
      ? existing.replace(/<\/w:comments>\s*$/, `${body}</w:comments>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}">${body}</w:comments>`,
  );
  if (!existing) {
    out[RELS_PART] = strToU8(withCommentsRelation(files[RELS_PART] ? decoder.decode(files[RELS_PART]) : undefined));
    out[TYPES_PART] = strToU8(withCommentsType(decoder.decode(files[TYPES_PART] ?? new Uint8Array())));
  }
  return { bytes: zipSync(out, { level: 6 }), written };
}

function withCommentsRelation(rels: string | undefined): string {
  const ns = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const base = rels ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns}"></Relationships>`;
  if (base.includes(COMMENTS_REL)) return base;
  let id = 'rIdSoatTinComments';
  while (base.includes(`Id="${id}"`)) id += '1';
  return base.replace(/<\/Relationships>\s*$/, `<Relationship Id="${id}" Type="${COMMENTS_REL}" Target="comments.xml"/></Relationships>`);
}

function withCommentsType(types: string): string {
  if (types.includes('PartName="/word/comments.xml"')) return types;
  return types.replace(/<\/Types>\s*$/, `<Override PartName="/word/comments.xml" ContentType="${COMMENTS_TYPE}"/></Types>`);
}
