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
import type { Draft, Paragraph, Sentence, Span, Word } from '../core/draft.js';
import { inQuote } from '../core/draft.js';
import type { Rule, RuleContext, TextEdit } from '../core/types.js';
import { ParagraphMemo, quotesByParagraph, saltId } from '../core/paragraph-memo.js';
import { SpanIndex } from '../core/sorted.js';
import { caseShape, isSentenceStart, isTitleCaseLine, sentenceAt, syllableKey, wordIndexAt, wordKey } from '../core/casing.js';
import { keysOf, lexiconSalt, matchOrganisations, matchTitles, typeWordAt, usesBuiltinLexicon, type OrganisationMatch } from '../core/lexicon.js';
import { blank, endsWith, FUNCTION_WORDS, longest, NAME_OPENERS, VA, LAN, TOPIC_OPENERS, HEADS, FIELDS, EVENTS, KINDS, EVENT_FIELDS, CONGRESS_HEADS, CONGRESS_MEMBERS, ALL_LEVELS, TERMS, startsUpper, lower, type Found, type Status, type Index, type Field } from './common-noun-case/phrases.js';
import { capitalsAgainstEvidence, namedEvent, namedDocumentsOf, namedHeadsOf, namedPlacesOf, namesOfDraft } from './common-noun-case/evidence.js';
import { ownCase, type OwnReading } from './common-noun-case/own-case.js';
import { Asked, sameAnswers, type Lookup, type Question } from './common-noun-case/asked.js';
import { genericAt, genericTitleAt, NUMBER_WORDS, pluralBefore, pluralOfBodiesBefore, pluralSubjectBefore, titleOfManyAt } from './common-noun-case/plural.js';
import { namesKey, placedNames, shortReferences, type PlacedNames } from './common-noun-case/short-references.js';
import { editedText } from '../core/fix.js';
import { lazyRegExp } from '../core/lazy-regexp.js';

/**
 * at most five more syllables ("Phong trào thi đua", "Cuộc thi trắc nghiệm trực tuyến"), then an
 * opening quotation mark and a capital: a quoted name follows
 */
const QUOTED_NAME_AFTER = lazyRegExp(() => /^[ \t\u00a0]+(?:[\p{Ll}\p{M}]+[ \t\u00a0]+){0,5}["“«][ \t\u00a0]?\p{Lu}/u);
/** True when one of the heads that open a programme's, a movement's or a contest's name (common-nouns.json nameOpeners) starts at `at`. */
function opensName(text: string, at: number): boolean {
  const keys = text.slice(at, at + 40).split(/[ \t\u00a0]+/u).map(syllableKey);
  return NAME_OPENERS.some((k) => k.every((x, n) => keys[n] === x));
}

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
      congress: {
        vi: 'Trong tên đại hội, hội nghị, từ chỉ thành phần dự viết thường: “{expected}”.',
        en: 'In the name of a congress or conference, the members it is of are lowercase: “{expected}”.',
      },
      titleOfMany: {
        vi: '“{title}” ở đây là chức danh chung của nhiều đơn vị (sau nó là “{marker}”), không phải chức danh của một người: viết thường: “{expected}”.',
        en: '“{title}” is here the post in several bodies (“{marker}” follows it), not one person’s title: lowercase: “{expected}”.',
      },
      occupation: {
        vi: 'Sau tên người, “{text}” chỉ nghề nghiệp, không phải chức danh của người ấy: viết thường: “{expected}”.',
        en: 'After a person’s name, “{text}” says what the person does, not a title they hold: lowercase: “{expected}”.',
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
    const organisations = matchOrganisations(draft, config);
    const names = placedNames(organisations);
    const quotes = quotesByParagraph(draft);
    // event heads the draft writes in lowercase somewhere (outside quotations)
    const lowercaseEvents = new Set<string>();
    draft.paragraphs.forEach((p, k) => {
      for (const e of eventsByParagraph.get(draft, p, quotes[k], () => lowercaseEventsIn(draft, p))) lowercaseEvents.add(e);
    });
    const memo = usesBuiltinLexicon(config);
    // the places the draft names in full ("Khu di tích Kim Liên"): their head alone refers back to them
    const namedPlaces = namedPlacesOf(draft);
    // the document types the draft names one document of in full: alone they refer back to it
    const namedDocuments = namedDocumentsOf(draft);
    // the words the draft writes as the head of a name somewhere: alone they may refer back to it
    const namedHeads = namedHeadsOf(draft);
    // the names the draft gives in full (a person's given name, a place's name after its level
    // word): alone elsewhere they refer back to that person or place
    const draftNames = namesOfDraft(draft);
    // the genre's words the draft writes lowercase, and capitalised only with no name after them
    const own = ownCase(draft);
    // what a paragraph's findings depend on beyond its own text: the lexicon's profile, the
    // placed names anywhere in the draft, the quotations — and the answers it got from the
    // draft-wide sets (asked.ts), checked on the remembered paragraph
    // (as a short stand-in: the key of a long draft's placed names runs to kilobytes, and each
    // paragraph's salt joined it anew, to be compared whole with the stored one, every re-check)
    const draftWide = saltId(`${config.profile}\u0001${namesKey(names)}`);
    const sets: Lookup[] = [lowercaseEvents, namedPlaces, own.lowercase, own.named, own.namedOnly, namedDocuments, namedHeads, draftNames];
    // the lexicon's spans, indexed once, and only when a paragraph is not remembered: a re-check
    // reads the spans of the paragraphs it computes (the edited one), not the whole draft's
    let lexicon: LexiconSpans | undefined;
    const findingsOf = (p: Paragraph, [events, places, lowercase, named, namedOnly, documents, heads, given]: Lookup[]): Found[] =>
      paragraphFindings(draft, p, contextOf(draft, (lexicon ??= lexiconSpans(draft, config, organisations)), names, events, p, places, { lowercase, named, namedOnly }, documents, heads, given));
    const recorded = (p: Paragraph): Remembered => {
      const asked = new Asked(sets);
      const found = findingsOf(p, asked.lookups);
      return { found, asked: asked.questions() };
    };
    const holds = (r: Remembered): boolean => sameAnswers(r.asked, sets);
    const out: Found[] = [];
    draft.paragraphs.forEach((p, k) => {
      if (p.kind === 'chrome' || p.kind === 'metadata' || p.kind === 'byline') return;
      const found = memo ? findingsByParagraph.get(draft, p, `${p.kind === 'headline' ? 'h' : 'b'}\u0001${quotes[k]}\u0001${draftWide}${lexiconSalt(draft, p, config)}`, recorded, holds).found : findingsOf(p, sets);
      for (const f of found) out.push(f);
    });
    for (const f of out) {
      const expected = editedText(text, f.start, f.end, f.edits);
      // a common noun right before a quoted name is printed as part of it by many bodies
      // (“Cuộc vận động “Toàn dân …””, “Phong trào “…””): a suggestion, not a fix
      const beforeQuotedName = f.messageId === 'capital' && QUOTED_NAME_AFTER().test(text.slice(f.end, f.end + 40));
      // … and the head of a programme, movement or contest there names that one: Party and state
      // texts print its capital ("Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”",
      // "Phong trào thi đua “…”": CAP-36, a specific one is meant), nothing to report; an event's
      // head stays a suggestion ("tổ chức Hội nghị tập huấn “…”": the meeting is no name)
      if (beforeQuotedName && opensName(text, f.start)) continue;
      const clear = f.status === 'clear' && !beforeQuotedName;
      const messageId = f.messageId === 'field' && !clear ? 'fieldContested' : f.messageId;
      // the words before the noun: "các", "một số", "3 - 5"
      const split = f.start + (f.titleLength ?? 0);
      const marker = f.messageId === 'generic' ? text.slice(f.start, f.edits[0]?.start ?? f.end).trim() : f.messageId === 'titleOfMany' ? text.slice(split, f.end).trim() : '';
      const title = f.messageId === 'titleOfMany' ? text.slice(f.start, split) : '';
      report({
        start: f.start,
        end: f.end,
        messageId,
        args: { text: text.slice(f.start, f.end), expected, marker, title },
        ...(clear ? { fix: f.edits } : { contested: true }),
        suggestions: [{ messageId: 'replace', args: { expected }, edits: f.edits }],
      });
    }
  },
};

/** A paragraph's findings and the questions they asked of the draft-wide sets. */
interface Remembered {
  found: Found[];
  asked: Question[];
}

/** Each paragraph's findings with their questions (a 100 KB draft's take about 0.3 MB), keyed as `check` says. */
const findingsByParagraph = new ParagraphMemo<Remembered>('common-noun-case.paragraphs', 1024 * 1024, { offsets: ['start', 'end'] });
/** The event heads each paragraph writes in lowercase outside quotations. */
const eventsByParagraph = new ParagraphMemo<string[]>('common-noun-case.events', 256 * 1024, { offsets: [] });

/**
 * The event heads a paragraph writes in lowercase, outside quotations — or will once fixed: a
 * capitalised head before its kind mid-sentence (“tổ chức Hội nghị tập huấn”) is always
 * reported, and counting it now keeps one fix pass enough (a bare “Tại Hội nghị” elsewhere is
 * reported in the same pass, not after the fix).
 */
function lowercaseEventsIn(draft: Draft, p: Paragraph): string[] {
  const text = draft.text;
  const out = new Set<string>();
  for (const s of p.sentences) {
    const ws = s.words;
    ws.forEach((w, i) => {
      const e = longest(text, ws, i, EVENTS);
      if (!e || inQuote(draft, w.start)) return;
      const n = e.keys.length;
      const next = ws[i + n];
      const beforeKind =
        caseShape(w.text) === 'cap' &&
        !isSentenceStart(draft, w.start) &&
        ws.slice(i + 1, i + n).every((x) => caseShape(x.text) === 'lower') &&
        next !== undefined &&
        blank(text, ws[i + n - 1], next) &&
        caseShape(next.text) === 'lower' &&
        longest(text, ws, i + n, KINDS) !== undefined;
      if (caseShape(w.text) === 'lower' || beforeKind) out.add(e.keys.join(' '));
    });
  }
  return [...out];
}

interface Context {
  spansOf: Map<Sentence, Span[]>;
  wholeNamesOf: Map<Sentence, Span[]>;
  bodies: Set<number>;
  midSentence: (w: Word) => boolean;
  lowercaseEvents: Lookup;
  namedPlaces: Lookup;
  own: OwnReading;
  namedDocuments: Lookup;
  namedHeads: Lookup;
  draftNames: Lookup;
}

/** The lexicon's organisations and titles of a draft, searchable by position. */
interface LexiconSpans {
  organisations: SpanIndex<OrganisationMatch>;
  titles: SpanIndex<Span>;
}

function lexiconSpans(draft: Draft, config: RuleContext['config'], organisations: OrganisationMatch[]): LexiconSpans {
  return { organisations: new SpanIndex(organisations), titles: new SpanIndex<Span>(matchTitles(draft, config)) };
}

/**
 * The spans touching paragraph `p` (ends included), in the draft's order: a sentence of `p`
 * only asks about those (paragraphs are a line break apart, so no span touches two). The
 * index returns them sorted by start, as `spansBySentence` sorts them (both stable): the
 * lists of each sentence are the ones the whole draft's spans gave.
 */
function touching<T extends Span>(index: SpanIndex<T>, p: Paragraph): T[] {
  return index.overlapping(p.start - 1, p.end + 1);
}

/** What `paragraphFindings` reads of the draft around paragraph `p`. */
function contextOf(draft: Draft, lexicon: LexiconSpans, names: PlacedNames, lowercaseEvents: Lookup, p: Paragraph, namedPlaces: Lookup, own: OwnReading, namedDocuments: Lookup, namedHeads: Lookup, draftNames: Lookup): Context {
  const organisations = touching(lexicon.organisations, p);
  const spans: Span[] = [...organisations, ...touching(lexicon.titles, p), ...shortReferences(draft, names, p.sentences)];
  // where a body named by its type word, an abbreviation or a committee starts ("Hội CCB", "UBND")
  const bodies = new Set<number>();
  // bodies the lexicon read whole ("Sở Lao động - Thương binh và Xã hội"): their last syllable opens no other body
  const wholeNames: Span[] = [];
  for (const o of organisations) {
    if (o.entry && o.parts.every((p) => p.kind !== 'pattern')) wholeNames.push(o);
    const first = o.parts[0];
    if (first.kind === 'abbreviation' || first.kind === 'committee' || first.kind === 'pattern' || typeWordAt(keysOf(sentenceAt(draft, o.start)!), wordIndexAt(sentenceAt(draft, o.start)!.words, first.words[0].start)) > 0) bodies.add(first.words[0].start);
  }
  const sentences = p.sentences;
  return {
    spansOf: spansBySentence(sentences, spans),
    wholeNamesOf: spansBySentence(sentences, wholeNames),
    bodies,
    midSentence: (w: Word): boolean => !isSentenceStart(draft, w.start),
    lowercaseEvents,
    namedPlaces,
    own,
    namedDocuments,
    namedHeads,
    draftNames,
  };
}

/** The findings of one paragraph (headline, lead or body): what it reads lies in its own sentences. */
function paragraphFindings(draft: Draft, p: Paragraph, c: Context): Found[] {
  const out: Found[] = [];
  for (const s of p.sentences) {
    const near = c.spansOf.get(s) ?? [];
    const found = checkSentence(draft, s, p.kind === 'headline', near, c.midSentence, c.lowercaseEvents, c.namedHeads);
    for (const f of found) out.push(f);
    // a sentence-case headline is judged like the body (CAP-39); one in Title Case is headline-case's
    const judged = p.kind === 'lead' || p.kind === 'body' || (p.kind === 'headline' && !isTitleCaseLine(s.words));
    if (judged) for (const f of capitalsAgainstEvidence(draft, s, near, c.bodies, c.wholeNamesOf.get(s) ?? [], found, c.namedPlaces, c.own, c.namedDocuments, c.namedHeads, c.draftNames)) out.push(f);
  }
  return out;
}

/**
 * The lexicon's names and titles touching each sentence (ends included): a word's questions
 * are about the names around it, and asking every name of the draft for every word made a
 * long draft cost its length squared (a 10 MB draft: minutes).
 */
function spansBySentence(sentences: readonly Sentence[], spans: readonly Span[]): Map<Sentence, Span[]> {
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const ordered = [...sentences].sort((a, b) => a.start - b.start);
  const out = new Map<Sentence, Span[]>();
  let active: Span[] = [];
  let j = 0;
  for (const s of ordered) {
    while (j < byStart.length && byStart[j].start <= s.end) active.push(byStart[j++]);
    // sentences come in order: a name ending before this one ends before every later one
    active = active.filter((sp) => sp.end >= s.start);
    out.set(s, active.filter((sp) => sp.start <= s.end));
  }
  return out;
}

function checkSentence(
  draft: Draft,
  s: Sentence,
  headline: boolean,
  spans: Span[],
  midSentence: (w: Word) => boolean,
  lowercaseEvents: Lookup,
  namedHeads: Lookup,
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
  // a capitalised word just before word i ("Trung cấp Lý luận …", "Ban Công tác …") makes a name
  // (made once a sentence, not two closures for each word)
  const capitalAt = (k: number): boolean => k >= 0 && caseShape(ws[k].text) !== 'lower' && midSentence(ws[k]) && blank(text, ws[k], ws[k + 1]);
  const prevCapital = (i: number): boolean => capitalAt(i - 1) || (capitalAt(i - 2) && blank(text, ws[i - 1], ws[i]));
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];

    // 0. the members a congress is of stay lowercase, whatever the congress's own case:
    // "Đại hội Đại biểu toàn quốc" → "Đại hội đại biểu toàn quốc" (CAP-37)
    const congress = caseShape(w.text) !== 'upper' ? longest(text, ws, i, CONGRESS_HEADS) : undefined;
    const j = congress ? i + congress.keys.length : -1;
    const member = congress && j < ws.length && blank(text, ws[j - 1], ws[j]) && caseShape(ws[j].text) === 'cap' ? longest(text, ws, j, CONGRESS_MEMBERS) : undefined;
    if (member) {
      const mw = ws.slice(j, j + member.keys.length);
      out.push({ start: w.start, end: mw[mw.length - 1].end, edits: mw.filter((x) => caseShape(x.text) === 'cap').map(lower), status: 'clear', messageId: 'congress' });
      i = j + member.keys.length - 1;
      continue;
    }

    // 0a. a congress of every level is no one congress: "Đại hội đoàn các cấp" → "đại hội đoàn các cấp"
    const levels = congress && caseShape(w.text) === 'cap' && midSentence(w) ? allLevelsAfter(text, ws, j) : -1;
    if (congress && levels > 0) {
      out.push({ start: w.start, end: ws[levels - 1].end, edits: ws.slice(i, j).filter((x) => caseShape(x.text) === 'cap').map(lower), status: 'clear', messageId: 'event' });
      i = levels - 1;
      continue;
    }

    // 0b. a term's or round's number word mid-sentence, also in brackets: "(Khóa XIII)" → "(khóa XIII)"
    const term = caseShape(w.text) === 'cap' && midSentence(w) ? longest(text, ws, i, TERMS) : undefined;
    const numbered = term && ws[i + term.keys.length];
    if (term && numbered && blank(text, ws[i + term.keys.length - 1], numbered) && /^(?:[IVXLC]+|\d+)$/u.test(numbered.text)) {
      const tw = ws.slice(i, i + term.keys.length);
      out.push({ start: w.start, end: tw[tw.length - 1].end, edits: tw.filter((x) => caseShape(x.text) === 'cap').map(lower), status: 'clear', messageId: 'capital' });
      i += term.keys.length - 1;
      continue;
    }

    // 1. head + field: "công tác Dân vận", "lớp Tập huấn", "Lễ Bế giảng"
    const head = longest(text, ws, i, HEADS);
    if (head) {
      const h = head.keys.length;
      // after an event noun ("Hội nghị", "Lễ") an event kind is a field too: "Hội nghị Tổng kết"
      const fields = longest(text, ws, i, EVENTS)?.keys.length === h ? EVENT_FIELDS : FIELDS;
      const found = fieldAfter(draft, ws, i + h, lexiconBeyond, fields);
      if (found && !ws.slice(i, i + h).some(inLexicon) && !(caseShape(w.text) !== 'lower' && prevCapital(i))) {
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
    if (ev && caseShape(w.text) === 'cap' && midSentence(w) && !prevCapital(i) && !inLexicon(w)) {
      const n = ev.keys.length;
      const evWords = ws.slice(i, i + n);
      const next = ws[i + n];
      const nextBlank = next !== undefined && blank(text, ws[i + n - 1], next);
      const kind = nextBlank && caseShape(next.text) === 'lower' ? longest(text, ws, i + n, KINDS) : undefined;
      // (… so too a festival, a fair, a forum held under a name its lowercase description runs
      // on to, "phục vụ Lễ hội chùa Hương năm 2024": the head of that one, evidence.eventHeads)
      const named = nextBlank && (caseShape(next.text) !== 'lower' || /^\d/u.test(next.text) || wordKey(next) === LAN || namedEvent(text, ws, i));
      const innerCapital = evWords.slice(1).some((x) => caseShape(x.text) !== 'lower');
      if (!innerCapital && !named && (kind || lowercaseEvents.has(ev.keys.join(' ')))) {
        const end = kind ? ws[i + n + kind.keys.length - 1].end : evWords[n - 1].end;
        out.push({ start: w.start, end, edits: [lower(w)], status: 'clear', messageId: 'event' });
        i += n - 1;
        continue;
      }
    }

    // 2b. a title right before a marker of several bodies is the post in each of them, no one
    // person's: "chức sắc tôn giáo và Giám đốc một số doanh nghiệp" → "giám đốc" (CAP-24)
    // (after a plural marker it is the generic plural's: "các Chủ tịch các xã", case 3)
    const ofMany = i > 0 && startsUpper(w) && caseShape(w.text) === 'cap' && midSentence(w) && !pluralBefore(text, s, ws, i) ? titleOfManyAt(text, ws, i, spans) : undefined;
    if (ofMany) {
      const tw = ws.slice(i, i + ofMany.title);
      out.push({ start: w.start, end: ws[i + ofMany.title + ofMany.marker - 1].end, edits: tw.filter((x) => caseShape(x.text) !== 'lower').map(lower), status: 'clear', messageId: 'titleOfMany', titleLength: tw[tw.length - 1].end - w.start });
      i += ofMany.title + ofMany.marker - 1;
      continue;
    }

    // 3. generic plural: "các Đảng bộ, chi bộ", "các Phòng, ban", "12 Đảng bộ cơ sở" (not where the
    // marker is web debris the fix removes and the word opens the sentence: "Lượt xem: 1.024 Các học viên")
    // (… and a plural subject reaches the role after its copula: "52 cán bộ là Chi hội trưởng")
    const capitalMid = i > 0 && startsUpper(w) && caseShape(w.text) === 'cap' && !isSentenceStart(draft, w.start);
    const marker = capitalMid ? (pluralBefore(text, s, ws, i) ?? pluralSubjectBefore(text, s, ws, i)) : undefined;
    if (marker) {
      // ("cùng Bí thư …" is with one, not several: pluralOfBodiesBefore reads no plural after "cùng", "cấp")
      const title = pluralOfBodiesBefore(text, s, ws, i) ? genericTitleAt(text, ws, i, spans) : 0;
      if (title > 0) {
        // a title of no one after the marker: its words lowercase, its body's case organisation-case's ("các Chủ tịch UBND xã")
        const tw = ws.slice(i, i + title);
        out.push({ start: marker.start, end: tw[title - 1].end, edits: tw.filter((x) => caseShape(x.text) !== 'lower').map(lower), status: 'clear', messageId: 'generic' });
        i += title - 1;
        continue;
      }
      const size = genericAt(text, s, i, genericBodyAt(ws, i, spans));
      // (a count in words before a body's type word alone, in a draft that names bodies with it,
      // counts those: "Sở Tư pháp phối hợp với Sở Y tế … Hai Sở thống nhất …"; "các Sở" are any)
      const counted = size > 0 && marker.end === ws[i - 1].end && NUMBER_WORDS.has(wordKey(ws[i - 1])) && typeWordAt(keysOf(s), i) === size && namedHeads.has(ws.slice(i, i + size).map(wordKey).join(' '));
      if (size && !counted) {
        // the plural reaches along a list: "các Chi, Đảng bộ" → "các chi, đảng bộ"
        let end = i + size;
        for (;;) {
          const gap = end < ws.length ? text.slice(ws[end - 1].end, ws[end].start) : '';
          const next = /^\s*,\s*$/u.test(gap) ? end : gap.trim() === '' && end + 1 < ws.length && wordKey(ws[end]) === VA && blank(text, ws[end], ws[end + 1]) ? end + 1 : -1;
          const more = next > 0 && caseShape(ws[next].text) === 'cap' ? genericAt(text, s, next) : 0;
          if (!more) break;
          end = next + more;
        }
        const gw = ws.slice(i, end);
        out.push({ start: marker.start, end: gw[gw.length - 1].end, edits: gw.filter((x) => caseShape(x.text) !== 'lower').map(lower), status: 'clear', messageId: 'generic' });
        i = end - 1;
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
 * The number of words of a body the lexicon reads as generic (after a plural marker) from word i,
 * when only its first syllable is capitalised ("các Đồn biên phòng"), or 0.
 */
function genericBodyAt(ws: Word[], i: number, spans: Span[]): number {
  const body = spans.find((sp): sp is OrganisationMatch => sp.start === ws[i].start && 'generic' in sp && sp.generic === true && !(sp as OrganisationMatch).named);
  if (!body) return 0;
  let n = 1;
  while (i + n < ws.length && ws[i + n].end <= body.end && caseShape(ws[i + n].text) === 'lower') n++;
  return i + n < ws.length && ws[i + n].end <= body.end ? 0 : n;
}

/**
 * The index after "các cấp" when it follows word j within three words joined by blanks
 * ("Đại hội | đoàn các cấp", "Đại hội | Hội Nông dân các cấp"), else -1.
 */
function allLevelsAfter(text: string, ws: Word[], j: number): number {
  for (let k = j; k < ws.length && k <= j + 3; k++) {
    if (!blank(text, ws[k - 1], ws[k])) return -1;
    const at = longest(text, ws, k, ALL_LEVELS);
    if (at) return k + at.keys.length;
  }
  return -1;
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
