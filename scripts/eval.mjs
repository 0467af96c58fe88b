#!/usr/bin/env node
// The quality bench: `npm run eval [-- <annotated folder>] [flags]` (see scripts/eval/args.mjs).
// 1. the annotated corpus (element table; recall, precision, false findings per rule and family),
// 2. printed for the blind split's tune and check sides (check: numbers only),
// 3. injected errors in correct stretches of real drafts (recall, fix restores the original),
// 4. the unlabelled pool (rates per rule, required-* alarms, genre detection, review sample),
// 5. the drafts written for the bench (corpus/written: false findings on correct drafts, recall by kind).
// Writes artifacts/quality/quality.json (and review-sample.md); --write-docs also docs/quality.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { spawnSync } from 'node:child_process';
import { parseArgs, PARTS } from './eval/args.mjs';
import { loadAnnotated, loadPool } from './eval/corpus.mjs';
import { Linters } from './eval/parallel.mjs';
import { scoreElements } from './eval/elements.mjs';
import { scoreFindings } from './eval/findings.mjs';
import { gatherStats } from './eval/inject/stats.mjs';
import { summariseInjected } from './eval/injected.mjs';
import { scorePool, genreDetection, reviewSample } from './eval/pool.mjs';
import { loadWritten, scoreWritten } from './eval/written.mjs';
import { printReport } from './eval/print.mjs';
import { qualityDoc } from './eval/doc.mjs';

const opts = parseArgs(process.argv.slice(2));
if (opts.errors.length) {
  for (const e of opts.errors) console.error(`eval: ${e}`);
  process.exit(2);
}
const started = performance.now();
const want = (p) => opts.parts.includes(p);

const dev = loadAnnotated(opts.folder).map((d) => ({ ...d, folder: opts.folder }));
const pool = want('injected') || want('pool') ? loadPool(opts.pool).map((d) => ({ ...d, folder: opts.pool })) : [];
const devLinted = want('elements') || want('findings') || want('injected') ? dev : [];
const written = want('written') ? loadWritten(opts.written) : [];
const linters = new Linters([...devLinted, ...pool, ...written]);
await linters.lint();

const result = { seed: opts.seed, annotated: { folder: opts.folder, drafts: dev.length, tune: dev.filter((d) => d.split === 'tune').length, check: dev.filter((d) => d.split === 'check').length }, pool: { folder: opts.pool ?? null, drafts: pool.length } };
if (want('elements')) result.elements = scoreElements(devLinted);
if (want('findings')) result.findings = scoreFindings(devLinted, { rule: opts.rule });
if (want('injected')) {
  const stats = gatherStats([...devLinted, ...pool]);
  result.injected = summariseInjected(await linters.inject(stats, { seed: opts.seed, rounds: opts.rounds }));
}
await linters.close();
if (want('pool')) {
  result.poolScores = scorePool(pool);
  result.genre = {
    'annotated (dev)': genreDetection(
      dev.filter((d) => d.genre === 'training' && d.draft),
      dev.filter((d) => d.genre !== 'training' && d.draft),
    ),
    unlabelled: result.poolScores.genre,
  };
}
if (want('written')) result.written = { folder: opts.written ?? null, ...scoreWritten(written) };
result.seconds = (performance.now() - started) / 1000;
// wall time depends on what else runs on the machine: say how much CPU the bench itself used
const cpu = process.cpuUsage();
result.cpuSeconds = (cpu.user + cpu.system) / 1e6;
result.loadAverage = loadavg()[0];

printReport(result, opts);

mkdirSync(opts.out, { recursive: true });
const { listing: _e, ...elements } = result.elements ?? {};
const { listing: _f, ...findings } = result.findings ?? {};
const { list: _i, ...injected } = result.injected ?? {};
const { listing: _w, ...writtenScores } = result.written ?? {};
const json = { ...result, elements: result.elements && elements, findings: result.findings && findings, injected: result.injected && injected, written: result.written && writtenScores };
writeFileSync(join(opts.out, 'quality.json'), JSON.stringify(json, null, 2) + '\n');
if (want('pool') && pool.length) writeFileSync(join(opts.out, 'review-sample.md'), reviewSample(pool.filter((d) => !opts.rule || d.findings.some((f) => f.ruleId === opts.rule)), opts.sample, opts.seed) + '\n');
console.log(`\nwrote ${join(opts.out, 'quality.json')}${want('pool') && pool.length ? ` and review-sample.md (${opts.sample} findings per rule)` : ''}`);
if (opts.writeDocs) {
  if (opts.parts.length !== PARTS.length || opts.rule || opts.split !== 'all') {
    console.error('eval: --write-docs needs the whole bench (no --part, --rule or --split)');
    process.exit(2);
  }
  // which code the numbers describe (the doc is regenerated after each rebase onto main)
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || undefined;
  writeFileSync(new URL('../docs/quality.md', import.meta.url), qualityDoc({ ...json, commit }));
  console.log('wrote docs/quality.md');
}
