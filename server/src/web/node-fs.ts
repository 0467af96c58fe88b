/**
 * `node:fs` of the web build: a read-only volume in memory. The web server has no disk; its
 * client reads the workspace's Soát Tin files through `vscode.workspace.fs` and puts them here
 * (`putFile`, from web-server.ts), under the paths of the server's `file:` URIs. The core reads
 * them with the same calls as on Node (config resolution, word lists, .soattinignore); folders
 * exist because files are in them. Every write fails with EROFS, whose reason the server
 * already words ("read-only"): on the web, Soát Tin never writes the workspace itself.
 */
import { normalize } from './node-path.js';

const files = new Map<string, Uint8Array>();
const folders = new Map<string, number>();

function foldersOf(p: string): string[] {
  const out: string[] = [];
  for (let at = p.lastIndexOf('/'); at > 0; at = p.lastIndexOf('/', at - 1)) out.push(p.slice(0, at));
  out.push('/');
  return out;
}

/** Put (or, with `null`, remove) one file of the volume. */
export function putFile(path: string, text: string | null): void {
  const p = normalize(path);
  const had = files.has(p);
  if (text === null) {
    if (!had) return;
    files.delete(p);
    for (const f of foldersOf(p)) {
      const n = (folders.get(f) ?? 1) - 1;
      if (n > 0) folders.set(f, n);
      else folders.delete(f);
    }
    return;
  }
  files.set(p, new TextEncoder().encode(text));
  if (!had) for (const f of foldersOf(p)) folders.set(f, (folders.get(f) ?? 0) + 1);
}

/** The paths of every file of the volume (tests, logs). */
export function volumeFiles(): string[] {
  return [...files.keys()].sort();
}

function fsError(code: string, call: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${call} '${path}'`), { code, syscall: call, path });
}

export class Stats {
  constructor(
    private readonly kind: 'file' | 'dir',
    readonly size: number,
  ) {}
  readonly mtimeMs = 0;
  isFile(): boolean {
    return this.kind === 'file';
  }
  isDirectory(): boolean {
    return this.kind === 'dir';
  }
  isSymbolicLink(): boolean {
    return false;
  }
  isFIFO(): boolean {
    return false;
  }
  isSocket(): boolean {
    return false;
  }
  isCharacterDevice(): boolean {
    return false;
  }
  isBlockDevice(): boolean {
    return false;
  }
}

function stat(path: string): Stats | undefined {
  const p = normalize(path);
  const bytes = files.get(p);
  if (bytes) return new Stats('file', bytes.byteLength);
  return folders.has(p) ? new Stats('dir', 0) : undefined;
}

export function statSync(path: string, options?: { throwIfNoEntry?: boolean }): Stats | undefined {
  const st = stat(path);
  if (!st && options?.throwIfNoEntry !== false) throw fsError('ENOENT', 'stat', path);
  return st;
}

export const lstatSync = statSync;

export function existsSync(path: string): boolean {
  return stat(path) !== undefined;
}

export function realpathSync(path: string): string {
  if (!stat(path)) throw fsError('ENOENT', 'realpath', path);
  return normalize(path);
}

export function readlinkSync(path: string): string {
  throw fsError('EINVAL', 'readlink', path);
}

export function readFileSync(path: string, encoding?: string | { encoding?: string }): string | Uint8Array {
  const bytes = files.get(normalize(path));
  if (!bytes) throw fsError(folders.has(normalize(path)) ? 'EISDIR' : 'ENOENT', 'open', path);
  const enc = typeof encoding === 'string' ? encoding : encoding?.encoding;
  return enc ? new TextDecoder().decode(bytes) : bytes.slice();
}

/** Open files: the bytes and how far they were read. */
const open = new Map<number, { path: string; bytes: Uint8Array; at: number }>();
let nextFd = 3;

export function openSync(path: string): number {
  const p = normalize(path);
  const bytes = files.get(p);
  if (!bytes) throw fsError(folders.has(p) ? 'EISDIR' : 'ENOENT', 'open', path);
  const fd = nextFd++;
  open.set(fd, { path: p, bytes, at: 0 });
  return fd;
}

function opened(fd: number) {
  const f = open.get(fd);
  if (!f) throw fsError('EBADF', 'read', String(fd));
  return f;
}

export function fstatSync(fd: number): Stats {
  return new Stats('file', opened(fd).bytes.byteLength);
}

export function readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number {
  const f = opened(fd);
  const from = position ?? f.at;
  const chunk = f.bytes.subarray(from, from + length);
  buffer.set(chunk, offset);
  if (position === null) f.at += chunk.length;
  return chunk.length;
}

export function closeSync(fd: number): void {
  open.delete(fd);
}

const readOnly =
  (call: string) =>
  (path: unknown): never => {
    throw fsError('EROFS', call, String(path));
  };
export const writeFileSync = readOnly('write');
export const appendFileSync = readOnly('write');
export const mkdirSync = readOnly('mkdir');
export const renameSync = readOnly('rename');
export const unlinkSync = readOnly('unlink');

export const constants = { O_RDONLY: 0, O_NONBLOCK: 0, O_NOCTTY: 0 };

export default {
  statSync,
  lstatSync,
  existsSync,
  realpathSync,
  readlinkSync,
  readFileSync,
  openSync,
  fstatSync,
  readSync,
  closeSync,
  writeFileSync,
  appendFileSync,
  mkdirSync,
  renameSync,
  unlinkSync,
  constants,
  Stats,
};
