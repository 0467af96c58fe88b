/**
 * The bundled language server (dist/server-main.js, loaded by dist/server.js: launch.ts). The
 * transport comes from the command line (`--node-ipc`, `--stdio`, `--socket=`), as
 * vscode-languageclient starts it.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './service.js';

const connection = createConnection(ProposedFeatures.all);
// a stray rejection must be a log line, never the end of the server
process.on('unhandledRejection', (reason) => {
  connection.console.error(`[unhandled] ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
});
/** settles after the first check: launch.ts writes the code cache then */
export const { firstCheck } = startServer(connection);
