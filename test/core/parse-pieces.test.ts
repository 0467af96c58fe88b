import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { paragraphSentences, parsePieces, parseDraft } from '../../server/src/core/parse.js';
import { syllableKey, wordKey } from '../../server/src/core/casing.js';
import { ParsedWord, type Word } from '../../server/src/core/draft.js';

// sentences written for this test: abbreviations, initials, lower-case and digit openings,
// inner symbols, quotations, a line's end mark — every place parse-latin merges sentences
const own = [
  'Sáng 12-4, Hội Nông dân huyện tổ chức lớp tập huấn cho hội viên.',
  'Tham dự có ThS. Nguyễn Văn Bình, giảng viên Trường Chính trị tỉnh.',
  'Lớp học diễn ra tại TP. Vinh trong hai ngày.',
  'ông P. Tuyết phát biểu khai mạc. 25 học viên tham gia.',
  'Các học viên được hướng dẫn sử dụng phần mềm quản lý văn bản e-office và địa chỉ hopthu@xa.gov.vn.',
  '“Lớp học rất thiết thực”, một học viên chia sẻ. Kết thúc lớp học, các học viên làm bài kiểm tra.',
  'Tỷ lệ đạt yêu cầu 98/100 học viên, etc. Ban tổ chức trao giấy chứng nhận.',
  'Chương trình gồm ba chuyên đề… Chuyên đề một nói về chuyển đổi số.',
  'Hội nghị kết thúc lúc 11 giờ./.',
  'Dịp này, huyện khen thưởng 12 tập thể!  Nhiều cá nhân được biểu dương?\u00a0Buổi chiều các đại biểu tham quan mô hình.',
  'Đồng chí Trần Thị Hoa, Phó Chủ tịch UBND huyện, phát biểu chỉ đạo. (Ảnh: Minh Anh).',
  'Ghi nhận những kết quả bước đầu. COVID-19. Phòng chống dịch bệnh. U.S. Army. Trường THPT Nguyễn Du.',
];

const pool = new URL('../../../shared/corpus/unlabelled/', import.meta.url);
// real drafts read, not copied: their paragraphs joined into one line, as the bench's 10 MB file
const poolLine = readdirSync(pool)
  .filter((f) => /^\d+\.txt$/.test(f))
  .sort()
  .slice(0, 60)
  .flatMap((f) => readFileSync(new URL(f, pool), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
  .join(' ');

describe('a long paragraph parsed in pieces', () => {
  it('a short paragraph is one piece', () => {
    expect(parsePieces(own.join(' '))).toEqual([0]);
  });

  it.each([
    ['own sentences', Array.from({ length: 40 }, () => own.join(' ')).join(' ')],
    ['pool drafts on one line', poolLine],
  ])('%s: the same sentences and words as the whole paragraph parsed at once', (_name, text) => {
    const whole = paragraphSentences(text, Infinity);
    for (const piece of [300, 2000]) {
      expect(parsePieces(text, piece).length).toBeGreaterThan(10);
      expect(paragraphSentences(text, piece)).toEqual(whole);
    }
  });

  it('a draft on one long line gets the same sentences as its lines would', () => {
    const line = Array.from({ length: 400 }, () => own.join(' ')).join(' ');
    expect(line.length).toBeGreaterThan(3 * 16 * 1024);
    const draft = parseDraft(line);
    expect(draft.sentences).toEqual(paragraphSentences(line, Infinity));
  });
});

describe('the words of a draft', () => {
  it('are of one class with the same fields, from the parse and from the sentence cache, and share the forms of a text', () => {
    const draft = parseDraft(own.join(' '));
    const fields = ['start', 'end', 'text', 'forms'];
    const check = (words: Word[]): void => {
      for (const w of words) {
        expect(w).toBeInstanceOf(ParsedWord);
        expect(Object.keys(w)).toEqual(fields);
        expect([w.norm, w.lower, w.key]).toEqual([w.text.normalize('NFC'), w.text.normalize('NFC').toLowerCase(), syllableKey(w.text)]);
      }
    };
    check(draft.words);
    // parsed again: from the sentence cache, the same class
    check(parseDraft(own.join(' ')).words);
    // a word's key is read, never written onto the word
    for (const w of draft.words) wordKey(w);
    check(draft.words);
    // the occurrences of a word in a paragraph hold one forms object, not a copy of its strings each
    const twice = parseDraft('Huyện tổ chức lớp học. Huyện mời giảng viên.').words.filter((w) => w.text === 'Huyện') as ParsedWord[];
    expect(twice).toHaveLength(2);
    expect(twice[0].forms).toBe(twice[1].forms);
  });
});

describe('parse: a non-breaking-space entity glued to a word', () => {
  it('ends the word before it (“Huyện ủy&nbsp;” has the word “ủy”); the entity’s number is no word', async () => {
    const { parseDraft } = await import('../../server/src/core/parse.js');
    const d = parseDraft('Sau đó Huyện ủy&nbsp;\nBí thư Huyện ủy&#160;phát biểu, AT&T và R&D.\n', 'text');
    expect(d.words.map((w) => w.text)).toEqual(['Sau', 'đó', 'Huyện', 'ủy', 'Bí', 'thư', 'Huyện', 'ủy', 'phát', 'biểu', 'AT&T', 'và', 'R&D']);
  });
});
