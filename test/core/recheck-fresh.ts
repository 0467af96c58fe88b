/**
 * A draft written for the re-check tests (own sentences): names, titles, bodies, places,
 * casing slips, a repeated paragraph in two roles (lead and body), and seeded random edits as
 * typing makes them. Shared by test/core/recheck.test.ts (the lint, in process) and
 * test/lsp/recheck.test.ts (the language server).
 */
// @ts-expect-error the bench is plain JavaScript without declarations
import { rng } from '../../scripts/eval/random.mjs';

export const RECHECK_DRAFT = [
  'Huyện ủy Đông Hà tập huấn nghiệp vụ công tác Đảng cho cán bộ cơ sở',
  'Sáng 14-5, Ban Tuyên giáo Huyện ủy Đông Hà phối hợp với Trung tâm Chính trị huyện tổ chức lớp tập huấn nghiệp vụ cho 85 cán bộ làm công tác đảng ở cơ sở.',
  'Tham dự có đồng chí Lê Văn Hòa, Phó Bí thư Thường trực Huyện ủy; bà nguyễn thị mai, Trưởng Ban Dân vận Huyện ủy và đại diện Ủy ban nhân dân các xã, thị trấn.',
  'Trong hai ngày, các Học viên được nghe Thạc sĩ Trần Minh Đức, giảng viên Trường Chính trị tỉnh Quảng Trị, giới thiệu Nghị Quyết số 21 của Ban Chấp hành Trung ương và Hướng dẫn của Ban Tổ chức Trung ương về công tác đảng viên.',
  'Phát biểu bế mạc, ông Hoàng Văn Nam, Chủ tịch UBND huyện Đông Hà, đề nghị Đảng ủy các Xã, Phường tiếp tục rà soát đội ngũ cán bộ, nâng cao chất lượng sinh hoạt chi bộ.',
  'Sáng 14-5, Ban Tuyên giáo Huyện ủy Đông Hà phối hợp với Trung tâm Chính trị huyện tổ chức lớp tập huấn nghiệp vụ cho 85 cán bộ làm công tác đảng ở cơ sở.',
  'Dịp này, Hội Liên hiệp Phụ nữ huyện và Huyện Đoàn trao 20 suất quà cho học viên có hoàn cảnh khó khăn.  Lớp học kết thúc tốt đẹp',
  'Minh Châu',
].join('\n\n');

/**
 * A second draft (own sentences) for the paragraph-local analyses that read a draft-wide
 * merge: a body named with its place and again without it (short references), bodies and
 * titles in most paragraphs, common nouns capitalised, a tone style to hold the draft to.
 */
export const RECHECK_PLACED_DRAFT = [
  'Bảo hiểm xã hội huyện Hòa Vang tập huấn chính sách bảo hiểm y tế',
  'Ngày 9-10, Bảo hiểm xã hội huyện Hòa Vang phối hợp với Phòng Lao động - Thương binh và Xã hội huyện tổ chức Hội nghị Tập huấn cho 120 cán bộ xã.',
  'Tại hội nghị, cán bộ Bảo hiểm xã hội giới thiệu những điểm mới của Luật Bảo hiểm y tế; ông Phạm Quốc Thủy, Giám đốc Bảo hiểm xã hội huyện, trả lời các câu hỏi của Đại biểu.',
  'Các học viên cũng được hướng dẫn cách tra cứu quá trình đóng bảo hiểm trên ứng dụng VssID, cách lập danh sách người tham gia theo hộ gia đình.',
  'Dịp này, Trung tâm Y tế huyện và Hội Liên hiệp Phụ nữ huyện ký kết chương trình phối hợp tuyên truyền về Bảo hiểm y tế học sinh, sinh viên.',
  'Kết thúc Hội nghị, Bảo hiểm xã hội huyện Hòa Vang khen thưởng 5 tập thể, 12 cá nhân có thành tích trong công tác phát triển người tham gia.',
  'Thanh Hoà',
].join('\n\n');

/** A seeded random generator: the bench's mulberry32 (scripts/eval/random.mjs). */
export function seeded(seed: number): () => number {
  return (rng(seed) as { next: () => number }).next;
}

const TYPED = ['a', 'n', 'h', 'ư', 'ế', ' ', 'Đ', ',', '.', 'ông ', 'Nguyễn Văn An ', 'Huyện ủy ', 'xã ', '\n\n'];

/** One edit as typing makes them: a character or word typed, one deleted, a word typed over, a paragraph moved. */
export function typingEdit(text: string, random: () => number): { start: number; end: number; insert: string } {
  const at = Math.floor(random() * (text.length + 1));
  const r = random();
  if (r < 0.4) return { start: at, end: at, insert: TYPED[Math.floor(random() * TYPED.length)] };
  if (r < 0.65) return { start: at, end: Math.min(text.length, at + 1), insert: '' };
  if (r < 0.9) {
    // a word typed over a word
    const start = at > 0 ? text.lastIndexOf(' ', at - 1) + 1 : 0;
    const space = text.indexOf(' ', at);
    const end = Math.max(start, space < 0 ? text.length : space);
    return { start, end, insert: TYPED[Math.floor(random() * TYPED.length)].trim() || 'Văn' };
  }
  // a paragraph copied to another place (it meets a different paragraph kind or neighbour)
  const paragraphs = text.split('\n\n');
  const p = paragraphs[Math.floor(random() * paragraphs.length)];
  const to = text.indexOf('\n\n', at);
  const where = to < 0 ? text.length : to;
  return { start: where, end: where, insert: `\n\n${p}` };
}

export const applyTyping = (text: string, e: { start: number; end: number; insert: string }): string => text.slice(0, e.start) + e.insert + text.slice(e.end);
