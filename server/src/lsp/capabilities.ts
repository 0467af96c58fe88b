/**
 * What the client can do (read once at initialize) and what the server offers back: the
 * handlers in service.ts only consult these flags, never the raw capabilities.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { uriToPath } from './document-config.js';
import { FIX_ALL_KIND, ServerCommand, type InitOptions } from './protocol.js';

export interface ClientAbilities {
  /** the client opens rule docs itself (InitOptions.ruleDocs) */
  inEditor: boolean;
  canConfigure: boolean;
  canWatchDynamically: boolean;
  canRegisterConfig: boolean;
  documentChanges: boolean;
  watchesFolders: boolean;
  /** the workspace folders as paths (the root URI when the client sends no folders) */
  folders: string[];
}

export function readClient(params: InitializeParams): ClientAbilities {
  const caps = params.capabilities;
  let folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  if (!folders.length && params.rootUri) {
    const root = uriToPath(params.rootUri);
    if (root) folders = [root];
  }
  return {
    inEditor: (params.initializationOptions as InitOptions | undefined)?.ruleDocs === 'command',
    canConfigure: !!caps.workspace?.configuration,
    canWatchDynamically: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    canRegisterConfig: !!caps.workspace?.didChangeConfiguration?.dynamicRegistration,
    documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
    watchesFolders: !!caps.workspace?.workspaceFolders,
    folders,
  };
}

export const initializeResult: InitializeResult = {
  capabilities: {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
    hoverProvider: true,
    executeCommandProvider: { commands: Object.values(ServerCommand) },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  },
  serverInfo: { name: 'soattin', version: '0.1.0' },
};

/** Ask for settings changes and for the files a config depends on, when the client lets us. */
export async function registerWatchers(connection: Connection, client: ClientAbilities): Promise<void> {
  if (client.canRegisterConfig) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'soattin' });
  if (client.canWatchDynamically) {
    // every JSON file, not only .soattinrc.json and package.json: a config's `extends` may name any
    await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.json' }, { globPattern: '**/.soattin/**' }, { globPattern: '**/.soattinignore' }],
    });
  }
}
