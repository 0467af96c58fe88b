/**
 * A finding as a reader gets it from the CLI's JSON report and from the API: one public shape
 * (api/types.ts LintMessage) — 1-based lines and columns in UTF-16 code units, the text in the
 * reader's locale, the safe fix and the suggestions as offset edits — and the counts of a file.
 */
import { formatFinding, ruleMessage } from '../core/messages.js';
import { positionAt } from '../core/draft.js';
import type { Finding, Locale, TextEdit } from '../core/types.js';
import type { FixEdit, LintMessage, LintTextResult } from './types.js';

/** The message of a draft that could not be linted at all (exit code 2). */
export function fatalMessage(message: string, line = 1): LintMessage {
  return { ruleId: 'soattin', severity: 'error', message, line, column: 1, endLine: line, endColumn: 1, offset: 0, endOffset: 0, fatal: true };
}

function edits(list: TextEdit[]): FixEdit[] {
  return list.map((e) => ({ range: [e.start, e.end], text: e.text }));
}

export function toMessage(f: Finding, lineStarts: number[], locale: Locale): LintMessage {
  const s = positionAt(lineStarts, f.start);
  const e = positionAt(lineStarts, f.end);
  const m: LintMessage = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: formatFinding(f, locale),
    line: s.line + 1,
    column: s.character + 1,
    endLine: e.line + 1,
    endColumn: e.character + 1,
    offset: f.start,
    endOffset: f.end,
  };
  if (f.fix && !f.inQuote) m.fix = edits(f.fix);
  if (f.suggestions?.length) {
    m.suggestions = f.suggestions.map((sg) => ({ message: ruleMessage(f.ruleId, sg.messageId, sg.args, locale), fix: edits(sg.edits) }));
  }
  return m;
}

type Counts = Pick<LintTextResult, 'errorCount' | 'warningCount' | 'infoCount' | 'fixableCount' | 'fatal'>;

export function countMessages(r: Pick<LintTextResult, 'messages'>): Counts {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableCount = 0;
  let fatal = false;
  for (const m of r.messages) {
    if (m.severity === 'error') errorCount++;
    else if (m.severity === 'warning') warningCount++;
    else infoCount++;
    if (m.fix) fixableCount++;
    if (m.fatal) fatal = true;
  }
  return { errorCount, warningCount, infoCount, fixableCount, fatal };
}
