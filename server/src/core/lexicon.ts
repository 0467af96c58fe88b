/**
 * The capitalisation lexicon: titles (rulebook Table A) and organisations (Table B) from
 * dictionaries/*.json plus the project's extra lexicon files, compiled ONCE per process into
 * a syllable trie, and the matchers the rules use.
 *
 * Public API (also used by required-organiser / required-official-titles):
 *
 *   matchOrganisations(draft, config?) → OrganisationMatch[]   organisation names, longest first
 *   matchTitles(draft, config?)        → TitleMatch[]          "(Phó )?BASE( Thường trực)? + body"
 *
 * Every match carries `start`/`end` (UTF-16 offsets of the ORIGINAL text), `text` (as
 * written), `canonical` (the lexicon form, old tone style), `expected` (the right casing for
 * this occurrence, in the draft's own tone placement and Unicode form), `entry` and `status`.
 * Matching is case-insensitive and tone-style-insensitive (NFC or NFD, "ủy" = "uỷ").
 * Results are cached per Draft object, so several rules share one pass.
 *
 * For the structure rules: an organiser is an OrganisationMatch with `named` true (a specific
 * body, not "các ban"); its `parts` say what it is made of (kind 'committee' = Tỉnh ủy/Huyện
 * ủy…, 'body', 'name', 'abbreviation' = UBND…), `place` the level word + place name after it.
 * A leader's title is a TitleMatch with `attached` true (it belongs to a person or a body);
 * `organisation` is the body it heads ("Bí thư" + "Huyện ủy"); `deputy` is "Phó".
 * `checks` list, syllable by syllable, what the casing rules expect (certainty clear or
 * contested); `differing(checks)` / `checkEdits(checks)` turn them into findings and edits.
 * Also exported: `keysOf(sentence)` (syllable keys, cached), `TYPE_WORDS` (body type words).
 */
import titlesData from '../../../dictionaries/titles.json';
import organisationsData from '../../../dictionaries/organisations.json';
import grammarData from '../../../dictionaries/organisation-grammar.json';
import type { Draft, Sentence, Word } from './draft.js';
import type { ResolvedConfig, Profile } from './config/types.js';
import { caseLike, caseShape, isCapitalised, isGenericAt, isPluralMarker, isSentenceStart, levelWordAt, MAIN_LEVEL_FIRSTS, syllableKey, withShape } from './casing.js';
import { trailingNonWord, trailingNonWordStart } from './word-edges.js';
import { commonWordAt, continuation, countsOf, knownPair, mostlyAfter, secondHalfOfWord, usuallyLowercase } from './capital-evidence.js';
import { isSurname } from './person-names.js';

export type EntryStatus = 'clear' | 'contested' | 'lifecycle';
export type OrganisationKind = 'body' | 'name' | 'committee' | 'abbreviation';

export interface LexiconExample {
  from: string;
  to: string;
}

export interface OrganisationEntry {
  canonical: string;
  kind: OrganisationKind;
  status: EntryStatus;
  /** other accepted spellings of a contested entry */
  alternatives?: string[];
  /** 'required': only a name when something names the body after it; 'field': a type word whose field follows */
  attach?: 'required' | 'field';
  note?: string;
  examples: LexiconExample[];
}

export interface TitleEntry {
  canonical: string;
  status: EntryStatus;
  alternatives?: string[];
  /** the last syllable is also the type word of the body after it ("Trưởng ban" + "Ban Dân vận") */
  head?: string;
  note?: string;
  examples: LexiconExample[];
}

/** One syllable position of a match: what is written and what is expected there. */
export interface SyllableCheck {
  word: Word;
  /** the casing this position should have ('' = no opinion) */
  expected: string;
  /** 'clear' differences are fixed; 'contested' ones follow the profile and are only suggested */
  certainty: 'clear' | 'contested';
}

export interface OrganisationPart {
  kind: OrganisationKind | 'central' | 'pattern';
  entry?: OrganisationEntry;
  words: Word[];
}

export interface OrganisationMatch {
  start: number;
  end: number;
  /** the text as written (start..end) */
  text: string;
  /** lexicon form of the whole match (entries joined), old tone style */
  canonical: string;
  /** `text` with every clear and profile-preferred correction applied */
  expected: string;
  /** the first entry of the match (the head body) */
  entry?: OrganisationEntry;
  status: EntryStatus;
  parts: OrganisationPart[];
  /** the match names one specific body (not "các ban dân vận", not a lone generic noun) */
  named: boolean;
  /** made generic or plural by what precedes it ("các tỉnh ủy, thành ủy", "cấp ủy") */
  generic?: boolean;
  /** syllables whose casing the lexicon has an opinion on */
  checks: SyllableCheck[];
  /** a level word + place name right after the body ("huyện An Lão"), if any */
  place?: { start: number; end: number; level: Word[]; name: Word[] };
  /** true when found by the unknown-body pattern (type word + field phrase + place) */
  pattern?: boolean;
}

export interface TitleMatch {
  start: number;
  /** end of the whole title, its organisation included */
  end: number;
  /** end of the title words themselves ("Phó Bí thư Thường trực") */
  titleEnd: number;
  text: string;
  canonical: string;
  expected: string;
  entry: TitleEntry;
  status: EntryStatus;
  deputy?: Word;
  qualifier?: Word[];
  organisation?: OrganisationMatch;
  /** the title belongs to a specific person or body (not "các bí thư chi bộ") */
  attached: boolean;
  checks: SyllableCheck[];
}

// ---------------------------------------------------------------------------------------
// Compilation (once per process, and once per distinct extra-lexicon object)

interface Compiled<E> {
  entry: E;
  keys: string[];
  /** punctuation between syllables of the canonical form ('' = blank only) */
  seps: string[];
  /** accepted forms, syllable by syllable (canonical first) */
  forms: string[][];
}

interface TrieNode<E> {
  next: Map<string, TrieNode<E>>;
  here: Compiled<E>[];
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

function syllables(s: string): { tokens: string[]; seps: string[] } {
  const tokens: string[] = [];
  const seps: string[] = [];
  let last = -1;
  for (const m of s.normalize('NFC').matchAll(TOKEN)) {
    if (last >= 0) seps.push(normSep(s.normalize('NFC').slice(last, m.index)));
    tokens.push(m[0]);
    last = (m.index ?? 0) + m[0].length;
  }
  return { tokens, seps };
}

function normSep(gap: string): string {
  return gap.replace(/[–—]/g, '-').replace(/\s+/g, '');
}

function compile<E extends { canonical: string; alternatives?: string[] }>(entries: E[]): TrieNode<E> {
  const root: TrieNode<E> = { next: new Map(), here: [] };
  for (const entry of entries) {
    const { tokens, seps } = syllables(entry.canonical);
    if (tokens.length === 0) continue;
    const keys = tokens.map(syllableKey);
    const forms = [tokens, ...(entry.alternatives ?? []).map((a) => syllables(a).tokens).filter((t) => t.length === tokens.length)];
    let node = root;
    for (const k of keys) {
      let n = node.next.get(k);
      if (!n) node.next.set(k, (n = { next: new Map(), here: [] }));
      node = n;
    }
    node.here.push({ entry, keys, seps, forms });
  }
  return root;
}

function isEntryLike(x: unknown): x is { canonical: string } {
  return typeof x === 'object' && x !== null && typeof (x as { canonical?: unknown }).canonical === 'string';
}

function asOrganisation(x: unknown): OrganisationEntry | undefined {
  if (!isEntryLike(x)) return undefined;
  const e = x as Partial<OrganisationEntry>;
  return {
    canonical: e.canonical!,
    kind: e.kind ?? 'body',
    status: e.status ?? 'clear',
    alternatives: Array.isArray(e.alternatives) ? e.alternatives.filter((a): a is string => typeof a === 'string') : undefined,
    attach: e.attach,
    examples: Array.isArray(e.examples) ? e.examples : [],
  };
}

function asTitle(x: unknown): TitleEntry | undefined {
  if (!isEntryLike(x)) return undefined;
  const e = x as Partial<TitleEntry>;
  return {
    canonical: e.canonical!,
    status: e.status ?? 'clear',
    alternatives: Array.isArray(e.alternatives) ? e.alternatives.filter((a): a is string => typeof a === 'string') : undefined,
    head: typeof e.head === 'string' ? e.head : undefined,
    examples: Array.isArray(e.examples) ? e.examples : [],
  };
}

export const organisationEntries: OrganisationEntry[] = (organisationsData.entries as unknown[]).map(asOrganisation).filter((e): e is OrganisationEntry => !!e);
export const titleEntries: TitleEntry[] = (titlesData.entries as unknown[]).map(asTitle).filter((e): e is TitleEntry => !!e);
const QUALIFIER = titlesData.qualifiers[0];
const QUALIFIER_KEYS = syllables(QUALIFIER.canonical).tokens.map(syllableKey);
const DEPUTY_KEY = syllableKey(titlesData.deputy);

interface Tries {
  organisations: TrieNode<OrganisationEntry>;
  titles: TrieNode<TitleEntry>;
}

const builtin: Tries = { organisations: compile(organisationEntries), titles: compile(titleEntries) };
const withExtras = new WeakMap<object, Tries>();

/** The compiled tries for a configuration: the built-in ones unless the project adds entries. */
function triesFor(config?: Pick<ResolvedConfig, 'extraLexicon'>): Tries {
  const extra = config?.extraLexicon;
  if (!extra || (extra.titles.length === 0 && extra.organisations.length === 0)) return builtin;
  let t = withExtras.get(extra);
  if (!t) {
    // project entries come first so that they win over a built-in entry of the same length
    const orgs = extra.organisations.map(asOrganisation).filter((e): e is OrganisationEntry => !!e);
    const titles = extra.titles.map(asTitle).filter((e): e is TitleEntry => !!e);
    t = { organisations: compile([...orgs, ...organisationEntries]), titles: compile([...titles, ...titleEntries]) };
    withExtras.set(extra, t);
  }
  return t;
}

// ---------------------------------------------------------------------------------------
// Matching primitives

/** Keys of a sentence's words, computed once per sentence. */
const keyCache = new WeakMap<Sentence, string[]>();
/** Comparison keys (syllableKey) of a sentence's words, computed once per sentence. */
export function keysOf(s: Sentence): string[] {
  let k = keyCache.get(s);
  if (!k) keyCache.set(s, (k = s.words.map((w) => syllableKey(w.text))));
  return k;
}

/** What separates word i from word i+1, with punctuation glued to either word ("Phúc- Bí"). */
function gapAt(text: string, words: Word[], i: number): string {
  const trail = trailingNonWord(words[i].text);
  const lead = /^[^\p{L}\p{M}\p{N}]*/u.exec(words[i + 1].text)?.[0] ?? '';
  return trail + text.slice(words[i].end, words[i + 1].start) + lead;
}

/** Longest entry of `trie` starting at word i; separators must match the canonical ones. */
function longestAt<E>(trie: TrieNode<E>, text: string, words: Word[], keys: string[], i: number): { c: Compiled<E>; end: number } | undefined {
  let node: TrieNode<E> | undefined = trie.next.get(keys[i]);
  if (!node) return undefined;
  let best: { c: Compiled<E>; end: number } | undefined = node.here.length ? { c: node.here[0], end: i + 1 } : undefined;
  const gaps: string[] = [];
  for (let j = i + 1; j < words.length; j++) {
    // look the syllable up first: most walks stop here, before any gap is examined
    const next: TrieNode<E> | undefined = node.next.get(keys[j]);
    if (!next) break;
    const gap = blankGap(text, words, j - 1) ? '' : gapAt(text, words, j - 1);
    const sep = gap === '' ? '' : normSep(gap);
    // names run inside one line, across blanks and the punctuation of a name only
    if (/[\r\n]/.test(gap) || (sep !== '' && sep !== '-' && sep !== ',')) break;
    gaps.push(sep);
    node = next;
    const ok = node.here.find((c) => c.seps.every((sp, n) => sp === gaps[n]));
    if (ok) best = { c: ok, end: j + 1 };
  }
  return best;
}

/** Offsets of a word without the punctuation parse-latin may glue to it ("Minh./.", "(Đài"). */
function wordStart(w: Word): number {
  return w.start + (/^[^\p{L}\p{M}\p{N}]*/u.exec(w.text)?.[0].length ?? 0);
}
function wordEnd(w: Word): number {
  return w.end - (w.text.length - trailingNonWordStart(w.text));
}

const WORD_EDGE = /[\p{L}\p{M}\p{N}]/u;
/** Only blanks between word i and word i+1 (no punctuation glued to either). */
function blankGap(text: string, words: Word[], i: number): boolean {
  if (i + 1 >= words.length) return false;
  const a = words[i];
  const b = words[i + 1];
  if (b.start <= a.end) return false;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return WORD_EDGE.test(a.text[a.text.length - 1]) && WORD_EDGE.test(b.text[0]);
}

/** The accepted form (syllables) closest to what is written: exact case match first. */
function pickForm(found: Word[], forms: string[][]): { form: string[]; exact: boolean } {
  for (const f of forms) {
    if (f.every((syl, k) => caseShape(syl) === caseShape(found[k].text) || (caseShape(found[k].text) === 'upper' && syl.length === 1))) return { form: f, exact: true };
  }
  return { form: forms[0], exact: false };
}

function allUpper(words: Word[]): boolean {
  const letters = words.map((w) => w.text).join('').replace(/[^\p{L}]/gu, '');
  return letters.length > 3 && letters === letters.toUpperCase();
}

// ---------------------------------------------------------------------------------------
// Organisations

const CENTRAL = syllables('Trung ương').tokens.map(syllableKey);
const SUBJECT_VERBS = /^(?:tổ chức|phối hợp|ban hành|chỉ đạo|triển khai|mở|khai giảng|bế giảng|tập huấn|họp|đã|vừa|tiến hành|quyết định|lãnh đạo|giao|yêu cầu)$/u;
/** body type words for the unknown-body pattern (rulebook §12.4; dictionaries/organisation-grammar.json) */
export const TYPE_WORDS = grammarData.typeWords.map((t) => syllables(t.word).tokens.map(syllableKey)).sort((a, b) => b.length - a.length);
/** type words distinctive enough to recognise a whole name written in lowercase ("chi cục kiểm lâm tỉnh") */
const WHOLE_NAME_KEYS = new Set(grammarData.typeWords.filter((t) => 'wholeName' in t && t.wholeName === true).map((t) => syllables(t.word).tokens.map(syllableKey).join(' ')));
const TYPES_BY_FIRST = new Map<string, string[][]>();
for (const t of TYPE_WORDS) {
  if (!TYPES_BY_FIRST.has(t[0])) TYPES_BY_FIRST.set(t[0], []);
  TYPES_BY_FIRST.get(t[0])!.push(t);
}
/** type word + next syllable that make a common noun, not a body: "Hội trường", "Hội nghị" */
export const NOT_A_BODY = new Set(grammarData.notABody.map((w) => w.split(' ').map(syllableKey).join(' ')));
/** a syllable + type word that make a common word: "nghiệp vụ", "cơ sở", "thị trường" */
const ENDING_IN_TYPE = new Set(grammarData.wordsEndingInType.map((w) => w.split(' ').map(syllableKey).join(' ')));
/** Length of the type word that starts at word i (keys of the sentence), or 0. */
export function typeWordAt(keys: string[], i: number): number {
  const t = TYPES_BY_FIRST.get(keys[i])?.find((c) => c.every((k, n) => keys[i + n] === k));
  if (!t || NOT_A_BODY.has(keys.slice(i, i + t.length + 1).join(' '))) return 0;
  return t.length;
}
const FUNCTION_PHRASES = ['của', 'cho', 'tại', 'với', 'về', 'các', 'những', 'là', 'và', 'đã', 'đang', 'sẽ', 'được', 'có', 'trong', 'ở', 'từ', 'đến', 'theo', 'để', 'này', 'đó', 'tổ chức', 'phối hợp', 'cùng', 'năm', 'lớp', 'hội nghị', 'dự', 'nghe', 'tham', 'gia', 'do', 'nhằm', 'thực hiện', 'trên', 'thuộc'].map((w) =>
  w.split(' ').map(syllableKey),
);
export const FUNCTION_WORDS = new Set(FUNCTION_PHRASES.flat());
/** A function word or phrase starts at word i ("tổ chức" does, the "hội" of "Xã hội" does not). */
function functionAt(keys: string[], i: number): boolean {
  return FUNCTION_PHRASES.some((p) => p.every((k, n) => keys[i + n] === k));
}

function isCommittee(e?: OrganisationEntry): boolean {
  return e?.kind === 'committee';
}

function committeeAt(tries: Tries, text: string, words: Word[], keys: string[], j: number): boolean {
  const m = longestAt(tries.organisations, text, words, keys, j);
  return !!m && isCommittee(m.c.entry);
}

/** Capitalised words right after index j that look like a place or proper name (not sentence start). */
function properNameAfter(draft: Draft, words: Word[], j: number, max = 4): number {
  let n = 0;
  while (j + n < words.length && n < max && isCapitalised(words[j + n].text) && !/^\p{Lu}{2,}$/u.test(words[j + n].text)) {
    if (n > 0 && !blankGap(draft.text, words, j + n - 1)) break;
    // a capital that opens a common word with the lowercase word after it is no name's ("tỉnh | Hỗ trợ")
    const after = words[j + n + 1];
    if (after && blankGap(draft.text, words, j + n) && caseShape(after.text) === 'lower' && commonWordAt(syllableKey(words[j + n].text), syllableKey(after.text))) break;
    n++;
  }
  return n;
}

interface Cached {
  organisations: OrganisationMatch[];
  titles: TitleMatch[];
}
const cache = new WeakMap<Draft, Map<string, Cached>>();

function analyse(draft: Draft, config?: Pick<ResolvedConfig, 'extraLexicon' | 'profile'>): Cached {
  const profile: Profile = config?.profile ?? 'gov';
  let perDraft = cache.get(draft);
  if (!perDraft) cache.set(draft, (perDraft = new Map()));
  const tries = triesFor(config);
  const cacheKey = profile + (tries === builtin ? '' : ':x');
  const hit = perDraft.get(cacheKey);
  if (hit && (tries === builtin || hit)) return hit;
  const out: Cached = { organisations: [], titles: [] };
  for (const s of draft.sentences) analyseSentence(draft, s, tries, profile, out);
  perDraft.set(cacheKey, out);
  return out;
}

/**
 * An organisation chain starting at word i: entries glued by blanks ("Ban Dân vận" +
 * "Thành ủy"), "Trung ương", then maybe a level word and a place name.
 */
function chainAt(
  draft: Draft,
  s: Sentence,
  tries: Tries,
  i: number,
  afterTitle: boolean,
): { match: OrganisationMatch; endIndex: number } | undefined {
  const text = draft.text;
  const words = s.words;
  const keys = keysOf(s);
  if (!tries.organisations.next.has(keys[i])) return undefined;
  // a lowercase syllable that makes one word with the one before is not a name's start
  // ("cơ sở Y tế", "toàn quốc Hội thi")
  if (
    !afterTitle &&
    i > 0 &&
    caseShape(words[i].text) === 'lower' &&
    blankGap(text, words, i - 1) &&
    (mostlyAfter(keys[i - 1], keys[i]) || (!FUNCTION_WORDS.has(keys[i - 1]) && knownPair(keys[i - 1], keys[i]) && usuallyLowercase(keys[i - 1], keys[i])))
  )
    return undefined;
  const parts: Array<OrganisationPart & { c?: Compiled<OrganisationEntry>; from: number; to: number }> = [];
  let j = i;
  for (;;) {
    if (parts.length > 0 && !blankGap(text, words, j - 1)) break;
    if (j >= words.length) break;
    const m = longestAt(tries.organisations, text, words, keys, j);
    if (m) {
      parts.push({ kind: m.c.entry.kind, entry: m.c.entry, words: words.slice(j, m.end), c: m.c, from: j, to: m.end });
      j = m.end;
      continue;
    }
    if (parts.length > 0 && CENTRAL.every((k, n) => keys[j + n] === k) && (CENTRAL.length === 1 || blankGap(text, words, j))) {
      parts.push({ kind: 'central', words: words.slice(j, j + CENTRAL.length), from: j, to: j + CENTRAL.length });
      j += CENTRAL.length;
      continue;
    }
    break;
  }
  if (parts.length === 0) return undefined;
  const first = parts[0];

  // level word + place name after the body ("Ủy ban nhân dân tỉnh Bến Tre", "huyện ủy An Lão")
  let place: OrganisationMatch['place'];
  let endIndex = j;
  if (j < words.length && blankGap(text, words, j - 1)) {
    const lv = levelWordAt(words, j);
    if (lv > 0) {
      const nameLen = blankGap(text, words, j + lv - 1) ? properNameAfter(draft, words, j + lv) : 0;
      place = {
        start: words[j].start,
        end: words[j + lv + nameLen - 1].end,
        level: words.slice(j, j + lv),
        name: words.slice(j + lv, j + lv + nameLen),
      };
      endIndex = j + lv + nameLen;
    }
  }
  const attached = parts.length > 1 || !!place || afterTitle;
  if (first.entry?.attach === 'required' && !attached) return undefined;

  const last = parts[parts.length - 1];
  const startsSentence = isSentenceStart(draft, words[i].start);
  const placeAfterCommittee = isCommittee(last.entry) && j < words.length && blankGap(text, words, j - 1) && properNameAfter(draft, words, j) > 0 && !startsSentenceAt(draft, words[j]);
  // generic by what precedes ("các tỉnh ủy, thành ủy"), or a lowercase body of many units
  // ("ban tuyên giáo các đảng bộ", "phòng Dân tộc các huyện")
  const ofMany = !place && caseShape(words[i].text) === 'lower' && j < words.length && blankGap(text, words, j - 1) && caseShape(words[j].text) === 'lower' && isPluralMarker(words[j].text);
  // … or one of several committees listed after it ("Ban Tuyên giáo huyện ủy, thành ủy, đảng ủy trực thuộc")
  const listed = isCommittee(last.entry) && j < words.length && /^\s*,\s*$/u.test(gapAt(text, words, j - 1)) && committeeAt(tries, text, words, keys, j);
  const generic = ofMany || listed || isGenericAt(text, words, i, (w) => isCommitteeWord(w) || levelKeys.has(syllableKey(w.text)));

  // committees: specific → capital; generic → lowercase; otherwise no opinion
  // (a plain loop: flatMap is slow in V8 and this runs for every chain)
  const chainWords: Word[] = [];
  for (const p of parts) for (const w of p.words) chainWords.push(w);
  // a lone body with only its type word capitalised ("Ủy ban bầu cử") may be a generic mention:
  // it is a name when a later syllable is capitalised or something specific follows
  const lone = parts.length === 1 && !place && !afterTitle && first.entry?.kind === 'body';
  const capitalSeen = chainWords.some(
    (w, n) => isCapitalised(w.text) && !(n === 0 && (startsSentence || lone)) && !isCommittee(parts.find((p) => p.words.includes(w))?.entry),
  );
  // a capitalised body followed by the abbreviation of its place or owner names one ("Hội chữ thập đỏ TPHCM")
  const abbreviationAfter =
    isCapitalised(words[i].text) && !startsSentence && endIndex === j && j < words.length && blankGap(text, words, j - 1) && /^\p{Lu}{2,}$/u.test(words[j].text);
  const named =
    !generic &&
    (capitalSeen ||
      abbreviationAfter ||
      afterTitle ||
      placeAfterCommittee ||
      (!!place && place.name.length > 0) ||
      (parts.length > 1 && isCommittee(last.entry)) ||
      (isCommittee(first.entry) && parts.length === 1 && (subjectOfVerb(text, words, j) || amongSpecificBodies(draft, words, i, j))));

  const checks: SyllableCheck[] = [];
  if (!allUpper(chainWords)) {
    parts.forEach((p, pi) => {
      // "Trung ương" is special-noun-case's (CAP-33): part of the name, no check here
      if (p.kind === 'central') return;
      const c = p.c!;
      if (p.kind === 'committee') {
        const specific = !generic && (pi > 0 || afterTitle || placeAfterCommittee || (p === last && !!place && place.name.length > 0) || (parts.length === 1 && named));
        const lower = generic && parts.length === 1;
        const { form, exact } = pickForm(p.words, c.forms);
        p.words.forEach((w, k) => {
          if (c.entry.status === 'contested') {
            checks.push({ word: w, expected: exact ? w.text : caseLike(w.text, form[k]), certainty: 'contested' });
          } else if (specific) checks.push({ word: w, expected: caseLike(w.text, form[k]), certainty: 'clear' });
          else if (lower) checks.push({ word: w, expected: withShape(w.text, 'lower'), certainty: 'clear' });
        });
        return;
      }
      const { form, exact } = pickForm(p.words, c.forms);
      p.words.forEach((w, k) => {
        const contested = c.entry.status === 'contested';
        checks.push({ word: w, expected: contested && exact ? w.text : caseLike(w.text, form[k]), certainty: contested ? 'contested' : 'clear' });
      });
    });
  }
  // the first word of a sentence may be capitalised whatever the lexicon says
  if (startsSentence && checks[0] && checks[0].word === words[i] && isCapitalised(words[i].text)) checks[0] = { ...checks[0], expected: words[i].text };

  let endWord = words[parts[parts.length - 1].to - 1];
  // a name written wrongly and a capitalised level word after it ("Bộ Chỉ huy Quân Sự Tỉnh"):
  // one phrase, one answer (admin-unit-case leaves the level word to this match)
  if (place && !generic && isCapitalised(place.level[0].text) && !committeeAfterLevel(text, place.level[place.level.length - 1]) && differing(checks).some((c) => c.certainty === 'clear')) {
    for (const w of place.level) checks.push({ word: w, expected: withShape(w.text, 'lower'), certainty: 'clear' });
    endWord = place.level[place.level.length - 1];
  }
  const match: OrganisationMatch = {
    start: wordStart(words[i]),
    end: wordEnd(endWord),
    text: text.slice(wordStart(words[i]), wordEnd(endWord)),
    canonical: parts.map((p) => (p.kind === 'central' ? 'Trung ương' : p.entry!.canonical)).join(' '),
    expected: '',
    entry: first.entry,
    status: parts.some((p) => p.entry?.status === 'contested') ? 'contested' : (first.entry?.status ?? 'clear'),
    parts: parts.map(({ kind, entry, words: ws }) => ({ kind, entry, words: ws })),
    named,
    generic,
    checks,
    place,
  };
  match.expected = applyChecks(text, match.start, match.end, checks, true);
  return { match, endIndex: Math.max(endIndex, parts[parts.length - 1].to) };
}

/** The level word is the first half of a committee, maybe glued to what follows ("Huyện ủy-Giám đốc"). */
function committeeAfterLevel(text: string, level: Word): boolean {
  const next = /^[\s\p{P}]*([\p{L}\p{M}]+)/u.exec(text.slice(wordEnd(level), wordEnd(level) + 12))?.[1];
  if (!next) return false;
  const k = syllableKey(next);
  return committeeSyllables.has(k) && !levelKeys.has(k);
}

function startsSentenceAt(draft: Draft, w: Word): boolean {
  return isSentenceStart(draft, w.start);
}

/** syllables of committee words: in a list they may be shortened ("các huyện, thị, thành ủy") */
const committeeSyllables = new Set(
  organisationEntries.filter((e) => e.kind === 'committee').flatMap((e) => syllables(e.canonical).tokens.map(syllableKey)),
);
function isCommitteeWord(w: Word): boolean {
  return committeeSyllables.has(syllableKey(w.text));
}
/** first syllables of the main administrative levels (generic-markers.json) */
const levelKeys = MAIN_LEVEL_FIRSTS;

/**
 * A bare committee in a list of specific bodies: "văn bản của Trung ương Đảng, Chính phủ,
 * thành ủy, UBND thành phố" names the city's own committee (rulebook §8.6).
 */
function amongSpecificBodies(draft: Draft, words: Word[], i: number, j: number): boolean {
  const text = draft.text;
  // the first word of the list item before: "Chính" of "Chính phủ"
  let b = i > 0 && /^\s*,\s*$/u.test(gapAt(text, words, i - 1)) ? i - 1 : -1;
  while (b > 0 && i - b < 4 && blankGap(text, words, b - 1)) b--;
  const before = b >= 0 && (b === 0 || /^\s*,\s*$/u.test(gapAt(text, words, b - 1))) ? words[b] : undefined;
  const after = j < words.length && /^\s*,\s*$/u.test(gapAt(text, words, j - 1)) ? words[j] : undefined;
  const specific = (w: Word | undefined): boolean => !!w && (/^\p{Lu}{2,}/u.test(w.text) || (isCapitalised(w.text) && !isSentenceStart(draft, wordStart(w))));
  return specific(before) && specific(after);
}

function subjectOfVerb(text: string, words: Word[], j: number): boolean {
  if (j >= words.length || !blankGap(text, words, j - 1)) return false;
  const one = syllableKey(words[j].text);
  const two = j + 1 < words.length ? `${one} ${syllableKey(words[j + 1].text)}` : one;
  return SUBJECT_VERBS.test(two) || SUBJECT_VERBS.test(one);
}

/** `text[start, end)` with each check's expected casing applied. */
export function applyChecks(text: string, start: number, end: number, checks: SyllableCheck[], all: boolean): string {
  let out = '';
  let pos = start;
  for (const c of [...checks].sort((a, b) => a.word.start - b.word.start)) {
    if (c.word.start < pos || c.word.end > end) continue;
    if (!c.expected || (!all && c.certainty !== 'clear')) continue;
    out += text.slice(pos, c.word.start) + c.expected;
    pos = c.word.end;
  }
  return out + text.slice(pos, end);
}

/**
 * The grammar of organisation names the lexicon does not know (rulebook §12.4, issue 12):
 * a type word ("Trung tâm", "Ban", "Chi cục"; dictionaries/organisation-grammar.json) + a field
 * phrase + an optional level word and place. Decree 30 capitalises the type word and the
 * first syllable of each field phrase (split on "và", ",", "-"); the rest is lowercase
 * unless it is a proper name. Two mistakes are recognised:
 *
 * - the field written lowercase ("Trung tâm văn hóa thể thao huyện", "Ban chỉ đạo"): a name
 *   when a level word or a committee follows, when the type word is distinctive
 *   (`wholeName`), or when real drafts go on with a capital after this type word
 *   ("Ban Chỉ đạo", core/capital-evidence.ts); a lowercase type word is accepted only for a
 *   distinctive one followed by its level word and place ("chi cục kiểm lâm tỉnh Lâm Đồng");
 * - the name in Title Case ("Trung Tâm Y Tế Dự Phòng"): a syllable whose pair real drafts
 *   write as one lowercase word after a capital ("Y tế", "Dự phòng") goes lowercase, and so
 *   does a capitalised level word after such a name; proper names keep their capitals.
 */
function patternAt(draft: Draft, s: Sentence, tries: Tries, i: number): { match: OrganisationMatch; endIndex: number } | undefined {
  const text = draft.text;
  const words = s.words;
  const keys = keysOf(s);
  const candidates = TYPES_BY_FIRST.get(keys[i]);
  if (!candidates) return undefined;
  const type = candidates.find((t) => t.every((k, n) => keys[i + n] === k && (n === 0 || blankGap(text, words, i + n - 1))));
  if (!type) return undefined;
  const tEnd = i + type.length;
  // (also when the next word is hyphenated to another: "Khoa học-Xã hội" is no "Khoa")
  if (NOT_A_BODY.has(keys.slice(i, tEnd + 1).join(' ')) || (tEnd < keys.length && NOT_A_BODY.has([...keys.slice(i, tEnd), keys[tEnd].split(/[-–]/u)[0]].join(' ')))) return undefined;
  if (allUpper(words.slice(i, tEnd))) return undefined;
  // at a sentence start the type word's capital says nothing: the words after it must
  const startsSentence = isSentenceStart(draft, words[i].start);
  if (tEnd >= words.length || !blankGap(text, words, tEnd - 1)) return undefined;
  // a type word inside a capitalised run is part of another name ("Lê Văn Trường", "Quảng Trường")
  if (i > 0 && blankGap(text, words, i - 1) && isCapitalised(words[i - 1].text)) return undefined;
  const typeCapital = isCapitalised(words[i].text);
  // "các Ban xây dựng Đảng": a generic plural, common-noun-case's
  if (isGenericAt(text, words, i)) return undefined;
  const whole = WHOLE_NAME_KEYS.has(keys.slice(i, tEnd).join(' '));
  if (!typeCapital) {
    // a lowercase type word: a name only when its field is capitalised or the type word is
    // distinctive, and not generic ("các phòng", "phòng … các huyện") or the end of another
    // word ("cơ sở Y tế", "hội trường Ủy ban")
    const fieldCapital = isCapitalised(words[tEnd].text) && !/^\p{Lu}{2,}/u.test(words[tEnd].text);
    if (!whole && !fieldCapital) return undefined;
    // generic: "các phòng …", "2 trường Tiểu học" (the capital is the mistake there, not the type word)
    if (isGenericAt(text, words, i) || (i > 0 && blankGap(text, words, i - 1) && /^\d+$/u.test(words[i - 1].text))) return undefined;
    if (i > 0 && blankGap(text, words, i - 1) && (mostlyAfter(keys[i - 1], keys[i]) || ENDING_IN_TYPE.has(`${keys[i - 1]} ${keys[i]}`))) return undefined;
  }
  // a type word right after it opens another body ("Văn phòng | Ban Chỉ huy")
  if (typeWordAt(keys, tEnd) > 0) return undefined;

  // the field: syllables joined by blanks, and in a capitalised field also by ",", "-" and
  // "và" before the next capitalised phrase ("Văn Hóa, Thể Thao và Du Lịch"); a level word,
  // a committee, a number, an abbreviation or, after "," or "và", another type word ends it
  const field: Word[] = [];
  const phraseStarts = new Set<Word>();
  let j = tEnd;
  const capitalField = (): boolean => typeCapital && field.length > 0 && isCapitalised(field[0].text);
  const nextPhrase = (n: number): boolean => n < words.length && isCapitalised(words[n].text) && !/^\p{Lu}{2,}/u.test(words[n].text) && typeWordAt(keys, n) === 0;
  // "Xã hội" is a word, not the level word "xã": drafts write the pair as one word
  const levelAt = (n: number): number => {
    const compound = n + 1 < words.length && blankGap(text, words, n) && caseShape(words[n + 1].text) === 'lower' && !functionAt(keys, n + 1) && knownPair(keys[n], keys[n + 1]);
    return compound || (n + 1 < words.length && blankGap(text, words, n) && continuation(keys[n], keys[n + 1]) === 'lower') ? 0 : levelWordAt(words, n);
  };
  while (j < words.length && field.length < 8) {
    if (levelAt(j) > 0 || committeeAt(tries, text, words, keys, j)) break;
    const k = keys[j];
    if (/\d/.test(k) || /^\p{Lu}{2,}/u.test(words[j].text)) break;
    // the body it belongs to ("Ban kinh tế | Hội CCB", "Ban giám hiệu | trường Chính trị"); in a
    // Title Case name a type word may be a field's ("Y Tế Dự Phòng")
    const another = typeWordAt(keys, j) > 0 && (isCapitalised(words[j].text) || (j + 1 < words.length && isCapitalised(words[j + 1].text)));
    if (field.length > 0 && another && !field.every((w) => caseShape(w.text) === 'cap')) break;
    if (k === 'và') {
      if (field.length === 0 || !blankGap(text, words, j) || !nextPhrase(j + 1)) break;
      j++;
      phraseStarts.add(words[j]);
    } else if (functionAt(keys, j) && !(isCapitalised(words[j].text) && field.length > 0 && field.every((w) => caseShape(w.text) === 'cap'))) break;
    if (field.length === 0) phraseStarts.add(words[j]);
    field.push(words[j]);
    j++;
    if (j < words.length && !blankGap(text, words, j - 1)) {
      if (!capitalField() || !/^\s*(?:,|-|–)\s*$/u.test(gapAt(text, words, j - 1)) || !nextPhrase(j)) break;
      phraseStarts.add(words[j]);
    }
  }
  if (field.length === 0) return undefined;
  const opener = field[0];
  const lv = j < words.length && blankGap(text, words, j - 1) ? levelAt(j) : 0;
  const placeLen = lv > 0 && j + lv < words.length && blankGap(text, words, j + lv - 1) ? properNameAfter(draft, words, j + lv) : 0;
  const committee = lv === 0 && j < words.length && blankGap(text, words, j - 1) && committeeAt(tries, text, words, keys, j) && isCapitalised(words[j].text);
  // how drafts go on after this type word: only a one-syllable type word has its own figures
  const goesOn = continuation(keys[tEnd - 1], keys[tEnd]);
  const checks: SyllableCheck[] = [];

  if (!isCapitalised(opener.text)) {
    // a lowercase field: is this a name at all?
    if (goesOn === 'lower' || functionAt(keys, tEnd)) return undefined;
    // … or the body it belongs to follows ("Ban kinh tế Hội CCB", "Ban quản lý dự án ADB")
    const owner = j < words.length && blankGap(text, words, j - 1) && (/^\p{Lu}{2,}/u.test(words[j].text) || (isCapitalised(words[j].text) && typeWordAt(keys, j) > 0));
    // … or a later part of the name is capitalised ("Viện nghiên cứu Dư luận xã hội")
    const capitalInside = field.some((w) => isCapitalised(w.text));
    const named = startsSentence ? lv > 0 || committee || goesOn === 'capital' : typeCapital ? lv > 0 || committee || owner || capitalInside || whole || goesOn === 'capital' : lv > 0 && placeLen > 0;
    if (!named) return undefined;
    if (!typeCapital && !startsSentence) words.slice(i, tEnd).forEach((w, n) => checks.push({ word: w, expected: withShape(w.text, n === 0 ? 'cap' : 'lower'), certainty: 'clear' }));
    for (const w of field) if (phraseStarts.has(w) && !isCapitalised(w.text)) checks.push({ word: w, expected: withShape(w.text, 'cap'), certainty: 'clear' });
  } else {
    // a capitalised field: the type word lowercase ("phòng Bảo trợ xã hội") or the name in
    // Title Case ("Trung Tâm Y Tế") is wrong
    if (!typeCapital) {
      if (startsSentence || (j < words.length && blankGap(text, words, j - 1) && caseShape(words[j].text) === 'lower' && isPluralMarker(words[j].text))) return undefined;
      checks.push({ word: words[i], expected: withShape(words[i].text, 'cap'), certainty: 'clear' });
    }
    words.slice(i + 1, tEnd).forEach((w) => {
      if (caseShape(w.text) === 'cap') checks.push({ word: w, expected: withShape(w.text, 'lower'), certainty: 'clear' });
    });
    // a name written right is still a name: the other rules leave its capitals alone
    checks.push(...titleCaseField(field, phraseStarts));
  }
  // the name ends where the field's words stop holding together: after its first two
  // syllables, its last capital or phrase start, and the rest of that compound ("Cục thống
  // kê | chủ trì", "Viện nghiên cứu Dư luận | xã hội")
  let last = 0;
  field.forEach((w, n) => {
    if (phraseStarts.has(w) || /\p{Lu}/u.test(w.text)) last = n;
  });
  let kept = Math.min(Math.max(2, last + 1), field.length);
  while (kept < field.length && knownPair(syllableKey(field[kept - 1].text), syllableKey(field[kept].text))) kept++;
  const checked = new Set(checks.map((c) => c.word));
  while (kept < field.length && field.slice(kept).some((w) => checked.has(w))) kept++;
  // a Title Case level word after the name belongs to the same answer ("… Quân Sự Tỉnh")
  let endWord = field[kept - 1];
  if (kept === field.length && lv > 0 && !committeeAfterLevel(text, words[j + lv - 1]) && checks.length > 0 && isCapitalised(words[j].text)) {
    words.slice(j, j + lv).forEach((w) => checks.push({ word: w, expected: withShape(w.text, 'lower'), certainty: 'clear' }));
    endWord = words[j + lv - 1];
  }
  const end = wordEnd(endWord);
  const match: OrganisationMatch = {
    start: wordStart(words[i]),
    end,
    text: text.slice(wordStart(words[i]), end),
    canonical: '',
    expected: '',
    status: 'clear',
    parts: [{ kind: 'pattern', words: [...words.slice(i, tEnd), ...field] }],
    named: true,
    checks,
    pattern: true,
  };
  match.expected = applyChecks(text, match.start, match.end, checks, true);
  match.canonical = match.expected;
  return { match, endIndex: j };
}

/**
 * The field of a name in Title Case: a capital that real drafts never write after the
 * syllable before it ("Y Tế", "Chương Trình") is lowered. When every syllable of the field
 * is capitalised the capitals say nothing, so every syllable the drafts write lowercase more
 * often than not ("Dự Phòng") is lowered too, except the first of each field phrase, a
 * person's name, a syllable never seen and one drafts go on capitalising after the one
 * before ("Việt Nam").
 */
function titleCaseField(field: Word[], phraseStarts: Set<Word>): SyllableCheck[] {
  const out: SyllableCheck[] = [];
  const keys = field.map((w) => syllableKey(w.text));
  const lowerPair = keys.some((k, n) => n > 0 && !phraseStarts.has(field[n]) && caseShape(field[n].text) === 'cap' && caseShape(field[n - 1].text) === 'cap' && secondHalfOfWord(keys[n - 1], k));
  if (!lowerPair) return out;
  const allTitle = field.length >= 2 && field.every((w) => caseShape(w.text) === 'cap');
  for (let n = 1; n < field.length; n++) {
    const w = field[n];
    // a person's name ends the field ("Trường Tiểu học Lý Cảnh Hớn"), but a surname-like
    // syllable that ends a word with the one before is no name's ("Khuyến Nông Quốc Gia")
    if (isSurname(keys[n]) && field[n + 1] && isCapitalised(field[n + 1].text) && !secondHalfOfWord(keys[n - 1], keys[n])) break;
    if (phraseStarts.has(w) || caseShape(w.text) !== 'cap') continue;
    // a proper name the drafts keep capitalised ends the field ("Khuyến Nông An Giang")
    if (field[n + 1] && caseShape(field[n + 1].text) === 'cap' && continuation(keys[n], keys[n + 1]) === 'capital') break;
    const c = continuation(keys[n - 1], keys[n]);
    // a syllable never seen is likely a proper name's; one capitalised half the time or more too
    const counts = countsOf(keys[n]);
    const common = !!counts && counts[1] < counts[0];
    if (secondHalfOfWord(keys[n - 1], keys[n]) || (allTitle && c !== 'capital' && common)) out.push({ word: w, expected: withShape(w.text, 'lower'), certainty: 'clear' });
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Titles

const NAME_SEP = /^\s*(?:,|-|–|—)\s*$/u;

/** A person's name ends right before word i: "Trần Văn Tuấn - " or "Trần Văn Tuấn, ". */
function afterPersonName(draft: Draft, words: Word[], i: number): boolean {
  if (i < 2 || !NAME_SEP.test(gapAt(draft.text, words, i - 1))) return false;
  let n = 0;
  for (let j = i - 1; j >= 0 && isCapitalised(words[j].text) && !/^\p{Lu}{2,}$/u.test(words[j].text); j--) {
    n++;
    if (j > 0 && !blankGap(draft.text, words, j - 1)) break;
  }
  return n >= 2;
}

function analyseSentence(draft: Draft, s: Sentence, tries: Tries, profile: Profile, out: Cached): void {
  const text = draft.text;
  const words = s.words;
  const keys = keysOf(s);
  let prevTitleEnd = -1; // index after the last title of a chain ("…Huyện ủy, Chủ tịch HĐND huyện")
  for (let i = 0; i < words.length; ) {
    const title = titleAt(draft, s, tries, profile, i, prevTitleEnd);
    if (title) {
      out.titles.push(title.match);
      if (title.match.organisation) out.organisations.push(title.match.organisation);
      prevTitleEnd = title.endIndex;
      i = title.endIndex;
      continue;
    }
    // a lexicon chain wins unless it says nothing (only a type word: "Chi cục", "Ban Chỉ đạo"
    // with nothing after it) and the grammar knows more, or the grammar reads a longer name
    // than one entry ("Trường Đại học" + "Khoa học Xã hội và Nhân văn")
    let chain = chainAt(draft, s, tries, i, false);
    if (!chain || (chain.match.parts.length === 1 && !chain.match.place)) {
      const byGrammar = patternAt(draft, s, tries, i);
      if (byGrammar && (!chain || chain.match.parts[0].words.length <= typeWordAt(keys, i) || byGrammar.endIndex > chain.endIndex)) {
        // the entry's own opinion on its words stands ("Sở Nội Vụ" + "Hà Tĩnh")
        if (chain) {
          const g = byGrammar.match;
          const mine = new Set(chain.match.checks.map((c) => c.word));
          g.checks = [...chain.match.checks, ...g.checks.filter((c) => !mine.has(c.word))];
          g.expected = g.canonical = applyChecks(text, g.start, g.end, g.checks, true);
        }
        chain = byGrammar;
      }
    }
    if (chain) {
      out.organisations.push(chain.match);
      i = chain.endIndex;
      continue;
    }
    i++;
  }
}

function titleAt(
  draft: Draft,
  s: Sentence,
  tries: Tries,
  profile: Profile,
  i: number,
  prevTitleEnd: number,
): { match: TitleMatch; endIndex: number } | undefined {
  const text = draft.text;
  const words = s.words;
  const keys = keysOf(s);
  let j = i;
  let deputy: Word | undefined;
  if (keys[j] !== DEPUTY_KEY && !tries.titles.next.has(keys[j])) return undefined;
  if (keys[j] === DEPUTY_KEY && blankGap(text, words, j)) {
    deputy = words[j];
    j++;
  }
  const base = longestAt(tries.titles, text, words, keys, j);
  if (!base) return undefined;
  const entry = base.c.entry;
  let k = base.end;
  // "Trưởng ban" + "Ban Dân vận": the head syllable opens the body
  let headShared = false;
  let organisation: OrganisationMatch | undefined;
  let endIndex = k;
  let qualifier: Word[] | undefined;
  if (entry.head) {
    const headIndex = base.end - 1;
    const chain = chainAt(draft, s, tries, headIndex, true);
    if (chain && syllableKey(chain.match.parts[0].words[0].text) === syllableKey(entry.head) && chain.match.parts[0].words.length > 1) {
      headShared = true;
      organisation = chain.match;
      // the head syllable belongs to the title's contested style (§8.1), not to organisation-case
      const headWord = words[headIndex];
      organisation.checks = organisation.checks.filter((c) => c.word !== headWord);
      organisation.expected = applyChecks(text, organisation.start, organisation.end, organisation.checks, true);
      endIndex = chain.endIndex;
      k = headIndex;
    }
  }
  if (!headShared) {
    if (k < words.length && blankGap(text, words, k - 1) && QUALIFIER_KEYS.every((q, n) => keys[k + n] === q) && blankGap(text, words, k)) {
      qualifier = words.slice(k, k + QUALIFIER_KEYS.length);
      k += QUALIFIER_KEYS.length;
    }
    endIndex = k;
    if (k < words.length && blankGap(text, words, k - 1)) {
      const chain = chainAt(draft, s, tries, k, true);
      if (chain) {
        organisation = chain.match;
        endIndex = chain.endIndex;
      }
    }
  }
  const titleWords = words.slice(i, headShared ? base.end - 1 : k);
  const first = words[i];
  const startsSentence = isSentenceStart(draft, first.start);
  const generic = isGenericAt(text, words, i, (w) => /^(?:phó|trưởng|bí|thư|chủ|tịch)$/iu.test(w.text));
  const chainOf = prevTitleEnd === i || (i > 0 && prevTitleEnd >= 0 && prevTitleEnd === i && NAME_SEP.test(gapAt(text, words, i - 1)));
  const nameAfter = endIndex < words.length && blankGap(text, words, endIndex - 1) && properNameAfter(draft, words, endIndex) >= 2;
  const intentional = isCapitalised(first.text) && !startsSentence;
  const attached =
    !generic && (intentional || afterPersonName(draft, words, i) || ((chainOf || nameAfter || startsSentence) && !!organisation) || (chainOf && isCapitalised(first.text)));

  const checks: SyllableCheck[] = [];
  if (attached && !allUpper(titleWords)) {
    if (deputy) checks.push({ word: deputy, expected: withShape(deputy.text, 'cap'), certainty: 'clear' });
    const baseWords = words.slice(deputy ? i + 1 : i, base.end);
    const { form, exact } = pickForm(baseWords, base.c.forms);
    const canon = base.c.forms[0];
    baseWords.forEach((w, n) => {
      const isHead = headShared && n === baseWords.length - 1;
      if (isHead) {
        // §8.1: "Trưởng Ban X" (gov, party) vs "Trưởng ban X" (press-lower)
        const want = profile === 'press-lower' ? w.text : withShape(w.text, 'cap');
        checks.push({ word: w, expected: want, certainty: 'contested' });
        return;
      }
      if (entry.status === 'contested' && !entry.head) {
        checks.push({ word: w, expected: exact ? w.text : caseLike(w.text, form[n]), certainty: 'contested' });
        return;
      }
      // head titles without their body ("Trưởng ban", "Phó Trưởng ban"): the head syllable is free
      if (entry.head && n === baseWords.length - 1) return;
      checks.push({ word: w, expected: caseLike(w.text, canon[n]), certainty: 'clear' });
    });
    if (startsSentence && checks[0] && checks[0].word === first) checks[0] = { ...checks[0], expected: withShape(first.text, 'cap') };
    if (qualifier) {
      qualifier.forEach((w, n) => {
        const want = profile === 'press-lower' ? w.text : withShape(w.text, n === 0 ? 'cap' : 'lower');
        checks.push({ word: w, expected: want, certainty: 'contested' });
      });
    }
  }
  // with a shared head ("Trưởng ban Dân vận") the title runs to the head syllable
  const titleEnd = wordEnd(headShared ? words[base.end - 1] : words[k - 1]);
  const end = organisation ? organisation.end : titleEnd;
  const match: TitleMatch = {
    start: wordStart(first),
    end,
    titleEnd,
    text: text.slice(wordStart(first), end),
    canonical: [deputy ? 'Phó' : '', entry.canonical, qualifier ? QUALIFIER.canonical : '', organisation?.canonical ?? ''].filter(Boolean).join(' '),
    expected: '',
    entry,
    status: entry.status,
    deputy,
    qualifier,
    organisation,
    attached,
    checks,
  };
  match.expected = applyChecks(text, match.start, match.end, [...checks, ...(organisation?.checks ?? [])], true);
  if (organisation && attached) organisation.named = true;
  return { match, endIndex: Math.max(endIndex, k) };
}

// ---------------------------------------------------------------------------------------
// Public API

/** Organisation names of the draft (also those inside titles), in text order, longest match first. */
export function matchOrganisations(draft: Draft, config?: Pick<ResolvedConfig, 'extraLexicon' | 'profile'>): OrganisationMatch[] {
  return analyse(draft, config).organisations;
}

/** Titles of the draft with their organisation, in text order. */
export function matchTitles(draft: Draft, config?: Pick<ResolvedConfig, 'extraLexicon' | 'profile'>): TitleMatch[] {
  return analyse(draft, config).titles;
}

/** Syllable checks whose expected casing differs from the text. */
export function differing(checks: SyllableCheck[]): SyllableCheck[] {
  return checks.filter((c) => c.expected !== '' && c.expected !== c.word.text);
}

/** One edit per syllable whose casing differs (only `certainty` ones unless `all`). */
export function checkEdits(checks: SyllableCheck[], all = false): Array<{ start: number; end: number; text: string }> {
  return differing(checks)
    .filter((c) => all || c.certainty === 'clear')
    .map((c) => ({ start: c.word.start, end: c.word.end, text: c.expected }))
    .sort((a, b) => a.start - b.start);
}

/**
 * A title with its body is one phrase ("Trưởng ban Dân Vận Tỉnh ủy"): one finding, reported by
 * one rule. organisation-case owns it when only the body has a clear error; otherwise
 * title-case does. `undefined` when nothing differs or the title is generic.
 */
export function phraseOwner(t: TitleMatch): 'title-case' | 'organisation-case' | undefined {
  if (!t.attached) return undefined;
  const titleDiffs = differing(t.checks);
  const bodyDiffs = differing(t.organisation?.checks ?? []);
  if (titleDiffs.length === 0 && bodyDiffs.length === 0) return undefined;
  const clear = (c: SyllableCheck): boolean => c.certainty === 'clear';
  return !titleDiffs.some(clear) && bodyDiffs.some(clear) ? 'organisation-case' : 'title-case';
}

/**
 * What one capitalisation finding says and does (§0, issue "one answer per span"): the
 * correct form is the text with every clear correction and the profile's choice on contested
 * points; when something clear is wrong the fix writes exactly that form (so no second finding
 * is left behind), when only contested points differ it is a suggestion and nothing is fixed.
 */
export function phraseAnswer(text: string, start: number, end: number, checks: SyllableCheck[]): { expected: string; clear: boolean; edits: Array<{ start: number; end: number; text: string }> } {
  const clear = differing(checks).some((c) => c.certainty === 'clear');
  return { expected: applyChecks(text, start, end, checks, true), clear, edits: checkEdits(checks, true) };
}

/** `text[start, end)` with the given checks applied (clear ones only unless `all`). */
export function expectedText(text: string, start: number, end: number, checks: SyllableCheck[], all = true): string {
  return applyChecks(text, start, end, checks, all);
}
