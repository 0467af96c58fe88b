/** Drafts written for the API and plugin tests (not from the corpus). */
import { rules } from '../../server/src/rules/index.js';

/** Two deliberate mistakes: a double space (2:45–2:47) and “được được” (3:14–3:23). */
export const TWO_MISTAKES = [
  'Huyện đoàn mở lớp bồi dưỡng kỹ năng tuyên truyền',
  'Chiều 3-10, Huyện đoàn tổ chức lớp bồi dưỡng  kỹ năng tuyên truyền cho đoàn viên.',
  'Các học viên được được hướng dẫn cách viết tin ngắn.',
  '',
].join('\n');

export const TWO_MISTAKES_FIXED = [
  'Huyện đoàn mở lớp bồi dưỡng kỹ năng tuyên truyền',
  'Chiều 3-10, Huyện đoàn tổ chức lớp bồi dưỡng kỹ năng tuyên truyền cho đoàn viên.',
  'Các học viên được hướng dẫn cách viết tin ngắn.',
  '',
].join('\n');

/** A Markdown draft: a heading, bold text, a double space (3:11) and “các các” (5:17). */
export const MARKDOWN = [
  '# Hội Phụ nữ xã bồi dưỡng kiến thức pháp luật',
  '',
  'Sáng 8-11,  Hội Phụ nữ xã Tân Hòa tổ chức lớp bồi dưỡng kiến thức pháp luật cho **60 hội viên**.',
  '',
  'Trong hai ngày, các các học viên tìm hiểu Luật Hôn nhân và gia đình.',
  '',
  'Thu Hà',
  '',
].join('\n');

/** Settings that run only these rules, so that others' new rules leave exact outputs alone. */
export function only(ids: string[]): { rules: Record<string, string> } {
  const out: Record<string, string> = {};
  for (const r of rules) out[r.meta.id] = ids.includes(r.meta.id) ? 'warning' : 'off';
  return { rules: out };
}
