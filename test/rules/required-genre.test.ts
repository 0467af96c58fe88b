/**
 * The required-* rules as a whole: the two seed drafts, other genres, and the `genre` setting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../helpers/lint.js';
import { COMPLETE, COMPLETE_PRESS, DECREE, SPARSE, SPORTS, SPORTS_TRAINING_WORD, WEATHER } from '../core/structure-fixtures.js';

const STRUCTURE = [
  'required-headline',
  'required-dateline',
  'required-organiser',
  'required-official-titles',
  'required-agenda',
  'required-participant-count',
  'required-byline',
  'required-duration',
  'end-mark',
];
const SEEDS = join(__dirname, '../fixtures/seeds');
const seed = (prefix: string): string => readFileSync(join(SEEDS, `${prefix === '000' ? '000_0aae31176f9fe9d1' : '004_6ff4995a71d100fd'}.txt`), 'utf8');

const rulesOf = (text: string, user = {}) => check(text, STRUCTURE, user).map((f) => f.rule);

describe('structure rules on the seeds', () => {
  it('seed 000 lacks only the participant count (and, as information, the duration)', () => {
    const found = check(seed('000'), STRUCTURE);
    expect(found.map((f) => f.rule)).toEqual(['required-duration', 'required-participant-count']);
    expect(found.map((f) => f.at)).toEqual(['1:1', '1:1']);
  });

  it('seed 004 has every element', () => {
    expect(rulesOf(seed('004'))).toEqual([]);
  });
});

describe('structure rules on my drafts', () => {
  it('complete drafts get nothing', () => {
    expect(rulesOf(COMPLETE)).toEqual([]);
    expect(rulesOf(COMPLETE_PRESS)).toEqual([]);
  });

  it('the sparse draft gets one finding per missing element', () => {
    expect(rulesOf(SPARSE).sort()).toEqual([
      'required-byline',
      'required-dateline',
      'required-duration',
      'required-official-titles',
      'required-organiser',
      'required-participant-count',
    ]);
  });
});

describe('other genres', () => {
  it.each([
    ['a sports report', SPORTS],
    ['a sports report about a training session', SPORTS_TRAINING_WORD],
    ['a decree excerpt', DECREE],
    ['a weather item', WEATHER],
  ])('%s gets no structure finding', (_, text) => {
    expect(rulesOf(text)).toEqual([]);
  });

  it('athletes leaving for a training camp are sports news', () => {
    const camp = 'Đội tuyển bắn cung của tỉnh tập huấn tại Hàn Quốc\n\nSáng 2-5, 8 vận động viên bắn cung của tỉnh lên đường sang Hàn Quốc tập huấn, chuẩn bị thi đấu tại Giải vô địch châu Á.\n\nQuốc Huy\n';
    expect(rulesOf(camp)).toEqual([]);
  });

  it('a call for enrolment in a class is a notice, not news of a class held', () => {
    const notice = 'Trường Chính trị tỉnh tuyển sinh lớp bồi dưỡng ngạch chuyên viên năm 2026\n\nTrường Chính trị tỉnh thông báo tuyển sinh lớp bồi dưỡng ngạch chuyên viên cho công chức các sở, ngành. Hồ sơ nộp trước ngày 20/1/2026 tại Phòng Đào tạo của trường.\n\nPhòng Đào tạo\n';
    expect(rulesOf(notice)).toEqual([]);
    // the class opened after the enrolment is news of a class
    const opened = 'Khai giảng lớp bồi dưỡng ngạch chuyên viên sau đợt tuyển sinh\n\nSáng 5-2, Trường Chính trị tỉnh khai giảng lớp bồi dưỡng ngạch chuyên viên cho công chức các sở, ngành.\n\nPhòng Đào tạo\n';
    expect(rulesOf(opened)).toContain('required-participant-count');
  });

  it('a news item that says “Căn cứ vào …” is still a news item', () => {
    const text = SPARSE.replace('Buổi tập huấn giúp', 'Căn cứ vào kết quả, buổi tập huấn giúp');
    expect(rulesOf(text)).toContain('required-participant-count');
  });

  it('genre "training" forces the rules, genre "none" disables them', () => {
    expect(rulesOf(WEATHER, { genre: 'training' })).toContain('required-participant-count');
    expect(rulesOf(SPARSE, { genre: 'none' })).toEqual([]);
  });
});

describe('line endings and markdown', () => {
  it('inserts templates with the draft\'s CRLF line breaks', async () => {
    const { findings } = await import('../helpers/lint.js');
    const crlf = SPARSE.replace(/\n/g, '\r\n');
    const byline = findings(crlf, 'required-byline')[0];
    expect(byline.suggestions?.[0].edits[0].text).toBe('\r\n\r\n${1:Tên tác giả}');
    expect(rulesOf(crlf).sort()).toEqual(rulesOf(SPARSE).sort());
  });

  it('reads a markdown draft: heading, source tag in bold, credit in italics', () => {
    const md = '# Tập huấn kỹ năng sơ cứu cho hội viên phụ nữ\n\n**(Đài Đông Hưng)** Vừa qua, Hội Liên hiệp Phụ nữ xã tổ chức tập huấn sơ cứu cho 60 hội viên.\n\nHọc viên được hướng dẫn cách băng bó vết thương.\n\n*Thu Hà*\n';
    const found = check(md, STRUCTURE, {}, 'vi', 'markdown');
    expect(found.map((f) => [f.rule, f.at, f.text])).toEqual([
      ['required-duration', '1:3', 'Tập huấn kỹ năng sơ cứu cho hội viên phụ nữ'],
      ['required-official-titles', '1:3', 'Tập huấn kỹ năng sơ cứu cho hội viên phụ nữ'],
      ['required-dateline', '3:21', 'Vừa qua'],
    ]);
  });
});
