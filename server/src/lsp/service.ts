/**
 * The language server: diagnostics while typing, quick fixes, fix-all, hover, commands and
 * a status notification. Every handler is wrapped: it logs and returns an empty answer
 * rather than throwing, and a broken config becomes one diagnostic, never a crash.
 */
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  CodeActionKind,
  CodeActionTriggerKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clearConfigCache, OCCURRENCES_FILE, type ResolvedConfig } from '../core/config/index.js';
import { linter } from '../linter.js';
import { profileName, ruleName } from '../core/messages.js';
import { lineHash } from '../core/config/occurrences.js';
import { releaseCaches } from '../core/bounded-cache.js';
import { ruleById } from '../rules/index.js';
import { toneMajority } from '../core/tone-majority.js';
import { trainingSkeleton } from '../core/skeleton.js';
import type { Finding, Locale, LocalizedText } from '../core/types.js';
import { documentConfig, folderOf, uriToPath, type DocumentConfig } from './document-config.js';
import { configDiagnostic, fileDiagnostic, toDiagnostic, toLsp } from './diagnostics.js';
import { quickFixes, wantsFixAll, wantsQuickFixes, workspaceEdit, type EditTarget } from './code-actions.js';
import { hoverFor } from './hover.js';
import { capFindings, firstDifference } from './cap.js';
import { minimalEdits } from './minimal-edits.js';
import { fixAll, type FixPolicy } from './fix-all.js';
import { t } from './messages.js';
import { containedPath } from '../core/contained-path.js';
import { addOccurrence, projectDir, addWord, isProjectWord, MAX_WORD_LENGTH, disableRuleIn, editOverride, ignoreIn, markdownDisableEdit, rcFile, wordListFile, type WriteResult } from './project-files.js';
import { SettingsCache, type Settings } from './settings.js';
import {
  FIX_ALL_KIND,
  SKELETON_REQUEST,
  STATUS_NOTIFICATION,
  ServerCommand,
  type InitOptions,
  type SkeletonParams,
  type SkeletonResult,
  type StatusParams,
  type StatusState,
} from './protocol.js';

/** Longer drafts are left to the CLI: one check must not freeze the editor (cSpell stops at 512 K). */
export const MAX_CHECK_CHARS = 500_000;

/**
 * Server time a check of a ~20 KB draft may take before the status item calls it slow
 * (DESIGN budget: 5 ms p95 for 5 KB, 50 ms for 100 KB); longer drafts get proportionally more.
 * The first check after start-up loads the dictionaries and is never called slow.
 */
const SLOW_CHECK_MS = 50;
/**
 * A reporter who stopped typing this long (or saved) is no longer "still writing": the
 * missing-element findings, information while typing, get their real severity back.
 */
export const IDLE_MS = 5000;
const SLOW_CHECK_CHARS = 20_000;

interface Published {
  version: number;
  /** the text that was checked (to find where the next edit happened) */
  text?: string;
  diagnostics: Diagnostic[];
  locale: Locale;
  /** the findings behind the diagnostics (dropped when the config or settings change) */
  findings?: Finding[];
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const published = new Map<string, Published>();
  const timers = new Map<string, NodeJS.Timeout>();
  const justOpened = new Set<string>();
  /** offset of the last edit per draft: the findings around it are never capped away */
  const focusOf = new Map<string, number>();
  let checksDone = 0;
  /** when each draft was last edited (not opened); cleared on save */
  const typedAt = new Map<string, number>();
  const idleTimers = new Map<string, NodeJS.Timeout>();
  /** config errors already logged (a broken file would otherwise log on every keystroke) */
  const loggedConfigErrors = new Set<string>();
  let folders: string[] = [];
  let canConfigure = false;
  let canWatchDynamically = false;
  let canRegisterConfig = false;
  let documentChanges = false;
  /** the client opens rule docs itself (InitOptions.ruleDocs) */
  let inEditor = false;
  let watchesFolders = false;
  let settings = new SettingsCache(undefined);

  const log = (message: string): void => connection.console.log(message);
  const logError = (message: string): void => connection.console.error(message);

  /** Run a handler; on failure log it and answer `fallback`. */
  async function safe<T>(name: string, fallback: T, fn: () => T | Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      logError(`[${name}] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return fallback;
    }
  }

  /** Fire and forget, but never let a rejected promise (client gone, method unknown) kill the server. */
  const fire = (p: unknown): void => {
    Promise.resolve(p).catch((e: unknown) => logError(`[notify] ${e instanceof Error ? e.message : String(e)}`));
  };

  /**
   * `auto` means Vietnamese: VS Code has no Vietnamese display language from its publisher, so
   * following it would show English to nearly every reporter. English is `soattin.locale: en`.
   */
  const localeOf = (s: Settings): Locale => (s.locale === 'en' ? 'en' : 'vi');

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    inEditor = (params.initializationOptions as InitOptions | undefined)?.ruleDocs === 'command';
    canConfigure = !!caps.workspace?.configuration;
    canWatchDynamically = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canRegisterConfig = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    watchesFolders = !!caps.workspace?.workspaceFolders;
    folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (!folders.length && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root) folders = [root];
    }
    settings = new SettingsCache(
      canConfigure ? (uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: 'soattin' }) : undefined,
    );
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        executeCommandProvider: { commands: Object.values(ServerCommand) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'soattin', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    void safe('initialized', undefined, async () => {
      if (canRegisterConfig) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'soattin' });
      if (canWatchDynamically) {
        // every JSON file, not only .soattinrc.json and package.json: a config's `extends` may name any
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.json' }, { globPattern: '**/.soattin/**' }, { globPattern: '**/.soattinignore' }],
        });
      }
      if (watchesFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
          folders = folders.filter((f) => !removed.has(f)).concat(e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p));
          recheckAll();
        });
      }
    });
  });

  function sendStatus(status: StatusParams): void {
    fire(connection.sendNotification(STATUS_NOTIFICATION, status));
  }

  function publish(uri: string, version: number, diagnostics: Diagnostic[], locale: Locale, findings?: Finding[], text?: string): void {
    published.set(uri, { version, diagnostics, locale, findings, text });
    fire(connection.sendDiagnostics({ uri, version, diagnostics }));
  }

  /** a Word document's URI (its text in the editor is the zip's bytes) */
  const WORD_FILE = /\.docx$/i;

  async function check(uri: string): Promise<void> {
    const s = await settings.get(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    const locale = localeOf(s);
    const started = performance.now();
    const status: StatusParams = { uri, locale, profile: 'gov', profileLabel: profileName('gov', locale), toneStyle: 'auto', findings: 0, elapsedMs: 0, state: 'ok' };
    let diagnostics: Diagnostic[] = [];
    let findings: Finding[] | undefined;
    let checkedText: string | undefined;
    try {
      if (!s.enable) {
        sendStatus({ ...status, message: t('check.disabled', locale) });
        publish(uri, doc.version, [], locale);
        return;
      }
      const dc = documentConfig(uri, doc.languageId, s, folders);
      if (!dc.result.ok) {
        const message = dc.result.error.message[locale];
        const en = dc.result.error.message.en;
        if (!loggedConfigErrors.has(en)) logError(`[config] ${en}`);
        loggedConfigErrors.add(en);
        diagnostics = [configDiagnostic(doc, dc.result.error, locale, inEditor)];
        status.state = 'warning';
        status.message = message;
      } else {
        const config = dc.result.config;
        status.profile = config.profile;
        status.profileLabel = profileName(config.profile, locale);
        status.toneStyle = config.toneStyle;
        const text = doc.getText();
        if (dc.ignored) {
          diagnostics = [];
        } else if (WORD_FILE.test(uri)) {
          // a .docx forced open as text is zip bytes: findings on them would be noise; the CLI reads Word drafts
          const message = t('check.docx', locale);
          diagnostics = [fileDiagnostic(doc, 'soattin', message, DiagnosticSeverity.Information, inEditor)];
          status.state = 'warning';
          status.message = message;
        } else if (text.length > MAX_CHECK_CHARS) {
          const message = t('check.tooLarge', locale, { size: text.length, limit: MAX_CHECK_CHARS });
          diagnostics = [fileDiagnostic(doc, 'soattin', message, DiagnosticSeverity.Information, inEditor)];
          status.state = 'warning';
          status.message = message;
        } else {
          // the editor caps by itself (capFindings), so nothing is cut by position here
          const result = linter.lint(text, { ...config, maxFindings: Number.POSITIVE_INFINITY }, { format: dc.format });
          const before = published.get(uri)?.text;
          const edited = before === undefined ? undefined : firstDifference(before, text);
          if (edited !== undefined) focusOf.set(uri, edited);
          const { shown, total } = capFindings(text, result.findings, config.maxFindings, focusOf.get(uri));
          if (shown.length < total) status.capped = { total, shown: shown.length };
          const onDisk = !!dc.filePath;
          const last = typedAt.get(uri);
          const calm = last !== undefined && Date.now() - last < IDLE_MS;
          diagnostics = shown.map((f) => toDiagnostic(doc, text, f, locale, onDisk, dc.format, { calm, inEditor }));
          findings = result.findings;
          checkedText = text;
          if (config.toneStyle === 'auto') {
            // the same decision tone-mark-style takes (core/tone-majority.ts)
            const majority = toneMajority(result.draft, config);
            if (majority.basis !== 'none') {
              status.toneStyle = majority.style;
              status.toneDetected = true;
            }
          }
        }
      }
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      logError(`[check] ${uri}: ${e instanceof Error ? (e.stack ?? reason) : reason}`);
      diagnostics = [];
      status.state = 'error';
      status.message = t('check.failed', locale, { reason });
    }
    status.findings = status.capped?.total ?? diagnostics.filter((d) => d.code !== 'config').length;
    status.elapsedMs = Math.round((performance.now() - started) * 100) / 100;
    const budget = SLOW_CHECK_MS * Math.max(1, doc.getText().length / SLOW_CHECK_CHARS);
    if (checksDone++ > 0 && status.elapsedMs > budget) status.slow = true;
    // status first: when the diagnostics arrive, the status item already matches them
    sendStatus(status);
    publish(uri, doc.version, diagnostics, locale, findings, checkedText);
  }

  function schedule(uri: string, delay: number): void {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    if (delay <= 0) {
      timers.delete(uri);
      void safe('check', undefined, () => check(uri));
      return;
    }
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void safe('check', undefined, () => check(uri));
      }, delay),
    );
  }

  function recheckAll(): void {
    for (const doc of documents.all()) schedule(doc.uri, 0);
  }

  /** Config files changed: forget resolved configs and the findings computed with them. */
  function forgetConfigs(): void {
    clearConfigCache();
    loggedConfigErrors.clear();
    for (const p of published.values()) p.findings = undefined;
  }

  function clearCaches(): void {
    forgetConfigs();
    settings.clear();
  }

  documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    schedule(e.document.uri, 0);
  });

  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    if (justOpened.delete(uri)) return; // the open itself was just checked
    typedAt.set(uri, Date.now());
    const idle = idleTimers.get(uri);
    if (idle) clearTimeout(idle);
    // once the reporter pauses, check again so missing elements regain their severity
    idleTimers.set(
      uri,
      setTimeout(() => {
        idleTimers.delete(uri);
        if (documents.get(uri)) schedule(uri, 0);
      }, IDLE_MS + 50),
    );
    void safe('change', undefined, async () => {
      const s = await settings.get(uri);
      if (s.run === 'onType') schedule(uri, s.debounceMs);
    });
  });

  documents.onDidSave((e) => {
    const uri = e.document.uri;
    const wasTyping = typedAt.delete(uri);
    const idle = idleTimers.get(uri);
    if (idle) clearTimeout(idle);
    idleTimers.delete(uri);
    void safe('save', undefined, async () => {
      const s = await settings.get(uri);
      if (s.run === 'onSave' || wasTyping) schedule(uri, 0);
    });
  });

  documents.onDidClose((e) => {
    const uri = e.document.uri;
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.delete(uri);
    justOpened.delete(uri);
    published.delete(uri);
    focusOf.delete(uri);
    typedAt.delete(uri);
    const idle = idleTimers.get(uri);
    if (idle) clearTimeout(idle);
    idleTimers.delete(uri);
    settings.delete(uri);
    fire(connection.sendDiagnostics({ uri, diagnostics: [] }));
    // no draft open any more: let go of the memo caches (whether the closing document is
    // still listed while this handler runs is the library's business, hence the uri test)
    if (documents.all().every((d) => d.uri === uri)) releaseCaches();
  });

  connection.onDidChangeConfiguration(() => {
    clearCaches();
    recheckAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    forgetConfigs();
    recheckAll();
  });

  const editTarget = (doc: TextDocument): EditTarget => ({ uri: doc.uri, version: doc.version, documentChanges });

  async function configOf(doc: TextDocument): Promise<{ dc: DocumentConfig; config?: ResolvedConfig; locale: Locale }> {
    const s = await settings.get(doc.uri);
    const dc = documentConfig(doc.uri, doc.languageId, s, folders);
    return { dc, config: dc.result.ok ? dc.result.config : undefined, locale: localeOf(s) };
  }

  /**
   * Fix-all as minimal edits of the current text (fixText: passes until stable, quotes
   * untouched). `policy` is `safe` when it runs by itself on save (soattin.fixOnSave).
   */
  async function fixAllEdits(doc: TextDocument, policy: FixPolicy = 'all') {
    const { dc, config } = await configOf(doc);
    const text = doc.getText();
    if (!config || dc.ignored || text.length > MAX_CHECK_CHARS) return [];
    const p = published.get(doc.uri);
    const known = p && p.version === doc.version ? p.findings : undefined;
    const { output, exactEdits } = fixAll(text, config, { format: dc.format }, known, 10, policy);
    return toLsp(doc, exactEdits ?? minimalEdits(text, output));
  }

  connection.onCodeAction((params) =>
    safe('codeAction', [] as CodeAction[], async () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const locale = published.get(doc.uri)?.locale ?? localeOf(await settings.get(doc.uri));
      const only = params.context.only;
      const actions: CodeAction[] = [];
      if (wantsQuickFixes(only)) {
        for (const d of params.context.diagnostics) for (const a of quickFixes(doc, d, locale, editTarget(doc))) actions.push(a);
      }
      if (wantsFixAll(only)) {
        // VS Code asks with triggerKind Automatic on save (editor.codeActionsOnSave); a
        // reporter who picks the source action themselves gets every fix
        const automatic = params.context.triggerKind === CodeActionTriggerKind.Automatic;
        const edits = await fixAllEdits(doc, automatic ? (await settings.get(doc.uri)).fixOnSave : 'all');
        if (edits.length) actions.push({ title: t('action.fixAll', locale), kind: FIX_ALL_KIND, edit: workspaceEdit(editTarget(doc), edits) });
      }
      return actions;
    }),
  );

  connection.onHover((params) =>
    safe('hover', null, () => {
      const p = published.get(params.textDocument.uri);
      if (!p) return null;
      return hoverFor(p.diagnostics, params.position, p.locale);
    }),
  );

  /** Report the outcome of a file write to the user and the log. */
  function reportWrite(result: WriteResult, locale: Locale, done: () => string): void {
    if (result.ok) {
      if (result.changed) {
        forgetConfigs();
        recheckAll();
      }
      const message = done();
      log(message);
      fire(connection.window.showInformationMessage(message));
    } else {
      const message = t('command.writeFailed', locale, { file: result.file, reason: result.reason[locale] });
      logError(message);
      fire(connection.window.showErrorMessage(message));
    }
  }

  connection.onExecuteCommand((params) =>
    safe('executeCommand', null, async () => {
      const args = params.arguments ?? [];
      if (params.command === ServerCommand.recheck) {
        clearCaches();
        recheckAll();
        return null;
      }
      const uri = typeof args[0] === 'string' ? args[0] : undefined;
      const doc = uri ? documents.get(uri) : undefined;
      if (!uri || !doc) return null;
      const { dc, config, locale } = await configOf(doc);
      if (params.command === ServerCommand.fixAll) {
        const edits = await fixAllEdits(doc);
        if (edits.length) await connection.workspace.applyEdit({ label: t('action.fixAll', locale), edit: workspaceEdit(editTarget(doc), edits) });
        return null;
      }
      const ruleId = typeof args[1] === 'string' ? args[1] : undefined;
      // a rule id must exist: a made-up one ("--><script>") never reaches a comment or a config
      if (params.command === ServerCommand.disableRuleForFile && ruleId && ruleById(ruleId) && dc.format === 'markdown') {
        const edit = markdownDisableEdit(doc.getText(), ruleId);
        if (edit) await connection.workspace.applyEdit({ label: t('action.disableRule', locale, { rule: ruleName(ruleId, locale), where: t('where.commentTop', locale) }), edit: workspaceEdit(editTarget(doc), toLsp(doc, [edit])) });
        return null;
      }
      const filePath = dc.filePath;
      if (!filePath || !config) {
        fire(connection.window.showWarningMessage(t('command.noFile', locale)));
        return null;
      }
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
    }),
  );

  connection.onRequest(SKELETON_REQUEST, (params: SkeletonParams) =>
    safe('skeleton', { snippet: trainingSkeleton(params?.author) } as SkeletonResult, async () => {
      const doc = params?.uri ? documents.get(params.uri) : undefined;
      if (!doc) return { snippet: trainingSkeleton(params?.author) };
      const { config } = await configOf(doc);
      return { snippet: trainingSkeleton(config?.author) };
    }),
  );

  documents.listen(connection);
  connection.listen();
}
