// Where a language server start goes (issue 15: start → first diagnostics): starts the server
// build as scripts/bench-server.mjs does (its Node flags, its own code-cache folder, the bench's
// 5 KB draft), each with --cpu-prof, and prints the profiles' time (idle left out) by phase —
// Node's own start and the IPC channel, the launcher reading the bundle and its code cache, the
// bundle's top level (the modules' load), the first check, the garbage collector — then the
// functions that spend most in the load and in the first check, by their source (the bundle's
// source map, read with node:module's SourceMap: no dependency). The profiler samples wall
// time: on a shared machine the shares are what to read, not the milliseconds.
//
//   node scripts/profile-start.mjs [--server dist/server.js] [--starts 3] [--top 25]
//
// One profiled start is made first and left out: the code cache is keyed by the Node flags, and
// --cpu-prof makes the first profiled start a cold one.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire, SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openDraft, startServer } from './bench-server.mjs';
import { loadSources, makeDraft, randomFrom } from './bench-drafts.mjs';

const require = createRequire(import.meta.url);
const nodeFlags = require('../server/src/lsp/node-flags.json');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const serverPath = opt('server', 'dist/server.js');
const starts = Number(opt('starts', 3));
const top = Number(opt('top', 25));

const sources = loadSources();
const small = makeDraft(sources, randomFrom(2024), 5 * 1024);
const dir = mkdtempSync(join(tmpdir(), 'soattin-profile-start-'));
const profiles = join(dir, 'profiles');
mkdirSync(profiles);
const walls = [];
for (let i = 0; i <= starts; i++) {
  const out = i === 0 ? join(dir, 'cold') : profiles;
  const s = await startServer(dir, serverPath, [...nodeFlags.execArgv, '--cpu-prof', `--cpu-prof-dir=${out}`, '--cpu-prof-interval=250']);
  await openDraft(s, dir, `start-${i}.txt`, small, 1);
  if (i > 0) walls.push(performance.now() - s.t0);
  s.child.kill();
  await new Promise((r) => s.child.once('exit', r));
}

/** source maps of the bundles beside their .js, by file URL */
const maps = new Map();
function mapOf(url) {
  if (!maps.has(url)) {
    let map;
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')));
    } catch {
      map = undefined;
    }
    maps.set(url, map);
  }
  return maps.get(url);
}
/** a call frame's name and where its source is */
function nameOf(cf) {
  const map = cf.url.startsWith('file:') && cf.lineNumber >= 0 ? mapOf(cf.url) : undefined;
  const e = map?.findEntry(cf.lineNumber, cf.columnNumber);
  if (e && e.originalSource) {
    const src = e.originalSource.replace(/^.*?(server\/src\/|node_modules\/|dictionaries\/)/, '$1');
    return `${e.name ?? cf.functionName ?? ''} ${src}:${e.originalLine + 1}`.trim();
  }
  return `${cf.functionName || '(anonymous)'} ${basename(cf.url)}${cf.lineNumber >= 0 ? `:${cf.lineNumber + 1}` : ''}`;
}

const phases = new Map();
const byPhase = { 'bundle top level': new Map(), 'first check': new Map() };
let total = 0;
const files = readdirSync(profiles).filter((f) => f.endsWith('.cpuprofile'));
const bundle = pathToFileURL(join(dirname(serverPath), 'server-main.js')).href;
for (const f of files) {
  const p = JSON.parse(readFileSync(join(profiles, f), 'utf8'));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const node = new Map(p.nodes.map((n) => [n.id, n]));
  const names = new Map();
  const name = (id) => {
    if (!names.has(id)) names.set(id, nameOf(node.get(id).callFrame));
    return names.get(id);
  };
  for (let i = 0; i < p.samples.length; i++) {
    const ms = (p.timeDeltas[i + 1] ?? 0) / 1000 / files.length;
    const id = p.samples[i];
    const cf = node.get(id).callFrame;
    if (cf.functionName === '(idle)') continue;
    let phase = cf.functionName === '(garbage collector)' ? 'garbage collector' : 'Node start, IPC, protocol';
    for (let j = id; j !== undefined && phase !== 'garbage collector'; j = parent.get(j)) {
      const c = node.get(j).callFrame;
      if (c.url === bundle && c.lineNumber === 0 && c.functionName === '') {
        phase = 'bundle top level';
        break;
      }
      if (/ server\/src\/core\/(?:engine|lint)\.ts:/.test(name(j))) {
        phase = 'first check';
        break;
      }
      if (c.url.endsWith('/server.js') && c.functionName !== '') phase = 'launcher: bundle and code cache read';
    }
    phases.set(phase, (phases.get(phase) ?? 0) + ms);
    total += ms;
    byPhase[phase]?.set(name(id), (byPhase[phase].get(name(id)) ?? 0) + ms);
  }
}
const med = [...walls].sort((a, b) => a - b)[Math.floor(walls.length / 2)];
console.log(`${serverPath}: ${files.length} profiled starts, start → first diagnostics median ${med.toFixed(0)} ms (profiled); busy ${total.toFixed(0)} ms a start`);
for (const [k, v] of [...phases].sort((a, b) => b[1] - a[1])) console.log(`${((100 * v) / total).toFixed(1).padStart(6)} %  ${k}`);
for (const [phase, m] of Object.entries(byPhase)) {
  console.log(`\n${phase}: functions by own time (% of the start)`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * v) / total).toFixed(1).padStart(6)} %  ${k}`);
}
console.log(`\nprofiles: ${profiles}`);
process.exit(0);
