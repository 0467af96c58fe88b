/**
 * Word drafts built by the tests: the smallest .docx Word opens (content types, package and
 * document relationships, word/document.xml), with paragraphs given as plain strings or as runs
 * (bold runs, tabs, breaks) so the tests can put a finding across a run boundary.
 */
import { strToU8, strFromU8, unzipSync, zipSync } from 'fflate';

export type Piece = string | { text: string; bold?: boolean } | { tab: true } | { br: true };
export type ParagraphSpec = string | Piece[];

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function run(p: Piece): string {
  if (typeof p === 'string') return `<w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r>`;
  if ('tab' in p) return '<w:r><w:tab/></w:r>';
  if ('br' in p) return '<w:r><w:br/></w:r>';
  const rPr = p.bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return `<w:r>${rPr}<w:t>${esc(p.text)}</w:t></w:r>`;
}

export function documentXml(paragraphs: ParagraphSpec[]): string {
  const body = paragraphs
    .map((p) => (typeof p === 'string' ? (p ? `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>${run(p)}</w:p>` : '<w:p/>') : `<w:p>${p.map(run).join('')}</w:p>`))
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

export function docx(paragraphs: ParagraphSpec[], extra: Record<string, string> = {}): Buffer {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
    ),
    'word/document.xml': strToU8(documentXml(paragraphs)),
  };
  for (const [name, text] of Object.entries(extra)) files[name] = strToU8(text);
  return Buffer.from(zipSync(files));
}

/** The parts of a .docx as text. */
export function parts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name] = strFromU8(data);
  return out;
}

/** The comments of a .docx copy: each comment's message and the text between its range markers. */
export function commentsOf(bytes: Uint8Array): Array<{ id: string; message: string; anchored: string }> {
  const p = parts(bytes);
  const doc = p['word/document.xml'];
  const list: Array<{ id: string; message: string; anchored: string }> = [];
  for (const m of (p['word/comments.xml'] ?? '').matchAll(/<w:comment [^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g)) {
    const id = m[1];
    const message = [...m[2].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    const from = doc.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
    const to = doc.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
    const between = from >= 0 && to > from ? doc.slice(from, to) : '';
    // the visible text of the range: paragraph ends as new lines, tabs and breaks as their characters
    const anchored = between
      .replace(/<\/w:p>/g, '\n')
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<w:br\/>/g, ' ')
      .replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    list.push({ id, message: message.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'), anchored });
  }
  return list;
}
