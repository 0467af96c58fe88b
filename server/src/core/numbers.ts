/**
 * Nouns that count whole things in a training-news draft. After such a noun a number is an
 * integer count, so "1,400 cán bộ" can only be one thousand four hundred (Vietnamese writes
 * decimals with a comma: "3,92%" — never before a count of people).
 * A closed grammatical class (people and units of an event), not a growing word list.
 */

/** People: the participants of an event. Longest forms first. */
export const PEOPLE = [
  'vị đại biểu', 'đại biểu', 'học viên', 'cán bộ', 'công chức', 'viên chức', 'đảng viên', 'hội viên', 'đoàn viên',
  'thành viên', 'người', 'học sinh', 'sinh viên', 'giáo viên', 'giảng viên', 'báo cáo viên', 'tuyên truyền viên',
  'cộng tác viên', 'tình nguyện viên', 'chiến sĩ', 'đồng chí', 'công nhân', 'nông dân', 'hộ', 'lượt người', 'lượt',
];

/** Whole units an event counts besides people. */
export const UNITS = [
  'ngày', 'buổi', 'tuần', 'tháng', 'lớp', 'chuyên đề', 'nội dung', 'bài', 'tiết', 'khóa', 'khoá', 'đợt', 'hội nghị',
  'tỉnh', 'huyện', 'xã', 'phường', 'thị trấn', 'thôn', 'ấp', 'bản', 'tổ', 'đơn vị', 'cơ quan', 'cơ sở', 'trường',
  'câu lạc bộ', 'chi bộ', 'đảng bộ', 'doanh nghiệp', 'tài liệu', 'cuốn', 'phần quà', 'suất', 'giấy chứng nhận',
];

const alternation = (words: string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '[ \\t\\u00a0]+')).join('|');

/** `(?:học viên|…)` not followed by more letters */
export const PEOPLE_RE = `(?:${alternation(PEOPLE)})(?![\\p{L}\\p{N}])`;
export const COUNT_NOUN_RE = `(?:${alternation([...PEOPLE, ...UNITS])})(?![\\p{L}\\p{N}])`;

/** "1.400" → 1400, "166" → 166; undefined when the digits are not a plain count */
export function countValue(digits: string): number | undefined {
  if (/^\d{1,3}(?:\.\d{3})+$/.test(digits)) return Number(digits.replace(/\./g, ''));
  if (/^\d+$/.test(digits)) return Number(digits);
  return undefined;
}
