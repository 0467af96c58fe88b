/** A long draft with more problems than the editor shows: the end never goes quiet. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleServer, change, open, startClient, type Client } from './harness.js';
import { capFindings } from '../../server/src/lsp/cap.js';
import type { Finding } from '../../server/src/core/types.js';

let server: string;
let c: Client;
beforeAll(async () => {
  server = await bundleServer();
  c = await startClient(server, { settings: {} });
}, 60000);
afterAll(() => c.close());

const LINES = 400;
/** One paragraph per line, each with two double spaces: 800 spacing problems, cap 300. */
const longDraft = (): string =>
  Array.from({ length: LINES }, (_, i) => `Đoạn ${i + 1}: đơn vị đã  rà soát kế hoạch  của quý.`).join('\n') + '\n';

describe('the editor cap (maxFindings 300)', () => {
  it('spreads the 300 shown problems over the whole draft and says so in the status', async () => {
    const diags = await open(c, 'untitled:long', longDraft());
    expect(diags.length).toBe(300);
    const lines = new Set(diags.map((d) => d.range.start.line));
    // every stretch of 40 lines keeps problems, the last one included
    for (let from = 0; from < LINES; from += 40) expect([...lines].some((l) => l >= from && l < from + 40), `lines ${from}–${from + 39}`).toBe(true);
    // the first and the last paragraph both keep a problem
    expect(Math.min(...lines)).toBe(0);
    expect(Math.max(...lines)).toBe(LINES - 1);
    const status = c.statuses.at(-1) as Record<string, unknown>;
    expect(status).toMatchObject({ uri: 'untitled:long', capped: { shown: 300 } });
    expect((status.capped as { total: number }).total).toBeGreaterThanOrEqual(800);
    expect(status.findings).toBe((status.capped as { total: number }).total);
    // no "stopped at 300" notice at 1:1 any more: the status item says it
    expect(diags.filter((d) => d.code === 'soattin')).toEqual([]);
  });

  it('shows every problem around the place being typed at the end of the draft', async () => {
    // the reporter adds a sentence with a doubled word at the very end
    const diags = await change(c, 'untitled:long', 2, [
      { range: { start: { line: LINES, character: 0 }, end: { line: LINES, character: 0 } }, text: 'Hội nghị kết thúc vào vào buổi chiều.\n' },
    ]);
    expect(diags.length).toBe(300);
    expect(diags.filter((d) => d.code === 'repeated-word').map((d) => d.range.start)).toEqual([{ line: LINES, character: 18 }]);
    // both double spaces of each of the last 40 lines are shown
    for (let line = LINES - 40; line < LINES; line++) {
      expect(diags.filter((d) => d.code === 'spacing' && d.range.start.line === line).length, `line ${line + 1}`).toBe(2);
    }
  });
});

describe('capFindings', () => {
  const finding = (start: number): Finding => ({ ruleId: 'spacing', severity: 'warning', start, end: start + 1, messageId: 'x', args: {} });
  it('keeps everything under the cap and never shows more than the cap', () => {
    const text = 'ab\n'.repeat(1000);
    const few = [finding(0), finding(3)];
    expect(capFindings(text, few, 300)).toEqual({ shown: few, total: 2 });
    const many = Array.from({ length: 1000 }, (_, i) => finding(i * 3));
    const { shown, total } = capFindings(text, many, 300, 2990);
    expect(total).toBe(1000);
    expect(shown.length).toBe(300);
    // sorted as given, the 41 lines up to the focus (line 996) all in
    expect(shown.map((f) => f.start)).toEqual([...shown.map((f) => f.start)].sort((a, b) => a - b));
    for (let line = 956; line < 1000; line++) expect(shown.some((f) => f.start === line * 3), `line ${line}`).toBe(true);
  });
});
