/**
 * Runs the real `soattin` (node dist/cli.js) in temporary folders. The bundle is rebuilt
 * when a source is newer than it (one build at a time across test workers, via a lock).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli.js');
const LOCK = path.join(ROOT, 'dist/.cli-test-build.lock');

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (/\.(ts|json)$/.test(e.name)) t = Math.max(t, fs.statSync(p).mtimeMs);
  }
  return t;
}

function stale(): boolean {
  const out = [CLI, path.join(ROOT, 'dist/worker.js')];
  if (!out.every((f) => fs.existsSync(f))) return true;
  const built = Math.min(...out.map((f) => fs.statSync(f).mtimeMs));
  const sources = Math.max(newest(path.join(ROOT, 'server/src')), newest(path.join(ROOT, 'dictionaries')), fs.statSync(path.join(ROOT, 'package.json')).mtimeMs);
  return sources > built;
}

export function ensureBuilt(): void {
  if (!stale()) return;
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // another test file is building; a lock older than a minute is left over from a crash
      if (waited > 60_000) fs.rmSync(LOCK, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (stale()) {
      const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
    }
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function soattin(args: string[], options: { cwd: string; input?: string | Buffer; env?: Record<string, string>; uid?: number; gid?: number }): Run {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), LANG: 'vi_VN.UTF-8', ...options.env };
  // spawnSync keeps 1 MB of output by default and cuts the rest silently; a SARIF log with every
  // rule's page as help is about that size, so a longer page broke JSON.parse in unrelated tests
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, input: options.input, env, encoding: 'utf8', timeout: 60_000, uid: options.uid, gid: options.gid, maxBuffer: 256 * 1024 * 1024 });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOBUFS') throw new Error(`soattin ${args.join(' ')}: output longer than the test's buffer`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder with these files (string → UTF-8, Buffer → bytes as given). */
export function folder(files: Record<string, string | Buffer>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-cli-')));
  for (const [name, content] of Object.entries(files)) {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return dir;
}

/** A config that runs only these rules (others' new rules must not change exact outputs). */
export function only(ids: string[], extra: Record<string, unknown> = {}): string {
  // the rule list of the bundle under test (others add rules to the sources all the time)
  const { rules } = createRequire(__filename)(path.join(ROOT, 'dist/core.js')) as { rules: Array<{ meta: { id: string; defaultSeverity: string } }> };
  const r: Record<string, string> = {};
  for (const rule of rules) r[rule.meta.id] = ids.includes(rule.meta.id) ? (rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity) : 'off';
  return JSON.stringify({ ...extra, rules: { ...r, ...((extra.rules as object) ?? {}) } }, null, 2);
}

export const PINNED = ['spacing', 'repeated-word', 'unicode-normalisation'];

export function read(dir: string, name: string): Buffer {
  return fs.readFileSync(path.join(dir, name));
}
