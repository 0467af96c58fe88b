/**
 * Where general-words.ts's lists come from: dictionaries/general-words.json, 444,000
 * characters of lookup keys. Bundled, it was a third of each Node bundle (0.85 MB of the
 * server's 2.7: its Vietnamese escaped to ASCII inside a string inside a JSON.parse), and every
 * start of the language server and of each CLI worker read it in the bundle's source, again in
 * the code cache, and parsed it, about 25 ms of CPU before the first check began. The build
 * writes its four lists beside the bundles as plain UTF-8 text, one a line
 * (dist/`GENERAL_WORDS_FILE`: the common words, the rare ones, the counts, the words of three syllables), and they are read
 * from there when a check first asks; from the sources (tests) the list itself is read. The web
 * worker, which has no disk, bundles it instead (scripts/web-build.mjs swaps this module for
 * web/general-words-data.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The four lists, as the list writes them ("a dua|a ha|…", "a bàng|…", "a:20:17|…", "nhu yếu phẩm|…"). */
export interface GeneralWordsData {
  words: string;
  rare: string;
  counts: string;
  /** the words of three syllables (rules/spelling/triples.ts) */
  triples: string;
}

/** The shipped file, beside the Node bundles (dist/). */
export const GENERAL_WORDS_FILE = 'general-words.txt';
/** The list itself (dictionaries/), with its comment, source and examples. */
const LIST = 'general-words.json';

/** What the build writes to dist/`GENERAL_WORDS_FILE` from the list. */
export function generalWordsText(list: GeneralWordsData): string {
  return `${list.words}\n${list.rare}\n${list.counts}\n${list.triples}\n`;
}

/** The lists of a `generalWordsText`. */
function splitGeneralWords(text: string): GeneralWordsData {
  const [words = '', rare = '', counts = '', triples = ''] = text.split('\n');
  return { words, rare, counts, triples };
}

/** The lists, read once by the caller. A missing file is a packaging bug: say where we looked. */
export function readGeneralWords(): GeneralWordsData {
  const here = typeof __dirname === 'string' ? __dirname : '';
  const shipped = here ? path.join(here, GENERAL_WORDS_FILE) : '';
  if (shipped && fs.existsSync(shipped)) return splitGeneralWords(fs.readFileSync(shipped, 'utf8'));
  // running from the sources (tests): the list itself
  const lists = [...(here ? [path.join(here, '../../../../dictionaries', LIST)] : []), path.join(process.cwd(), 'dictionaries', LIST)];
  for (const file of lists) {
    if (!fs.existsSync(file)) continue;
    const { words, rare, counts, triples } = JSON.parse(fs.readFileSync(file, 'utf8')) as GeneralWordsData;
    return { words, rare, counts, triples };
  }
  throw new Error(`Soát Tin: ${GENERAL_WORDS_FILE} not found (looked in ${[shipped, ...lists].filter(Boolean).join(', ')})`);
}
