import { describe, it, expect } from 'vitest';
import { parseDraft, positionAt, computeLineStarts } from '../../server/src/core/index.js';
import { check } from '../helpers/lint.js';

describe('positions are UTF-16 offsets of the original text', () => {
  it('keeps decomposed (NFD) letters at their original offsets', () => {
    const nfd = 'Sáng nay Huyện ủy họp'.normalize('NFD');
    const d = parseDraft(`Tin ngắn\n\n${nfd}.`);
    const word = d.words.find((w) => w.norm === 'Huyện')!;
    expect(word.text).toBe('Huyện'.normalize('NFD'));
    expect(d.text.slice(word.start, word.end)).toBe(word.text);
    expect(word.lower).toBe('huyện');
  });

  it('counts an emoji as two UTF-16 units, as VS Code does', () => {
    const text = 'Tin vui 🎉 trao  chứng nhận';
    const [f] = check(text, 'spacing');
    // the emoji occupies columns 9-10, so the double space starts at column 16, not 15
    expect(f.at).toBe('1:16');
    expect(f.text).toBe('  ');
  });

  it('handles CRLF and lone CR line ends like VS Code', () => {
    const text = 'Dòng một\r\nDòng  hai\rDòng ba';
    expect(computeLineStarts(text)).toEqual([0, 10, 20]);
    expect(positionAt(computeLineStarts(text), 14)).toEqual({ line: 1, character: 4 });
    expect(check(text, 'spacing').map((f) => f.at)).toEqual(['2:5']);
  });

  it('reports the same columns for NFC and NFD copies of a line with the repeated word', () => {
    const nfc = 'Ông An trao chứng chứng nhận.';
    const mixed = 'Ông An trao ' + 'chứng'.normalize('NFD') + ' chứng nhận.';
    expect(check(nfc, 'repeated-word').map((f) => f.at)).toEqual(['1:13']);
    const [f] = check(mixed, 'repeated-word');
    expect(f.at).toBe('1:13');
    expect(f.text).toBe('chứng'.normalize('NFD') + ' chứng');
  });
});

describe('sentences survive Vietnamese abbreviations and the end mark', () => {
  const sentences = (t: string) => parseDraft(t).sentences.map((s) => s.text);

  it('does not end a sentence at TP., ThS., GS.TS. or an initial', () => {
    expect(sentences('Hội nghị tổ chức tại TP. Hồ Chí Minh với ThS. Lê Văn Minh và GS.TS. Nguyễn Văn Hải. Tin, ảnh: P. Tuyết')).toEqual([
      'Hội nghị tổ chức tại TP. Hồ Chí Minh với ThS. Lê Văn Minh và GS.TS. Nguyễn Văn Hải.',
      'Tin, ảnh: P. Tuyết',
    ]);
  });

  it('ends a sentence at a number and its full stop before a capital, not at a list’s “1.”', () => {
    expect(sentences('Học viên ghi nhớ số đường dây nóng 111. Bên cạnh đó, các em được thực hành.')).toEqual([
      'Học viên ghi nhớ số đường dây nóng 111.',
      'Bên cạnh đó, các em được thực hành.',
    ]);
    expect(sentences('Lớp học kết thúc năm 2025. Học viên nhận giấy chứng nhận.')).toEqual(['Lớp học kết thúc năm 2025.', 'Học viên nhận giấy chứng nhận.']);
    expect(sentences('1. Nội dung học tập gồm ba phần.')).toEqual(['1. Nội dung học tập gồm ba phần.']);
  });

  it('ends a sentence at a lower-case word parse-latin reads as a Latin abbreviation (“con.”, “m.”), the word without its full stop', () => {
    const d = parseDraft('Tổ công nghệ số giúp đỡ bà con. Xã sẽ theo dõi hằng tháng. Con đường dài 300 m. Dự án xong sớm.');
    expect(d.sentences.map((s) => s.text)).toEqual(['Tổ công nghệ số giúp đỡ bà con.', 'Xã sẽ theo dõi hằng tháng.', 'Con đường dài 300 m.', 'Dự án xong sớm.']);
    expect(d.sentences[0].words.at(-1)).toMatchObject({ text: 'con', end: 30 });
    // an initial in capitals stays inside its sentence
    expect(sentences('Bài viết của P. Tuyết.')).toEqual(['Bài viết của P. Tuyết.']);
  });

  it('ends a sentence at "./."', () => {
    const d = parseDraft('Tin ngắn về lớp học\n\nLớp học kết thúc tốt đẹp./.\n\nHoàng Yến');
    expect(d.sentences.map((s) => s.text)).toEqual(['Tin ngắn về lớp học', 'Lớp học kết thúc tốt đẹp./.', 'Hoàng Yến']);
    expect(d.byline?.text).toBe('Hoàng Yến');
  });
});

describe('the Draft model of a news page', () => {
  it('tells headline, metadata, lead, body, byline and web debris apart', () => {
    const t = [
      'Xã Tân Phú tập huấn công tác mặt trận',
      '',
      '15-03-2024 120',
      '',
      '(Đài Tân Phú) Sáng ngày 14-3, Ủy ban MTTQ xã tổ chức tập huấn.',
      'Có 80 cán bộ tham dự lớp học.',
      'Minh Anh',
      'Chia sẻ bài viết',
    ].join('\n');
    const d = parseDraft(t);
    expect(d.paragraphs.map((p) => p.kind)).toEqual(['headline', 'metadata', 'lead', 'body', 'byline', 'chrome']);
    expect(d.story.map((p) => p.line)).toEqual([4, 5]);
  });

  it('finds quotations, typographic and straight', () => {
    const t = 'Ông nói: “phục vụ nhân dân” và "học tập suốt đời".';
    const d = parseDraft(t);
    expect(d.quotes.map((q) => t.slice(q.start, q.end))).toEqual(['“phục vụ nhân dân”', '"học tập suốt đời"']);
  });

  it('checks only the prose of a markdown draft, at original positions', () => {
    const md = [
      '---',
      'title: "Tin  tập huấn"',
      '---',
      '# Huyện tập huấn  dân vận',
      '',
      'Sáng 12-9, **Huyện ủy** tổ chức  lớp học tại [hội trường](https://example.vn/a) với mã `a  b`.',
      '',
      '```',
      'mã  nguồn',
      '```',
    ].join('\n');
    const found = check(md, 'spacing', {}, 'vi', 'markdown');
    expect(found.map((f) => `${f.at} ${JSON.stringify(f.text)}`)).toEqual(['4:17 "  "', '6:32 "  "']);
  });
});

describe('headline detection', () => {
  it('takes a Title Case first line ending with a full stop as the headline', () => {
    const d = parseDraft('Huyện Ủy Tân Kỳ Tập Huấn Công Tác Tuyên Giáo Năm 2024.\n\nSáng nay, Huyện ủy Tân Kỳ tổ chức hội nghị.\n\nMinh Châu');
    expect(d.headline?.line).toBe(0);
    expect(d.lead?.line).toBe(2);
  });
  it('does not take a short opening sentence for a headline', () => {
    const d = parseDraft('Hội nghị đã thành công tốt đẹp.\n\nCác đại biểu thống nhất kiến nghị.\n\nMinh Châu');
    expect(d.headline).toBeUndefined();
  });
});
