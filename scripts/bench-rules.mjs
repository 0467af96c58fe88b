#!/usr/bin/env node
// Which rules a re-check pays for: the lint of dist/core.js in this process, on the bench's 5 KB
// and 100 KB drafts (scripts/bench-drafts.mjs, the same seeds as the server bench), one random
// edit at a time as the server sees them, with the per-rule timings lint already records
// (`timings`, as `--timing` uses). Warm-up edits first, then the median and p95 per rule of the
// timed ones, the whole lint included (wall and CPU time), largest first. In-process: no IPC,
// no diagnostics, so it says where the lint's time goes, not what the editor waits for
// (bench-server.mjs does).
//
// `--vs OTHER/core.js` compares two builds on a shared, noisy machine: both are loaded in this
// one process (each with its own caches) and every edited text is linted by both, in turns
// whose order alternates, so both meet the same load; the paired ratio per edit (this build /
// the other) is summarised by its median.
//
//   node scripts/bench-rules.mjs [--size 5|100|both] [--warmup N] [--runs N] [--core dist/core.js] [--vs base/core.js] [--json]
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { applyEdit, loadSources, makeDraft, randomEdit, randomFrom } from './bench-drafts.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const require = createRequire(import.meta.url);
const builds = [opt('core', 'dist/core.js'), ...(opt('vs') ? [opt('vs')] : [])].map((path) => ({ path, core: require(resolve(path)) }));
const size = opt('size', 'both');
const json = args.includes('--json');

const sources = loadSources();
// the drafts of scripts/bench.mjs: the same generator, seeded alike
const random = randomFrom(2024);
const drafts = { 5: makeDraft(sources, random, 5 * 1024), 100: makeDraft(sources, random, 100 * 1024) };

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/** One lint with its per-rule timings, the whole lint's wall and CPU time added. */
function timedLint(core, config, text) {
  const timings = {};
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  core.lint(text, config, { timings });
  // CPU time too: on a shared machine the wall time counts the turns other processes take
  const cpu = process.cpuUsage(c0);
  timings['(whole lint)'] = performance.now() - t0;
  timings['(whole lint, CPU)'] = (cpu.user + cpu.system) / 1000;
  return timings;
}

function summary(per) {
  return [...per].map(([id, xs]) => ({ id, p50: quantile(xs, 0.5), p95: quantile(xs, 0.95), mean: xs.reduce((a, b) => a + b, 0) / xs.length })).sort((a, b) => b.mean - a.mean);
}

function run(kb, warmup, runs) {
  let text = drafts[kb];
  const edits = randomFrom(kb);
  const configs = builds.map((b) => ({ ...b.core.defaultConfig(), maxFindings: Number.POSITIVE_INFINITY }));
  builds.forEach((b, k) => b.core.lint(text, configs[k]));
  const per = builds.map(() => new Map());
  const ratios = { wall: [], cpu: [] };
  for (let i = 0; i < warmup + runs; i++) {
    text = applyEdit(text, randomEdit(text, edits));
    const order = i % 2 === 0 ? builds.map((_, k) => k) : builds.map((_, k) => builds.length - 1 - k);
    const got = [];
    for (const k of order) got[k] = timedLint(builds[k].core, configs[k], text);
    if (i < warmup) continue;
    got.forEach((timings, k) => {
      for (const [id, ms] of Object.entries(timings)) {
        if (!per[k].has(id)) per[k].set(id, []);
        per[k].get(id).push(ms);
      }
    });
    if (got.length === 2) {
      ratios.wall.push(got[0]['(whole lint)'] / got[1]['(whole lint)']);
      ratios.cpu.push(got[0]['(whole lint, CPU)'] / got[1]['(whole lint, CPU)']);
    }
  }
  return { rules: per.map(summary), ratio: builds.length === 2 ? { wall: quantile(ratios.wall, 0.5), cpu: quantile(ratios.cpu, 0.5) } : undefined };
}

const fmt = (r) => (r ? r.p50.toFixed(2).padStart(8) + r.p95.toFixed(2).padStart(8) + r.mean.toFixed(2).padStart(8) : ''.padStart(24));
const out = {};
for (const kb of size === 'both' ? [5, 100] : [Number(size)]) {
  const warmup = Number(opt('warmup', kb === 5 ? 200 : 30));
  const runs = Number(opt('runs', kb === 5 ? 300 : 80));
  const r = run(kb, warmup, runs);
  out[kb] = builds.length === 1 ? r.rules[0] : r;
  if (json) continue;
  console.log(`\n${kb} KB draft (${drafts[kb].length} chars), ${runs} edits after ${warmup}: ms per re-check (p50, p95, mean)`);
  console.log('rule'.padEnd(34) + builds.map((b) => b.path.slice(-23).padStart(24)).join('  '));
  for (const row of r.rules[0]) console.log(row.id.padEnd(34) + r.rules.map((rules) => fmt(rules.find((x) => x.id === row.id))).join('  '));
  if (r.ratio) console.log(`paired median ratio ${builds[0].path} / ${builds[1].path}: wall ${r.ratio.wall.toFixed(3)}, CPU ${r.ratio.cpu.toFixed(3)}`);
}
if (json) console.log(JSON.stringify(out));
