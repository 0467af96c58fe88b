import { describe, expect, it } from 'vitest';
import { check, fixed } from '../helpers/lint.js';

/**
 * HYG22: page furniture pasted between two paragraphs of a story — a line of its own that the
 * fix removes — and sentences of stories that use the same words, which stay silent.
 */
const R = 'web-leftover';
const HEAD = 'Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở\n\nNgày 14/9, Ban Dân vận Huyện ủy tổ chức lớp tập huấn nghiệp vụ cho 85 cán bộ làm công tác dân vận ở các xã.\n\n';
const TAIL = '\n\nHọc viên được trao đổi cách nắm tình hình nhân dân ở thôn, buôn.\n\nThu Hà\n';

const FURNITURE = [
  'Cỡ chữ: Nhỏ | Vừa | Lớn',
  'Nghe bài viết',
  'Dừng đọc',
  'Tạm dừng nghe',
  'Tăng cỡ chữ',
  'Bài viết liên quan',
  'Bài cùng chuyên mục',
  'Tin mới nhất',
  'Tin đọc nhiều',
  'Xem nhiều nhất',
  'Đăng ký nhận tin',
  'Theo dõi chúng tôi trên Facebook',
  'Quét mã QR để đọc trên điện thoại',
  'Bạn thấy bài viết này hữu ích?',
  'Bài viết có hữu ích không?',
  'Có (12) | Không (1)',
  'Báo lỗi bài viết',
  'Trang chủ > Tin tức > Đoàn thể',
  'Đường dẫn bài viết',
  'Mã nhúng',
  'Gửi cho bạn bè',
  'Chia sẻ qua Zalo',
  'Lưu vào mục yêu thích',
  'Thêm vào danh sách đọc sau',
  'Đăng nhập để bình luận',
  'Vui lòng đăng nhập để gửi ý kiến.',
  'Viết bình luận...',
  'Sắp xếp: Mới nhất',
  'Tải thêm bình luận',
  'Xem thêm 5 bình luận',
  'Thu gọn bình luận',
  'Quảng cáo',
  'Bấm vào ảnh để xem kích thước đầy đủ',
  'Tổng số lượt truy cập: 1.234.567',
  'Đang trực tuyến: 25',
  'Báo lỗi chính tả',
  'Liên kết bài viết:',
  'Nhúng bài viết',
  'Hữu ích (3) · Không hữu ích (0)',
  'Tiếp tục đọc bài viết',
];

const SENTENCES = [
  'Giảng viên đề nghị học viên không dừng đọc tài liệu khi gặp thuật ngữ khó mà ghi lại để hỏi.',
  'Cán bộ thôn cần tạm dừng nghe điện thoại khi đang tiếp dân.',
  'Nhiều học viên cho rằng bài viết hướng dẫn của tỉnh rất hữu ích cho công tác ở cơ sở.',
  'Học viên được hỏi bài giảng có hữu ích không và trả lời bằng phiếu khảo sát.',
  'Có 12 ý kiến đồng ý và không có ý kiến phản đối.',
  'Người dân có thể báo lỗi bài viết trên trang của xã qua số điện thoại đường dây nóng.',
  'Cán bộ phụ trách trang tin phải kiểm tra đường dẫn bài viết trước khi gửi lên nhóm Zalo của thôn.',
  'Giảng viên hướng dẫn cách lấy mã nhúng video để đưa lên trang thông tin điện tử của xã.',
  'Học viên thực hành lưu vào mục yêu thích các văn bản thường dùng trên máy tính.',
  'Đoàn viên được hướng dẫn đăng nhập để bình luận trên trang của Huyện Đoàn bằng tài khoản thật.',
  'Các ý kiến được sắp xếp theo từng nhóm vấn đề để trả lời tại lớp.',
  'Ban tổ chức sẽ tải thêm bình luận của người dân lên trang để học viên phân tích.',
  'Giảng viên lưu ý không đăng quảng cáo thuốc trên trang của xã.',
  'Học viên được hướng dẫn tăng cỡ chữ trên điện thoại cho người cao tuổi.',
  'Mỗi học viên được phát một cuốn sổ tay ghi các tin mới nhất về chính sách.',
  'Người dân có thể quét mã QR để đọc văn bản trên điện thoại.',
  'Xã đã lập nhóm để theo dõi ý kiến của nhân dân trên Facebook.',
  'Học viên được đề nghị gửi cho bạn bè những thông tin chính thống.',
  'Cán bộ văn hóa chia sẻ qua Zalo lịch sinh hoạt của các chi hội.',
  'Tổng số lượt truy cập trang của xã trong năm tăng gần gấp đôi.',
  'Trang chủ của xã được cập nhật mỗi tuần.',
  'Học viên được giao viết bình luận về một tin giả trên mạng xã hội.',
  'Học viên thực hành thu gọn bình luận không phù hợp trên trang của chi đoàn.',
  'Bài viết liên quan đến công tác dân vận được đăng trên bản tin của huyện.',
  'Tin đọc nhiều nhất trên trang của xã là tin về lịch tiêm chủng.',
  'Đăng ký nhận tin qua tin nhắn giúp người dân nắm lịch họp thôn.',
  'Giảng viên đề nghị mỗi thôn xem nhiều nhất các tin về an ninh trật tự để kịp thời phản ánh.',
  'Sau lớp học, học viên tiếp tục đọc bài viết hướng dẫn trên trang của Ban Dân vận.',
  'Bấm vào ảnh để xem kích thước đầy đủ là thao tác học viên được thực hành trên máy tính bảng.',
  'Đang trực tuyến cùng lớp học có 25 cán bộ ở các điểm cầu xã.',
  'Học viên được hướng dẫn nhúng bài viết của huyện vào trang của xã.',
  'Cán bộ đã lưu nhiều tài liệu để đọc sau giờ học.',
  'Các bài cùng chuyên mục dân vận khéo được biên tập lại thành sổ tay.',
  'Vui lòng đăng nhập để gửi ý kiến là dòng nhắc mà học viên thấy trên trang của huyện.',
  'Có ý kiến hữu ích và không hữu ích, ban tổ chức đều ghi nhận.',
  'Học viên được hướng dẫn báo lỗi chính tả trong văn bản cho bộ phận soạn thảo.',
  'Giảng viên trình bày cách chọn cỡ chữ phù hợp cho bảng tin của thôn.',
  'Liên kết bài viết với mạng xã hội giúp thông tin đến với người dân nhanh hơn.',
  'Đồng chí Trưởng ban đề nghị học viên nghe bài viết của tỉnh trên loa truyền thanh.',
  'Học viên thực hành sắp xếp mới nhất lên đầu danh sách tài liệu.',
];

describe('web-leftover: page furniture on a line of its own', () => {
  it('has forty of each', () => {
    expect(FURNITURE).toHaveLength(40);
    expect(SENTENCES).toHaveLength(40);
  });
  it.each(FURNITURE.map((x) => [x]))('removes “%s”', (line) => {
    const text = `${HEAD}${line}${TAIL}`;
    expect(check(text, R).map((f) => f.text)).toEqual([line]);
    expect(fixed(text, R)).toBe(`${HEAD}${TAIL.slice(2)}`);
  });
  it.each(SENTENCES.map((x) => [x]))('is silent on the sentence “%s”', (line) => {
    expect(check(`${HEAD}${line}${TAIL}`, R)).toEqual([]);
  });
});
