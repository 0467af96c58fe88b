/**
 * Findings → LSP diagnostics. Each diagnostic carries in `data` everything its quick fixes
 * and its hover need (edits already as ranges of this version of the document).
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits } from '../core/fix.js';
import { formatFinding, ruleMessage, ruleName } from '../core/messages.js';
import { ruleById, ruleDocsUrl, DOCS_BASE } from '../rules/index.js';
import type { Finding, Locale, Severity, TextEdit } from '../core/types.js';
import type { ConfigError } from '../core/config/index.js';
import { OPEN_RULE_DOCS, SOURCE, type DataEdit, type DataSuggestion, type DiagnosticData, type LspEdit, type LspRange } from './protocol.js';
import { t } from './messages.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * Where the documentation of a rule (or of the config pseudo-rule) lives. In VS Code
 * (`inEditor`) a `command:` link opens the doc shipped inside the extension in the markdown
 * preview — an offline newsroom cannot reach the website; other editors get the website.
 */
export function docsUrl(ruleId: string, inEditor = false): string | undefined {
  const key = `${inEditor ? 1 : 0}${ruleId}`;
  // every diagnostic of every re-check asks: one answer per rule and client kind
  if (!docsUrls.has(key)) docsUrls.set(key, ruleDocsLink(ruleId, inEditor));
  return docsUrls.get(key);
}
const docsUrls = new Map<string, string | undefined>();

function ruleDocsLink(ruleId: string, inEditor: boolean): string | undefined {
  if (!ruleById(ruleId) && ruleId !== 'config') return undefined;
  if (inEditor) return `command:${OPEN_RULE_DOCS}?${encodeURIComponent(JSON.stringify([ruleId]))}`;
  if (ruleById(ruleId)) return ruleDocsUrl(ruleId);
  return DOCS_BASE.replace(/rules\/$/, 'configuration.md');
}

/** Core edits (UTF-16 offsets) as LSP text edits of the document. */
export function toLsp(doc: TextDocument, edits: TextEdit[]): LspEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text }));
}

const MAX_SHOWN = 80;

const samePosition = (a: LspRange['start'], b: LspRange['start']): boolean => a.line === b.line && a.character === b.character;

/**
 * Core edits as the data carries them (`DataEdit`): one over the diagnostic's own range, at
 * offsets [`from`, `to`) of `range`, leaves its range out. The offsets are compared first: an
 * edit at the range's own offsets is at its positions, and only the other edits are looked up
 * (a re-check of a draft with a hundred misspellings made a thousand position look-ups for
 * ranges it then dropped).
 */
function dataEdits(doc: TextDocument, edits: TextEdit[], range: LspRange, from: number, to: number): DataEdit[] {
  const out: DataEdit[] = [];
  for (const e of edits) {
    if (e.start === from && e.end === to) {
      out.push({ newText: e.text });
      continue;
    }
    const r = { start: doc.positionAt(e.start), end: doc.positionAt(e.end) };
    out.push(samePosition(r.start, range.start) && samePosition(r.end, range.end) ? { newText: e.text } : { range: r, newText: e.text });
  }
  return out;
}

/** The two ends of “Sửa thành “{after}”” in each locale (`isPlainFix`). */
let plainFixParts: Record<Locale, [string, string]> | undefined;

/** `title === t('action.fix', locale, { after })`, without writing the second title out. */
function isPlainFix(title: string, after: string, locale: Locale): boolean {
  plainFixParts ??= {
    vi: splitAfter(t('action.fix', 'vi', { after: '\u0000' })),
    en: splitAfter(t('action.fix', 'en', { after: '\u0000' })),
  };
  const [head, tail] = plainFixParts[locale];
  return title.length === head.length + after.length + tail.length && title.startsWith(head) && title.endsWith(tail) && title.slice(head.length, head.length + after.length) === after;
}

function splitAfter(filled: string): [string, string] {
  const at = filled.indexOf('\u0000');
  return [filled.slice(0, at), filled.slice(at + 1)];
}

/** The text of [start, end) ∪ the edits, before and after the edits. */
function beforeAfter(text: string, f: Finding, edits: TextEdit[]): { before: string; after: string } {
  let start = f.start;
  let end = f.end;
  for (const e of edits) {
    if (e.start < start) start = e.start;
    if (e.end > end) end = e.end;
  }
  const before = text.slice(start, end);
  const after = applyEdits(before, edits.map((e) => ({ start: e.start - start, end: e.end - start, text: e.text })));
  return { before, after };
}

function sameEdits(a: TextEdit[], b: TextEdit[]): boolean {
  return a.length === b.length && a.every((e, i) => e.start === b[i].start && e.end === b[i].end && e.text === b[i].text);
}

/**
 * Where the editor shows a missing-element finding: where the element belongs, i.e. where its
 * template would be inserted (after the lead, before the headline …), as an empty range
 * (VS Code marks the character or word there). An element that belongs after the last
 * paragraph (the byline) is shown at the very end of the draft, on its own line when the
 * draft ends with a line break — not on the word the reporter is typing. The CLI keeps the
 * rule's own span.
 */
export function missingAnchor(text: string, f: Finding): number | undefined {
  if (f.data?.missing !== true) return undefined;
  const at = f.suggestions?.find((s) => s.snippet)?.edits[0]?.start;
  if (at === undefined) return undefined;
  return text.slice(at).trim() === '' ? text.length : at;
}

export interface DiagnosticOptions {
  /** the reporter is typing: missing-element findings are information until saved or idle */
  calm?: boolean;
  /** the client opens rule docs itself (see docsUrl) */
  inEditor?: boolean;
}

export function toDiagnostic(doc: TextDocument, text: string, f: Finding, locale: Locale, onDisk: boolean, format: 'text' | 'markdown', options: DiagnosticOptions = {}): Diagnostic {
  const data: DiagnosticData = { messageId: f.messageId, text: text.slice(f.start, f.end), onDisk };
  if (format === 'markdown') data.format = format;
  const anchor = missingAnchor(text, f);
  const from = anchor ?? f.start;
  const to = anchor ?? f.end;
  const range = { start: doc.positionAt(from), end: doc.positionAt(to) };
  const suggestions = f.suggestions ?? [];
  let fixSuggestion = -1;
  /** the text once the fix is made (what the hover shows as correct, too) */
  let fixed: string | undefined;
  if (f.fix?.length) {
    data.fix = dataEdits(doc, f.fix, range, from, to);
    fixSuggestion = suggestions.findIndex((s) => !s.snippet && sameEdits(s.edits, f.fix!));
    const { before, after } = beforeAfter(text, f, f.fix);
    fixed = after;
    if (fixSuggestion >= 0) data.fixTitle = ruleMessage(f.ruleId, suggestions[fixSuggestion].messageId, suggestions[fixSuggestion].args, locale);
    else if (before.length > MAX_SHOWN || after.length > MAX_SHOWN || before.includes('\n')) data.fixTitle = t('action.fixProblem', locale, { rule: ruleName(f.ruleId, locale) });
    else if (after === '' || after.trim() === '') data.fixTitle = t('action.remove', locale, { before });
    else data.fixTitle = t('action.fix', locale, { after });
  }
  const rest = suggestions.filter((_, i) => i !== fixSuggestion);
  if (rest.length) {
    data.suggestions = rest.map((s) => {
      // a suggestion for every occurrence says so in its own message (“… mọi chỗ trong bài (3 chỗ)”)
      const title = ruleMessage(f.ruleId, s.messageId, s.args, locale);
      const edits = dataEdits(doc, s.edits, range, from, to);
      // the plain “Sửa thành “X”” of a word's replacement: its title is written back by quickFixes,
      // and with nothing else to say it is its text alone (fewer bytes a publish)
      const plain = !s.snippet && edits.length === 1 && !edits[0].range && isPlainFix(title, edits[0].newText, locale);
      if (plain && !s.scope) return edits[0].newText;
      const out: Exclude<DataSuggestion, string> = plain ? { edits } : { title, edits };
      if (s.snippet) out.snippet = true;
      if (s.scope) out.scope = s.scope;
      return out;
    });
  }
  const correcting = f.fix?.length ? f.fix : suggestions.length === 1 && !suggestions[0].snippet ? suggestions[0].edits : undefined;
  if (correcting?.length) {
    const after = fixed ?? beforeAfter(text, f, correcting).after;
    if (after.length <= MAX_SHOWN * 2) data.correct = after;
  }
  if (typeof f.data?.word === 'string') data.word = f.data.word;
  if (f.inQuote) data.inQuote = true;

  const href = docsUrl(f.ruleId, options.inEditor);
  if (anchor !== undefined) data.missing = true;
  return {
    range,
    severity: anchor !== undefined && options.calm ? DiagnosticSeverity.Information : SEVERITY[f.severity],
    code: f.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: formatFinding(f, locale),
    data,
  };
}

/** One diagnostic over the first line of the draft, for problems of the whole file. */
export function fileDiagnostic(doc: TextDocument, ruleId: string, message: string, severity: DiagnosticSeverity, inEditor = false): Diagnostic {
  const firstLine = doc.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).replace(/\r?\n$/, '');
  const href = docsUrl(ruleId, inEditor);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(firstLine.length, 200) } },
    severity,
    code: ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message,
    data: { messageId: ruleId, text: '' } satisfies DiagnosticData,
  };
}

/**
 * A config that cannot be used: one diagnostic on the draft (the draft is what the user is
 * looking at), with every problem that has a place linked to its line:column in the config
 * file, so the editor can jump there.
 */
export function configDiagnostic(doc: TextDocument, error: ConfigError, locale: Locale, inEditor = false): Diagnostic {
  const d = fileDiagnostic(doc, 'config', error.message[locale], DiagnosticSeverity.Error, inEditor);
  const related: DiagnosticRelatedInformation[] = [];
  for (const p of error.problems ?? [error]) {
    if (p.line === undefined || !path.isAbsolute(p.file)) continue;
    const at = { line: p.line - 1, character: (p.column ?? 1) - 1 };
    related.push({ location: { uri: pathToFileURL(p.file).href, range: { start: at, end: at } }, message: p.message[locale] });
  }
  return related.length ? { ...d, relatedInformation: related } : d;
}
