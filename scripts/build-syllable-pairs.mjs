#!/usr/bin/env node
// Builds dictionaries/syllable-pairs.json: how often each syllable, and each pair of adjacent
// syllables, occurs in the drafts of scripts/stats-drafts.mjs: the real drafts (the unlabelled
// pool and the `tune` split; the blind `check` split is never read) and the readable written
// sets, their labelled mistakes corrected. Only the real drafts are counted for now
// (WRITTEN_WEIGHT 0: summing the written drafts' figures cost the spelling rule catches and added
// false findings). Only figures are written, no text: a pair must occur at least twice, a
// syllable at least twice.
//   npm run build && node scripts/build-syllable-pairs.mjs [--out FILE] [--hold-out K/N]
// --hold-out K/N leaves out every draft whose index (sorted by name) is K mod N, to measure
// false findings on drafts the figures have not seen: build core with the fold's figures and
// lint only the drafts left out (the rates are in notes: /work/notes/spell.md).
import { writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { statsDrafts } from './stats-drafts.mjs';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const core = require(join(root, 'dist/core.js'));
const args = process.argv.slice(2);
const out = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]) : join(root, 'dictionaries/syllable-pairs.json');
const holdOut = args.includes('--hold-out') ? args[args.indexOf('--hold-out') + 1].split('/').map(Number) : undefined;
const MIN = 2;

/** The drafts counted (scripts/stats-drafts.mjs), sorted by name. */
export function sources() {
  return statsDrafts().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Runs of adjacent lower-case Vietnamese syllables of a draft, as lookup keys. */
export function syllableRuns(text) {
  const draft = core.parseDraft(text, 'text');
  const runs = [];
  for (const p of draft.paragraphs) {
    if (p.kind === 'chrome' || p.kind === 'metadata') continue;
    for (const s of p.sentences) {
      let run = [];
      let lastEnd = -1;
      for (const w of s.words) {
        const ok = /^[\p{L}\p{M}]+$/u.test(w.text) && !/\p{Lu}/u.test(w.text.slice(1)) && core.isSyllable(w.text);
        if (!ok) {
          if (run.length) runs.push(run);
          run = [];
          lastEnd = -1;
          continue;
        }
        // a pair is two syllables with only blanks between; anything else starts a new run
        if (lastEnd < 0 || !/^[ \t\u00a0]+$/u.test(text.slice(lastEnd, w.start))) {
          if (run.length) runs.push(run);
          run = [];
        }
        run.push(core.syllableKey(w.text));
        lastEnd = w.end;
      }
      if (run.length) runs.push(run);
    }
  }
  return runs;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // The written drafts weigh nothing here yet: summed with the real drafts' (first try), their
  // figures made the spelling rule catch fewer of the readable sets' slips (980 → 948 of 1,082)
  // and report more words on their correct drafts (6 → 21): more pairs known, and more frequent
  // variants to propose. WRITTEN_WEIGHT is where a retuned weighing goes.
  const WRITTEN_WEIGHT = 0;
  const files = sources()
    .filter((d) => d.source === 'real' || WRITTEN_WEIGHT > 0)
    .filter((_, i) => !holdOut || i % holdOut[1] !== holdOut[0]);
  const uni = new Map();
  const bi = new Map();
  for (const f of files) {
    for (const run of syllableRuns(f.text)) {
      run.forEach((k, i) => {
        uni.set(k, (uni.get(k) ?? 0) + 1);
        if (i > 0) {
          const pair = `${run[i - 1]} ${k}`;
          bi.set(pair, (bi.get(pair) ?? 0) + 1);
        }
      });
    }
  }
  const keep = (m) => [...m].filter(([, n]) => n >= MIN).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const syllables = keep(uni);
  const pairs = keep(bi);
  const data = {
    $comment: `Figures, not texts: how often each syllable and each pair of adjacent syllables (lower case, lookup keys, only blanks between) occurs in ${files.length} drafts of the genre (the real drafts of scripts/stats-drafts.mjs: ../shared/corpus/unlabelled and the tune split of ../shared/corpus/dev; the written sets weigh nothing here yet), kept when seen at least ${MIN} times. Made by scripts/build-syllable-pairs.mjs; the spelling rule reads a syllable as a slip when it forms no known pair with either neighbour while a one-mark or one-letter variant forms a frequent one (“chấp lượng” → “chất lượng”). Format: "syllables" and "pairs" are strings of "item:count" joined by "|".`,
    drafts: files.length,
    syllables: syllables.map(([k, n]) => `${k}:${n}`).join('|'),
    pairs: pairs.map(([k, n]) => `${k}:${n}`).join('|'),
  };
  writeFileSync(out, JSON.stringify(data, null, 1) + '\n');
  console.log(`${out}: ${files.length} drafts, ${syllables.length} syllables, ${pairs.length} pairs`);
}
