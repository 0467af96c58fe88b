#!/usr/bin/env node
// How the genre writes each abbreviation of dictionaries/abbreviations.json: in how many of the
// real drafts of scripts/stats-drafts.mjs (the unlabelled pool and the `tune` split, never
// `check`; the written sets weigh nothing here: their sub-editors spell out every abbreviation,
// a house habit, not the genre's) it occurs (`drafts`) and in how many of those its full form
// comes before its first use (`spelt`). Only counts ship, never text.
// abbreviation-first-use reads an abbreviation the genre writes bare in many drafts and almost
// never spells out ("Bộ CHQS tỉnh", "Hội CCB xã") as known in the genre, like UBND: a reader of
// the genre's news knows it (GENRE_DRAFTS / GENRE_SPELT in the rule).
// Usage: node scripts/abbreviation-stats.mjs [--write]
import { readFileSync, writeFileSync } from 'node:fs';
import { realDrafts } from './stats-drafts.mjs';

const file = new URL('../dictionaries/abbreviations.json', import.meta.url);
const data = JSON.parse(readFileSync(file, 'utf8'));
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// either tone placement of "uy"/"oa"/"oe" ("Uỷ ban" = "Ủy ban"): compare with the marks moved to the first vowel
const oldStyle = (s) => s.normalize('NFD').replace(/([uUoO])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])/g, '$1$3$2').normalize('NFC');
const texts = realDrafts().map((f) => oldStyle(readFileSync(f, 'utf8').normalize('NFC')));

for (const e of data.entries) {
  if (e.dotted || e.informal) continue;
  // as the rule finds it: a whole token, not part of a document code ("18-NQ/TW")
  const abbr = new RegExp(`(?<!\\p{L}|\\p{N}|[/.-])${escape(e.abbr.normalize('NFC'))}(?![\\p{L}\\p{N}]|[/-][\\p{L}\\p{N}])`, 'u');
  const groups = oldStyle(e.full.normalize('NFC')).split(/\s*,\s*/u).map((g) => g.split(/\s+/u).map(escape).join('[\\s\\u00a0]+'));
  const full = new RegExp(`(?<!\\p{L}|\\p{N})${groups.join('(?:[\\s\\u00a0]*[,-][\\s\\u00a0]*|[\\s\\u00a0]+và[\\s\\u00a0]+|[\\s\\u00a0]+)')}(?!\\p{L}|\\p{N})`, 'iu');
  let drafts = 0;
  let spelt = 0;
  for (const t of texts) {
    const first = abbr.exec(t);
    if (!first) continue;
    drafts++;
    const f = full.exec(t);
    if (f && f.index < first.index) spelt++;
  }
  if (drafts > 0) {
    e.drafts = drafts;
    e.spelt = spelt;
  } else {
    delete e.drafts;
    delete e.spelt;
  }
  console.log(`${e.abbr.padEnd(8)} known ${String(e.known).padEnd(5)} drafts ${String(drafts).padStart(3)} spelt ${spelt}`);
}
// one entry a line, as the file is written by hand
const oneLine = (v) =>
  Array.isArray(v) ? `[${v.map(oneLine).join(', ')}]` : v && typeof v === 'object' ? `{ ${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${oneLine(x)}`).join(', ')} }` : JSON.stringify(v);
const { entries, ...head } = data;
const out = `{\n${Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`).join('')}  "entries": [\n${entries.map((e) => `    ${oneLine(e)}`).join(',\n')}\n  ]\n}\n`;
if (process.argv.includes('--write')) writeFileSync(file, out);
