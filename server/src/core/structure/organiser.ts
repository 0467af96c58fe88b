/**
 * The organiser: an organisation named as the subject of an organising verb ("Huyện ủy An Lão
 * tổ chức …", "Ban Dân vận Tỉnh ủy phối hợp Trường Chính trị tỉnh tổ chức …", "UBND huyện mở
 * lớp …", "… do Liên đoàn Lao động thành phố tổ chức"). Organisation heads come from
 * dictionaries/structure.json (organisationTypes); the words after a head (field, level,
 * place) are not checked, so unknown bodies of any province are read too. Names the
 * capitalisation lexicon (core/lexicon.ts) recognises count as well, in any case. In the
 * opening paragraphs a body's name followed by a training predicate names it too ("Sở Nội vụ
 * tỉnh bồi dưỡng …", "Hội Chữ thập đỏ huyện phối hợp với …"). The verbs, the events they take
 * and the predicates are in dictionaries/structure.json (organisingVerbs, organiserPredicates).
 */
import type { Draft, Span } from '../draft.js';
import { normKey, normRange, origRange, B, E, wordFirst, type NormText } from './normtext.js';
import { matchOrganisations, type OrganisationMatch } from '../lexicon.js';
import {
  AGENT_AFTER_MARKERS,
  AGENT_MARKERS,
  ATTENDING_PHRASES,
  NAME_MAX_LOWER,
  ATTENDING_VERBS,
  BARE_ORGANISING_VERBS,
  BARE_VERB_ADVERBS,
  BODY_LEVELS,
  EVENT_APPROXIMATORS,
  EVENT_DETERMINERS,
  ORG_BY_KEY,
  ORGANISED_EVENTS,
  ORG_TYPE_RE,
  ORGANISER_ADVERBS,
  ORGANISER_PREDICATES,
  ORGANISING_MANNERS,
  ORGANISING_VERBS,
  NOT_IN_BODY_NAMES,
  NOT_SUBJECT_BEFORE,
  PASSIVE_MARKERS,
  PEOPLE_OF_BODIES,
  TITLE_HEADS,
} from './data.js';
import { lazyRegExp } from '../lazy-regexp.js';

/** "các", "3", "trên 30", "hai" before the event: how many (dictionaries/structure.json eventQuantifiers) */
const HOW_MANY = `(?:(?:${EVENT_APPROXIMATORS}\\s+)?(?:${EVENT_DETERMINERS}|\\d+)\\s+)?`;
/** an organising verb, maybe a manner word, how many, then the event it takes ("tổ chức long trọng lễ …", "mở hai lớp …") */
const VERB = new RegExp(
  `${wordFirst(ORGANISING_VERBS.map((v) => `${v.verb}\\s+(?:${ORGANISING_MANNERS}\\s+)?${HOW_MANY}["“]?${v.events}`).join('|'))}${E}`,
  'gu',
);
/** "… do Liên đoàn Lao động thành phố tổ chức.", "… do Công an xã chủ trì": a bare verb (bareOrganisingVerbs) names an organiser after "do" */
const BARE = new RegExp(`${wordFirst(`(?:${BARE_VERB_ADVERBS} )?${BARE_ORGANISING_VERBS}`)}${E}`, 'gu');
const ORG = new RegExp(`${wordFirst(ORG_TYPE_RE)}${E}`, 'gu');
/** a head right after these is a place or a beneficiary, not the subject */
const SUBJECT_BLOCKED = new RegExp(`${NOT_SUBJECT_BEFORE}\\s*$`, 'u');
/** "do X tổ chức", "được X phối hợp với Y tổ chức", "do Thường trực Ủy ban … tổ chức": the agent of a bare verb, a few words of rank between */
const AGENT_BEFORE = lazyRegExp(() => new RegExp(`(?:^|\\s)${AGENT_MARKERS}\\s+(?:\\p{L}+\\s+){0,2}$`, 'u'));
/** "… phát biểu khai mạc lớp", "… dự khai giảng lớp": whoever speaks at or attends the opening is not its organiser */
const NOT_ORGANISING_BEFORE = new RegExp(`${B}${ATTENDING_VERBS}\\s+$`, 'u');
const TITLE_BEFORE = new RegExp(`${B}${TITLE_HEADS}\\s*$`, 'u');
/** inside one sentence (the splitter already knows "TP." does not end one), these end a clause */
const CLAUSE_END = /[;!?]/u;
/** after a colon, a list of names ("các phường: Việt Trì, Thanh Miếu và Vân Phú"): the clause goes on */
const NAME = '\\p{Lu}[\\p{L}\\p{N}&.-]*(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.-]*)*';
const NAME_LIST = lazyRegExp(() => new RegExp(`^\\s*${NAME}(?:\\s*(?:,|và)\\s*${NAME})*\\s*$`, 'u'));

/** Does the original text between a candidate subject and its verb end the clause? */
function breaksClause(between: string): boolean {
  if (CLAUSE_END.test(between)) return true;
  const colons = between.split(':');
  return colons.length > 2 || (colons.length === 2 && !NAME_LIST().test(colons[1]));
}

/** a body's name followed by adverbs, then a predicate that makes it the organiser ("… bồi dưỡng", "… phối hợp với") */
const PREDICATE_AT = new RegExp(`^(?:\\s+${ORGANISER_ADVERBS})*\\s+${ORGANISER_PREDICATES}${E}`, 'u');
const LEVEL_WORD = new RegExp(`^${BODY_LEVELS}$`, 'u');
/** a word no name takes (notInBodyNames), or an adverb before the predicate ("Sở … đã xây dựng đề án bồi dưỡng …": the name ends before "đã") */
const NOT_IN_NAME = new RegExp(`^\\s+(?:${NOT_IN_BODY_NAMES}|${ORGANISER_ADVERBS})${E}`, 'u');
const PERSON_BEFORE = lazyRegExp(() => new RegExp(`${B}${PEOPLE_OF_BODIES}\\s+$`, 'u'));
/** lower-case syllables a name runs after a capitalised word: "Hội Chữ thập đỏ", not "Hội Nông dân xã cử cán bộ đi tập huấn" */
const MAX_LOWER = NAME_MAX_LOWER;
/**
 * the same at the head of a clause, the subject's place ("Sáng 5-3, Ban Quản lý dự án đầu tư
 * xây dựng huyện tập huấn …", "Văn phòng Đăng ký đất đai chi nhánh huyện bồi dưỡng …"): a body's
 * field is written in lower case after its first word, however long; the words no name takes
 * (notInBodyNames: "sẽ", "cử", "đi") still end it
 */
const MAX_LOWER_AT_CLAUSE_HEAD = 6;
/** in such a long field, the words of the event and of attending it end the name ("Sở Tư pháp tỉnh phát biểu khai mạc lớp bồi dưỡng …") */
const LONG_NAME_STOP = lazyRegExp(() => new RegExp(`^\\s+(?:${ORGANISED_EVENTS}|${ATTENDING_PHRASES}|${ORGANISING_VERBS.map((v) => v.verb).join('|')})${E}`, 'u'));
/** what stands before a clause's subject: nothing, a comma after a dateline, a source tag's dash */
const CLAUSE_HEAD = /(?:^|[,:–—-])\s*$/u;
/** how many story paragraphs may name the organiser by a bare predicate (organiserPredicates) */
const PREDICATE_PARAGRAPHS = 2;
const WINDOW = 220; // characters looked back from the verb: a long organisation list fits

function isHead(draft: Draft, n: NormText, at: number, key: string, end: number): boolean {
  const type = ORG_BY_KEY.get(key);
  if (!type) return false;
  if (type.caseSensitive && !/\p{Lu}/u.test(draft.text[n.map[at]] ?? '')) return false;
  const next = /^\s+(\p{L}+)/u.exec(n.text.slice(end));
  if (next && type.notBefore.has(next[1])) return false;
  if (type.nameAfter && !(next && /\p{Lu}/u.test(draft.text[n.map[end + next[0].length - next[1].length]] ?? ''))) return false;
  return true;
}

/** The organisation named as organiser, or undefined. */
export function findOrganiser(draft: Draft): Span | undefined {
  // the capitalisation lexicon reads organisation names in any case ("hội nông dân xã …")
  let lexicon: OrganisationMatch[] | undefined;
  const lex = (): OrganisationMatch[] => (lexicon ??= matchOrganisations(draft));
  // the story names the organiser: a headline restates the lead, it does not stand in for it
  // (a desk rewrites headlines; the lead must say who organised the event on its own)
  const subjectBefore = (n: NormText, verbAt: number, verbEnd: number, needsDo: boolean): Span | undefined =>
    headBefore(draft, n, verbAt, verbEnd, needsDo) ?? lexiconBefore(draft, lex(), n, verbAt, verbEnd, needsDo);
  for (const [index, p] of draft.story.entries()) {
    for (const s of p.sentences) {
      const n = normRange(draft, s.start, s.end);
      for (const [re, needsDo] of [[VERB, false], [BARE, true]] as const) {
        re.lastIndex = 0;
        for (let v = re.exec(n.text); v; v = re.exec(n.text)) {
          if (NOT_ORGANISING_BEFORE.test(n.text.slice(Math.max(0, v.index - 20), v.index))) continue;
          const found = subjectBefore(n, v.index, v.index + v[0].length, needsDo) ?? (needsDo ? agentAfter(draft, n, v.index, v.index + v[0].length) : undefined);
          if (found) return found;
        }
      }
      // a predicate without an event word tells the organiser in the opening paragraphs only;
      // further on, "Hội … phối hợp với …" tells the body's other work
      const named = index < PREDICATE_PARAGRAPHS ? bodyThenPredicate(draft, n, lex) : undefined;
      if (named) return named;
    }
  }
  return undefined;
}

/**
 * A body's name, then a predicate of organiserPredicates ("Sở Nội vụ tỉnh Yên Bái bồi dưỡng
 * …", "Hội Chữ thập đỏ huyện phối hợp với …"): the name is the head and the words after it
 * that a name takes (capitalised words, up to two lower-case syllables after a capitalised one, level
 * words, an abbreviation in brackets), so the predicate follows the body itself and not a
 * noun phrase that merely mentions it ("lớp bồi dưỡng của Sở …").
 */
function bodyThenPredicate(draft: Draft, n: NormText, orgs: () => OrganisationMatch[]): Span | undefined {
  let covered = 0; // a head inside an earlier head's name ("Hội CCB tỉnh Thái Bình") is no subject of its own
  ORG.lastIndex = 0;
  for (let o = ORG.exec(n.text); o; o = ORG.exec(n.text)) {
    const at = o.index;
    if (at < covered || !isHead(draft, n, at, o[0], at + o[0].length)) continue;
    const before = n.text.slice(Math.max(0, at - 40), at);
    let end = nameEnd(draft, n, at + o[0].length, CLAUSE_HEAD.test(before) ? MAX_LOWER_AT_CLAUSE_HEAD : MAX_LOWER);
    // a name the lexicon knows may run more lower-case syllables ("Viện Kiểm sát nhân dân huyện")
    const known = orgs().find((m) => m.start === n.map[at] && m.end > n.map[end]);
    if (known) end = nameEnd(draft, n, indexAt(n, known.end), MAX_LOWER);
    covered = end;
    if (!subjectPosition(before, false) || PERSON_BEFORE().test(before)) continue;
    const predicate = PREDICATE_AT.exec(n.text.slice(end));
    if (predicate && /^\s*\p{Ll}/u.test(draft.view.slice(n.map[end], n.map[end + predicate[0].length]))) return origRange(n, at, end + predicate[0].length);
  }
  return undefined;
}

/** Where the name that starts with a head ending at `from` ends: before the first word a name does not take, or before a predicate. */
function nameEnd(draft: Draft, n: NormText, from: number, maxLower: number): number {
  const token = /\s+(\S+)/uy;
  let end = from;
  let lower = 0; // lower-case syllables since the last capitalised word ("Chữ thập đỏ", "Cựu chiến binh")
  for (;;) {
    token.lastIndex = end;
    const t = token.exec(n.text);
    if (!t) return end;
    const word = t[1];
    const original = draft.view.slice(n.map[t.index + t[0].length - word.length], n.map[t.index + t[0].length]);
    // a predicate is written in lower case: "Trung tâm Bồi dưỡng chính trị" is a name
    if (/^\p{Ll}/u.test(original) && PREDICATE_AT.test(n.text.slice(end))) return end;
    if (/[,;:]$/u.test(original) || NOT_IN_NAME.test(n.text.slice(t.index))) return end;
    if (maxLower > MAX_LOWER && /^\p{Ll}/u.test(original) && LONG_NAME_STOP().test(n.text.slice(t.index))) return end;
    // a dash joins two fields of one name when a capital follows it: "Hội đồng Thi đua - Khen
    // thưởng", "Trung tâm Văn hóa–Thể thao", "Sở Lao động-Thương binh và Xã hội"
    if (/^[-–—]$/u.test(original)) {
      token.lastIndex = t.index + t[0].length;
      const next = token.exec(n.text);
      if (!next || !/^\p{Lu}/u.test(draft.view.slice(n.map[next.index + next[0].length - next[1].length]))) return end;
      end = t.index + t[0].length;
      continue;
    }
    if (/^\p{Lu}/u.test(original) || /^\([^()]{1,20}\)$/u.test(original) || /^\p{Ll}+[-–—]\p{Lu}\p{Ll}*$/u.test(original)) lower = 0;
    // a number names a unit right after a capitalised word ("Trung đoàn 9"), a level word any time
    else if (/^\p{N}/u.test(original) ? lower > 0 : !LEVEL_WORD.test(word) && (!/^\p{Ll}+$/u.test(original) || ++lower > maxLower)) return end;
    end = t.index + t[0].length;
  }
}

/** The index of the matching view at an original offset (the first unit at or after it). */
function indexAt(n: NormText, offset: number): number {
  let i = 0;
  while (i < n.map.length - 1 && n.map[i] < offset) i++;
  return i;
}

/** Whether the words before a candidate at `at` let it be the subject. */
function subjectPosition(before: string, needsDo: boolean): boolean {
  if (needsDo) return AGENT_BEFORE().test(before);
  return !SUBJECT_BLOCKED.test(before) && !TITLE_BEFORE.test(before);
}

/** A lexicon organisation (any case) that is the subject of the verb at [verbAt, verbEnd) of `n`. */
function lexiconBefore(draft: Draft, orgs: OrganisationMatch[], n: NormText, verbAt: number, verbEnd: number, needsDo: boolean): Span | undefined {
  const from = n.map[0];
  const verbStart = n.map[verbAt];
  for (const m of orgs) {
    if (m.start < from || m.end > verbStart || verbStart - m.start > WINDOW) continue;
    if (breaksClause(draft.view.slice(m.start, verbStart))) continue;
    if (!subjectPosition(normKey(draft.view.slice(Math.max(from, m.start - 40), m.start)), needsDo)) continue;
    return { start: m.start, end: n.map[verbEnd] };
  }
  return undefined;
}

/** a passive marker right before the verb ("được tổ chức tại …"): the body before is no subject (passiveMarkers) */
const PASSIVE_BEFORE = new RegExp(`${B}${PASSIVE_MARKERS}\\s*$`, 'u');

/** "được tổ chức bởi Hội …": after a passive bare verb, its agent (agentMarkers `afterPassive`) */
const AGENT_AFTER = new RegExp(`^\\s+${AGENT_AFTER_MARKERS}\\s+`, 'u');
const ORG_AT = lazyRegExp(() => new RegExp(`^${ORG_TYPE_RE}${E}`, 'u'));

/** The body named right after the agent marker of the passive bare verb at [verbAt, verbEnd), if any: the verb and that body's name. */
function agentAfter(draft: Draft, n: NormText, verbAt: number, verbEnd: number): Span | undefined {
  if (!PASSIVE_BEFORE.test(n.text.slice(0, verbAt))) return undefined;
  const marker = AGENT_AFTER.exec(n.text.slice(verbEnd));
  if (!marker) return undefined;
  const at = verbEnd + marker[0].length;
  const head = ORG_AT().exec(n.text.slice(at));
  if (!head || !isHead(draft, n, at, head[0], at + head[0].length)) return undefined;
  return origRange(n, verbAt, nameEnd(draft, n, at + head[0].length, MAX_LOWER));
}

/** The organisation head (dictionaries/structure.json) that is the subject of the verb at [verbAt, verbEnd), if any. */
function headBefore(draft: Draft, n: NormText, verbAt: number, verbEnd: number, needsDo: boolean): Span | undefined {
  if (PASSIVE_BEFORE.test(n.text.slice(0, verbAt))) return undefined;
  const from = Math.max(0, verbAt - WINDOW);
  const window = n.text.slice(from, verbAt);
  ORG.lastIndex = 0;
  for (let o = ORG.exec(window); o; o = ORG.exec(window)) {
    const at = from + o.index;
    const before = n.text.slice(Math.max(0, at - 40), at);
    if (!subjectPosition(before, needsDo)) continue;
    if (breaksClause(draft.view.slice(n.map[at], n.map[verbAt]))) continue;
    if (!isHead(draft, n, at, o[0], at + o[0].length)) continue;
    return origRange(n, at, verbEnd);
  }
  return undefined;
}
