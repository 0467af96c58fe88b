/**
 * web-leftover (NORM-04): lines a news website adds around a story ("Chia sẻ bài viết",
 * "Ý kiến bạn đọc (0)", an image file name, a template placeholder) that came along with a
 * copy-paste. The parser marks them as `chrome` paragraphs (patterns in
 * dictionaries/web-debris.json); the fix removes the whole line with its line break.
 * Debris inside a line ("huyệnnbsp;ủy", "- Ảnh 1.", "{title}", core/web-debris.ts) is removed
 * alone, keeping the words around it. A view counter glued to the publication date
 * ("12-09-2023 255") is only suggested for removal: the number might be metadata someone wants.
 */
import type { Paragraph } from '../core/draft.js';
import type { Rule, TextEdit } from '../core/types.js';
import { closedCaptionLabel, creditContact, opensWithPhotoLabel, decodeEntity, paragraphDebris, type DebrisAction, type DebrisSpan } from '../core/web-debris.js';
import { paragraphProse } from '../core/paragraph-memo.js';
import { isDebrisLine, sameTitle } from '../core/parse.js';
import { isAltTextOf, isUnaccentedAltText } from '../core/alt-text.js';
import { collapseSpaces } from '../core/normalise.js';
import { lazyRegExp } from '../core/lazy-regexp.js';

const BLANK = /[ \t\u00a0]/u;
/** an entity for a no-break space right after another one */
const NEXT_SPACE_ENTITY = /^(?:&(?:amp;)?nbsp;?|&#0*160;)/iu;

/**
 * The edit that takes debris out of a line and keeps the words around it readable: a decoded
 * space next to a space disappears, and removed debris between two spaces takes one with it.
 */
function debrisEdit(text: string, start: number, end: number, action: DebrisAction, matched: string): TextEdit {
  const before = text[start - 1] ?? '\n';
  const after = text[end] ?? '\n';
  const edge = (c: string): boolean => BLANK.test(c) || c === '\n' || c === '\r';
  if (action === 'decode' || action === 'space') {
    const ch = action === 'space' ? ' ' : decodeEntity(matched);
    // "40 nbsp học viên": between two blanks the space goes with one of them
    if (ch === ' ' && BLANK.test(before) && BLANK.test(after)) return { start, end: end + 1, text: '' };
    // "ngày&nbsp;&nbsp;tại": a run of them is one space, the last one's (two would be spacing's finding after the fix)
    if (ch === ' ' && NEXT_SPACE_ENTITY.test(text.slice(end, end + 12))) return { start, end, text: '' };
    // "<p style=…> Sáng 5-3, …": a tag opening the line takes the blanks after it along, or the line would open with one
    if (ch === ' ' && edge(before) && BLANK.test(after)) {
      let e = end;
      while (e < text.length && BLANK.test(text[e])) e++;
      return { start, end: e, text: '' };
    }
    return { start, end, text: ch === ' ' && (edge(before) || edge(after)) ? '' : ch };
  }
  // a caption's label that ran the caption into the next sentence ("… lớp học - Ảnh 1 Buổi
  // chiều, …"): the caption's line ended where the label stands, and a full stop ends it
  if (action === 'stop' && /[\p{L}\p{N}”")]/u.test(before) && /^[ \t\u00a0]*\p{Lu}/u.test(text.slice(end, end + 8))) {
    return { start, end, text: BLANK.test(after) ? '.' : '. ' };
  }
  // debris that stood as a sentence of its own ("…đầy đủ. Responsive image. Các học viên…"):
  // its full stop goes with it, or the fix leaves a stray "." behind
  let k = start;
  while (k > 0 && BLANK.test(text[k - 1])) k--;
  const opensSentence = k === 0 || /[\n\r.!?…]/u.test(text[k - 1]) || (/["”’)]/u.test(text[k - 1]) && /[.!?…]/u.test(text[k - 2] ?? ''));
  if (opensSentence && text[end] === '.' && text[end + 1] !== '.') return debrisEdit(text, start, end + 1, action, matched + '.');
  // "Ảnh 1: Học viên…", "học {title} tại": the blanks after the debris go with it
  if (edge(before) && BLANK.test(after)) {
    let e = end;
    while (e < text.length && BLANK.test(text[e])) e++;
    return { start, end: e, text: '' };
  }
  // "…tại xã {title}": the blanks before it, at the end of a line
  if (edge(after) && BLANK.test(before)) {
    let s = start;
    while (s > 0 && BLANK.test(text[s - 1])) s--;
    return { start: s, end, text: '' };
  }
  // "…hội nghị.</strong>Tham dự…": debris between a sentence's mark and the next word held
  // the two apart; a blank keeps them apart once it is gone
  if (/[.!?…;:,]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) return { start, end, text: ' ' };
  return { start, end, text: '' };
}

/**
 * date with a year, maybe its time, then a number that is not a time, or two of them: the
 * page's views and its comments ("12-09-2023 255", "12/9/2023 | 1.024", "28/05/2024 09:33 193 0")
 */
const VIEW_COUNTER =
  lazyRegExp(() => /(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?:[ \t\u00a0]*[-–|,]?[ \t\u00a0]*\d{1,2}:\d{2}(?::\d{2})?)?)([ \t\u00a0]*[|·•][ \t\u00a0]*|[ \t\u00a0]+)((?:\d{1,3}(?:[.,]\d{3})+|\d{1,7})(?:(?:[ \t\u00a0]*[|·•][ \t\u00a0]*|[ \t\u00a0]+)(?:\d{1,3}(?:[.,]\d{3})+|\d{1,7}))?)[ \t\u00a0]*$/u);

function lineBreakAt(text: string, i: number): number {
  if (text.startsWith('\r\n', i)) return 2;
  return text[i] === '\n' || text[i] === '\r' ? 1 : 0;
}

/** the end of the last line paragraph `p` is on (before its line break) */
function lineEnd(text: string, p: Paragraph): number {
  let end = p.end;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return end;
}

/**
 * The range that deletes the paragraph's lines: from the start of its first line through the
 * line break after its last line (or, at the end of the text, the line break before it).
 * Undefined when the line holds other text too (markdown syntax is already blank in the view).
 */
function lineRemoval(text: string, view: string, lineStart: number, p: Paragraph): TextEdit | undefined {
  const end = lineEnd(text, p);
  if (!/^\s*$/.test(view.slice(lineStart, p.start)) || !/^\s*$/.test(view.slice(p.end, end))) return undefined;
  const after = lineBreakAt(text, end);
  if (after > 0) {
    // a line between two blank lines takes one of them along: the paragraphs around it stay
    // one blank line apart
    const next = end + after;
    const blankAfter = /^[ \t]*(?:\r\n|\n|\r)/u.exec(text.slice(next, next + 200));
    const blankBefore = lineStart > 0 && /(?:^|\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)$/u.test(text.slice(Math.max(0, lineStart - 200), lineStart));
    return { start: lineStart, end: blankAfter && blankBefore ? next + blankAfter[0].length : next, text: '' };
  }
  if (lineStart === 0) return { start: 0, end, text: '' };
  const before = text.startsWith('\r\n', lineStart - 2) ? 2 : 1;
  return { start: lineStart - before, end, text: '' };
}

const BLANK_TEXT = /^\s*$/u;

/**
 * The removals of the debris lines that open or close the draft with nothing but blank lines
 * among them, made to leave no blank line at either end of the text: each takes the blank lines
 * after it up to the next one's line; the first of the closing run the blank lines before it,
 * the text keeping the final line break it had ("…Thu Hà\n\nChia sẻ bài viết\n" → "…Thu Hà\n");
 * the last of the opening run the blank lines before the story. The removals of a run touch and
 * never overlap: one pass of --fix applies them all, and each stays its own line's.
 */
function edgeRemovals(text: string, lineStarts: number[], runs: Array<{ p: Paragraph; removal: TextEdit | undefined }>): void {
  const start = (r: { p: Paragraph }): number => lineStarts[r.p.line];
  const blankBetween = (a: { p: Paragraph }, b: { p: Paragraph }): boolean => BLANK_TEXT.test(text.slice(lineEnd(text, a.p), start(b)));
  // the closing run: the longest tail of debris lines with removals, only blank lines among and after them
  let first = runs.length;
  while (first > 0 && runs[first - 1].removal && (first === runs.length ? BLANK_TEXT.test(text.slice(lineEnd(text, runs[first - 1].p))) : blankBetween(runs[first - 1], runs[first]))) first--;
  const gap = first < runs.length ? /(\r\n|\n|\r)(?:[ \t]*(?:\r\n|\n|\r))*$/u.exec(text.slice(0, start(runs[first]))) : null;
  if (gap && /\S/u.test(text.slice(0, gap.index))) {
    const kept = /[\r\n]$/u.test(text) ? gap[1].length : 0;
    for (let k = first; k < runs.length; k++) {
      runs[k].removal = { start: k === first ? gap.index + kept : start(runs[k]), end: k + 1 < runs.length ? start(runs[k + 1]) : text.length, text: '' };
    }
  }
  // the opening run: debris lines from the top of the text, only blank lines among them, before the story
  let last = -1;
  while (last + 1 < runs.length && runs[last + 1].removal && (last < 0 ? BLANK_TEXT.test(text.slice(0, start(runs[0]))) : blankBetween(runs[last], runs[last + 1]))) last++;
  if (last < 0 || last >= first) return;
  const after = lineEnd(text, runs[last].p);
  const story = after + (/^(?:[ \t]*(?:\r\n|\n|\r))*/u.exec(text.slice(after))?.[0].length ?? 0);
  for (let k = 0; k <= last; k++) runs[k].removal = { start: k === 0 ? 0 : start(runs[k]), end: k < last ? start(runs[k + 1]) : story, text: '' };
}

export const webLeftover: Rule = {
  meta: {
    id: 'web-leftover',
    category: 'text',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Dòng thừa của trang web (chia sẻ, bình luận, lượt xem, tên tệp ảnh) còn sót trong bài.',
      en: 'Web page debris (share buttons, comments, view counters, image file names) left in the draft.',
    },
    rationale: {
      vi: 'Khi sao chép bài từ trang web, các nút “Chia sẻ”, “Bình luận”, số lượt xem hay tên tệp ảnh đi kèm theo. Chúng không thuộc nội dung tin và cần được xóa.',
      en: 'Copying a story from a web page brings its share buttons, comment boxes, view counters and image file names along. They are not part of the story.',
    },
    messages: {
      chrome: { vi: 'Dòng “{line}” là phần thừa của trang web, không thuộc nội dung tin.', en: '“{line}” is web page debris, not part of the story.' },
      altText: {
        vi: 'Dòng “{line}” là chữ thay thế của ảnh, chép lại (có khi sai) lời chú thích bên dưới; không thuộc nội dung tin.',
        en: '“{line}” is the photo’s alt text, a (sometimes garbled) copy of the caption below it; not part of the story.',
      },
      titleAltText: {
        vi: 'Dòng “{line}” chép lại tiêu đề bài: là chữ thay thế của ảnh mà trang web đặt bằng tiêu đề, không thuộc nội dung tin.',
        en: '“{line}” repeats the headline: the photo’s alt text, which the page set to the story’s title; not part of the story.',
      },
      unaccentedAltText: {
        vi: 'Dòng “{line}” viết không dấu giữa bài có dấu: là chữ thay thế của ảnh mà trang web in ra, không thuộc nội dung tin.',
        en: '“{line}” is written without marks in a draft that has them: the photo’s alt text the page printed; not part of the story.',
      },
      altTextInline: {
        vi: '“{text}” là chữ thay thế của ảnh, chép lại (có khi sai) lời chú thích ngay sau nó trên cùng dòng; không thuộc nội dung tin.',
        en: '“{text}” is the photo’s alt text, a (sometimes garbled) copy of the caption right after it on the line; not part of the story.',
      },
      viewCounter: {
        vi: 'Số “{count}” sau ngày đăng có vẻ là số lượt xem của trang web.',
        en: '“{count}” after the publication date looks like the page’s view counter.',
      },
      creditContact: {
        vi: 'Địa chỉ thư điện tử “{text}” in kèm tên tác giả là phần của hộp tác giả trên trang web, không thuộc nội dung tin.',
        en: 'The email address “{text}” printed with the writer’s name belongs to the page’s author box, not to the story.',
      },
      inline: { vi: '“{text}” là phần thừa của trang web lẫn trong dòng, không thuộc nội dung tin.', en: '“{text}” is web page debris inside the line, not part of the story.' },
      entity: { vi: 'Mã HTML “{text}” còn sót trong bài.', en: 'The HTML entity “{text}” is left in the text.' },
      decode: { vi: 'Thay mã HTML bằng ký tự của nó', en: 'Replace the entity with its character' },
      removeDebris: { vi: 'Xóa phần thừa', en: 'Remove the debris' },
      removeLine: { vi: 'Xóa dòng này', en: 'Remove this line' },
      removeCounter: { vi: 'Xóa số lượt xem', en: 'Remove the view counter' },
    },
  },
  check({ draft, report }) {
    const { text, view } = draft;
    const prose = (p: Paragraph): string => collapseSpaces(view.slice(p.start, p.end)).trim();
    const chrome = draft.paragraphs.flatMap((p, k) => (p.kind === 'chrome' ? [{ p, k, removal: lineRemoval(text, view, draft.lineStarts[p.line], p) }] : []));
    edgeRemovals(text, draft.lineStarts, chrome);
    for (const { p, k, removal } of chrome) {
      const line = p.text.length > 60 ? `${p.text.slice(0, 57)}…` : p.text;
      const next = draft.paragraphs[k + 1];
      const alt = !!next && !isDebrisLine(prose(p)) && isAltTextOf(prose(p), prose(next));
      const title = !alt && !!draft.headline && !isDebrisLine(prose(p)) && sameTitle(prose(p), prose(draft.headline));
      const bare = !alt && !title && !isDebrisLine(prose(p)) && isUnaccentedAltText(prose(p));
      report({
        start: p.start,
        end: p.end,
        messageId: alt ? 'altText' : title ? 'titleAltText' : bare ? 'unaccentedAltText' : 'chrome',
        args: { line },
        ...(removal ? { fix: [removal], suggestions: [{ messageId: 'removeLine', edits: [removal] }] } : {}),
      });
    }
    const debris = paragraphDebris(view, draft.paragraphs);
    // (index loops: every paragraph, every re-check; in the server's unoptimised code each step
    // of a for…of allocates its result, and `entries()` a pair besides)
    const paragraphs = draft.paragraphs;
    for (let k = 0; k < paragraphs.length; k++) {
      if (paragraphs[k].kind === 'chrome') continue;
      let spans: readonly DebrisSpan[] = debris[k];
      // a caption with its stop between two paragraphs of the story's prose (no other caption next
      // to it: a run of photo lines is no story around it): the page's, under its picture
      const prev = paragraphs[k - 1];
      const next = paragraphs[k + 1];
      if (
        spans.length === 0 &&
        paragraphs[k].kind === 'body' &&
        next?.kind === 'body' &&
        (prev?.kind === 'body' || prev?.kind === 'lead') &&
        !opensWithPhotoLabel(paragraphProse(view, prev)) &&
        !opensWithPhotoLabel(paragraphProse(view, next))
      ) {
        const label = closedCaptionLabel(paragraphProse(view, paragraphs[k]));
        if (label) spans = [{ ...label, from: label.from + paragraphs[k].start, start: label.start + paragraphs[k].start, end: label.end + paragraphs[k].start }];
      }
      // the writer's email address printed with the credit ("Hoàng Yến (email: …@…)"): the page's author box
      if (spans.length === 0 && paragraphs[k].kind === 'byline') {
        const contact = creditContact(paragraphProse(view, paragraphs[k]));
        if (contact) spans = [{ ...contact, from: contact.from + paragraphs[k].start, start: contact.start + paragraphs[k].start, end: contact.end + paragraphs[k].start }];
      }
      for (let i = 0; i < spans.length; i++) {
        const { from, start, end, action, name } = spans[i];
        const edit = debrisEdit(text, from, end, action, text.slice(start, end));
        report({
          start,
          end,
          messageId: action === 'decode' ? 'entity' : name === 'altText' ? 'altTextInline' : name === 'creditContact' ? 'creditContact' : 'inline',
          args: { text: text.slice(start, end) },
          fix: [edit],
          suggestions: [{ messageId: action === 'decode' ? 'decode' : 'removeDebris', edits: [edit] }],
        });
      }
    }
    for (const p of draft.metadata) {
      const m = VIEW_COUNTER().exec(p.text);
      if (!m) continue;
      const dateEnd = p.start + (m.index ?? 0) + m[1].length;
      const countStart = dateEnd + m[2].length;
      const countEnd = countStart + m[3].length;
      report({
        start: countStart,
        end: countEnd,
        messageId: 'viewCounter',
        args: { count: m[3] },
        suggestions: [{ messageId: 'removeCounter', edits: [{ start: dateEnd, end: countEnd, text: '' }] }],
      });
    }
  },
};
