/**
 * required-byline (TIN-12): an author credit on the last line ("Hoàng Yến", "Tin, ảnh: P.
 * Tuyết", "PV", "Nhóm PV", "Minh Anh – Thu Hà"). A photo caption does not count. The template
 * uses the `author` setting when it is set.
 */
import type { Rule } from '../core/types.js';
import { isBylineText, isLabelledCredit, isTopBylineText } from '../core/structure/byline.js';
import { endSpot, missing, paragraphBreak } from '../core/structure/places.js';
import { snippetLiteral } from '../core/skeleton.js';
import { metadataCredit } from '../core/parse.js';
import { isPhotoCaptionText } from '../core/structure/captions.js';

/**
 * "… nông thôn mới./. Hoàng Yến", "… mới./.Hoàng Yến", "… nông thôn mới. (Hoàng Yến)": a credit
 * glued to the end mark still credits the author (a bare name after "." only in parentheses or after "./.")
 */
const GLUED = /(?:\.\/\.[ \t]*([^\n]+)|[.!?…][ \t]+\(([^\n()]+)\))$/u;
/**
 * "… nông thôn mới. Hoàng Yến", "… mới. - Hoàng Yến", "… mới. Tin, ảnh: Thu Hà", "… nông thôn mới.Hoàng Yến": a credit
 * whose line break the page lost (glued to the stop only after a lower-case word, so that
 * "TP.Hồ Chí Minh" stays a place). The stop of a list's number or letter opening the line ("3. Lò
 * Thị Ún", "b. Hoàng Văn Páo") ends no sentence: the name is an item of the list.
 */
const LOST_BREAK = /(?:(?<!^[ \t]*(?:\d{1,3}|\p{L}))[.!?…][ \t]+(?:[-–—][ \t]+)?|(?<=\p{Ll}{2}[.!?…]))([^\n.!?…]+)$/u;
/** "… ở cơ sở (Tin: Thu Hà)": a labelled credit in brackets ends the paragraph, with or without a stop before it */
const BRACKETED = /\(([^\n()]+)\)\s*$/u;
/** "./. Hoài": after the end-of-item mark a single capitalised word is a pen name */
const PEN_NAME = /^\p{Lu}\p{Ll}+\.?$/u;
/** a label and its colon ("Tin:", "Tin, ảnh:", "Theo:") opening what the brackets hold */
const LABEL = /^[^:()]{1,20}:\s*\S/u;

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
    // "Thu Hà (12/3/2024)", "PV 14/12/2023 13:39": a credit beside the page's date stamp
    if (draft.byline || draft.metadata.some((p) => metadataCredit(p.text) !== undefined)) return;
    const last = draft.story[draft.story.length - 1];
    if (!last) return;
    // "… trong thời gian tới. (Minh Anh)" ⏎ "Ảnh: Quang cảnh buổi tập huấn.": the credit closes
    // the last paragraph of prose, the photo's caption printed under it
    let at = draft.story.length - 1;
    while (at > 0 && isPhotoCaptionText(draft.story[at].text)) at--;
    const prose = draft.story[at];
    const glued = GLUED.exec(prose.text);
    if (glued && (isBylineText(glued[1] ?? glued[2]) || (glued[1] !== undefined && PEN_NAME.test(glued[1].trim())))) return;
    const tail = LOST_BREAK.exec(prose.text);
    if (tail && (isTopBylineText(tail[1]) || isLabelledCredit(tail[1]))) return;
    const bracketed = BRACKETED.exec(prose.text);
    if (bracketed && LABEL.test(bracketed[1]) && isBylineText(bracketed[1])) return;
    const author = config.author?.trim();
    const credit = author ? snippetLiteral(author) : '${1:Tên tác giả}';
    report(missing(endSpot(draft), last.end, `${paragraphBreak(draft)}${credit}`));
  },
};
