#!/usr/bin/env node
// Counts how real drafts write the field phrases of organisation names (each syllable of the
// field after a capitalised type word, lowercase or capitalised) and writes
// dictionaries/field-phrases.json, read by core/lexicon/field-usage.ts.
// Sources: the unlabelled pool and the `tune` split of the annotated corpus (never `check`,
// never the written sets). Only counts ship, never text.
// Usage: npm run build && node scripts/build-field-phrases.mjs
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const core = require('../dist/core.js');
const root = new URL('../', import.meta.url);
const shared = resolve(new URL('../', root).pathname, 'shared/corpus');
const split = JSON.parse(readFileSync(new URL('scripts/eval/split.json', root), 'utf8'));

const files = [];
const pool = join(shared, 'unlabelled');
for (const f of readdirSync(pool).sort()) if (f.endsWith('.txt')) files.push(join(pool, f));
for (const name of split.tune) if (existsSync(join(shared, 'dev', `${name}.txt`))) files.push(join(shared, 'dev', `${name}.txt`));

const into = new Map();
let words = 0;
for (const f of files) {
  const draft = core.parseDraft(readFileSync(f, 'utf8'), 'text');
  words += draft.words.length;
  core.countFieldPhrases(draft, into);
}

const path = new URL('dictionaries/field-phrases.json', root);
const out = JSON.parse(readFileSync(path, 'utf8'));
out.source = { drafts: files.length, words, generated: 'scripts/build-field-phrases.mjs' };
// (a field seen in one draft only says nothing of usage: not shipped)
const MIN_DRAFTS = 2;
out.fields = Object.fromEntries([...into].filter(([, c]) => c[0][0] + c[0][1] >= MIN_DRAFTS).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const text = JSON.stringify(out, null, 0)
  .replace(/^\{/, '{\n')
  .replace(/,"(source|thresholds|examples|valid|fields)"/g, ',\n"$1"')
  .replace(/\],"/g, '],\n"');
writeFileSync(path, text + '\n');
console.log(`${files.length} drafts, ${words} words: ${into.size} field phrases, ${Object.keys(out.fields).length} shipped (seen in ${MIN_DRAFTS} drafts or more)`);
