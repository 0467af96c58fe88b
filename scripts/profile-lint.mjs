#!/usr/bin/env node
// Where a one-shot lint's time goes (issue 15: CLI throughput, per-core lint): profiles the
// per-core path — the pool's drafts each linted once by dist/core.js, paragraph memos off, as a
// CLI thread lints, under the CLI's V8 flags (bin/code-cache.js), after a warm-up on examples/ —
// with --cpu-prof in a child process, or reads the .cpuprofile files given (a CLI run's:
// `node --cpu-prof --cpu-prof-dir=D bin/soattin.js FOLDER …` writes one per thread). Prints the
// functions by self time and by inclusive time, each named by its source (the bundle's source
// map, read with node:module's SourceMap: no dependency), and with --under NAME the callees of
// the functions whose name or source contains NAME ("inlineDebris", "rules/spelling.ts") by
// the time spent below them. The profiler samples wall time: on a shared machine read the
// shares, not the milliseconds; (idle) and (program) are left out.
//
//   node scripts/profile-lint.mjs [--core dist/core.js] [--rounds 1] [--top 40] [--under NAME] [FILE.cpuprofile | DIR …]
//
// Twenty-sixth session's reading of the pool (main at 244c40d, per-core lint about 0.13 MB/s):
// flat, no function above 3.5 % of self time — the word memos' lookups by a word's text 3 %,
// the collector 5–7 %, inline web debris 4 % (a page's cue, "ảnh" or "hình", is in 45 % of the
// paragraphs), then dozens of functions at 0.5–1.5 % each. By rule: spelling 27 %, the parse
// 14 % (a line's debris test 7 % of it), common-noun-case 12 %, the names and titles 12 %.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire, SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const WITH_VALUE = new Set(['--core', '--rounds', '--top', '--under']);
const inputs = args.filter((a, i) => !a.startsWith('--') && !WITH_VALUE.has(args[i - 1]));

/** The child: warm up, then lint each pool draft `rounds` times (later rounds varied: no memo carries an answer over). */
async function child() {
  const require = createRequire(import.meta.url);
  const { loadSources, vary } = await import('./bench-drafts.mjs');
  const core = require(resolve(opt('core', 'dist/core.js')));
  core.setParagraphMemos?.(false);
  const config = core.defaultConfig();
  const examples = readdirSync('examples')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join('examples', f), 'utf8'));
  for (let pass = 1; pass <= 5; pass++) for (const e of examples) core.lint(e.split('\n').map((l) => vary(l, pass)).join('\n'), config);
  const { drafts, bytes } = loadSources();
  const rounds = Number(opt('rounds', 1));
  const c0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const d of drafts) core.lint(r === 0 ? d.text : d.text.split('\n').map((l) => vary(l, 100 + r)).join('\n'), config);
  }
  const c = process.cpuUsage(c0);
  const sec = (c.user + c.system) / 1e6;
  console.error(`linted ${((rounds * bytes) / 1024 / 1024).toFixed(2)} MB in ${sec.toFixed(1)} s of CPU (profiler on): ${((rounds * bytes) / 1024 / 1024 / sec).toFixed(3)} MB/s`);
}

if (args.includes('--child')) {
  await child();
  process.exit(0);
}

/** The .cpuprofile files to read: those given (files or folders), or a new profile of the per-core path. */
function profileFiles() {
  if (inputs.length > 0) {
    return inputs.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(p, f)) : [p]));
  }
  const { CLI_V8_FLAGS } = createRequire(import.meta.url)('../bin/code-cache.js');
  const dir = mkdtempSync(join(tmpdir(), 'soattin-profile-'));
  const passOn = args.filter((a, i) => ['--core', '--rounds'].includes(a) || ['--core', '--rounds'].includes(args[i - 1]));
  const r = spawnSync(process.execPath, [...CLI_V8_FLAGS, '--cpu-prof', `--cpu-prof-dir=${dir}`, fileURLToPath(import.meta.url), '--child', ...passOn], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
  return readdirSync(dir).map((f) => join(dir, f));
}

const maps = new Map();
/** The source map of a bundle's URL (dist/x.js.map beside it), or null. */
function mapOf(url) {
  if (!maps.has(url)) {
    let map = null;
    try {
      const file = url.startsWith('file://') ? fileURLToPath(url) : url;
      if (file.endsWith('.js')) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      // no map: the bundle's own names
    }
    maps.set(url, map);
  }
  return maps.get(url);
}

const names = new Map();
/** "name source:line" of a call frame, by the bundle's source map when it has one. */
function nameOf(frame) {
  const id = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}:${frame.functionName}`;
  let name = names.get(id);
  if (name === undefined) {
    const entry = frame.url ? mapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber) : undefined;
    const source = entry?.originalSource ? `${entry.originalSource.replace(/^.*?server\/src\//, '')}:${entry.originalLine + 1}` : frame.url ? `${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : '';
    const fn = entry?.name ?? frame.functionName;
    name = `${fn || '(anonymous)'} ${source}`.trim().slice(0, 140);
    names.set(id, name);
  }
  return name;
}

const self = new Map();
const inclusive = new Map();
const under = new Map();
const target = opt('under');
let total = 0;
let below = 0;
for (const file of profileFiles()) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stacks = new Map();
  const stackOf = (id) => {
    let s = stacks.get(id);
    if (s === undefined) {
      s = [];
      for (let at = id; at !== undefined; at = parent.get(at)) s.push(nameOf(byId.get(at).callFrame));
      stacks.set(id, s);
    }
    return s;
  };
  for (let i = 0; i < p.samples.length; i++) {
    const node = byId.get(p.samples[i]);
    const fn = node.callFrame.functionName;
    if (fn === '(idle)' || fn === '(program)') continue;
    const dt = p.timeDeltas[i] ?? 0;
    total += dt;
    const stack = stackOf(p.samples[i]);
    self.set(stack[0], (self.get(stack[0]) ?? 0) + dt);
    for (const name of new Set(stack)) inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
    if (target) {
      // the outermost frame that matches, and what it called (its own time as "(self)")
      const k = stack.findLastIndex((name) => name.includes(target));
      if (k < 0) continue;
      below += dt;
      const callee = k === 0 ? '(self)' : stack[k - 1];
      under.set(callee, (under.get(callee) ?? 0) + dt);
    }
  }
}

const top = Number(opt('top', 40));
const pct = (t) => `${((100 * t) / total).toFixed(1).padStart(5)} %`;
const print = (title, m) => {
  console.log(`\n${title}`);
  for (const [name, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${name}`);
};
console.log(`${(total / 1e6).toFixed(1)} s of samples ((idle) and (program) left out)`);
print('by self time', self);
print('by inclusive time', inclusive);
if (target) print(`below "${target}" (${pct(below).trim()} of the samples), by callee`, under);
