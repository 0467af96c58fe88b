/**
 * Entry point of the bundled language server (dist/server.js). The transport comes from the
 * command line (`--node-ipc`, `--stdio`, `--socket=`), as vscode-languageclient starts it.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './service.js';

startServer(createConnection(ProposedFeatures.all));
