/**
 * special-noun-case (CAP-30…CAP-34): "Đảng", "Nhà nước", "Chính phủ", "Quốc hội", "Tổ quốc",
 * "Trung ương Đảng", "Bác Hồ" are capitalised when they name the institution ("của đảng,
 * nhà nước" → "của Đảng, Nhà nước"), and lowercase as attributes ("cơ quan Nhà nước" →
 * "cơ quan nhà nước"; "Đảng viên" → "đảng viên" is contested). "Nhân dân" / "nhân dân" are
 * both printed: only a draft that uses both is flagged, with a suggestion.
 *
 * The contexts are data (dictionaries/special-nouns.json). Spans the organisation and title
 * lexicon recognises ("Ủy ban nhân dân", "Văn phòng Chính phủ") belong to organisation-case
 * and title-case and are skipped here.
 */
import data from '../../../dictionaries/special-nouns.json';
import type { Draft, Paragraph, Sentence, Span, Word } from '../core/draft.js';
import { inQuote } from '../core/draft.js';
import type { Report, Rule, Suggestion, TextEdit } from '../core/types.js';
import { caseLike, caseShape, isSentenceStart, isTitleCaseLine, syllableKey, withShape, wordKey } from '../core/casing.js';
import { lexiconSalt, matchOrganisations, matchTitles, usesBuiltinLexicon } from '../core/lexicon.js';
import { ParagraphMemo, paragraphWords, quotesByParagraph } from '../core/paragraph-memo.js';
import { firstAtOrAfter } from '../core/sorted.js';
import type { ResolvedConfig } from '../core/config/types.js';
import { lowercaseDocumentNames } from './special-noun-case/document-names.js';
import { editedText } from '../core/fix.js';
import { titleCaseTail } from '../core/capital-evidence.js';

type Status = 'clear' | 'contested';

interface Pattern {
  keys: string[];
  /** canonical casing of each word ('' for context words) */
  target: string[];
  /** a comma must follow word k */
  comma: boolean[];
  status: Status;
  notBefore: string[][];
  notAfter: string[][];
  notBeforeCapital: boolean;
  /** a region name (CAP-07) or an honour (CAP-25): its own message */
  kind?: 'region' | 'honour';
}

const phrase = (s: string): string[] => s.split(/\s+/u).filter(Boolean).map(syllableKey);

function expand(list: string[] | undefined): string[][] {
  return (list ?? []).flatMap((p) => (p === '@partyCompounds' ? data.partyCompounds : [p])).map(phrase);
}

/** "[Đảng], nhà nước" → keys, targets, commas. */
export function compilePattern(p: { match: string; status: string; notBefore?: string[]; notAfter?: string[]; notBeforeCapital?: boolean; kind?: string }): Pattern {
  const keys: string[] = [];
  const target: string[] = [];
  const comma: boolean[] = [];
  let inside = false;
  for (const raw of p.match.split(/\s+/u)) {
    let t = raw;
    if (t.startsWith('[')) {
      inside = true;
      t = t.slice(1);
    }
    const hasComma = t.endsWith(',');
    if (hasComma) t = t.slice(0, -1);
    const closes = t.endsWith(']');
    if (closes) t = t.slice(0, -1);
    keys.push(syllableKey(t));
    target.push(inside ? t : '');
    comma.push(hasComma);
    if (closes) inside = false;
  }
  return {
    keys,
    target,
    comma,
    status: p.status === 'contested' ? 'contested' : 'clear',
    notBefore: expand(p.notBefore),
    notAfter: expand(p.notAfter),
    notBeforeCapital: p.notBeforeCapital === true,
    kind: p.kind === 'region' || p.kind === 'honour' ? p.kind : undefined,
  };
}

const PATTERNS = byFirstKey(data.patterns.map(compilePattern));
/**
 * Special nouns of two syllables or more whose next syllable is lowercase ("Nhà nước", "Chính
 * phủ", "Tổ quốc", "Trung ương"): "Nhà Nước" is wrong whether the State or an attribute is meant
 */
const INNER_PAIRS = new Set(
  // (an honour's words are cased so only inside its name: "Bảo vệ" of "Huân chương Bảo vệ Tổ quốc")
  [...PATTERNS.values()].flat().filter((p) => p.kind !== 'honour').flatMap((p) => {
    const t = p.target;
    return t.slice(1).flatMap((b, k) => (t[k] && b && caseShape(t[k]) === 'cap' && caseShape(b) === 'lower' ? [`${p.keys[k]} ${p.keys[k + 1]}`] : []));
  }),
);
const PEOPLE_NOT_AFTER = data.people.notAfter.map(phrase);
const PEOPLE_NOT_BEFORE = data.people.notBefore.map(phrase);
const NHAN = syllableKey('nhân');
const DAN = syllableKey('dân');

const BLANK = /^[ \t\u00a0]+$/u;
const COMMA = /^[ \t\u00a0]*,[ \t\u00a0]*$/u;

function keysAt(words: Word[], i: number, ks: string[]): boolean {
  return ks.every((k, n) => words[i + n] !== undefined && wordKey(words[i + n]) === k);
}

/** Patterns by their first syllable: only those can start at a word. */
/** The patterns by their first word, the longest first: "[Huân chương Lao động] hạng [Ba]" before "[Huân chương Lao động]". */
function byFirstKey<T extends { keys: string[] }>(list: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const p of list) m.set(p.keys[0], [...(m.get(p.keys[0]) ?? []), p]);
  for (const ps of m.values()) ps.sort((a, b) => b.keys.length - a.keys.length);
  return m;
}

function phraseBefore(text: string, words: Word[], i: number, ks: string[]): boolean {
  const start = i - ks.length;
  if (start < 0 || !keysAt(words, start, ks)) return false;
  for (let n = start; n < i; n++) if (!BLANK.test(text.slice(words[n].end, words[n + 1].start))) return false;
  return true;
}

function phraseAfter(text: string, words: Word[], j: number, ks: string[]): boolean {
  if (!keysAt(words, j, ks)) return false;
  for (let n = j - 1; n < j + ks.length - 1; n++) if (!BLANK.test(text.slice(words[n].end, words[n + 1].start))) return false;
  return true;
}

/** Organisation names and titles of the draft, by start: their words are organisation-case's and title-case's. */
function lexiconSpans(draft: Draft, config: ResolvedConfig): Span[] {
  return [...matchOrganisations(draft, config), ...matchTitles(draft, config)].sort((a, b) => a.start - b.start);
}

/**
 * Words of paragraph `p` inside the lexicon's `spans` (sorted by start). A name lies in one
 * sentence: the names that start in `p` are all that touch it.
 */
function lexiconWords(spans: Span[], p: Paragraph): Set<Word> {
  const out = new Set<Word>();
  let k = firstAtOrAfter(spans, p.start, (sp) => sp.start);
  for (const w of paragraphWords(p)) {
    // words come in text order: a span that ends before this word ends before all the next
    while (k < spans.length && spans[k].end < w.end) k++;
    if (k < spans.length && spans[k].start <= w.start) out.add(w);
  }
  return out;
}

/** One occurrence of a pattern whose checked words are not all as they should be. */
interface Correction {
  /** the checked words of the occurrence, first to last */
  words: Word[];
  edits: TextEdit[];
  status: Status;
  lower: boolean;
  kind?: 'region' | 'honour';
  /** a capital inside the special noun, outside any pattern ("pháp luật Nhà Nước") */
  inner?: boolean;
  /** Title Case words going on it, lowered with it ("Nhà Nước Ta Hiện Nay") */
  tail?: boolean;
}

/** Paragraphs whose casing this rule judges: not page furniture, metadata or the credit. */
const checked = (p: Paragraph): boolean => p.kind !== 'chrome' && p.kind !== 'metadata' && p.kind !== 'byline';

function corrections(draft: Draft, s: Sentence, lexicon: Set<Word>): Correction[] {
  const text = draft.text;
  const ws = s.words;
  const out: Correction[] = [];
  const taken = new Set<Word>();
  for (let i = 0; i < ws.length; i++) {
    for (const p of PATTERNS.get(wordKey(ws[i])) ?? []) {
      const n = p.keys.length;
      if (i + n > ws.length || !keysAt(ws, i, p.keys)) continue;
      let gapsOk = true;
      for (let k = 0; k + 1 < n; k++) {
        const gap = text.slice(ws[i + k].end, ws[i + k + 1].start);
        if (!(p.comma[k] ? COMMA : BLANK).test(gap)) gapsOk = false;
      }
      if (!gapsOk) continue;
      const j = i + n;
      const next = ws[j];
      const blankAfter = next !== undefined && BLANK.test(text.slice(ws[j - 1].end, next.start));
      if (blankAfter && p.notBefore.some((ph) => phraseAfter(text, ws, j, ph))) continue;
      if (p.notAfter.some((ph) => phraseBefore(text, ws, i, ph))) continue;
      if (p.notBeforeCapital && blankAfter && caseShape(next.text) !== 'lower') continue;
      const words: Word[] = [];
      const edits: TextEdit[] = [];
      let skip = false;
      for (let k = 0; k < n; k++) {
        const canon = p.target[k];
        const w = ws[i + k];
        if (!canon || lexicon.has(w)) continue;
        if (taken.has(w)) skip = true;
        const shape = caseShape(w.text);
        // a headline or caption in capitals is a layout choice, not a casing error
        if (shape === 'upper' || shape === 'mixed') skip = true;
        let expected = caseLike(w.text, canon);
        if (isSentenceStart(draft, w.start) && !(shape === 'lower' && optionalCapital(text, w.start))) expected = withShape(expected, 'cap');
        words.push(w);
        if (expected !== w.text) edits.push({ start: w.start, end: w.end, text: expected });
      }
      if (skip || words.length === 0) continue;
      for (const w of words) taken.add(w);
      if (edits.length > 0) out.push({ words, edits, status: p.status, lower: caseShape(p.target.find(Boolean) ?? '') === 'lower', kind: p.kind });
    }
  }
  // outside the patterns, a capital on the second syllable of a special noun ("Nhà Nước Về
  // quốc phòng"): not in a line whose words are nearly all capitalised (a heading's style)
  if (isTitleCaseLine(ws)) return out;
  for (let i = 0; i + 1 < ws.length; i++) {
    const a = ws[i];
    const b = ws[i + 1];
    // (the case first: most pairs are lowercase, and the pair's key is a string to build)
    if (caseShape(a.text) !== 'cap' || caseShape(b.text) !== 'cap' || !INNER_PAIRS.has(`${wordKey(a)} ${wordKey(b)}`) || !BLANK.test(text.slice(a.end, b.start))) continue;
    if (taken.has(a) || taken.has(b) || lexicon.has(a) || lexicon.has(b) || inQuote(draft, a.start, b.end)) continue;
    out.push({ words: [a, b], edits: [{ start: b.start, end: b.end, text: withShape(b.text, 'lower') }], status: 'clear', lower: false, inner: true });
  }
  return out.map((c) => withTail(draft, ws, c));
}

/**
 * A special noun whose inner capital is lowered ("Nhà Nước" → "Nhà nước") takes the Title
 * Case words that go on it into its one finding and fix ("Nhà Nước Ta Hiện Nay" → "Nhà nước
 * ta hiện nay"): common-noun-case leaves them to this rule (core titleCaseTail).
 */
function withTail(draft: Draft, ws: Word[], c: Correction): Correction {
  const last = c.words[c.words.length - 1];
  if (!c.edits.some((e) => e.start === last.start && caseShape(e.text) === 'lower' && caseShape(last.text) === 'cap')) return c;
  const j = ws.indexOf(last) + 1;
  const n = titleCaseTail(draft.text, ws, j);
  if (n === 0 || isTitleCaseLine(ws)) return c;
  const tail = ws.slice(j, j + n).filter((w) => !inQuote(draft, w.start));
  if (tail.length < n) return c;
  return { ...c, tail: true, words: [...c.words, ...tail], edits: [...c.edits, ...tail.map((w) => ({ start: w.start, end: w.end, text: withShape(w.text, 'lower') }))] };
}

/** Occurrences joined only by "," or "và" ("của đảng, nhà nước") make one finding. */
function grouped(text: string, cs: Correction[]): Correction[] {
  const out: Correction[] = [];
  for (const c of cs.sort((a, b) => a.words[0].start - b.words[0].start)) {
    const prev = out[out.length - 1];
    const prevEnd = prev?.words[prev.words.length - 1].end ?? 0;
    if (prev && prev.status === c.status && prev.lower === c.lower && prev.kind === c.kind && prev.inner === c.inner && !prev.tail && !c.tail && c.words[0].start >= prevEnd && /^[\s,]*(?:và\s+)?$/u.test(text.slice(prevEnd, c.words[0].start))) {
      out[out.length - 1] = { ...prev, words: [...prev.words, ...c.words], edits: [...prev.edits, ...c.edits] };
    } else out.push(c);
  }
  return out;
}

interface PeopleUse {
  words: [Word, Word];
  capital: boolean;
}

/** "nhân dân" / "Nhân dân" as the people in paragraph `p`: not in names, attributes, quotations or at a sentence start. */
function peopleUses(draft: Draft, p: Paragraph, lexicon: Set<Word>): PeopleUse[] {
  const text = draft.text;
  const out: PeopleUse[] = [];
  for (const s of p.sentences) {
    const ws = s.words;
    for (let i = 0; i + 1 < ws.length; i++) {
      const a = ws[i];
      const b = ws[i + 1];
      if (wordKey(a) !== NHAN || wordKey(b) !== DAN || !BLANK.test(text.slice(a.end, b.start))) continue;
      if (lexicon.has(a) || inQuote(draft, a.start, b.end) || isSentenceStart(draft, a.start)) continue;
      if (PEOPLE_NOT_AFTER.some((ph) => phraseBefore(text, ws, i, ph))) continue;
      if (PEOPLE_NOT_BEFORE.some((ph) => BLANK.test(text.slice(b.end, ws[i + 2]?.start ?? b.end)) && phraseAfter(text, ws, i + 2, ph))) continue;
      const sa = caseShape(a.text);
      const sb = caseShape(b.text);
      if (sb !== 'lower' || (sa !== 'lower' && sa !== 'cap')) continue; // "Nhân Dân" (the newspaper), capitals
      // a capitalised word right after it makes it a syllable of a name: "nước Cộng hòa Dân chủ Nhân dân Lào"
      const c = ws[i + 2];
      if (sa === 'cap' && c && BLANK.test(text.slice(b.end, c.start)) && caseShape(c.text) !== 'lower') continue;
      out.push({ words: [a, b], capital: sa === 'cap' });
    }
  }
  return out;
}

/** What one paragraph says: its findings, and its uses of "nhân dân" for the draft-wide count. */
interface ParagraphAnswer {
  reports: Report[];
  uses: PeopleUse[];
}

/** Each paragraph's answer (read within its sentences), keyed as `check` says. */
const byParagraph = new ParagraphMemo<ParagraphAnswer>('special-noun-case.paragraphs', 512 * 1024, { offsets: ['start', 'end'] });

function paragraphAnswer(draft: Draft, spans: Span[], p: Paragraph): ParagraphAnswer {
  const text = draft.text;
  const lexicon = lexiconWords(spans, p);
  const reports: Report[] = [];
  for (const s of p.sentences) {
    for (const g of grouped(text, corrections(draft, s, lexicon))) {
      const start = g.words[0].start;
      const end = g.words[g.words.length - 1].end;
      const edits = g.edits;
      const expected = editedText(text, start, end, edits);
      const clear = g.status === 'clear';
      const messageId = g.tail ? 'tail' : g.inner ? 'oneWord' : g.kind ? g.kind : g.lower ? (clear ? 'lower' : 'lowerContested') : clear ? 'capital' : 'capitalContested';
      reports.push({
        start,
        end,
        messageId,
        args: { text: text.slice(start, end), expected },
        ...(clear ? { fix: edits } : { contested: true }),
        suggestions: [{ messageId: 'replace', args: { expected }, edits }],
      });
    }
    // "Luật quốc phòng" → "Luật Quốc phòng" (CAP-36); a "Luật" inside a body's name is the
    // body's field ("Trường Đại học Luật thành phố Hồ Chí Minh"), organisation-case's
    for (const d of lowercaseDocumentNames(draft, s)) {
      if (s.words.some((w) => w.start === d.start && lexicon.has(w))) continue;
      const expected = text.slice(d.start, d.edit.start) + d.edit.text + text.slice(d.edit.end, d.end);
      reports.push({ start: d.start, end: d.end, messageId: 'documentName', args: { expected }, fix: [d.edit], suggestions: [{ messageId: 'replace', args: { expected }, edits: [d.edit] }] });
    }
  }
  return { reports, uses: peopleUses(draft, p, lexicon) };
}

/**
 * After a colon or an opening quote a clause may start with a capital or not (NĐ 30 asks one only
 * after ".", "?", "!" and a new line): a lowercase word there keeps its case ("nhấn mạnh: đảng viên
 * mới phải …" is right as written).
 */
function optionalCapital(text: string, start: number): boolean {
  return /[:“"‘'«]\s*$/u.test(text.slice(Math.max(0, start - 4), start));
}

export const specialNounCase: Rule = {
  meta: {
    id: 'special-noun-case',
    category: 'capitalisation',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Viết hoa Đảng, Nhà nước, Chính phủ, Quốc hội, Tổ quốc, Trung ương Đảng, Bác Hồ khi chỉ thể chế; viết thường khi là định ngữ (cơ quan nhà nước, đảng viên).',
      en: 'Capitalise Đảng, Nhà nước, Chính phủ, Quốc hội, Tổ quốc, Trung ương Đảng, Bác Hồ when they name the institution; lower case as attributes (cơ quan nhà nước, đảng viên).',
    },
    rationale: {
      vi: 'Nghị định 30/2020/NĐ-CP (Phụ lục II, mục V) viết hoa “Đảng” (Đảng Cộng sản Việt Nam), “Nhà nước”, “Nhân dân” khi dùng như danh từ riêng; văn bản của Đảng viết thường các danh từ ghép “đảng viên”, “tổ chức đảng”, “cơ quan nhà nước”.',
      en: 'Decree 30/2020 (Appendix II, V) capitalises “Đảng” (the Communist Party of Vietnam), “Nhà nước”, “Nhân dân” used as proper nouns; Party documents write the compounds “đảng viên”, “tổ chức đảng”, “cơ quan nhà nước” in lower case.',
    },
    messages: {
      capital: {
        vi: '“{text}” ở đây là danh từ riêng (chỉ Đảng, Nhà nước, Chính phủ, Quốc hội, Tổ quốc…), phải viết hoa: “{expected}”.',
        en: '“{text}” is a proper noun here (the Party, the State, the Government, the National Assembly, the Fatherland…): write “{expected}”.',
      },
      lower: {
        vi: '“{text}” ở đây là định ngữ của danh từ chung, viết thường: “{expected}”.',
        en: '“{text}” is an attribute of a common noun here: write “{expected}” in lower case.',
      },
      lowerContested: {
        vi: 'Văn bản của Đảng viết thường danh từ ghép này: “{expected}”. Cách viết “{text}” vẫn gặp nhưng không được khuyến nghị.',
        en: 'Party documents write this compound in lower case: “{expected}”. “{text}” is seen but not recommended.',
      },
      capitalContested: {
        vi: 'Nên viết hoa “{expected}” ở đây; cách viết “{text}” vẫn gặp nhưng không thống nhất với quy định.',
        en: 'Prefer “{expected}” here; “{text}” is seen but does not follow the rule.',
      },
      tail: {
        vi: 'Chỉ danh từ riêng viết hoa chữ cái đầu, các chữ khác viết thường: “{text}” → “{expected}”.',
        en: 'Only the proper noun takes its initial capital; the other words are lowercase: “{text}” → “{expected}”.',
      },
      oneWord: {
        vi: '“{text}” là một từ: chỉ viết hoa chữ đầu: “{expected}”.',
        en: '“{text}” is one word: only its first syllable takes a capital: “{expected}”.',
      },
      region: {
        vi: 'Tên vùng, miền viết hoa mọi âm tiết (trừ danh từ chung “đồng bằng”, “sông” đứng trước tên riêng): “{expected}”.',
        en: 'A region name capitalises every syllable (not the common nouns “đồng bằng”, “sông” before a name): “{expected}”.',
      },
      honour: {
        vi: 'Tên huân chương, danh hiệu viết hoa chữ đầu của tên và của hạng: “{expected}”.',
        en: 'An order or honour capitalises its name and its class: “{expected}”.',
      },
      documentName: {
        vi: 'Tên văn bản cụ thể viết hoa chữ đầu của tên: “{expected}”.',
        en: 'A specific document’s name takes a capital on its first syllable: “{expected}”.',
      },
      people: {
        vi: 'Bài viết dùng cả “Nhân dân” ({capital} lần) và “nhân dân” ({lower} lần) để chỉ nhân dân; nên thống nhất một cách viết: “{expected}”.',
        en: 'The draft writes both “Nhân dân” ({capital}×) and “nhân dân” ({lower}×) for the people; use one form: “{expected}”.',
      },
      replace: { vi: 'Sửa thành “{expected}”', en: 'Change to “{expected}”' },
      replaceAll: { vi: 'Viết “{expected}” ở mọi chỗ trong bài ({count} chỗ)', en: 'Write “{expected}” everywhere in this draft ({count} places)' },
    },
  },
  check({ draft, config, report }) {
    const text = draft.text;
    // what a paragraph's answer depends on beyond its own text: its kind, its quotations and
    // the lexicon's profile (a project's own lexicon is not remembered)
    const memo = usesBuiltinLexicon(config);
    const quotes = memo ? quotesByParagraph(draft) : [];
    // (sorted once a pass, and only when a paragraph is not remembered)
    let spans: Span[] | undefined;
    const answer = (p: Paragraph): ParagraphAnswer => paragraphAnswer(draft, (spans ??= lexiconSpans(draft, config)), p);
    const uses: PeopleUse[] = [];
    draft.paragraphs.forEach((p, k) => {
      if (!checked(p)) return;
      const local = memo ? byParagraph.get(draft, p, `${p.kind}\u0001${quotes[k]}\u0001${config.profile}${lexiconSalt(draft, p, config)}`, answer) : answer(p);
      for (const r of local.reports) report(r);
      for (const u of local.uses) uses.push(u);
    });

    // "Nhân dân" vs "nhân dân": contested, so only a draft using both is told to pick one
    const capital = uses.filter((u) => u.capital).length;
    const lower = uses.length - capital;
    if (capital === 0 || lower === 0) return;
    // the decree's form wins a tie
    const toCapital = capital >= lower;
    const minority = uses.filter((u) => u.capital !== toCapital);
    const editOf = (u: PeopleUse): TextEdit => ({ start: u.words[0].start, end: u.words[0].end, text: withShape(u.words[0].text, toCapital ? 'cap' : 'lower') });
    const all = minority.map(editOf);
    const form = toCapital ? 'Nhân dân' : 'nhân dân';
    for (const u of minority) {
      const edit = editOf(u);
      const expected = edit.text + text.slice(u.words[0].end, u.words[1].end);
      const suggestions: Suggestion[] = [{ messageId: 'replace', args: { expected }, edits: [edit], scope: 'one' }];
      if (all.length > 1) suggestions.push({ messageId: 'replaceAll', args: { expected: form, count: all.length }, edits: all, scope: 'all' });
      report({
        start: u.words[0].start,
        end: u.words[1].end,
        messageId: 'people',
        args: { capital, lower, expected },
        suggestions,
        contested: true,
      });
    }
  },
};
