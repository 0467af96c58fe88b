'use strict';
/**
 * Loads a bundle (dist/cli.js, dist/worker.js) with a V8 code cache: the machine code V8
 * compiled for it in an earlier run, its lazily compiled functions included. A cold start
 * otherwise parses and compiles the 3 MB bundle and then, during the first lint, each function
 * the first draft reaches: about a third of the time from start to the first draft's findings
 * (load + first lint of a 5 KB draft 450–640 ms → 340–430 ms).
 *
 * The cache lives in a folder of the user's own under the temporary folder (made private,
 * refused when another user owns it: code read from there is run), one file per bundle, named
 * by the bundle's name, a key of its path, and a hash of its path, size, modification time and
 * inode, Node's version and the V8 flags — V8 itself only checks the source's length, so a rebuilt bundle (a new file, a new
 * time) never meets the code of the old one. The key is no hash of the bundle's text: reading
 * the stat costs nothing, hashing 1.7 MB cost every start of the server and of each CLI worker
 * 2–6 ms. Nor is the key made by node:crypto (`fileKey`): loading that module cost the server's
 * start 8–24 ms, for a short string naming a file in a folder of the user's own. A missing,
 * unreadable or rejected cache costs nothing but the ordinary compile; the new cache is
 * written after the work is done (temporary file, then rename: a process stopped while
 * writing leaves no half file). `SOATTIN_NO_CODE_CACHE=1` turns it off.
 */
const { isAscii } = require('node:buffer');
const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

/**
 * The V8 flags of the CLI (server/src/cli/main.ts says why, and sets them too, for a run of
 * dist/cli.js without bin/soattin.js; a test keeps the two lists equal). bin/soattin.js sets them
 * before the bundle is compiled, the per-core bench (scripts/bench-core.mjs) runs under them.
 */
const CLI_V8_FLAGS = ['--interrupt-budget=1000000', '--no-regexp-tier-up', '--heap-growing-percent=30'];

/** The folder of the caches, or undefined when there is none we may trust. */
function cacheDir() {
  if (process.env.SOATTIN_NO_CODE_CACHE) return undefined;
  try {
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    const dir = path.join(os.tmpdir(), `soattin-code-cache-${uid ?? os.userInfo().username}`);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.statSync(dir);
    // a folder another user made (or one others may write to) could hand us code to run
    if (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * The bundle's text. The shipped bundles are ASCII (scripts/ascii-output.mjs), and ASCII read as
 * Latin-1 is the same string, made by copying the bytes: decoding the 2.3 MB as UTF-8 cost every
 * start of the server and of each CLI worker about 11 ms more CPU (reading dist/server-main.js,
 * medians of 12 alternating runs: 29.3 → 18.5 ms). Any other file is decoded as UTF-8.
 */
function readSource(file) {
  const bytes = fs.readFileSync(file);
  return typeof isAscii === 'function' && isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * A cache file's name for `text` (Node's version, the flags, the bundle's path and stat): 64 bits
 * as 16 hex digits, two FNV-1a hashes of its UTF-16 units from different offsets. It only tells
 * apart the caches of different bundles and builds in a folder of the user's own (no one else
 * chooses the text hashed: a collision is chance alone, one in 2^64), so it needs no
 * cryptographic hash, and node:crypto is not loaded for it (the server loads it for nothing else).
 */
function fileKey(text) {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * Run `file` (a CommonJS bundle) as `require` would, with the V8 flags `flags` set first (the
 * code cache is only accepted under the flags it was made with), and return its exports.
 * A new cache is written when the process (or the worker thread) ends: by then it holds the
 * functions the lint compiled. `whenWarm(exports, save)`, when given, may call `save()` earlier
 * (a process that lives long, the language server, writes it once its first check is done);
 * the cache is written once.
 */
function load(file, flags = [], whenWarm = undefined) {
  for (const f of flags) v8.setFlagsFromString(f);
  const dir = cacheDir();
  if (!dir) return require(file);
  let source;
  let stat;
  try {
    stat = fs.statSync(file, { bigint: true });
    source = readSource(file);
  } catch {
    return require(file);
  }
  const key = fileKey(
    `${process.version}\0${process.arch}\0${process.execArgv.join(' ')}\0${flags.join(' ')}\0${path.resolve(file)}\0${stat.size}\0${stat.mtimeNs}\0${stat.ino}\0${stat.dev}\0${source.length}`,
  );
  // the caches of one bundle's earlier builds share its prefix: a name and a key of its folder,
  // so that two installs on one machine (a project's CLI, the editor's server) keep one each
  const prefix = `${path.basename(file, '.js')}-${fileKey(path.resolve(file)).slice(0, 8)}-`;
  const cacheFile = path.join(dir, `${prefix}${key}.cache`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  let save;
  if (cachedData === undefined || script.cachedDataRejected) {
    let saved = false;
    save = () => {
      if (saved) return;
      saved = true;
      try {
        const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
        fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(tmp, cacheFile);
        // the caches of earlier builds of this bundle (at this path) are dead: one kept a bundle
        for (const f of fs.readdirSync(dir)) {
          if (f.startsWith(prefix) && f.endsWith('.cache') && path.join(dir, f) !== cacheFile) fs.rmSync(path.join(dir, f), { force: true });
        }
      } catch {
        // a cache not written is only a slower next start
      }
    };
    process.once('exit', save);
  }
  const m = { id: file, filename: file, path: path.dirname(file), exports: {}, loaded: false };
  script.runInThisContext().call(m.exports, m.exports, Module.createRequire(file), m, file, path.dirname(file));
  m.loaded = true;
  if (save && whenWarm) whenWarm(m.exports, save);
  return m.exports;
}

module.exports = { load, fileKey, CLI_V8_FLAGS };
