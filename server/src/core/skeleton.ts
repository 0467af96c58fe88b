/**
 * The skeleton of a training-news item ("tin tập huấn"), in VS Code snippet syntax, for the
 * command "Soát Tin: Chèn khung tin tập huấn" (soattin.insertSkeleton). The order follows
 * the canonical order of the genre (vi-official-style.md §7): headline, source tag + lead
 * (time, organiser, event, topic), leaders with titles, participants with a count, agenda,
 * duration, purpose, byline.
 */

/** Escape text that must appear literally inside a snippet ($, }, \). */
export function snippetLiteral(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/**
 * A complete training-news skeleton. `author` (the `author` setting) fills the byline as plain
 * text; without it the byline is a placeholder.
 */
export function trainingSkeleton(author?: string): string {
  const byline = author && author.trim() ? snippetLiteral(author.trim()) : '${17:Tên tác giả}';
  return [
    '${1:Tên cơ quan} tổ chức ${2:tập huấn} ${3:nội dung tập huấn}',
    '',
    '(${4:Tên cơ quan báo chí}) ${5|Sáng ngày,Chiều ngày,Ngày|} ${6:dd-mm}, ${1:Tên cơ quan} tổ chức ${2:tập huấn} ${3:nội dung tập huấn} cho ${7:số người} ${8:học viên} là ${9:thành phần tham dự}.',
    '',
    'Dự và phát biểu khai mạc có đồng chí ${10:Họ và tên}, ${11:chức vụ, cơ quan}.',
    '',
    'Tại hội nghị, các học viên được nghe giới thiệu các chuyên đề: ${12:nội dung chuyên đề}.',
    '',
    'Lớp tập huấn diễn ra trong ${13:số} ngày, từ ngày ${14:dd-mm} đến ngày ${15:dd-mm}. ${16:Mục đích, kết quả của lớp tập huấn}.',
    '',
    byline,
    '',
  ].join('\n');
}
