import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { check, findings, fixed } from '../helpers/lint.js';
import data from '../../dictionaries/special-nouns.json';
import documentNames from '../../dictionaries/document-names.json';

const RULE = 'special-noun-case';

const seed = (f: string): string => readFileSync(new URL(`../fixtures/seeds/${f}`, import.meta.url), 'utf8');

describe('special-noun-case', () => {
  it.each([
    [
      'Chuyên đề nêu chủ trương của đảng, nhà nước về dân vận.',
      '1:30',
      'đảng, nhà nước',
      '“đảng, nhà nước” ở đây là danh từ riêng (chỉ Đảng, Nhà nước, Chính phủ, Quốc hội, Tổ quốc…), phải viết hoa: “Đảng, Nhà nước”.',
      'Chuyên đề nêu chủ trương của Đảng, Nhà nước về dân vận.',
    ],
    [
      'Học viên nghiên cứu văn bản của trung ương Đảng về công tác dân vận.',
      '1:33',
      'trung ương Đảng',
      '“trung ương Đảng” ở đây là danh từ riêng (chỉ Đảng, Nhà nước, Chính phủ, Quốc hội, Tổ quốc…), phải viết hoa: “Trung ương Đảng”.',
      'Học viên nghiên cứu văn bản của Trung ương Đảng về công tác dân vận.',
    ],
    [
      'Lớp học dành cho cán bộ các cơ quan Nhà nước trên địa bàn.',
      '1:37',
      'Nhà nước',
      '“Nhà nước” ở đây là định ngữ của danh từ chung, viết thường: “nhà nước”.',
      'Lớp học dành cho cán bộ các cơ quan nhà nước trên địa bàn.',
    ],
    [
      'Hội nghị quán triệt nghị định của chính phủ về dân chủ ở cơ sở.',
      '1:35',
      'chính phủ',
      '“chính phủ” ở đây là danh từ riêng (chỉ Đảng, Nhà nước, Chính phủ, Quốc hội, Tổ quốc…), phải viết hoa: “Chính phủ”.',
      'Hội nghị quán triệt nghị định của Chính phủ về dân chủ ở cơ sở.',
    ],
  ])('flags %j', (text, at, span, message, output) => {
    expect(check(text, RULE)).toEqual([{ rule: RULE, message, at, text: span }]);
    expect(fixed(text, RULE)).toBe(output);
    expect(fixed(output, RULE)).toBe(output);
  });

  it('speaks English when asked', () => {
    expect(check('chủ trương của đảng về dân vận', RULE, {}, 'en')[0].message).toBe(
      '“đảng” is a proper noun here (the Party, the State, the Government, the National Assembly, the Fatherland…): write “Đảng”.',
    );
  });

  it('keeps the draft’s own tone placement while fixing the case', () => {
    expect(fixed('vai trò của cấp uỷ Đảng và sự lãnh đạo của đảng', RULE)).toBe('vai trò của cấp uỷ Đảng và sự lãnh đạo của Đảng');
  });

  it('suggests, never fixes, the contested lowercase compounds ("Đảng viên", "tổ chức Đảng")', () => {
    const text = 'Toàn thể Đảng viên và các tổ chức Đảng trong huyện tham gia học tập.';
    const fs = findings(text, RULE);
    expect(fs.map((f) => [text.slice(f.start, f.end), f.messageId, f.fix, f.suggestions?.[0].edits[0].text])).toEqual([
      ['Đảng', 'lowerContested', undefined, 'đảng'],
      ['Đảng', 'lowerContested', undefined, 'đảng'],
    ]);
    expect(fixed(text, RULE)).toBe(text);
    expect(check('Đảng viên phải gương mẫu trong học tập.', RULE)).toEqual([]);
  });

  it('gives the one answer for “Đảng viên”, after a plural marker or a count too (common-noun-case says nothing there)', () => {
    const text = 'Hội nghị có các Đảng viên của chi bộ và 12 Đảng viên mới, cùng những Đảng viên cao tuổi.';
    const both = findings(text, [RULE, 'common-noun-case']);
    expect(both.map((f) => [f.ruleId, text.slice(f.start, f.end)])).toEqual([
      [RULE, 'Đảng'],
      [RULE, 'Đảng'],
      [RULE, 'Đảng'],
    ]);
    // another plural is still common-noun-case's
    expect(check('Hội nghị có các Đảng bộ cơ sở tham dự.', [RULE, 'common-noun-case']).map((f) => [f.rule, f.text])).toEqual([['common-noun-case', 'các Đảng bộ']]);
  });

  it('keeps contested points warnings when the rule is set to error', () => {
    const text = 'Toàn thể Đảng viên học tập chủ trương của đảng.';
    expect(findings(text, RULE, { rules: { [RULE]: 'error' } }).map((f) => [text.slice(f.start, f.end), f.severity])).toEqual([
      ['Đảng', 'warning'],
      ['đảng', 'error'],
    ]);
  });

  it('does not touch organisation names of the lexicon', () => {
    expect(check('Ủy ban nhân dân xã, Văn phòng Chính phủ và Ủy ban Mặt trận Tổ quốc Việt Nam huyện phối hợp tổ chức.', RULE)).toEqual([]);
  });

  it('lowers a capital inside a special noun wherever it stands, as one word ("Nhà Nước", "Chính Phủ")', () => {
    const text = 'Học viên nghiên cứu pháp luật Nhà Nước về quốc phòng và chương trình của Chính Phủ.';
    const got = check(text, RULE);
    expect(got.map((f) => [f.at, f.text, f.message])).toEqual([
      ['1:31', 'Nhà Nước', '“Nhà Nước” là một từ: chỉ viết hoa chữ đầu: “Nhà nước”.'],
      ['1:74', 'Chính Phủ', '“Chính Phủ” ở đây là danh từ riêng (chỉ Đảng, Nhà nước, Chính phủ, Quốc hội, Tổ quốc…), phải viết hoa: “Chính phủ”.'],
    ]);
    expect(fixed(text, RULE)).toBe('Học viên nghiên cứu pháp luật Nhà nước về quốc phòng và chương trình của Chính phủ.');
    // a line in Title Case keeps its style
    expect(check('Tọa Đàm Về Pháp Luật Nhà Nước Và Quốc Phòng\n\nSáng 3-4, Huyện ủy tổ chức tọa đàm.', RULE)).toEqual([]);
  });

  it('leaves capitals in an all-caps headline alone', () => {
    expect(check('QUÁN TRIỆT NGHỊ QUYẾT CỦA ĐẢNG\n\nSáng 12-9, Huyện ủy tổ chức hội nghị.', RULE)).toEqual([]);
  });

  it('flags "Nhân dân" against "nhân dân" only when a draft mixes them, as a suggestion', () => {
    const text = 'Cán bộ phải gần gũi Nhân dân, lắng nghe Nhân dân và vận động nhân dân thực hiện.';
    const fs = findings(text, RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0].fix).toBeUndefined();
    expect(text.slice(fs[0].start, fs[0].end)).toBe('nhân dân');
    expect(check(text, RULE)[0].message).toBe(
      'Bài viết dùng cả “Nhân dân” (2 lần) và “nhân dân” (1 lần) để chỉ nhân dân; nên thống nhất một cách viết: “Nhân dân”.',
    );
    expect(fs[0].suggestions?.[0].edits).toEqual([{ start: 61, end: 65, text: 'Nhân' }]);
    expect(check('Vận động nhân dân tham gia; phục vụ nhân dân tốt hơn.', RULE)).toEqual([]);
    expect(check('Phục vụ Nhân dân; Ủy ban nhân dân xã, Công an nhân dân và lực lượng vũ trang nhân dân.', RULE)).toEqual([]);
    expect(check('Phục vụ Nhân dân; Báo Nhân Dân đưa tin; “gắn bó với nhân dân”.', RULE)).toEqual([]);
    // "Luật" inside a body's name is the body's field, not a law's name
    expect(check('Giảng viên Trường Đại học Luật thành phố Hồ Chí Minh trình bày chuyên đề.', RULE)).toEqual([]);
    // a capitalised word after it makes "Nhân dân" part of a country's name, not the people
    expect(check('Đoàn cán bộ nước Cộng hòa Dân chủ Nhân dân Lào thăm hỏi nhân dân vùng lũ.', RULE)).toEqual([]);
  });

  it('fixes seed 000: "của đảng, nhà nước", "trung ương Đảng, chính phủ"', () => {
    const text = seed('000_0aae31176f9fe9d1.txt');
    expect(check(text, RULE).map((f) => `${f.at} ${f.text}`)).toEqual(['9:314 đảng, nhà nước', '9:502 trung ương Đảng, chính phủ']);
  });

  it('seed 004: mixes "Nhân dân" and "nhân dân" outside the quotation', () => {
    const text = seed('004_6ff4995a71d100fd.txt');
    const fs = check(text, RULE);
    expect(fs.length).toBeGreaterThan(0);
    expect(fs.every((f) => f.text === 'nhân dân' || f.text === 'Nhân dân')).toBe(true);
    expect(findings(text, RULE).every((f) => f.fix === undefined)).toBe(true);
  });

  describe('every pattern of dictionaries/special-nouns.json', () => {
    for (const p of data.patterns) {
      for (const ex of p.examples) {
        it(`${p.match}: ${ex.from} → ${ex.to}`, () => {
          const fs = findings(ex.from, RULE);
          expect(fs.length, ex.from).toBeGreaterThan(0);
          const s = fs[0].suggestions?.[0];
          let out = ex.from;
          for (const e of [...(s?.edits ?? [])].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
          expect(out).toBe(ex.to);
          expect(findings(ex.to, RULE), ex.to).toEqual([]);
        });
      }
      for (const v of p.valid) {
        it(`${p.match}: accepts ${v}`, () => {
          expect(check(v, RULE)).toEqual([]);
        });
      }
    }
    it('people examples', () => {
      for (const ex of data.people.examples) {
        expect(check(ex.text, RULE).map((f) => f.text).join(''), ex.text).toBe(ex.flagged);
      }
    });
  });
});

describe('special-noun-case: a special noun in Title Case and the words going on it (one phrase, one answer)', () => {
  const CAPS = ['common-noun-case', 'organisation-case', 'title-case', 'special-noun-case', 'admin-unit-case'];
  it('lowers the Title Case words after “Nhà Nước” in the same finding and fix', () => {
    const text = 'Học viên tìm hiểu chính sách của Đảng và Nhà Nước Ta Hiện Nay đối với đồng bào.';
    expect(check(text, CAPS)).toEqual([
      {
        rule: RULE,
        at: '1:42',
        text: 'Nhà Nước Ta Hiện Nay',
        message: 'Chỉ danh từ riêng viết hoa chữ cái đầu, các chữ khác viết thường: “Nhà Nước Ta Hiện Nay” → “Nhà nước ta hiện nay”.',
      },
    ]);
    expect(fixed(text, CAPS)).toBe('Học viên tìm hiểu chính sách của Đảng và Nhà nước ta hiện nay đối với đồng bào.');
    expect(check(text, RULE, {}, 'en')[0].message).toBe('Only the proper noun takes its initial capital; the other words are lowercase: “Nhà Nước Ta Hiện Nay” → “Nhà nước ta hiện nay”.');
    expect(fixed('Học viên nắm vững pháp luật Nhà Nước Về quốc phòng.', CAPS)).toBe('Học viên nắm vững pháp luật Nhà nước về quốc phòng.');
  });

  it('takes no part of a longer capitalised run (“Tổ Quốc Xã Hội Chủ Nghĩa”)', () => {
    const text = 'Học viên học chuyên đề bảo vệ Tổ Quốc Xã Hội Chủ Nghĩa trong tình hình mới.';
    expect(findings(text, RULE).map((f) => text.slice(f.start, f.end))).toEqual(['Tổ Quốc']);
  });
});

describe('special-noun-case: orders and medals (CAP-25, special-nouns.json kind honour)', () => {
  it('capitalises the order and its class in one finding with its own message', () => {
    const text = 'Trường được tặng huân chương lao động hạng ba.';
    expect(check(text, 'special-noun-case').map((x) => x.message)).toEqual(['Tên huân chương, danh hiệu viết hoa chữ đầu của tên và của hạng: “Huân chương Lao động hạng Ba”.']);
    expect(fixed(text, 'special-noun-case')).toBe('Trường được tặng Huân chương Lao động hạng Ba.');
  });

  it('leaves the same words alone outside the order’s name', () => {
    expect(check('Học viên nghe GS.TS Nguyễn Bảo Vệ giảng về bảo vệ Tổ quốc; báo Người Lao Động đưa tin.', 'special-noun-case')).toEqual([]);
  });
});

describe('special-noun-case: the name of a specific document (dictionaries/document-names.json, CAP-36)', () => {
  it('capitalises the first syllable of the name, with the exact message and fix', () => {
    const text = 'Học viên nghe phổ biến Luật hòa giải ở cơ sở.';
    expect(check(text, 'special-noun-case')).toEqual([
      { rule: 'special-noun-case', at: '1:24', text: 'Luật hòa giải', message: 'Tên văn bản cụ thể viết hoa chữ đầu của tên: “Luật Hòa giải”.' },
    ]);
    expect(check(text, 'special-noun-case', {}, 'en')[0].message).toBe('A specific document’s name takes a capital on its first syllable: “Luật Hòa giải”.');
    expect(fixed(text, 'special-noun-case')).toBe('Học viên nghe phổ biến Luật Hòa giải ở cơ sở.');
  });

  it.each(documentNames.examples.map((e) => [e.from, e.to]))('%j → %j', (from, to) => {
    expect(fixed(from, 'special-noun-case')).toBe(to);
    expect(check(to, 'special-noun-case')).toEqual([]);
  });

  it.each(documentNames.valid)('accepts %j', (text) => {
    expect(check(text, 'special-noun-case')).toEqual([]);
  });
});

describe('special-noun-case: a law cited before, or the subject of another document’s title, opens no name', () => {
  it.each([
    // a function word of the organisation grammar after the type word (organisation-grammar.json functionWords)
    'Ông Trần Văn Lợi đề nghị các xã tuyên truyền Luật đến từng hộ dân ở vùng ven biển.',
    'Các chi bộ đưa Luật theo đúng lộ trình vào sinh hoạt thường kỳ.',
    'Cán bộ tư pháp giải thích Luật tại từng buổi họp thôn.',
    // after “về” inside a document’s title that a capitalised head opens (common-nouns.json documentReferences)
    'Học viên được giới thiệu Công ước của Liên hợp quốc về Luật biển năm 1982 và quy định về vùng đặc quyền kinh tế.',
    'Học viên tìm hiểu Hiệp định về Luật áp dụng cho hợp đồng mua bán hàng hóa quốc tế.',
    // a noun of the general dictionary that the type word makes with the next syllable (general-nouns.json)
    'Luật tục được già làng truyền miệng cho con cháu trong buôn.',
    'Luật tục của người Mnông phạt nặng kẻ đốt rừng đầu nguồn.',
  ])('%j', (text) => {
    expect(check(text, 'special-noun-case')).toEqual([]);
  });
  it('still reports a law’s own name, after “về” with no document before it too', () => {
    expect(check('Học viên được giới thiệu Luật biển Việt Nam năm 2012.', 'special-noun-case').map((f) => [f.at, f.text, f.message])).toEqual([
      ['1:26', 'Luật biển', 'Tên văn bản cụ thể viết hoa chữ đầu của tên: “Luật Biển”.'],
    ]);
    expect(fixed('Học viên được giới thiệu về Luật đất đai năm 2024.', 'special-noun-case')).toBe('Học viên được giới thiệu về Luật Đất đai năm 2024.');
    expect(fixed('Hội nghị phổ biến Luật tổ chức chính quyền địa phương cho cán bộ xã.', 'special-noun-case')).toBe('Hội nghị phổ biến Luật Tổ chức chính quyền địa phương cho cán bộ xã.');
    expect(fixed('Báo cáo viên giới thiệu Luật thực hiện dân chủ ở cơ sở.', 'special-noun-case')).toBe('Báo cáo viên giới thiệu Luật Thực hiện dân chủ ở cơ sở.');
    // (a law's name right after customary law is still one)
    expect(check('Luật tục dạy người trong buôn giữ bến nước; già làng giới thiệu Luật đất đai.', 'special-noun-case').map((f) => [f.at, f.text])).toEqual([['1:65', 'Luật đất đai']]);
  });
});
