/**
 * Gitignore-like patterns, for `.soattinignore` files and the config's `ignore` globs:
 * `#` comments, `!` re-includes, a trailing `/` matches folders only, a leading or inner `/`
 * anchors the pattern to the file's folder, otherwise it matches at any depth; ignoring a
 * folder ignores everything under it. The last matching pattern wins.
 */
import * as path from 'node:path';
import picomatch from 'picomatch';
import { READ_LIMITS, readGuarded, textOf } from '../core/guarded-read.js';

export const IGNORE_FILE = '.soattinignore';

interface Pattern {
  negate: boolean;
  dirOnly: boolean;
  test: (p: string) => boolean;
}

export class IgnoreRules {
  private readonly patterns: Pattern[];

  constructor(
    lines: string[],
    /** folder the patterns are relative to */
    readonly baseDir: string,
  ) {
    this.patterns = [];
    for (const raw of lines) {
      let p = raw.replace(/\r$/, '');
      if (!p.trim() || p.startsWith('#')) continue;
      p = p.replace(/(?<!\\)\s+$/, '');
      const negate = p.startsWith('!');
      if (negate) p = p.slice(1);
      const dirOnly = p.endsWith('/');
      if (dirOnly) p = p.replace(/\/+$/, '');
      const anchored = p.includes('/');
      p = p.replace(/^\//, '');
      if (!p) continue;
      const glob = anchored ? p : `**/${p}`;
      this.patterns.push({ negate, dirOnly, test: picomatch(glob, { dot: true }) });
    }
  }

  get size(): number {
    return this.patterns.length;
  }

  private verdict(rel: string, isDir: boolean): boolean | undefined {
    let result: boolean | undefined;
    for (const p of this.patterns) {
      if (p.dirOnly && !isDir) continue;
      if (p.test(rel)) result = !p.negate;
    }
    return result;
  }

  /** Is this absolute path ignored (itself, or one of its folders below baseDir)? */
  ignores(absPath: string, isDir = false): boolean {
    const rel = path.relative(this.baseDir, absPath).split(path.sep).join('/');
    if (!rel || rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) return false;
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) {
      if (this.verdict(parts.slice(0, i).join('/'), true)) return true;
    }
    return this.verdict(rel, isDir) ?? false;
  }
}

/** The `.soattinignore` of a folder, if there is one. */
export function loadIgnoreFile(dir: string): IgnoreRules | undefined {
  const file = path.join(dir, IGNORE_FILE);
  const read = readGuarded(file, READ_LIMITS.ignoreFile);
  if (!read.ok) return undefined;
  return new IgnoreRules(textOf(read.bytes).split('\n'), dir);
}
