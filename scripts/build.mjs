// Bundles the extension client, the language server, the CLI and the core library with esbuild
// (CommonJS, Node 20, minified, source maps beside the bundles but never shipped) and the web
// extension's client and worker (scripts/web-build.mjs),
// writes ThirdPartyNotices.txt with the licence of every package bundled into them (the MIT
// and ISC licences of bundled code require their notices to ship), then writes the JSON
// Schema of .soattinrc.json from the rule metadata so the schema can never drift from the rules.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { writeDeclarations, writeEntries } from './build-api.mjs';
import { webClientOptions, webServerOptions } from './web-build.mjs';
import { asciiOnly } from './ascii-output.mjs';

const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's table says Node lacks \p{…} outside a character class and rewrites each such
  // literal into `new RegExp(…)`, built again on every call: in the rules' hot functions ("a
  // capital?" per word) that cost a whole lint a few per cent. Node 20 has had them since 10.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: false,
  logLevel: 'warning',
  legalComments: 'none',
};
/** what ships: minified, with external source maps (dist/*.map, left out of the .vsix and the npm package) */
const shipped = { ...common, minify: true, sourcemap: 'external', metafile: true };

/**
 * The word lists (dictionaries/*.json, over half of each bundle) as one JSON.parse of a string
 * each, not as object literals: V8 scans a string literal and parses JSON much faster than it
 * parses and builds the same data written as JavaScript, and every start of the language
 * server and of a CLI worker pays for it (about 5 % of loading the bundle).
 */
const dictionariesAsJson = {
  name: 'dictionaries-as-json',
  setup(b) {
    b.onLoad({ filter: /[\\/]dictionaries[\\/][^\\/]+\.json$/ }, (args) => {
      const list = JSON.parse(readFileSync(args.path, 'utf8'));
      const derive = derivedIndexes[basename(args.path)];
      if (derive) list.index = derive(list);
      bundledForms[basename(args.path)]?.(list);
      return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(list, unreadKeys))});`, loader: 'js' };
    });
  },
};

/**
 * What the code derives from a word list on its first check, computed here once and bundled
 * with the list as its `index` (read back by the code when present; the web worker's bundle and
 * the sources compute it as before): by the code's own functions, bundled alone for the build.
 * genre-words.json: its phrases normalised (core/spell/genre-words.ts genreWordsIndex).
 */
const derivedIndexes = await (async () => {
  const r = await build({ ...common, entryPoints: ['server/src/core/spell/genre-words.ts'], write: false, outfile: 'derive.js' });
  const m = { exports: {} };
  new Function('module', 'exports', 'require', r.outputFiles[0].text)(m, m.exports, require);
  return { 'genre-words.json': m.exports.genreWordsIndex };
})();

/**
 * Lists reshaped for the Node bundles into the form the code reads fastest (the web worker's
 * bundle and the sources read the lists as they are; the code reads both forms).
 * capitalisation-stats.json: its four tables of counts, objects of up to 2,400 keys, as arrays
 * of keys and counts in turn, `["an ninh", [118, 10], …]`, in the same order (core/
 * capital-evidence.ts eachCount): JSON.parse builds a large object a property at a time, a
 * hidden class for each, and parsing the tables cost every start of the server and of each CLI
 * worker 6–9 ms of CPU; as arrays 2–3 ms.
 */
const bundledForms = {
  'capitalisation-stats.json': (list) => {
    for (const table of ['unigrams', 'bigrams', 'continuations', 'afterLower']) list[table] = Object.entries(list[table]).flat(1);
  },
};

/**
 * JSON.stringify replacer of the bundled word lists: the keys written for people and the tests
 * (`$…` comments, `examples`, `proseExamples`, `bareExample`…, `why`, `note`) are left out of
 * the bundles — no code reads them, and they were a third of the lists' text: every start of the
 * server and of a CLI worker parsed them and kept them on the heap (bundle 2.27 → 1.73 MB).
 * test/dictionaries reads the lists themselves, examples included.
 */
function unreadKeys(key, value) {
  return /^\$|^(?:examples?|\w+Examples?|why|note)$/.test(key) ? undefined : value;
}

/**
 * node:crypto loaded on first use in the server's bundle: vscode-jsonrpc requires it when loaded,
 * for the random name of a pipe transport the server never makes over IPC, and loading the
 * module cost every start of the server 8–24 ms (bin/code-cache.js no longer needs it either).
 * Any property read loads it then, as the plain require would have.
 */
const lazyCrypto = {
  name: 'lazy-crypto',
  setup(b) {
    b.onResolve({ filter: /^(?:node:)?crypto$/ }, (args) => (args.namespace === 'lazy-crypto' ? undefined : { path: 'crypto', namespace: 'lazy-crypto' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-crypto' }, () => ({
      contents: `let m; const get = () => (m ??= require('node:crypto'));
module.exports = new Proxy({}, { get: (_, k) => get()[k], has: (_, k) => k in get(), ownKeys: () => Reflect.ownKeys(get()), getOwnPropertyDescriptor: (_, k) => Object.getOwnPropertyDescriptor(get(), k) });`,
      loader: 'js',
    }));
  },
};

const entries = [
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
  // dist/server.js is the small launcher (code cache), dist/server-main.js the server itself
  { in: 'server/src/lsp/launch.ts', out: 'dist/server.js' },
  { in: 'server/src/lsp/server.ts', out: 'dist/server-main.js', plugins: [lazyCrypto] },
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js' },
  { in: 'server/src/cli/worker.ts', out: 'dist/worker.js' },
  { in: 'server/src/library.ts', out: 'dist/core.js' },
  { in: 'server/src/api/index.ts', out: 'dist/api.js' },
];

const results = await Promise.all([
  ...entries
    .filter((e) => existsSync(e.in))
    .map((e) => build({ ...shipped, plugins: [dictionariesAsJson, ...(e.plugins ?? [])], entryPoints: [e.in], outfile: e.out, external: e.external ?? [] })),
  // the web extension (package.json `browser`): see scripts/web-build.mjs
  build({ ...shipped, ...webClientOptions('dist/web-client.js') }),
  build({ ...shipped, ...webServerOptions('dist/web-server.js') }),
]);
writeFileSync('ThirdPartyNotices.txt', thirdPartyNotices(results.map((r) => r.metafile)));
// every shipped bundle ASCII-only, so that V8 holds its text one byte a character (ascii-output.mjs)
for (const r of results) for (const out of Object.keys(r.metafile.outputs)) if (out.endsWith('.js')) asciiOnly(out);

/**
 * The notices of every npm package whose code esbuild put into a bundle (from the metafiles'
 * inputs), and of those whose data a dictionary derives from: name, version, licence and the
 * full text of its licence file. dictionary-vi is not bundled (it ships as its own folder with
 * its own licence).
 */
function thirdPartyNotices(metafiles) {
  // the packages whose data is derived into dictionaries/ and bundled from there (scripts/build-general-words.mjs, scripts/build-general-pairs.mjs, scripts/build-general-nouns.mjs)
  const dirs = new Set(['node_modules/@vntk/dictionary']);
  for (const m of metafiles) {
    for (const input of Object.keys(m.inputs)) {
      const at = input.lastIndexOf('node_modules/');
      if (at < 0) continue;
      const rest = input.slice(at + 'node_modules/'.length).split('/');
      dirs.add(input.slice(0, at) + 'node_modules/' + (rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]));
    }
  }
  const blocks = [...dirs].sort().map((dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `${pkg.license ?? 'UNKNOWN'} (no licence file in the package)`;
    return `${pkg.name} ${pkg.version} (${pkg.license ?? 'UNKNOWN'})${pkg.homepage ? `\n${pkg.homepage}` : ''}\n\n${text}`;
  });
  const rule = '\n\n' + '-'.repeat(78) + '\n\n';
  return `Soát Tin bundles code or data from the following packages. Their licences follow.\nSoát Tin đóng gói mã hoặc dữ liệu của các gói dưới đây; giấy phép của từng gói được chép nguyên văn.${rule}${blocks.join(rule)}\n`;
}

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

// the package's `soattin` and `soattin/retext` entries (docs/api.md)
writeEntries();
writeDeclarations();

const core = require('../dist/core.js');
// the syllables' lookup keys and accent-free forms, computed once here instead of at every
// start of the server and of each CLI worker; derived from the GPL dictionary, so beside it
writeFileSync(
  join('dist/dictionary-vi', core.PRECOMPUTED_FILE),
  JSON.stringify(core.precomputeSyllables(readFileSync('dist/dictionary-vi/index.dic', 'utf8'))),
);
// every valid syllable's slip variants (core/spell/slips.ts slipVariantsText), from the same
// dictionary: searched once here instead of for each new syllable of a draft, in each process
// (the table is made by the search itself, never read back from an earlier build's)
writeFileSync(join('dist/dictionary-vi', core.SLIP_VARIANTS_FILE), core.slipVariantsText());
// the general dictionary's pair counts (core/spell/general-pairs-data.ts): beside the Node
// bundles, read when a check first asks, not inside each bundle (the web worker bundles them);
// their two lists only, as plain UTF-8 text, read as bytes: no JSON.parse, no index to build
// (core/spell/general-pairs.ts finds a syllable's pairs by binary search in the sorted list)
const generalPairs = JSON.parse(readFileSync(join('dictionaries', 'general-pairs.json'), 'utf8'));
writeFileSync(join('dist', core.GENERAL_PAIRS_FILE), core.generalPairsText(generalPairs));
// the general word list's four lists (core/spell/general-words-data.ts), likewise: plain UTF-8
// text beside the Node bundles, read on the first question (a third of each bundle before); the
// checks find a word and a syllable's counts in them by binary search (core/pair-set.ts
// SortedPairs, firstKeyFrom), so each list must be sorted as `<` sorts strings, each key once
const generalWords = JSON.parse(readFileSync(join('dictionaries', 'general-words.json'), 'utf8'));
for (const name of ['words', 'rare', 'counts', 'triples']) {
  const keys = generalWords[name].split('|');
  const at = keys.findIndex((k, i) => i > 0 && !(keys[i - 1] < k));
  if (at > 0) throw new Error(`dictionaries/general-words.json ${name}: "${keys[at]}" after "${keys[at - 1]}" (sort the list: scripts/build-general-words.mjs)`);
}
writeFileSync(join('dist', core.GENERAL_WORDS_FILE), core.generalWordsText(generalWords));
mkdirSync('schemas', { recursive: true });
writeFileSync('schemas/soattinrc.schema.json', JSON.stringify(core.configSchema(), null, 2) + '\n');
if (watch) console.log('watch mode is not supported; rerun npm run build');
