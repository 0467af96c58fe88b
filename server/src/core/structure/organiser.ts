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
import { ORG_BY_KEY, ORG_TYPE_RE, TITLE_HEADS } from './data.js';

const EVENT = '(?:hội nghị|hội thảo|hội thi|lớp|khóa|khoá|buổi|đợt|chương trình|tập huấn|bồi dưỡng|huấn luyện|quán triệt|học tập|lễ|cuộc|khai giảng|bế giảng|khai mạc|bế mạc|tuyên truyền|triển khai|phổ biến|sinh hoạt|truyền đạt|đào tạo|hướng dẫn|diễn đàn|tọa đàm|toạ đàm)';
const VERB = new RegExp(
  `${B}(?:(?:tổ chức|khai giảng|bế giảng|khai mạc)\\s+(?:(?:long trọng|trọng thể|thành công|khai mạc|khai giảng|bế giảng|thành công)\\s+)?(?:(?:các|một|những|\\d+|hai|ba|bốn|năm)\\s+)?${EVENT}|mở\\s+(?:(?:các|một|những|\\d+|hai|ba|bốn|năm)\\s+)?(?:lớp|khóa|khoá|đợt))${E}`,
  'gu',
);
/** "… do Liên đoàn Lao động thành phố tổ chức.": a bare "tổ chức" names an organiser after "do" */
const BARE = new RegExp(`${B}(?:đã |vừa |sẽ )?tổ chức${E}`, 'gu');
const ORG = new RegExp(`${B}${ORG_TYPE_RE}${E}`, 'gu');
/** a head right after these is a place or a beneficiary, not the subject */
const NOT_SUBJECT_BEFORE = /(?:tại|ở|của|cho|đến|thuộc|trong|trên|trụ sở|hội trường|được)\s*$/u;
const TITLE_BEFORE = new RegExp(`${B}${TITLE_HEADS}\\s*$`, 'u');
const WINDOW = 220; // characters looked back from the verb: a long organisation list fits

function isHead(draft: Draft, n: NormText, at: number, key: string, end: number): boolean {
  const type = ORG_BY_KEY.get(key);
  if (!type) return false;
  if (type.caseSensitive && !/\p{Lu}/u.test(draft.text[n.map[at]] ?? '')) return false;
  const next = /^\s+(\p{L}+)/u.exec(n.text.slice(end));
  if (next && type.notBefore.has(next[1])) return false;
  return true;
}

/** a headline names its organiser with the event verb itself: "Hội Nông dân tỉnh tập huấn …" */
const HEADLINE_VERB = new RegExp(`${B}(?:tập huấn|bồi dưỡng|quán triệt|triển khai|huấn luyện|khai giảng|bế giảng|tổ chức|mở lớp|học tập)${E}`, 'gu');

/** The organisation named as organiser, or undefined. */
export function findOrganiser(draft: Draft): Span | undefined {
  // the capitalisation lexicon reads organisation names in any case ("hội nông dân xã …")
  let lexicon: OrganisationMatch[] | undefined;
  const lex = (): OrganisationMatch[] => (lexicon ??= matchOrganisations(draft));
  const subjectBefore = (n: NormText, verbAt: number, verbEnd: number, needsDo: boolean): Span | undefined =>
    headBefore(draft, n, verbAt, verbEnd, needsDo) ?? lexiconBefore(draft, lex(), n, verbAt, verbEnd, needsDo);
  if (draft.headline) {
    const h = draft.headline;
    const n = normRange(draft, h.start, h.end);
    HEADLINE_VERB.lastIndex = 0;
    for (let v = HEADLINE_VERB.exec(n.text); v; v = HEADLINE_VERB.exec(n.text)) {
      const found = subjectBefore(n, v.index, v.index + v[0].length, false);
      if (found) return found;
    }
  }
  for (const p of draft.story) {
    for (const s of p.sentences) {
      const n = normRange(draft, s.start, s.end);
      for (const [re, needsDo] of [[VERB, false], [BARE, true]] as const) {
        re.lastIndex = 0;
        for (let v = re.exec(n.text); v; v = re.exec(n.text)) {
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
  if (needsDo && !/(?:^|\s)do\s+$/u.test(before)) return false;
  return !NOT_SUBJECT_BEFORE.test(before) && !TITLE_BEFORE.test(before);
}

/** A lexicon organisation (any case) that is the subject of the verb at [verbAt, verbEnd) of `n`. */
function lexiconBefore(draft: Draft, orgs: OrganisationMatch[], n: NormText, verbAt: number, verbEnd: number, needsDo: boolean): Span | undefined {
  const from = n.map[0];
  const verbStart = n.map[verbAt];
  for (const m of orgs) {
    if (m.start < from || m.end > verbStart || verbStart - m.start > WINDOW) continue;
    if (/[.;:!?]/u.test(draft.view.slice(m.start, verbStart))) continue;
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
    if (/[.;:!?]/u.test(n.text.slice(at, verbAt))) continue;
    if (!isHead(draft, n, at, o[0], at + o[0].length)) continue;
    return origRange(n, at, verbEnd);
  }
  return undefined;
}
