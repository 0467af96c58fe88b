/**
 * participant-count-consistency (TIN-08): a draft that states the number of participants twice
 * must state the same number ("166 học viên" in the lead, "165 học viên" at the end is a
 * slip one of the two readers will notice). Only exact totals of the same noun are compared:
 * "hơn 100 cán bộ" and "120 cán bộ" do not contradict, nor does a part ("25 học viên đạt loại
 * giỏi") contradict its total.
 */
import { findParticipantCounts, type ParticipantCount } from '../core/numbers.js';
import { ParagraphMemo } from '../core/paragraph-memo.js';
import type { Rule } from '../core/types.js';

/**
 * The counts of each paragraph, remembered by its text (findParticipantCounts reads the
 * paragraph's prose alone): a re-check reads the edited paragraph only, not the count's
 * expression over every paragraph of the draft.
 */
const countsByParagraph = new ParagraphMemo<ParticipantCount[]>('participant-count-consistency.paragraphs', 256 * 1024, { offsets: ['start', 'end'] });

export const participantCountConsistency: Rule = {
  meta: {
    id: 'participant-count-consistency',
    category: 'text',
    defaultSeverity: 'warning',
    fixable: false,
    description: {
      vi: 'Số người tham dự nêu hai lần trong bài phải khớp nhau.',
      en: 'A participant count stated twice in a draft must be the same.',
    },
    rationale: {
      vi: 'Tin thường nêu số học viên, đại biểu ở đoạn đầu và nhắc lại ở đoạn cuối; hai con số khác nhau làm người đọc không biết số nào đúng.',
      en: 'A news item often gives the number of trainees in the lead and repeats it at the end; two different numbers leave the reader unsure which is right.',
    },
    messages: {
      differs: {
        vi: 'Số {noun} ở đây là {second}, nhưng trước đó bài viết ghi {first}.',
        en: 'This says {second} {noun}, but the draft said {first} earlier.',
      },
      useFirst: { vi: 'Sửa thành {first}', en: 'Change to {first}' },
    },
  },
  check({ draft, report }) {
    const firstOf = new Map<string, ParticipantCount>();
    for (const p of draft.paragraphs) {
      if (p.kind === 'metadata' || p.kind === 'chrome') continue;
      for (const c of countsByParagraph.get(draft, p, '', (q) => findParticipantCounts(draft.view, q.start, q.end))) {
        if (!c.total || c.approximate) continue;
        const first = firstOf.get(c.family);
        if (!first) {
          firstOf.set(c.family, c);
          continue;
        }
        if (first.value === c.value) continue;
        const firstText = draft.text.slice(first.start, first.end);
        const secondText = draft.text.slice(c.start, c.end);
        report({
          start: c.start,
          end: c.end,
          messageId: 'differs',
          args: { noun: c.family, first: firstText, second: secondText },
          suggestions: [{ messageId: 'useFirst', args: { first: firstText }, edits: [{ start: c.start, end: c.end, text: firstText }] }],
          data: { first: { start: first.start, end: first.end, value: first.value }, value: c.value },
        });
      }
    }
  },
};
