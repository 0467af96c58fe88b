/**
 * required-agenda (TIN-09): the item says what was taught or briefed ("chuyên đề", "nội dung",
 * "được tập huấn về …", "được hướng dẫn …", "được quán triệt …").
 */
import type { Rule } from '../core/types.js';
import { findAgenda } from '../core/structure/agenda.js';
import { headlineSpot, missing, paragraphBreak } from '../core/structure/places.js';

export const requiredAgenda: Rule = {
  meta: {
    id: 'required-agenda',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    genre: 'training',
    description: {
      vi: 'Tin phải nêu nội dung, chuyên đề được tập huấn, quán triệt.',
      en: 'The item states the topics or content of the training.',
    },
    rationale: {
      vi: 'Nội dung tập huấn là thông tin chính của tin: học viên được học gì, quán triệt văn bản nào.',
      en: 'What was taught is the substance of the item: which topics, which documents.',
    },
    messages: {
      missing: {
        vi: 'Thiếu nội dung tập huấn: cần nêu các chuyên đề hoặc nội dung chính, ví dụ “Các học viên được nghe giới thiệu chuyên đề: …”.',
        en: 'Missing agenda: state the topics or main content, e.g. “Các học viên được nghe giới thiệu chuyên đề: …”.',
      },
      insert: { vi: 'Chèn đoạn nội dung tập huấn', en: 'Insert an agenda paragraph' },
    },
  },
  check({ draft, report }) {
    const lead = draft.lead ?? draft.story[0];
    if (!lead || findAgenda(draft)) return;
    const template = `${paragraphBreak(draft)}Tại \${1:hội nghị}, các \${2:học viên} được nghe giới thiệu các chuyên đề: \${3:nội dung chuyên đề}.`;
    report(missing(headlineSpot(draft), lead.end, template));
  },
};
