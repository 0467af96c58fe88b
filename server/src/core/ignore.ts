/**
 * Which drafts are ignored: one implementation for the CLI and the language server, so an
 * editor and CI never disagree about a file. Gitignore semantics for `.soattinignore` files
 * and the config's `ignore` globs: `#` comments, `!` re-includes, a trailing `/` matches
 * folders only, a leading or inner `/` anchors the pattern to its base folder, otherwise it
 * matches at any depth; ignoring a folder ignores everything under it (a file in an ignored
 * folder cannot be re-included). The last matching pattern wins. Globs go through the
 * linear-time matcher (core/glob.ts).
 */
import * as path from 'node:path';
import { compileGlob, type Matcher } from './glob.js';
import { READ_LIMITS, readGuarded, textOf } from './guarded-read.js';
import { coreMessage } from './messages.js';
import type { LocalizedText } from './types.js';
import type { ResolvedConfig } from './config/types.js';

export const IGNORE_FILE = '.soattinignore';

interface Pattern {
  negate: boolean;
  dirOnly: boolean;
  test: Matcher;
}

export class IgnoreRules {
  private readonly patterns: Pattern[] = [];

  constructor(
    lines: readonly string[],
    /** folder the patterns are relative to */
    readonly baseDir: string,
  ) {
    for (const raw of lines) {
      let p = raw.replace(/\r$/, '');
      if (!p.trim() || p.startsWith('#')) continue;
      p = trimTrailingSpaces(p);
      const negate = p.startsWith('!');
      if (negate) p = p.slice(1);
      else if (p.startsWith('\\!') || p.startsWith('\\#')) p = p.slice(1);
      const dirOnly = p.endsWith('/');
      while (p.endsWith('/')) p = p.slice(0, -1);
      const anchored = p.includes('/');
      p = p.replace(/^\/+/, '');
      if (!p) continue;
      this.patterns.push({ negate, dirOnly, test: compileGlob(anchored ? p : `**/${p}`) });
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

/** Trailing spaces are dropped unless escaped with a backslash (gitignore). Linear: no regex. */
function trimTrailingSpaces(p: string): string {
  let end = p.length;
  while (end > 0 && (p[end - 1] === ' ' || p[end - 1] === '\t')) {
    if (end > 1 && p[end - 2] === '\\') break;
    end--;
  }
  return p.slice(0, end);
}

export type IgnoreFileResult = { rules?: IgnoreRules; error?: LocalizedText };

/** The `.soattinignore` of a folder (none is fine; one that cannot be read is an error). */
export function loadIgnoreFile(dir: string): IgnoreFileResult {
  const file = path.join(dir, IGNORE_FILE);
  const read = readGuarded(file, READ_LIMITS.ignoreFile);
  if (read.ok) return { rules: new IgnoreRules(textOf(read.bytes).split('\n'), dir) };
  if (read.kind === 'missing') return {};
  return {
    error: {
      vi: coreMessage('cli.unreadable', { file, reason: read.reason.vi }, 'vi'),
      en: coreMessage('cli.unreadable', { file, reason: read.reason.en }, 'en'),
    },
  };
}

/**
 * The rules that come with a config: the `ignore` globs of each config file merged for it
 * (relative to that file's folder) and the `.soattinignore` in each of those folders. `root`
 * (the CLI's working folder, the editor's workspace folder) has its own `.soattinignore`,
 * read by `rootIgnore`.
 */
export function configIgnores(config: ResolvedConfig, root: string | undefined): { rules: IgnoreRules[]; error?: LocalizedText } {
  const rules: IgnoreRules[] = [];
  const base = config.baseDir ?? root;
  if (!base) return { rules };
  // a config given directly (--config, the API's settings) is one layer
  const layers = config.layers ?? [{ file: config.configFile, dir: base, ignore: config.ignore }];
  for (const layer of layers) {
    if (layer.ignore.length) rules.push(new IgnoreRules(layer.ignore, layer.dir));
    if (layer.file && (!root || path.resolve(layer.dir) !== path.resolve(root))) {
      const r = loadIgnoreFile(layer.dir);
      if (r.error) return { rules, error: r.error };
      if (r.rules) rules.push(r.rules);
    }
  }
  return { rules };
}

/** The `.soattinignore` at the root the user works from (working folder, workspace folder). */
export function rootIgnore(root: string | undefined): IgnoreFileResult {
  return root ? loadIgnoreFile(root) : {};
}

/**
 * The decision both front-ends take for a draft found in (or opened from) `root`: ignored by
 * the root's `.soattinignore`, or by the config's `ignore` globs and `.soattinignore`.
 */
export function isIgnored(filePath: string, config: ResolvedConfig, root: string | undefined): { ignored: boolean; error?: LocalizedText } {
  const top = rootIgnore(root);
  if (top.error) return { ignored: false, error: top.error };
  if (top.rules?.ignores(filePath)) return { ignored: true };
  const { rules, error } = configIgnores(config, root);
  if (error) return { ignored: false, error };
  return { ignored: rules.some((r) => r.ignores(filePath)) };
}
