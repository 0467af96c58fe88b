#!/usr/bin/env node
// Builds dictionaries/general-words.json: the two-syllable words of a general Vietnamese word
// list (@vntk/dictionary, MIT), so the spelling rule knows words the genre's own figures never met
// ("người dẫn đường", "dây chuyền khép kín") and reads them as written. Two tiers: `words`, the
// common list (Viet22K: about 22,000 entries), explain a pair and are a reading for a slip of the
// ear; `rare`, the further words of the full list (Viet74K) only, explain a pair as written and
// are never a reading: "hoá giải", "tương xứng" are words, and "da dày" is no reading for
// "da giày". Kept: entries of two lowercase syllables, each a valid syllable. Left out: an entry
// whose twin by an onset writers confuse (spelling-confusions.json onsets: ch/tr, s/x, d/gi …)
// is a word of the genre (its context list, or a pair its drafts write at least three times):
// "chưng bày" is listed as a variant of "trưng bày", and in the genre it is the slip.
//   npm run build && node scripts/build-general-words.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const core = require(join(root, 'dist/core.js'));
const out = join(root, 'dictionaries/general-words.json');
const COMMON = '@vntk/dictionary/data/Viet22K.txt';
const FULL = '@vntk/dictionary/data/Viet74K.txt';
const MIN_GENRE_PAIR = 3;

const readJson = (name) => JSON.parse(readFileSync(join(root, 'dictionaries', name), 'utf8'));
/** a syllable's lookup key, as the spelling rule's tokens carry it (core exports lookupKey as syllableKey) */
const key = (w) => core.syllableKey(w);

// the genre's words: its context list and its frequent pairs (syllable keys, joined by a space)
const genre = new Set(readJson('genre-words.json').entries.map((e) => e.word.split(/\s+/u).map(key).join(' ')));
for (const item of readJson('syllable-pairs.json').pairs.split('|')) {
  const at = item.lastIndexOf(':');
  if (Number(item.slice(at + 1)) >= MIN_GENRE_PAIR) genre.add(item.slice(0, at));
}
const onsets = readJson('spelling-confusions.json').onsets.map((o) => o.pair);

/** the syllable with each confused onset swapped for its twin ("chưng" → "trưng") */
function twins(syllable) {
  const out = [];
  for (const [a, b] of onsets) {
    for (const [x, y] of [[a, b], [b, a]]) if (syllable.startsWith(x) && !(x === 'g' && syllable.startsWith('gi'))) out.push(y + syllable.slice(x.length));
  }
  return out;
}

const existing = (() => {
  try {
    return readJson('general-words.json');
  } catch {
    return undefined;
  }
})();

/** the list's entries kept as lookup-key pairs ("a b"), the twins of the genre's words left out */
function entries(source) {
  const out = new Set();
  for (const line of readFileSync(require.resolve(source), 'utf8').split(/\r?\n/u)) {
    const w = line.normalize('NFC').trim();
    if (!/^[\p{Ll}\p{M}]+ [\p{Ll}\p{M}]+$/u.test(w)) continue;
    const [a, b] = w.split(' ');
    if (!core.isSyllable(a) || !core.isSyllable(b)) continue;
    const [ka, kb] = [key(a), key(b)];
    if (twins(ka).some((t) => genre.has(`${t} ${kb}`)) || twins(kb).some((t) => genre.has(`${ka} ${t}`))) {
      dropped.add(`${ka} ${kb}`);
      continue;
    }
    // stored as lookup keys (core's syllableKey: NFC, lower case, new tone style): read back without normalising
    out.add(`${ka} ${kb}`);
  }
  return out;
}

const dropped = new Set();
const words = entries(COMMON);
// a word the source lacks (a loan word it writes otherwise or leaves out, "ca nô") is added by
// writing an example for it: every example's word is in the list
for (const e of existing?.examples ?? []) words.add(e.word.split(' ').map(key).join(' '));
const rare = [...entries(FULL)].filter((w) => !words.has(w));

/**
 * The full list's words of three syllables, each a valid syllable, as lookup keys ("nhu yếu phẩm",
 * "xuất nhập cảnh"): a syllable one slip from completing one with the two written beside it is
 * read as that word (the spelling rule's triple step, rules/spelling/triples.ts).
 */
function tripleEntries(source) {
  const out = new Set();
  for (const line of readFileSync(require.resolve(source), 'utf8').split(/\r?\n/u)) {
    const w = line.normalize('NFC').trim();
    if (!/^[\p{Ll}\p{M}]+ [\p{Ll}\p{M}]+ [\p{Ll}\p{M}]+$/u.test(w)) continue;
    const parts = w.split(' ');
    if (!parts.every((p) => core.isSyllable(p))) continue;
    out.add(parts.map(key).join(' '));
  }
  return out;
}
const triples = tripleEntries(FULL);

/**
 * Each syllable of both lists with how many of their words hold it and how many it opens,
 * "key:holds:opens|…" sorted by key (general-words.ts reads them, not the lists, for
 * generalWordCount and generalWordsOpened: counting the lists' 120,000 syllables into maps cost
 * the first check 30 ms). A syllable is a run of anything but "|" and " ".
 */
export function syllableCounts(lists) {
  const counts = new Map();
  for (const list of lists) {
    for (const word of list.split('|')) {
      const parts = word.split(' ');
      parts.forEach((p, i) => {
        if (!p) return;
        const c = counts.get(p) ?? [0, 0];
        c[0]++;
        if (i === 0 && parts.length > 1) c[1]++;
        counts.set(p, c);
      });
    }
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, [holds, opens]]) => `${k}:${holds}:${opens}`).join('|');
}

const data = {
  $comment:
    'Two-syllable words of a general Vietnamese word list (@vntk/dictionary 1.0.0, MIT License), made by scripts/build-general-words.mjs, as lookup keys (new tone style: “hoà”, “thuỷ”). The spelling rule reads a pair written as one of these words as a word (it explains its syllables), never as a suggestion: the genre’s own figures (syllable-pairs.json) miss common words of other subjects. `words` are the common list (Viet22K): a syllable the genre never writes that sounds like half of one is read as that word (“quãng canh” → “quảng canh”). `rare` are the further words of the full list (Viet74K): they explain a pair as written (“hoá giải”, “tương xứng”), and are no reading for anything. Left out: words whose twin by a confused onset (spelling-confusions.json) is a word of the genre (“chưng bày” / “trưng bày”). Each example is a sentence written for Soát Tin with `word` in it; the tests check that the spelling rule finds nothing in it. An example’s word is in the list whether or not the source has it: a common word the source lacks (“ca nô”, a loan word) is added by writing its example. `counts`: each syllable of both lists with how many of their words hold it and how many they open with it (“key:holds:opens”), made with the lists so that no start counts them (the two-syllable lists only). `triples`: the full list’s words of three syllables (Viet74K), each a valid syllable: a syllable one slip from completing one with the two written beside it is read as that word (“nhu yêu phẩm” → “nhu yếu phẩm”).',
  source: 'Viet22K.txt (words) and Viet74K.txt (rare) of @vntk/dictionary 1.0.0 (MIT License, https://github.com/vntk/dictionary)',
  examples: existing?.examples ?? [],
  words: [...words].sort().join('|'),
  rare: rare.sort().join('|'),
};
// (the triples after the counts: `counts` counts the two-syllable lists only)
data.counts = syllableCounts([data.words, data.rare]);
data.triples = [...triples].sort().join('|');
writeFileSync(out, `${JSON.stringify(data, null, 1)}\n`);
console.log(`${words.size} words, ${rare.length} rare ones and ${triples.size} of three syllables written to ${out} (${dropped.size} left out as twins of the genre's words)`);
