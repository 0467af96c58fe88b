/**
 * required-organiser (TIN-04): the draft names the body that organised the event, as the
 * subject of an organising verb ("Huyện ủy An Lão tổ chức …", "UBND huyện mở lớp …", "… do
 * Liên đoàn Lao động tỉnh tổ chức"). Lowercase names count: the case rules deal with them.
 */
import type { Rule } from '../core/types.js';
import { findDateline, leadBodyStart } from '../core/structure/dateline.js';
import { findOrganiser } from '../core/structure/organiser.js';
import { leadSpot, missing } from '../core/structure/places.js';

export const requiredOrganiser: Rule = {
  meta: {
    id: 'required-organiser',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: false,
    genre: 'training',
    description: {
      vi: 'Tin phải nêu cơ quan, đơn vị tổ chức sự kiện.',
      en: 'The item names the body that organised the event.',
    },
    rationale: {
      vi: 'Cơ quan tổ chức là chủ thể của tin (“Ban Dân vận Tỉnh ủy tổ chức …”); thiếu nó, tin không trả lời được câu hỏi “ai”.',
      en: 'The organiser is the subject of the item; without it the item does not say who.',
    },
    messages: {
      missing: {
        vi: 'Thiếu cơ quan tổ chức: cần nêu rõ đơn vị nào tổ chức, ví dụ “Huyện ủy An Lão tổ chức …” hoặc “… do Hội Nông dân tỉnh tổ chức”.',
        en: 'Missing organiser: name the body that organised the event, e.g. “Huyện ủy An Lão tổ chức …” or “… do Hội Nông dân tỉnh tổ chức”.',
      },
      insert: { vi: 'Chèn cơ quan tổ chức', en: 'Insert the organiser' },
    },
  },
  check({ draft, report }) {
    const lead = draft.lead ?? draft.story[0];
    if (!lead || findOrganiser(draft)) return;
    // right after the dateline and its comma, else at the start of the lead
    let at = leadBodyStart(draft, lead);
    const date = findDateline(draft);
    if (date && date.start >= lead.start && date.end <= lead.end) {
      const after = /^\s*,\s*/u.exec(draft.text.slice(date.end, lead.end));
      at = date.end + (after ? after[0].length : 0);
    }
    report(missing(leadSpot(draft), at, '${1:Tên cơ quan} tổ chức '));
  },
};
