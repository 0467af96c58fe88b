/**
 * matchesNearCues (core/web-debris.ts): an inline pattern tried only before its cue's starts
 * finds what a global scan with the pattern finds, on the entries' examples and on one long
 * line made of them (blank runs and long file names before the cue included).
 */
import { describe, expect, it } from 'vitest';
import debris from '../../dictionaries/web-debris.json';
import { CUE_LEAD, matchesNearCues } from '../../server/src/core/web-debris.js';

interface Entry {
  name: string;
  cue: string;
  pattern: string;
  caseSensitive?: boolean;
  examples?: Array<string | { text: string }>;
}
const entries = debris.inline as Entry[];

function scanners(e: Entry): { global: RegExp; sticky: RegExp; cueScan: RegExp } {
  const flags = e.caseSensitive ? 'gu' : 'giu';
  return { global: new RegExp(e.pattern, flags), sticky: new RegExp(e.pattern, `${flags.replace('g', '')}y`), cueScan: new RegExp(e.cue, 'giu') };
}

function globalScan(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0].length === 0) re.lastIndex += 1;
  }
  return out;
}

const near = (e: Entry, text: string): string[] => matchesNearCues(scanners(e), text).map((m) => `${m.index}:${m[0]}`);
const texts = (e: Entry): string[] => (e.examples ?? []).map((x) => (typeof x === 'string' ? x : x.text));
/** every example of every entry on one line, as a draft pasted without its line breaks */
const oneLine = entries.flatMap(texts).join(' ');

describe('matchesNearCues: a pattern tried before its cue finds what a global scan finds', () => {
  it.each(entries.map((e) => [e.name, e]))('%s, on its examples', (_name, e) => {
    for (const t of texts(e as Entry)) expect(near(e as Entry, t)).toEqual(globalScan(scanners(e as Entry).global, t));
  });

  it.each(entries.map((e) => [e.name, e]))('%s, on every example joined into one line', (_name, e) => {
    const found = near(e as Entry, oneLine);
    expect(found).toEqual(globalScan(scanners(e as Entry).global, oneLine));
  });

  it('reads back over a long file name or address and a long run of blanks before the cue', () => {
    const imageFile = entries.find((e) => e.name === 'imageFile')!;
    const name = `hoi-nghi-tap-huan-ky-nang-${'chuyen-doi-so-'.repeat(8)}2025.jpg`;
    expect(name.length).toBeGreaterThan(CUE_LEAD * 2);
    const text = `Các học viên thực hành trên máy tính.${' '.repeat(CUE_LEAD * 3)}${name} Buổi học kết thúc lúc 17 giờ.`;
    const found = near(imageFile, text);
    expect(found).toEqual(globalScan(scanners(imageFile).global, text));
    expect(found.some((f) => f.includes(name))).toBe(true);
  });

  it('never tries a position twice: many cues in one run of non-blank characters', () => {
    const entity = entries.find((e) => e.name === 'entity')!;
    const text = `Xã${'&nbsp;x'.repeat(2000)} tổ chức lớp học.`;
    expect(near(entity, text)).toEqual(globalScan(scanners(entity).global, text));
  });
});
