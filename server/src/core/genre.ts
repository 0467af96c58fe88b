/**
 * Is this draft a training-news item (tin tập huấn / bồi dưỡng / hội nghị quán triệt /
 * khai giảng, bế giảng lớp)? Only then do the required-* structure rules apply.
 *
 * Read from the headline and the lead (as an editor does): a strong event word there is
 * enough; a weak one ("huấn luyện", "đào tạo", "hội thảo", "chuyên đề"…, also used by sports
 * and business news) needs a second sign of a class or a briefing in the opening paragraphs.
 * A legal text (articles, "Căn cứ …"), a sports report or a weather bulletin is never one.
 */
import type { Draft } from './draft.js';
import type { ResolvedConfig } from './config/types.js';

const STRONG =
  /(?<![\p{L}])(?:tập huấn|bồi dưỡng|quán triệt|khai giảng|bế giảng|lớp (?:học|đào tạo|tập huấn|bồi dưỡng|trung cấp|cao cấp|sơ cấp|huấn luyện)|hội nghị (?:tập huấn|bồi dưỡng|học tập|quán triệt|triển khai|báo cáo viên|tuyên truyền|phổ biến)|học tập,? (?:quán triệt|nghị quyết|chuyên đề)|truyền đạt|phổ biến,? giáo dục pháp luật)(?![\p{L}])/iu;
const WEAK =
  /(?<![\p{L}])(?:huấn luyện(?! viên)|đào tạo|tuyên truyền|chuyên đề|hội thảo|tọa đàm|toạ đàm|hướng dẫn nghiệp vụ|nâng cao (?:năng lực|kiến thức|kỹ năng|kĩ năng|nghiệp vụ)|cập nhật (?:kiến thức|tài liệu))(?![\p{L}])/iu;
/** a class or a briefing: who learns, and how */
const SUPPORT =
  /(?<![\p{L}])(?:học viên|đại biểu|tham dự|dân quân|tự vệ|hội viên|đoàn viên|đảng viên|tình nguyện viên|lớp học|tập huấn|bồi dưỡng|kiến thức|kỹ năng|kĩ năng|nghiệp vụ|giảng viên|báo cáo viên)(?![\p{L}])/iu;

/**
 * A legal document: a line opening an article ("Điều 5."), a preamble ("Căn cứ Luật …"), a
 * title line of its own ("NGHỊ ĐỊNH", "QUYẾT ĐỊNH:") or the national motto. A news item may
 * say "căn cứ vào …" mid-paragraph; it does not open lines like these.
 */
const LEGAL =
  /^[ \t]*(?:Điều\s+\d+\s*[.:]|Căn cứ\s+(?:Luật|Hiến pháp|Nghị định|Nghị quyết|Thông tư|Quyết định|Pháp lệnh)\b|(?:NGHỊ ĐỊNH|THÔNG TƯ|QUYẾT ĐỊNH|CHỈ THỊ|LUẬT|NGHỊ QUYẾT)[ \t]*:?[ \t]*$|CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA)/mu;
/** sports and weather words; two of them in the opening outweigh a "huấn luyện" */
const OTHER_GENRE =
  /(?<![\p{L}])(?:cầu thủ|trận đấu|ghi bàn|bàn thắng|tỷ số|tỉ số|hiệp (?:1|2|một|hai)|huấn luyện viên|HLV|đội tuyển|vòng loại|giải đấu|sân vận động|nhiệt độ|lượng mưa|áp thấp|gió mùa|dự báo thời tiết|không khí lạnh|nắng nóng)(?![\p{L}])/giu;

function opening(draft: Draft): string {
  const story = draft.story.slice(0, 3).map((p) => p.text);
  return [draft.headline?.text ?? '', ...story].join('\n').normalize('NFC');
}

export function isTrainingNews(draft: Draft): boolean {
  const text = draft.text.normalize('NFC');
  if (LEGAL.test(text)) return false;
  const head = [draft.headline?.text ?? '', draft.lead?.text ?? ''].join('\n').normalize('NFC');
  const open = opening(draft);
  const other = open.match(OTHER_GENRE)?.length ?? 0;
  if (STRONG.test(head)) return other < 3;
  if (WEAK.test(head)) return other < 2 && SUPPORT.test(open.replace(WEAK, ' '));
  return false;
}

export function appliesTraining(draft: Draft, config: ResolvedConfig): boolean {
  if (config.genre === 'none') return false;
  if (config.genre === 'training') return true;
  return isTrainingNews(draft);
}
