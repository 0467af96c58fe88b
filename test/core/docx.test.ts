import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { documentText, readDocx } from '../../server/src/core/docx/document.js';
import { docxWithComments } from '../../server/src/core/docx/comments.js';
import { commentsOf, docx, documentXml, parts } from '../helpers/docx.js';

const LIMIT = 10 * 1024 * 1024;
const AUTHOR = { name: 'Soát Tin', initials: 'ST' };

function read(bytes: Uint8Array) {
  const r = readDocx(bytes, LIMIT, true);
  if (!r.ok) throw new Error(r.kind);
  return r;
}

describe('docx text', () => {
  it('gives one line per paragraph (empty ones too), runs joined, a tab and a break one character each', () => {
    const r = read(docx(['Tiêu đề bản tin', '', ['Sáng nay, ', { text: 'Sở Tư pháp', bold: true }, { tab: true }, 'mở lớp', { br: true }, 'tập huấn.'], 'A & B <C>']));
    expect(r.doc.text).toBe('Tiêu đề bản tin\n\nSáng nay, Sở Tư pháp\tmở lớp tập huấn.\nA & B <C>');
    expect(r.doc.paragraphs.map((p) => r.doc.text.slice(p.start, p.end))).toEqual(['Tiêu đề bản tin', '', 'Sáng nay, Sở Tư pháp\tmở lớp tập huấn.', 'A & B <C>']);
  });

  it('leaves out deleted tracked text, field codes and the fallback copy of a text box', () => {
    const xml = documentXml([]).replace(
      '<w:body>',
      '<w:body><w:p><w:r><w:t>Còn </w:t></w:r><w:del><w:r><w:delText>bỏ </w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>lại</w:t></w:r>' +
        '<w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Hộp</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r><w:t>Hộp</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>',
    );
    expect(documentText(xml)?.text).toBe('Còn lại\nHộp');
  });

  it('refuses what is not a Word draft, with the reason', () => {
    expect(readDocx(strToU8('Tin bài gõ bằng văn bản thường'), LIMIT)).toEqual({ ok: false, kind: 'notZip' });
    expect(readDocx(zipSync({ 'a.txt': strToU8('x') }), LIMIT)).toEqual({ ok: false, kind: 'noDocument' });
    const whole = docx(['Một đoạn văn đủ dài để nén.']);
    expect(readDocx(whole.subarray(0, whole.length - 30), LIMIT)).toMatchObject({ ok: false });
    expect(readDocx(whole, 100)).toEqual({ ok: false, kind: 'tooLarge' });
    expect(readDocx(zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p><w:r><w:t>x</w:t></w:r>') }), LIMIT)).toEqual({ ok: false, kind: 'badXml' });
  });
});

describe('docx comments', () => {
  const original = docx(['Lớp  tập huấn', ['Sáng nay, Sở ', { text: 'Tư pháp mở', bold: true }, ' lớp.'], '', 'Cuối bài']);

  it('anchors each comment on its text, splitting runs without changing the text or its formatting', () => {
    const r = read(original);
    const text = r.doc.text;
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const out = docxWithComments(r.files, r.doc, [
      { ...span('  '), text: 'Thừa dấu cách (spacing)' },
      { ...span('Sở Tư'), text: 'Ghi chú qua hai đoạn chạy' },
      { ...span('mở lớp'), text: 'Ghi chú "thứ ba" & <cuối>' },
    ], AUTHOR);
    expect(out.written).toBe(3);
    expect(commentsOf(out.bytes)).toEqual([
      { id: '0', message: 'Thừa dấu cách (spacing)', anchored: '  ' },
      { id: '1', message: 'Ghi chú qua hai đoạn chạy', anchored: 'Sở Tư' },
      { id: '2', message: 'Ghi chú "thứ ba" & <cuối>', anchored: 'mở lớp' },
    ]);
    const copy = read(out.bytes);
    expect(copy.doc.text).toBe(text);
    // the bold piece is still bold after the cut: "Tư" and " pháp mở" are both in bold runs
    const xml = parts(out.bytes)['word/document.xml'];
    expect(xml).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Tư</w:t></w:r>');
    expect(xml).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> pháp </w:t></w:r>');
    const p = parts(out.bytes);
    expect(p['[Content_Types].xml']).toContain('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>');
    expect(p['word/_rels/document.xml.rels']).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"');
    expect(p['word/comments.xml']).toContain('w:author="Soát Tin" w:initials="ST"');
  });

  it('puts a caret finding on the character next to it, and one on an empty paragraph on the nearest text', () => {
    const r = read(original);
    const at = r.doc.text.indexOf('lớp.') + 3;
    const empty = r.doc.paragraphs[2].start;
    const out = docxWithComments(r.files, r.doc, [{ start: at, end: at, text: 'caret' }, { start: empty, end: empty, text: 'empty' }], AUTHOR);
    expect(commentsOf(out.bytes).map((c) => c.anchored)).toEqual(['.', 'C']);
  });

  it('keeps the comments the draft already has and numbers the new ones after them', () => {
    const withOld = docx(['Một câu.'], {
      'word/comments.xml': '<?xml version="1.0"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="4" w:author="Biên tập"><w:p><w:r><w:t>cũ</w:t></w:r></w:p></w:comment></w:comments>',
    });
    const r = read(withOld);
    const out = docxWithComments(r.files, r.doc, [{ start: 0, end: 3, text: 'mới' }], AUTHOR);
    const comments = strFromU8(unzipSync(out.bytes)['word/comments.xml']);
    expect(comments).toContain('<w:comment w:id="4" w:author="Biên tập">');
    expect(commentsOf(out.bytes).map((c) => [c.id, c.message])).toEqual([['4', 'cũ'], ['5', 'mới']]);
  });
});
