/**
 * Command-line paths and globs → the drafts to lint, in a stable order. Folders recurse
 * (skipping node_modules, .git and other dot-folders); `.soattinignore` (in the working
 * directory and next to the config file) and the config's `ignore` globs apply to what is
 * found by walking or globbing; files named explicitly are always linted.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileGlob, globBase, isGlob } from '../core/glob.js';
import { rootIgnore } from '../core/ignore.js';
import { isInside } from '../core/contained-path.js';
import type { LocalizedText } from '../core/types.js';
import { coreMessage, type CoreMessageId } from '../core/messages.js';
import { systemReason } from '../core/system-errors.js';

function both(id: CoreMessageId): LocalizedText {
  return { vi: coreMessage(id, {}, 'vi'), en: coreMessage(id, {}, 'en') };
}

export const DRAFT_EXTENSIONS = /\.(txt|md|markdown|docx)$/i;
/** "~$Tin.docx": the owner file Word keeps beside a document while it is open (not a document) */
const WORD_LOCK_FILE = /^~\$/;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface Candidate {
  absPath: string;
  explicit: boolean;
  /** the folder the draft was found in (walked folder, glob base, or the named file's folder): --fix writes only inside it */
  root: string;
}

export interface Discovery {
  candidates: Candidate[];
  /** arguments that matched no file */
  unmatched: string[];
  /** folders that could not be listed (their drafts were not checked: said, never silent) */
  unreadable: Array<{ folder: string; reason: LocalizedText }>;
  /** links found while walking that point out of the walked folder (or into a skipped one): not read */
  outsideLinks: string[];
}

interface Walk {
  ignored: (p: string, isDir: boolean) => boolean;
  unreadable: Discovery['unreadable'];
  outsideLinks: string[];
  /** real path of the folder the walk started from */
  realRoot: string;
}

/** Is `real` below `realRoot`, and not inside a folder the walk skips (.git, node_modules, dot folders)? */
function reachable(realRoot: string, real: string): boolean {
  if (!isInside(realRoot, real)) return false;
  return path.relative(realRoot, real).split(path.sep).every((part) => !part.startsWith('.') && !SKIPPED_DIRS.has(part));
}

function startWalk(dir: string, out: string[], ctx: Omit<Walk, 'realRoot'>): void {
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(dir);
  } catch {
    realRoot = path.resolve(dir);
  }
  walk(dir, out, { ...ctx, realRoot });
}

function walk(dir: string, out: string[], ctx: Walk): void {
  const { ignored, unreadable } = ctx;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // a glob's base folder that does not exist is "no file matched", said by the caller
    if (code === 'ENOENT' || code === 'ENOTDIR') return;
    const reason = code === 'EACCES' || code === 'EPERM' ? both('read.denied') : systemReason(e);
    unreadable.push({ folder: dir, reason });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIPPED_DIRS.has(e.name) || WORD_LOCK_FILE.test(e.name)) continue;
    const abs = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = fs.statSync(abs);
        // a symlinked folder could loop back on itself: files only
        isDir = false;
        isFile = st.isFile();
        // a link out of the folder (or to .git/config) is not read: its text would end up in
        // reports (the html report embeds it) and --fix would rewrite its target
        if (isFile && DRAFT_EXTENSIONS.test(e.name) && !reachable(ctx.realRoot, fs.realpathSync(abs))) {
          ctx.outsideLinks.push(abs);
          continue;
        }
      } catch {
        continue;
      }
    }
    if (isDir) {
      if (!ignored(abs, true)) walk(abs, out, ctx);
    } else if (isFile && DRAFT_EXTENSIONS.test(e.name) && !ignored(abs, false)) {
      out.push(abs);
    }
  }
}

/**
 * Files matching a glob: walk the glob's static base folder (the walk already skips
 * node_modules, .git and dot-folders) and keep the drafts whose path matches.
 */
function globFiles(pattern: string, cwd: string, ctx: Omit<Walk, 'realRoot'>): { files: string[]; root: string } {
  const slashed = pattern.split(path.sep).join('/');
  const baseDir = path.resolve(cwd, globBase(slashed) || '.');
  const isMatch = compileGlob(path.isAbsolute(slashed) ? slashed : path.posix.join(cwd.split(path.sep).join('/'), slashed));
  const all: string[] = [];
  startWalk(baseDir, all, ctx);
  return { files: all.filter((p) => isMatch(p.split(path.sep).join('/'))), root: baseDir };
}

/** Thrown when the working folder's `.soattinignore` cannot be read (it is never skipped silently). */
export class IgnoreFileError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
  }
}

export function discover(patterns: string[], cwd: string, useIgnore: boolean): Discovery {
  const top = useIgnore ? rootIgnore(cwd) : {};
  if (top.error) throw new IgnoreFileError(top.error);
  const cwdIgnore = top.rules;
  const ignored = (p: string, isDir: boolean): boolean => cwdIgnore?.ignores(p, isDir) ?? false;
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  const unmatched: string[] = [];
  const unreadable: Discovery['unreadable'] = [];
  const outsideLinks: string[] = [];
  const ctx = { ignored, unreadable, outsideLinks };
  const add = (absPath: string, explicit: boolean, root: string): void => {
    if (seen.has(absPath)) return;
    seen.add(absPath);
    candidates.push({ absPath, explicit, root });
  };

  for (const pattern of patterns) {
    const abs = path.resolve(cwd, pattern);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      add(abs, true, path.dirname(abs));
      continue;
    }
    const found: string[] = [];
    let root = abs;
    if (stat?.isDirectory()) {
      // a folder without any (non-ignored) draft counts as "no file matched" (exit code 2)
      startWalk(abs, found, ctx);
    } else if (isGlob(pattern)) {
      const g = globFiles(pattern, cwd, ctx);
      for (const f of g.files) found.push(f);
      root = g.root;
    }
    if (!found.length) unmatched.push(pattern);
    for (const f of found) add(f, false, root);
  }
  return { candidates, unmatched, unreadable, outsideLinks };
}
