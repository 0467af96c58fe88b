/**
 * A fresh folder outside the repository with the packed package installed in it, the way a
 * newsroom gets Soát Tin: `npm pack` of this checkout (after the build), then
 * `npm install <tarball>` offline. The package has no runtime dependencies (everything is
 * bundled), so the install needs no registry at all.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureBuilt, ROOT } from '../cli/helpers.js';

export interface Fresh {
  /** the newsroom's folder (package.json, node_modules/soattin, drafts) */
  dir: string;
  /** the packed tarball */
  tarball: string;
  /** names of the files the tarball holds, relative to the package root */
  packed: string[];
}

/** The environment of a user's shell: no npm_* variables of the test runner, no colour, offline npm. */
export function userEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^npm_|^NODE_OPTIONS$|^VITEST|^INIT_CWD$|^SOATTIN_|^GITHUB_/i.test(k)) env[k] = v;
  }
  return { ...env, LANG: 'vi_VN.UTF-8', NO_COLOR: '1', npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...extra };
}

export function sh(cmd: string, args: string[], cwd: string, env: Record<string, string> = userEnv()): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
}

function must(r: SpawnSyncReturns<string>, what: string): string {
  if (r.status !== 0) throw new Error(`${what} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Pack this checkout and install the tarball into a new folder under the system's temp dir. */
export function freshInstall(): Fresh {
  ensureBuilt();
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-newsroom-')));
  const packDir = path.join(dir, '.pack');
  fs.mkdirSync(packDir);
  // --ignore-scripts: ensureBuilt has built dist/ (prepack would rebuild it under other tests' feet)
  const out = must(sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], ROOT), 'npm pack');
  const info = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const tarball = path.join(packDir, info[0].filename);
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'toa-soan', private: true }, null, 2)}\n`);
  must(sh('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], dir), 'npm install <tarball>');
  return { dir, tarball, packed: info[0].files.map((f) => f.path) };
}

/** Write drafts (name → text) into the folder. */
export function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
}

/**
 * Make packages of this checkout's node_modules (the unified tools a newsroom already has:
 * retext, remark …) available in the folder, as links. npm cannot install them there offline:
 * resolving their versions needs registry metadata, which `npm ci` does not cache.
 */
export function linkFromCheckout(dir: string, names: string[]): void {
  for (const name of names) {
    const target = path.join(dir, 'node_modules', name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules', name), target, 'dir');
  }
}
