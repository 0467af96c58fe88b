// The CLI on a folder of drafts, and cSpell with its Vietnamese dictionary on the same files in
// the same run (used by scripts/bench.mjs). The two run in turn, A B A B, so that a change in
// the machine's load hits both; the ratio is taken pair by pair. Also: --cache (a second run
// over unchanged drafts) and one draft that is a single 10 MB line (time and peak memory).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);

/**
 * Run a command; wall seconds and, when /usr/bin/time is there, the peak resident memory of
 * the process (the CLI's workers are threads: one process). `timeoutSec` kills it (coreutils
 * `timeout`, under `time`, so the killed process is still measured and none is left behind).
 */
function timed(cmd, args, { cwd, timeoutSec } = {}) {
  const t0 = performance.now();
  let full = [cmd, ...args];
  if (timeoutSec) full = ['timeout', '-s', 'KILL', String(timeoutSec), ...full];
  if (hasTime) full = [TIME, '-f', '%M', ...full];
  const r = spawnSync(full[0], full.slice(1), { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const sec = (performance.now() - t0) / 1000;
  const lastLine = r.stderr?.trim().split('\n').pop() ?? '';
  const peakMB = hasTime && /^\d+$/.test(lastLine) ? Number(lastLine) / 1024 : undefined;
  // `timeout -s KILL` ends the command with signal 9: the shell's status 137
  const timedOut = !!timeoutSec && (r.status === 137 || r.signal === 'SIGKILL' || /Command terminated by signal 9/.test(r.stderr ?? ''));
  return { sec, peakMB, status: r.status, timedOut, stdout: r.stdout, stderr: r.stderr };
}

/** Write drafts into a new folder: `{ folder, bytes }`. */
export function writeFolder(drafts, name) {
  const base = mkdtempSync(join(tmpdir(), `soattin-bench-${name}-`));
  const folder = join(base, 'drafts');
  mkdirSync(folder);
  let bytes = 0;
  drafts.forEach((t, i) => {
    writeFileSync(join(folder, `tin-${String(i).padStart(4, '0')}.txt`), t);
    bytes += Buffer.byteLength(t);
  });
  return { base, folder, bytes };
}

const soattin = (args, opts) => timed(process.execPath, [resolve('bin/soattin.js'), ...args], opts);

function cspellRunner(base) {
  const bin = resolve('node_modules/.bin/cspell');
  let ext;
  try {
    ext = require.resolve('@cspell/dict-vi-vn/cspell-ext.json');
  } catch {
    return undefined;
  }
  if (!existsSync(bin)) return undefined;
  // as a Vietnamese reporter sets it up: English and Vietnamese, the dictionary imported
  const config = join(base, 'cspell.json');
  writeFileSync(config, JSON.stringify({ version: '0.2', language: 'en,vi', import: [ext] }));
  return (folder) => timed(bin, ['--no-progress', '--no-summary', '--no-exit-code', '--config', config, `${folder}/*.txt`]);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/**
 * The CLI (all cores) and cSpell, `runs` times each in turn. Returns MB/s of each (median) and
 * the median of the pair-by-pair time ratios cSpell / Soát Tin.
 */
export function cliBench({ folder, base, bytes }, runs = 2) {
  const cspell = cspellRunner(base);
  const ours = [];
  const theirs = [];
  let failed;
  for (let i = 0; i < runs; i++) {
    const a = soattin([folder, '--format', 'json', '--output', join(base, 'out.json')]);
    if (a.status === 2) failed = a.stderr.trim().split('\n')[0];
    ours.push(a.sec);
    if (cspell) theirs.push(cspell(folder).sec);
  }
  const mb = bytes / 1024 / 1024;
  return {
    mb,
    mbps: mb / median(ours),
    cspellMbps: cspell ? mb / median(theirs) : undefined,
    ratio: cspell ? median(theirs.map((t, i) => t / ours[i])) : undefined,
    failed,
  };
}

/**
 * --cache: a cold run that writes the cache, then a warm one over the same unchanged drafts
 * (run from the folder's parent: the CLI writes its cache only inside its working directory).
 */
export function cacheBench(drafts) {
  const { base } = writeFolder(drafts, 'cache');
  const args = ['drafts', '--format', 'json', '--output', 'out.json', '--cache'];
  const cold = soattin(args, { cwd: base });
  const warm = soattin(args, { cwd: base });
  return { cold: cold.sec, warm: warm.sec, failed: [cold, warm].find((r) => r.status === 2)?.stderr.trim().split('\n')[0] };
}

/** One draft that is a single line of `text`: CLI wall time and peak memory, killed after `boxSec`. */
export function singleLineBench(text, boxSec) {
  const base = mkdtempSync(join(tmpdir(), 'soattin-bench-line-'));
  const file = join(base, 'one-line.txt');
  writeFileSync(file, text);
  const mb = Buffer.byteLength(text) / 1024 / 1024;
  const r = soattin([file, '--max-file-size', '64MB', '--format', 'json', '--output', join(base, 'out.json')], { timeoutSec: boxSec });
  // a killed run's peak is the peak of `timeout`, not of the CLI: unknown
  return { mb, sec: r.sec, peakMB: r.timedOut ? undefined : r.peakMB, timedOut: r.timedOut, failed: r.status === 2 ? r.stderr.trim().split('\n')[0] : undefined };
}
