/**
 * The two facts of the whole draft the lexicon's grammar reads beyond a sentence (unknown-bodies.ts):
 * whether the draft names a body with some type words and a capitalised field before an offset
 * ("Trung tâm Y tế huyện …" before "Dịp này, Trung tâm tặng giấy khen"), and whether it wrote a
 * type word with a field's first words, capitalised, before one ("Chi cục Bảo vệ môi trường").
 *
 * The lexicon remembers each paragraph's titles and bodies by the paragraph's text
 * (lexicon.ts), and every rule built on them does too; a paragraph's answer read back after an
 * edit of another paragraph that named (or stopped naming) the body in full stayed what it was
 * (the language server's findings were not the CLI's until the paragraph itself was edited). So
 * a paragraph's analysis records the questions it asked of the draft and their answers
 * (`recording`), each with its offset relative to the paragraph: a remembered answer holds on a
 * new draft only when each question gets the same answer there (`factsHold`), and the answers
 * are the paragraph's salt for every memo that reads the lexicon (`factsSalt`). Most paragraphs
 * ask nothing; a few ask one or two questions.
 */
import type { Draft } from '../draft.js';
import { caseShape } from '../casing.js';

/** A question asked of the draft and its answer: `kind` 0 a body named in full, 1 a field named; `at` relative to the paragraph */
export interface DraftFact {
  kind: number;
  query: string;
  at: number;
  answer: boolean;
}

let recording: DraftFact[] | null = null;
let recordingBase = 0;

/** Start recording the facts asked by the analysis of the paragraph starting at `base`; `stopRecording` hands them back. */
export function startRecording(base: number): void {
  recording = [];
  recordingBase = base;
}

export function stopRecording(): DraftFact[] {
  const out = recording ?? [];
  recording = null;
  return out;
}

function record(kind: number, query: string, pos: number, answer: boolean): boolean {
  if (recording !== null) recording.push({ kind, query, at: pos - recordingBase, answer });
  return answer;
}

/**
 * Where the first match of a body named in full (`written`, then blanks and a capital) ends in
 * the draft, each written form asked once a draft: the draft names it before an offset exactly
 * when that match ends at or before it (the leftmost match ends first: a later one cannot end
 * inside it, its capital comes after its own type words). Before, each question ran the
 * expression over the text before its word.
 */
const firstEnds = new WeakMap<Draft, Map<string, number>>();
function firstNamedEnd(draft: Draft, written: string): number {
  let ends = firstEnds.get(draft);
  if (ends === undefined) firstEnds.set(draft, (ends = new Map()));
  let end = ends.get(written);
  if (end === undefined) {
    const m = new RegExp(`(?<!\\p{L}|\\p{M})${written}[ \\t\\u00a0]+\\p{Lu}`, 'u').exec(draft.text);
    end = m === null ? Number.POSITIVE_INFINITY : m.index + m[0].length;
    ends.set(written, end);
  }
  return end;
}

/** The draft names a body with these type words (`written`: their text joined by spaces, escaped) and a capitalised field before offset `pos`. */
export function namedInFullBefore(draft: Draft, written: string, pos: number): boolean {
  return record(0, written, pos, firstNamedEnd(draft, written) <= pos);
}

/** The draft writes the type words and the field's words of `source` (a case-insensitive expression), the field's first word capitalised, before offset `pos`. */
export function fieldNamedBefore(draft: Draft, source: string, pos: number): boolean {
  return record(1, source, pos, fieldNamedIn(draft.text, source, pos));
}

function fieldNamedIn(text: string, source: string, pos: number): boolean {
  if (source === '') return false;
  const re = new RegExp(source, 'giu');
  const before = text.slice(0, pos);
  for (let m = re.exec(before); m; m = re.exec(before)) if (caseShape(m[1]) === 'cap') return true;
  return false;
}

/** Each fact gets the same answer on `draft`, the paragraph now starting at `base`. */
export function factsHold(draft: Draft, base: number, facts: readonly DraftFact[]): boolean {
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    const pos = base + f.at;
    const now = f.kind === 0 ? firstNamedEnd(draft, f.query) <= pos : fieldNamedIn(draft.text, f.query, pos);
    if (now !== f.answer) return false;
  }
  return true;
}

/** The answers, as a salt ('' when none was asked). */
export function factsSalt(facts: readonly DraftFact[]): string {
  if (facts.length === 0) return '';
  let s = '\u0004';
  for (let i = 0; i < facts.length; i++) s += facts[i].answer ? '1' : '0';
  return s;
}
