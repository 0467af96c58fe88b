/**
 * end-mark (TIN-11): the house style for "./." at the end of the story (`endMark` setting):
 * `required` adds it, `forbidden` removes it, `any` accepts both. In every style the byline
 * belongs on its own line, never glued after "./." on the same line.
 */
import type { Rule } from '../core/types.js';
import { isBylineText } from '../core/structure/byline.js';
import { isPhotoCaptionText } from '../core/structure/captions.js';
import type { Paragraph } from '../core/draft.js';

/**
 * The paragraph the end mark closes: the last paragraph of prose. Photo captions the page set
 * after it ("Ảnh: Quang cảnh lớp tập huấn.") belong to their photo — unless the writer closed
 * one of them with the mark, which is then where the story ends.
 */
function storyEnd(story: readonly Paragraph[]): Paragraph | undefined {
  let i = story.length - 1;
  while (i > 0 && isPhotoCaptionText(story[i].text) && !story[i].text.trimEnd().endsWith('./.')) i--;
  return story[i];
}

const GLUED = /\.\/\.([ \t]+)([^\n]+)$/u;

export const endMark: Rule = {
  meta: {
    id: 'end-mark',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    genre: 'training',
    description: {
      vi: 'Dấu kết thúc “./.” theo quy định của cơ quan (tùy chọn endMark: any, required, forbidden).',
      en: 'The “./.” end mark, per house style (endMark: any, required, forbidden).',
    },
    rationale: {
      vi: '“./.” bắt nguồn từ văn bản hành chính; nhiều đài, cổng thông tin giữ nó ở cuối tin, nhiều báo thì không. Mỗi cơ quan chọn một cách và dùng thống nhất; tên tác giả luôn ở dòng riêng.',
      en: '“./.” comes from administrative documents; some outlets keep it, others do not. Each house picks one; the byline always has its own line.',
    },
    messages: {
      required: { vi: 'Cuối tin thiếu dấu kết thúc “./.”.', en: 'The story does not end with “./.”.' },
      forbidden: { vi: 'Không dùng dấu “./.” ở cuối tin; thay bằng dấu chấm.', en: 'Do not end the story with “./.”; use a period.' },
      sameLine: {
        vi: 'Tên tác giả phải ở dòng riêng, không viết liền sau dấu “./.”.',
        en: 'The byline goes on its own line, not after “./.” on the same line.',
      },
      add: { vi: 'Thêm “./.”', en: 'Add “./.”' },
      remove: { vi: 'Thay “./.” bằng dấu chấm', en: 'Replace “./.” with a period' },
      split: { vi: 'Đưa tên tác giả xuống dòng', en: 'Move the byline to its own line' },
    },
  },
  check({ draft, config, report }) {
    const last = storyEnd(draft.story);
    if (!last) return;
    const eol = draft.text.includes('\r\n') ? '\r\n' : '\n';
    const glued = GLUED.exec(last.text);
    if (glued && isBylineText(glued[2])) {
      const start = last.start + glued.index + 3;
      const edit = { start, end: start + glued[1].length, text: eol };
      report({ start, end: last.end, messageId: 'sameLine', fix: [edit], suggestions: [{ messageId: 'split', edits: [edit] }] });
      return; // the end of the story is the "./." before the credit: leave the rest to the next pass
    }
    const text = last.text;
    if (config.endMark === 'required' && !text.endsWith('./.')) {
      if (/[^.]\.$/u.test(text)) {
        const edit = { start: last.end - 1, end: last.end, text: './.' };
        report({ start: last.end - 1, end: last.end, messageId: 'required', fix: [edit], suggestions: [{ messageId: 'add', edits: [edit] }] });
      } else if (/[\p{L}\p{N}”"»)]$/u.test(text)) {
        const edit = { start: last.end, end: last.end, text: './.' };
        report({ start: last.end - 1, end: last.end, messageId: 'required', fix: [edit], suggestions: [{ messageId: 'add', edits: [edit] }] });
      } else {
        report({ start: last.end - 1, end: last.end, messageId: 'required' });
      }
    } else if (config.endMark === 'forbidden' && text.endsWith('./.')) {
      const edit = { start: last.end - 3, end: last.end, text: '.' };
      report({ start: last.end - 3, end: last.end, messageId: 'forbidden', fix: [edit], suggestions: [{ messageId: 'remove', edits: [edit] }] });
    }
  },
};
