/**
 * Drives the bundled language server over node IPC, as VS Code does. The server is bundled
 * into a temporary file per test file (same esbuild options as scripts/build.mjs), so tests
 * never race with another build writing dist/.
 */
import { fork, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  PublishDiagnosticsNotification,
  ConfigurationRequest,
  RegistrationRequest,
  ApplyWorkspaceEditRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  LogMessageNotification,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Diagnostic,
  type WorkspaceEdit,
  type TextEdit,
  type ApplyWorkspaceEditParams,
} from 'vscode-languageserver-protocol/node';

const root = path.resolve(__dirname, '../..');

export async function bundleServer(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-lsp-'));
  const outfile = path.join(dir, 'server.js');
  await build({
    entryPoints: [path.join(root, 'server/src/lsp/server.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
    loader: { '.aff': 'text', '.dic': 'text' },
  });
  return outfile;
}

export interface Client {
  connection: ProtocolConnection;
  child: ChildProcess;
  /** latest diagnostics per URI */
  diagnostics: Map<string, PublishDiagnosticsParams>;
  statuses: unknown[];
  messages: string[];
  logs: string[];
  applied: ApplyWorkspaceEditParams[];
  /** what workspace/configuration answers: one object, or one per scope URI */
  settings: Record<string, unknown> | ((scopeUri: string | undefined) => Record<string, unknown>);
  /** resolves with the next publishDiagnostics for `uri` (after `since` publications) */
  nextDiagnostics(uri: string): Promise<Diagnostic[]>;
  close(): Promise<void>;
}

export interface StartOptions {
  locale?: string;
  rootPath?: string;
  settings?: Client['settings'];
  /** extra workspace folders (multi-root) */
  folders?: string[];
  /** what the VS Code client sends (e.g. { ruleDocs: 'command' }) */
  initializationOptions?: unknown;
}

export async function startClient(serverFile: string, options: StartOptions = {}): Promise<Client> {
  const child = fork(serverFile, ['--node-ipc'], { stdio: ['ignore', 'ignore', process.env.SOATTIN_LSP_STDERR ? 'inherit' : 'pipe', 'ipc'], execArgv: [] });
  const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  const waiters = new Map<string, Array<(d: Diagnostic[]) => void>>();
  const client: Client = {
    connection,
    child,
    diagnostics,
    statuses: [],
    messages: [],
    logs: [],
    applied: [],
    settings: options.settings ?? {},
    nextDiagnostics(uri) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), 15000);
        const list = waiters.get(uri) ?? [];
        list.push((d) => {
          clearTimeout(timer);
          resolve(d);
        });
        waiters.set(uri, list);
      });
    },
    async close() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        /* already gone */
      }
      connection.dispose();
      child.kill();
    },
  };
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    diagnostics.set(p.uri, p);
    const list = waiters.get(p.uri);
    waiters.delete(p.uri);
    for (const w of list ?? []) w(p.diagnostics);
  });
  connection.onNotification('soattin/status', (p) => {
    client.statuses.push(p);
  });
  connection.onNotification(ShowMessageNotification.type, (p) => {
    client.messages.push(p.message);
  });
  connection.onRequest(ShowMessageRequest.type, (p) => {
    client.messages.push(p.message);
    return null;
  });
  connection.onNotification(LogMessageNotification.type, (p) => {
    client.logs.push(p.message);
  });
  connection.onRequest(ConfigurationRequest.type, (p) =>
    p.items.map((item) => (typeof client.settings === 'function' ? client.settings(item.scopeUri) : client.settings)),
  );
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
    client.applied.push(p);
    return { applied: true };
  });
  connection.listen();
  const rootUri = options.rootPath ? pathToFileURL(options.rootPath).href : null;
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    locale: options.locale ?? 'vi',
    rootUri,
    ...(options.initializationOptions ? { initializationOptions: options.initializationOptions } : {}),
    workspaceFolders: options.folders
      ? options.folders.map((f, i) => ({ uri: pathToFileURL(f).href, name: `ws${i}` }))
      : rootUri
        ? [{ uri: rootUri, name: 'ws' }]
        : null,
    capabilities: {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: false },
      },
      textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } } },
    },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return client;
}

export async function open(client: Client, uri: string, text: string, languageId = 'plaintext'): Promise<Diagnostic[]> {
  const next = client.nextDiagnostics(uri);
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  return next;
}

export async function change(client: Client, uri: string, version: number, changes: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }>): Promise<Diagnostic[]> {
  const next = client.nextDiagnostics(uri);
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  return next;
}

export async function closeDoc(client: Client, uri: string): Promise<Diagnostic[]> {
  const next = client.nextDiagnostics(uri);
  await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  return next;
}

/** Apply LSP text edits to a text (what the editor would do). */
export function applyLspEdits(text: string, edits: TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: { line: number; character: number }): number => (starts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}

export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  if (edit.changes?.[uri]) return edit.changes[uri];
  const out: TextEdit[] = [];
  for (const c of edit.documentChanges ?? []) if ('textDocument' in c && c.textDocument.uri === uri) out.push(...(c.edits as TextEdit[]));
  return out;
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-ws-'));
}

export const fileUri = (p: string): string => pathToFileURL(p).href;

export const seed004 = (): string => fs.readFileSync(new URL('../fixtures/seeds/004_6ff4995a71d100fd.txt', import.meta.url), 'utf8');
