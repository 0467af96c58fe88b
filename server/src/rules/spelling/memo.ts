/**
 * A sentence's findings depend only on its text and the settings: a re-check after an edit
 * reuses the findings of every sentence the edit did not touch.
 */
import type { Report } from '../../core/types.js';
import { BoundedCache } from '../../core/bounded-cache.js';

/** findings per sentence text and settings: bounded by bytes, holding copies (bounded-cache.ts) */
export const sentenceMemo = new BoundedCache<Report[]>('spelling.sentences', 8 * 1024 * 1024);

export function remember(key: string, reports: Report[]): void {
  sentenceMemo.set(key, reports);
}

export function shift(r: Report, by: number): Report {
  return {
    ...r,
    start: r.start + by,
    end: r.end + by,
    ...(r.suggestions ? { suggestions: r.suggestions.map((s) => ({ ...s, edits: s.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })) } : {}),
  };
}

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
