/**
 * The smallest edits that turn one text into another, as offsets of the first: fix-all runs
 * the fixer in passes, so its result is diffed back onto the document instead of sending one
 * whole-document replacement (which would move the cursor and every marker).
 */
import type { TextEdit } from '../core/types.js';

function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** One edit for a changed region [start, start+a.length), trimmed to what differs. */
function charEdit(a: string, b: string, start: number): TextEdit | undefined {
  if (a === b) return undefined;
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  if (p > 0 && isHigh(a.charCodeAt(p - 1))) p--; // never split a surrogate pair
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  if (s > 0 && isLow(a.charCodeAt(a.length - s))) s--;
  return { start: start + p, end: start + a.length - s, text: b.slice(p, b.length - s) };
}

export function minimalEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  let headOffset = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) headOffset += a[head++].length;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  if (midA.length === midB.length) {
    const edits: TextEdit[] = [];
    let offset = headOffset;
    for (let i = 0; i < midA.length; i++) {
      const e = charEdit(midA[i], midB[i], offset);
      if (e) edits.push(e);
      offset += midA[i].length;
    }
    return edits;
  }
  const e = charEdit(midA.join(''), midB.join(''), headOffset);
  return e ? [e] : [];
}
