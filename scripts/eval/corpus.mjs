// Loading the corpora: the annotated folder (NAME.txt + NAME.json) with its blind split, and
// the unlabelled pool (NNNN.txt, genre from SOURCES.tsv).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

const split = JSON.parse(readFileSync(new URL('./split.json', import.meta.url), 'utf8'));

/**
 * `tune` or `check`: the recorded list first (split.json is the contract: others tune on it);
 * a draft added later falls where the recorded method puts it.
 */
export function splitOf(name) {
  if (split.tune.includes(name)) return 'tune';
  if (split.check.includes(name)) return 'check';
  const h = parseInt(createHash('sha256').update(`${split.salt}:${name}`).digest('hex').slice(0, 8), 16);
  return h % 3 === 0 ? 'check' : 'tune';
}

export function loadAnnotated(folder) {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt') && existsSync(join(folder, f.replace(/\.txt$/, '.json'))))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const ann = JSON.parse(readFileSync(join(folder, `${name}.json`), 'utf8'));
      return { name, file, source: 'dev', text: readFileSync(join(folder, file), 'utf8'), ann, genre: ann.genre ?? 'training', split: splitOf(name) };
    });
}

/** The genre column of SOURCES.tsv (file → genre); absent file: genre unknown. */
function sources(folder) {
  const path = join(folder, 'SOURCES.tsv');
  if (!existsSync(path)) return new Map();
  const [head, ...rows] = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  const fileCol = head.indexOf('file');
  const genreCol = head.indexOf('genre');
  return new Map(rows.map((r) => [r[fileCol], r[genreCol]]));
}

export function loadPool(folder) {
  if (!folder) return [];
  const genres = sources(folder);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ name: file.replace(/\.txt$/, ''), file, source: 'pool', text: readFileSync(join(folder, file), 'utf8'), genre: genres.get(file) ?? 'unknown' }));
}
