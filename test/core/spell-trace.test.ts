import { afterEach, describe, expect, it, vi } from 'vitest';

/** What the trace writes for one step, with SOATTIN_SPELL_TRACE set to `phrases` (or unset). */
async function traced(phrases: string | undefined, keys: string[]): Promise<string[]> {
  vi.resetModules();
  vi.stubEnv('SOATTIN_SPELL_TRACE', phrases ?? '');
  const lines: string[] = [];
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    const { TRACING, traceStep } = await import('../../server/src/core/spell/trace.js');
    expect(TRACING).toBe(phrases !== undefined);
    traceStep('pairs', 'no-slip', keys, 'quan');
  } finally {
    write.mockRestore();
  }
  return lines;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('spelling trace (SOATTIN_SPELL_TRACE): why the rule stayed silent', () => {
  it('writes the pass and the step for a group holding a phrase asked about, whatever its tone style or case', async () => {
    expect(await traced('Tổng quang, hòa giải', ['viết', 'tổng', 'quang'])).toEqual(['spell-trace pairs no-slip: viết tổng quang (quan)\n']);
    expect(await traced('hòa giải', ['hoà', 'giải'])).toEqual(['spell-trace pairs no-slip: hoà giải (quan)\n']);
  });

  it('writes nothing for other groups, nor when the variable is not set', async () => {
    expect(await traced('tổng quang', ['lớp', 'tập', 'huấn'])).toEqual([]);
    expect(await traced(undefined, ['viết', 'tổng', 'quang'])).toEqual([]);
  });
});
