/**
 * A sentence's findings depend only on its text and the settings: a re-check after an edit
 * reuses the findings of every sentence the edit did not touch.
 */
import type { Report, Suggestion, TextEdit } from '../../core/types.js';
import { BoundedCache, detach, detachAll, plainBytes } from '../../core/bounded-cache.js';

/**
 * findings per sentence text and settings, at offsets from the sentence: bounded by bytes,
 * holding copies (bounded-cache.ts) that `remember` makes itself. Keyed by the sentence's text
 * alone, the settings (`salt`) checked on the entry: the text is the parse's string, hashed once,
 * where a key of settings and text joined was a new string to flatten, hash and compare whole
 * for every sentence of the draft on every re-check. A few settings per text (a sentence written
 * twice in one draft, once by a name typed small).
 */
interface Remembered {
  salts: string[];
  found: Report[][];
  /** what each list's check asked of the rest of the draft, and the answers (`Question`) */
  asked: Question[][];
}

/**
 * A sentence's check asked the draft whether it writes `s` elsewhere, and got `answer`
 * (nameWordInLower: "học viện" in lower case is a slip in a draft naming no such body): the
 * findings hold for another draft that answers the same, not for one that names the body.
 */
export interface Question {
  s: string;
  answer: boolean;
}
export const sentenceMemo = new BoundedCache<Remembered>('spelling.sentences', 8 * 1024 * 1024, plainBytes, (entry) => entry);
const SALTS_PER_TEXT = 4;

/**
 * The remembered findings of the sentence `text` under `salt`, at offsets from the sentence,
 * when this draft answers what their check asked of it as that draft did (`draftWrites`).
 */
export function recall(text: string, salt: string, draftWrites: (s: string) => boolean): Report[] | undefined {
  const e = sentenceMemo.get(text);
  if (e === undefined) return undefined;
  for (let i = 0; i < e.salts.length; i++) if (e.salts[i] === salt && answersHold(e.asked[i], draftWrites)) return e.found[i];
  return undefined;
}

function answersHold(asked: readonly Question[], draftWrites: (s: string) => boolean): boolean {
  for (let i = 0; i < asked.length; i++) if (draftWrites(asked[i].s) !== asked[i].answer) return false;
  return true;
}

/** Remember the findings of the sentence `text` at `base` under `salt`, and what their check `asked` of the draft. */
export function remember(text: string, salt: string, found: readonly Report[], base: number, asked: readonly Question[] = []): void {
  const e = sentenceMemo.get(text);
  const salts = e ? e.salts.slice(-(SALTS_PER_TEXT - 1)) : [];
  const lists = e ? e.found.slice(-(SALTS_PER_TEXT - 1)) : [];
  const questions = e ? e.asked.slice(-(SALTS_PER_TEXT - 1)) : [];
  salts.push(detach(salt));
  lists.push(found.map((r) => stored(r, -base)));
  questions.push(asked.map((q) => ({ s: detach(q.s), answer: q.answer })));
  sentenceMemo.set(text, { salts, found: lists, asked: questions });
}

/**
 * `shift(r, by)` with every string of it detached, as the memo holds it: the shifted copy, made
 * fresh, only needs its strings detached and the objects it shares with `r` copied (`args`,
 * `data`). The cache's own copy (detachAll) made every finding, suggestion and edit a second
 * time, and an entry list per object: a tenth of what a 5 KB draft's re-check allocated.
 */
function stored(r: Report, by: number): Report {
  const out = shift(r, by);
  out.messageId = detach(out.messageId);
  if (out.args) out.args = detachAll(out.args);
  if (out.data) out.data = detachAll(out.data);
  if (out.fix) for (const e of out.fix) e.text = detach(e.text);
  for (const s of out.suggestions ?? []) {
    s.messageId = detach(s.messageId);
    if (s.args) s.args = detachAll(s.args);
    for (const e of s.edits) e.text = detach(e.text);
  }
  return out;
}

/**
 * A finding moved `by` characters: its span and every edit it carries, the fix's too (an old
 * spelling's fix, remembered where the sentence first stood, replaced the text there once the
 * sentence had moved: “thực” became “quyc” when a paragraph was typed above “nội qui”).
 */
export function shift(r: Report, by: number): Report {
  // one copy of the finding, then its moved parts set on it: the spread of two optional
  // objects made and dropped a temporary object per finding, and each suggestion was spread
  // through a closure; every finding after an edit is moved, each keystroke
  const out: Report = { ...r };
  out.start = r.start + by;
  out.end = r.end + by;
  if (r.fix) out.fix = shiftEdits(r.fix, by);
  const suggestions = r.suggestions;
  if (suggestions) {
    const moved: Suggestion[] = new Array(suggestions.length);
    for (let i = 0; i < suggestions.length; i++) {
      const s: Suggestion = { ...suggestions[i] };
      s.edits = shiftEdits(s.edits, by);
      moved[i] = s;
    }
    out.suggestions = moved;
  }
  return out;
}

function shiftEdits(edits: readonly TextEdit[], by: number): TextEdit[] {
  // (a TextEdit is these three fields: made whole, no spread)
  const out: TextEdit[] = new Array(edits.length);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    out[i] = { start: e.start + by, end: e.end + by, text: e.text };
  }
  return out;
}

/**
 * The remembered findings of a sentence at `base`: the copies made the last time it stood
 * there when it has not moved (every sentence before an edit), else shifted anew. A
 * re-check of a draft with a hundred misspellings otherwise rebuilt every finding, its five
 * suggestions and their edits, each keystroke. Only the memo's own copies are kept (their
 * strings are detached): never a sentence's fresh findings, which hold slices of its draft.
 */
export function shiftedAt(known: Report[], base: number): Report[] {
  const last = placed.get(known);
  if (last !== undefined && last.base === base) return last.reports;
  const reports: Report[] = new Array(known.length);
  for (let i = 0; i < known.length; i++) reports[i] = shift(known[i], base);
  placed.set(known, { base, reports });
  return reports;
}
const placed = new WeakMap<Report[], { base: number; reports: Report[] }>();

const signatures = new WeakMap<Set<string>, number>();
const signatureIds = new Map<string, number>();

/** A small number per distinct project word list (each resolved config has a new Set). */
export function wordsSignature(words: Set<string>): number {
  let id = signatures.get(words);
  if (id === undefined) {
    const content = [...words].sort().join('\u0001');
    id = signatureIds.get(content);
    if (id === undefined) {
      if (signatureIds.size > 100) signatureIds.clear();
      id = signatureIds.size + 1;
      signatureIds.set(content, id);
    }
    signatures.set(words, id);
  }
  return id;
}
