#!/usr/bin/env node
// Per-core A/B of two builds on a shared, noisy machine: the per-core figure's path (the pool's
// drafts each read once, no paragraph memos, as the CLI lints) with both bundles loaded in this
// one process, each draft linted (or parsed) by both in an order that alternates from draft to
// draft, so both meet the same load. Separate processes timed in turn on a loaded 2-core machine
// differ by more than most changes gain; here an A/A run (a bundle against a copy of itself)
// varies about ±5 % a round, and the median of 9 rounds settles a few per cent.
//
// CPU time, never wall time (process.cpuUsage around each lint: the machine's load is not the
// code's), per round and per rule (each rule's `check` wrapped: a rule's share includes the
// shared analyses it is the first to ask for, as `--timing` has it). Round 0 reads the drafts
// as they are, later rounds with their sentences rotated and numbers shifted (bench-drafts.mjs
// `vary`), so no per-word memo carries a round's answers into the next. Warmed up on examples/
// first, as bench-core.mjs is. Run under the CLI's V8 flags (bin/code-cache.js) to measure what
// a CLI thread does.
//
//   node --interrupt-budget=1000000 --no-regexp-tier-up --heap-growing-percent=30 \
//     scripts/bench-core-ab.mjs --vs BASE/dist/core.js [--core dist/core.js] [--rounds 9] [--step lint|parse] [--top 12]
//
// BASE is main's bundle, built in a second worktree (or a copy of dist/ made before the change).
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSources, vary } from './bench-drafts.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
if (!opt('vs')) {
  console.error('usage: bench-core-ab.mjs --vs BASE/core.js [--core dist/core.js] [--rounds 9] [--step lint|parse] [--top 12]');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const rounds = Number(opt('rounds', 9));
const step = opt('step', 'lint');
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

// [this build, the other]: each with its own module instance, caches and rule objects
const builds = [opt('core', 'dist/core.js'), opt('vs')].map((path) => {
  const core = require(resolve(path));
  core.setParagraphMemos?.(false);
  const config = core.defaultConfig();
  const perRule = new Map();
  for (const rule of core.rules) {
    const check = rule.check;
    const id = rule.meta.id;
    rule.check = (context) => {
      const t0 = cpuMs();
      try {
        return check.call(rule, context);
      } finally {
        perRule.set(id, (perRule.get(id) ?? 0) + cpuMs() - t0);
      }
    };
  }
  const run = step === 'parse' ? (text) => core.parseDraft(text) : (text) => core.lint(text, config);
  return { path, run, perRule };
});

const examples = readdirSync('examples')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join('examples', f), 'utf8'));
for (let pass = 1; pass <= 15; pass++) {
  for (const e of examples) {
    const text = e.split('\n').map((l) => vary(l, pass)).join('\n');
    for (const b of builds) b.run(text);
  }
}
for (const b of builds) b.perRule.clear();

const { drafts } = loadSources();
const totals = [[], []];
const ratios = [];
for (let r = 0; r < rounds; r++) {
  const sums = [0, 0];
  drafts.forEach((d, i) => {
    const text = r === 0 ? d.text : d.text.split('\n').map((l) => vary(l, 200 + r)).join('\n');
    for (const k of (i + r) % 2 === 0 ? [0, 1] : [1, 0]) {
      const t0 = cpuMs();
      builds[k].run(text);
      sums[k] += cpuMs() - t0;
    }
  });
  totals[0].push(sums[0]);
  totals[1].push(sums[1]);
  ratios.push(sums[0] / sums[1]);
  console.log(`round ${r}: ${builds[0].path} ${sums[0].toFixed(0)} ms, ${builds[1].path} ${sums[1].toFixed(0)} ms CPU, ratio ${(sums[0] / sums[1]).toFixed(3)}`);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`\n${step}, ${drafts.length} drafts, ${rounds} rounds: median CPU a round ${median(totals[0]).toFixed(0)} against ${median(totals[1]).toFixed(0)} ms, median ratio ${median(ratios).toFixed(3)}`);
if (step === 'lint') {
  console.log(`\n${'rule (CPU ms a round)'.padEnd(32)}${'this'.padStart(8)}${'other'.padStart(8)}   ratio`);
  const ids = [...builds[1].perRule.keys()].sort((a, b) => builds[1].perRule.get(b) - builds[1].perRule.get(a));
  for (const id of ids.slice(0, Number(opt('top', 12)))) {
    const [a, b] = builds.map((x) => (x.perRule.get(id) ?? 0) / rounds);
    console.log(`${id.padEnd(32)}${a.toFixed(0).padStart(8)}${b.toFixed(0).padStart(8)}   ${(a / b).toFixed(3)}`);
  }
}
