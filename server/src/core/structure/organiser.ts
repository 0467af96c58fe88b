/**
 * The organiser: an organisation named as the subject of an organising verb ("Huyện ủy An Lão
 * tổ chức …", "Ban Dân vận Tỉnh ủy phối hợp Trường Chính trị tỉnh tổ chức …", "UBND huyện mở
 * lớp …", "… do Liên đoàn Lao động thành phố tổ chức"). Organisation heads come from
 * dictionaries/structure.json (organisationTypes); the words after a head (field, level,
 * place) are not checked, so unknown bodies of any province are read too. Names the
 * capitalisation lexicon (core/lexicon.ts) recognises count as well, in any case.
 */
import type { Draft, Span } from '../draft.js';
import { normKey, normRange, origRange, B, E, type NormText } from './normtext.js';
import { matchOrganisations, type OrganisationMatch } from '../lexicon.js';
import { ORG_BY_KEY, ORG_TYPE_RE, ORGANISED_EVENTS, TITLE_HEADS } from './data.js';

/** "các", "3", "trên 30", "hai" before the event: how many classes */
const HOW_MANY = '(?:(?:(?:trên|hơn|gần|khoảng|tới)\\s+)?(?:các|một|những|\\d+|hai|ba|bốn|năm)\\s+)?';
const VERB = new RegExp(
  `${B}(?:(?:tổ chức|khai giảng|bế giảng|khai mạc)\\s+(?:(?:long trọng|trọng thể|thành công|khai mạc|khai giảng|bế giảng)\\s+)?${HOW_MANY}["“]?${ORGANISED_EVENTS}|mở\\s+${HOW_MANY}(?:lớp|khóa|khoá|đợt))${E}`,
  'gu',
);
/** "… do Liên đoàn Lao động thành phố tổ chức.": a bare "tổ chức" names an organiser after "do" */
const BARE = new RegExp(`${B}(?:đã |vừa |sẽ )?tổ chức${E}`, 'gu');
const ORG = new RegExp(`${B}${ORG_TYPE_RE}${E}`, 'gu');
/** a head right after these is a place or a beneficiary, not the subject */
const NOT_SUBJECT_BEFORE = /(?:tại|ở|của|cho|đến|thuộc|trong|trên|trụ sở|hội trường|được)\s*$/u;
/** "do X tổ chức", "được X phối hợp với Y tổ chức", "do Thường trực Ủy ban … tổ chức": the agent of a bare verb, a few words of rank between */
const AGENT_BEFORE = /(?:^|\s)(?:do|được|bởi)\s+(?:\p{L}+\s+){0,2}$/u;
/** "… phát biểu khai mạc lớp", "… dự khai giảng lớp": whoever speaks at or attends the opening is not its organiser */
const NOT_ORGANISING_BEFORE = new RegExp(`${B}(?:phát biểu|dự|tham dự|đến dự|chứng kiến)\\s+$`, 'u');
const TITLE_BEFORE = new RegExp(`${B}${TITLE_HEADS}\\s*$`, 'u');
/** inside one sentence (the splitter already knows "TP." does not end one), these end a clause */
const CLAUSE_END = /[;:!?]/u;
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
  for (const p of draft.story) {
    for (const s of p.sentences) {
      const n = normRange(draft, s.start, s.end);
      for (const [re, needsDo] of [[VERB, false], [BARE, true]] as const) {
        re.lastIndex = 0;
        for (let v = re.exec(n.text); v; v = re.exec(n.text)) {
          if (NOT_ORGANISING_BEFORE.test(n.text.slice(Math.max(0, v.index - 20), v.index))) continue;
          const found = subjectBefore(n, v.index, v.index + v[0].length, needsDo);
          if (found) return found;
        }
      }
    }
  }
  return undefined;
}

/** Whether the words before a candidate at `at` let it be the subject. */
function subjectPosition(before: string, needsDo: boolean): boolean {
  if (needsDo) return AGENT_BEFORE.test(before);
  return !NOT_SUBJECT_BEFORE.test(before) && !TITLE_BEFORE.test(before);
}

/** A lexicon organisation (any case) that is the subject of the verb at [verbAt, verbEnd) of `n`. */
function lexiconBefore(draft: Draft, orgs: OrganisationMatch[], n: NormText, verbAt: number, verbEnd: number, needsDo: boolean): Span | undefined {
  const from = n.map[0];
  const verbStart = n.map[verbAt];
  for (const m of orgs) {
    if (m.start < from || m.end > verbStart || verbStart - m.start > WINDOW) continue;
    if (CLAUSE_END.test(draft.view.slice(m.start, verbStart))) continue;
    if (!subjectPosition(normKey(draft.view.slice(Math.max(from, m.start - 40), m.start)), needsDo)) continue;
    return { start: m.start, end: n.map[verbEnd] };
  }
  return undefined;
}

/** The organisation head (dictionaries/structure.json) that is the subject of the verb at [verbAt, verbEnd), if any. */
function headBefore(draft: Draft, n: NormText, verbAt: number, verbEnd: number, needsDo: boolean): Span | undefined {
  if (/được\s*$/u.test(n.text.slice(0, verbAt))) return undefined; // passive: "được tổ chức tại …"
  const from = Math.max(0, verbAt - WINDOW);
  const window = n.text.slice(from, verbAt);
  ORG.lastIndex = 0;
  for (let o = ORG.exec(window); o; o = ORG.exec(window)) {
    const at = from + o.index;
    const before = n.text.slice(Math.max(0, at - 40), at);
    if (!subjectPosition(before, needsDo)) continue;
    if (CLAUSE_END.test(n.text.slice(at, verbAt))) continue;
    if (!isHead(draft, n, at, o[0], at + o[0].length)) continue;
    return origRange(n, at, verbEnd);
  }
  return undefined;
}
