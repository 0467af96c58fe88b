/**
 * A Word draft (.docx) as lintable text. Each paragraph of word/document.xml (tables' and text
 * boxes' paragraphs included, empty ones too) becomes one line, so a finding's line is the
 * paragraph's number and its column counts UTF-16 units inside the paragraph — what the CLI
 * prints as `file.docx:paragraph:column`. A line break or a tab inside a paragraph is one
 * character (a space, a tab), so the paragraph stays one line for the structure detectors
 * (headline, lead, byline are lines). Deleted tracked changes and field codes are not text.
 *
 * Every character keeps where it came from in the XML, so comments can be anchored on the
 * exact text a finding covers (comments.ts). Pure: bytes in, values out; never throws for a bad
 * file (a value says what is wrong).
 */
import { unzipSync, type Unzipped } from 'fflate';

export const DOCUMENT_PART = 'word/document.xml';

/** A run (`<w:r>`) a character sits in: where it starts and ends in the XML, and its formatting. */
export interface RunInfo {
  start: number;
  end: number;
  /** the run's `<w:rPr>…</w:rPr>` ('' when none), copied onto the pieces of a split run */
  rPr: string;
  /** XML offset of the run's first text or element and end of its last one */
  contentStart: number;
  contentEnd: number;
}

/** Where one character of the text came from. */
export interface CharSource {
  /** XML offsets of the character (an entity spans several bytes) */
  xmlStart: number;
  xmlEnd: number;
  run?: RunInfo;
  /** the `<w:t …>` open tag the character is inside (absent for a tab or a break element) */
  tOpen?: { start: number; end: number };
}

export interface DocxParagraph {
  /** offset of the paragraph's first character in the text */
  start: number;
  end: number;
  /** XML offset just after the paragraph's open tag, and of its close tag (where markers can go) */
  xmlContentStart: number;
  xmlContentEnd: number;
}

export interface DocxText {
  text: string;
  paragraphs: DocxParagraph[];
  /** one entry per UTF-16 unit of `text` ('\n' between paragraphs has none: undefined) */
  sources: Array<CharSource | undefined>;
  xml: string;
}

export type DocxFailure = 'notZip' | 'noDocument' | 'tooLarge' | 'badXml';
export type DocxRead = { ok: true; doc: DocxText; files: Unzipped } | { ok: false; kind: DocxFailure };

/** "PK\x03\x04": the local file header every zip (and so every .docx) starts with */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Unzip a .docx. `all` keeps every part (to write a copy); otherwise only the document part is
 * inflated. `maxXml` caps what one part may inflate to (a zip bomb is refused, not read).
 */
export function readDocx(bytes: Uint8Array, maxXml: number, all = false): DocxRead {
  if (!looksLikeZip(bytes)) return { ok: false, kind: 'notZip' };
  let files: Unzipped;
  let tooLarge = false;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.originalSize > maxXml) {
          if (f.name === DOCUMENT_PART || all) tooLarge = true;
          return false;
        }
        return all || f.name === DOCUMENT_PART;
      },
    });
  } catch {
    return { ok: false, kind: 'notZip' };
  }
  if (tooLarge) return { ok: false, kind: 'tooLarge' };
  const part = files[DOCUMENT_PART];
  // a copy is written from every part: one without its content types would not open in Word
  if (!part || (all && !files['[Content_Types].xml'])) return { ok: false, kind: 'noDocument' };
  if (part.length > maxXml) return { ok: false, kind: 'tooLarge' };
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(part);
  } catch {
    return { ok: false, kind: 'badXml' };
  }
  const doc = documentText(xml);
  return doc ? { ok: true, doc, files } : { ok: false, kind: 'badXml' };
}

const TAG = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** elements that stand for one character of text inside a run */
const CHAR_ELEMENTS: Record<string, string> = { 'w:tab': '\t', 'w:ptab': '\t', 'w:br': ' ', 'w:cr': ' ', 'w:noBreakHyphen': '-' };

interface OpenParagraph {
  text: string;
  sources: CharSource[];
  xmlContentStart: number;
  order: number;
}

/** The text of word/document.xml and where each character came from; undefined for XML this reader cannot follow. */
export function documentText(xml: string): DocxText | undefined {
  const done: Array<OpenParagraph & { xmlContentEnd: number }> = [];
  const paragraphs: OpenParagraph[] = [];
  /** open runs, with the number of open paragraphs when each opened (a text box nests paragraphs in a run) */
  const runs: Array<RunInfo & { depth: number }> = [];
  let order = 0;
  /** inside <w:t>: the open tag's range */
  let inText: { start: number; end: number } | undefined;
  /** depth inside mc:Fallback (a second copy of the same text box) */
  let skip = 0;
  TAG.lastIndex = 0;
  let last = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const p = paragraphs[paragraphs.length - 1];
    const top = runs[runs.length - 1];
    // a tab stop in a text box's paragraph properties is not inside the outer run's text
    const run = top && top.depth === paragraphs.length ? top : undefined;
    if (inText && p && !skip) addText(xml, last, m.index, p, run, inText);
    last = TAG.lastIndex;
    const name = m[2];
    if (!name) continue; // comment, declaration, CDATA outside text
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    if (name === 'mc:Fallback') {
      if (!closing && !selfClosing) skip++;
      else if (closing) skip = Math.max(0, skip - 1);
      continue;
    }
    if (skip) continue;
    if (name === 'w:p') {
      if (closing) {
        const open = paragraphs.pop();
        if (!open) return undefined;
        done.push({ ...open, xmlContentEnd: m.index });
      } else if (selfClosing) {
        done.push({ text: '', sources: [], xmlContentStart: -1, xmlContentEnd: -1, order: order++ });
      } else {
        paragraphs.push({ text: '', sources: [], xmlContentStart: last, order: order++ });
      }
    } else if (name === 'w:r') {
      if (closing) {
        const r = runs.pop();
        if (r) r.end = last;
      } else if (!selfClosing) {
        runs.push({ start: m.index, end: -1, rPr: rPrAt(xml, last), contentStart: -1, contentEnd: -1, depth: paragraphs.length });
      }
    } else if (name === 'w:t') {
      if (closing) inText = undefined;
      else if (!selfClosing) inText = { start: m.index, end: last };
    } else if (!closing && p && run && CHAR_ELEMENTS[name] !== undefined) {
      push(p, run, CHAR_ELEMENTS[name], { xmlStart: m.index, xmlEnd: last, run });
    }
  }
  if (paragraphs.length) return undefined;
  done.sort((a, b) => a.order - b.order);
  let text = '';
  const sources: Array<CharSource | undefined> = [];
  const out: DocxParagraph[] = [];
  done.forEach((p, k) => {
    if (k) {
      text += '\n';
      sources.push(undefined);
    }
    out.push({ start: text.length, end: text.length + p.text.length, xmlContentStart: p.xmlContentStart, xmlContentEnd: p.xmlContentEnd });
    text += p.text;
    for (const s of p.sources) sources.push(s);
  });
  return { text, paragraphs: out, sources, xml };
}

function push(p: OpenParagraph, run: RunInfo, ch: string, source: CharSource): void {
  p.text += ch;
  p.sources.push(source);
  if (run.contentStart < 0) run.contentStart = source.xmlStart;
  run.contentEnd = source.xmlEnd;
}

/** The `<w:rPr>` element right after a run's open tag, if any. */
function rPrAt(xml: string, at: number): string {
  if (!xml.startsWith('<w:rPr', at)) return '';
  if (/^<w:rPr\s*\/>/.test(xml.slice(at, at + 12))) return xml.slice(at, xml.indexOf('>', at) + 1);
  const close = xml.indexOf('</w:rPr>', at);
  return close < 0 ? '' : xml.slice(at, close + 8);
}

/** Characters of a <w:t> between `from` and `to`, entities decoded, each mapped to its bytes. */
function addText(xml: string, from: number, to: number, p: OpenParagraph, run: RunInfo | undefined, tOpen: { start: number; end: number }): void {
  if (!run) return;
  let i = from;
  while (i < to) {
    let ch = xml[i];
    let next = i + 1;
    if (ch === '&') {
      const semi = xml.indexOf(';', i);
      if (semi > i && semi < to) {
        const name = xml.slice(i + 1, semi);
        const decoded = name[0] === '#' ? fromCharRef(name) : ENTITIES[name];
        if (decoded !== undefined) {
          ch = decoded;
          next = semi + 1;
        }
      }
    } else if (ch === '\r' || ch === '\n') {
      ch = ' ';
    } else {
      const code = ch.charCodeAt(0);
      // a surrogate pair stays together in the source map (both units point at it)
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
        ch = xml.slice(i, i + 2);
        next = i + 2;
      }
    }
    for (let k = 0; k < ch.length; k++) push(p, run, ch[k], { xmlStart: i, xmlEnd: next, run, tOpen });
    i = next;
  }
}

function fromCharRef(name: string): string | undefined {
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  if (!Number.isFinite(code) || code < 1 || code > 0x10ffff) return undefined;
  const ch = String.fromCodePoint(code);
  return ch === '\n' || ch === '\r' ? ' ' : ch;
}
