/**
 * `node:path` of the web build (scripts/build.mjs aliases it here): POSIX paths, the working
 * folder being `/`. The web server's paths are those of its `file:` URIs (client/src/web.ts),
 * always absolute, so only the handful of functions the server calls exist.
 */
export const sep = '/';
export const delimiter = ':';

export function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

/** `.` and `..` resolved, repeated slashes folded; a trailing slash kept, as Node does. */
export function normalize(p: string): string {
  if (!p) return '.';
  const absolute = isAbsolute(p);
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(part);
  }
  const joined = (absolute ? '/' : '') + out.join('/');
  if (!joined) return absolute ? '/' : '.';
  return p.endsWith('/') && joined !== '/' ? `${joined}/` : joined;
}

export function join(...parts: string[]): string {
  const given = parts.filter((p) => p.length > 0);
  return given.length ? normalize(given.join('/')) : '.';
}

export function resolve(...parts: string[]): string {
  let out = '';
  for (let i = parts.length - 1; i >= 0 && !isAbsolute(out); i--) {
    if (parts[i]) out = out ? `${parts[i]}/${out}` : parts[i];
  }
  const n = normalize(isAbsolute(out) ? out : `/${out}`);
  return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
}

export function dirname(p: string): string {
  const trimmed = p.length > 1 ? p.replace(/\/+$/, '') : p;
  const at = trimmed.lastIndexOf('/');
  if (at < 0) return '.';
  return at === 0 ? '/' : trimmed.slice(0, at);
}

export function basename(p: string, ext?: string): string {
  const trimmed = p.length > 1 ? p.replace(/\/+$/, '') : p;
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return ext && base !== ext && base.endsWith(ext) ? base.slice(0, -ext.length) : base;
}

export function extname(p: string): string {
  const base = basename(p);
  const at = base.lastIndexOf('.');
  return at <= 0 || base === '..' ? '' : base.slice(at);
}

export function relative(from: string, to: string): string {
  const a = resolve(from).split('/').filter(Boolean);
  const b = resolve(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...Array<string>(a.length - i).fill('..'), ...b.slice(i)].join('/');
}

const path = { sep, delimiter, isAbsolute, normalize, join, resolve, dirname, basename, extname, relative };
export const posix = path;
export default path;
