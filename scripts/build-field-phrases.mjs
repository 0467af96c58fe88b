#!/usr/bin/env node
// Counts how real drafts write the field phrases of organisation names (each syllable of the
// field after a capitalised type word, lowercase or capitalised) and writes
// dictionaries/field-phrases.json, read by core/lexicon/field-usage.ts.
// Sources: scripts/stats-drafts.mjs — the real drafts (the unlabelled pool and the `tune` split,
// never `check`) and the readable written sets (corrections applied), counted apart and merged
// syllable by syllable by mergeCounts: the real drafts' counts stand where `minSeen` drafts or
// more show the syllable, or some write it each way (contested: the written drafts never make it
// look settled); elsewhere the written drafts' counts are added (when WRITTEN_FIELDS is on).
// Only counts ship, never text.
// Usage: npm run build && node scripts/build-field-phrases.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { countOverStatsDrafts, mergeCounts } from './stats-drafts.mjs';

const require = createRequire(import.meta.url);
const core = require('../dist/core.js');
const root = new URL('../', import.meta.url);

const by = { real: new Map(), written: new Map() };
const totals = countOverStatsDrafts(core, (draft, source) => core.countFieldPhrases(draft, by[source]));
const drafts = totals.real.drafts + totals.written.drafts;
const words = totals.real.words + totals.written.words;

const path = new URL('dictionaries/field-phrases.json', root);
const out = JSON.parse(readFileSync(path, 'utf8'));
// WRITTEN_FIELDS: whether the written drafts' counts are merged (see above). Not yet: merged, the
// table grew from 53 fields to 436 (24 KB), set65 (held out) caught one more org-case mistake
// (29 → 30 / 36), the pool showed 8 new organisation-case findings, all real ("Hội Bảo Vệ Quyền
// Trẻ Em Việt Nam" six times, "Phòng Lao động và thương binh xã hội"), set64 unchanged; to land
// with a run of the rules' unit tests on its own.
const WRITTEN_FIELDS = false;
if (!WRITTEN_FIELDS) by.written.clear();
const into = new Map();
for (const key of new Set([...by.real.keys(), ...by.written.keys()])) {
  const r = by.real.get(key);
  const w = by.written.get(key);
  const n = (r ?? w).length;
  into.set(key, Array.from({ length: n }, (_, i) => mergeCounts(r?.[i], w?.[i], out.thresholds.minSeen)));
}
out.source = { drafts, words, real: totals.real, written: totals.written, generated: 'scripts/build-field-phrases.mjs' };
// (a field seen in one draft only says nothing of usage: not shipped)
const MIN_DRAFTS = 2;
out.fields = Object.fromEntries([...into].filter(([, c]) => c[0][0] + c[0][1] >= MIN_DRAFTS).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const text = JSON.stringify(out, null, 0)
  .replace(/^\{/, '{\n')
  .replace(/,"(source|thresholds|examples|valid|fields)"/g, ',\n"$1"')
  .replace(/\],"/g, '],\n"');
writeFileSync(path, text + '\n');
console.log(`${drafts} drafts, ${words} words: ${into.size} field phrases, ${Object.keys(out.fields).length} shipped (seen in ${MIN_DRAFTS} drafts or more)`);
