import { describe, expect, it } from 'vitest';
import { check, fixed } from '../helpers/lint.js';

const RULE = 'end-mark';
const WITH = 'Tập huấn công tác thi đua khen thưởng\n\nSáng 3-3, UBND huyện tổ chức tập huấn cho 90 cán bộ.\n\nCán bộ được hướng dẫn quy trình xét khen thưởng./.\n\nHồng Nhung\n';
const WITHOUT = WITH.replace('./.', '.');

describe('end-mark', () => {
  it('accepts both forms with endMark "any" (the default)', () => {
    expect(check(WITH, RULE)).toEqual([]);
    expect(check(WITHOUT, RULE)).toEqual([]);
  });

  it('adds "./." with endMark "required"', () => {
    expect(check(WITHOUT, RULE, { endMark: 'required' })).toEqual([
      { rule: RULE, message: 'Cuối tin thiếu dấu kết thúc “./.”.', at: '5:48', text: '.' },
    ]);
    expect(fixed(WITHOUT, RULE, { endMark: 'required' })).toBe(WITH);
    expect(check(WITH, RULE, { endMark: 'required' })).toEqual([]);
  });

  it('adds "./." after a last word without punctuation', () => {
    const text = WITHOUT.replace('khen thưởng.', 'khen thưởng');
    expect(fixed(text, RULE, { endMark: 'required' })).toBe(WITH);
  });

  it('removes "./." with endMark "forbidden"', () => {
    expect(check(WITH, RULE, { endMark: 'forbidden' }).map((f) => f.message)).toEqual([
      'Không dùng dấu “./.” ở cuối tin; thay bằng dấu chấm.',
    ]);
    expect(fixed(WITH, RULE, { endMark: 'forbidden' })).toBe(WITHOUT);
    // idempotent
    expect(fixed(fixed(WITH, RULE, { endMark: 'forbidden' }), RULE, { endMark: 'forbidden' })).toBe(WITHOUT);
  });

  it('moves a byline glued after "./." to its own line, in every style', () => {
    const glued = WITH.replace('./.\n\nHồng Nhung', './. Hồng Nhung');
    expect(check(glued, RULE)).toEqual([
      { rule: RULE, message: 'Tên tác giả phải ở dòng riêng, không viết liền sau dấu “./.”.', at: '5:51', text: ' Hồng Nhung' },
    ]);
    expect(fixed(glued, RULE)).toBe(WITH.replace('./.\n\nHồng Nhung', './.\nHồng Nhung'));
  });

  it('puts the mark after the last paragraph of prose, not after a photo caption set under it', () => {
    const caption = (t: string): string => t.replace('\n\nHồng Nhung', '\n\nẢnh: Học viên thực hành trên máy tính.\n\nHồng Nhung');
    // the writer closed the prose: the caption under it needs no mark
    expect(check(caption(WITH), RULE, { endMark: 'required' })).toEqual([]);
    // the mark is missing: asked for, and added, at the end of the prose
    expect(check(caption(WITHOUT), RULE, { endMark: 'required' })).toEqual([
      { rule: RULE, message: 'Cuối tin thiếu dấu kết thúc “./.”.', at: '5:48', text: '.' },
    ]);
    expect(fixed(caption(WITHOUT), RULE, { endMark: 'required' })).toBe(caption(WITH));
    // a house that forbids the mark still sees it above the caption
    expect(fixed(caption(WITH), RULE, { endMark: 'forbidden' })).toBe(caption(WITHOUT));
    // a caption that ends with its credit, or one the writer closed with the mark, is read the same way
    const credited = WITHOUT.replace('\n\nHồng Nhung', '\n\nGiảng viên hướng dẫn học viên (Ảnh: H.N.)./.\n\nHồng Nhung');
    expect(check(credited, RULE, { endMark: 'required' })).toEqual([]);
  });
});
