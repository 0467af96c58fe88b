/**
 * The two Node globals the core touches, for the web build (esbuild `inject`): `process` (the
 * working folder `/`, no environment) and the part of `Buffer` guarded reads use. Nothing else
 * of Node exists in the worker, on purpose: a new use shows up as a build warning or a failing
 * test of the bundle (test/lsp/web-server.test.ts), not as a crash in a reporter's browser.
 */
class WebBuffer extends Uint8Array {
  override toString(encoding: string = 'utf8'): string {
    if (encoding !== 'utf8' && encoding !== 'utf-8') throw new Error(`Buffer.toString: only utf8 on the web (${encoding})`);
    return new TextDecoder().decode(this);
  }
}

const make = (n: number): WebBuffer => new WebBuffer(n);

export const Buffer = {
  alloc: make,
  allocUnsafe: make,
  from(value: string | ArrayLike<number> | Uint8Array): WebBuffer {
    if (typeof value === 'string') {
      const bytes = new TextEncoder().encode(value);
      return new WebBuffer(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    const out = new WebBuffer(value.length);
    out.set(value);
    return out;
  },
  concat(list: readonly Uint8Array[], total = list.reduce((n, b) => n + b.length, 0)): WebBuffer {
    const out = new WebBuffer(total);
    let at = 0;
    for (const b of list) {
      out.set(b.subarray(0, Math.min(b.length, total - at)), at);
      at += b.length;
      if (at >= total) break;
    }
    return out;
  },
  byteLength(text: string): number {
    return new TextEncoder().encode(text).byteLength;
  },
  isBuffer(value: unknown): value is WebBuffer {
    return value instanceof WebBuffer;
  },
};

export const process = {
  cwd: (): string => '/',
  env: {} as Record<string, string | undefined>,
  platform: 'browser',
  versions: {} as Record<string, string>,
  on: (): void => undefined,
  nextTick: (fn: (...args: unknown[]) => void, ...args: unknown[]): void => queueMicrotask(() => fn(...args)),
};
