/**
 * A specific legal document's name opens with a capital (rulebook CAP-36): "Luật quốc phòng"
 * → "Luật Quốc phòng", "Pháp lệnh dân quân tự vệ" → "Pháp lệnh Dân quân tự vệ". Only a
 * capitalised type word, or a capitalised name after it ("luật Giáo dục" → "Luật Giáo dục"),
 * says a specific document is meant ("tìm hiểu luật đất đai" is generic); the type words and the words that follow one without opening a name are data
 * (dictionaries/document-names.json).
 */
import data from '../../../../dictionaries/document-names.json';
import type { Draft, Sentence } from '../../core/draft.js';
import type { TextEdit } from '../../core/types.js';
import { caseShape, syllableKey, withShape } from '../../core/casing.js';
import { blankGap, DOCUMENT_HEADS, INTERNATIONAL_SCOPES, keysOf, ONE_SYLLABLE_FUNCTION_WORDS } from '../../core/lexicon.js';
import { lowercaseWord } from '../../core/capital-evidence.js';
import { isListedPair } from '../../core/spell/genre-words.js';
import { isGeneralNoun } from '../../core/spell/general-nouns.js';
import { wordLookupKey } from '../../core/spell/syllable.js';
import { lazyRegExp } from '../../core/lazy-regexp.js';

const phrase = (s: string): string[] => s.split(/\s+/u).filter(Boolean).map(syllableKey);
const TYPES = data.types.map(phrase).sort((a, b) => b.length - a.length);
const COMMON_WORDS = new Set(data.commonWords.map((w) => phrase(w).join(' ')));
const NOT_NAME = data.notName.map(phrase);
/** words before a type word that make it a subject of study ("ngành Luật kinh tế"), no document */
const SUBJECT_HEADS = data.subjectHeads.map(phrase);

export interface DocumentNameFinding {
  start: number;
  end: number;
  edit: TextEdit;
}

const startsAt = (keys: string[], i: number, phraseKeys: string[]): boolean => {
  for (let n = 0; n < phraseKeys.length; n++) if (keys[i + n] !== phraseKeys[n]) return false;
  return true;
};

/** TYPES by their first key, longest first as in TYPES: only those can start at a word (asked at every word) */
const TYPES_BY_FIRST = new Map<string, string[][]>();
for (const t of TYPES) if (t.length > 0) TYPES_BY_FIRST.set(t[0], [...(TYPES_BY_FIRST.get(t[0]) ?? []), t]);
/** a type of no word would start everywhere: then the whole list is read (never so in the data) */
const ANY_START = TYPES.some((t) => t.length === 0);

/** The first of TYPES (longest first) at word i. */
function typeAt(keys: string[], i: number): string[] | undefined {
  if (ANY_START) return TYPES.find((t) => startsAt(keys, i, t));
  const list = TYPES_BY_FIRST.get(keys[i]);
  if (list === undefined) return undefined;
  for (let k = 0; k < list.length; k++) if (startsAt(keys, i, list[k])) return list[k];
  return undefined;
}
const LETTERS = lazyRegExp(() => /^[\p{L}\p{M}]+$/u);

/** Document names of a sentence whose first syllable is lowercase: the type word and the name's first word. */
export function lowercaseDocumentNames(draft: Draft, s: Sentence): DocumentNameFinding[] {
  const text = draft.text;
  const ws = s.words;
  const keys = keysOf(s);
  const out: DocumentNameFinding[] = [];
  for (let i = 0; i < ws.length; i++) {
    const type = typeAt(keys, i);
    if (!type) continue;
    const last = i + type.length - 1;
    // (a subject of study, no document: "sinh viên ngành Luật kinh tế", "môn luật Hình sự")
    if (i > 0 && blankGap(text, ws, i - 1) && SUBJECT_HEADS.some((h) => i - h.length >= 0 && startsAt(keys, i - h.length, h))) {
      i = last;
      continue;
    }
    // (not the second half of a word: "pháp luật Nhà nước" is no "luật")
    const inWord = i > 0 && blankGap(text, ws, i - 1) && (lowercaseWord(keys[i - 1], keys[i]) || isListedPair(keys[i - 1], keys[i]));
    if (caseShape(ws[i].text) === 'lower' && !inWord) {
      // "luật Giáo dục": the name written right after a lowercase type word (a word of two
      // syllables drafts write lowercase, capitalised as a name's first) makes the document specific
      const a = ws[last + 1];
      const b = ws[last + 2];
      const named =
        a && b && blankGap(text, ws, last) && blankGap(text, ws, last + 1) && caseShape(a.text) === 'cap' && caseShape(b.text) === 'lower' && LETTERS().test(a.text) && LETTERS().test(b.text) && (lowercaseWord(keys[last + 1], keys[last + 2]) || isListedPair(keys[last + 1], keys[last + 2]));
      if (named) {
        out.push({ start: ws[i].start, end: b.end, edit: { start: ws[i].start, end: ws[i].end, text: withShape(ws[i].text, 'cap') } });
        i = last + 2;
      }
      continue;
    }
    if (caseShape(ws[i].text) !== 'cap') continue;
    const first = ws[last + 1];
    if (!first || !blankGap(text, ws, last) || caseShape(first.text) !== 'lower' || !LETTERS().test(first.text)) continue;
    if (COMMON_WORDS.has(`${keys[last]} ${keys[last + 1]}`)) continue;
    // (nor does a noun of the general dictionary that the type word's last syllable makes with
    // the next one, general-nouns.json: "Luật tục dạy con cháu …" opens with customary law, "Luật
    // sư", "Luật rừng" — no statute's name opens with a syllable that makes such a noun with "luật")
    if (isGeneralNoun(`${wordLookupKey(ws[last])} ${wordLookupKey(first)}`)) continue;
    if (NOT_NAME.some((k) => startsAt(keys, last + 1, k))) continue;
    // (nor does any function word of the organisation grammar: "phổ biến Luật | đến từng người" is
    // the law cited before, going on with the sentence; organisation-grammar.json functionWords)
    if (ONE_SYLLABLE_FUNCTION_WORDS.has(keys[last + 1])) continue;
    // (nor does the scope of an international body, organisation-grammar.json internationalBodies:
    // "Luật quốc tế" is international law, "Bộ luật quốc tế về an ninh tàu biển" a code of another
    // body's, cased as its issuer wrote it — no statute of Viet Nam opens its name with a scope)
    if (INTERNATIONAL_SCOPES.some((sc) => startsAt(keys, last + 1, sc))) continue;
    // (the subject of another document's title, cased as its issuer wrote it: "Công ước của Liên
    // hợp quốc về | Luật biển năm 1982" is the convention's name, no law of that name)
    if (insideDocumentTitle(text, ws, keys, i)) continue;
    // shown with the name's second syllable, when it has one: "Luật Hòa giải", not "Luật Hòa"
    const second = ws[last + 2];
    const end = second && blankGap(text, ws, last + 1) && caseShape(second.text) === 'lower' && LETTERS().test(second.text) ? second.end : first.end;
    out.push({ start: ws[i].start, end, edit: { start: first.start, end: first.end, text: withShape(first.text, 'cap') } });
    i = last + 1;
  }
  return out;
}

const VE = syllableKey('về');
/** how many words a document's title may hold between its head and the "về" that opens its subject ("Công ước của Liên hợp quốc về") */
const TITLE_REACH = 8;

/**
 * The type word at i follows "về" inside the title of another document: a capitalised document
 * head (DOCUMENT_HEADS) opens the phrase at most TITLE_REACH words before, joined by blanks (no
 * comma, no full stop): "Công ước của Liên hợp quốc về Luật biển", "Hiệp định về Luật …". That
 * title's subject is written as its issuer wrote it, either case.
 */
function insideDocumentTitle(text: string, ws: Sentence['words'], keys: string[], i: number): boolean {
  if (i < 2 || keys[i - 1] !== VE || !blankGap(text, ws, i - 2) || !blankGap(text, ws, i - 1)) return false;
  for (let k = i - 2; k >= 0 && i - 1 - k <= TITLE_REACH; k--) {
    if (caseShape(ws[k].text) === 'cap' && DOCUMENT_HEADS.some((d) => startsAt(keys, k, d) && k + d.length <= i - 1)) return true;
    if (k > 0 && !blankGap(text, ws, k - 1)) return false;
  }
  return false;
}
