/**
 * required-dateline (TIN-03): the lead says when the event took place, with a day and a month
 * ("Sáng ngày 12-9, …", "Chiều 19-8-2022, …", "Ngày 4/6/2021, …"), after any source tag.
 */
import type { Rule } from '../core/types.js';
import type { Draft, Paragraph } from '../core/draft.js';
import { findDateline, leadBodyStart } from '../core/structure/dateline.js';
import { findOrganiser } from '../core/structure/organiser.js';
import { leadSpot, missing } from '../core/structure/places.js';

/** a clause this long before the organiser, ended by a comma, is a preamble ("Thực hiện Kế hoạch số 12 của Huyện ủy, …"); "Vừa qua, …" is not */
const PREAMBLE_WORDS = 5;

/**
 * Where the dateline goes: at the start of the lead (after its source tag), or, when the lead's
 * first sentence opens with a preamble clause, right before the organiser that follows it
 * ("Thực hiện Kế hoạch số 12 của Huyện ủy, sáng ngày 5-3, Hội Nông dân huyện tổ chức …"), in lower case.
 */
function insertion(draft: Draft, lead: Paragraph): { at: number; midSentence: boolean } {
  const start = leadBodyStart(draft, lead);
  const first = lead.sentences.find((s) => s.end > start);
  const organiser = findOrganiser(draft);
  if (first && organiser && organiser.start > start && organiser.start < first.end) {
    const before = draft.text.slice(start, organiser.start);
    if (/,\s*$/u.test(before) && before.trim().split(/\s+/u).length >= PREAMBLE_WORDS) return { at: organiser.start, midSentence: true };
  }
  return { at: start, midSentence: false };
}

export const requiredDateline: Rule = {
  meta: {
    id: 'required-dateline',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: false,
    genre: 'training',
    description: {
      vi: 'Đoạn mở đầu phải nêu thời gian diễn ra sự kiện, có ngày và tháng.',
      en: 'The lead states when the event took place, with day and month.',
    },
    rationale: {
      vi: 'Người đọc và biên tập viên cần biết sự kiện diễn ra ngày nào; “vừa qua”, “sáng nay” không đủ khi tin được đăng lại hoặc lưu trữ.',
      en: 'Readers and editors need the date of the event; “recently” or “this morning” say nothing once the item is archived.',
    },
    messages: {
      missing: {
        vi: 'Thiếu thời gian: đoạn mở đầu cần nêu ngày, tháng diễn ra sự kiện, ví dụ “Sáng ngày 12-9, …”.',
        en: 'Missing dateline: the lead must give the day and month of the event, e.g. “Sáng ngày 12-9, …”.',
      },
      insert: { vi: 'Chèn thời gian vào đầu tin', en: 'Insert a dateline at the start of the lead' },
    },
  },
  check({ draft, report }) {
    const lead = draft.lead ?? draft.story[0];
    if (!lead || findDateline(draft)) return;
    const { at, midSentence } = insertion(draft, lead);
    report(missing(leadSpot(draft), at, midSentence ? '${1|sáng ngày,chiều ngày,ngày|} ${2:dd-mm}, ' : '${1|Sáng ngày,Chiều ngày,Ngày|} ${2:dd-mm}, '));
  },
};
