/**
 * A specific legal document's name opens with a capital (rulebook CAP-36): "Luật quốc phòng"
 * → "Luật Quốc phòng", "Pháp lệnh dân quân tự vệ" → "Pháp lệnh Dân quân tự vệ". Only a
 * capitalised type word says a specific document is meant ("tìm hiểu luật đất đai" is
 * generic); the type words and the words that follow one without opening a name are data
 * (dictionaries/document-names.json).
 */
import data from '../../../../dictionaries/document-names.json';
import type { Draft, Sentence } from '../../core/draft.js';
import type { TextEdit } from '../../core/types.js';
import { caseShape, syllableKey, withShape } from '../../core/casing.js';
import { blankGap, keysOf } from '../../core/lexicon.js';

const phrase = (s: string): string[] => s.split(/\s+/u).filter(Boolean).map(syllableKey);
const TYPES = data.types.map(phrase).sort((a, b) => b.length - a.length);
const COMMON_WORDS = new Set(data.commonWords.map((w) => phrase(w).join(' ')));
const NOT_NAME = data.notName.map(phrase);

export interface DocumentNameFinding {
  start: number;
  end: number;
  edit: TextEdit;
}

const startsAt = (keys: string[], i: number, phraseKeys: string[]): boolean => phraseKeys.every((k, n) => keys[i + n] === k);
const LETTERS = /^[\p{L}\p{M}]+$/u;

/** Document names of a sentence whose first syllable is lowercase: the type word and the name's first word. */
export function lowercaseDocumentNames(draft: Draft, s: Sentence): DocumentNameFinding[] {
  const text = draft.text;
  const ws = s.words;
  const keys = keysOf(s);
  const out: DocumentNameFinding[] = [];
  for (let i = 0; i < ws.length; i++) {
    const type = TYPES.find((t) => startsAt(keys, i, t));
    if (!type || caseShape(ws[i].text) !== 'cap') continue;
    const last = i + type.length - 1;
    const first = ws[last + 1];
    if (!first || !blankGap(text, ws, last) || caseShape(first.text) !== 'lower' || !LETTERS.test(first.text)) continue;
    if (COMMON_WORDS.has(`${keys[last]} ${keys[last + 1]}`)) continue;
    if (NOT_NAME.some((k) => startsAt(keys, last + 1, k))) continue;
    // shown with the name's second syllable, when it has one: "Luật Hòa giải", not "Luật Hòa"
    const second = ws[last + 2];
    const end = second && blankGap(text, ws, last + 1) && caseShape(second.text) === 'lower' && LETTERS.test(second.text) ? second.end : first.end;
    out.push({ start: ws[i].start, end, edit: { start: first.start, end: first.end, text: withShape(first.text, 'cap') } });
    i = last + 1;
  }
  return out;
}
