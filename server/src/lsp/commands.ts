/**
 * The server's commands (ServerCommand): recheck, fix-all, and the ones that write project
 * files (add a word, disable a rule for a draft, ignore a finding or one occurrence). Every
 * write stays inside the draft's workspace folder and is reported to the user either way.
 */
import * as path from 'node:path';
import type { Connection, ExecuteCommandParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { OCCURRENCES_FILE, type ResolvedConfig } from '../core/config/index.js';
import { ruleName } from '../core/messages.js';
import { lineHash } from '../core/config/occurrences.js';
import { ruleById } from '../rules/index.js';
import { containedPath } from '../core/contained-path.js';
import type { Locale, LocalizedText } from '../core/types.js';
import { folderOf, type DocumentConfig } from './document-config.js';
import { toLsp } from './diagnostics.js';
import { workspaceEdit, type EditTarget } from './code-actions.js';
import { t } from './messages.js';
import { addOccurrence, projectDir, addWord, isProjectWord, MAX_WORD_LENGTH, disableRuleIn, editOverride, ignoreIn, markdownDisableEdit, rcFile, wordListFile, type WriteResult } from './project-files.js';
import { ServerCommand, type LspEdit } from './protocol.js';

/** What the commands need from the running server. */
export interface CommandContext {
  connection: Connection;
  document(uri: string): TextDocument | undefined;
  folders(): string[];
  configOf(doc: TextDocument): Promise<{ dc: DocumentConfig; config?: ResolvedConfig; locale: Locale }>;
  fixAllEdits(doc: TextDocument): Promise<LspEdit[]>;
  editTarget(doc: TextDocument): EditTarget;
  /** settings or project files changed: forget what was resolved and check every open draft again */
  clearCaches(): void;
  forgetConfigs(): void;
  recheckAll(): void;
  log(message: string): void;
  logError(message: string): void;
  /** send without waiting, never letting a rejection kill the server */
  fire(p: unknown): void;
}

export async function executeCommand(params: ExecuteCommandParams, ctx: CommandContext): Promise<null> {
  const { connection, fire } = ctx;

  /** Report the outcome of a file write to the user and the log. */
  function reportWrite(result: WriteResult, locale: Locale, done: () => string): void {
    if (result.ok) {
      if (result.changed) {
        ctx.forgetConfigs();
        ctx.recheckAll();
      }
      const message = done();
      ctx.log(message);
      fire(connection.window.showInformationMessage(message));
    } else {
      const message = t('command.writeFailed', locale, { file: result.file, reason: result.reason[locale] });
      ctx.logError(message);
      fire(connection.window.showErrorMessage(message));
    }
  }

  const args = params.arguments ?? [];
  if (params.command === ServerCommand.recheck) {
    ctx.clearCaches();
    ctx.recheckAll();
    return null;
  }
  const uri = typeof args[0] === 'string' ? args[0] : undefined;
  const doc = uri ? ctx.document(uri) : undefined;
  if (!uri || !doc) return null;
  const { dc, config, locale } = await ctx.configOf(doc);
  if (params.command === ServerCommand.fixAll) {
    const edits = await ctx.fixAllEdits(doc);
    if (edits.length) await connection.workspace.applyEdit({ label: t('action.fixAll', locale), edit: workspaceEdit(ctx.editTarget(doc), edits) });
    return null;
  }
  const ruleId = typeof args[1] === 'string' ? args[1] : undefined;
  // a rule id must exist: a made-up one ("--><script>") never reaches a comment or a config
  if (params.command === ServerCommand.disableRuleForFile && ruleId && ruleById(ruleId) && dc.format === 'markdown') {
    const edit = markdownDisableEdit(doc.getText(), ruleId);
    if (edit) await connection.workspace.applyEdit({ label: t('action.disableRule', locale, { rule: ruleName(ruleId, locale), where: t('where.commentTop', locale) }), edit: workspaceEdit(ctx.editTarget(doc), toLsp(doc, [edit])) });
    return null;
  }
  const filePath = dc.filePath;
  if (!filePath || !config) {
    fire(connection.window.showWarningMessage(t('command.noFile', locale)));
    return null;
  }
  const folders = ctx.folders();
  const folder = folderOf(filePath, folders);
  // writes stay inside the draft's workspace folder; a draft outside every folder (a URI
  // with "..", a file opened from elsewhere) gets no project file written for it
  if (folders.length && !folder) {
    fire(connection.window.showWarningMessage(t('command.outsideWorkspace', locale, { file: filePath })));
    return null;
  }
  const root = folder ?? config.baseDir ?? path.dirname(filePath);
  const both = (text: (l: Locale) => string): LocalizedText => ({ vi: text('vi'), en: text('en') });
  const refuse = (file: string, reason: LocalizedText): null => {
    reportWrite({ ok: false, file, reason }, locale, () => '');
    return null;
  };
  const draft = path.basename(filePath);
  if (params.command !== ServerCommand.addToDictionary && (!ruleId || !ruleById(ruleId))) {
    return refuse(rcFile(config, filePath, folder), both((l) => t('command.unknownRule', l, { rule: String(ruleId ?? '') })));
  }
  switch (params.command) {
    case ServerCommand.addToDictionary: {
      const word = typeof args[1] === 'string' ? args[1].trim() : '';
      if (!word) return null;
      const target = wordListFile(config, filePath, folder);
      if (!isProjectWord(word)) return refuse(target, both((l) => t('command.badWord', l, { max: MAX_WORD_LENGTH })));
      const inside = containedPath(root, target);
      if (!inside.ok) return refuse(target, inside.reason);
      const file = inside.path;
      const result = addWord(file, word);
      reportWrite(result, locale, () => t(result.ok && !result.changed ? 'command.wordExists' : 'command.wordAdded', locale, { word, file }));
      return null;
    }
    case ServerCommand.disableRuleForFile: {
      if (!ruleId) return null;
      const inside = containedPath(root, rcFile(config, filePath, folder));
      if (!inside.ok) return refuse(rcFile(config, filePath, folder), inside.reason);
      const file = inside.path;
      reportWrite(editOverride(file, filePath, (o) => disableRuleIn(o, ruleId)), locale, () => t('command.ruleDisabled', locale, { rule: ruleName(ruleId, locale), draft, file }));
      return null;
    }
    case ServerCommand.ignoreFinding: {
      const text = typeof args[2] === 'string' ? args[2] : '';
      if (!ruleId || !text) return null;
      const inside = containedPath(root, rcFile(config, filePath, folder));
      if (!inside.ok) return refuse(rcFile(config, filePath, folder), inside.reason);
      const file = inside.path;
      reportWrite(editOverride(file, filePath, (o) => ignoreIn(o, ruleId, text)), locale, () => t('command.ignored', locale, { rule: ruleName(ruleId, locale), text, draft, file }));
      return null;
    }
    case ServerCommand.ignoreOccurrence: {
      const text = typeof args[2] === 'string' ? args[2] : '';
      const offset = typeof args[3] === 'number' && Number.isInteger(args[3]) ? args[3] : -1;
      if (!ruleId || !ruleById(ruleId) || !text || offset < 0) return null;
      const current = doc.getText();
      // the draft may have changed since the menu opened: the text must still be there
      if (current.slice(offset, offset + text.length) !== text) return null;
      const project = projectDir(config, filePath, folder);
      const target = path.join(project, OCCURRENCES_FILE);
      const inside = containedPath(root, target);
      if (!inside.ok) return refuse(target, inside.reason);
      const result = addOccurrence(project, filePath, { rule: ruleId, text, line: lineHash(current, offset) }, inside.path);
      reportWrite(result, locale, () => t('command.occurrenceIgnored', locale, { rule: ruleName(ruleId, locale), text, file: result.file }));
      return null;
    }
  }
  return null;
}
