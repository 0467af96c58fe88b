// The drafts whose counts ship as data (dictionaries/capitalisation-stats.json by caps-stats.mjs,
// dictionaries/field-phrases.json by build-field-phrases.mjs): the unlabelled pool and the `tune`
// split of the annotated corpus — never `check`, never the written sets. One list, so both tables
// are counted over exactly the same drafts. Only counts ship, never text.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = new URL('../', import.meta.url);
const shared = resolve(new URL('../', root).pathname, 'shared/corpus');

/** The paths of the drafts, pool first (sorted), then the tune split in its order. */
export function statsDrafts() {
  const split = JSON.parse(readFileSync(new URL('scripts/eval/split.json', root), 'utf8'));
  const files = [];
  const pool = join(shared, 'unlabelled');
  for (const f of readdirSync(pool).sort()) if (f.endsWith('.txt')) files.push(join(pool, f));
  for (const name of split.tune) if (existsSync(join(shared, 'dev', `${name}.txt`))) files.push(join(shared, 'dev', `${name}.txt`));
  return files;
}

/** Parses each draft with `core` and hands it to `count`; returns how many drafts and words. */
export function countOverStatsDrafts(core, count) {
  const files = statsDrafts();
  let words = 0;
  for (const f of files) {
    const draft = core.parseDraft(readFileSync(f, 'utf8'), 'text');
    words += draft.words.length;
    count(draft);
  }
  return { drafts: files.length, words };
}
