/**
 * The participant count: a number before a noun for people ("166 học viên", "hơn 100 đại
 * biểu", "gần 200 cán bộ", "hai trăm hội viên"). A count of days, topics, units or communes
 * is not one: only the nouns of dictionaries/structure.json (participantNouns) count.
 */
import type { Draft, Span } from '../draft.js';
import { escapeRe, normRange, origRange, B, E } from './normtext.js';
import { ONE_SYLLABLE_FUNCTION_WORDS } from '../lexicon/grammar.js';
import { BoundedCache } from '../bounded-cache.js';
import { NUMBER_DIGITS, NUMBER_WORDS, numberValue } from './numbers.js';
import { isGeneralPerson } from '../spell/general-nouns.js';
import { lookupKey } from '../spell/syllable.js';
import { ATTENDED_COUNT_OPENERS, COUNT_ATTENDING_VERBS, COUNT_APPROXIMATORS, COUNT_CLASSIFIERS, COUNT_HEADS, EVENT_VERBS, FOR_COUNT_OPENERS, GIVING_VERBS, LEARNER_VERBS, MEMBER_NOUN_ENDS, NOT_A_COUNT_BEFORE, NOT_PARTICIPANT_NOUNS, PARTICIPANT_NOUNS, PER_UNIT_CUES, PROJECT_MEMBERSHIPS, STATISTIC_CUES, UNTIL_NOW, VAGUE_COUNTS } from './data.js';
import { lazyRegExp } from '../lazy-regexp.js';

/** a function word of one syllable (organisation-grammar.json functionWords): it opens no noun */
const FUNCTION_WORD = `(?:${[...ONE_SYLLABLE_FUNCTION_WORDS].map(escapeRe).join('|')})`;

/**
 * "75 kiểm soát viên", "40 thanh tra viên": two words of a trade or a task and a member's
 * ending make an agent noun, people whatever the trade; not "10 ngày học viên" (a count of days
 * before a noun of its own), nor "Đề án 06 trong đoàn viên" (a function word opens no noun: the
 * number is a label's, the noun a phrase's)
 */
const AGENT_NOUN = `(?!(?:${NOT_PARTICIPANT_NOUNS}|${FUNCTION_WORD})\\s)\\p{L}+(?:\\s+\\p{L}+)?\\s+${MEMBER_NOUN_ENDS}`;

/**
 * The number that opens a count's expression, its group 1, with no letter or digit before it:
 * the number is matched first and the lookbehind then asks what stands before the very text
 * matched (\1), the same matches as `${B}(…)`. An expression that opens with a lookbehind is
 * tried in full at every character of the paragraph; these four ran over every paragraph of the
 * story (the pool's lint's calls replayed in one process, 3,514 of them: 79 ms → 7 ms on this loaded
 * machine, every match's index and text the same). Group 1: only at the start of an expression.
 */
const FIRST_NUMBER = `(${NUMBER_DIGITS}|${NUMBER_WORDS})(?<![\\p{L}\\p{N}]\\1)`;

const COUNT = new RegExp(
  `${FIRST_NUMBER}\\s*(?:${COUNT_CLASSIFIERS}\\s+)?(?:${PARTICIPANT_NOUNS}|${AGENT_NOUN})${E}`,
  'gu',
);

/**
 * "tập huấn cho 45 chức sắc …", "thu hút 300 …", "với sự tham gia của 80 …": whoever a class
 * is for is its participants, whatever the noun, unless it counts time, topics or places.
 */
const FOR_COUNT = new RegExp(
  `${B}${FOR_COUNT_OPENERS}\\s+(?:(?:${COUNT_APPROXIMATORS}|${VAGUE_COUNTS})\\s+)*(${NUMBER_DIGITS}|${NUMBER_WORDS})\\s*(\\p{L}+(?:\\s+\\p{L}+)?)`,
  'gu',
);
const NOT_PEOPLE = lazyRegExp(() => new RegExp(`^${NOT_PARTICIPANT_NOUNS}${E}`, 'u'));
/** "cùng 85 hộ …" counts who attended only after a verb of attending in its sentence ("Dự có ông X; cùng …"), not partners ("phối hợp cùng 12 hợp tác xã") */
const ATTENDED_OPENER = new RegExp(`^${ATTENDED_COUNT_OPENERS}\\s+(?:(?:${COUNT_APPROXIMATORS}|${VAGUE_COUNTS})\\s+)*$`, 'u');
const ATTENDING_BEFORE = lazyRegExp(() => new RegExp(`${B}${COUNT_ATTENDING_VERBS}${E}(?!\\s+án${E})[^.!?]*$`, 'u'));
/** "xã viên", "tổ viên": a word of places or bodies, then a member's ending, names people (memberNounEnds) */
const MEMBER_NOUN = lazyRegExp(() => new RegExp(`^\\p{L}+\\s+${MEMBER_NOUN_ENDS}$`, 'u'));

/**
 * "Hơn 150 tiểu thương được hướng dẫn …", "60 hộ chăn nuôi tham gia lớp học": a count whose
 * noun no list knows, then a verb of learning or attending (learnerVerbs), counts the learners.
 * The noun is one to seven words ("bảo vệ dân phố", "hộ kinh doanh trên địa bàn", "đại diện các hộ
 * gia đình"); what counts no people (days, communes, topics) is left out.
 */
const LEARNER_COUNT = new RegExp(
  `${FIRST_NUMBER}\\s*(\\p{L}+(?:,?\\s+\\p{L}+){0,8}?)\\s+(?:đã\\s+|đều\\s+)?${LEARNER_VERBS}${E}`,
  'gu',
);

/**
 * The same with a longer noun when the verb closes the sentence ("Có 150 ngư dân là thuyền trưởng,
 * chủ tàu thuộc 32 tổ đoàn kết tham dự.", "Hội nghị có 210 hộ kinh doanh xăng dầu, ăn uống, nhà
 * hàng, bán lẻ tham dự."): who attended, described at length, numbers inside included
 */
const LEARNER_COUNT_CLOSING = new RegExp(
  `${FIRST_NUMBER}\\s*(\\p{L}+(?:,?\\s+[\\p{L}\\p{N}]+){9,17}?)\\s+(?:đã\\s+|đều\\s+)?${LEARNER_VERBS}\\s*(?:[.;!]|$)`,
  'gu',
);

/**
 * A count, then up to three words: "85 ngư dân", "60 tiểu thương", "40 nghệ nhân", "48 y sĩ",
 * "gần 200 lượt người". A noun of two or three syllables the general dictionary defines as a kind
 * of person (general-nouns.json `people`) opening those words makes the count a head-count in any
 * sector, as participantNouns does for the genre's own (one syllable is too loose: "500 con
 * giống", "3 chủ đề"); what counts no people (notParticipantNouns) is left out.
 */
const PERSON_COUNT = new RegExp(`${FIRST_NUMBER}\\s*(?:${COUNT_CLASSIFIERS}\\s+)?(\\p{L}+\\s+\\p{L}+(?:\\s+\\p{L}+)?)`, 'gu');

/**
 * "đến nay tổng dư nợ đạt 486 tỷ đồng, với gần 8.900 khách hàng …": a running total up to now
 * (endPoints `untilNow` before "nay") or a statistic's cue anywhere earlier in the sentence. A
 * noun of the general dictionary names people of any role (customers, patients, residents), so its
 * count is read as the class's only outside such a sentence.
 */
const TOTAL_IN_SENTENCE = lazyRegExp(() => new RegExp(`(?:${B}${UNTIL_NOW}\\s+nay|${B}${STATISTIC_CUES})${E}(?:[^.!?]|(?<=\\d)[.,](?=\\d))*$`, 'u'));

/** The end, in `words` (normalised, one space apart), of a noun of people of two or three syllables opening them, or 0. */
function generalPersonEnd(words: string): number {
  const ws = words.split(' ');
  for (let n = Math.min(3, ws.length); n >= 2; n--) {
    const noun = ws.slice(0, n).join(' ');
    if (!NOT_PEOPLE().test(noun) && isGeneralPerson(ws.slice(0, n).map(lookupKey).join(' '))) return noun.length;
  }
  return 0;
}

/**
 * a giving verb earlier in the clause, and no event verb after it: "cấp 500 con giống cho 10
 * hộ" counts receivers; in "Trung tâm Hỗ trợ nông dân tập huấn cho 40 hội viên" the class's
 * verb stands between, and "cho" is whom the class was for
 */
const GIVEN_BEFORE = lazyRegExp(() => new RegExp(`${B}${GIVING_VERBS}${E}(?:(?!${B}${EVENT_VERBS}${E})[^,;:.])*$`, 'u'));

/** "cho (hơn …)" at the end of the text before a count */
const GIVEN_TO = new RegExp(`(?:^|\\s)cho\\s+(?:${COUNT_APPROXIMATORS}\\s+)*$`, 'u');

/** Whether the text before a count ends in "cho (hơn …)" after a giving verb of the same clause. */
function givenTo(before: string): boolean {
  const cho = GIVEN_TO.exec(before);
  return cho !== null && GIVEN_BEFORE().test(before.slice(0, cho.index));
}

/**
 * a statistic cue earlier in the clause: "toàn tỉnh có 3.000 hội viên" counts a population, not a
 * class; so does a cue of a share per unit: "mỗi tổ từ 5 đến 7 thành viên" (perUnitCues), not a count
 * per class or per round ("mỗi lớp 40 học viên": countHeads)
 */
const STATISTIC_BEFORE = lazyRegExp(() => new RegExp(`${B}(?:${STATISTIC_CUES}|(?!${COUNT_HEADS}${E})${PER_UNIT_CUES})${E}(?:[^,;:.]|(?<=\\d)[.,](?=\\d))*$`, 'u'));

/**
 * right after the count, a few words of its noun at most: the group joins a project ("8 thành
 * viên HTX tham gia mô hình …"); "80 học viên là cán bộ tham gia dự án" describes the learners
 */
const PROJECT_AFTER = lazyRegExp(() => new RegExp(`^(?:\\s+(?!là${E})[\\p{L}\\p{N}&-]+){0,3}?\\s+(?:${PROJECT_MEMBERSHIPS})${E}`, 'u'));

/** words before a number that make it an ordinal, a year or a label, not a count; or a digit or mark: part of a longer number */
const LABEL_BEFORE = new RegExp(`(?:${NOT_A_COUNT_BEFORE}\\s*|[\\d.,/-])$`, 'u');

/**
 * "68/68 học viên", "45/48 học viên": how many of the class did something, out of its head-count
 * (the part first, never more than the whole, the whole past any day or month of a date "12/5")
 */
const RATIO_BEFORE = /(?<![\d/.,-])(\d{1,5})\s*\/\s*$/u;

/** Is the number of `value` the whole of a ratio whose part ends `before` ("68/" before "68 học viên")? */
function ratioWhole(before: string, value: number): boolean {
  const part = RATIO_BEFORE.exec(before);
  return part !== null && value > 12 && Number(part[1]) <= value;
}

/** "tổng số", "sĩ số" right before the number: a head-count, not the label "số 12" (countHeads) */
const COUNT_HEAD_BEFORE = lazyRegExp(() => new RegExp(`${B}${COUNT_HEADS}\\s*:?\\s*$`, 'u'));

/**
 * "hàng chục người", "vài trăm hộ" (vagueCounts): the scale of something, no figure; a head-count
 * only where a verb of learning or attending follows the noun (LEARNER_COUNT reads those)
 */
const VAGUE_BEFORE = lazyRegExp(() => new RegExp(`${B}${VAGUE_COUNTS}\\s+$`, 'u'));

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
  // (index loops: every story paragraph, every re-check; in the server's unoptimised code each
  // step of a for…of allocates its result)
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    const n = normRange(draft, p.start, p.end);
    let found = countsByText.get(n.text);
    if (!found) countsByText.set(n.text, (found = headCountsIn(n.text)));
    for (let i = 0; i < found.length; i++) out.push(origRange(n, found[i][0], found[i][1]));
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Each paragraph's head-counts, as ranges of its normalised text, kept by that text (copies:
 * bounded-cache.ts): three long expressions over every story paragraph, on every re-check.
 */
const countsByText = new BoundedCache<Array<[number, number]>>('participants.counts', 512 * 1024);

/** A number (group 1) large enough for a head-count, before a noun of people (group 2). */
function peopleCount(m: RegExpExecArray): boolean {
  const value = numberValue(m[1].trim());
  if (Number.isNaN(value) || value < (/^\d/.test(m[1]) ? MIN_DIGITS : MIN_WORDS)) return false;
  return !NOT_PEOPLE().test(m[2]) || MEMBER_NOUN().test(m[2]);
}

/** The head-counts of one paragraph's normalised text, as [start, end) of that text. */
function headCountsIn(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(text); m; m = COUNT.exec(text)) {
    const num = m[1].trim();
    const value = numberValue(num);
    if (Number.isNaN(value)) continue;
    const digits = /^\d/.test(num);
    if (value < (digits ? MIN_DIGITS : MIN_WORDS)) continue;
    const label = text.slice(Math.max(0, m.index - 12), m.index);
    if (LABEL_BEFORE.test(label) && !COUNT_HEAD_BEFORE().test(label) && !ratioWhole(label, value)) continue;
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    if (givenTo(before) || STATISTIC_BEFORE().test(before) || VAGUE_BEFORE().test(before)) continue;
    if (PROJECT_AFTER().test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  PERSON_COUNT.lastIndex = 0;
  for (let m = PERSON_COUNT.exec(text); m; m = PERSON_COUNT.exec(text)) {
    const value = numberValue(m[1].trim());
    if (Number.isNaN(value) || value < (/^\d/.test(m[1]) ? MIN_DIGITS : MIN_WORDS)) continue;
    const nounLength = generalPersonEnd(m[2]);
    if (nounLength === 0) continue;
    const start = m.index;
    const end = m.index + m[0].length - m[2].length + nounLength;
    // (a count the genre's nouns already read is one)
    if (out.some(([a, b]) => a < end && start < b)) continue;
    const label = text.slice(Math.max(0, start - 12), start);
    if (LABEL_BEFORE.test(label) && !COUNT_HEAD_BEFORE().test(label) && !ratioWhole(label, value)) continue;
    const before = text.slice(Math.max(0, start - 80), start);
    if (givenTo(before) || STATISTIC_BEFORE().test(before) || VAGUE_BEFORE().test(before) || TOTAL_IN_SENTENCE().test(text.slice(Math.max(0, start - 300), start))) continue;
    if (PROJECT_AFTER().test(text.slice(end, end + 80))) continue;
    out.push([start, end]);
  }
  FOR_COUNT.lastIndex = 0;
  for (let m = FOR_COUNT.exec(text); m; m = FOR_COUNT.exec(text)) {
    if (!peopleCount(m)) continue;
    if (m[0].startsWith('cho') && givenTo(text.slice(Math.max(0, m.index - 80), m.index + 4))) continue;
    // the opener alone decides: "có" asks for a verb of attending, "có sự tham gia của" does not
    if (ATTENDED_OPENER.test(m[0].slice(0, m[0].indexOf(m[1])))) {
      if (!ATTENDING_BEFORE().test(text.slice(Math.max(0, m.index - 200), m.index))) continue;
      // "Tham gia … có 75 kiểm soát viên": a count its noun already made one, reported once
      const start = m.index;
      const end = m.index + m[0].length;
      if (out.some(([a, b]) => a < end && start < b)) continue;
    }
    // the opener is part of the cue ("toàn huyện có | gần 30.000 ha"): read up to the number
    if (STATISTIC_BEFORE().test(text.slice(Math.max(0, m.index - 80), m.index + m[0].indexOf(m[1])))) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  for (const re of [LEARNER_COUNT, LEARNER_COUNT_CLOSING]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!peopleCount(m)) continue;
      if (LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const before = text.slice(Math.max(0, m.index - 80), m.index);
      if (givenTo(before) || STATISTIC_BEFORE().test(before)) continue;
      // the count and its noun, as the other shapes report it
      const nounEnd = m.index + m[0].indexOf(m[2], m[1].length) + m[2].length;
      if (PROJECT_AFTER().test(text.slice(nounEnd, nounEnd + 80))) continue;
      // (a count both shapes read is one)
      const start = m.index;
      if (out.some(([a, b]) => a < nounEnd && start < b)) continue;
      out.push([start, nounEnd]);
    }
  }
  return out;
}

/** the story: a headline restates a count ("Hơn 80 hội viên được tập huấn"), the story must give it */
function countParagraphs(draft: Draft) {
  return draft.story;
}

export function findParticipantCount(draft: Draft): Span | undefined {
  return classHeadCounts(draft)[0];
}
