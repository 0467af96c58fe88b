// esbuild options of the web extension (package.json `browser`; vscode.dev, github.dev,
// code-server's web worker host), shared by scripts/build.mjs and the unit test of the worker
// bundle (test/lsp/web-server.test.ts): the client, and the same language server in a web
// worker. The worker has no Node: `node:fs` becomes an in-memory read-only volume the client
// fills with the workspace's Soát Tin files, the other node: modules small browser versions
// (server/src/web/), `process` and `Buffer` the subset the core uses, and the LSP library its
// browser entry. The word lists are bundled JSON as on Node; the GPL dictionary is read by the
// client from the extension's files (dist/dictionary-vi), never bundled; general-pairs.json and
// general-words.json, which the Node builds read from dist/ on first use, are bundled here (there
// is no disk).
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shims = { fs: 'node-fs', path: 'node-path', url: 'node-url', module: 'node-module', perf_hooks: 'perf-hooks' };

const nodeForWeb = {
  name: 'node-for-web',
  setup(b) {
    b.onResolve({ filter: /^(node:)?(fs|path|url|module|perf_hooks)$/ }, (args) => ({
      path: join(root, 'server/src/web', `${shims[args.path.replace(/^node:/, '')]}.ts`),
    }));
    // no disk to read dist/general-pairs.json from: the worker bundles the list (web/general-pairs-data.ts)
    b.onResolve({ filter: /[\\/]general-pairs-data\.js$/ }, () => ({ path: join(root, 'server/src/web/general-pairs-data.ts') }));
    // and dist/general-words.txt: the worker bundles general-words.json (web/general-words-data.ts)
    b.onResolve({ filter: /[\\/]general-words-data\.js$/ }, () => ({ path: join(root, 'server/src/web/general-words-data.ts') }));
    // the server's modules import the LSP API from the Node entry; the browser one has the same API
    b.onResolve({ filter: /^vscode-languageserver\/node$/ }, (args) =>
      b.resolve('vscode-languageserver/browser', { kind: args.kind, resolveDir: args.resolveDir }),
    );
  },
};

const web = { bundle: true, platform: 'browser', target: 'es2022', legalComments: 'none', logLevel: 'warning', define: { 'process.env.NODE_ENV': '"production"' } };

/** The worker script: an iife run by `new Worker(url)`. */
export function webServerOptions(outfile) {
  return {
    ...web,
    entryPoints: [join(root, 'server/src/lsp/web-main.ts')],
    outfile,
    format: 'iife',
    // a worker has no DOM: packages with a DOM version for `browser` (decode-named-character-reference,
    // under the markdown parser) must give their `worker` one
    conditions: ['worker'],
    plugins: [nodeForWeb],
    inject: [join(root, 'server/src/web/globals.ts')],
  };
}

/** The extension's `browser` entry: CommonJS, `vscode` given by the web extension host. */
export function webClientOptions(outfile) {
  return { ...web, entryPoints: [join(root, 'client/src/web.ts')], outfile, format: 'cjs', external: ['vscode'] };
}
