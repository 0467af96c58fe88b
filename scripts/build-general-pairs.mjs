#!/usr/bin/env node
// Builds dictionaries/general-pairs.json: how often each syllable, and each pair of adjacent
// syllables, occurs in the text of a general Vietnamese dictionary (@vntk/dictionary's
// dictionary.json, MIT: its headwords, definitions and usage examples, about 3.8 million
// characters of everyday Vietnamese on every subject). Only figures are written, no text. The
// genre's own figures (syllable-pairs.json) are the drafts' words; these are the language's, so a
// slip whose correction is an everyday word the drafts never wrote ("nộp thuê" for "nộp thuế",
// "máy mốc" for "máy móc") has evidence independent of the drafts read so far.
//   npm run build && node scripts/build-general-pairs.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const core = require(join(root, 'dist/core.js'));
const out = join(root, 'dictionaries/general-pairs.json');
const SOURCE = '@vntk/dictionary/data/dictionary.json';
/** a pair met this often is kept; a syllable always (its count is the pair's denominator) */
const MIN_PAIR = 2;

const entries = JSON.parse(readFileSync(require.resolve(SOURCE), 'utf8'));
const pairs = new Map();
const syllables = new Map();
const add = (map, k) => map.set(k, (map.get(k) ?? 0) + 1);

/** Counts the runs of Vietnamese syllables of one text: a headword, a definition, an example. */
function count(text) {
  // a run ends at anything but letters and blanks ("~" between examples, brackets, commas)
  for (const run of text.normalize('NFC').split(/[^\p{L}\p{M} ]+/u)) {
    let previous;
    for (const w of run.split(/ +/u)) {
      if (!w) continue;
      // a capital is a name's ("Hà Nội") or a sentence's: only lower-case syllables are counted
      const key = w === w.toLowerCase() && core.isSyllable(w) ? core.syllableKey(w) : undefined;
      if (key) add(syllables, key);
      if (key && previous) add(pairs, `${previous} ${key}`);
      previous = key;
    }
  }
}

for (const [head, senses] of Object.entries(entries)) {
  count(head);
  for (const s of senses) for (const field of [s.definition, s.example]) if (typeof field === 'string') count(field);
}

const sorted = (map, min) => [...map].filter(([, n]) => n >= min).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, n]) => `${k}:${n}`).join('|');
const json = {
  $comment:
    'Figures, not texts: how often each lower-case syllable (lookup keys) and each pair of adjacent ones (kept when met at least 2 times) occurs in the headwords, definitions and usage examples of a general Vietnamese dictionary (@vntk/dictionary 1.0.0 dictionary.json, MIT License). Made by scripts/build-general-pairs.mjs. The spelling rule reads a syllable that makes no pair with its neighbours, in the genre or here, as a slip when a one-slip variant makes a pair its neighbour nearly always makes here (“nộp thuê” → “nộp thuế”).',
  source: 'dictionary.json of @vntk/dictionary 1.0.0 (MIT License, https://github.com/vntk/dictionary)',
  syllables: sorted(syllables, 1),
  pairs: sorted(pairs, MIN_PAIR),
};
writeFileSync(out, `${JSON.stringify(json, null, 1)}\n`);
console.log(`${out}: ${syllables.size} syllables, ${[...pairs.values()].filter((n) => n >= MIN_PAIR).length} pairs`);
