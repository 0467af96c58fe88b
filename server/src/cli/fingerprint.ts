/**
 * Fingerprints that let code-scanning platforms (GitHub via SARIF `partialFingerprints`,
 * GitLab via Code Climate `fingerprint`) recognise the same finding after unrelated edits.
 * A finding is identified by its rule, the original text it points at, the content of its
 * line (whitespace collapsed, NFC) and which occurrence of that triple it is in the file —
 * never by its line number, so adding a paragraph above it does not make it "new".
 */
import { createHash } from 'node:crypto';
import { lastAtOrBefore, itself } from '../core/sorted.js';
import type { LintMessage } from './result.js';

const normalise = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Add `fingerprint` to each message of one file, in order (text: what was linted). */
export function addFingerprints(messages: LintMessage[], text: string): void {
  // each line is found and normalised once, not once per finding on it: a draft that is one
  // 10 MB line has hundreds of findings there (that was minutes and gigabytes)
  const lines = new Lines(text);
  const seen = new Map<string, number>();
  for (const m of messages) {
    const line = lines.at(m.offset);
    const head = `${m.ruleId}\u0000${normalise(text.slice(m.offset, m.endOffset))}\u0000`;
    // same rule, same text, same line content (whichever line): the next occurrence
    const key = head + line.id;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    m.fingerprint = createHash('sha256').update(head).update(line.content).update(`\u0000${occurrence}`).digest('hex').slice(0, 32);
  }
}

/**
 * A line longer than this (no paragraph of a real draft; a 10 MB file on one line) enters its
 * findings' fingerprints as its own SHA-256, hashed once: hashing the line itself for each of
 * its hundreds of findings was gigabytes of hashing.
 */
export const LONG_LINE = 64 * 1024;

interface Line {
  /** normalised */
  norm: string;
  /** numbered by content */
  id: number;
  /** what its findings' fingerprints hash: the normalised line, or its digest when long */
  content: string;
}

/** The text's lines (ended by "\n"), each normalised once and numbered by its content. */
class Lines {
  private readonly starts: number[] = [0];
  private readonly byStart = new Map<number, Line>();
  private readonly ids = new Map<string, number>();

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  at(offset: number): Line {
    // the line holding `offset` (a finding at a line's very end, on its "\n", belongs to it)
    const k = Math.max(0, lastAtOrBefore(this.starts, offset, itself));
    const start = this.starts[k];
    let line = this.byStart.get(start);
    if (!line) {
      const nl = this.text.indexOf('\n', start);
      const norm = normalise(this.text.slice(start, nl < 0 ? this.text.length : nl));
      let id = this.ids.get(norm);
      if (id === undefined) this.ids.set(norm, (id = this.ids.size));
      line = { norm, id, content: norm.length > LONG_LINE ? createHash('sha256').update(norm).digest('hex') : norm };
      this.byStart.set(start, line);
    }
    return line;
  }
}
