// Makes a bundle ASCII-only, its source map moved to match. esbuild escapes the non-ASCII
// characters of strings and identifiers but leaves regular expression literals as written, and
// the rules' expressions hold a few hundred Vietnamese letters and dashes ("[-–]", "[oòóỏõọ]"):
// one such character makes V8 hold the whole bundle's text (2 MB, kept for the functions it
// compiles lazily) two bytes a character instead of one, in the language server and in each CLI
// worker. Each non-ASCII UTF-16 unit becomes its `\uXXXX` escape, which means the same unit in a
// regular expression (with or without the u flag: an escaped surrogate pair is one code point
// there too), a string, a template (no tagged template reads the raw text of one) and an
// identifier; the source map's generated columns after it move by five.
import { readFileSync, writeFileSync } from 'node:fs';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The first base-64 VLQ number of `segment`, and the text after it. */
function firstVlq(segment) {
  let value = 0;
  let shift = 0;
  let i = 0;
  for (;;) {
    const digit = B64.indexOf(segment[i++]);
    value += (digit & 31) << shift;
    shift += 5;
    if ((digit & 32) === 0) break;
  }
  return { value: value & 1 ? -(value >>> 1) : value >>> 1, rest: segment.slice(i) };
}

function vlq(n) {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += B64[digit];
  } while (v > 0);
  return out;
}

/** The mappings of one generated line with each column moved past the escapes before it (`at`: the columns escaped). */
function moveLine(line, at) {
  if (at.length === 0 || line === '') return line;
  let column = 0;
  let moved = 0;
  let k = 0;
  return line
    .split(',')
    .map((segment) => {
      const { value, rest } = firstVlq(segment);
      column += value;
      while (k < at.length && at[k] < column) k++;
      const to = column + 5 * k;
      const out = vlq(to - moved) + rest;
      moved = to;
      return out;
    })
    .join(',');
}

/** Rewrite `file` (and `file`.map, when there is one) ASCII-only. */
export function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(text)) return;
  const lines = text.split('\n');
  const escaped = lines.map((line) => {
    const at = [];
    for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) > 0x7f) at.push(i);
    return at;
  });
  writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  let map;
  try {
    map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  } catch {
    return;
  }
  map.mappings = map.mappings
    .split(';')
    .map((line, n) => moveLine(line, escaped[n] ?? []))
    .join(';');
  writeFileSync(`${file}.map`, JSON.stringify(map));
}
