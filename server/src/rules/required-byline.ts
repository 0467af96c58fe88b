/**
 * required-byline (TIN-12): an author credit on the last line ("Hoàng Yến", "Tin, ảnh: P.
 * Tuyết", "PV", "Nhóm PV", "Minh Anh – Thu Hà"). A photo caption does not count. The template
 * uses the `author` setting when it is set.
 */
import type { Rule } from '../core/types.js';
import { isBylineText, isLabelledCredit, isTopBylineText } from '../core/structure/byline.js';
import { endSpot, missing, paragraphBreak } from '../core/structure/places.js';
import { snippetLiteral } from '../core/skeleton.js';

/**
 * "… nông thôn mới./. Hoàng Yến", "… nông thôn mới. (Hoàng Yến)": a credit glued to the end
 * mark still credits the author (a bare name after "." only in parentheses or after "./.")
 */
const GLUED = /(?:\.\/\.[ \t]+([^\n]+)|[.!?…][ \t]+\(([^\n()]+)\))$/u;
/** "… nông thôn mới. Hoàng Yến", "… mới. Tin, ảnh: Thu Hà": a credit whose line break the page lost */
const LOST_BREAK = /[.!?…][ \t]+([^\n.!?…]+)$/u;

export const requiredByline: Rule = {
  meta: {
    id: 'required-byline',
    category: 'structure',
    defaultSeverity: 'error',
    fixable: false,
    genre: 'training',
    description: {
      vi: 'Cuối tin phải có tên tác giả (bút danh, “PV”, “Tin, ảnh: …”).',
      en: 'The item ends with an author credit.',
    },
    rationale: {
      vi: 'Tên tác giả ở dòng cuối cho biết ai chịu trách nhiệm về tin; biên tập viên trả lại bài thiếu tên tác giả.',
      en: 'The credit on the last line says who answers for the item; editors send back drafts without one.',
    },
    messages: {
      missing: {
        vi: 'Thiếu tên tác giả: dòng cuối của tin cần ghi tên người viết, ví dụ “Hoàng Yến” hoặc “Tin, ảnh: P. Tuyết”.',
        en: 'Missing byline: the last line must credit the author, e.g. “Hoàng Yến” or “Tin, ảnh: P. Tuyết”.',
      },
      insert: { vi: 'Chèn tên tác giả', en: 'Insert the byline' },
    },
  },
  check({ draft, config, report }) {
    if (draft.byline) return;
    const last = draft.story[draft.story.length - 1];
    if (!last) return;
    const glued = GLUED.exec(last.text);
    if (glued && isBylineText(glued[1] ?? glued[2])) return;
    const tail = LOST_BREAK.exec(last.text);
    if (tail && (isTopBylineText(tail[1]) || isLabelledCredit(tail[1]))) return;
    const author = config.author?.trim();
    const credit = author ? snippetLiteral(author) : '${1:Tên tác giả}';
    report(missing(endSpot(draft), last.end, `${paragraphBreak(draft)}${credit}`));
  },
};
