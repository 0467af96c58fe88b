/**
 * Bytes → draft text, refusing what would be linted as mojibake: invalid UTF-8 (legacy
 * TCVN3/VNI/Windows-1258 files), UTF-16, binary files, and files above the size limit.
 * A BOM is stripped for linting and remembered so `--fix` writes it back.
 */
import { isUtf8 } from 'node:buffer';
import type { Locale, LocalizedText } from '../core/types.js';
import { both, cliMessage, type CliMessageId } from './messages.js';
import { readDocx, type DocxFailure, type DocxRead } from '../core/docx/document.js';
import { formatSize, readGuarded, type GuardedRead } from '../core/guarded-read.js';

export type Decoded =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; kind: 'encoding' | 'utf16' | 'binary' | 'tooLarge' | 'unreadable' | 'docx'; message: LocalizedText; line: number };

/** A Word draft is read as its paragraphs (core/docx), not as UTF-8 text. */
export const isDocx = (file: string): boolean => /\.docx$/i.test(file);

/** What one part of a .docx may inflate to: text compresses about tenfold, a bomb far more. */
export const docxPartLimit = (maxFileSize: number): number => maxFileSize * 10;

const DOCX_FAILURES: Record<DocxFailure, CliMessageId> = { notZip: 'docxNotZip', noDocument: 'docxNoDocument', tooLarge: 'docxTooLarge', badXml: 'docxBadXml' };

/** Why a .docx could not be read, in both languages. */
export function docxRefusal(kind: DocxFailure, maxFileSize: number): Decoded & { ok: false } {
  const message = (l: Locale): string => cliMessage(DOCX_FAILURES[kind], { limit: formatSize(docxPartLimit(maxFileSize), l) }, l);
  return { ok: false, kind: 'docx', message: { vi: message('vi'), en: message('en') }, line: 1 };
}

/** The bytes of a Word draft → its text (one line per paragraph) and what a copy with comments needs. */
export type WordDecoded = { ok: true; text: string; bom: false; docx: DocxRead & { ok: true } };

export function decodeDocx(bytes: Uint8Array, maxFileSize: number, all = false): WordDecoded | (Decoded & { ok: false }) {
  const r = readDocx(bytes, docxPartLimit(maxFileSize), all);
  if (!r.ok) return docxRefusal(r.kind, maxFileSize);
  return { ok: true, text: r.doc.text, bom: false, docx: r };
}

export { formatSize };

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

/** A draft file through the guarded reader (regular files only, at most `maxSize` bytes). */
export function readDraft(file: string, maxSize: number): Decoded {
  const read = readGuarded(file, maxSize);
  if (read.ok) return decode(read.bytes);
  return refused(read, maxSize);
}

/** A Word draft through the guarded reader; `all` keeps every part (to write a copy with comments). */
export function readWordDraft(file: string, maxSize: number, all = false): ReturnType<typeof decodeDocx> {
  const read = readGuarded(file, maxSize);
  if (read.ok) return decodeDocx(read.bytes, maxSize, all);
  return refused(read, maxSize) as Decoded & { ok: false };
}

function refused(read: Exclude<GuardedRead, { ok: true }>, maxSize: number): Decoded {
  if (read.kind === 'tooLarge') {
    // a stream has no size until it is read: "more than" the limit is all that is known
    const size = read.size ?? maxSize + 1;
    const message = (l: Locale): string => cliMessage('tooLarge', { size: formatSize(size, l), limit: formatSize(maxSize, l) }, l);
    return { ok: false, kind: 'tooLarge', message: { vi: message('vi'), en: message('en') }, line: 1 };
  }
  return { ok: false, kind: 'unreadable', message: { vi: cliMessage('unreadable', { reason: read.reason.vi }, 'vi'), en: cliMessage('unreadable', { reason: read.reason.en }, 'en') }, line: 1 };
}
