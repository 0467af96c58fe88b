/**
 * The web extension (package.json `browser`): vscode.dev, github.dev and code-server's web
 * worker extension host. The language server runs in a web worker (dist/web-server.js) and
 * has no disk, so this client hands it what the Node server reads itself:
 *   - the spelling dictionary, read from the extension's own files (dist/dictionary-vi, GPL,
 *     shipped beside the bundles and never inside them), in the initialize request;
 *   - the workspace's Soát Tin files (`.soattinrc.json`, `.soattinignore`, `.soattin/**`),
 *     read through `vscode.workspace.fs` from a draft's folder up to its workspace folder
 *     before the draft is opened on the server, and again whenever one changes.
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
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[2];

/** The Soát Tin files of a folder the server may read (what a config's extends/dictionaries may name on the web). */
const RC = '.soattinrc.json';
const IGNORE = '.soattinignore';
const PROJECT = '.soattin';
const WATCHED = [`**/${RC}`, `**/${IGNORE}`, `**/${PROJECT}/**`];
/** a word list or lexicon larger than this is left out (the Node server's own cap for word lists) */
const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** how much of a `.soattin/` folder is read: its files, two folders deep, at most this many */
const MAX_PROJECT_FILES = 200;

/** The scheme and authority the server sees as its disk: those of the first workspace folder. */
interface Disk {
  scheme: string;
  authority: string;
}

type Files = WorkspaceFilesParams['files'];

function diskOf(): Disk | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && folder.scheme !== 'untitled' ? { scheme: folder.scheme, authority: folder.authority } : undefined;
}

const onDisk = (uri: vscode.Uri, disk: Disk | undefined): boolean => !!disk && uri.scheme === disk.scheme && uri.authority === disk.authority;

/**
 * The worker script as a blob: URL. A worker cannot start from the extension's own URI in
 * every host: code-server's web worker host refuses `vscode-remote:` worker URLs ("Creating
 * workers from remote extensions is currently not supported"), while the extension's files are
 * readable everywhere through `vscode.workspace.fs`.
 */
async function workerScript(uri: vscode.Uri): Promise<string> {
  const code = await vscode.workspace.fs.readFile(uri);
  return URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes.byteLength > MAX_FILE_BYTES ? undefined : new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
}

/** Every file under `dir`, `depth` folders deep, at most `room` of them. */
async function filesUnder(dir: vscode.Uri, depth: number, room: number): Promise<vscode.Uri[]> {
  let entries: Array<[string, vscode.FileType]>;
  try {
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch {
    return [];
  }
  const out: vscode.Uri[] = [];
  for (const [name, type] of entries) {
    if (out.length >= room) break;
    const uri = vscode.Uri.joinPath(dir, name);
    if (type & vscode.FileType.Directory) {
      if (depth > 0) out.push(...(await filesUnder(uri, depth - 1, room - out.length)));
    } else out.push(uri);
  }
  return out;
}

/**
 * The Soát Tin files of the folders from a draft's folder up to its workspace folder (where
 * the Node server's resolver would look), each folder read once per session; later changes
 * come through the watchers. Searching the workspace (findFiles) is not used: on the web it
 * needs a search provider that a remote or virtual workspace may not have.
 */
class FolderReader {
  private readonly read = new Set<string>();
  constructor(private readonly disk: Disk | undefined) {}

  async filesFor(draft: vscode.Uri): Promise<Files> {
    if (!onDisk(draft, this.disk)) return [];
    const root = vscode.workspace.getWorkspaceFolder(draft)?.uri.path ?? '/';
    const out: Files = [];
    for (let dir = vscode.Uri.joinPath(draft, '..'); ; dir = vscode.Uri.joinPath(dir, '..')) {
      if (!this.read.has(dir.path)) {
        this.read.add(dir.path);
        const candidates = [vscode.Uri.joinPath(dir, RC), vscode.Uri.joinPath(dir, IGNORE), ...(await filesUnder(vscode.Uri.joinPath(dir, PROJECT), 2, MAX_PROJECT_FILES))];
        for (const uri of candidates) {
          const text = await readText(uri);
          if (text !== undefined) out.push({ path: uri.path, text });
        }
      }
      if (dir.path === root || dir.path === '/' || !dir.path.startsWith(root)) break;
    }
    return out;
  }
}

export function activate(context: vscode.ExtensionContext): SoatTinApi {
  const disk = diskOf();
  const folders = new FolderReader(disk);
  let client: BaseLanguageClient | undefined;
  return activateWith(context, {
    schemes: ['file', 'untitled', 'vscode-vfs', 'vscode-remote'],
    async createClient(options, output) {
      const dictionaryFile = (name: string) => vscode.Uri.joinPath(context.extensionUri, 'dist', 'dictionary-vi', name);
      const [aff, dic] = await Promise.all([readText(dictionaryFile('index.aff')), readText(dictionaryFile('index.dic'))]);
      if (aff === undefined || dic === undefined) throw new Error(`dictionary-vi is missing from the extension (${dictionaryFile('index.dic').toString()})`);
      options.initializationOptions = { ...(options.initializationOptions as object), dictionary: { aff, dic } } satisfies WebInitOptions;
      options.uriConverters = {
        code2Protocol: (uri) => (onDisk(uri, disk) ? vscode.Uri.file(uri.path).toString() : uri.toString()),
        protocol2Code: (value) => {
          const uri = vscode.Uri.parse(value);
          return disk && uri.scheme === 'file' ? uri.with({ scheme: disk.scheme, authority: disk.authority }) : uri;
        },
      };
      // a draft is opened on the server only once the config files of its folders are there
      options.middleware = {
        didOpen: async (document, next) => {
          const files = await folders.filesFor(document.uri);
          if (files.length && client) await client.sendNotification(WORKSPACE_FILES_NOTIFICATION, { files } satisfies WorkspaceFilesParams);
          return next(document);
        },
      };
      output.info(`[web] ${msg('webWorker', toClientLocale(vscode.workspace.getConfiguration('soattin').get('locale')))}`);
      const worker = new Worker(await workerScript(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web-server.js')));
      client = new LanguageClient('soattin', 'Soát Tin', worker, options);
      return client;
    },
    started(c) {
      return WATCHED.map((glob) => {
        const watcher = vscode.workspace.createFileSystemWatcher(glob);
        const push = async (uri: vscode.Uri, deleted: boolean): Promise<void> => {
          if (!onDisk(uri, disk)) return;
          const text = deleted ? null : ((await readText(uri)) ?? null);
          await sendFiles(c, [{ path: uri.path, text }], deleted ? FileChangeType.Deleted : FileChangeType.Changed);
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
async function sendFiles(client: BaseLanguageClient, files: Files, type: FileChangeType): Promise<void> {
  await client.sendNotification(WORKSPACE_FILES_NOTIFICATION, { files } satisfies WorkspaceFilesParams);
  await client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: files.map((f) => ({ uri: vscode.Uri.file(f.path).toString(), type })) });
}

export const deactivate = deactivateClient;
