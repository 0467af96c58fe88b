/**
 * common-noun-case (CAP-38): the common nouns of training news stay lowercase mid-sentence:
 * "công tác Dân vận" → "công tác dân vận", "lớp Tập huấn", "cán bộ Tuyên giáo", "tổ chức Hội
 * nghị tập huấn" → "hội nghị tập huấn", "Lễ Bế giảng" → "lễ bế giảng", "các Đảng bộ" →
 * "các đảng bộ", and a capital on a function word after a comma ("Qua lớp học, Các em").
 *
 * Precision first: sentence starts (also after ":" and a source tag), quotations (core),
 * organisation names of the lexicon ("Ban Dân vận", "Ban Công tác Mặt trận"), a field followed
 * by a capitalised word ("cán bộ Tuyên giáo Huyện ủy" names a body) and a topic title after
 * "về" / "chuyên đề" (its opening capital is accepted) are left alone. A bare "Hội nghị"
 * mid-sentence is flagged only when the same draft also writes "hội nghị".
 */
import data from '../../../dictionaries/common-nouns.json';
import specialNouns from '../../../dictionaries/special-nouns.json';
import structure from '../../../dictionaries/structure.json';
import type { Draft, Sentence, Span, Word } from '../core/draft.js';
import { inQuote } from '../core/draft.js';
import type { Rule, TextEdit } from '../core/types.js';
import { caseShape, isLevelWord, isPluralMarker, isSentenceStart, sentenceAt, syllableKey, withShape, wordIndexAt, wordKey } from '../core/casing.js';
import { keysOf, matchOrganisations, matchTitles, typeWordAt } from '../core/lexicon.js';
import { commonWordAt, continuation, knownPair, neverCapitalised, secondHalfOfWord, usuallyLowercase } from '../core/capital-evidence.js';
import { inPersonName } from '../core/person-names.js';

type Status = 'clear' | 'contested';

const phrase = (s: string): string[] => s.split(/\s+/u).filter(Boolean).map(syllableKey);
/** Phrases indexed by their first syllable, longest first: a lookup per word, not a scan. */
type Index<T> = Map<string, T[]>;
function indexPhrases<T extends { keys: string[] }>(xs: T[]): Index<T> {
  const m: Index<T> = new Map();
  for (const x of [...xs].sort((a, b) => b.keys.length - a.keys.length)) m.set(x.keys[0], [...(m.get(x.keys[0]) ?? []), x]);
  return m;
}

const HEADS = indexPhrases(data.heads.map((h) => ({ keys: phrase(h.word) })));
interface Field {
  keys: string[];
  status: Status;
}
const FIELDS = indexPhrases<Field>(data.fields.map((f) => ({ keys: phrase(f.phrase), status: (f.status === 'contested' ? 'contested' : 'clear') as Status })));
const EVENTS = indexPhrases(data.events.map((e) => ({ keys: phrase(e.word) })));
const KINDS = indexPhrases(data.kinds.map((k) => ({ keys: phrase(k) })));
const EVENT_FIELDS = indexPhrases([...[...FIELDS.values()].flat(), ...[...KINDS.values()].flat().map((k) => ({ keys: k.keys, status: 'clear' as Status }))]);
const GENERICS = indexPhrases(data.generics.map((g) => ({ keys: phrase(g.word) })));
const FUNCTION_WORDS = new Set(data.functionWords.words.map(syllableKey));
const SHORT_NAMES = indexPhrases(data.shortNames.words.map((w) => ({ keys: phrase(w) })));
const BEFORE_NAMES = indexPhrases(data.evidence.beforeNames.map((w) => ({ keys: phrase(w) })));
const NAME_OPENERS = data.evidence.nameOpeners.map(phrase);
const NAME_HEADS = indexPhrases(data.evidence.nameHeads.map((w) => ({ keys: phrase(w) })));
const BEFORE_NAME_KEYS = data.evidence.beforeNames.map(phrase);
/** pairs inside the special nouns ("Nhà nước", "Chính phủ"): special-noun-case's, not this rule's */
const SPECIAL_PAIRS = new Set(
  specialNouns.patterns.flatMap((p) => {
    const inside = /\[([^\]]+)\]/u.exec(p.match)?.[1];
    const ks = inside ? phrase(inside) : [];
    return ks.slice(1).map((k, n) => `${ks[n]} ${k}`);
  }),
);
/** name openers that are verbs when lowercase ("hướng dẫn Kỹ thuật"): no name opens after them there */
const VERB_OPENERS = new Set(data.evidence.verbOpeners.map((w) => phrase(w).join(' ')));
/** "nhân dân" as the people is special-noun-case's (either form is printed) */
const PEOPLE = phrase('nhân dân').join(' ');
/** kinds of documents and names ("Hướng dẫn", "Quy định"): before a number they name one */
const DOCUMENT_NAMES = new Set([...structure.documentTypes.entries.map((e) => e.word), ...data.evidence.nameOpeners].map((w) => phrase(w).join(' ')));
const VA = syllableKey('và');
const SO = syllableKey('số');
const LAN = syllableKey('lần');
/** after these a capitalised head opens a topic title ("chuyên đề về Công tác dân tộc"): accepted */
const TOPIC_OPENERS = ['về', 'chuyên đề', 'đề tài', 'chủ đề'].map(phrase);

const BLANK = /^[ \t\u00a0]+$/u;

function blank(text: string, a: Word, b: Word): boolean {
  return BLANK.test(text.slice(a.end, b.start));
}

/** The longest phrase of `index` at words[i] (words joined by blanks). */
function longest<T extends { keys: string[] }>(text: string, ws: Word[], i: number, index: Index<T>): T | undefined {
  if (i >= ws.length) return undefined;
  return index.get(wordKey(ws[i]))?.find((p) => p.keys.every((k, n) => n === 0 || (ws[i + n] !== undefined && wordKey(ws[i + n]) === k && blank(text, ws[i + n - 1], ws[i + n]))));
}

function endsWith(text: string, ws: Word[], i: number, keys: string[]): boolean {
  const s = i - keys.length;
  if (s < 0) return false;
  return keys.every((k, n) => wordKey(ws[s + n]) === k && (n === 0 || blank(text, ws[s + n - 1], ws[s + n])));
}

interface Found {
  start: number;
  end: number;
  edits: TextEdit[];
  status: Status;
  messageId: 'field' | 'event' | 'generic' | 'functionWord' | 'capital' | 'oneWord';
}

/** Cheap first test before caseShape: does the word start with a capital letter? */
const startsUpper = (w: Word): boolean => w.text[0] !== w.text[0].toLowerCase();

const lower = (w: Word): TextEdit => ({ start: w.start, end: w.end, text: withShape(w.text, 'lower') });

export const commonNounCase: Rule = {
  meta: {
    id: 'common-noun-case',
    category: 'capitalisation',
    defaultSeverity: 'warning',
    fixable: true,
    description: {
      vi: 'Danh từ chung của tin tập huấn (hội nghị, lớp tập huấn, công tác dân vận, cán bộ tuyên giáo…) viết thường giữa câu.',
      en: 'Common nouns of training news (hội nghị, lớp tập huấn, công tác dân vận, cán bộ tuyên giáo…) are lowercase mid-sentence.',
    },
    rationale: {
      vi: 'Chỉ tên riêng mới viết hoa. “Công tác dân vận”, “lớp tập huấn”, “hội nghị” là danh từ chung; viết hoa chúng làm người đọc tưởng đó là tên cơ quan hay tên sự kiện (“Ban Dân vận” mới là tên cơ quan).',
      en: 'Only proper names take capitals. “Công tác dân vận”, “lớp tập huấn”, “hội nghị” are common nouns; capitals make them look like the name of a body or an event (“Ban Dân vận” is the body).',
    },
    messages: {
      field: {
        vi: '“{text}” là danh từ chung, viết thường giữa câu: “{expected}”.',
        en: '“{text}” is a common noun, lowercase mid-sentence: “{expected}”.',
      },
      fieldContested: {
        vi: '“{text}” là danh từ chung; nhiều cơ quan vẫn viết hoa nhưng quy tắc chung là viết thường: “{expected}”.',
        en: '“{text}” is a common noun; some bodies capitalise it, but the general rule is lowercase: “{expected}”.',
      },
      event: {
        vi: '“{text}” ở đây là danh từ chung chỉ sự kiện, không phải tên riêng: viết “{expected}”.',
        en: '“{text}” names a kind of event, not a specific one: write “{expected}”.',
      },
      generic: {
        vi: 'Sau “{marker}”, danh từ chỉ nhiều đơn vị viết thường: “{expected}” thay cho “{text}”.',
        en: 'After “{marker}”, a generic plural is lowercase: “{expected}”, not “{text}”.',
      },
      functionWord: {
        vi: '“{text}” đứng giữa câu (sau dấu phẩy) nên viết thường: “{expected}”.',
        en: '“{text}” is mid-sentence (after a comma): write “{expected}”.',
      },
      capital: {
        vi: '“{text}” là từ thường, không phải tên riêng: viết thường giữa câu: “{expected}”.',
        en: '“{text}” is a common word, not a name: lowercase mid-sentence: “{expected}”.',
      },
      oneWord: {
        vi: '“{text}” là một từ: chỉ viết hoa chữ đầu: “{expected}”.',
        en: '“{text}” is one word: only its first syllable takes a capital: “{expected}”.',
      },
      replace: { vi: 'Sửa thành “{expected}”', en: 'Change to “{expected}”' },
    },
  },
  check({ draft, config, report }) {
    const text = draft.text;
    const spans: Span[] = [...matchOrganisations(draft, config), ...matchTitles(draft, config)];
    // where a body named by its type word, an abbreviation or a committee starts ("Hội CCB", "UBND")
    const bodies = new Set<number>();
    for (const o of matchOrganisations(draft, config)) {
      const first = o.parts[0];
      if (first.kind === 'abbreviation' || first.kind === 'committee' || first.kind === 'pattern' || typeWordAt(keysOf(sentenceAt(draft, o.start)!), wordIndexAt(sentenceAt(draft, o.start)!.words, first.words[0].start)) > 0) bodies.add(first.words[0].start);
    }
    const midSentence = (w: Word): boolean => !isSentenceStart(draft, w.start);
    // event heads the draft writes in lowercase somewhere (outside quotations)
    const lowercaseEvents = new Set<string>();
    for (const s of draft.sentences) {
      s.words.forEach((w, i) => {
        const e = longest(text, s.words, i, EVENTS);
        if (e && caseShape(w.text) === 'lower' && !inQuote(draft, w.start)) lowercaseEvents.add(e.keys.join(' '));
      });
    }

    const out: Found[] = [];
    for (const p of draft.paragraphs) {
      if (p.kind === 'chrome' || p.kind === 'metadata' || p.kind === 'byline') continue;
      for (const s of p.sentences) {
        const found = checkSentence(draft, s, p.kind === 'headline', spans, midSentence, lowercaseEvents);
        for (const f of found) out.push(f);
        if (p.kind === 'lead' || p.kind === 'body') for (const f of capitalsAgainstEvidence(draft, s, spans, bodies, found)) out.push(f);
      }
    }
    for (const f of out) {
      let expected = '';
      let pos = f.start;
      for (const e of f.edits) {
        expected += text.slice(pos, e.start) + e.text;
        pos = e.end;
      }
      expected += text.slice(pos, f.end);
      const clear = f.status === 'clear';
      const messageId = f.messageId === 'field' && !clear ? 'fieldContested' : f.messageId;
      const marker = f.messageId === 'generic' ? text.slice(f.start, f.end).split(/\s+/u)[0] : '';
      report({
        start: f.start,
        end: f.end,
        messageId,
        args: { text: text.slice(f.start, f.end), expected, marker },
        ...(clear ? { fix: f.edits } : { contested: true }),
        suggestions: [{ messageId: 'replace', args: { expected }, edits: f.edits }],
      });
    }
  },
};

function checkSentence(
  draft: Draft,
  s: Sentence,
  headline: boolean,
  spans: Span[],
  midSentence: (w: Word) => boolean,
  lowercaseEvents: Set<string>,
): Found[] {
  const inLexicon = (w: Word): boolean => spans.some((s) => w.start >= s.start && w.end <= s.end);
  const lexiconBeyond = (words: Word[]): boolean => {
    const a = words[0].start;
    const b = words[words.length - 1].end;
    return spans.some((s) => s.start < b && a < s.end && (s.start < a || s.end > b));
  };
  const text = draft.text;
  const ws = s.words;
  const out: Found[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    // a capitalised word just before ("Trung cấp Lý luận …", "Ban Công tác …") makes a name
    const capitalAt = (k: number): boolean => k >= 0 && caseShape(ws[k].text) !== 'lower' && midSentence(ws[k]) && blank(text, ws[k], ws[k + 1]);
    const prevCapital = (): boolean => capitalAt(i - 1) || (capitalAt(i - 2) && blank(text, ws[i - 1], w));

    // 1. head + field: "công tác Dân vận", "lớp Tập huấn", "Lễ Bế giảng"
    const head = longest(text, ws, i, HEADS);
    if (head) {
      const h = head.keys.length;
      // after an event noun ("Hội nghị", "Lễ") an event kind is a field too: "Hội nghị Tổng kết"
      const fields = longest(text, ws, i, EVENTS)?.keys.length === h ? EVENT_FIELDS : FIELDS;
      const found = fieldAfter(draft, ws, i + h, lexiconBeyond, fields);
      if (found && !ws.slice(i, i + h).some(inLexicon) && !(caseShape(w.text) !== 'lower' && prevCapital())) {
        const headCapitalMid = caseShape(w.text) === 'cap' && midSentence(w);
        // a topic title ("chuyên đề về Công tác dân tộc") or a list item after ";" may open with a capital
        const topic = TOPIC_OPENERS.some((k) => endsWith(text, ws, i, k)) || (i > 0 && /;/u.test(text.slice(ws[i - 1].end, w.start)));
        const headEdits = headCapitalMid && !topic ? ws.slice(i, i + h).filter((x) => caseShape(x.text) !== 'lower').map(lower) : [];
        // "tổ chức Công tác dân vận" → the head alone is wrong; event heads are case 2's
        const eventHead = longest(text, ws, i, EVENTS)?.keys.length === h;
        if (found.edits.length > 0 || (headEdits.length > 0 && !eventHead)) {
          out.push({ start: w.start, end: found.end, edits: [...headEdits, ...found.edits], status: found.edits.length > 0 ? found.status : 'clear', messageId: 'field' });
          i = found.endIndex - 1;
          continue;
        }
      }
    }

    // 2. an event noun capitalised mid-sentence: "tổ chức Hội nghị tập huấn", "Phát biểu tại Hội thảo"
    const ev = longest(text, ws, i, EVENTS);
    if (ev && caseShape(w.text) === 'cap' && midSentence(w) && !prevCapital() && !inLexicon(w)) {
      const n = ev.keys.length;
      const evWords = ws.slice(i, i + n);
      const next = ws[i + n];
      const nextBlank = next !== undefined && blank(text, ws[i + n - 1], next);
      const kind = nextBlank && caseShape(next.text) === 'lower' ? longest(text, ws, i + n, KINDS) : undefined;
      const named = nextBlank && (caseShape(next.text) !== 'lower' || /^\d/u.test(next.text) || wordKey(next) === LAN);
      const innerCapital = evWords.slice(1).some((x) => caseShape(x.text) !== 'lower');
      if (!innerCapital && !named && (kind || lowercaseEvents.has(ev.keys.join(' ')))) {
        const end = kind ? ws[i + n + kind.keys.length - 1].end : evWords[n - 1].end;
        out.push({ start: w.start, end, edits: [lower(w)], status: 'clear', messageId: 'event' });
        i += n - 1;
        continue;
      }
    }

    // 3. generic plural: "các Đảng bộ, chi bộ"
    if (i > 0 && startsUpper(w) && caseShape(w.text) === 'cap' && isPluralMarker(ws[i - 1].text) && blank(text, ws[i - 1], w)) {
      const g = longest(text, ws, i, GENERICS);
      const after = g && ws[i + g.keys.length];
      const nextCapital = after !== undefined && blank(text, ws[i + g!.keys.length - 1], after) && caseShape(after.text) !== 'lower';
      if (g && !nextCapital) {
        const gw = ws.slice(i, i + g.keys.length);
        out.push({ start: ws[i - 1].start, end: gw[gw.length - 1].end, edits: gw.filter((x) => caseShape(x.text) !== 'lower').map(lower), status: 'clear', messageId: 'generic' });
        i += g.keys.length - 1;
        continue;
      }
    }

    // 4. a function word capitalised after a comma: "Qua lớp học, Các em …"
    if (!headline && i > 0 && startsUpper(w) && FUNCTION_WORDS.has(wordKey(w)) && caseShape(w.text) === 'cap' && /^\s*,\s*$/u.test(text.slice(ws[i - 1].end, w.start)) && midSentence(w)) {
      out.push({ start: w.start, end: w.end, edits: [lower(w)], status: 'clear', messageId: 'functionWord' });
    }
  }
  return out;
}

/**
 * Field phrases right after a head ("Dân vận", "Văn thư, Lưu trữ", "Chính trị - Hành chính")
 * when one of them is capitalised; undefined when all are lowercase or something says the
 * words name a body.
 */
function fieldAfter(
  draft: Draft,
  ws: Word[],
  i: number,
  spansBeyond: (words: Word[]) => boolean,
  fields: Index<Field>,
): { end: number; endIndex: number; edits: TextEdit[]; status: Status } | undefined {
  const text = draft.text;
  if (i >= ws.length || !blank(text, ws[i - 1], ws[i])) return undefined;
  const words: Word[] = [];
  let status: Status = 'clear';
  let j = i;
  for (;;) {
    const f = longest(text, ws, j, fields);
    if (!f) break;
    for (let k = j; k < j + f.keys.length; k++) words.push(ws[k]);
    if (f.status === 'contested') status = 'contested';
    j += f.keys.length;
    // "văn thư, lưu trữ", "chính trị - hành chính", "thi đua và khen thưởng"
    if (j < ws.length && /^\s*[,\-–]\s*$/u.test(text.slice(ws[j - 1].end, ws[j].start)) && longest(text, ws, j, fields)) continue;
    if (j + 1 < ws.length && wordKey(ws[j]) === VA && blank(text, ws[j - 1], ws[j]) && blank(text, ws[j], ws[j + 1]) && longest(text, ws, j + 1, fields)) {
      j++;
      continue;
    }
    break;
  }
  if (words.length === 0) return undefined;
  const shapes = words.map((w) => caseShape(w.text));
  if (shapes.some((s) => s === 'upper' || s === 'mixed')) return undefined;
  // a lexicon name that reaches beyond the field ("Ban Công tác Mặt trận") is a body; the
  // field alone ("công tác Công đoàn") is the common noun even if it is also a body's name
  if (spansBeyond(words)) return undefined;
  // "cán bộ Tuyên giáo Huyện ủy", "cán bộ Mặt trận Tổ quốc": the capitals name a body
  const next = ws[j];
  if (next && blank(text, ws[j - 1], next) && caseShape(next.text) !== 'lower') return undefined;
  const edits = words.filter((w) => caseShape(w.text) !== 'lower').map(lower);
  return { end: words[words.length - 1].end, endIndex: j, edits, status };
}

/**
 * 5. A common word capitalised mid-sentence outside any list (issue 12): "cho 45 Học viên",
 * "nâng cao Nhận thức", "Ông Trần Văn Nam" mid-sentence. The word must be one real drafts
 * write lowercase (core/capital-evidence.ts) and stand outside every name: person names,
 * lexicon bodies and titles, a run of capitalised words, the name a document, programme or
 * topic word opens, the short names of mass organisations, quotations.
 */
function capitalsAgainstEvidence(draft: Draft, s: Sentence, spans: Span[], bodies: Set<number>, already: Found[]): Found[] {
  const text = draft.text;
  const ws = s.words;
  const out: Found[] = [];
  const capital = (w: Word | undefined): boolean => !!w && caseShape(w.text) !== 'lower' && /^[^\p{L}]*\p{Lu}/u.test(w.text);
  const joined = (a: Word, b: Word): boolean => blank(text, a, b) || /^\s*[-–]\s*$/u.test(text.slice(a.end, b.start));
  const lettered = ws.filter((w) => /^[\p{L}\p{M}]/u.test(w.text));
  const titleCaseLine = lettered.length >= 3 && lettered.filter((w) => caseShape(w.text) !== 'lower').length >= 0.6 * lettered.length;
  // one phrase, one finding: "tổ chức Khai giảng Lớp bồi dưỡng" (a blank and at most one word between)
  const addCapital = (w: Word, end: number): void => {
    const last = out[out.length - 1];
    if (last && /^[ \t\u00a0]+(?:[\p{Ll}\p{M}]+[ \t\u00a0]+)?$/u.test(text.slice(last.end, w.start))) {
      last.end = end;
      last.edits.push(lower(w));
    } else out.push({ start: w.start, end, edits: [lower(w)], status: 'clear', messageId: 'capital' });
  };
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i];
    if (!startsUpper(w) || caseShape(w.text) !== 'cap' || !/^[\p{L}\p{M}]+$/u.test(w.text)) continue;
    if (already.some((f) => w.start < f.end && f.start < w.end)) continue;
    if (!midSentence(draft, w) || inQuote(draft, w.start)) continue;
    if (spans.some((sp) => w.start >= sp.start && w.end <= sp.end)) continue;
    if (longest(text, ws, i, SHORT_NAMES)) continue;
    // a named day, month or week opens with its capital ("Ngày toàn dân phòng, chống ma túy")
    if (longest(text, ws, i, NAME_HEADS)) continue;
    const prev = ws[i - 1];
    const next = ws[i + 1];
    const nextJoined = next !== undefined && blank(text, w, next);
    const gapBefore = text.slice(prev.end, w.start);
    // a list item after ";" and a word after "20." or ")" may open a new clause
    if (/[;.)]\s*$/u.test(prev.text + gapBefore)) continue;
    // an opening quotation mark or bracket: a quoted title or a gloss ("cuốn sách 'Xây dựng…'")
    if (/["'“‘«(\[]\s*$/u.test(prev.text + gapBefore) || /^["'“‘«(\[]/u.test(w.text)) continue;
    // one word written as two capitalised syllables ("Chương Trình", "Mặt Trận"): real drafts
    // never capitalise the second after the first
    // (not in a person's or a place's name: "Nguyễn Văn Hóa", "xã Văn Minh", nor in a line
    // written in Title Case, a caption or heading whose capitals are its style)
    // a syllable drafts never capitalise at all ("Trình", "Cứu") is wrong even inside a
    // longer capitalised run ("Chương Trình Mục Tiêu", "Kế Hoạch Số 42")
    const never = neverCapitalised(wordKey(w));
    if (
      !titleCaseLine &&
      caseShape(prev.text) === 'cap' &&
      blank(text, prev, w) &&
      secondHalfOfWord(wordKey(prev), wordKey(w)) &&
      !SPECIAL_PAIRS.has(`${wordKey(prev)} ${wordKey(w)}`) &&
      !inPersonName(draft, prev.start, w.end) &&
      // a name after its opener is printed as its owner writes it ("báo Lao Động", "tạp chí Cộng Sản",
      // "báo Người Lao Động": the opener stands before the capitalised run)
      !NAME_OPENERS.some((k) => endsWith(text, ws, runStart(text, ws, i - 1), k)) &&
      // a longer capitalised run is a name's more often than not ("Báo Lao Động Thủ Đô")
      !(nextJoined && capital(next) && !never) &&
      !(!never && i >= 2 && (isLevelWord(ws[i - 2].text) || caseShape(ws[i - 2].text) !== 'lower') && blank(text, ws[i - 2], prev) && !out.some((f) => f.end >= ws[i - 2].end && f.start <= ws[i - 2].start))
    ) {
      const last = out[out.length - 1];
      // one capitalised run, one finding: "Chương Trình Mục Tiêu"
      if (last && (last.end === prev.end || (last.messageId === 'oneWord' && i >= 2 && last.end === ws[i - 2].end && blank(text, ws[i - 2], prev)))) {
        last.end = w.end;
        last.edits.push(lower(w));
      } else out.push({ start: prev.start, end: w.end, edits: [lower(w)], status: 'clear', messageId: 'oneWord' });
      continue;
    }
    // a name runs on: a word before is capitalised ("Trường Tiểu học", "Trung cấp Lý luận")
    // a place name after its level word ("xã Nhân Đạo") is admin-unit-case's
    // … unless the word opens a common word of its own right after a place or a person
    // ("tỉnh Kiên Giang Hỗ trợ", "Phòng Tư pháp quận Phối hợp"): a pair drafts write
    // lowercase whose first syllable they never capitalise, and no body's name runs there
    const opensWord =
      !titleCaseLine &&
      nextJoined &&
      caseShape(next.text) === 'lower' &&
      commonWordAt(wordKey(w), wordKey(next)) &&
      continuation(wordKey(prev), wordKey(w)) !== 'capital' &&
      (afterPlaceOrPerson(draft, ws, i) || spans.some((sp) => sp.end === prev.end));
    // a function word never goes on with a name ("pháp luật Nhà nước Về quốc phòng")
    // (a given name that is also one is a person's: "Nguyễn Văn Được")
    const functionWord = FUNCTION_WORDS.has(wordKey(w)) && !inPersonName(draft, w.start);
    const flagged = (x: Word): boolean => out.length > 0 && out[out.length - 1].end >= x.end;
    if (!opensWord && isLevelWord(prev.text) && blank(text, prev, w)) continue;
    if (!opensWord && !functionWord && capital(prev) && joined(prev, w) && !flagged(prev)) continue;
    // after one word written as two capitals the run may go on with the next phrase of a name
    // ("Chương Trình Mục Tiêu"): its opening capital says nothing
    // (but not "Số" before its number: "Kế Hoạch Số 42")
    const beforeNumber = nextJoined && /^\d/u.test(next.text);
    if (capital(prev) && blank(text, prev, w) && !beforeNumber && out.length > 0 && out[out.length - 1].messageId === 'oneWord' && out[out.length - 1].end === prev.end) continue;
    if (!opensWord && !functionWord && i >= 2 && capital(ws[i - 2]) && !flagged(ws[i - 2]) && midSentence(draft, ws[i - 2]) && blank(text, ws[i - 2], prev) && blank(text, prev, w)) continue;
    // the field of a body: "Trung tâm Tin tức", "Trưởng khoa Cấp cứu", "Hội đồng Lý luận"
    const keys = keysOf(s);
    if ([1, 2, 3].some((n) => i - n >= 0 && typeWordAt(keys, i - n) === n && ws.slice(i - n, i).every((x, k) => k === n - 1 || blank(text, x, ws[i - n + k + 1])) && blank(text, prev, w))) continue;
    // a type word opening a name: "Tập đoàn Dầu khí"
    const ownType = typeWordAt(keys, i);
    if (ownType > 0 && capital(ws[i + ownType]) && blank(text, ws[i + ownType - 1], ws[i + ownType])) continue;
    // a field phrase coordinated inside a name: "Học viện Báo chí và Tuyên truyền", "Phát thanh - Truyền hình"
    if (/^\s*[-–,]\s*$/u.test(gapBefore) || wordKey(prev) === VA) {
      const from = wordKey(prev) === VA ? i - 2 : i - 1;
      let k = from;
      while (k >= 0 && from - k < 3 && caseShape(ws[k].text) === 'lower') k--;
      // (a capital after a hyphen inside the word counts: "Khoa học-Xã hội và Nhân văn")
      if (k >= 0 && (capital(ws[k]) || /[-–]\p{Lu}/u.test(ws[k].text)) && midSentence(draft, ws[k])) continue;
      if (/^\s*[-–]\s*$/u.test(gapBefore)) continue;
    }
    // a document reference: "Hướng dẫn số 52", "Kế hoạch 15"
    // ("số" only before its number: "Một số vấn đề" is no reference)
    const ref = (x: Word | undefined): boolean => !!x && (/\d/u.test(x.text) || (wordKey(x) === SO && /^\d/u.test(ws[ws.indexOf(x) + 1]?.text ?? '')));
    // … whose "số" is the word for its number, never a name's ("Kế hoạch Số 42")
    const numberWord = wordKey(w) === SO && nextJoined && /^\d/u.test(next.text) && usuallyLowercase(SO);
    // (a common word before a quantity is no document: "Hỗ trợ 1.500 con giống")
    const quantity = nextJoined && caseShape(next.text) === 'lower' && commonWordAt(wordKey(w), wordKey(next)) && !DOCUMENT_NAMES.has(`${wordKey(w)} ${wordKey(next)}`);
    if (!numberWord && !quantity && nextJoined && (ref(next) || (ref(ws[i + 2]) && caseShape(next.text) === 'lower'))) continue;
    if (numberWord) {
      addCapital(w, w.end);
      continue;
    }
    // a document, programme or topic name opens with a capital ("phong trào Toàn dân …")
    // (not after a lowercase document word, a verb there: "hướng dẫn Kỹ thuật")
    const opener = NAME_OPENERS.find((k) => endsWith(text, ws, i, k));
    const verbOpener = opener !== undefined && VERB_OPENERS.has(opener.join(' ')) && caseShape(ws[i - opener.length].text) === 'lower';
    if (blank(text, prev, w) && opener && !verbOpener) continue;
    const honorific = longest(text, ws, i, BEFORE_NAMES);
    // after "ông", "đồng chí"… comes a person's name, whatever its syllables ("đồng chí Bàn Hộ Hòa")
    if (BEFORE_NAME_KEYS.some((k) => endsWith(text, ws, i, k))) continue;
    // the word, or the pair it opens ("Đại biểu"), followed by a capital
    const pair = nextJoined && caseShape(next.text) === 'lower' && knownPair(wordKey(w), wordKey(next));
    const afterIndex = pair ? i + 2 : i + 1;
    const after = ws[afterIndex];
    // (a common word of its own goes on with no name: "triển khai Thực hiện Chương trình")
    const ownWord = pair && commonWordAt(wordKey(w), wordKey(next));
    if (after && !functionWord && !ownWord && blank(text, ws[afterIndex - 1], after) && capital(after)) {
      // a capital after it: the word is part of that name, unless the name is a body
      // that starts there ("để Lãnh đạo Hội CCB"), or the word is "ông", "đồng chí"… before a person
      const typeAfter = typeWordAt(keysOf(s), afterIndex);
      const bodyAfter = bodies.has(after.start) || (typeAfter > 0 && capital(ws[afterIndex + typeAfter]));
      // … or the capital after it is a common word written wrongly too ("Khai giảng Lớp bồi dưỡng")
      const afterNext = ws[afterIndex + 1];
      const afterCommon = usuallyLowercase(wordKey(after), afterNext && blank(text, after, afterNext) && caseShape(afterNext.text) === 'lower' ? wordKey(afterNext) : undefined);
      if (!bodyAfter && !afterCommon && !(honorific && inPersonName(draft, after.start))) continue;
    }
    const nextKey = nextJoined && caseShape(next.text) === 'lower' ? wordKey(next) : undefined;
    // right after a lowercase word, mid-clause, the evidence may be a little looser: the
    // capitals drafts give these words open list items ("nội dung: Một số vấn đề")
    if (nextJoined && `${wordKey(w)} ${wordKey(next)}` === PEOPLE) continue;
    const midClause = caseShape(prev.text) === 'lower' && blank(text, prev, w) && /^[\p{L}\p{M}]+$/u.test(prev.text);
    if (!usuallyLowercase(wordKey(w), nextKey, midClause)) continue;
    if (honorific && honorific.keys.length > 1 && !ws.slice(i + 1, i + honorific.keys.length).every((x) => caseShape(x.text) === 'lower')) continue;
    // the span shows the word with the syllable it pairs with ("Học viên"); only its capital changes
    const end = pair ? next.end : w.end;
    addCapital(w, end);
  }
  return out;
}

/**
 * True when word i follows a level word, or a place or person's name right after it
 * ("tỉnh | Hỗ trợ", "tỉnh Kiên Giang | Hỗ trợ", "ông Trần Văn Nam | Phát biểu"): there a
 * name has ended, and a capital no longer runs on it (so it has after a title or a body
 * the lexicon or the grammar reads: "Ban Tuyên giáo Trung ương | Dành cho"). After any other
 * capitalised words ("Đội Hướng dẫn công tác") a body's name may still go on.
 */
function afterPlaceOrPerson(draft: Draft, ws: Word[], i: number): boolean {
  const text = draft.text;
  if (isLevelWord(ws[i - 1].text)) return true;
  let k = i - 1;
  while (k > 0 && i - k < 4 && caseShape(ws[k].text) === 'cap' && blank(text, ws[k - 1], ws[k])) k--;
  if (k < i - 1 && isLevelWord(ws[k].text)) return true;
  return inPersonName(draft, ws[i - 1].start);
}

/** Index of the first word of the capitalised run (words joined by blanks) that word i ends. */
function runStart(text: string, ws: Word[], i: number): number {
  let k = i;
  while (k > 0 && caseShape(ws[k - 1].text) !== 'lower' && blank(text, ws[k - 1], ws[k])) k--;
  return k;
}

function midSentence(draft: Draft, w: Word): boolean {
  return !isSentenceStart(draft, w.start);
}
