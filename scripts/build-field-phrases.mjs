#!/usr/bin/env node
// Counts how real drafts write the field phrases of organisation names (each syllable of the
// field after a capitalised type word, lowercase or capitalised) and writes
// dictionaries/field-phrases.json, read by core/lexicon/field-usage.ts.
// Sources: the unlabelled pool and the `tune` split of the annotated corpus (never `check`,
// never the written sets). Only counts ship, never text.
// Usage: npm run build && node scripts/build-field-phrases.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { countOverStatsDrafts } from './stats-drafts.mjs';

const require = createRequire(import.meta.url);
const core = require('../dist/core.js');
const root = new URL('../', import.meta.url);

const into = new Map();
const { drafts, words } = countOverStatsDrafts(core, (draft) => core.countFieldPhrases(draft, into));

const path = new URL('dictionaries/field-phrases.json', root);
const out = JSON.parse(readFileSync(path, 'utf8'));
out.source = { drafts, words, generated: 'scripts/build-field-phrases.mjs' };
// (a field seen in one draft only says nothing of usage: not shipped)
const MIN_DRAFTS = 2;
out.fields = Object.fromEntries([...into].filter(([, c]) => c[0][0] + c[0][1] >= MIN_DRAFTS).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const text = JSON.stringify(out, null, 0)
  .replace(/^\{/, '{\n')
  .replace(/,"(source|thresholds|examples|valid|fields)"/g, ',\n"$1"')
  .replace(/\],"/g, '],\n"');
writeFileSync(path, text + '\n');
console.log(`${drafts} drafts, ${words} words: ${into.size} field phrases, ${Object.keys(out.fields).length} shipped (seen in ${MIN_DRAFTS} drafts or more)`);
