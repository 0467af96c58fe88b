/**
 * The phrase tables of common-noun-case (dictionaries/common-nouns.json, special-nouns.json,
 * structure.json), indexed by first syllable, and the word-level helpers the rule's two
 * passes share.
 */
import data from '../../../../dictionaries/common-nouns.json';
import specialNouns from '../../../../dictionaries/special-nouns.json';
import structure from '../../../../dictionaries/structure.json';
import type { Word } from '../../core/draft.js';
import type { TextEdit } from '../../core/types.js';
import { PLURAL_AFTER, syllableKey, withShape, wordKey } from '../../core/casing.js';

export type Status = 'clear' | 'contested';

export const phrase = (s: string): string[] => s.split(/\s+/u).filter(Boolean).map(syllableKey);
/** Phrases indexed by their first syllable, longest first: a lookup per word, not a scan. */
export type Index<T> = Map<string, T[]>;
function indexPhrases<T extends { keys: string[] }>(xs: T[]): Index<T> {
  const m: Index<T> = new Map();
  for (const x of [...xs].sort((a, b) => b.keys.length - a.keys.length)) m.set(x.keys[0], [...(m.get(x.keys[0]) ?? []), x]);
  return m;
}

export const HEADS = indexPhrases(data.heads.map((h) => ({ keys: phrase(h.word) })));
export interface Field {
  keys: string[];
  status: Status;
}
export const FIELDS = indexPhrases<Field>(data.fields.map((f) => ({ keys: phrase(f.phrase), status: (f.status === 'contested' ? 'contested' : 'clear') as Status })));
export const EVENTS = indexPhrases(data.events.map((e) => ({ keys: phrase(e.word) })));
export const KINDS = indexPhrases(data.kinds.map((k) => ({ keys: phrase(k) })));
export const EVENT_FIELDS = indexPhrases([...[...FIELDS.values()].flat(), ...[...KINDS.values()].flat().map((k) => ({ keys: k.keys, status: 'clear' as Status }))]);
/** a congress or conference and the members it is of: "Đại hội đại biểu" (CAP-37) */
export const CONGRESS_HEADS = indexPhrases(data.congress.heads.map((w) => ({ keys: phrase(w) })));
export const ALL_LEVELS = indexPhrases(PLURAL_AFTER.map((keys) => ({ keys })));
export const CONGRESS_MEMBERS = indexPhrases(data.congress.members.map((w) => ({ keys: phrase(w) })));
/** words that number a term or a round: "khóa XIII", "nhiệm kỳ 2025 - 2030" */
export const TERMS = indexPhrases(data.terms.words.map((w) => ({ keys: phrase(w) })));
export const GENERICS = indexPhrases(data.generics.map((g) => ({ keys: phrase(g.word) })));
export const FUNCTION_WORDS = new Set(data.functionWords.words.map(syllableKey));
/** words that never sit inside a name ("đã", "sẽ", "là"): a name before them has ended */
export const END_NAMES = new Set(data.functionWords.endNames.map(syllableKey));
export const SHORT_NAMES = indexPhrases(data.shortNames.words.map((w) => ({ keys: phrase(w) })));
export const BEFORE_NAMES = indexPhrases(data.evidence.beforeNames.map((w) => ({ keys: phrase(w) })));
export const NAME_OPENERS = data.evidence.nameOpeners.map(phrase);
/** the heads that open a programme's, a contest's or a document's name, as keys joined by a blank */
export const NAME_OPENER_KEYS = new Set(NAME_OPENERS.map((k) => k.join(' ')));
/** openers of names printed as their owners write them, Title Case included: “báo Người Lao Động” (common-nouns.json evidence.ownerOpeners) */
export const OWNER_OPENERS = data.evidence.ownerOpeners.map(phrase);
export const NAME_HEADS = indexPhrases(data.evidence.nameHeads.map((w) => ({ keys: phrase(w) })));
/** the subjects of the school programme and the words before which they keep their capitals: “dạy Tin học” (common-nouns.json evidence.schoolSubjects) */
export const SCHOOL_SUBJECTS = indexPhrases(data.evidence.schoolSubjects.subjects.map((w) => ({ keys: phrase(w) })));
export const SUBJECT_OPENERS = data.evidence.schoolSubjects.openers.map(phrase);
/** nouns of geography before a proper name, written lowercase: “đèo Cả”, “sông Hồng” (common-nouns.json evidence.placeNouns) */
export const PLACE_NOUNS = data.evidence.placeNouns.map(phrase);
/** the same, indexed by their first syllable (a noun of places opening a place's name) */
export const PLACE_NOUN_HEADS = indexPhrases(PLACE_NOUNS.map((keys) => ({ keys })));
export const PLACE_NOUN_ENDS = byLastKey(PLACE_NOUNS);
/** the heads of named days, months and weeks, as key lists ("ngày", "tuần lễ") */
export const NAME_HEAD_KEYS = data.evidence.nameHeads.map(phrase);
/** names of countries: “Pháp”, “Nhật Bản” (common-nouns.json evidence.countries) */
export const COUNTRIES = indexPhrases(data.evidence.countries.map((w) => ({ keys: phrase(w) })));
/** the heads of a language's name (“tiếng”, “chữ”) and the names after them: countries, ethnic groups, `languageNames` (common-nouns.json evidence.languageHeads) */
export const LANGUAGE_HEADS = new Set(data.evidence.languageHeads.map(syllableKey));
export const LANGUAGE_NAMES = indexPhrases([...data.evidence.countries, ...data.ethnicGroups.names.map((n) => n.replace(/\s*-\s*/gu, ' ')), ...data.evidence.languageNames].map((w) => ({ keys: phrase(w) })));
/** produce and breeds before the place or variety naming them: “bưởi Diễn”, “gà Mía” (common-nouns.json evidence.varietyNouns) */
export const VARIETY_NOUNS = data.evidence.varietyNouns.map(phrase);
export const VARIETY_NOUN_ENDS = byLastKey(VARIETY_NOUNS);
/** heads of awards and titles of honour, capitalised before their name: “Huy chương Vì sự nghiệp …” (common-nouns.json evidence.awardHeads) */
export const AWARD_HEADS = indexPhrases(data.evidence.awardHeads.map((w) => ({ keys: phrase(w) })));
/** heads of events held under a name, capitalised before it: “Triển lãm Vietnam Expo” (common-nouns.json evidence.eventHeads) */
export const EVENT_HEADS = indexPhrases(data.evidence.eventHeads.map((w) => ({ keys: phrase(w) })));
/** the class of an award after its name: “hạng Nhất” (common-nouns.json evidence.awardRanks) */
export const AWARD_RANKS = data.evidence.awardRanks.map(phrase);
/** heads of place names: “Khu công nghiệp Tân Hương” (common-nouns.json placeHeads) */
export const PLACE_HEADS = indexPhrases(data.placeHeads.map((h) => ({ keys: phrase(h.word) })));
/** heads of the names of information systems: “Cơ sở dữ liệu quốc gia về dân cư” (common-nouns.json systemHeads) */
export const SYSTEM_HEADS = indexPhrases(data.systemHeads.map((h) => ({ keys: phrase(h.word) })));
/**
 * the heads that may stand alone for a name the draft gives in full (“Cuộc thi trực tuyến …”,
 * then “Cuộc thi”): the openers of names and the heads of events, systems and places, as keys
 * joined by a blank
 */
export const SHORT_REFERENCE_HEADS = new Set([...NAME_OPENER_KEYS, ...[EVENT_HEADS, SYSTEM_HEADS, PLACE_HEADS].flatMap((x) => [...x.values()].flat().map((p) => p.keys.join(' ')))]);
/** heads of the names a body gives to a system or network of its own: “Hệ thống tiếp nhận, … của Chính phủ” (common-nouns.json ownedNameHeads) */
export const OWNED_HEADS = indexPhrases(data.ownedNameHeads.map((h) => ({ keys: phrase(h.word) })));
/**
 * names whose capitals are their own: “Nghệ nhân Ưu tú”, “đạo Tin lành” (common-nouns.json
 * ownCapitals), with the syllables the entry capitalises: only those keep a capital there
 * (“vào Thứ Hai” is still “thứ Hai”, “Nghệ Nhân Ưu tú” still “Nghệ nhân”)
 */
export const OWN_CAPITALS = data.ownCapitals.map((h) => ({
  keys: phrase(h.name),
  capitals: h.name.split(/\s+/u).filter(Boolean).map((w) => /^\p{Lu}/u.test(w)),
}));
/**
 * Each capitalised syllable of OWN_CAPITALS by its key, with the name and its place in it: a
 * word is one of those syllables only if its key is that syllable's (`endsWith` compares keys).
 */
export const OWN_CAPITAL_AT = new Map<string, Array<{ keys: string[]; at: number }>>();
for (const h of OWN_CAPITALS) {
  h.keys.forEach((key, at) => {
    if (h.capitals[at]) OWN_CAPITAL_AT.set(key, [...(OWN_CAPITAL_AT.get(key) ?? []), { keys: h.keys, at }]);
  });
}
/** the ethnic groups, and the words before a group's name (common-nouns.json ethnicGroups) */
export const ETHNIC_GROUPS = indexPhrases(data.ethnicGroups.names.map((n) => ({ keys: phrase(n.replace(/\s*-\s*/gu, ' ')) })));
export const ETHNIC_OPENERS = data.ethnicGroups.openers.map(phrase);
export const BEFORE_NAME_KEYS = data.evidence.beforeNames.map(phrase);
/** pairs inside the special nouns ("Nhà nước", "Chính phủ"): special-noun-case's, not this rule's */
export const SPECIAL_PAIRS = new Set(
  specialNouns.patterns.flatMap((p) => {
    const inside = /\[([^\]]+)\]/u.exec(p.match)?.[1];
    const ks = inside ? phrase(inside) : [];
    return ks.slice(1).map((k, n) => `${ks[n]} ${k}`);
  }),
);
/** a special noun's checked word and the word after it the pattern names as its context ("[đảng]
 * viên"): how to write the pair is special-noun-case's answer, so this rule gives none of its own */
export const SPECIAL_CONTEXT_PAIRS = new Set(
  specialNouns.patterns.flatMap((p) => {
    let inside = false;
    const ws = p.match.split(/\s+/u).filter(Boolean).map((raw) => {
      if (raw.startsWith('[')) inside = true;
      const word = { key: syllableKey(raw.replace(/[[\]]/gu, '')), checked: inside };
      if (raw.endsWith(']')) inside = false;
      return word;
    });
    return ws.slice(1).flatMap((b, n) => (ws[n].checked && !b.checked ? [`${ws[n].key} ${b.key}`] : []));
  }),
);
/** the pairs inside a special noun whose second syllable is lowercase ("Nhà nước", "Tổ quốc"): "Nhà Nước" is special-noun-case's slip */
export const SPECIAL_INNER_PAIRS = new Set(
  specialNouns.patterns
    .filter((p) => (p as { kind?: string }).kind !== 'honour')
    .flatMap((p) => {
      const inside = /\[([^\]]+)\]/u.exec(p.match)?.[1];
      const ws = inside ? inside.split(/\s+/u).filter(Boolean) : [];
      return ws.slice(1).flatMap((b, n) => (/^\p{Lu}/u.test(ws[n]) && !/^\p{Lu}/u.test(b) ? [`${syllableKey(ws[n])} ${syllableKey(b)}`] : []));
    }),
);
/** name openers that are verbs when lowercase ("hướng dẫn Kỹ thuật"): no name opens after them there */
export const VERB_OPENERS = new Set(data.evidence.verbOpeners.map((w) => phrase(w).join(' ')));
/** "nhân dân" as the people is special-noun-case's (either form is printed) */
export const PEOPLE = phrase('nhân dân').join(' ');
/** kinds of documents and names ("Hướng dẫn", "Quy định"): before a number they name one */
/** document type words of two syllables, one word each ("Nghị định", "Thông tư"): structure.json documentTypes */
export const DOCUMENT_TYPES = new Set(structure.documentTypes.entries.map((e) => phrase(e.word).join(' ')).filter((k) => k.includes(' ')));
export const DOCUMENT_NAMES = new Set([...structure.documentTypes.entries.map((e) => e.word), ...data.evidence.nameOpeners].map((w) => phrase(w).join(' ')));
/** document types a draft names in full once and then calls by the type alone (“Quy chế”, “Luật”): common-nouns.json documentReferences */
export const DOCUMENT_REFERENCES = indexPhrases(data.documentReferences.words.map((w) => ({ keys: phrase(w) })));
/** heads that name one document only with its issuer or period: “Chiến lược … giai đoạn 2021-2030” (common-nouns.json issuedDocumentHeads) */
const ISSUED_HEADS = new Set(data.issuedDocumentHeads.map((h) => phrase(h.word).join(' ')));
/** the heads a document's name may open with, longest first: the document types and name openers of two syllables ("Quy chế"), the issued heads ("Luật sửa đổi") */
export const DOCUMENT_HEADS = indexPhrases([...[...DOCUMENT_NAMES].filter((k) => k.split(' ').length === 2), ...ISSUED_HEADS].map((k) => ({ keys: k.split(' ') })));
export const VA = syllableKey('và');
export const SO = syllableKey('số');
export const VE = syllableKey('về');
export const LAN = syllableKey('lần');
/** after these a capitalised head opens a topic title ("chuyên đề về Công tác dân tộc"): accepted */
export const TOPIC_OPENERS = data.topicOpeners.map((t) => phrase(t.word));
/** verbs whose object is a paper of a kind (“cấp”, “lập”, “ký”): a thing capitalised after one is that kind (common-nouns.json paperVerbs) */
export const PAPER_VERBS = data.paperVerbs.words.map(phrase);

/** the gap between two words is blanks only (`/^[ \t\u00a0]+$/u`, read in place: asked at nearly every word) */
export function blank(text: string, a: Word, b: Word): boolean {
  if (b.start <= a.end) return false;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** The longest phrase of `index` at words[i] (words joined by blanks). */
export function longest<T extends { keys: string[] }>(text: string, ws: Word[], i: number, index: Index<T>): T | undefined {
  if (i >= ws.length) return undefined;
  const phrases = index.get(wordKey(ws[i]));
  if (phrases === undefined) return undefined;
  // loops, not `find` and `every`: asked at every word, and two closures a phrase were made each time
  for (let k = 0; k < phrases.length; k++) if (phraseAt(text, ws, i, phrases[k].keys)) return phrases[k];
  return undefined;
}

/** The words from i on are `keys` (its first key already matched), joined by blanks. */
function phraseAt(text: string, ws: Word[], i: number, keys: string[]): boolean {
  for (let n = 1; n < keys.length; n++) {
    const w = ws[i + n];
    if (w === undefined || wordKey(w) !== keys[n] || !blank(text, ws[i + n - 1], w)) return false;
  }
  return true;
}

/** The words from i on are `keys`, joined by blanks. */
export function startsWith(text: string, ws: Word[], i: number, keys: string[]): boolean {
  return i < ws.length && wordKey(ws[i]) === keys[0] && phraseAt(text, ws, i, keys);
}

export function endsWith(text: string, ws: Word[], i: number, keys: string[]): boolean {
  const s = i - keys.length;
  if (s < 0) return false;
  // (a loop, not every(): asked at nearly every word, and the CLI runs it unoptimised, where each call made a closure)
  for (let n = 0; n < keys.length; n++) {
    if (wordKey(ws[s + n]) !== keys[n] || (n > 0 && !blank(text, ws[s + n - 1], ws[s + n]))) return false;
  }
  return true;
}

/**
 * Phrases by their last key, for `endsWithAny`: the rule asks of most capitalised words whether
 * one of a list ends before them, and a phrase can only if its last key is the word before's.
 */
export interface EndIndex {
  byLast: Map<string, string[][]>;
  /** phrases of no key (they end anywhere) */
  empty: boolean;
}
export function byLastKey(list: string[][]): EndIndex {
  const byLast = new Map<string, string[][]>();
  for (const keys of list) {
    if (keys.length === 0) continue;
    const last = keys[keys.length - 1];
    byLast.set(last, [...(byLast.get(last) ?? []), keys]);
  }
  return { byLast, empty: list.some((k) => k.length === 0) };
}

/** `list.some((k) => endsWith(text, ws, i, k))` of the list `index` was made of. */
export function endsWithAny(text: string, ws: Word[], i: number, index: EndIndex): boolean {
  if (index.empty) return true;
  if (i < 1) return false;
  const candidates = index.byLast.get(wordKey(ws[i - 1]));
  return candidates !== undefined && candidates.some((k) => endsWith(text, ws, i, k));
}

export interface Found {
  start: number;
  end: number;
  edits: TextEdit[];
  status: Status;
  messageId: 'field' | 'event' | 'generic' | 'functionWord' | 'capital' | 'oneWord' | 'congress' | 'titleOfMany' | 'occupation';
  /** (titleOfMany) the title's length in characters from `start`, the marker after it (relative: a remembered paragraph's findings move) */
  titleLength?: number;
}

/** Cheap first test before caseShape: does the word start with a capital letter? */
export const startsUpper = (w: Word): boolean => w.text[0] !== w.text[0].toLowerCase();

export const lower = (w: Word): TextEdit => ({ start: w.start, end: w.end, text: withShape(w.text, 'lower') });
