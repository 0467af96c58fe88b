/**
 * dist/server.js (launch.ts) loads the server bundle (dist/server-main.js) through the V8 code
 * cache the CLI uses: the first start writes the cache once its first diagnostics are out, a
 * later start reads it, and both answer alike; a damaged cache is only a slower start.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../cli/helpers.js';
import { open, startClient } from './harness.js';

const LAUNCHER = path.join(ROOT, 'dist/server.js');
const DRAFT = 'Khai mạc lớp tập huấn tại tại Hà Nội\n\nSáng nay, lớp tập huấn khai mạc tại Hà Nội.\n';

/** One start of the launcher with its caches under `tmp`: the codes of the first draft's diagnostics. */
async function diagnosticsOfOneStart(tmp: string): Promise<string[]> {
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  process.env.SOATTIN_NO_CODE_CACHE = '';
  try {
    const client = await startClient(LAUNCHER, { settings: { debounceMs: 0 } });
    const codes = (await open(client, 'untitled:launch', DRAFT)).map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`);
    // the cache is written on the turn after the first publish
    await new Promise((r) => setTimeout(r, 300));
    await client.close();
    return codes;
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

const cachesIn = (tmp: string): string[] => {
  const dirs = fs.readdirSync(tmp).filter((d) => d.startsWith('soattin-code-cache-'));
  return dirs.flatMap((d) => fs.readdirSync(path.join(tmp, d)).map((f) => path.join(tmp, d, f))).filter((f) => path.basename(f).startsWith('server-main-'));
};

describe('the language server launcher', () => {
  beforeAll(() => ensureBuilt());

  it('writes the code cache after the first check, reads it on the next start, and survives a damaged one', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-launch-test-'));
    const first = await diagnosticsOfOneStart(tmp);
    expect(first.length).toBeGreaterThan(0);
    const caches = cachesIn(tmp);
    expect(caches).toHaveLength(1);
    expect(fs.statSync(caches[0]).size).toBeGreaterThan(1000);
    const written = fs.statSync(caches[0]).mtimeMs;
    expect(await diagnosticsOfOneStart(tmp)).toEqual(first);
    // accepted, so not written again
    expect(fs.statSync(caches[0]).mtimeMs).toBe(written);
    fs.writeFileSync(caches[0], 'not a code cache');
    expect(await diagnosticsOfOneStart(tmp)).toEqual(first);
    expect(fs.statSync(cachesIn(tmp)[0]).size).toBeGreaterThan(1000);
    fs.rmSync(tmp, { recursive: true, force: true });
  }, 60_000);

  it('never loads node:crypto: neither the cache key nor the protocol library needs it to start and check', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'soattin-launch-test-'));
    // a module preloaded into the server's process writes down, as the process ends, which of Node's crypto modules it loaded
    const preload = path.join(tmp, 'loaded.js');
    const out = path.join(tmp, 'loaded.txt');
    fs.writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, process.moduleLoadList.filter((m) => /crypto/.test(m)).join('\\n')));\n`);
    const saved = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = `--require ${preload}`;
    try {
      expect((await diagnosticsOfOneStart(tmp)).length).toBeGreaterThan(0);
    } finally {
      if (saved === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = saved;
    }
    for (let i = 0; i < 50 && !fs.existsSync(out); i++) await new Promise((r) => setTimeout(r, 100));
    expect(fs.readFileSync(out, 'utf8')).toBe('');
    fs.rmSync(tmp, { recursive: true, force: true });
  }, 60_000);
});
