/**
 * Fingerprints that let code-scanning platforms (GitHub via SARIF `partialFingerprints`,
 * GitLab via Code Climate `fingerprint`) recognise the same finding after unrelated edits.
 * A finding is identified by its rule, the original text it points at, the content of its
 * line (whitespace collapsed, NFC) and which occurrence of that triple it is in the file —
 * never by its line number, so adding a paragraph above it does not make it "new".
 */
import { createHash } from 'node:crypto';
import type { LintMessage } from './result.js';

function lineAt(text: string, offset: number): string {
  const start = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return text.slice(start, nl < 0 ? text.length : nl);
}

const normalise = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Add `fingerprint` to each message of one file, in order (text: what was linted). */
export function addFingerprints(messages: LintMessage[], text: string): void {
  const seen = new Map<string, number>();
  for (const m of messages) {
    const base = [m.ruleId, normalise(text.slice(m.offset, m.endOffset)), normalise(lineAt(text, m.offset))].join('\u0000');
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    m.fingerprint = createHash('sha256').update(`${base}\u0000${occurrence}`).digest('hex').slice(0, 32);
  }
}
