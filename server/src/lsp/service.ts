/**
 * The language server: diagnostics while typing, quick fixes, fix-all, hover, commands and
 * a status notification. Every handler is wrapped: it logs and returns an empty answer
 * rather than throwing, and a broken config becomes one diagnostic, never a crash.
 *
 * This file wires the handlers and schedules the checks; the jobs live beside it:
 * capabilities.ts (what client and server can do), check-document.ts (one check → diagnostics
 * and status), commands.ts (commands, the ones that write project files included).
 */
import { CodeActionTriggerKind, TextDocuments, type CodeAction, type Connection, type Diagnostic, type InitializeParams, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clearConfigCache, type ResolvedConfig } from '../core/config/index.js';
import { releaseCaches } from '../core/bounded-cache.js';
import { trainingSkeleton } from '../core/skeleton.js';
import type { Finding, Locale } from '../core/types.js';
import { documentConfig, uriToPath, type DocumentConfig } from './document-config.js';
import { toLsp } from './diagnostics.js';
import { quickFixes, wantsFixAll, wantsQuickFixes, workspaceEdit, type EditTarget } from './code-actions.js';
import { hoverFor } from './hover.js';
import { minimalEdits } from './minimal-edits.js';
import { fixAll, type FixPolicy } from './fix-all.js';
import { t } from './messages.js';
import { SettingsCache, type Settings } from './settings.js';
import { initializeResult, readClient, registerWatchers, type ClientAbilities } from './capabilities.js';
import { checkDocument, IDLE_MS, MAX_CHECK_CHARS } from './check-document.js';
import type { Converted } from './reuse.js';
import { fromKey, withKeys } from './keys.js';
import { executeCommand } from './commands.js';
import { FIX_ALL_KIND, SKELETON_REQUEST, STATUS_NOTIFICATION, type SkeletonParams, type SkeletonResult, type StatusParams } from './protocol.js';

interface Published {
  version: number;
  /** the text that was checked (to find where the next edit happened) */
  text?: string;
  diagnostics: Diagnostic[];
  locale: Locale;
  /** the findings behind the diagnostics (dropped when the config or settings change) */
  findings?: Finding[];
  /** the shown findings and their diagnostics, for the next check to reuse (reuse.ts) */
  converted?: Converted;
  /** this publish's number (keys.ts): the key in each sent diagnostic's `data` names it */
  publication: number;
  /** the publish before it, for a code action asked about its diagnostics while this one was on its way */
  before?: { publication: number; diagnostics: Diagnostic[] };
}

export interface RunningServer {
  /** settles once the first check's diagnostics are published (the launcher then writes its code cache) */
  firstCheck: Promise<void>;
}

export function startServer(connection: Connection): RunningServer {
  let firstChecked!: () => void;
  const firstCheck = new Promise<void>((resolve) => (firstChecked = resolve));
  const documents = new TextDocuments(TextDocument);
  const published = new Map<string, Published>();
  let publications = 0;
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
  let client: ClientAbilities = { inEditor: false, canConfigure: false, canWatchDynamically: false, canRegisterConfig: false, documentChanges: false, watchesFolders: false, folders: [] };
  let folders: string[] = [];
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
    client = readClient(params);
    folders = client.folders;
    settings = new SettingsCache(
      client.canConfigure ? (uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: 'soattin' }) : undefined,
    );
    return initializeResult;
  });

  connection.onInitialized(() => {
    void safe('initialized', undefined, async () => {
      await registerWatchers(connection, client);
      if (client.watchesFolders) {
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

  function publish(uri: string, version: number, diagnostics: Diagnostic[], locale: Locale, findings?: Finding[], text?: string, converted?: Converted): void {
    const last = published.get(uri);
    const publication = ++publications;
    published.set(uri, { version, diagnostics, locale, findings, text, converted, publication, before: last && { publication: last.publication, diagnostics: last.diagnostics } });
    // the data (fixes, suggestions, titles) stays here; the editor gets its key (keys.ts)
    fire(connection.sendDiagnostics({ uri, version, diagnostics: withKeys(diagnostics, publication) }));
  }

  /** The diagnostic as checked, its data in full, for the one the client sent back with a key. */
  function fullDiagnostic(uri: string, d: Diagnostic): Diagnostic {
    const p = published.get(uri);
    return fromKey(d, p && [p, ...(p.before ? [p.before] : [])]);
  }

  async function check(uri: string): Promise<void> {
    const s = await settings.get(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    const locale = localeOf(s);
    const out = checkDocument(doc, {
      settings: s,
      locale,
      folders,
      inEditor: client.inEditor,
      previousText: published.get(uri)?.text,
      previous: published.get(uri)?.converted,
      focusOf,
      typedAt: typedAt.get(uri),
      first: checksDone === 0,
      loggedConfigErrors,
      logError,
    });
    if (s.enable) checksDone++;
    // status first: when the diagnostics arrive, the status item already matches them
    sendStatus(out.status);
    publish(uri, doc.version, out.diagnostics, locale, out.findings, out.text, out.converted);
    firstChecked();
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

  const editTarget = (doc: TextDocument): EditTarget => ({ uri: doc.uri, version: doc.version, documentChanges: client.documentChanges });

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
        for (const d of params.context.diagnostics) for (const a of quickFixes(doc, fullDiagnostic(doc.uri, d), locale, editTarget(doc))) actions.push(a);
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

  connection.onExecuteCommand((params) =>
    safe('executeCommand', null, () =>
      executeCommand(params, {
        connection,
        document: (uri) => documents.get(uri),
        folders: () => folders,
        configOf,
        fixAllEdits: (doc) => fixAllEdits(doc),
        editTarget,
        clearCaches,
        forgetConfigs,
        recheckAll,
        log,
        logError,
        fire,
      }),
    ),
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
  return { firstCheck };
}
