/**
 * The web extension (package.json `browser`): vscode.dev, github.dev and code-server's web
 * worker extension host. The language server runs in a web worker (dist/web-server.js) and
 * has no disk, so this client hands it what the Node server reads itself:
 *   - the spelling dictionary, read from the extension's own files (dist/dictionary-vi, GPL,
 *     shipped beside the bundles and never inside them), in the initialize request;
 *   - the workspace's Soát Tin files (`.soattinrc.json`, `.soattinignore`, `.soattin/**`),
 *     read through `vscode.workspace.fs`, at start and again whenever one changes.
 * The workspace folder's scheme and authority (vscode-remote://…, vscode-vfs://…) are shown to
 * the server as `file:` URIs of the same paths, so its config resolution and ignore rules work
 * unchanged on those paths; every URI coming back is mapped home again. See docs/editor.md.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { DidChangeWatchedFilesNotification, FileChangeType, type BaseLanguageClient } from 'vscode-languageclient';
import { WORKSPACE_FILES_NOTIFICATION, type WebInitOptions, type WorkspaceFilesParams } from '../../server/src/lsp/protocol.js';
import { activateWith, deactivateClient, type SoatTinApi } from './activate.js';
import { msg, toClientLocale } from './messages.js';

export type { SoatTinApi } from './activate.js';

/** the browser's Worker (the project's TypeScript has no DOM library) */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

/** The Soát Tin files of a workspace the server may read (what a config's extends/dictionaries may name on the web). */
const WATCHED = ['**/.soattinrc.json', '**/.soattinignore', '**/.soattin/**'];
/** a word list or lexicon larger than this is left out (the Node server's own cap for word lists) */
const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** The scheme and authority the server sees as its disk: those of the first workspace folder. */
interface Disk {
  scheme: string;
  authority: string;
}

function diskOf(): Disk | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && folder.scheme !== 'untitled' ? { scheme: folder.scheme, authority: folder.authority } : undefined;
}

const onDisk = (uri: vscode.Uri, disk: Disk | undefined): boolean => !!disk && uri.scheme === disk.scheme && uri.authority === disk.authority;

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes.byteLength > MAX_FILE_BYTES ? undefined : new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
}

async function workspaceFiles(disk: Disk | undefined): Promise<WorkspaceFilesParams['files']> {
  if (!disk) return [];
  const found = (await Promise.all(WATCHED.map((g) => vscode.workspace.findFiles(g, '**/node_modules/**', 1000)))).flat();
  const files = await Promise.all(
    found.filter((u) => onDisk(u, disk)).map(async (u) => ({ path: u.path, text: (await readText(u)) ?? null })),
  );
  return files.filter((f) => f.text !== null);
}

export function activate(context: vscode.ExtensionContext): SoatTinApi {
  const disk = diskOf();
  return activateWith(context, {
    schemes: ['file', 'untitled', 'vscode-vfs', 'vscode-remote'],
    async createClient(options, output) {
      const dictionaryFile = (name: string) => vscode.Uri.joinPath(context.extensionUri, 'dist', 'dictionary-vi', name);
      const [aff, dic, files] = await Promise.all([readText(dictionaryFile('index.aff')), readText(dictionaryFile('index.dic')), workspaceFiles(disk)]);
      if (aff === undefined || dic === undefined) throw new Error(`dictionary-vi is missing from the extension (${dictionaryFile('index.dic').toString()})`);
      const init: WebInitOptions = { ...(options.initializationOptions as object), dictionary: { aff, dic }, files };
      options.initializationOptions = init;
      options.uriConverters = {
        code2Protocol: (uri) => (onDisk(uri, disk) ? vscode.Uri.file(uri.path).toString() : uri.toString()),
        protocol2Code: (value) => {
          const uri = vscode.Uri.parse(value);
          return disk && uri.scheme === 'file' ? uri.with({ scheme: disk.scheme, authority: disk.authority }) : uri;
        },
      };
      const locale = toClientLocale(vscode.workspace.getConfiguration('soattin').get('locale'));
      output.info(`[web] ${msg('webWorker', locale, files.length)}`);
      const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web-server.js').toString(true));
      return new LanguageClient('soattin', 'Soát Tin', options, worker);
    },
    started(client) {
      return WATCHED.map((glob) => {
        const watcher = vscode.workspace.createFileSystemWatcher(glob);
        const push = async (uri: vscode.Uri, deleted: boolean): Promise<void> => {
          if (!onDisk(uri, disk)) return;
          const text = deleted ? null : ((await readText(uri)) ?? null);
          await sendFiles(client, [{ path: uri.path, text }], deleted ? FileChangeType.Deleted : FileChangeType.Changed);
        };
        watcher.onDidCreate((u) => void push(u, false));
        watcher.onDidChange((u) => void push(u, false));
        watcher.onDidDelete((u) => void push(u, true));
        return watcher;
      });
    },
  });
}

/** The new contents first, then the change itself: the server forgets its configs and checks again. */
async function sendFiles(client: BaseLanguageClient, files: WorkspaceFilesParams['files'], type: FileChangeType): Promise<void> {
  await client.sendNotification(WORKSPACE_FILES_NOTIFICATION, { files } satisfies WorkspaceFilesParams);
  await client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: files.map((f) => ({ uri: vscode.Uri.file(f.path).toString(), type })) });
}

export const deactivate = deactivateClient;
