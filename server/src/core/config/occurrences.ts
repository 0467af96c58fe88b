/**
 * "Ignore this occurrence" for drafts that cannot hold a comment (plain text): a side file
 * `.soattin/ignored.json` in the project folder (beside `.soattin/words.txt`), committed with
 * the drafts, read by the CLI and the editor alike. Each entry names the draft (relative
 * path), the rule, the finding's text and a hash of the line it is on — so it survives edits
 * elsewhere in the draft, and comes back when that line itself is rewritten.
 *
 * {
 *   "ignored": [ { "file": "tin/hoi-nghi.txt", "rule": "spelling", "text": "Hản", "line": "9f2c41d0" } ]
 * }
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FindingIgnore } from './types.js';

export const OCCURRENCES_FILE = '.soattin/ignored.json';
/** a side file larger than this is not read (it is a list of a few entries per draft) */
const MAX_BYTES = 1_000_000;

export interface IgnoredOccurrence {
  file: string;
  rule: string;
  text: string;
  /** lineHash of the line holding the finding */
  line: string;
}

/** FNV-1a (32 bits, hex) of the NFC text of the line holding `offset`, without its edges' spaces. */
export function lineHash(text: string, offset: number): string {
  const start = offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  const line = text.slice(start, nl < 0 ? text.length : nl).trim().normalize('NFC');
  let h = 0x811c9dc5;
  for (let i = 0; i < line.length; i++) {
    h ^= line.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function isEntry(v: unknown): v is IgnoredOccurrence {
  const e = v as IgnoredOccurrence;
  return !!e && typeof e === 'object' && typeof e.file === 'string' && typeof e.rule === 'string' && typeof e.text === 'string' && typeof e.line === 'string';
}

const cache = new Map<string, IgnoredOccurrence[]>();

export function clearOccurrenceCache(): void {
  cache.clear();
}

/** Every entry of the side file in `projectDir` (none when it is missing, too big or not a list). */
export function readOccurrences(projectDir: string): IgnoredOccurrence[] {
  const file = path.join(projectDir, OCCURRENCES_FILE);
  const hit = cache.get(file);
  if (hit) return hit;
  let entries: IgnoredOccurrence[] = [];
  try {
    const st = fs.statSync(file);
    if (st.isFile() && st.size <= MAX_BYTES) {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as { ignored?: unknown };
      if (Array.isArray(parsed?.ignored)) entries = parsed.ignored.filter(isEntry);
    }
  } catch {
    entries = [];
  }
  cache.set(file, entries);
  return entries;
}

/** The draft's path as the side file names it: relative to the project folder, `/` separators. */
export function occurrenceKey(projectDir: string, draftPath: string): string {
  return path.relative(projectDir, path.resolve(draftPath)).split(path.sep).join('/');
}

/** The entries for one draft, as finding ignores bound to their line. */
export function occurrencesFor(projectDir: string, draftPath: string): FindingIgnore[] {
  const key = occurrenceKey(projectDir, draftPath);
  return readOccurrences(projectDir)
    .filter((e) => e.file === key)
    .map((e) => ({ rule: e.rule, text: e.text, line: e.line }));
}
