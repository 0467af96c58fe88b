/**
 * Quick fixes built from a diagnostic's data alone (the server looks the data up by the key the
 * editor sent back, keys.ts, before it asks here): the rule's fix, each
 * suggestion, add to dictionary, ignore this occurrence (a comment line above it in markdown,
 * `.soattin/ignored.json` for plain text), ignore this text in this file (.soattinrc.json,
 * plain text), turn the rule off for this file. Fix-all is built by the
 * caller from a fresh lint of the document.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleById } from '../rules/index.js';
import type { Locale } from '../core/types.js';
import { ClientCommand, ServerCommand, SOURCE, type DataEdit, type DataSuggestion, type DiagnosticData, type LspEdit } from './protocol.js';
import { t } from './messages.js';
import { toLsp } from './diagnostics.js';
import { markdownDisableEdit } from './project-files.js';
import { fallbackSuggestions } from '../core/spell/dictionary.js';
import { ruleName } from '../core/messages.js';
import { ignoreOccurrenceComment } from '../core/directives.js';
import { OCCURRENCES_FILE } from '../core/config/occurrences.js';
import { RC_NAME } from '../core/config/resolve.js';

export interface EditTarget {
  uri: string;
  version: number;
  /** the client accepts versioned `documentChanges` */
  documentChanges: boolean;
}

export function workspaceEdit(target: EditTarget, edits: LspEdit[]): WorkspaceEdit {
  if (target.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits }] };
  }
  return { changes: { [target.uri]: edits } };
}

function isData(value: unknown): value is DiagnosticData {
  return !!value && typeof value === 'object' && typeof (value as DiagnosticData).messageId === 'string';
}

/** A suggestion of the data in full: a bare string replaces the diagnostic's range (protocol.ts DataSuggestion). */
function fullSuggestion(s: DataSuggestion): Exclude<DataSuggestion, string> {
  return typeof s === 'string' ? { edits: [{ newText: s }] } : s;
}

/** The data's edits as LSP edits: one without a range replaces the diagnostic's range (protocol.ts DataEdit). */
function dataEdits(edits: DataEdit[], diagnostic: Diagnostic): LspEdit[] {
  return edits.map((e) => ({ range: e.range ?? diagnostic.range, newText: e.newText }));
}

export function quickFixes(doc: TextDocument, diagnostic: Diagnostic, locale: Locale, target: EditTarget): CodeAction[] {
  if (diagnostic.source !== SOURCE || !isData(diagnostic.data)) return [];
  const data = diagnostic.data;
  const ruleId = data.ruleId ?? String(diagnostic.code ?? '');
  const suggestions = (data.suggestions ?? []).map(fullSuggestion);
  const actions: CodeAction[] = [];
  const diagnostics = [diagnostic];
  const editSuggestions = suggestions.filter((s) => !s.snippet);
  const onlyOne = (data.fix ? 1 : 0) + editSuggestions.length === 1;

  if (data.fix?.length) {
    actions.push({
      title: data.fixTitle ?? t('action.fixProblem', locale, { rule: ruleName(ruleId, locale) }),
      kind: CodeActionKind.QuickFix,
      diagnostics,
      isPreferred: onlyOne,
      edit: workspaceEdit(target, dataEdits(data.fix, diagnostic)),
    });
  }
  for (const s of suggestions) {
    if (!s.edits.length) continue;
    const title = s.title ?? t('action.fix', locale, { after: s.edits[0].newText });
    if (s.snippet) {
      const e = dataEdits(s.edits, diagnostic)[0];
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        command: { title, command: ClientCommand.insertSnippet, arguments: [doc.uri, e.range, e.newText] },
      });
    } else {
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, isPreferred: onlyOne, edit: workspaceEdit(target, dataEdits(s.edits, diagnostic)) });
    }
  }
  // a spelling finding the ranked index had nothing for: nspell's slow suggestions, computed
  // only here, when the user asks for fixes (never during `lint`)
  // (never for a word in a person's name: names are not spelt)
  if (ruleId === 'spelling' && data.messageId !== 'name' && data.word && editSuggestions.length === 0 && !/\s/.test(data.word)) {
    for (const alternative of fallbackSuggestions(data.word, 5)) {
      const title = t('action.fix', locale, { after: alternative });
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(target, [{ range: diagnostic.range, newText: alternative }]) });
    }
  }
  if (data.word && data.onDisk) {
    const title = t('action.addWord', locale, { word: data.word });
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: ServerCommand.addToDictionary, arguments: [doc.uri, data.word] } });
  }
  if (!ruleById(ruleId)) return actions;
  // silencing, each named for what it does and where it writes
  const rule = ruleName(ruleId, locale);
  const markdown = data.format === 'markdown';
  if (markdown && data.text) {
    // one occurrence: a comment line just above it, kept with the draft
    const comment = ignoreOccurrenceComment(ruleId, data.text, doc.getText().includes('\r\n') ? '\r\n' : '\n');
    if (comment) {
      const at = { line: diagnostic.range.start.line, character: 0 };
      const title = t('action.ignoreOnce', locale, { where: t('where.commentAbove', locale) });
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(target, [{ range: { start: at, end: at }, newText: comment }]) });
    }
  } else if (data.onDisk && data.text) {
    const title = t('action.ignoreOnce', locale, { where: OCCURRENCES_FILE });
    const args = [doc.uri, ruleId, data.text, doc.offsetAt(diagnostic.range.start)];
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: ServerCommand.ignoreOccurrence, arguments: args } });
  }
  if (data.onDisk && data.text && !markdown) {
    const title = t('action.ignoreText', locale, { text: data.text.length > 30 ? `${data.text.slice(0, 29)}…` : data.text, where: RC_NAME });
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: ServerCommand.ignoreFinding, arguments: [doc.uri, ruleId, data.text] } });
  }
  if (markdown) {
    const edit = markdownDisableEdit(doc.getText(), ruleId);
    const title = t('action.disableRule', locale, { rule, where: t('where.commentTop', locale) });
    if (edit) actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(target, toLsp(doc, [edit])) });
  } else if (data.onDisk) {
    const title = t('action.disableRule', locale, { rule, where: RC_NAME });
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: ServerCommand.disableRuleForFile, arguments: [doc.uri, ruleId] } });
  }
  return actions;
}

/** Does a `context.only` list ask for our fix-all (source, source.fixAll, source.fixAll.soattin)? */
export function wantsFixAll(only: string[] | undefined): boolean {
  if (!only) return false;
  return only.some((k) => k === 'source' || k === 'source.fixAll' || k === 'source.fixAll.soattin');
}

export function wantsQuickFixes(only: string[] | undefined): boolean {
  return !only || only.some((k) => k === 'quickfix' || k === '');
}
