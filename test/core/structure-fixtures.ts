/**
 * Drafts written for the structure tests (invented events, names and places; no corpus text).
 * Each complete draft has every required element; the others lack what their name says.
 */

/** A complete training-news item: every element present, "./." then the byline. */
export const COMPLETE = `Huyện ủy Kim Sơn tập huấn nghiệp vụ công tác tuyên giáo năm 2024

(Đài Kim Sơn) Sáng ngày 14-3, Huyện ủy Kim Sơn tổ chức hội nghị tập huấn nghiệp vụ công tác tuyên giáo cho 120 cán bộ là bí thư chi bộ, báo cáo viên cơ sở.

Dự và phát biểu khai mạc có đồng chí Phạm Thị Thu Hà, Phó Bí thư Thường trực Huyện ủy.

Tại hội nghị, các học viên được nghe giới thiệu hai chuyên đề: kỹ năng tuyên truyền miệng và công tác nắm bắt dư luận xã hội ở cơ sở.

Lớp tập huấn diễn ra trong 2 ngày, từ ngày 14-3 đến ngày 15-3./.

Ngọc Anh
`;

/** Newspaper layout: source tag with a dash, title before the name, no "./.", "Tin, ảnh:" credit. */
export const COMPLETE_PRESS = `Khai giảng lớp bồi dưỡng kiến thức quốc phòng cho cán bộ chủ chốt

05/10/2024 - 08:30

BTN.VN - Chiều 4-10, Bộ Chỉ huy Quân sự tỉnh phối hợp với Trường Chính trị tỉnh khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh năm 2024. Giám đốc Sở Nội vụ Lâm Văn Khánh đến dự.

Lớp học có gần 90 học viên là trưởng, phó phòng các sở, ban, ngành cấp tỉnh.

Trong 5 ngày, học viên được nghiên cứu các chuyên đề về nhiệm vụ quốc phòng, an ninh trong tình hình mới.

Tin, ảnh: Q. Huy

Chia sẻ bài viết
`;

/** Lacks dateline, organiser, officials, participant count, duration and byline. */
export const SPARSE = `Tập huấn kỹ năng sơ cứu cho hội viên phụ nữ

Vừa qua, các hội viên phụ nữ xã Đông Hưng đã tham gia buổi tập huấn kỹ năng sơ cứu ban đầu.

Buổi tập huấn giúp chị em tự tin hơn khi gặp tình huống khẩn cấp trong gia đình.
`;

/** A sports report (other genre): never told it lacks a participant count. */
export const SPORTS = `Hà Nội FC thắng ngược Bình Định ở vòng 5

Cập nhật 20:15 ngày 12/10/2024

Tối 12-10, trên sân Hàng Đẫy, Hà Nội FC ngược dòng thắng Bình Định 2-1. Huấn luyện viên trưởng cho biết toàn đội đã tập luyện kỹ trong tuần qua.

Sau hiệp 1, đội khách dẫn trước nhờ bàn thắng ở phút 30. Sang hiệp 2, các cầu thủ chủ nhà ghi liền hai bàn thắng.

Minh Khôi
`;

/** A sports report that uses "huấn luyện" (a weak cue) in its headline. */
export const SPORTS_TRAINING_WORD = `Đội tuyển có buổi huấn luyện đầu tiên tại Thường Châu

Chiều 5-1, 26 cầu thủ đội tuyển có buổi huấn luyện đầu tiên dưới sự dẫn dắt của huấn luyện viên trưởng.

Buổi tập diễn ra trong 90 phút, các cầu thủ tập chiến thuật cho trận đấu sắp tới.

Hải Đăng
`;

/** A decree excerpt (other genre): it speaks of "bồi dưỡng" but is a legal text. */
export const DECREE = `NGHỊ ĐỊNH
Quy định về đào tạo, bồi dưỡng cán bộ, công chức, viên chức

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;

Điều 1. Phạm vi điều chỉnh

Nghị định này quy định về tập huấn, bồi dưỡng cán bộ, công chức và viên chức.

Điều 2. Đối tượng áp dụng

Cán bộ, công chức, viên chức đang công tác tại các cơ quan nhà nước.
`;

/** A weather item (other genre). */
export const WEATHER = `Bắc Bộ chuyển rét, vùng núi có nơi dưới 10 độ

Do ảnh hưởng của không khí lạnh, từ đêm 12-12, nhiệt độ tại các tỉnh Bắc Bộ giảm mạnh, vùng núi có nơi dưới 10 độ C.

Cơ quan khí tượng khuyến cáo người dân giữ ấm cho trẻ nhỏ và người cao tuổi.

PV
`;
