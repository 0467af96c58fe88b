#!/usr/bin/env node
// Why the spelling rule stayed silent (issue 13): for each labelled spelling mistake a bench run
// missed, the facts of the figures and lists the rule decides by, and the first gate that explains
// the silence. A tool for reading, never shipped output.
//
//   npm run eval -- --part written --written /work/readable-written --verbose > missed.txt
//   node scripts/spell-audit.mjs missed.txt /work/readable-written [--json]
//
// Gates, in the order they are asked (the first that holds is the one reported):
//   shape      the mistake is no one-syllable change of a two- or three-syllable stretch
//   nonsyll    the syllable written is no Vietnamese syllable (the non-syllable pass's business)
//   no-variant the meant syllable is no slip variant of the written one (slipVariants, soundSwaps,
//              heardVariants, finalSlips): the edit class the search never generates (tone, vowel, final,
//              initial, two edits)
//   no-data    the meant pair is no listed word and the genre's drafts wrote it fewer than
//              FREQUENT_PAIR times: nothing to read it by (its general-list and general-text counts shown)
//   word       the pair as written is a word by a table: listed, genre pair (≥ FREQUENT_PAIR),
//              everyday, general list (Viet22K common, Viet74K full), general text (≥ LIVING_PAIR)
//   neighbour  the written syllable makes a known pair with its neighbour outside the stretch
//   guard      none of the above: one of the passes' guards (read the trace: SOATTIN_SPELL_TRACE)
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [missedFile, folder] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const asJson = process.argv.includes('--json');
if (!missedFile || !folder) {
  console.error('usage: node scripts/spell-audit.mjs <eval --verbose output> <written folder> [--json]');
  process.exit(2);
}

const entry = `
export { lookupKey } from './syllable.js';
export { syllables } from './dictionary.js';
export { slipVariants, soundSwaps, heardVariants, finalSlips } from './slips.js';
export { pairCount, syllableCount, freeCount, isKnownPair, FREQUENT_PAIR } from './pairs.js';
export { isListedPair, isListed } from './genre-words.js';
export { isGeneralPair, isCommonGeneralPair } from './general-words.js';
export { generalPairCount } from './general-pairs.js';
export { isEverydayPair } from './everyday-words.js';
export { LIVING_PAIR } from './closed-reading.js';
`;
const out = await build({
  stdin: { contents: entry, resolveDir: 'server/src/core/spell', loader: 'ts' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  write: false,
  logLevel: 'warning',
});
const m = { exports: {} };
new Function('module', 'exports', 'require', '__dirname', out.outputFiles[0].text)(m, m.exports, require, process.cwd());
const S = m.exports;
const valid = S.syllables();

const WORD = /[\p{L}\p{M}]+/gu;
const keysOf = (s) => (s.match(WORD) ?? []).map((w) => S.lookupKey(w));

/** What changed between the syllable written and the one meant: tone, vowel mark, final, initial, or more. */
function editClass(w, m) {
  const bare = (s) => s.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC');
  const letters = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/đ/gu, 'd');
  if (bare(w) === bare(m)) return 'tone';
  const onset = (s) => /^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?/u.exec(s)[0];
  const final = (s) => /(ch|nh|ng|[cmnpt]|[iyou])?$/u.exec(s.normalize('NFD').replace(/[\u0300-\u036f]/gu, ''))[0];
  const ow = onset(w);
  const om = onset(m);
  const restW = bare(w).slice(ow.length);
  const restM = bare(m).slice(om.length);
  const toneW = w.normalize('NFD').match(/[\u0300\u0301\u0303\u0309\u0323]/u)?.[0] ?? '';
  const toneM = m.normalize('NFD').match(/[\u0300\u0301\u0303\u0309\u0323]/u)?.[0] ?? '';
  const tone = toneW !== toneM ? '+tone' : '';
  if (ow !== om && restW === restM) return `initial ${ow || '∅'}/${om || '∅'}${tone}`;
  if (ow === om && letters(restW) === letters(restM)) return `vowel mark${tone}`;
  if (ow === om && final(w) !== final(m) && letters(restW).slice(0, -final(w).length || undefined) === letters(restM).slice(0, -final(m).length || undefined))
    return `final ${final(w) || '∅'}/${final(m) || '∅'}${tone}`;
  return `two edits${tone}`;
}

/** The words around the label's `occurrence`-th match in the draft: the keys before and after. */
function around(text, label) {
  let at = -1;
  for (let k = 0, from = 0; k < (label.occurrence ?? 1); k++, from = at + 1) {
    at = text.indexOf(label.text, from);
    if (at < 0) return {};
  }
  const before = /([\p{L}\p{M}]+)[ \t\u00a0]+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  const after = /^[ \t\u00a0]+([\p{L}\p{M}]+)/u.exec(text.slice(at + label.text.length, at + label.text.length + 30))?.[1];
  const lower = (w) => (w && /^\p{Ll}/u.test(w) ? S.lookupKey(w) : undefined);
  return { before: lower(before), after: lower(after) };
}

const rows = [];
const missed = readFileSync(missedFile, 'utf8')
  .split('\n')
  .map((l) => /^\s*(set\d+\/errors\/\d+): MISSED spelling “(.*)” → “(.*)”/u.exec(l))
  .filter(Boolean);
for (const [, name, text, correct] of missed) {
  const [set, , n] = name.split('/');
  const labels = JSON.parse(readFileSync(join(folder, set, 'errors', `${n}.json`), 'utf8'));
  const label = labels.find((l) => l.kind === 'spelling' && l.text === text && l.correct === correct) ?? { text, occurrence: 1 };
  const draft = readFileSync(join(folder, set, 'errors', `${n}.txt`), 'utf8');
  const w = keysOf(text);
  const c = keysOf(correct);
  const row = { name, text, correct, gate: '', detail: '' };
  rows.push(row);
  const diff = w.map((k, i) => (k !== c[i] ? i : -1)).filter((i) => i >= 0);
  if (w.length !== c.length || w.length < 2 || diff.length !== 1) {
    row.gate = 'shape';
    row.detail = `${w.length} → ${c.length} syllables, ${diff.length} changed`;
    continue;
  }
  const at = diff[0];
  const ws = w[at];
  const ms = c[at];
  row.edit = editClass(ws, ms);
  if (!valid.has(ws)) {
    row.gate = 'nonsyll';
    row.detail = `“${ws}” no syllable`;
    continue;
  }
  const variants = new Set([...S.slipVariants(ws).map((v) => v.key), ...S.soundSwaps(ws), ...S.heardVariants(ws), ...S.finalSlips(ws)]);
  const doubles = new Set(S.slipVariants(ws).filter((v) => v.double).map((v) => v.key));
  // the pair holding the changed syllable: with the neighbour inside the stretch whose pair with
  // the meant syllable is a listed word, else the more frequent one
  const score = (j) => (j < 0 || j >= c.length ? -1 : (j < at ? S.isListedPair(c[j], ms) : S.isListedPair(ms, c[j])) ? 1e9 : j < at ? S.pairCount(c[j], ms) : S.pairCount(ms, c[j]));
  const k = score(at - 1) >= score(at + 1) ? at - 1 : at + 1;
  const [a, b] = k < at ? [k, at] : [at, k];
  const wp = [w[a], w[b]];
  const mp = [c[a], c[b]];
  const meantCount = S.pairCount(mp[0], mp[1]);
  const meantListed = S.isListedPair(mp[0], mp[1]) || (c.length === 3 && S.isListed(c));
  const dropped = ws.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').length + 1 === ms.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').length;
  if (dropped && row.edit.startsWith('two edits')) row.edit = 'letter dropped';
  row.facts = {
    meant: { listed: meantListed, genre: meantCount, general22k: S.isCommonGeneralPair(mp[0], mp[1]), general74k: S.isGeneralPair(mp[0], mp[1]), text: S.generalPairCount(mp[0], mp[1]) },
    written: {
      listed: S.isListedPair(wp[0], wp[1]),
      genre: S.pairCount(wp[0], wp[1]),
      everyday: S.isEverydayPair(wp[0], wp[1]),
      general22k: S.isCommonGeneralPair(wp[0], wp[1]),
      general74k: S.isGeneralPair(wp[0], wp[1]),
      text: S.generalPairCount(wp[0], wp[1]),
      syllable: S.syllableCount(ws),
      free: S.freeCount(ws),
    },
  };
  if (!variants.has(ms)) {
    row.gate = 'no-variant';
    row.detail = row.edit;
    continue;
  }
  if (doubles.has(ms)) row.edit += ' (double)';
  if (!meantListed && meantCount < S.FREQUENT_PAIR) {
    row.gate = 'no-data';
    row.detail = `“${mp.join(' ')}” genre ${meantCount} < ${S.FREQUENT_PAIR}, 22k ${row.facts.meant.general22k}, text ${row.facts.meant.text}`;
    continue;
  }
  const f = row.facts.written;
  const tables = [];
  if (f.listed) tables.push('listed');
  if (f.genre >= S.FREQUENT_PAIR) tables.push(`genre-pair ${f.genre}`);
  if (f.everyday) tables.push('everyday');
  if (f.general22k) tables.push('general-22k');
  else if (f.general74k) tables.push('general-74k');
  if (f.text >= S.LIVING_PAIR) tables.push(`general-text ${f.text}`);
  if (tables.length) {
    row.gate = 'word';
    row.detail = `“${wp.join(' ')}”: ${tables.join(', ')} (meant ${meantCount}${meantListed ? ', listed' : ''})`;
    continue;
  }
  const { before, after } = around(draft, label);
  const outer = at === 0 ? before : at === w.length - 1 ? after : undefined;
  const inner = k < at ? (at + 1 < w.length ? w[at + 1] : undefined) : at > 0 ? w[at - 1] : undefined;
  if (inner && (k < at ? S.isKnownPair(ws, inner) : S.isKnownPair(inner, ws))) {
    row.gate = 'neighbour';
    row.detail = `“${k < at ? `${ws} ${inner}` : `${inner} ${ws}`}” known (inside)`;
    continue;
  }
  if (outer && (at === 0 ? S.isKnownPair(outer, ws) : S.isKnownPair(ws, outer))) {
    row.gate = 'neighbour';
    row.detail = `“${at === 0 ? `${outer} ${ws}` : `${ws} ${outer}`}” known (${at === 0 ? S.pairCount(outer, ws) : S.pairCount(ws, outer)})`;
    continue;
  }
  row.gate = 'guard';
  row.detail = `meant ${meantCount}${meantListed ? ' listed' : ''}; “${ws}” ${f.syllable} (free ${f.free}); outer ${outer ?? '-'}`;
}

if (asJson) console.log(JSON.stringify(rows, null, 1));
else {
  const by = new Map();
  for (const r of rows) by.set(r.gate, [...(by.get(r.gate) ?? []), r]);
  for (const [gate, list] of [...by].sort((x, y) => y[1].length - x[1].length)) {
    console.log(`\n## ${gate}: ${list.length}`);
    for (const r of list) console.log(`  ${r.name}  “${r.text}” → “${r.correct}”  [${r.edit ?? ''}]  ${r.detail}`);
  }
  console.log(`\n${rows.length} missed`);
}
