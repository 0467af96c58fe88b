#!/usr/bin/env node
// `npm run bench`: the speed budgets of DESIGN.md measured on this machine, on real text, as a
// table; exit code 1 when a budget is missed. `npm run bench -- --write-docs` also writes the
// table, with the machine it ran on, to docs/performance.md. Timed assertions live here, never
// in unit tests. Sections (each in its own file):
// - bench-drafts.mjs: drafts recombined from the unlabelled pool's real text (examples/ when
//   ../shared is absent), random edits as typing makes them;
// - bench-server.mjs: the language server end to end (didChange → publishDiagnostics,
//   debounce 0), its start, its memory after 1,000 edits;
// - bench-core.mjs: per-core MB/s of parse-latin alone, the project's parse, the whole lint;
// - bench-cli.mjs: the CLI on ~5 MB with all cores against cSpell + its Vietnamese dictionary
//   in the same run, --cache, one 10 MB single-line draft;
// - bench-hostile.mjs: adversarial 100 KB inputs, each rule alone, time-boxed.
// The machine is often shared: compare runs made side by side, not absolute times.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { hostileBench } from './bench-hostile.mjs';
import { loadSources, makeDraft, makeFolder, randomFrom, singleLine } from './bench-drafts.mjs';
import { serverBench } from './bench-server.mjs';
import { perCoreBench } from './bench-core.mjs';
import { cacheBench, cliBench, singleLineBench, writeFolder } from './bench-cli.mjs';

const writeDocs = process.argv.includes('--write-docs');
const started = performance.now();
const load = loadavg()[0];
const sources = loadSources();
console.log(`bench: drafts from the ${sources.note}`);

const rows = [];
const row = (name, value, target, ok) => rows.push({ name, value, target, ok });
const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (x) => `${x.toFixed(0)} MB`;
const rate = (x) => `${x.toFixed(2)} MB/s`;

// the language server
const random = randomFrom(2024);
const small = makeDraft(sources, random, 5 * 1024);
const big = makeDraft(sources, random, 100 * 1024);
const server = await serverBench({ small, big, starts: 3, smallRuns: [300, 500], bigRuns: [40, 120], edits: 1000 });
const { recheck5: r5, recheck100: r100 } = server;
row(`server re-check, 5 KB draft: p50 ${ms(r5.p50)}, p95`, ms(r5.p95), 'p95 ≤ 5 ms', r5.p95 <= 5);
row(`server re-check, 100 KB draft: p50 ${ms(r100.p50)}, p95`, ms(r100.p95), 'p95 ≤ 50 ms', r100.p95 <= 50);
row(`server start → first diagnostics (5 KB; ${server.startTimes.length} starts, median)`, ms(server.start), '≤ 250 ms', server.start <= 250);
row('server memory, 100 KB draft open', mb(server.rssOpen), '≤ 150 MB', server.rssOpen <= 150);
const flat = server.rssAfter - server.rssHalf <= 10;
row(`server memory after 1,000 edits (after 500: ${mb(server.rssHalf)})`, mb(server.rssAfter), '≤ 150 MB, flat', server.rssAfter <= 150 && flat);
console.log('bench: language server done');

// per core
const core = perCoreBench();
const lintCore = core.find((c) => c.step === 'lint');
row(`per core: ${core.map((c) => c.label).join(' / ')} (MB/s)`, core.map((c) => c.mbps.toFixed(2)).join(' / '), 'lint ≥ 2.5 MB/s', lintCore.mbps >= 2.5);
console.log('bench: per core done');

// the CLI and cSpell
const made = makeFolder(sources, 5 * 1024 * 1024);
const folder = writeFolder(made.drafts, 'cli');
const cli = cliBench(folder);
row(`CLI, ${cli.mb.toFixed(1)} MB of drafts (${made.drafts.length}, ${(100 * made.distinct).toFixed(0)} % of paragraphs distinct), ${cpus().length} cores${cli.failed ? ` — ${cli.failed}` : ''}`, rate(cli.mbps), '≥ 4 MB/s', cli.mbps >= 4 && !cli.failed);
if (cli.cspellMbps !== undefined) {
  row(`cSpell + Vietnamese dictionary, same files (${rate(cli.cspellMbps)}): Soát Tin faster by`, `${cli.ratio.toFixed(2)}×`, '≥ 5×', cli.ratio >= 5);
} else row('cSpell: not installed (npm install: it is a devDependency)', '—', '≥ 5×', false);
// a quarter of the folder is enough to see what the cache saves
const cache = cacheBench(made.drafts.slice(0, made.drafts.length >> 2));
row(
  `--cache, a quarter of the folder unchanged: warm run (cold ${cache.cold.toFixed(1)} s)${cache.failed ? ` — ${cache.failed}` : ''}`,
  `${cache.warm.toFixed(1)} s`,
  '≤ cold / 3',
  cache.warm <= cache.cold / 3 && !cache.failed,
);
const LINE_BOX_SEC = 30;
const line = singleLineBench(singleLine(sources, 10 * 1024 * 1024), LINE_BOX_SEC);
const lineTime = line.timedOut ? `> ${LINE_BOX_SEC} s (stopped)` : `${line.sec.toFixed(1)} s`;
row(
  `one ${line.mb.toFixed(0)} MB draft on a single line: time, peak memory${line.failed ? ` — ${line.failed}` : ''}`,
  `${lineTime}, ${line.peakMB !== undefined ? mb(line.peakMB) : '?'}`,
  '≤ 10 s, ≤ 400 MB',
  !line.timedOut && !line.failed && line.sec <= 10 && (line.peakMB ?? 0) <= 400,
);
console.log('bench: CLI done');

// hostile inputs (issue 18): 100 KB adversarial texts, each rule alone, time-boxed per input
const HOSTILE_RULE_MS = 5_000;
const hostile = await hostileBench({ boxMs: 120_000, ruleBudgetMs: HOSTILE_RULE_MS });
const bad = hostile.filter((r) => !r.ok);
const worst = hostile.filter((r) => r.worst).sort((a, b) => b.worst[1] - a.worst[1])[0];
row(
  `hostile 100 KB inputs, each rule alone: ${hostile.length - bad.length}/${hostile.length} in budget; worst (${worst ? `${worst.name}, ${worst.worst[0]}` : '—'})`,
  worst ? `${worst.worst[1]} ms` : '—',
  `≤ ${HOSTILE_RULE_MS / 1000} s a rule`,
  bad.length === 0,
);
for (const r of bad) row(`  hostile: ${r.name}${r.hung ? ` — hung in ${r.hung}` : r.crashed ? ` — ${r.crashed}` : ''}`, r.hung ? 'timeout' : `${r.worst?.[1]} ms`, '', false);

const totalSec = (performance.now() - started) / 1000;
const width = Math.max(...rows.map((r) => r.name.length));
for (const r of rows) console.log(`${r.ok ? '✓' : '✗'} ${r.name.padEnd(width)}  ${r.value.padStart(16)}   ${r.target}`);
console.log(`bench: ${totalSec.toFixed(0)} s; load average at start ${load.toFixed(2)} (a shared machine makes every figure slower)`);

if (writeDocs) {
  let commit = 'unknown (not a git checkout)';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // a copy of the sources without .git: the page says so
  }
  const cell = (s) => s.replace(/\|/g, '\\|');
  const doc = `# Performance

Measured by \`npm run bench -- --write-docs\` (scripts/bench.mjs), which wrote this page. The
budgets are DESIGN.md's. Figures from a shared machine are slower than the code is: compare
runs made side by side, not absolute times.

- **Date**: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}
- **Machine**: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}, ${process.platform}; load average ${load.toFixed(2)} when the bench started
- **Text**: ${sources.note}
- **Whole bench**: ${totalSec.toFixed(0)} s

| | measure | measured | budget |
|---|---|---|---|
${rows.map((r) => `| ${r.ok ? '✓' : '✗'} | ${cell(r.name.trim())} | ${cell(r.value)} | ${cell(r.target)} |`).join('\n')}

## How each figure is taken

- **Drafts**: the unlabelled pool's real drafts recombined — the headline of one, runs of two
  to five paragraphs of others, its closing line — with sentences rotated, numbers shifted
  and some everyday words swapped, so the drafts of a folder all differ and most paragraphs
  too (repeated paragraphs would flatter the parser's and the rules' caches). Short lines and
  some sentences recur in the 5 MB folder (sixteen times the pool); the per-core figures read
  each pool draft once.
- **Re-check**: the real server (dist/server.js) over IPC, \`soattin.debounceMs\` 0, one random
  edit at a time (a letter typed, a character deleted, a word typed over a word, anywhere in
  the draft), timed from sending \`didChange\` to receiving that version's
  \`publishDiagnostics\`; ${r5.runs} timed edits on 5 KB and ${r100.runs} on 100 KB, after a warm-up
  of 300 and 40 edits.
- **Start**: a new server process until the first diagnostics of a 5 KB draft (median of ${server.startTimes.length}).
- **Memory**: the server's resident set (ps) with the 100 KB draft open, then after 500 and
  ${server.edits.toLocaleString('en')} edits of it (the edits after the timed ones go twenty to a \`didChange\`). Flat: at
  most 10 MB more after 1,000 edits than after 500.
- **Per core**: one thread, each step in its own process (a step's caches would flatter the
  next), warmed up on other text first.
- **CLI and cSpell**: \`soattin FOLDER --format json\` with all cores, and \`cspell\` with
  \`@cspell/dict-vi-vn\` (language \`en,vi\`) on the same files, in turn; the ratio is the median
  of the pair-by-pair time ratios.
- **Single line**: the pool's paragraphs joined by spaces into one ${line.mb.toFixed(0)} MB line,
  \`soattin FILE --max-file-size 64MB\`; peak memory from \`/usr/bin/time\`, stopped after ${LINE_BOX_SEC} s.
`;
  writeFileSync('docs/performance.md', doc);
  console.log('bench: wrote docs/performance.md');
}
process.exit(rows.every((r) => r.ok) ? 0 : 1);
