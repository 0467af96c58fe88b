/**
 * Is this draft a training-news item (tin tập huấn / bồi dưỡng / hội nghị quán triệt /
 * khai giảng, bế giảng lớp)? Only then do the required-* structure rules apply.
 */
import type { Draft } from './draft.js';
import type { ResolvedConfig } from './config/types.js';

const EVENT =
  /(tập huấn|bồi dưỡng|quán triệt|triển khai (?:nghị quyết|chỉ thị|kết luận|quy định|luật|văn bản|chuyên đề)|khai giảng|bế giảng|lớp (?:học|đào tạo|tập huấn|bồi dưỡng|trung cấp|cao cấp|sơ cấp)|hội nghị (?:tập huấn|bồi dưỡng|học tập|quán triệt|triển khai|báo cáo viên)|học tập,? quán triệt|hội thi|truyền đạt|đào tạo|huấn luyện|tuyên truyền (?:pháp luật|về)|chuyên đề)/iu;

export function isTrainingNews(draft: Draft): boolean {
  const head = [draft.headline?.text ?? '', draft.lead?.text ?? ''].join('\n').normalize('NFC');
  return EVENT.test(head);
}

export function appliesTraining(draft: Draft, config: ResolvedConfig): boolean {
  if (config.genre === 'none') return false;
  if (config.genre === 'training') return true;
  return isTrainingNews(draft);
}
