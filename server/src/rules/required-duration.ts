/**
 * required-duration (TIN-10, info): how long the class or conference lasted ("trong 2 ngày",
 * "từ 16 đến 19-8-2022", "kéo dài …"). Many one-session events omit it, hence info.
 */
import type { Rule } from '../core/types.js';
import { findDuration } from '../core/structure/agenda.js';
import { headlineSpot, missing } from '../core/structure/places.js';

export const requiredDuration: Rule = {
  meta: {
    id: 'required-duration',
    category: 'structure',
    defaultSeverity: 'info',
    fixable: false,
    genre: 'training',
    description: {
      vi: 'Tin nên nêu thời gian diễn ra lớp học, hội nghị (bao nhiêu ngày, từ ngày nào đến ngày nào).',
      en: 'The item should say how long the class or conference lasted.',
    },
    rationale: {
      vi: 'Với lớp tập huấn, bồi dưỡng nhiều ngày, thời lượng là thông tin người đọc cần; với hội nghị một buổi có thể bỏ qua.',
      en: 'For a multi-day class the duration matters to readers; a one-session meeting may leave it out.',
    },
    messages: {
      missing: {
        vi: 'Chưa nêu thời lượng: nên ghi lớp học diễn ra bao lâu, ví dụ “Lớp tập huấn diễn ra trong 3 ngày, từ ngày 12-9 đến ngày 14-9”.',
        en: 'No duration: say how long it lasted, e.g. “Lớp tập huấn diễn ra trong 3 ngày, từ ngày 12-9 đến ngày 14-9”.',
      },
      insert: { vi: 'Chèn câu nêu thời lượng', en: 'Insert a duration sentence' },
    },
  },
  check({ draft, report }) {
    const lead = draft.lead ?? draft.story[0];
    if (!lead || findDuration(draft)) return;
    report(missing(headlineSpot(draft), lead.end, ' ${1:Lớp tập huấn} diễn ra trong ${2:số} ngày, từ ngày ${3:dd-mm} đến ngày ${4:dd-mm}.'));
  },
};
