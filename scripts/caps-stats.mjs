#!/usr/bin/env node
// Counts how real drafts write each syllable mid-sentence (lowercase vs capitalised) and
// writes dictionaries/capitalisation-stats.json, the evidence of core/capital-evidence.ts.
// Sources: the unlabelled pool and the `tune` split of the annotated corpus (never `check`).
// Only counts ship, never text. Usage: npm run build && node scripts/caps-stats.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { countOverStatsDrafts } from './stats-drafts.mjs';

const require = createRequire(import.meta.url);
const core = require('../dist/core.js');
const root = new URL('../', import.meta.url);

const into = { unigrams: new Map(), bigrams: new Map(), continuations: new Map(), afterLower: new Map() };
const { drafts, words } = countOverStatsDrafts(core, (draft) => core.countCapitals(draft, into));

const out = JSON.parse(readFileSync(new URL('dictionaries/capitalisation-stats.json', root), 'utf8'));
// keep what the evidence can use: syllables seen often enough, pairs that open with one
const MIN = 5;
const unigrams = Object.fromEntries([...into.unigrams].filter(([, c]) => c[0] + c[1] >= MIN).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const bigrams = Object.fromEntries(
  [...into.bigrams]
    .filter(([k, c]) => c[0] + c[1] >= out.thresholds.minPair && unigrams[k.split(' ')[0]])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);
const continuations = Object.fromEntries(
  [...into.continuations].filter(([, c]) => c[0] + c[1] >= out.thresholds.minPair).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);
const afterLower = Object.fromEntries(
  [...into.afterLower].filter(([, c]) => c[0] + c[1] >= out.thresholds.minPair).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
);
out.source = { drafts, words, generated: 'scripts/caps-stats.mjs' };
out.unigrams = unigrams;
out.bigrams = bigrams;
out.continuations = continuations;
out.afterLower = afterLower;
writeFileSync(new URL('dictionaries/capitalisation-stats.json', root), JSON.stringify(out, null, 0).replace(/^\{/, '{\n').replace(/,"(source|thresholds|examples|valid|unigrams|bigrams|continuations|afterLower)"/g, ',\n"$1"') + '\n');
console.log(`${drafts} drafts, ${words} words: ${Object.keys(unigrams).length} syllables, ${Object.keys(bigrams).length} pairs, ${Object.keys(continuations).length} continuations, ${Object.keys(afterLower).length} pairs after a lowercase word`);
