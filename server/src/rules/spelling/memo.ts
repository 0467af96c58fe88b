/**
 * A sentence's findings depend only on its text and the settings: a re-check after an edit
 * reuses the findings of every sentence the edit did not touch.
 */
import type { Report, TextEdit } from '../../core/types.js';
import { BoundedCache, detach, detachAll, plainBytes } from '../../core/bounded-cache.js';

/**
 * findings per sentence text and settings, at offsets from the sentence: bounded by bytes,
 * holding copies (bounded-cache.ts) that `remember` makes itself
 */
export const sentenceMemo = new BoundedCache<Report[]>('spelling.sentences', 8 * 1024 * 1024, plainBytes, (reports) => reports);

/** Remember the findings of the sentence at `base`. */
export function remember(key: string, found: readonly Report[], base: number): void {
  sentenceMemo.set(key, found.map((r) => stored(r, -base)));
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
  return {
    ...r,
    start: r.start + by,
    end: r.end + by,
    ...(r.fix ? { fix: shiftEdits(r.fix, by) } : {}),
    ...(r.suggestions ? { suggestions: r.suggestions.map((s) => ({ ...s, edits: shiftEdits(s.edits, by) })) } : {}),
  };
}

function shiftEdits(edits: readonly TextEdit[], by: number): TextEdit[] {
  return edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by }));
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
  const reports = known.map((r) => shift(r, base));
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
