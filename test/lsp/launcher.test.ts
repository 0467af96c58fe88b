/**
 * dist/server.js (launcher.ts) starts the server bundle from V8's code cache: the first start
 * writes the cache after its first check, the next start reads it back and checks the same.
 * Runs on the built bundle (npm test builds first).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { open, seed004, startClient, tempDir, type Client } from './harness.js';

const launcher = path.resolve(__dirname, '../../dist/server.js');
const started: Client[] = [];
afterEach(async () => {
  for (const c of started.splice(0)) await c.close();
  delete process.env.SOATTIN_CODE_CACHE;
});

async function waitFor(test: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (test()) return true;
  return test();
}

describe.skipIf(!fs.existsSync(launcher))('the code cache of dist/server.js', () => {
  it('is written after the first check and read by the next start, which finds the same', async () => {
    const cache = tempDir();
    process.env.SOATTIN_CODE_CACHE = cache;
    const caches = (): string[] => fs.readdirSync(cache).filter((f) => /^server-.*\.bin$/.test(f));
    const first = await startClient(launcher, { locale: 'vi', rootPath: tempDir() });
    started.push(first);
    const before = await open(first, 'untitled:a', seed004());
    expect(await waitFor(() => caches().length === 1, 10000)).toBe(true);
    const written = fs.statSync(path.join(cache, caches()[0])).mtimeMs;
    const second = await startClient(launcher, { locale: 'vi', rootPath: tempDir() });
    started.push(second);
    const after = await open(second, 'untitled:a', seed004());
    expect(after).toEqual(before);
    expect(before.some((d) => d.code === 'repeated-word')).toBe(true);
    // a cache V8 took is not written again; no half-written file is left behind
    await new Promise((r) => setTimeout(r, 300));
    expect(fs.readdirSync(cache)).toEqual(caches());
    expect(fs.statSync(path.join(cache, caches()[0])).mtimeMs).toBe(written);
  }, 60000);

  it('starts without one when told so (SOATTIN_CODE_CACHE=off)', async () => {
    process.env.SOATTIN_CODE_CACHE = 'off';
    const client = await startClient(launcher, { locale: 'vi', rootPath: tempDir() });
    started.push(client);
    expect((await open(client, 'untitled:b', seed004())).length).toBeGreaterThan(0);
  }, 60000);
});
