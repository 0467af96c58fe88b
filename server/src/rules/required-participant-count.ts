/**
 * required-participant-count (TIN-08): how many attended ("166 học viên", "hơn 100 đại biểu",
 * "gần 200 cán bộ", "hai trăm hội viên"). A count of days, topics or units is not one.
 */
import type { Rule } from '../core/types.js';
import { findParticipantCount } from '../core/structure/participants.js';
import { headlineSpot, missing } from '../core/structure/places.js';

export const requiredParticipantCount: Rule = {
  meta: {
    id: 'required-participant-count',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    genre: 'training',
    description: {
      vi: 'Tin phải nêu số người tham dự.',
      en: 'The item gives the number of participants.',
    },
    rationale: {
      vi: 'Số học viên, đại biểu tham dự cho thấy quy mô sự kiện; “các đại biểu” hay “đông đảo cán bộ” không thay được con số.',
      en: 'The number of participants shows the scale of the event; “the delegates” is no substitute for a figure.',
    },
    messages: {
      missing: {
        vi: 'Thiếu số người tham dự: cần nêu con số cụ thể, ví dụ “Tham dự có 166 học viên là cán bộ, công chức cấp xã”.',
        en: 'Missing participant count: give a figure, e.g. “Tham dự có 166 học viên là cán bộ, công chức cấp xã”.',
      },
      insert: { vi: 'Chèn câu nêu số người tham dự', en: 'Insert a participant-count sentence' },
    },
  },
  check({ draft, report }) {
    const lead = draft.lead ?? draft.story[0];
    if (!lead || findParticipantCount(draft)) return;
    const first = lead.sentences[0];
    const at = first ? first.end : lead.end;
    report(missing(headlineSpot(draft), at, ' Tham dự có ${1:số lượng} ${2:học viên} là ${3:thành phần tham dự}.'));
  },
};
