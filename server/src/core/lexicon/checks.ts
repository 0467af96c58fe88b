/**
 * Syllable checks → what a capitalisation finding says and does: the expected text, the
 * differing syllables, the edits, and which rule owns a title-with-body phrase.
 */
import type { SyllableCheck, TitleMatch } from './types.js';

/** `text[start, end)` with each check's expected casing applied. */
export function applyChecks(text: string, start: number, end: number, checks: SyllableCheck[], all: boolean): string {
  let out = '';
  let pos = start;
  for (const c of [...checks].sort((a, b) => a.word.start - b.word.start)) {
    if (c.word.start < pos || c.word.end > end) continue;
    if ((!c.expected && !c.after) || (!all && c.certainty !== 'clear')) continue;
    out += text.slice(pos, c.word.start) + (c.expected || c.word.text) + (c.after ?? '');
    pos = c.word.end;
  }
  return out + text.slice(pos, end);
}

/** Syllable checks whose expected casing differs from the text, or after which the name lacks a separator or "và". */
export function differing(checks: SyllableCheck[]): SyllableCheck[] {
  return checks.filter((c) => (c.expected !== '' && c.expected !== c.word.text) || !!c.after);
}

/** One edit per syllable whose casing differs (only `certainty` ones unless `all`). */
export function checkEdits(checks: SyllableCheck[], all = false): Array<{ start: number; end: number; text: string }> {
  return differing(checks)
    .filter((c) => all || c.certainty === 'clear')
    .map((c) => ({ start: c.word.start, end: c.word.end, text: (c.expected || c.word.text) + (c.after ?? '') }))
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
