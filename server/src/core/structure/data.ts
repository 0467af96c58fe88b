/** The structure dictionary (dictionaries/structure.json), compiled once for the detectors. */
import data from '../../../../dictionaries/structure.json';
import numberWords from '../../../../dictionaries/number-format.json';
import markers from '../../../../dictionaries/generic-markers.json';
import { escapeRe, normKey, wordsRe } from './normtext.js';
import { withToneStyle } from '../normalise.js';
import { lazyRegExp } from '../lazy-regexp.js';

export const structureData = data;

export const PARTICIPANT_NOUNS = wordsRe(data.participantNouns.entries.map((e) => e.word));
/** agendaCues; `{participant}` in a pattern stands for the participant nouns ("học viên nghiên cứu …": the learners doing a learner's verb) */
export const AGENDA_RES = data.agendaCues.entries.map((e) => new RegExp(e.pattern.replaceAll('{participant}', PARTICIPANT_NOUNS), 'u'));
export const DURATION_RES = data.durationCues.entries.map((e) => new RegExp(e.pattern, 'u'));
/** a credit's label: label words joined, one at least crediting the text ("Tin, ảnh", "Ảnh, tin", "Nội dung và ảnh"): bylineLabelWords */
const LABEL_TEXT = `(?:${data.bylineLabelWords.entries.filter((e) => 'text' in e && e.text).map((e) => e.pattern).join('|')})`;
const LABEL_ANY = `(?:${data.bylineLabelWords.entries.map((e) => e.pattern).join('|')})`;
/** one word of a credit's label alone ("Ảnh", "Tin", "Bài"): no author's name opens with it */
export const LABEL_WORD = new RegExp(`^${LABEL_ANY}$`, 'iu');
const LABEL_JOIN = '(?:\\s*[,/&–-]\\s*|\\s+(?:và\\s+)?)';
const BYLINE_LABEL = `(?:(?:${LABEL_ANY}${LABEL_JOIN})*${LABEL_TEXT}(?:${LABEL_JOIN}${LABEL_ANY})*)`;
export const BYLINE_PREFIX = `(?:${BYLINE_LABEL}|${data.bylinePrefixes.entries.map((e) => e.pattern).join('|')})`;
/** the byline prefixes that may also open a source named like a body (“Theo TTXVN”) */
export const SOURCE_PREFIXES = `(?:${data.bylinePrefixes.entries.filter((e) => 'source' in e && e.source === true).map((e) => e.pattern).join('|')})`;
export const BYLINE_WORDS = new Set(data.bylineWords.entries.map((e) => normKey(e.word)));
/** kinds of official documents: a date after one dates the document, not the event */
export const DOCUMENT_TYPES = wordsRe(data.documentTypes.entries.map((e) => e.word));
/** the ranks of the army and the police (militaryRanks): a title head before an official's name, an honorific before an author's */
const MILITARY_RANKS = data.militaryRanks.entries.map((e) => e.word);
export const TITLE_HEADS = wordsRe([...data.titleHeads.entries.map((e) => e.word), ...MILITARY_RANKS]);
/** 'nguyên', 'quyền' between a name's separator and its title head (titleQualifiers) */
export const TITLE_QUALIFIERS = wordsRe(data.titleQualifiers.entries.map((e) => e.word));
/** 'và', 'mời … ông': another actor or a verb between a title and a name (titleBreaks) */
export const TITLE_BREAKS = wordsRe(data.titleBreaks.entries.map((e) => e.word));
/** a household before the introducer, a home after the name: a private citizen (privatePersonCues) */
export const PRIVATE_BEFORE = wordsRe(data.privatePersonCues.before.map((e) => e.word));
export const PRIVATE_AFTER = wordsRe(data.privatePersonCues.after.map((e) => e.word));
/** single-syllable title heads read only when capitalised ("Trưởng", "Phó", "CT"): titleHeads `capitalised` */
export const CAPITALISED_TITLE_HEADS = new Set(data.titleHeads.entries.filter((e) => 'capitalised' in e && e.capitalised).map((e) => normKey(e.word)));
/** names shaped like a person's that name a city, a union, an ideology: notPeople */
export const NOT_PEOPLE = new Set(data.notPeople.entries.map((e) => e.name.normalize('NFC').toLowerCase()));
/** what 'cho N …' counts when not people (time, topics, places, money): notParticipantNouns */
export const NOT_PARTICIPANT_NOUNS = wordsRe(data.notParticipantNouns.entries.map((e) => e.word));

export interface OrgType {
  key: string;
  caseSensitive: boolean;
  notBefore: Set<string>;
  /** an administrative unit ("huyện", "tỉnh"): a body only with its capitalised name after it ("huyện Mường Tè") */
  nameAfter: boolean;
}

/** the main administrative levels ('huyện', 'thị xã'): dictionaries/generic-markers.json levels `main`, the one list of them */
const MAIN_LEVELS = markers.levels.filter((m) => 'main' in m && m.main === true).map((m) => m.word);

export const ORG_TYPES: OrgType[] = [
  ...data.organisationTypes.entries.map((e) => ({
    key: normKey(e.word),
    caseSensitive: 'caseSensitive' in e && e.caseSensitive === true,
    notBefore: new Set(('notBefore' in e ? (e.notBefore as string[]) : []).map(normKey)),
    nameAfter: false,
  })),
  // an administrative unit heads a body only with its capitalised name after it ("huyện Mường Tè")
  ...MAIN_LEVELS.map((w) => ({ key: normKey(w), caseSensitive: false, notBefore: new Set<string>(), nameAfter: true })),
];

/** what a body organises ("tổ chức hội nghị …", "tổ chức cho 40 học viên …") */
export const ORGANISED_EVENTS = wordsRe(data.organisedEvents.entries.map((e) => e.word));
/** organising verbs and the events each takes ('mở lớp', not 'mở rộng'): dictionaries/structure.json organisingVerbs */
export const ORGANISING_VERBS = data.organisingVerbs.entries.map((e) => ({
  verb: wordsRe([e.word]),
  events: 'events' in e ? wordsRe(e.events as string[]) : ORGANISED_EVENTS,
}));
/** 'tổ chức long trọng lễ …': organisingManners */
export const ORGANISING_MANNERS = wordsRe(data.organisingManners.entries.map((e) => e.word));
/** 'các', 'hai', 'trên 30' before the event: eventQuantifiers */
export const EVENT_APPROXIMATORS = wordsRe(data.eventQuantifiers.approximators.map((e) => e.word));
export const EVENT_DETERMINERS = wordsRe(data.eventQuantifiers.determiners.map((e) => e.word));
/** verbs that make the body just before them the organiser ('Sở Nội vụ bồi dưỡng …'): organiserPredicates */
export const ORGANISER_PREDICATES = wordsRe(data.organiserPredicates.entries.map((e) => e.word));
/** 'đã', 'chính thức' between a body's name and its predicate: organiserAdverbs */
export const ORGANISER_ADVERBS = wordsRe(data.organiserAdverbs.entries.map((e) => e.word));
/** 'lãnh đạo Sở …', 'giảng viên Trường …': a body after these is a person's, not a subject (peopleOfBodies) */
export const PEOPLE_OF_BODIES = wordsRe(data.peopleOfBodies.entries.map((e) => e.word));
/** 'sẽ', 'được': words no body's name runs through (notInBodyNames) */
export const NOT_IN_BODY_NAMES = wordsRe(data.notInBodyNames.entries.map((e) => e.word));

/** Longest first, so "ban chỉ huy" wins over "ban". */
export const ORG_TYPE_RE = `(?:${[...ORG_TYPES].sort((a, b) => b.key.length - a.key.length).map((t) => escapeRe(t.key)).join('|')})`;
/** the syllables of the joiners of a body's fields ('… và …', '… khu vực …'): bodyNameJoiners */
export const BODY_JOINERS = wordsRe(data.bodyNameJoiners.entries.flatMap((e) => e.word.split(' ')));
/** words a body's name keeps in lower case: the syllables of the main levels ('Hội Nông dân xã', 'thị xã') and of bodyNameJoiners ('… và …', '… khu vực …'), read word by word */
export const BODY_LEVELS = wordsRe([...MAIN_LEVELS.flatMap((w) => w.split(' ')), ...data.bodyNameJoiners.entries.flatMap((e) => e.word.split(' '))]);
export const ORG_BY_KEY = new Map(ORG_TYPES.map((t) => [t.key, t]));
/** a body's type word opening a key (normKey), longest first */
const TYPE_OPENING = lazyRegExp(() => new RegExp(`^${ORG_TYPE_RE}(?:\\s|$)`, 'u'));
/**
 * The body's type word (organisationTypes) opening `key` (normKey), with the word after it, or
 * undefined; `common` when that word makes the type word a common word's first syllable instead
 * (its `notBefore`: "báo cáo", "hội trường").
 */
export function typeWordOpening(key: string): { head: string; next: string; common: boolean } | undefined {
  const m = TYPE_OPENING().exec(key);
  if (!m) return undefined;
  const head = m[0].trim();
  const next = key.slice(m[0].length).trimStart().split(' ', 1)[0];
  return { head, next, common: ORG_BY_KEY.get(head)?.notBefore.has(next) ?? false };
}
/**
 * every level of place, the villages' too ('bản', 'thôn', 'tổ dân phố'): generic-markers.json
 * levels. Before a capitalised name or a number it opens a place ('bản Nà Hừ', 'xã Chiềng Mai'),
 * which a credit's affiliation may name ('Lò Văn Pọm - Bản Nà Sản, xã Chiềng Mai')
 */
export const PLACE_LEVELS = wordsRe(markers.levels.map((m) => m.word));
/** the level or unit a writer's affiliation ends on in lower case ('… Công đoàn cơ sở', '… nhà trường'; structure.json creditOwners) */
export const CREDIT_OWNERS = wordsRe(data.creditOwners.entries.map((e) => e.word));
/** a writer's job between the name and the unit on a credit line ('Thu Hà, cán bộ Phòng Nội vụ huyện'; structure.json creditPositions) */
export const CREDIT_POSITIONS = wordsRe(data.creditPositions.entries.map((e) => e.word));

/** verbs that narrate the event: a date that times one is the dateline */
export const EVENT_VERBS = wordsRe(data.eventVerbs.entries.map((e) => e.word));
/** verbs that report speech: a date after one belongs to what was said */
export const REPORTING_VERBS = wordsRe(data.reportingVerbs.entries.map((e) => e.word));
/** verbs of giving: "cho N …" after one counts who received, not who attended */
/** a project's members, not a class's participants ('8 thành viên … tham gia mô hình …'): projectMemberships */
export const PROJECT_MEMBERSHIPS = data.projectMemberships.entries.map((e) => e.pattern).join('|');
export const GIVING_VERBS = wordsRe(data.givingVerbs.entries.map((e) => e.word));
/** a population or running total ('toàn tỉnh có …', 'nâng tổng số lên …'): dictionaries/structure.json statisticCues */
export const STATISTIC_CUES = wordsRe(data.statisticCues.entries.map((e) => e.word));
/** a share of each unit ('mỗi tổ có 5 thành viên'): dictionaries/structure.json perUnitCues */
export const PER_UNIT_CUES = wordsRe(data.perUnitCues.entries.map((e) => e.word));
/** words after the author's name on the credit line: "Thu Hà tổng hợp" */
export const BYLINE_SUFFIX = `(?:${data.bylineSuffixes.entries.map((e) => e.pattern).join('|')})`;
/** ranks and degrees before an author's name: "Đại úy Nguyễn Văn An" (as written, capitalised) */
export const AUTHOR_HONORIFICS = [...data.authorHonorifics.entries.map((e) => e.word.normalize('NFC')), ...MILITARY_RANKS.flatMap(asWritten)];

/**
 * How a rank is written before a name: its first word capitalised, any later word too ("Chuẩn
 * Đô đốc", "Đô Đốc"), each syllable in either tone style ("Đại úy", "Đại uý").
 */
function asWritten(rank: string): string[] {
  const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  const words = rank.normalize('NFC').split(' ');
  let forms = [[cap(words[0])]];
  for (const w of words.slice(1)) forms = forms.flatMap((f) => [[...f, w], [...f, cap(w)]]);
  return [...new Set(forms.flatMap((f) => (['old', 'new'] as const).map((style) => f.map((w) => withToneStyle(w, style)).join(' '))))];
}

/** a section's words as matching keys, alternatives in the order listed (dictionaries/structure.json) */
const listed = (entries: Array<{ word: string }>): string => `(?:${entries.map((e) => escapeRe(normKey(e.word))).join('|')})`;
/** the topic right after a verb of training ('tập huấn sơ cứu đuối nước'): agendaTopics, the words after which no topic follows (stops) with the participant nouns */
export const AGENDA_TOPIC_VERBS = listed(data.agendaTopics.verbs);
export const AGENDA_TOPIC_MODIFIERS = listed(data.agendaTopics.modifiers.map((word) => ({ word })));
export const AGENDA_TOPIC_STOPS = listed(data.agendaTopics.stops.map((word) => ({ word })));
/** 'sáng', 'chiều', 'ngày', 'từ' before a dateline's day ('Sáng 12-3'): datelineTimes */
export const DATELINE_TIMES = listed(data.datelineTimes.entries);
/** the ones also before 'nay'/'qua' ('Sáng nay (12-3)') and before a day of the week ('Chiều thứ Năm') */
export const DATELINE_TIMES_TODAY = listed(data.datelineTimes.entries.filter((e) => 'todayOrYesterday' in e && e.todayOrYesterday));
export const DATELINE_TIMES_WEEKDAY = listed(data.datelineTimes.entries.filter((e) => 'weekday' in e && e.weekday));
/** 'thứ hai', 'thứ 2', 'chủ nhật' opening a dateline, words one or more spaces apart: weekdays */
export const WEEKDAYS = wordsRe(data.weekdays.entries.map((e) => e.word)).replace(/ /gu, '\\s+');
/** 'diễn ra', 'kéo dài': a date right after one spans the event (lastingVerbs) */
export const LASTING_VERBS = listed(data.lastingVerbs.entries);
/** 'lớp', 'hội nghị' as the subject of the lead's opening sentence: it tells the event (organisedEvents `leadSubject`) */
export const LEAD_SUBJECTS = listed(data.organisedEvents.entries.filter((e) => 'leadSubject' in e));
/** 'được hướng dẫn', 'tham gia' right after a count and its noun: the count is the learners (learnerVerbs) */
export const LEARNER_VERBS = listed(data.learnerVerbs.entries);
/**
 * 'viên' ending a two-word noun whose first word names a place or a body ('xã viên'), 'trưởng'
 * its head ('tổ trưởng'): a member (memberNounEnds); `notBefore` keeps the word that makes the
 * ending a word of its own ('trưởng thành', grown)
 */
export const MEMBER_NOUN_ENDS = `(?:${(data.memberNounEnds.entries as Array<{ word: string; notBefore?: string[] }>)
  .map((e) => escapeRe(normKey(e.word)) + (e.notBefore ? `(?!\\s+(?:${e.notBefore.map((w) => escapeRe(normKey(w))).join('|')})(?!\\p{L}|\\p{M}))` : ''))
  .join('|')})`;
/** 'cho', 'thu hút' before the count of whom a class is for (forCountOpeners) */
export const FOR_COUNT_OPENERS = listed(data.forCountOpeners.entries);
/** the ones that open such a count only after a verb of attending ('dự có …; cùng 85 hộ'): forCountOpeners `afterAttending` */
export const ATTENDED_COUNT_OPENERS = listed(data.forCountOpeners.entries.filter((e) => 'afterAttending' in e && e.afterAttending));
/** 'do', 'được', 'bởi': the agent of a bare 'tổ chức' follows (agentMarkers) */
export const AGENT_MARKERS = listed(data.agentMarkers.entries);
/** 'bởi': the agent of a passive bare verb follows it ('được tổ chức bởi Hội …'): agentMarkers `afterPassive` */
export const AGENT_AFTER_MARKERS = listed(data.agentMarkers.entries.filter((e) => 'afterPassive' in e && e.afterPassive));
/** 'đã', 'vừa', 'sẽ' right before a bare 'tổ chức' (bareVerbAdverbs) */
export const BARE_VERB_ADVERBS = listed(data.bareVerbAdverbs.entries);
/** 'tổ chức', 'chủ trì' bare after their agent ('do Công an xã chủ trì'): bareOrganisingVerbs */
export const BARE_ORGANISING_VERBS = listed(data.bareOrganisingVerbs.entries);
/** 'hàng', 'vài' right before a count: dozens or hundreds, no figure (vagueCounts) */
export const VAGUE_COUNTS = listed(data.vagueCounts.entries);
/** 'hơn', 'gần như' between 'cho' and a count (countApproximators) */
export const COUNT_APPROXIMATORS = listed(data.countApproximators.entries);
/** 'được', 'bị': the verb after them is passive (passiveMarkers) */
export const PASSIVE_MARKERS = listed(data.passiveMarkers.entries);
/** 'sẽ', 'được': what learners will receive, or a plan (receivingMarkers) */
export const RECEIVING_MARKERS = listed(data.receivingMarkers.entries);
/** 'tổng số', 'sĩ số' right before a number: a head-count, whatever the 'số' of notACountBefore says (countHeads) */
export const COUNT_HEADS = listed(data.countHeads.entries);
/** 'vị', 'lượt' between a number and its participant noun (countClassifiers) */
export const COUNT_CLASSIFIERS = listed(data.countClassifiers.entries);
/** 'khóa', 'đợt', 'ngày' right before a number: a label, an ordinal, a date, not a head-count (number-format.json notACountBefore, shared with number-format) */
export const NOT_A_COUNT_BEFORE = listed(numberWords.notACountBefore.entries);
/** 'dự', 'phát biểu' before the opening: whoever attends is no organiser (attendingVerbs) */
export const ATTENDING_VERBS = listed(data.attendingVerbs.entries);
/** those and 'tham gia' earlier in a sentence: a count after an `afterAttending` opener is the attendance (countAttendingVerbs) */
export const COUNT_ATTENDING_VERBS = listed([...data.attendingVerbs.entries, ...data.countAttendingVerbs.entries]);
/** the ones of two syllables or more: a lone 'dự' is also the first syllable of 'dự án' inside a body's field */
export const ATTENDING_PHRASES = listed(data.attendingVerbs.entries.filter((e) => e.word.includes(' ')));
/** 'tại', 'của', 'trụ sở' right before a body: a place, an owner, a beneficiary, not the subject (notSubjectBefore) */
export const NOT_SUBJECT_BEFORE = listed(data.notSubjectBefore.entries);
/** 'đến', 'trước' before a date: a deadline (endPoints); 'đến nay' after one: a period up to now (`untilNow`) */
export const END_POINTS = listed(data.endPoints.entries);
export const UNTIL_NOW = listed(data.endPoints.entries.filter((e) => 'untilNow' in e && e.untilNow));
/** 'PV', 'phóng viên' before an author's name, as written (bylineRoles) */
/** "Ông …", "Đồng chí …": a line about someone the item writes of, not the author's credit (notAuthorOpeners; a capitalised word must follow) */
export const NOT_AUTHOR_OPENER = new RegExp(`^(?:${data.notAuthorOpeners.entries.map((e) => escapeRe(e.word)).join('|')})\\s+`, 'iu');
// ("Nhóm cộng tác viên Bản tin xã …", "Nhóm CTV": a group of that role, bylineRoleGroups)
export const BYLINE_ROLES = `(?:(?:${data.bylineRoleGroups.entries.map((e) => e.word).join('|')})\\s+)?(?:${data.bylineRoles.entries.map((e) => e.word).join('|')})`;
/** 'Bao…' opening a one-word line: a paper's name glued and typed without its marks ("Baohatinh"), no pen name (lonePenNameNot) */
export const SITE_LABEL = lazyRegExp(() => new RegExp(`^(?:${data.lonePenNameNot.entries.map((e) => e.head).join('|')})\\p{L}{4,}$`, 'iu'));

/** lower-case syllables a body's name runs after a capitalised word ("Hội Chữ thập đỏ", "Cổng Thông tin điện tử"): the organiser's name and a body credited as the author */
export const NAME_MAX_LOWER = 2;
