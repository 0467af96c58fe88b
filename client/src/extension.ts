/**
 * The desktop extension (package.json `main`): the bundled language server runs in Node and
 * talks over IPC. Works on desktop and in code-server's Node extension host (uiKind Web,
 * remote extension host). The web extension (`browser`) is web.ts.
 */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, deactivateClient, type SoatTinApi } from './activate.js';
import nodeFlags from '../../server/src/lsp/node-flags.json';

export type { SoatTinApi } from './activate.js';

export function activate(context: vscode.ExtensionContext): SoatTinApi {
  return activateWith(context, {
    // on disk, untitled or in a virtual workspace
    schemes: ['file', 'untitled', 'vscode-vfs'],
    async createClient(options) {
      const serverModule = context.asAbsolutePath('dist/server.js');
      const serverOptions: ServerOptions = {
        // a heap sized for a server that re-checks on every keystroke (node-flags.json says why)
        run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: nodeFlags.execArgv } },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...nodeFlags.execArgv, '--nolazy', '--inspect=6019'] } },
      };
      return new LanguageClient('soattin', 'Soát Tin', serverOptions, options);
    },
  });
}

export const deactivate = deactivateClient;
