/**
 * required-official-titles (TIN-07): at least one named official with a title ("đồng chí Trần
 * Văn Tuấn - Phó Bí thư Thường trực Huyện ủy", "Trưởng Ban Dân vận Tỉnh ủy Bùi Văn Bia"); and
 * a person introduced as "đồng chí / ông / bà + name" gets a title at the first mention.
 */
import type { Rule } from '../core/types.js';
import { findPeople } from '../core/structure/people.js';
import { paragraphAt, type Paragraph } from '../core/draft.js';
import { headlineSpot, missing, paragraphBreak } from '../core/structure/places.js';

export const requiredOfficialTitles: Rule = {
  meta: {
    id: 'required-official-titles',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    genre: 'training',
    description: {
      vi: 'Tin phải nêu ít nhất một đại biểu, lãnh đạo có họ tên kèm chức vụ; mỗi người được nhắc lần đầu phải có chức vụ.',
      en: 'The item names at least one official with a title; each person gets a title at first mention.',
    },
    rationale: {
      vi: 'Tin về hội nghị, lớp tập huấn luôn nêu lãnh đạo dự, chỉ đạo với đầy đủ họ tên và chức vụ; lần nhắc đầu tiên phải có chức vụ để người đọc biết người đó là ai.',
      en: 'Training news names the officials present with full name and title; the first mention carries the title so readers know who the person is.',
    },
    messages: {
      missing: {
        vi: 'Thiếu đại biểu có chức vụ: cần nêu họ tên kèm chức vụ của lãnh đạo dự hoặc chỉ đạo, ví dụ “đồng chí Trần Văn Tuấn, Phó Bí thư Thường trực Huyện ủy”.',
        en: 'Missing officials with titles: name the officials present with their titles, e.g. “đồng chí Trần Văn Tuấn, Phó Bí thư Thường trực Huyện ủy”.',
      },
      untitled: {
        vi: '“{name}” được nhắc lần đầu mà không có chức vụ; hãy ghi chức vụ và cơ quan, ví dụ “{name}, Chủ tịch UBND huyện”.',
        en: '“{name}” is first mentioned without a title; add the title and body, e.g. “{name}, Chủ tịch UBND huyện”.',
      },
      insert: { vi: 'Chèn đại biểu và chức vụ', en: 'Insert an official with a title' },
      insertTitle: { vi: 'Chèn chức vụ sau tên', en: 'Insert a title after the name' },
    },
  },
  check({ draft, report }) {
    const people = findPeople(draft, true);
    if (!people.some((p) => p.titled)) {
      const lead = draft.lead ?? draft.story[0];
      if (!lead) return;
      const template = `${paragraphBreak(draft)}Dự \${1:hội nghị} có đồng chí \${2:Họ và tên}, \${3:chức vụ, cơ quan}.`;
      report(missing(headlineSpot(draft), lead.end, template));
    }
    const seen = new Set<string>();
    for (const p of people) {
      // a photo caption ("Đồng chí Lê Văn Bốn phát biểu tại hội nghị") is not the first mention,
      // unless it gives the title: a short paragraph of its own may introduce a guest ("Dự có ông
      // Lê Văn Tâm, Phó Chủ tịch UBND phường.")
      const paragraph = paragraphAt(draft, p.start);
      if (paragraph && !p.introduced && isCaption(draft.text, paragraph)) continue;
      const key = p.name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      // (a name with a slip of case is person-name-case's to report; it still counts as met)
      if (p.introduced || !p.marked || !p.formal) continue;
      report({
        start: p.start,
        end: p.end,
        messageId: 'untitled',
        args: { name: p.name },
        suggestions: [{ messageId: 'insertTitle', edits: [{ start: p.end, end: p.end, text: ', ${1:chức vụ, cơ quan}' }], snippet: true }],
      });
    }
  },
};

/**
 * A short one-sentence paragraph between story paragraphs: a photo caption. An item of a list
 * ("- Đồng chí Lê Văn Hiệp, Bí thư Huyện ủy;", "1. …") is as short, but it is the story's.
 */
function isCaption(text: string, p: Paragraph): boolean {
  // (the paragraph's shape first: counting the words of every sentence, for each person named
  // in it, was quadratic on a 10 MB single line)
  if (p.kind !== 'body' || p.sentences.length !== 1 || p.sentences[0].words.length > 20) return false;
  const own = text.slice(p.start, p.end).trim();
  return !/^(?:[-–+•*]|\d{1,2}[.)])\s/u.test(own) && !/[;,:]$/u.test(own);
}
