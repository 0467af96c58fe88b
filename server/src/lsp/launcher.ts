/**
 * dist/server.js: starts the language server bundle (dist/server-main.js) from V8's code cache.
 *
 * Node compiles a 1.7 MB bundle at every start, then compiles each function again the first
 * time it runs — most of them during the first check. V8 can serialise what it compiled (the
 * bytecode of the top level and of every function run so far) and take it back instead of
 * compiling: after the first check of a session the server writes that cache, and later
 * starts read it (what Node 22's module.enableCompileCache does; Node 20 has only vm.Script).
 * V8 refuses a cache made by another V8, other flags or another source, and the server then
 * compiles as before and writes a new one; so does a missing or unreadable cache.
 *
 * Where: SOATTIN_CODE_CACHE names a folder (`off` turns the cache off); otherwise a folder of
 * the temporary directory private to this user (created 0700, used only when this user owns
 * it and nobody else can write to it: code read from a folder another user can write to
 * would run as this user).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import Module from 'node:module';

/** the hook the server calls once its first diagnostics are sent (service.ts) */
const AFTER_FIRST_CHECK = Symbol.for('soattin.afterFirstCheck');

const main = path.join(__dirname, 'server-main.js');
const source = fs.readFileSync(main, 'utf8');

/** FNV-1a of a short string: a file name per bundle, Node and flags */
function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function cacheFolder(): string | undefined {
  const chosen = process.env.SOATTIN_CODE_CACHE;
  if (chosen === 'off') return undefined;
  if (chosen) return chosen;
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir = path.join(os.tmpdir(), `soattin-code-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.statSync(dir);
    if (!st.isDirectory()) return undefined;
    if (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

function cacheFile(): string | undefined {
  const dir = cacheFolder();
  if (!dir) return undefined;
  try {
    const st = fs.statSync(main);
    const bundle = [process.version, process.arch, st.size, st.mtimeMs, source.slice(0, 4096), source.slice(-4096)].join('|');
    return path.join(dir, `server-${hash(bundle)}-${hash(process.execArgv.join(' '))}.bin`);
  } catch {
    return undefined;
  }
}

const file = cacheFile();
let cachedData: Buffer | undefined;
if (file) {
  try {
    cachedData = fs.readFileSync(file);
  } catch {
    cachedData = undefined;
  }
}

const script = new vm.Script(Module.wrap(source), { filename: main, cachedData });
const reused = cachedData !== undefined && !script.cachedDataRejected;

(globalThis as Record<symbol, unknown>)[AFTER_FIRST_CHECK] = (): void => {
  if (!file || reused) return;
  // a temporary name then a rename: a server stopped while writing leaves no half cache
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(tmp, file);
    // the caches of earlier bundles or Nodes are never read again (other flags may start again)
    const dir = path.dirname(file);
    const mine = path.basename(file).split('-')[1];
    for (const f of fs.readdirSync(dir)) if (/^server-[0-9a-f]+-[0-9a-f]+\.bin$/.test(f) && f.split('-')[1] !== mine) fs.rmSync(path.join(dir, f), { force: true });
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing to clean
    }
  }
};

// the bundle runs as if Node had loaded it as this module (it requires only Node's own modules)
const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: NodeJS.Module, filename: string, dirname: string) => void;
run.call(module.exports, module.exports, require, module, main, __dirname);
