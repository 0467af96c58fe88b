/**
 * Quick fixes built from a diagnostic's data alone (no server state): the rule's fix, each
 * suggestion, add to dictionary, ignore once, disable for the file. Fix-all is built by the
 * caller from a fresh lint of the document.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleById } from '../rules/index.js';
import type { Locale, TextEdit } from '../core/types.js';
import { ClientCommand, ServerCommand, SOURCE, type DiagnosticData, type LspEdit } from './protocol.js';
import { t } from './messages.js';
import { markdownDisableEdit } from './project-files.js';
import { fallbackSuggestions } from '../core/spell/dictionary.js';

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

export function toLsp(doc: TextDocument, edits: TextEdit[]): LspEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text }));
}

function isData(value: unknown): value is DiagnosticData {
  return !!value && typeof value === 'object' && typeof (value as DiagnosticData).ruleId === 'string';
}

export function quickFixes(doc: TextDocument, diagnostic: Diagnostic, locale: Locale, target: EditTarget): CodeAction[] {
  if (diagnostic.source !== SOURCE || !isData(diagnostic.data)) return [];
  const data = diagnostic.data;
  const actions: CodeAction[] = [];
  const diagnostics = [diagnostic];
  const editSuggestions = (data.suggestions ?? []).filter((s) => !s.snippet);
  const onlyOne = (data.fix ? 1 : 0) + editSuggestions.length === 1;

  if (data.fix?.length) {
    actions.push({
      title: data.fixTitle ?? t('action.fixProblem', locale, { rule: data.ruleId }),
      kind: CodeActionKind.QuickFix,
      diagnostics,
      isPreferred: onlyOne,
      edit: workspaceEdit(target, data.fix),
    });
  }
  for (const s of data.suggestions ?? []) {
    if (!s.edits.length) continue;
    if (s.snippet) {
      const e = s.edits[0];
      actions.push({
        title: s.title,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        command: { title: s.title, command: ClientCommand.insertSnippet, arguments: [doc.uri, e.range, e.newText] },
      });
    } else {
      actions.push({ title: s.title, kind: CodeActionKind.QuickFix, diagnostics, isPreferred: onlyOne, edit: workspaceEdit(target, s.edits) });
    }
  }
  // a spelling finding the ranked index had nothing for: nspell's slow suggestions, computed
  // only here, when the user asks for fixes (never during `lint`)
  if (data.ruleId === 'spelling' && data.word && editSuggestions.length === 0 && !/\s/.test(data.word)) {
    for (const alternative of fallbackSuggestions(data.word, 5)) {
      const title = t('action.fix', locale, { after: alternative });
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(target, [{ range: diagnostic.range, newText: alternative }]) });
    }
  }
  if (data.word && data.onDisk) {
    const title = t('action.addWord', locale, { word: data.word });
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: ServerCommand.addToDictionary, arguments: [doc.uri, data.word] } });
  }
  if (!ruleById(data.ruleId)) return actions;
  if (data.onDisk && data.text) {
    const title = t('action.ignoreOnce', locale);
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: ServerCommand.ignoreFinding, arguments: [doc.uri, data.ruleId, data.text] } });
  }
  const disable = t('action.disableRule', locale, { rule: data.ruleId });
  if (data.format === 'markdown') {
    const edit = markdownDisableEdit(doc.getText(), data.ruleId);
    if (edit) actions.push({ title: disable, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(target, toLsp(doc, [edit])) });
  } else if (data.onDisk) {
    actions.push({ title: disable, kind: CodeActionKind.QuickFix, diagnostics, command: { title: disable, command: ServerCommand.disableRuleForFile, arguments: [doc.uri, data.ruleId] } });
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
