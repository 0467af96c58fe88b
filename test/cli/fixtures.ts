/** Drafts written for these tests (not from the corpus). */

/** Four deliberate mistakes: double space (2:74), "( Đài" (3:22), "đã đã" (4:9), Icelandic "Ð" (5:1). */
export const DRAFT = [
  'Tập huấn nghiệp vụ văn thư cho cán bộ xã',
  'Ngày 12-9, tại Hội trường Ủy ban nhân dân huyện, Phòng Nội vụ tổ chức lớp  tập huấn nghiệp vụ văn thư.',
  'Tham dự có 45 cán bộ ( Đài Truyền thanh huyện cử phóng viên đưa tin).',
  'Lớp học đã đã kéo dài hai ngày.',
  'Ðây là lớp đầu tiên trong năm.',
  '',
].join('\n');

/** The same draft after `--fix`. */
export const DRAFT_FIXED = [
  'Tập huấn nghiệp vụ văn thư cho cán bộ xã',
  'Ngày 12-9, tại Hội trường Ủy ban nhân dân huyện, Phòng Nội vụ tổ chức lớp tập huấn nghiệp vụ văn thư.',
  'Tham dự có 45 cán bộ (Đài Truyền thanh huyện cử phóng viên đưa tin).',
  'Lớp học đã kéo dài hai ngày.',
  'Đây là lớp đầu tiên trong năm.',
  '',
].join('\n');

/** Only warnings: one double space on line 2. */
export const WARNINGS_ONLY = 'Hội nghị triển khai công tác năm mới\nSáng nay,  huyện tổ chức hội nghị.\n';

export const CLEAN = 'Hội nghị triển khai công tác năm mới\nSáng nay, huyện tổ chức hội nghị.\n';
