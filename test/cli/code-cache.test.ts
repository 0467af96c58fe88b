/**
 * bin/soattin.js loads the bundles with a V8 code cache (bin/code-cache.js): the findings are
 * those of dist/cli.js run directly, with or without a cache, and a damaged cache is only a
 * slower start. The CLI's V8 flags are listed twice (the cache is accepted only under the flags
 * it was made with): the lists must agree.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, ensureBuilt, folder } from './helpers.js';
import { CLEAN, WARNINGS_ONLY } from './fixtures.js';

const BIN = path.join(ROOT, 'bin/soattin.js');

function run(entry: string, args: string[], tmp: string): { code: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, SOATTIN_NO_CODE_CACHE: '' } });
  return { code: r.status, stdout: r.stdout };
}

describe('code cache', () => {
  beforeAll(() => ensureBuilt());

  it('gives the findings of the bundle run directly, before and after the cache is written, and survives a damaged cache', () => {
    const files: Record<string, string> = {};
    // more drafts than the pool's threshold, so that workers load through the cache too
    for (let i = 0; i < 12; i++) files[`t${i}.txt`] = i % 2 ? CLEAN : WARNINGS_ONLY;
    const dir = folder(files);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-cc-test-'));
    const direct = run(CLI, ['-f', 'json', dir], tmp);
    const first = run(BIN, ['-f', 'json', dir], tmp);
    const caches = fs.readdirSync(tmp).filter((d) => d.startsWith('soattin-code-cache-'));
    expect(caches).toHaveLength(1);
    const cacheDir = path.join(tmp, caches[0]);
    expect(fs.readdirSync(cacheDir).filter((f) => f.startsWith('cli-') && f.endsWith('.cache'))).toHaveLength(1);
    const second = run(BIN, ['-f', 'json', dir], tmp);
    for (const f of fs.readdirSync(cacheDir)) fs.writeFileSync(path.join(cacheDir, f), 'not a code cache');
    const damaged = run(BIN, ['-f', 'json', dir], tmp);
    for (const r of [first, second, damaged]) {
      expect(r.code).toBe(direct.code);
      expect(r.stdout).toBe(direct.stdout);
    }
    // the damaged cache was replaced by a good one
    expect(fs.readdirSync(cacheDir).some((f) => fs.statSync(path.join(cacheDir, f)).size > 1000)).toBe(true);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('reads a bundle as its text, an ASCII one (read as Latin-1) as any other (as UTF-8)', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-cc-text-'));
    const ascii = path.join(tmp, 'ascii.js');
    const utf8 = path.join(tmp, 'utf8.js');
    fs.writeFileSync(ascii, "module.exports = { text: 'Ho\\u00e0ng ~ \\u1ea1' };\n");
    fs.writeFileSync(utf8, "module.exports = { text: 'Hoàng ~ ạ', length: 'Hoàng ~ ạ'.length };\n");
    const script = `const { load } = require(${JSON.stringify(path.join(ROOT, 'bin/code-cache.js'))});
      const out = [${JSON.stringify(ascii)}, ${JSON.stringify(utf8)}].map((f) => load(f));
      process.stdout.write(JSON.stringify(out));`;
    for (let pass = 0; pass < 2; pass++) {
      // (the second pass runs with the caches the first wrote)
      const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, SOATTIN_NO_CODE_CACHE: '' } });
      const [a, u] = JSON.parse(r.stdout) as Array<{ text: string; length?: number }>;
      expect(a).toEqual({ text: 'Hoàng ~ ạ' });
      expect(u).toEqual({ text: 'Hoàng ~ ạ', length: 9 });
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('keeps one cache per install: a rebuild replaces its own cache, never another folder\'s', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-cc-installs-'));
    const bundles = ['a', 'b'].map((install) => {
      fs.mkdirSync(path.join(tmp, install, 'dist'), { recursive: true });
      const file = path.join(tmp, install, 'dist', 'cli.js');
      fs.writeFileSync(file, `module.exports = { install: '${install}' };\n`);
      return file;
    });
    // a script file, not -e: the eval'd text is part of process.execArgv, which keys the cache
    const loader = path.join(tmp, 'load-all.js');
    fs.writeFileSync(
      loader,
      `const { load } = require(${JSON.stringify(path.join(ROOT, 'bin/code-cache.js'))});
      process.stdout.write(JSON.stringify(process.argv.slice(2).map((f) => load(f).install)));`,
    );
    const loadAll = (files: string[]): unknown => {
      const r = spawnSync(process.execPath, [loader, ...files], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, SOATTIN_NO_CODE_CACHE: '' } });
      return JSON.parse(r.stdout);
    };
    const cacheFiles = (): string[] => {
      const dir = fs.readdirSync(tmp).find((d) => d.startsWith('soattin-code-cache-'));
      return dir ? fs.readdirSync(path.join(tmp, dir)).filter((f) => f.endsWith('.cache')).sort() : [];
    };
    expect(loadAll(bundles)).toEqual(['a', 'b']);
    const both = cacheFiles();
    expect(both).toHaveLength(2);
    // install b is rebuilt (a new file): its old cache goes, a's stays
    fs.rmSync(bundles[1]);
    fs.writeFileSync(bundles[1], "module.exports = { install: 'b2' };\n");
    expect(loadAll([bundles[1]])).toEqual(['b2']);
    const after = cacheFiles();
    expect(after).toHaveLength(2);
    expect(after.filter((f) => both.includes(f))).toHaveLength(1);
    expect(loadAll(bundles)).toEqual(['a', 'b2']);
    expect(cacheFiles()).toEqual(after);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('names a cache by a 64-bit key of its inputs, made without node:crypto', () => {
    const { fileKey } = createRequire(import.meta.url)(path.join(ROOT, 'bin/code-cache.js')) as { fileKey(text: string): string };
    const text = `v20.20.2\0x64\0\0--max-opt=2\0/opt/soattin/dist/server-main.js\0${2_300_000}\0${17e17}\0${42}`;
    expect(fileKey(text)).toMatch(/^[0-9a-f]{16}$/);
    expect(fileKey(text)).toBe(fileKey(`${text}`));
    // one unit changed anywhere (the stat's time, the flags) is another name
    expect(fileKey(text.replace('2300000', '2300001'))).not.toBe(fileKey(text));
    expect(fileKey(text.replace('--max-opt=2', '--max-opt=3'))).not.toBe(fileKey(text));
    expect(fs.readFileSync(path.join(ROOT, 'bin/code-cache.js'), 'utf8')).not.toMatch(/require\('node:crypto'\)/);
  });

  it('sets the V8 flags main.ts sets', () => {
    const flagsIn = (file: string, re: RegExp): string[] => [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(re)].map((m) => m[1]).sort();
    const main = flagsIn('server/src/cli/main.ts', /setFlagsFromString\('([^']+)'\)/g);
    const bin = flagsIn('bin/code-cache.js', /'(--[^']+)'/g);
    expect(main.length).toBeGreaterThan(0);
    expect(bin).toEqual(main);
  });
});
