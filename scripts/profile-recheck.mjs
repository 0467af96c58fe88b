#!/usr/bin/env node
// Where a re-check's time goes (issue 15): the lint of dist/core.js in this process on the
// bench's 5 KB or 100 KB draft (scripts/bench-drafts.mjs, the seeds of bench-rules.mjs), one
// random edit at a time, warm-up first, then the timed edits under V8's sampling profiler
// (node:inspector, so the warm-up is left out). Prints the functions by own time and by time
// including callees (each function counted once a sample however deep it recurs), mapped to
// their sources through the bundle's source map. Samples are wall time: on a shared machine
// read the shares, not the milliseconds. The language server runs its code with V8's baseline
// tier only (server/src/lsp/launch.ts: --max-opt=2) and node-flags.json's heap flags: give this
// process the same ones to see what the editor's re-check pays for (without them TurboFan
// optimises the hot loops the server runs unoptimised), e.g.
//   node --max-opt=2 --no-regexp-tier-up --max-semi-space-size=4 --min-semi-space-size=4 --heap-growing-percent=30 scripts/profile-recheck.mjs
//
//   node scripts/profile-recheck.mjs [--size 5|100] [--same | --longest] [--warmup N] [--runs N] [--top 40] [--core dist/core.js] [--out FILE.cpuprofile]
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire, SourceMap } from 'node:module';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyEdit, loadSources, makeDraft, randomEdit, randomFrom } from './bench-drafts.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const require = createRequire(import.meta.url);
const core = require(resolve(opt('core', 'dist/core.js')));
const kb = Number(opt('size', 5));
const warmup = Number(opt('warmup', kb === 5 ? 300 : 40));
const runs = Number(opt('runs', kb === 5 ? 500 : 120));
const top = Number(opt('top', 40));
const same = args.includes('--same');
// --longest: every timed edit in the draft's longest line (the cost of recomputing one long paragraph)
const longest = args.includes('--longest');
function editLongest(t) {
  const lines = t.split('\n');
  let k = 0;
  for (let i = 1; i < lines.length; i++) if (lines[i].length > lines[k].length) k = i;
  let at = 0;
  for (let i = 0; i < k; i++) at += lines[i].length + 1;
  const e = randomEdit(lines[k], edits);
  return applyEdit(t, { start: at + e.start, end: at + e.end, insert: e.insert });
}

const sources = loadSources();
const random = randomFrom(2024);
const drafts = { 5: makeDraft(sources, random, 5 * 1024), 100: makeDraft(sources, random, 100 * 1024) };
let text = drafts[kb];
const edits = randomFrom(kb);
const config = { ...core.defaultConfig(), maxFindings: Number.POSITIVE_INFINITY };
core.lint(text, config);
for (let i = 0; i < warmup; i++) {
  text = applyEdit(text, randomEdit(text, edits));
  core.lint(text, config);
}
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const c0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < runs; i++) {
  // --same: the text unchanged (a fresh string): what a re-check costs that no paragraph's analysis is recomputed for
  if (same) text = (text + ' ').slice(0, -1);
  else if (longest) text = editLongest(text);
  else text = applyEdit(text, randomEdit(text, edits));
  core.lint(text, config);
}
const wall = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const { profile } = await session.post('Profiler.stop');
if (opt('out')) writeFileSync(opt('out'), JSON.stringify(profile));

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
function nameOf(cf) {
  const map = cf.url.startsWith('file:') && cf.lineNumber >= 0 ? mapOf(cf.url) : undefined;
  const e = map?.findEntry(cf.lineNumber, cf.columnNumber);
  if (e && e.originalSource) {
    const src = e.originalSource.replace(/^.*?(server\/src\/|node_modules\/|dictionaries\/)/, '$1');
    return `${cf.functionName || e.name || '(anonymous)'} ${src}:${e.originalLine + 1}`;
  }
  return `${cf.functionName || '(anonymous)'} ${basename(cf.url)}${cf.lineNumber >= 0 ? `:${cf.lineNumber + 1}` : ''}`;
}
const node = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const names = new Map();
const name = (id) => {
  if (!names.has(id)) names.set(id, nameOf(node.get(id).callFrame));
  return names.get(id);
};
const self = new Map();
const incl = new Map();
const byFile = new Map();
let total = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const id = profile.samples[i];
  if (node.get(id).callFrame.functionName === '(idle)') continue;
  total += ms;
  const n = name(id);
  self.set(n, (self.get(n) ?? 0) + ms);
  const file = n.replace(/^.* /, '').replace(/:\d+$/, '');
  byFile.set(file, (byFile.get(file) ?? 0) + ms);
  const seen = new Set();
  for (let j = id; j !== undefined; j = parent.get(j)) {
    const m = name(j);
    if (seen.has(m)) continue;
    seen.add(m);
    incl.set(m, (incl.get(m) ?? 0) + ms);
  }
}
const per = (v) => `${(v / runs).toFixed(2).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)} %`;
console.log(`${kb} KB draft, ${runs} edits after ${warmup}: wall ${(wall / runs).toFixed(2)} ms, CPU ${((cpu.user + cpu.system) / 1000 / runs).toFixed(2)} ms a re-check; sampled ${(total / runs).toFixed(2)} ms`);
console.log('\nown time (per re-check, share):');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${per(v)}  ${k}`);
console.log('\nown time by source file:');
for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${per(v)}  ${k}`);
console.log('\ntime with callees:');
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, top * 2)) console.log(`${per(v)}  ${k}`);
