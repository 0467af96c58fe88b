/**
 * The server's answer after a typing session equals a fresh server's answer on the same text:
 * whatever its memo caches kept from earlier versions of the draft, a re-check shows what a
 * check from scratch shows (range, message, severity, and the quick fixes of each).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { bundleServer, change, open, startClient, type Client } from './harness.js';
import { applyTyping, RECHECK_DRAFT, seeded, typingEdit } from '../core/recheck-fresh.js';

let server: string;
let typing: Client;
beforeAll(async () => {
  server = await bundleServer();
  typing = await startClient(server, { settings: { debounceMs: 0 } });
}, 60000);
afterAll(() => typing.close());

/** Line and character of an offset. */
function position(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/**
 * The diagnostics of version `version` (a re-check once the reporter pauses may publish the
 * version before it in between).
 */
async function changed(c: Client, uri: string, version: number, changes: Parameters<typeof change>[3]): Promise<Diagnostic[]> {
  let diags = await change(c, uri, version, changes);
  while (c.diagnostics.get(uri)?.version !== version) diags = await c.nextDiagnostics(uri);
  return diags;
}

/**
 * The diagnostics as the reporter meets them: each as published but for the key of its data
 * (the server keeps the data: lsp/keys.ts), with the quick fixes that data gives, the
 * document's name left out (the fresh server's draft is another).
 */
async function shown(c: Client, uri: string, diags: Diagnostic[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const d of diags) {
    const actions = await c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    const { data, ...rest } = d;
    expect(data).toEqual({ key: expect.stringMatching(/^\d+:\d+$/) });
    out.push({ ...rest, actions: JSON.parse(JSON.stringify(actions).split(JSON.stringify(uri).slice(1, -1)).join('URI')) });
  }
  return out;
}

/** What a server that never saw the draft shows for `text`, as typed (one change from an empty draft). */
async function fresh(text: string): Promise<unknown> {
  const c = await startClient(server, { settings: { debounceMs: 0 } });
  try {
    await open(c, 'untitled:fresh', '');
    return await shown(c, 'untitled:fresh', await change(c, 'untitled:fresh', 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text }]));
  } finally {
    await c.close();
  }
}

describe('a re-check in the editor', () => {
  it('shows what a fresh server shows after 60 edits', async () => {
    const uri = 'untitled:typed';
    let text = RECHECK_DRAFT;
    await open(typing, uri, text);
    const random = seeded(2026);
    let diags: Diagnostic[] = [];
    for (let k = 0; k < 60; k++) {
      const e = typingEdit(text, random);
      diags = await changed(typing, uri, k + 2, [{ range: { start: position(text, e.start), end: position(text, e.end) }, text: e.insert }]);
      text = applyTyping(text, e);
      if (k === 29) expect(await shown(typing, uri, diags)).toEqual(await fresh(text));
    }
    expect(diags.length).toBeGreaterThan(5);
    expect(await shown(typing, uri, diags)).toEqual(await fresh(text));
  }, 120000);
});
