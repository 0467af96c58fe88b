/**
 * The one way Soát Tin reads a file a workspace controls (drafts, configs, word lists,
 * lexicons, ignore files) and standard input: regular files only, never more than a cap.
 * A `.soattinrc.json` that is a link to /dev/zero or a FIFO would otherwise be read until
 * memory runs out (or block forever on open); a dangling link would be taken for "no file".
 * Every refusal comes back as a value with a localised reason.
 */
import * as fs from 'node:fs';
import type { Locale, LocalizedText } from './types.js';
import { coreMessage, type CoreMessageId } from './messages.js';
import { systemReason } from './system-errors.js';

/** Caps per kind of input (drafts use --max-file-size). Generous for real files, small enough to stay bounded. */
export const READ_LIMITS = {
  config: 1024 * 1024,
  wordList: 8 * 1024 * 1024,
  lexicon: 32 * 1024 * 1024,
  ignoreFile: 1024 * 1024,
} as const;

export type ReadFailureKind = 'missing' | 'dangling' | 'notFile' | 'tooLarge' | 'unreadable';

export type GuardedRead =
  | { ok: true; bytes: Buffer }
  | { ok: false; kind: ReadFailureKind; /** why, without the file name */ reason: LocalizedText; /** size in bytes, for tooLarge */ size?: number };

/** "10.4 MB" in English, "10,4 MB" in Vietnamese (decimal comma). */
export function formatSize(bytes: number, locale: Locale = 'en'): string {
  const one = (n: number): string => n.toFixed(1).replace(/\.0$/, '').replace('.', locale === 'vi' ? ',' : '.');
  if (bytes >= 1024 * 1024) return `${one(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${one(bytes / 1024)} KB`;
  return `${bytes} B`;
}

function both(id: CoreMessageId, args: Record<string, string | number> = {}): LocalizedText {
  return { vi: coreMessage(id, args, 'vi'), en: coreMessage(id, args, 'en') };
}

function tooLarge(size: number, limit: number): GuardedRead {
  const text = (l: Locale): string => coreMessage('read.tooLarge', { size: formatSize(size, l), limit: formatSize(limit, l) }, l);
  return { ok: false, kind: 'tooLarge', reason: { vi: text('vi'), en: text('en') }, size };
}

function notFile(st: fs.Stats): GuardedRead {
  const id: CoreMessageId = st.isDirectory()
    ? 'read.isDirectory'
    : st.isFIFO()
      ? 'read.isFifo'
      : st.isSocket()
        ? 'read.isSocket'
        : st.isCharacterDevice() || st.isBlockDevice()
          ? 'read.isDevice'
          : 'read.notRegular';
  return { ok: false, kind: 'notFile', reason: both(id) };
}

function errnoReason(e: unknown): LocalizedText {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EACCES' || err.code === 'EPERM') return both('read.denied');
  return systemReason(e);
}

/**
 * Up to `limit` bytes from an open descriptor; `undefined` when there is more. Pipes and
 * terminals in non-blocking mode answer EAGAIN: wait a little and read again.
 */
export function readBounded(fd: number, limit: number, sizeHint = 0): { bytes?: Buffer; read: number } {
  const chunks: Buffer[] = [];
  let total = 0;
  let buf = Buffer.allocUnsafe(Math.min(Math.max(sizeHint + 1, 64 * 1024), limit + 1));
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    total += n;
    if (total > limit) return { read: total };
    buf = Buffer.allocUnsafe(Math.min(64 * 1024, limit + 1 - total));
  }
  return { bytes: Buffer.concat(chunks, total), read: total };
}

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

/** A regular file's bytes, at most `limit` of them; anything else is refused with a reason. */
export function readGuarded(file: string, limit: number): GuardedRead {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused just below)
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      const link = fs.lstatSync(file, { throwIfNoEntry: false });
      if (link?.isSymbolicLink()) return { ok: false, kind: 'dangling', reason: both('read.dangling', { target: safeReadlink(file) }) };
      return { ok: false, kind: 'missing', reason: both('read.missing') };
    }
    if ((e as NodeJS.ErrnoException).code === 'EISDIR') return { ok: false, kind: 'notFile', reason: both('read.isDirectory') };
    return { ok: false, kind: 'unreadable', reason: errnoReason(e) };
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return notFile(st);
    if (st.size > limit) return tooLarge(st.size, limit);
    const { bytes, read } = readBounded(fd, limit, st.size);
    if (!bytes) return tooLarge(read, limit);
    return { ok: true, bytes };
  } catch (e) {
    return { ok: false, kind: 'unreadable', reason: errnoReason(e) };
  } finally {
    fs.closeSync(fd);
  }
}

/** Standard input, at most `limit` bytes (the same cap as a draft file: --max-file-size). */
export function readStdinGuarded(limit: number, fd = 0): GuardedRead {
  try {
    const { bytes, read } = readBounded(fd, limit);
    if (!bytes) return tooLarge(read, limit);
    return { ok: true, bytes };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EOF') return { ok: true, bytes: Buffer.alloc(0) };
    return { ok: false, kind: 'unreadable', reason: errnoReason(e) };
  }
}

/** Text of a guarded read: UTF-8 without a BOM. */
export function textOf(bytes: Buffer): string {
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

function safeReadlink(file: string): string {
  try {
    return fs.readlinkSync(file);
  } catch {
    return '?';
  }
}

/** Does anything (a file, a folder, even a dangling link) sit at this path? */
export function entryExists(file: string): boolean {
  return fs.lstatSync(file, { throwIfNoEntry: false }) !== undefined;
}
