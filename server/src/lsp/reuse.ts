/**
 * The diagnostics of a re-check, reusing those of the check before for the findings an edit
 * did not touch. A keystroke changes one place of a draft; the findings before it, and those
 * on the lines after it when no line was added or removed, are the same findings at the same
 * positions, and writing each out again (its message, titles, ranges of every suggestion) was
 * a tenth of a re-check of a draft with a hundred misspellings.
 *
 * A finding is reused only when it equals an earlier one in everything `toDiagnostic` reads
 * (rule, message and its arguments, severity, fix, suggestions, quotation, the word), shifted
 * by the edit when after it, and when the text it covers and the line structure up to it are
 * unchanged. A missing element's position depends on the whole rest of the draft: it is always
 * written anew.
 */
import type { Diagnostic } from 'vscode-languageserver/node';
import type { Finding, MessageArgs, TextEdit } from '../core/types.js';

/** What a check converted: the next check reuses it. */
export interface Converted {
  text: string;
  /** what else the diagnostics depend on (locale, file on disk, format, calm, client) */
  options: string;
  findings: Finding[];
  diagnostics: Diagnostic[];
}

/** Length of the common end of `a` and `b`, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  // a block at a time by the native comparison of two slices (see cap.ts firstDifference)
  for (const block of [4096, 256, 16]) {
    while (n + block <= max && a.slice(a.length - n - block, a.length - n) === b.slice(b.length - n - block, b.length - n)) n += block;
  }
  while (n < max && a.charCodeAt(a.length - n - 1) === b.charCodeAt(b.length - n - 1)) n++;
  return n;
}

function newlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The smallest offset of a finding: its span, its fix and its suggestions' edits. */
function lowest(f: Finding): number {
  // loops, no closure: asked of every finding of every re-check (hundreds on a draft full of slips)
  let lo = f.start;
  const fix = f.fix;
  if (fix !== undefined) for (let i = 0; i < fix.length; i++) if (fix[i].start < lo) lo = fix[i].start;
  const suggestions = f.suggestions;
  if (suggestions !== undefined) {
    for (let k = 0; k < suggestions.length; k++) {
      const edits = suggestions[k].edits;
      for (let i = 0; i < edits.length; i++) if (edits[i].start < lo) lo = edits[i].start;
    }
  }
  return lo;
}

/** The largest offset of a finding: its span, its fix and its suggestions' edits. */
function highest(f: Finding): number {
  let hi = f.end;
  const fix = f.fix;
  if (fix !== undefined) for (let i = 0; i < fix.length; i++) if (fix[i].end > hi) hi = fix[i].end;
  const suggestions = f.suggestions;
  if (suggestions !== undefined) {
    for (let k = 0; k < suggestions.length; k++) {
      const edits = suggestions[k].edits;
      for (let i = 0; i < edits.length; i++) if (edits[i].end > hi) hi = edits[i].end;
    }
  }
  return hi;
}

function sameArgs(a: MessageArgs | undefined, b: MessageArgs | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) {
    // an absent list and an empty one are the same arguments
    const other = (a ?? b)!;
    for (const k in other) if (Object.prototype.hasOwnProperty.call(other, k)) return false;
    return true;
  }
  // counted, not listed (no two arrays of keys made per comparison)
  let n = 0;
  for (const k in a) {
    if (!Object.prototype.hasOwnProperty.call(a, k)) continue;
    if (!Object.prototype.hasOwnProperty.call(b, k) || !Object.is(a[k], b[k])) return false;
    n++;
  }
  for (const k in b) if (Object.prototype.hasOwnProperty.call(b, k)) n--;
  return n === 0;
}

function sameEdits(a: readonly TextEdit[] | undefined, b: readonly TextEdit[] | undefined, by: number): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].start !== b[i].start + by || a[i].end !== b[i].end + by || a[i].text !== b[i].text) return false;
  return true;
}

/** `f` is `old` moved `by` characters, in everything its diagnostic is made of. */
function sameFinding(f: Finding, old: Finding, by: number): boolean {
  if (f.start !== old.start + by || f.end !== old.end + by) return false;
  if (f.ruleId !== old.ruleId || f.messageId !== old.messageId || f.severity !== old.severity || !f.inQuote !== !old.inQuote) return false;
  if (f.data?.word !== old.data?.word || f.data?.missing !== old.data?.missing) return false;
  if (!sameArgs(f.args, old.args) || !sameEdits(f.fix, old.fix, by)) return false;
  const fs = f.suggestions;
  const os = old.suggestions;
  // the very list the last check had, unmoved (a remembered finding before the edit, handed
  // on as it was): equal without a look at its edits (a list is never changed once reported)
  if (fs === os) return fs === undefined || by === 0 || fs.length === 0;
  if (fs === undefined || os === undefined) return false;
  if (fs.length !== os.length) return false;
  for (let i = 0; i < fs.length; i++) {
    const s = fs[i];
    const o = os[i];
    if (s.messageId !== o.messageId || s.snippet !== o.snippet || s.scope !== o.scope || !sameArgs(s.args, o.args) || !sameEdits(s.edits, o.edits, by)) return false;
  }
  return true;
}

/**
 * The diagnostics of `findings` (shown, in text order) in `text`: each from `previous` when the
 * edit left it as it was, else made by `convert`.
 */
export function convertReusing(text: string, options: string, findings: Finding[], previous: Converted | undefined, convert: (f: Finding) => Diagnostic): Converted {
  const diagnostics: Diagnostic[] = new Array(findings.length);
  const usable = previous !== undefined && previous.options === options && previous.findings.length > 0;
  // where the edit is: the common start [0, p) and the common end [after, text.length) of the two texts
  let p = 0;
  let after = 0;
  let by = 0;
  let sameLines = false;
  /** the first line break at or after `after` (-1: none) */
  let nextLine = -1;
  if (usable) {
    const before = previous.text;
    const n = Math.min(before.length, text.length);
    for (const block of [4096, 256, 16]) {
      while (p + block <= n && before.slice(p, p + block) === text.slice(p, p + block)) p += block;
    }
    while (p < n && before.charCodeAt(p) === text.charCodeAt(p)) p++;
    const s = commonSuffix(before, text, n - p);
    by = text.length - before.length;
    after = text.length - s;
    // lines added or removed move every later finding: those are written anew
    sameLines = newlines(before, p, before.length - s) === newlines(text, p, after);
    nextLine = text.indexOf('\n', after);
  }
  const old = usable ? previous.findings : [];
  // both lists are in text order and the old start each finding is looked for at only grows
  // (those before the edit at their own start, those after it moved back by the edit): one
  // walk along the old findings, no index of them built every check
  let j = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (usable && f.data?.missing !== true) {
      // before the edit: where it was; after the edit, on a later line than its end: the same
      // line and character, if no line came or went (moved by the edit's length, any sign)
      let shift: number | undefined;
      if (highest(f) <= p) shift = 0;
      else if (sameLines && nextLine >= 0) {
        const lo = lowest(f);
        if (lo >= after && nextLine < lo) shift = by;
      }
      if (shift !== undefined) {
        const at = f.start - shift;
        while (j < old.length && old[j].start < at) j++;
        let reused: Diagnostic | undefined;
        for (let k = j; k < old.length && old[k].start === at; k++) {
          if (sameFinding(f, old[k], shift)) {
            reused = previous!.diagnostics[k];
            break;
          }
        }
        if (reused) {
          diagnostics[i] = reused;
          continue;
        }
      }
    }
    diagnostics[i] = convert(f);
  }
  return { text, options, findings, diagnostics };
}
