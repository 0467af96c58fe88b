/**
 * The participant count: a number before a noun for people ("166 học viên", "hơn 100 đại
 * biểu", "gần 200 cán bộ", "hai trăm hội viên"). A count of days, topics, units or communes
 * is not one: only the nouns of dictionaries/structure.json (participantNouns) count.
 */
import type { Draft, Span } from '../draft.js';
import { normRange, origRange, B, E } from './normtext.js';
import { NUMBER_DIGITS, NUMBER_WORDS, numberValue } from './numbers.js';
import { COUNT_APPROXIMATORS, COUNT_CLASSIFIERS, COUNT_HEADS, FOR_COUNT_OPENERS, GIVING_VERBS, NOT_A_COUNT_BEFORE, NOT_PARTICIPANT_NOUNS, PARTICIPANT_NOUNS, PROJECT_MEMBERSHIPS, STATISTIC_CUES } from './data.js';

const COUNT = new RegExp(
  `${B}(${NUMBER_DIGITS}|${NUMBER_WORDS})\\s*(?:${COUNT_CLASSIFIERS}\\s+)?${PARTICIPANT_NOUNS}${E}`,
  'gu',
);

/**
 * "tập huấn cho 45 chức sắc …", "thu hút 300 …", "với sự tham gia của 80 …": whoever a class
 * is for is its participants, whatever the noun, unless it counts time, topics or places.
 */
const FOR_COUNT = new RegExp(
  `${B}${FOR_COUNT_OPENERS}\\s+(?:${COUNT_APPROXIMATORS}\\s+)*(${NUMBER_DIGITS}|${NUMBER_WORDS})\\s*(\\p{L}+(?:\\s+\\p{L}+)?)`,
  'gu',
);
const NOT_PEOPLE = new RegExp(`^${NOT_PARTICIPANT_NOUNS}${E}`, 'u');

/** a giving verb earlier in the clause: "cấp 500 con giống cho 10 hộ" counts receivers */
const GIVEN_BEFORE = new RegExp(`${B}${GIVING_VERBS}${E}[^,;:.]*$`, 'u');

/** "cho (hơn …)" at the end of the text before a count */
const GIVEN_TO = new RegExp(`(?:^|\\s)cho\\s+(?:${COUNT_APPROXIMATORS}\\s+)*$`, 'u');

/** Whether the text before a count ends in "cho (hơn …)" after a giving verb of the same clause. */
function givenTo(before: string): boolean {
  const cho = GIVEN_TO.exec(before);
  return cho !== null && GIVEN_BEFORE.test(before.slice(0, cho.index));
}

/** a statistic cue earlier in the clause: "toàn tỉnh có 3.000 hội viên" counts a population, not a class */
const STATISTIC_BEFORE = new RegExp(`${B}${STATISTIC_CUES}${E}(?:[^,;:.]|(?<=\\d)[.,](?=\\d))*$`, 'u');

/**
 * right after the count, a few words of its noun at most: the group joins a project ("8 thành
 * viên HTX tham gia mô hình …"); "80 học viên là cán bộ tham gia dự án" describes the learners
 */
const PROJECT_AFTER = new RegExp(`^(?:\\s+(?!là${E})[\\p{L}\\p{N}&-]+){0,3}?\\s+(?:${PROJECT_MEMBERSHIPS})${E}`, 'u');

/** words before a number that make it an ordinal, a year or a label, not a count; or a digit or mark: part of a longer number */
const LABEL_BEFORE = new RegExp(`(?:${NOT_A_COUNT_BEFORE}\\s*|[\\d.,/-])$`, 'u');

/** "tổng số", "sĩ số" right before the number: a head-count, not the label "số 12" (countHeads) */
const COUNT_HEAD_BEFORE = new RegExp(`${B}${COUNT_HEADS}\\s*:?\\s*$`, 'u');

/** Smallest believable head-count: "2 đồng chí Phó Bí thư" names two people, it is not a class. */
const MIN_DIGITS = 5;
const MIN_WORDS = 10;

/**
 * Where the draft states how many attended the class (the required element), believable
 * head-counts only. Not core/numbers.ts's `findParticipantCounts`, which sorts every count of
 * participants into total, part or approximation so participant-count-consistency can compare them.
 */
export function classHeadCounts(draft: Draft, paragraphs = countParagraphs(draft)): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    const n = normRange(draft, p.start, p.end);
    COUNT.lastIndex = 0;
    for (let m = COUNT.exec(n.text); m; m = COUNT.exec(n.text)) {
      const num = m[1].trim();
      const value = numberValue(num);
      if (Number.isNaN(value)) continue;
      const digits = /^\d/.test(num);
      if (value < (digits ? MIN_DIGITS : MIN_WORDS)) continue;
      const label = n.text.slice(Math.max(0, m.index - 12), m.index);
      if (LABEL_BEFORE.test(label) && !COUNT_HEAD_BEFORE.test(label)) continue;
      const before = n.text.slice(Math.max(0, m.index - 80), m.index);
      if (givenTo(before) || STATISTIC_BEFORE.test(before)) continue;
      if (PROJECT_AFTER.test(n.text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
      out.push(origRange(n, m.index, m.index + m[0].length));
    }
    FOR_COUNT.lastIndex = 0;
    for (let m = FOR_COUNT.exec(n.text); m; m = FOR_COUNT.exec(n.text)) {
      const value = numberValue(m[1].trim());
      if (Number.isNaN(value) || value < (/^\d/.test(m[1]) ? MIN_DIGITS : MIN_WORDS)) continue;
      if (NOT_PEOPLE.test(m[2])) continue;
      if (m[0].startsWith('cho') && givenTo(n.text.slice(Math.max(0, m.index - 80), m.index + 4))) continue;
      if (STATISTIC_BEFORE.test(n.text.slice(Math.max(0, m.index - 80), m.index))) continue;
      out.push(origRange(n, m.index, m.index + m[0].length));
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** the story: a headline restates a count ("Hơn 80 hội viên được tập huấn"), the story must give it */
function countParagraphs(draft: Draft) {
  return draft.story;
}

export function findParticipantCount(draft: Draft): Span | undefined {
  return classHeadCounts(draft)[0];
}
