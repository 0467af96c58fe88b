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
// WRITTEN_LOWERCASE_ONLY (on): the written drafts give only the evidence that an inner syllable
// of a field is written lowercase inside a name ("Trung tâm Huấn luyện …": "luyện" lowercase),
// never a capital's: a syllable they write capitalised in any draft adds nothing (counted
// [0, 0]), one they always write lowercase adds its lowercase count; the field's first syllable
// (always capitalised: the table counts fields so opened) keeps its count, which only says how
// many drafts show the field. So the written drafts can make an inner capital no draft writes
// a slip (field-usage.ts lowers it where `minSeen` drafts write it lowercase), but never make a
// capital attested or contested (an accepted inner capital, or attestedNextPhrase's capital after
// "và") — their sub-editors' habits of capitalising a second field must not become the genre's.
// The real drafts' counts still stand where thick or mixed (mergeCounts).
const WRITTEN_LOWERCASE_ONLY = true;
if (!WRITTEN_FIELDS && !WRITTEN_LOWERCASE_ONLY) by.written.clear();
// (a syllable the written drafts capitalise in any field opening with the same syllables — the
// field read longer in one draft, "… Phát triển Nông thôn Việt Nam" — is no lowercase evidence)
const capitalisedInWritten = new Set();
for (const [key, c] of by.written) key.split(' ').forEach((_, i, keys) => c[i][1] > 0 && capitalisedInWritten.add(keys.slice(0, i + 1).join(' ')));
/** the written drafts' count of syllable `i` of field `key` as this build weighs it */
const writtenCount = (w, i, key) => (!w || WRITTEN_FIELDS || i === 0 ? w : capitalisedInWritten.has(key.split(' ').slice(0, i + 1).join(' ')) ? [0, 0] : [w[0], 0]);
// (a field seen in one draft only says nothing of usage: not shipped)
const MIN_DRAFTS = 2;
const shipped = (c) => c[0][0] + c[0][1] >= MIN_DRAFTS;
const into = new Map();
for (const key of new Set([...by.real.keys(), ...by.written.keys()])) {
  const r = by.real.get(key);
  const w = by.written.get(key);
  const n = (r ?? w).length;
  into.set(key, Array.from({ length: n }, (_, i) => mergeCounts(r?.[i], writtenCount(w?.[i], i, key), out.thresholds.minSeen)));
}
// A field the real drafts never show whole, opening with a shorter field of theirs that ships ("an
// toàn giao thông" for "an toàn giao thông đường bộ"), is silent ([0, 0]) on the shorter field's
// syllables: the grammar reads a name by the longest field of the table, a syllable with no
// sighting there by the longest shorter field that has one (field-usage.ts fieldUsage), so a longer
// field the written drafts add never hides what the real drafts say of its first syllables.
for (const [key, c] of into) {
  if (by.real.has(key)) continue;
  const keys = key.split(' ');
  for (let n = keys.length - 1; n >= 2; n--) {
    const p = keys.slice(0, n).join(' ');
    if (!by.real.has(p) || !shipped(into.get(p))) continue;
    for (let i = 1; i < n; i++) c[i] = [0, 0];
    break;
  }
}
out.source = { drafts, words, real: totals.real, written: totals.written, generated: 'scripts/build-field-phrases.mjs' };
// (nor one the written drafts alone show with no sighting past its first syllable: it says nothing)
out.fields = Object.fromEntries([...into].filter(([k, c]) => shipped(c) && (by.real.has(k) || c.slice(1).some(([l, u]) => l + u > 0))).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const text = JSON.stringify(out, null, 0)
  .replace(/^\{/, '{\n')
  .replace(/,"(source|thresholds|examples|valid|fields)"/g, ',\n"$1"')
  .replace(/\],"/g, '],\n"');
writeFileSync(path, text + '\n');
console.log(`${drafts} drafts, ${words} words: ${into.size} field phrases, ${Object.keys(out.fields).length} shipped (seen in ${MIN_DRAFTS} drafts or more)`);
