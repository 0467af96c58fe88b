// Bundles the extension client, the language server, the CLI and the core library with
// esbuild (CommonJS, Node 20), then writes the JSON Schema of .soattinrc.json from the
// rule metadata so the schema can never drift from the rules.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  logLevel: 'warning',
  legalComments: 'none',
};

const entries = [
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
  { in: 'server/src/lsp/server.ts', out: 'dist/server.js' },
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js' },
  { in: 'server/src/cli/worker.ts', out: 'dist/worker.js' },
  { in: 'server/src/core/index.ts', out: 'dist/core.js' },
];

await Promise.all(
  entries
    .filter((e) => existsSync(e.in))
    .map((e) => build({ ...common, entryPoints: [e.in], outfile: e.out, external: e.external ?? [] })),
);

if (existsSync('test/e2e/suite')) {
  await build({
    ...common,
    entryPoints: ['test/e2e/suite/index.ts'],
    outfile: 'out/test/e2e/index.js',
    external: ['vscode', 'mocha'],
  });
}

// dictionary-vi is GPL: it ships beside the bundles with its licence, never inside them
mkdirSync('dist/dictionary-vi', { recursive: true });
for (const f of ['index.aff', 'index.dic', 'license', 'package.json']) {
  copyFileSync(join('node_modules/dictionary-vi', f), join('dist/dictionary-vi', f));
}

const core = require('../dist/core.js');
mkdirSync('schemas', { recursive: true });
writeFileSync('schemas/soattinrc.schema.json', JSON.stringify(core.configSchema(), null, 2) + '\n');
if (watch) console.log('watch mode is not supported; rerun npm run build');
