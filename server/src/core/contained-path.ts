/**
 * Where a write may land: inside the workspace root, links resolved. Every file Soát Tin
 * writes (a fixed draft, the project word list, the config's overrides) goes through
 * `containedPath` first, so a `dictionaries` entry "../outside/.bashrc", an absolute path, a
 * symlinked `.soattin/words.txt` or `.soattinrc.json` pointing out, or a draft that is a link
 * to a file elsewhere is refused with a reason instead of written.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { coreMessage } from './messages.js';
import type { LocalizedText } from './types.js';

export type Contained = { ok: true; path: string } | { ok: false; reason: LocalizedText };

function both(id: 'write.outside' | 'write.dangling', args: Record<string, string>): LocalizedText {
  return { vi: coreMessage(id, args, 'vi'), en: coreMessage(id, args, 'en') };
}

/** The real path of `p`; for a path that does not exist yet, its nearest existing folder's real path + the rest. */
function realOrPlanned(p: string): string | undefined {
  const missing: string[] = [];
  let current = path.resolve(p);
  for (;;) {
    const st = fs.lstatSync(current, { throwIfNoEntry: false });
    if (st) {
      if (st.isSymbolicLink() && !fs.existsSync(current)) return undefined; // dangling link: its target is unknown ground
      return path.join(fs.realpathSync(current), ...missing.reverse());
    }
    const parent = path.dirname(current);
    if (parent === current) return path.join(current, ...missing.reverse());
    missing.push(path.basename(current));
    current = parent;
  }
}

export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/** `target` as the real path a write would reach, if that is inside `root` (both resolved through links). */
export function containedPath(root: string, target: string): Contained {
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(root);
  } catch {
    realRoot = path.resolve(root);
  }
  const real = realOrPlanned(target);
  if (real === undefined) return { ok: false, reason: both('write.dangling', { file: target }) };
  if (!isInside(realRoot, real)) return { ok: false, reason: both('write.outside', { file: target, root }) };
  return { ok: true, path: real };
}
