/**
 * The participant count: a number before a noun for people ("166 học viên", "hơn 100 đại
 * biểu", "gần 200 cán bộ", "hai trăm hội viên"). A count of days, topics, units or communes
 * is not one: only the nouns of dictionaries/structure.json (participantNouns) count.
 */
import type { Draft, Span } from '../draft.js';
import { normText, origRange, B, E } from './normtext.js';
import { NUMBER_DIGITS, NUMBER_WORDS, numberValue } from './numbers.js';
import { PARTICIPANT_NOUNS } from './data.js';

const COUNT = new RegExp(
  `${B}(${NUMBER_DIGITS}|${NUMBER_WORDS})\\s*(?:(?:lượt|vị|em|bạn|cháu)\\s+)?${PARTICIPANT_NOUNS}${E}`,
  'gu',
);

/** words before a number that make it an ordinal, a year or a label, not a count */
const NOT_A_COUNT_BEFORE = /(?:(?:năm|khóa|khoá|lần|thứ|số|đợt|lớp|kỳ|giai đoạn)\s*|[\d.,/-])$/u;

/** Smallest believable head-count: "2 đồng chí Phó Bí thư" names two people, it is not a class. */
const MIN_DIGITS = 5;
const MIN_WORDS = 10;

export function findParticipantCounts(draft: Draft, text: string = draft.view, paragraphs = countParagraphs(draft)): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    const n = normText(text, p.start, p.end);
    COUNT.lastIndex = 0;
    for (let m = COUNT.exec(n.text); m; m = COUNT.exec(n.text)) {
      const num = m[1].trim();
      const value = numberValue(num);
      if (Number.isNaN(value)) continue;
      const digits = /^\d/.test(num);
      if (value < (digits ? MIN_DIGITS : MIN_WORDS)) continue;
      if (NOT_A_COUNT_BEFORE.test(n.text.slice(Math.max(0, m.index - 12), m.index))) continue;
      out.push(origRange(n, m.index, m.index + m[0].length));
    }
  }
  return out;
}

function countParagraphs(draft: Draft) {
  return [...(draft.headline ? [draft.headline] : []), ...draft.story];
}

export function findParticipantCount(draft: Draft): Span | undefined {
  return findParticipantCounts(draft)[0];
}
