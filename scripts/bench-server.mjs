// The language server as the editor drives it (used by scripts/bench.mjs): dist/server.js in
// its own process over IPC, settings asked through workspace/configuration (debounceMs 0, so a
// change is checked at once), edits sent as incremental didChange. A re-check is timed end to
// end: from sending didChange to receiving the publishDiagnostics of that version — parse,
// rules, conversion to diagnostics and both trips over the pipe included. The process gets the
// Node flags the extension starts it with (server/src/lsp/node-flags.json).
import { fork, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdit, randomEdit, randomFrom } from './bench-drafts.mjs';

const require = createRequire(import.meta.url);
/** the flags the extension starts the server with */
const nodeFlags = require('../server/src/lsp/node-flags.json');
const { createProtocolConnection, IPCMessageReader, IPCMessageWriter } = require('vscode-languageserver-protocol/node');

/** Line and character of a UTF-16 offset. */
function positionOf(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/**
 * The temporary folder a server build is started with: one of its own per build, under the
 * bench's. Its V8 code cache (bin/code-cache.js) lives there, and a build writing its cache
 * deletes every other cache of a bundle of the same name in its folder: two builds compared in
 * alternating runs (`--server`) with one folder threw out each other's cache, and the first
 * start of each run was a cold one, which no editor start after the first is.
 */
function cacheHome(serverPath) {
  let h = 0x811c9dc5;
  for (const c of resolve(serverPath)) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  const dir = join(tmpdir(), `soattin-bench-${(h >>> 0).toString(16)}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/**
 * CPU time (user + system, ms) the process `pid` has used, from /proc (Linux; undefined
 * elsewhere): on a shared machine a start's CPU varies far less than its wall time.
 */
export function processCpu(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** A server process and a client connection to it. */
export async function startServer(dir, serverPath, execArgv) {
  const t0 = performance.now();
  const env = { ...process.env, TMPDIR: cacheHome(serverPath) };
  const child = fork(serverPath, ['--node-ipc'], { execArgv, env, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  const conn = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  conn.onRequest('workspace/configuration', (params) => params.items.map(() => ({ debounceMs: 0 })));
  conn.onRequest('client/registerCapability', () => null);
  const waiting = new Set();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    for (const w of waiting) if (w.uri === p.uri && (w.version === undefined || w.version === p.version)) w.resolve(p);
  });
  conn.onNotification(() => {});
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'bench' }],
    capabilities: { workspace: { configuration: true } },
    locale: 'vi',
  });
  conn.sendNotification('initialized', {});
  const diagnostics = (uri, version) =>
    new Promise((resolve) => {
      const w = {
        uri,
        version,
        resolve: (p) => {
          waiting.delete(w);
          resolve(p);
        },
      };
      waiting.add(w);
    });
  const rss = () => Number(spawnSync('ps', ['-o', 'rss=', '-p', String(child.pid)]).stdout.toString().trim()) / 1024;
  return { t0, child, conn, diagnostics, rss };
}

/** An open draft in a server: `edit()` applies one random edit and resolves with the re-check time. */
export async function openDraft(server, dir, name, text, seed) {
  const file = join(dir, name);
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  let version = 1;
  let current = text;
  const random = randomFrom(seed);
  const opened = server.diagnostics(uri, 1);
  server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
  await opened;
  return {
    uri,
    /** `n` random edits in one didChange (as several cursors make them): one re-check */
    async edit(n = 1) {
      const contentChanges = [];
      for (let i = 0; i < n; i++) {
        const e = randomEdit(current, random);
        contentChanges.push({ range: { start: positionOf(current, e.start), end: positionOf(current, e.end) }, text: e.insert });
        current = applyEdit(current, e);
      }
      version++;
      const done = server.diagnostics(uri, version);
      const t0 = performance.now();
      server.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
      await done;
      return performance.now() - t0;
    },
    close() {
      server.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
  };
}

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function timedEdits(draft, warmup, runs) {
  for (let i = 0; i < warmup; i++) await draft.edit();
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await draft.edit());
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), runs };
}

/**
 * Server start → first diagnostics of a 5 KB draft (median of `starts` cold processes), the
 * re-check of a 5 KB and a 100 KB draft (after a warm-up), and the server's resident memory
 * with the 100 KB draft open, then after 500 and 1,000 edits of it: the edits after the timed
 * ones go twenty to a didChange, so that 1,000 edits do not take 1,000 re-checks of 100 KB.
 */
export async function serverBench({ small, big, starts, smallRuns, bigRuns, edits, serverPath = 'dist/server.js', execArgv = nodeFlags.execArgv, onlyStarts = false }) {
  const dir = mkdtempSync(join(tmpdir(), 'soattin-bench-lsp-'));
  const startTimes = [];
  const startCpu = [];
  for (let i = 0; i < starts; i++) {
    const s = await startServer(dir, serverPath, execArgv);
    await openDraft(s, dir, `start-${i}.txt`, small, 1);
    startTimes.push(performance.now() - s.t0);
    startCpu.push(processCpu(s.child.pid));
    s.child.kill();
    // (the cache is written once the first diagnostics are out: a start that follows at once may miss it)
    await new Promise((r) => s.child.once('exit', r));
  }
  const cpu = startCpu.length && startCpu.every((c) => c !== undefined) ? quantile(startCpu, 0.5) : undefined;
  if (onlyStarts) return { start: quantile(startTimes, 0.5), startTimes, startCpu: cpu };
  const s = await startServer(dir, serverPath, execArgv);
  const d5 = await openDraft(s, dir, 'tin-5k.txt', small, 5);
  const recheck5 = await timedEdits(d5, ...smallRuns);
  d5.close();
  const d100 = await openDraft(s, dir, 'tin-100k.txt', big, 100);
  const rssOpen = s.rss();
  const recheck100 = await timedEdits(d100, ...bigRuns);
  let done = bigRuns[0] + bigRuns[1];
  for (; done < edits / 2; done += 20) await d100.edit(20);
  const rssHalf = s.rss();
  for (; done < edits; done += 20) await d100.edit(20);
  const rssAfter = s.rss();
  s.child.kill();
  return { start: quantile(startTimes, 0.5), startTimes, startCpu: cpu, recheck5, recheck100, rssOpen, rssHalf, rssAfter, edits };
}

// Run by itself (`node scripts/bench-server.mjs [--server dist/server.js] [--starts N] [--quick] [--only-starts]`):
// the bench's drafts (same seeds as scripts/bench.mjs) through one server build, printed as
// JSON, so two builds can be compared side by side in alternating runs without the whole bench
// (each build keeps its own code cache, cacheHome); `--only-starts` times the starts alone, with
// the server's CPU to its first diagnostics (median) beside the wall time.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { loadSources, makeDraft } = await import('./bench-drafts.mjs');
  const args = process.argv.slice(2);
  const opt = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
  const quick = args.includes('--quick');
  const sources = loadSources();
  const random = randomFrom(2024);
  const small = makeDraft(sources, random, 5 * 1024);
  const big = makeDraft(sources, random, 100 * 1024);
  const r = await serverBench({
    small,
    big,
    starts: Number(opt('starts', 0)),
    smallRuns: quick ? [150, 250] : [300, 500],
    bigRuns: quick ? [20, 60] : [40, 120],
    edits: quick ? 500 : 1000,
    serverPath: opt('server', 'dist/server.js'),
    onlyStarts: args.includes('--only-starts'),
  });
  const f = (x) => Math.round(x * 10) / 10;
  if (r.recheck5 === undefined) {
    console.log(JSON.stringify({ server: opt('server', 'dist/server.js'), start: r.startTimes.length ? f(r.start) : undefined, startCpu: r.startCpu, startTimes: r.startTimes.map(f) }));
    process.exit(0);
  }
  console.log(
    JSON.stringify({
      server: opt('server', 'dist/server.js'),
      start: r.startTimes.length ? f(r.start) : undefined,
      startCpu: r.startCpu,
      r5: [f(r.recheck5.p50), f(r.recheck5.p95)],
      r100: [f(r.recheck100.p50), f(r.recheck100.p95)],
      rss: [f(r.rssOpen), f(r.rssHalf), f(r.rssAfter)],
    }),
  );
  process.exit(0);
}
