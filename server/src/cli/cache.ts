/**
 * `--cache` (like ESLint's): a draft whose bytes, resolved configuration, report options and
 * Soát Tin version are unchanged since the last run is not linted again; its result comes from
 * the cache file (default `.soattincache` in the working folder). A cache that cannot be read
 * (missing, corrupt, another version) is simply empty; one that cannot be written is reported
 * and the run goes on. `--fix`, `--fix-dry-run` and `--stdin` never use it.
 */
import * as fs from 'node:fs';
import { createHash } from 'node:crypto';
import { readGuarded } from '../core/guarded-read.js';
import { containedPath } from '../core/contained-path.js';
import type { Locale } from '../core/types.js';
import type { ResolvedConfig } from '../core/config/types.js';
import type { FileResult } from './result.js';
import type { Task } from './result.js';

/** A cache file above this size is not read (it is rebuilt). */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

export const DEFAULT_CACHE_FILE = '.soattincache';

interface Entry {
  /** sha1 of the draft's bytes, its configuration and the report options */
  key: string;
  result: FileResult;
}

interface CacheFile {
  version: string;
  entries: Record<string, Entry>;
}

/** Sets and Maps (project words, lexicons) as sorted arrays, so equal configs hash alike. */
function plain(_key: string, value: unknown): unknown {
  if (value instanceof Set) return [...value].map(String).sort();
  if (value instanceof Map) return [...value.entries()].map(([k, v]) => [String(k), v]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return value;
}

export class ResultCache {
  private entries: Record<string, Entry> = {};
  private changed = false;

  constructor(
    private readonly file: string,
    private readonly version: string,
  ) {
    const read = readGuarded(file, MAX_CACHE_BYTES);
    if (!read.ok) return;
    try {
      const data = JSON.parse(read.bytes.toString('utf8')) as CacheFile;
      if (data && data.version === version && data.entries && typeof data.entries === 'object') this.entries = data.entries;
    } catch {
      // a corrupt cache is an empty one: it is rewritten at the end of the run
    }
  }

  /** The key of a draft: its bytes, its configuration and what the report needs (locale, source). */
  static key(bytes: Uint8Array, config: ResolvedConfig, options: string): string {
    return createHash('sha1').update(bytes).update('\u0000').update(JSON.stringify(config, plain)).update('\u0000').update(options).digest('hex');
  }

  /** The cached result of a task, when its key is unchanged (with this run's index and display path). */
  get(task: Task, key: string): FileResult | undefined {
    const e = this.entries[task.absPath];
    if (!e || e.key !== key) return undefined;
    return { ...e.result, filePath: task.filePath, absPath: task.absPath };
  }

  set(task: Task, key: string, result: FileResult): void {
    // a draft that could not be read or linted is tried again next time
    if (result.fatal || result.skipped) return;
    this.entries[task.absPath] = { key, result };
    this.changed = true;
  }

  /**
   * Write the cache if anything changed, only inside `root` (a cache file planted as a link
   * out of the folder is not followed); the reason when it was not written.
   */
  save(root: string, locale: Locale): string | undefined {
    if (!this.changed) return undefined;
    const target = containedPath(root, this.file);
    if (!target.ok) return target.reason[locale];
    try {
      fs.writeFileSync(target.path, JSON.stringify({ version: this.version, entries: this.entries } satisfies CacheFile));
      return undefined;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    }
  }
}
