/** A re-check's diagnostics reuse the last check's where the edit left a finding as it was (lsp/reuse.ts). */
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../server/src/core/types.js';
import { toDiagnostic } from '../../server/src/lsp/diagnostics.js';
import { convertReusing, type Converted } from '../../server/src/lsp/reuse.js';

/** A finding on every “hoà” of the text, with a fix. */
function findingsOf(text: string): Finding[] {
  const out: Finding[] = [];
  for (let i = text.indexOf('hoà'); i >= 0; i = text.indexOf('hoà', i + 1)) {
    out.push({ ruleId: 'tone-mark-style', severity: 'warning', start: i, end: i + 3, messageId: 'nope', args: { n: 1 }, fix: [{ start: i, end: i + 3, text: 'hòa' }] });
  }
  return out;
}

function check(text: string, previous: Converted | undefined, options = 'vi') {
  const doc = TextDocument.create('untitled:x', 'plaintext', 1, text);
  let made = 0;
  const convert = (f: Finding) => {
    made++;
    return toDiagnostic(doc, text, f, 'vi', false, 'text');
  };
  const out = convertReusing(text, options, findingsOf(text), previous, convert);
  // whatever was reused is what a conversion from scratch gives
  expect(out.diagnostics).toEqual(findingsOf(text).map((f) => toDiagnostic(doc, text, f, 'vi', false, 'text')));
  return { out, made };
}

describe('convertReusing', () => {
  const text = 'Ông hoà đến.\nBà hoà về.\nCả nhà hoà thuận.\n';

  it('reuses the findings before the edit, and those on later lines when no line came or went', () => {
    const first = check(text, undefined);
    expect(first.made).toBe(3);
    // a letter typed on the second line: its finding moves, the first and third are reused
    const typed = text.replace('Bà hoà', 'Bà Xhoà');
    const second = check(typed, first.out);
    expect(second.made).toBe(1);
    expect(second.out.diagnostics[0]).toBe(first.out.diagnostics[0]);
    expect(second.out.diagnostics[2]).toBe(first.out.diagnostics[2]);
    // a letter deleted moves the later findings back: reused all the same
    const deleted = check(text.replace('Bà hoà', 'B hoà'), first.out);
    expect(deleted.made).toBe(1);
    expect(deleted.out.diagnostics[2]).toBe(first.out.diagnostics[2]);
  });

  it('writes the later findings anew when a line is added, and everything when the options change', () => {
    const first = check(text, undefined);
    // the line break comes after the second finding: the first two are before the edit
    const broken = check(text.replace('Bà hoà về.', 'Bà hoà\nvề.'), first.out);
    expect(broken.made).toBe(1);
    expect(broken.out.diagnostics[2]).not.toBe(first.out.diagnostics[2]);
    expect(check(text, first.out, 'en').made).toBe(3);
  });
});
