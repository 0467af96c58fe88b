/**
 * required-headline (TIN-01): a training-news item opens with a headline: a short line of its
 * own, without a final period. Missing: a template is offered; a final period is removed by
 * the fix (it is never part of a headline); an overlong headline is reported.
 */
import type { Rule } from '../core/types.js';
import { headlineSpot, missing, paragraphBreak } from '../core/structure/places.js';

const MAX_WORDS = 30;

export const requiredHeadline: Rule = {
  meta: {
    id: 'required-headline',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: true,
    genre: 'training',
    description: {
      vi: 'Tin phải mở đầu bằng một tiêu đề ngắn, không có dấu chấm cuối.',
      en: 'The item opens with a short headline without a final period.',
    },
    rationale: {
      vi: 'Tiêu đề là dòng đầu tiên của tin, tóm tắt sự kiện trong một dòng; tiêu đề không kết thúc bằng dấu chấm.',
      en: 'The headline is the first line of a news item and sums up the event; it never ends with a period.',
    },
    messages: {
      missing: {
        vi: 'Thiếu tiêu đề: dòng đầu của tin phải là tiêu đề ngắn, không có dấu chấm cuối, ví dụ “Huyện ủy An Lão tập huấn nghiệp vụ công tác dân vận”.',
        en: 'Missing headline: the first line must be a short headline without a final period, e.g. “Huyện ủy An Lão tập huấn nghiệp vụ công tác dân vận”.',
      },
      finalPeriod: {
        vi: 'Tiêu đề không kết thúc bằng dấu chấm.',
        en: 'A headline does not end with a period.',
      },
      tooLong: {
        vi: 'Tiêu đề quá dài ({words} từ); nên gọn trong khoảng {max} từ.',
        en: 'The headline is too long ({words} words); keep it within about {max} words.',
      },
      insert: { vi: 'Chèn khung tiêu đề', en: 'Insert a headline template' },
      removePeriod: { vi: 'Xóa dấu chấm cuối tiêu đề', en: 'Remove the final period' },
    },
  },
  check({ draft, report }) {
    const h = draft.headline;
    if (!h) {
      const first = draft.paragraphs.find((p) => p.kind !== 'chrome' && p.kind !== 'metadata');
      if (!first) return;
      report(missing(headlineSpot(draft), first.start, `\${1:Tiêu đề tin}${paragraphBreak(draft)}`));
      return;
    }
    const text = h.text;
    if (/[^.]\.$/u.test(text) && !text.endsWith('./.')) {
      const edit = { start: h.end - 1, end: h.end, text: '' };
      report({ start: h.end - 1, end: h.end, messageId: 'finalPeriod', fix: [edit], suggestions: [{ messageId: 'removePeriod', edits: [edit] }] });
    }
    const words = h.sentences.reduce((n, s) => n + s.words.length, 0);
    if (words > MAX_WORDS) report({ start: h.start, end: h.end, messageId: 'tooLong', args: { words, max: MAX_WORDS }, severity: 'warning' });
  },
};
