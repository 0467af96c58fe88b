/**
 * Evidence for "a common word capitalised mid-sentence" (issue 12, CAP-38 in general): how
 * often each syllable, and each pair of syllables, is written with a capital in running
 * text when it does not start a sentence. The figures are counted over real drafts by
 * `scripts/caps-stats.mjs` (the unlabelled pool and the tune split; no text ships, only
 * counts) into dictionaries/capitalisation-stats.json.
 *
 * A word the newsroom writes lowercase nearly every time ("học viên", "nhận thức",
 * "đơn vị") is a common word; one it often capitalises ("Hội", "Sở", "Nam") may be part of a
 * name and is never judged by this evidence alone.
 */
import stats from '../../../dictionaries/capitalisation-stats.json';
import type { Draft, Word } from './draft.js';
import { inQuote } from './draft.js';
import { PairMap } from './pair-map.js';
import { caseShape, isSentenceStart, syllableKey, wordKey } from './casing.js';
import { isListedPair } from './spell/genre-words.js';
import { lookupKey, type SyllableInfo } from './spell/syllable.js';

/** [lowercase, capitalised] occurrences mid-sentence */
export type Counts = [number, number];

export interface CapitalCounts {
  unigrams: Map<string, Counts>;
  bigrams: Map<string, Counts>;
  /** pairs whose first syllable is capitalised, counted by the case of the second ("Ban Chỉ đạo", "Chương trình") */
  continuations: Map<string, Counts>;
  /**
   * pairs right after a lowercase word, their second syllable lowercase, counted by the case of the
   * first ("bà con nông dân" and "cán bộ Nông dân"): mid-clause, where no name runs on from before
   */
  afterLower?: Map<string, Counts>;
}

const LETTERS = /^[\p{L}\p{M}]+$/u;
const BLANK = /^[ \t\u00a0]+$/u;

/** The letters of a word without the punctuation the tokenizer may glue to it. */
function bare(w: Word): string {
  return w.text.replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, '');
}

/**
 * Adds the draft's mid-sentence words to `into`: each syllable of the lead and body outside
 * quotations, lowercase or capitalised (all-capitals and mixed forms say nothing), and each
 * pair of syllables joined by a blank, counted by the case of its first syllable; a pair
 * that opens with a capital is also counted by the case of its second syllable, which says
 * whether a name goes on capitalised there ("Ban Chỉ đạo") or the pair is one word
 * ("Chương trình").
 */
export function countCapitals(draft: Draft, into: CapitalCounts): void {
  const text = draft.text;
  const bump = (m: Map<string, Counts>, k: string, cap: boolean): void => {
    let c = m.get(k);
    if (!c) m.set(k, (c = [0, 0]));
    c[cap ? 1 : 0]++;
  };
  for (const p of draft.paragraphs) {
    if (p.kind !== 'lead' && p.kind !== 'body') continue;
    for (const s of p.sentences) {
      const ws = s.words;
      for (let i = 0; i < ws.length; i++) {
        const w = ws[i];
        const b = bare(w);
        if (!LETTERS.test(b)) continue;
        const shape = caseShape(b);
        if (shape !== 'lower' && shape !== 'cap') continue;
        if (isSentenceStart(draft, w.start) || inQuote(draft, w.start)) continue;
        const cap = shape === 'cap';
        bump(into.unigrams, wordKey(w), cap);
        const n = ws[i + 1];
        if (n && BLANK.test(text.slice(w.end, n.start)) && w.text === b && LETTERS.test(bare(n))) {
          bump(into.bigrams, `${wordKey(w)} ${wordKey(n)}`, cap);
          const second = caseShape(bare(n));
          if (cap && (second === 'lower' || second === 'cap')) bump(into.continuations, `${wordKey(w)} ${wordKey(n)}`, second === 'cap');
          const p = ws[i - 1];
          if (into.afterLower && second === 'lower' && n.text === bare(n) && p && BLANK.test(text.slice(p.end, w.start)) && LETTERS.test(p.text) && caseShape(p.text) === 'lower') bump(into.afterLower, `${wordKey(w)} ${wordKey(n)}`, cap);
        }
      }
    }
  }
}

/**
 * A table of counts as the list writes it (`{"an ninh": [118, 10], …}`) or as the Node bundles
 * ship it (scripts/build.mjs bundledForms: one array of keys and counts in turn, `["an ninh",
 * [118, 10], …]`). JSON.parse builds an object of a few thousand keys a property at a time, a
 * hidden class for each key until it gives up and makes a dictionary: parsing the four tables
 * cost every start of the server and of each CLI worker 6–9 ms of CPU, for objects read once
 * into the maps below and dropped; as arrays, 2–3 ms (medians of 7 fresh processes each).
 */
type CountsTable = Readonly<Record<string, Counts>> | ReadonlyArray<string | Counts>;

/** Each key and its counts, in the list's order. */
export function eachCount(table: CountsTable, add: (key: string, counts: Counts) => void): void {
  if (Array.isArray(table)) {
    const flat = table as ReadonlyArray<string | Counts>;
    for (let i = 0; i + 1 < flat.length; i += 2) add(flat[i] as string, flat[i + 1] as Counts);
    return;
  }
  const record = table as Readonly<Record<string, Counts>>;
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) add(keys[i], record[keys[i]]);
}

function countsMap(table: unknown): Map<string, Counts> {
  const out = new Map<string, Counts>();
  eachCount(table as CountsTable, (key, counts) => out.set(key, counts));
  return out;
}

function countsPairMap(table: unknown): PairMap<Counts> {
  return PairMap.build<Counts>((add) => eachCount(table as CountsTable, add));
}

const UNIGRAMS = countsMap(stats.unigrams);
// looked up by the two syllable keys, never a key joined per question (pair-map.ts)
const BIGRAMS = countsPairMap(stats.bigrams);
const CONTINUATIONS = countsPairMap(stats.continuations);
const AFTER_LOWER = countsPairMap(stats.afterLower);
// (the list written for people and the tests may lack the table: no written evidence then)
const WRITTEN_AFTER_LOWER = countsPairMap((stats as { writtenAfterLower?: unknown }).writtenAfterLower ?? {});
const T = stats.thresholds;
/**
 * How often each syllable was seen as the second of a pair ("thư" of "bí thư"): those
 * lowercase sightings say nothing of the syllable opening a word of its own ("Thư viện tỉnh").
 */
const AS_SECOND = new Map<string, number>();
BIGRAMS.forEach((_a, b, c) => AS_SECOND.set(b, (AS_SECOND.get(b) ?? 0) + c[0] + c[1]));

/**
 * True when the evidence says the word is a common word here. The pair it opens decides when
 * it was seen at least `minPair` times ("đồng chí" is lowercase though "Đồng" opens many place
 * names); otherwise the syllable alone: written lowercase mid-sentence at least `minLower`
 * times and capitalised at most `maxCapitalShare` of the time (as an `opener`, not a syllable
 * seen almost only as the second of a pair).
 */
export function usuallyLowercase(key: string, nextKey?: string, midClause = false, opener = false): boolean {
  const u = UNIGRAMS.get(key);
  const b = nextKey === undefined ? undefined : BIGRAMS.get(key, nextKey);
  // a syllable capitalised more often than not ("Đảng") is a name's; its pairs do not overrule that
  if (b && b[0] + b[1] >= T.minPair) {
    if (b[1] <= T.maxCapitalShare * (b[0] + b[1]) && !!u && u[1] <= u[0]) return true;
    // right after a lowercase word a capital opens no list item, the source of most capitals
    // drafts give these pairs ("nội dung: Một số vấn đề"): `maxMidClauseShare` applies there,
    // to the pair and to the syllable alone ("Cao" opens names, "Một" does not)
    const m = T.maxMidClauseShare;
    return midClause && b[1] <= m * (b[0] + b[1]) && !!u && u[1] <= m * (u[0] + u[1]);
  }
  // an `opener` (the word opens a pair drafts did not show often enough, and closes none with
  // the word before it) of a syllable drafts write almost only as the second of a pair (at
  // least `minSecondShare` of its lowercase sightings) has no evidence of its own: "Thư viện
  // tỉnh" is a body, "thư" is lowercase in "bí thư" ("đủ" of "đầy đủ" opens words often enough)
  const second = !opener || nextKey === undefined || !u ? 0 : (AS_SECOND.get(key) ?? 0);
  if (second > 0 && second >= T.minSecondShare * u![0]) return false;
  return !!u && u[0] >= T.minLower && u[1] <= T.maxCapitalShare * (u[0] + u[1]);
}

/**
 * True when drafts write the pair `key nextKey` lowercase right after a lowercase word, mid-clause:
 * seen there at least `minPair` times, capitalised at most `maxMidClauseShare` of them ("bà con
 * nông dân", "cho học sinh", "chấp hành pháp luật"; not "cán bộ Mặt trận", "công tác Đoàn"). The
 * pair may open names elsewhere ("Hội Nông dân"): after a lowercase word no name runs on to it.
 */
export function lowercaseMidClause(key: string, nextKey: string): boolean {
  const c = AFTER_LOWER.get(key, nextKey);
  // (a syllable capitalised more often than not, "Đảng" of "Đảng viên", is a special noun's: special-noun-case's)
  const u = UNIGRAMS.get(key);
  return !!c && c[0] + c[1] >= T.minPair && c[1] <= T.maxMidClauseShare * (c[0] + c[1]) && (!u || u[1] <= u[0]);
}

/**
 * True when drafts write `key` lowercase mid-sentence at least `minLower` times and capitalise it
 * at most `maxMidClauseShare` of the time: right after a lowercase word, where it opens a word of
 * the genre ("của Người nộp thuế"), no list item opens and no name runs on to it, that share of
 * capitals ("Hội Người cao tuổi") says nothing for it.
 */
export function lowercaseSyllableMidClause(key: string): boolean {
  const u = UNIGRAMS.get(key);
  return !!u && u[0] >= T.minLower && u[1] <= T.maxMidClauseShare * (u[0] + u[1]);
}

/**
 * True when the readable written sets (correct text, scripts/stats-drafts.mjs) write the pair `key
 * nextKey` lowercase right after a lowercase word at least `minWrittenPair` times and capitalise it
 * there at most `maxWrittenShare` of them ("giúp doanh nghiệp", "vào ngân sách", "cho thương
 * lái"): capitalisation-stats.json writtenAfterLower, counted apart from the real drafts, whose
 * reporters' slips ("hỗ trợ Doanh nghiệp") are counted with their correct text. Lowercase evidence
 * only, and for common-noun-case's nouns after a word that is no noun alone (evidence.ts).
 */
export function writtenLowercaseMidClause(key: string, nextKey: string): boolean {
  const c = WRITTEN_AFTER_LOWER.get(key, nextKey);
  return !!c && c[0] >= T.minWrittenPair && c[1] <= T.maxWrittenShare * (c[0] + c[1]);
}

/** The counts of a pair right after a lowercase word, its second syllable lowercase ([lowercase, capitalised] first syllable), if drafts showed it there. */
export function afterLowerCounts(key: string, nextKey: string): Counts | undefined {
  return AFTER_LOWER.get(key, nextKey);
}

/** True when the pair was seen often enough to have its own evidence. */
export function knownPair(key: string, nextKey: string): boolean {
  const b = BIGRAMS.get(key, nextKey);
  return !!b && b[0] + b[1] >= T.minPair;
}

/**
 * How real drafts go on after a capitalised `key`: 'capital' when the next syllable `nextKey`
 * is capitalised there most of the time ("Ban Chỉ đạo", "Hội Cựu chiến binh": a name goes
 * on), 'lower' when it is lowercase nearly every time ("Chương trình", "Nhà nước": one word),
 * undefined when the pair was seen too rarely or both ways.
 */
export function continuation(key: string, nextKey: string): 'capital' | 'lower' | undefined {
  const c = CONTINUATIONS.get(key, nextKey);
  if (!c || c[0] + c[1] < T.minPair) return undefined;
  // one stray capital among `minLower` or more is still lowercase ("Quốc gia" 11 times, "Quốc Gia" once)
  if (c[1] <= Math.max(T.maxCapitalShare * (c[0] + c[1]), c[0] >= T.minLower ? 1 : 0)) return 'lower';
  if (c[1] >= T.minContinueShare * (c[0] + c[1])) return 'capital';
  return undefined;
}

/**
 * the continuations `continuation` calls a capital's that fewer than `minContinueDrafts` real
 * drafts write so (capitalisation-stats.json oneDraftContinuations): one draft's Title Case,
 * written several times ("Hội Bảo Vệ Quyền Trẻ Em"), says how that draft writes, not the genre
 */
const ONE_DRAFT = new Set<string>((stats as { oneDraftContinuations?: string[] }).oneDraftContinuations ?? []);

/**
 * `continuation`, where a capital continuation counts only when several real drafts write it
 * (`minContinueDrafts`): for reading a name in Title Case, where one draft's own Title Case would
 * otherwise keep every capital of the name it wrote so ("Hội Bảo Vệ Quyền Trẻ Em" → "Hội Bảo vệ
 * quyền trẻ em", not "Hội Bảo vệ Quyền Trẻ Em").
 */
export function continuationAcrossDrafts(key: string, nextKey: string): 'capital' | 'lower' | undefined {
  const c = continuation(key, nextKey);
  return c === 'capital' && ONE_DRAFT.has(`${key} ${nextKey}`) ? undefined : c;
}

/** How often drafts wrote `key` capitalised mid-sentence with `nextKey` after it: [next lowercase, next capitalised]. */
export function continuationCounts(key: string, nextKey: string): Counts | undefined {
  return CONTINUATIONS.get(key, nextKey);
}

/**
 * True when `key` is a syllable real drafts essentially never capitalise mid-sentence
 * (written lowercase at least `minLower` times, capitalised at most `maxCapitalShare` of the
 * time: "cứu", "hoạch", "trình"): a capital on it is no name's.
 */
export function neverCapitalised(key: string): boolean {
  const u = UNIGRAMS.get(key);
  return !!u && u[0] >= T.minLower && u[1] <= T.maxCapitalShare * (u[0] + u[1]);
}

/**
 * True when real drafts wrote `key` mid-sentence at least `minUncapitalised` times and never
 * with a capital: too few sightings for `neverCapitalised`, enough to say no name opens with it.
 */
export function neverSeenCapitalised(key: string): boolean {
  const u = UNIGRAMS.get(key);
  return !!u && u[1] === 0 && u[0] >= T.minUncapitalised;
}

/**
 * True when `key` opens a common word with `nextKey`: drafts write the pair lowercase at
 * least `minPair` times, it makes at least `minWordShare` of what `key` opens, and `key` is
 * a syllable they never capitalise ("hỗ trợ", "phối hợp", "thông báo" is not: "Thông"
 * opens names).
 */
export function commonWordAt(key: string, nextKey: string): boolean {
  const b = BIGRAMS.get(key, nextKey);
  const u = UNIGRAMS.get(key);
  return !!b && !!u && b[0] >= T.minPair && b[1] <= T.maxCapitalShare * (b[0] + b[1]) && b[0] + b[1] >= T.minWordShare * (u[0] + u[1]) && neverCapitalised(key);
}

/**
 * True when drafts write the pair as a common word, its first syllable lowercase at least
 * `minPair` times and more often than not ("xã hội", "dân phòng"; not "văn phòng" or "chi
 * hội", which open bodies' names as often as not).
 */
export function lowercaseWord(key: string, nextKey: string): boolean {
  const b = BIGRAMS.get(key, nextKey);
  return !!b && b[0] >= T.minPair && b[0] >= b[1];
}

/** True when drafts write the pair with its first syllable capitalised more often than not ("Hội đồng", "Chính phủ"). */
export function mostlyCapitalised(key: string, nextKey: string): boolean {
  const b = BIGRAMS.get(key, nextKey);
  return !!b && b[1] > b[0];
}

/** `mostlyCapitalised(info.key, nextKey)` of a token's syllable: the pairs it opens kept on its facts (spelling/wrong-word.ts, every pair of lowercase tokens). */
export function mostlyCapitalisedOf(info: SyllableInfo, nextKey: string): boolean {
  let after = info.bigramsAfter;
  if (after === undefined) {
    if (info.key.includes(' ')) return mostlyCapitalised(info.key, nextKey);
    info.bigramsAfter = after = BIGRAMS.afterOf(info.key);
  }
  const b = after.get(nextKey);
  return !!b && b[1] > b[0];
}

/**
 * True when `key` after `prevKey` is the second half of one word, so its capital is wrong
 * after a capitalised `prevKey` ("Chương Trình", "Nghiên Cứu", "Kế Hoạch"): real drafts go
 * on lowercase there (continuation 'lower'), or, where a capitalised `prevKey` was seen too
 * rarely before `key` to tell, the pair is a word they write lowercase at least `minPair`
 * times and `key` is a syllable they never capitalise.
 */
export function secondHalfOfWord(prevKey: string, key: string): boolean {
  const c = CONTINUATIONS.get(prevKey, key);
  if (c && c[0] + c[1] >= T.minPair) return continuation(prevKey, key) === 'lower';
  if (c && c[1] > 0) return false;
  const b = BIGRAMS.get(prevKey, key);
  const p = UNIGRAMS.get(prevKey);
  // a word, not two neighbours ("chương trình | mục tiêu"): the pair is a good share of what `prevKey` opens
  const word = !!b && !!p && b[0] + b[1] >= T.minWordShare * (p[0] + p[1]);
  // (`key` may open names elsewhere, "Thông" of "Sở Thông tin": a pair drafts write lowercase
  // many times over and almost never capitalised is a word all the same, "giao thông")
  const commonPair = b !== undefined && b[0] >= T.minCommonPair && b[1] <= T.maxCapitalShare * (b[0] + b[1]);
  return word && b![0] >= T.minPair && b![1] <= b![0] && (neverCapitalised(key) || commonPair);
}

/**
 * True when real drafts write `key` mostly as the second half of the pair `prevKey key`
 * ("sở" of "cơ sở"): there it is no word of its own.
 */
export function mostlyAfter(prevKey: string, key: string): boolean {
  const b = BIGRAMS.get(prevKey, key);
  const u = UNIGRAMS.get(key);
  return !!b && !!u && b[0] + b[1] >= T.minPair && 2 * (b[0] + b[1]) >= u[0] + u[1];
}

/**
 * Two syllables, as written, that make a common word: listed in the genre's words, or written
 * lowercase as a pair by real drafts ("phát biểu", "cho hay", "già làng").
 */
export function commonWordPair(a: string, b: string): boolean {
  const ka = syllableKey(a);
  const kb = syllableKey(b);
  return isListedPair(lookupKey(a), lookupKey(b)) || (knownPair(ka, kb) && usuallyLowercase(ka, kb));
}

/**
 * How many of each syllable's lowercase sightings were inside a listed word of the genre
 * (genre-words.json) with the syllable before or after it ("chăm" of "chăm sóc", "chăm lo"),
 * made on first use from the shipped pairs.
 */
let inWords: Map<string, number> | undefined;
function inWordsOf(key: string): number {
  if (!inWords) {
    const m = new Map<string, number>();
    BIGRAMS.forEach((a, b, c) => {
      if (c[0] === 0 || !isListedPair(lookupKey(a), lookupKey(b))) return;
      m.set(a, (m.get(a) ?? 0) + c[0]);
      m.set(b, (m.get(b) ?? 0) + c[0]);
    });
    inWords = m;
  }
  return inWords.get(key) ?? 0;
}

/**
 * True when drafts write the syllable lowercase outside the listed words it makes with a
 * neighbour fewer than `minLower` times, the least the evidence asks of any syllable: standing
 * alone, in no word with its neighbours, it has no evidence of its own ("đền tháp Chăm và …":
 * "chăm" is lowercase 25 times, 22 of them in "chăm sóc"), as a syllable seen almost only as the
 * second of a pair has none opening a word (`usuallyLowercase`).
 */
export function lowercaseOnlyInWords(key: string): boolean {
  const u = UNIGRAMS.get(key);
  return !!u && u[0] > 0 && u[0] - inWordsOf(key) < T.minLower;
}

/**
 * How drafts write a syllable opening a pair right after a lowercase word, its second syllable
 * lowercase: the `afterLower` counts of every pair it opens, summed ([lowercase, capitalised]).
 * Where the pair itself was never seen, this is the evidence its head gives: mid-clause, before a
 * lowercase syllable, no name runs on to it and no list item opens ("nội" of "nội dung", "nội
 * vụ", never capitalised there, says "theo Nội quy lớp học" is the common word).
 */
let heads: Map<string, Counts> | undefined;
export function headMidClause(key: string): Counts | undefined {
  if (!heads) {
    const m = new Map<string, Counts>();
    AFTER_LOWER.forEach((a, _b, c) => {
      const h = m.get(a);
      if (h) {
        h[0] += c[0];
        h[1] += c[1];
      } else m.set(a, [c[0], c[1]]);
    });
    heads = m;
  }
  return heads.get(key);
}

/**
 * True when what drafts wrote says the pair `key nextKey` opens no name right after a lowercase
 * word, though they showed the pair itself too rarely to tell: they never capitalised the pair
 * mid-sentence, and its head, right after a lowercase word before a lowercase syllable, was seen
 * there at least `minLower` times and capitalised at most `maxCapitalShare` of them
 * (headMidClause: "nội" of "nội dung", "tài" of "tài liệu": "theo Nội quy lớp học", "và Tài khoản
 * định danh"). A head drafts capitalise there ("Nhà văn hóa", "Trung tâm", "Chương trình") opens
 * names in sentence case, and a head they never showed there gives no evidence ("Hiến pháp",
 * "Phật tử": names by convention).
 */
export function unnamedPair(key: string, nextKey: string): boolean {
  const b = BIGRAMS.get(key, nextKey);
  if (b && b[1] > 0) return false;
  const h = headMidClause(key);
  return !!h && h[0] + h[1] >= T.minLower && h[1] <= T.maxCapitalShare * (h[0] + h[1]);
}

/** The counts of a syllable (for tests and reports). */
export function countsOf(key: string): Counts | undefined {
  return UNIGRAMS.get(key);
}

/**
 * How many words from `j` on go on a special noun written in Title Case with capitals real
 * drafts do not give them ("Nhà Nước | Ta Hiện Nay", "Nhà Nước | Về quốc phòng"): each
 * capitalised, joined by a blank, a word drafts write lowercase, the run ending there.
 * special-noun-case takes them
 * into its one finding and common-noun-case leaves them to it: one phrase, one answer.
 */
export function titleCaseTail(text: string, ws: Word[], j: number): number {
  let n = 0;
  while (j + n < ws.length && n < 6) {
    const w = ws[j + n];
    if (caseShape(w.text) !== 'cap' || !/^[ \t\u00a0]+$/u.test(text.slice(ws[j + n - 1].end, w.start)) || !usuallyLowercase(wordKey(w))) break;
    n++;
  }
  // the capitalised run must end with the tail: one going on is some name's, read in part
  // ("Tổ Quốc | Xã | Hội Chủ Nghĩa" is no "Tổ quốc xã Hội …")
  const after = ws[j + n];
  if (n > 0 && after && /^[ \t\u00a0]+$/u.test(text.slice(ws[j + n - 1].end, after.start)) && /^\p{Lu}/u.test(after.text)) return 0;
  return n;
}
