/**
 * Bytes → draft text, refusing what would be linted as mojibake: invalid UTF-8 (legacy
 * TCVN3/VNI/Windows-1258 files), UTF-16, binary files, and files above the size limit.
 * A BOM is stripped for linting and remembered so `--fix` writes it back.
 */
import * as fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import type { Locale, LocalizedText } from '../core/types.js';
import { both, cliMessage } from './messages.js';

export type Decoded =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; kind: 'encoding' | 'utf16' | 'binary' | 'tooLarge' | 'unreadable'; message: LocalizedText; line: number };

/** "10.4 MB" in English, "10,4 MB" in Vietnamese (decimal comma). */
export function formatSize(bytes: number, locale: Locale = 'en'): string {
  const one = (n: number): string => n.toFixed(1).replace(/\.0$/, '').replace('.', locale === 'vi' ? ',' : '.');
  if (bytes >= 1024 * 1024) return `${one(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${one(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let n = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [n, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [n, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    if (i + n >= buf.length) return i;
    let cp = b & (0xff >> (n + 2));
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

function lineOfByte(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (buf[i] === 0x0a) line++;
  return line;
}

export function decode(buf: Uint8Array): Decoded {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    return { ok: false, kind: 'utf16', message: both('utf16'), line: 1 };
  }
  const nul = buf.indexOf(0);
  if (nul >= 0) return { ok: false, kind: 'binary', message: both('binary'), line: lineOfByte(buf, nul) };
  if (!isUtf8(buf)) {
    const bad = firstInvalidUtf8(buf);
    const line = lineOfByte(buf, Math.max(bad, 0));
    return { ok: false, kind: 'encoding', message: both('invalidUtf8', { line }), line };
  }
  let text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8');
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  return { ok: true, text, bom };
}

export function readDraft(file: string, maxSize: number): Decoded {
  try {
    const size = fs.statSync(file).size;
    if (size > maxSize) {
      const message = (l: Locale): string => cliMessage('tooLarge', { size: formatSize(size, l), limit: formatSize(maxSize, l) }, l);
      return { ok: false, kind: 'tooLarge', message: { vi: message('vi'), en: message('en') }, line: 1 };
    }
    return decode(fs.readFileSync(file));
  } catch (e) {
    return { ok: false, kind: 'unreadable', message: both('unreadable', { reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }), line: 1 };
  }
}
