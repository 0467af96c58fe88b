import { describe, expect, it } from 'vitest';
import { check, fixed } from '../helpers/lint.js';

/**
 * HYG30: page furniture of kinds the rule had not met — a portal's subscription link, its
 * button back to the top, its link to the full story, a follow prompt whose icons were lost, a
 * relative time stamp with its label — alone between two paragraphs; photo labels in the
 * wordings a page uses beside the ones the rule knew ("Hình 2" as "Ảnh 2", "- ảnh minh họa" as
 * "- ảnh 2", "(ảnh chụp màn hình)" as "(ảnh tư liệu)"); template tags of other systems. Story
 * sentences with the same words stay silent.
 */
const R = 'web-leftover';
const HEAD = 'Hội Nông dân xã tập huấn kỹ thuật trồng rau an toàn\n\nSáng 9-4, Hội Nông dân xã Tân Phú tổ chức lớp tập huấn kỹ thuật trồng rau an toàn cho 70 hội viên.\n\n';
const TAIL = '\n\nHọc viên được hướng dẫn cách ủ phân hữu cơ từ rơm rạ.\n\nLê Thu Trang\n';

const FURNITURE = [
  'Font chữ: A A A',
  'Font chữ',
  'Đặt mua báo in',
  'Back to top',
  'Về đầu trang',
  'Theo dõi chúng tôi trên',
  'Theo dõi chúng tôi:',
  'Đọc bài viết gốc',
  'Xem bản đầy đủ',
  'Cập nhật 5 giờ trước',
  'Đăng: 3 ngày trước',
  'Ảnh: minh họa',
  'Ảnh minh họa (nguồn Internet)',
  'Không có ảnh',
  'No image available',
  'Caption',
  'Tổng số điểm của bài viết là: 0 trong 0 đánh giá',
  'Xếp hạng: 0 - 0 phiếu bầu',
  'Điểm: 4.5/5 (12 bình chọn)',
  'Bỏ qua nội dung',
  'In bài viết này',
  'Xem trực tuyến',
];

const GLUED: Array<[string, string]> = [
  ['Lớp học kéo dài hai ngày tại hội trường xã. Hình 2', 'Lớp học kéo dài hai ngày tại hội trường xã.'],
  ['Hội viên thực hành ủ phân tại vườn mẫu - ảnh minh họa.', 'Hội viên thực hành ủ phân tại vườn mẫu.'],
  ['Hội viên thực hành ủ phân tại vườn mẫu - Hình 2. Buổi chiều, lớp học bế mạc.', 'Hội viên thực hành ủ phân tại vườn mẫu. Buổi chiều, lớp học bế mạc.'],
  ['Trang của hội đăng lịch học (Ảnh chụp màn hình) để hội viên theo dõi.', 'Trang của hội đăng lịch học để hội viên theo dõi.'],
  ['Hội viên thực hành ủ phân tại vườn mẫu (ảnh CTV). Buổi chiều, lớp học bế mạc.', 'Hội viên thực hành ủ phân tại vườn mẫu. Buổi chiều, lớp học bế mạc.'],
  ['Lớp học do <%= ten_hoi %> tổ chức cho hội viên.', 'Lớp học do tổ chức cho hội viên.'],
  ['Ảnh minh họaBuổi chiều, hội viên thực hành ủ phân tại vườn mẫu.', 'Buổi chiều, hội viên thực hành ủ phân tại vườn mẫu.'],
  ['Hội viên thực hành ủ phân tại vườn mẫu (Hình ảnh minh họa).', 'Hội viên thực hành ủ phân tại vườn mẫu.'],
  ['Hội viên thực hành ủ phân tại vườn mẫu. [image]', 'Hội viên thực hành ủ phân tại vườn mẫu.'],
  ['Lớp học kéo dài hai ngày tại hội trường xã. Không có ảnh', 'Lớp học kéo dài hai ngày tại hội trường xã.'],
];

const SENTENCES = [
  'Hội viên được khuyến khích đặt mua báo Nông thôn ngày nay để cập nhật kiến thức.',
  'Hình 2 trong tài liệu cho thấy cách bố trí luống rau hợp lý.',
  'Giảng viên trình bày mô hình - hình thức liên kết trồng rau giữa các tổ hợp tác.',
  'Học viên được hướng dẫn chụp màn hình ứng dụng để lưu lại lịch tưới.',
  'Người dân có thể theo dõi chúng tôi trên trang của hội để biết lịch học.',
  'Cán bộ hội xem bản đầy đủ của kế hoạch trước khi triển khai.',
  'Mỗi tổ được cập nhật giá rau 5 giờ trước phiên chợ.',
  'Giảng viên đề nghị học viên về đầu trang tài liệu để ôn lại phần kỹ thuật.',
  'Ảnh minh họa quy trình ủ phân được phát cho từng hội viên.',
  'Không có ảnh nào về vườn mẫu được gửi về ban tổ chức.',
  'Tài liệu gồm phần chữ và phần hình ảnh minh họa các bước ủ phân.',
  'Điểm trung bình của lớp là 8,5/10 theo kết quả kiểm tra cuối khóa.',
  'Hội viên được hướng dẫn xem trực tuyến các video kỹ thuật trên điện thoại.',
  'Xếp hạng thi đua của chi hội được công bố vào cuối năm.',
];

describe('web-leftover: page furniture of kinds met on unseen drafts (HYG30)', () => {
  it.each(FURNITURE.map((x) => [x]))('removes the line “%s”', (line) => {
    const text = `${HEAD}${line}${TAIL}`;
    expect(check(text, R).map((f) => f.text)).toEqual([line]);
    expect(fixed(text, R)).toBe(`${HEAD}${TAIL.slice(2)}`);
  });
  it.each(GLUED)('removes the debris from “%s” and keeps the words', (line, out) => {
    const text = `${HEAD}${line}${TAIL}`;
    expect(check(text, R)).toHaveLength(1);
    expect(fixed(text, R)).toBe(`${HEAD}${out}${TAIL}`);
  });
  it.each(SENTENCES.map((x) => [x]))('is silent on the sentence “%s”', (line) => {
    expect(check(`${HEAD}${line}${TAIL}`, R)).toEqual([]);
  });
});
