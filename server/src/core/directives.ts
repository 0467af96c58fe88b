/**
 * Silencing without touching the draft's prose:
 * - markdown: `<!-- soattin-disable rule-id other-id -->` (whole file) and
 *   `<!-- soattin-disable-next-line rule-id -->`; no id means every rule;
 *   `<!-- soattin-disable-next-line rule-id "text" -->` silences only the findings of that
 *   rule on the next line whose text is exactly "text" (a JSON string): one occurrence, kept
 *   with the draft, whatever is edited elsewhere;
 * - plain text: the same directives from the config's per-file settings (see the resolver).
 */
import type { Draft } from './draft.js';
import { positionAt } from './draft.js';
import type { Finding } from './types.js';
import { matchesOf } from './matches.js';

interface Directive {
  rules: string[] | 'all';
  /** only findings with this original text (NFC) */
  text?: string;
  /** 0-based line it applies to, or undefined for the whole file */
  line?: number;
}

// longest name first, and no '-' after it: "disable" alone would match the start of
// "disable-next-line" and silence the rule in the whole file
const COMMENT = /<!--\s*soattin-(disable-next-line|disable)(?![\w-])([^>]*?)-->/g;

export function directivesOf(draft: Draft): Directive[] {
  if (draft.format !== 'markdown' || !draft.text.includes('soattin-')) return [];
  const out: Directive[] = [];
  for (const m of matchesOf(COMMENT, draft.text)) {
    const body = m[2];
    const quote = body.indexOf('"');
    let text: string | undefined;
    if (quote >= 0 && m[1] === 'disable-next-line') {
      try {
        const parsed: unknown = JSON.parse(body.slice(quote).trim());
        if (typeof parsed === 'string' && parsed) text = parsed.normalize('NFC');
      } catch {
        continue; // a broken quoted text silences nothing rather than the whole line
      }
    }
    const ids = (quote >= 0 ? body.slice(0, quote) : body).trim().split(/[\s,]+/).filter(Boolean);
    const rules = ids.length ? ids : 'all';
    if (m[1] === 'disable') out.push({ rules });
    else out.push({ rules, line: positionAt(draft.lineStarts, m.index ?? 0).line + 1, ...(text ? { text } : {}) });
  }
  return out;
}

export function applyDirectives(draft: Draft, findings: Finding[]): Finding[] {
  const directives = directivesOf(draft);
  if (directives.length === 0) return findings;
  return findings.filter((f) => {
    const line = positionAt(draft.lineStarts, f.start).line;
    return !directives.some(
      (d) =>
        (d.rules === 'all' || d.rules.includes(f.ruleId)) &&
        (d.line === undefined || d.line === line) &&
        (d.text === undefined || draft.text.slice(f.start, f.end).normalize('NFC') === d.text),
    );
  });
}

/**
 * The comment line that silences one occurrence in a markdown draft, to insert at the start
 * of the finding's line. Undefined when the text cannot sit safely inside a comment.
 */
export function ignoreOccurrenceComment(ruleId: string, text: string, eol: string): string | undefined {
  if (!/^[a-z]+(-[a-z]+)*$/.test(ruleId) || !text || /[\r\n]/.test(text)) return undefined;
  // JSON keeps quotes and backslashes; '>' is escaped so the text can never close the comment
  const quoted = JSON.stringify(text.normalize('NFC')).replace(/>/g, '\\u003e');
  return `<!-- soattin-disable-next-line ${ruleId} ${quoted} -->${eol}`;
}
