/**
 * Entry point of the language server in a browser web worker (dist/web-server.js, started by
 * client/src/web.ts): the same server as dist/server.js over the worker's message port. The
 * worker has no disk: the spelling dictionary comes with the initialize request and the
 * workspace's Soát Tin files with `soattin/workspaceFiles`, into the in-memory
 * volume the web build puts where `node:fs` was (server/src/web/node-fs.ts, scripts/build.mjs).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/browser';
import { useDictionaryFiles } from '../core/spell/dictionary.js';
import { putFile } from '../web/node-fs.js';
import { startServer } from './service.js';
import { WORKSPACE_FILES_NOTIFICATION, type WebInitOptions, type WorkspaceFilesParams } from './protocol.js';

/** Serve LSP over a worker scope (`self` in the worker; a fake one in the unit test). */
export function startWebServer(scope: ConstructorParameters<typeof BrowserMessageReader>[0]): Connection {
  const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
  const putFiles = (list: WorkspaceFilesParams['files'] | undefined): void => {
    for (const f of list ?? []) if (typeof f?.path === 'string') putFile(f.path, typeof f.text === 'string' ? f.text : null);
  };
  // the server's own initialize handler runs once what it will read is in place
  const setUp: Connection = new Proxy(connection, {
    get(target, key, receiver) {
      if (key !== 'onInitialize') return Reflect.get(target, key, receiver);
      return (handler: Parameters<Connection['onInitialize']>[0]) =>
        target.onInitialize((params, token, progress) => {
          const init = params.initializationOptions as Partial<WebInitOptions> | undefined;
          if (init?.dictionary) useDictionaryFiles(init.dictionary);
          connection.console.log('[web] language server in a web worker');
          return handler(params, token, progress);
        });
    },
  });
  connection.onNotification(WORKSPACE_FILES_NOTIFICATION, (p: WorkspaceFilesParams) => putFiles(p?.files));
  startServer(setUp);
  return connection;
}
