#!/usr/bin/env node
// Element alarms on the unlabelled pool: `node scripts/pool-elements.mjs [folder] [--list rule]`.
// For each draft: SOURCES.tsv genre (training / other), genre detected, and which required-*
// "missing" findings fire. Every such alarm on a training draft is a probable false alarm (a
// published item usually has every element); review them by reading the draft.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const core = require('../dist/core.js');
const args = process.argv.slice(2);
const folder = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--list') ?? '../shared/corpus/unlabelled');
const list = args.includes('--list') ? args[args.indexOf('--list') + 1] : undefined;
const rows = readFileSync(join(folder, 'SOURCES.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
const genres = new Map(rows.map((c) => [c[0], c[3]]));
/** pages the store cut short (often a headline and lead only): their missing elements are real */
const truncated = new Set(rows.filter((c) => /TRUNCATED/u.test(c[4] ?? '')).map((c) => c[0]));
const ELEMENTS = ['required-headline', 'required-dateline', 'required-organiser', 'required-official-titles', 'required-agenda', 'required-participant-count', 'required-byline', 'required-duration'];
const counts = Object.fromEntries(ELEMENTS.map((e) => [e, 0]));
const whole = Object.fromEntries(ELEMENTS.map((e) => [e, 0]));
let wholeTraining = 0;
let training = 0, trainingDetected = 0, other = 0, otherDetected = 0, otherWithRequired = 0;
const undetected = [], wrongly = [], listed = [];
const cfg = core.defaultConfig();
for (const f of readdirSync(folder).filter((x) => x.endsWith('.txt')).sort()) {
  const text = readFileSync(join(folder, f), 'utf8');
  const { findings, draft } = core.lint(text, cfg, { format: 'text' });
  const detected = core.isTrainingNews ? core.isTrainingNews(draft) : findings.some((x) => x.ruleId.startsWith('required-'));
  const missing = new Set(findings.filter((x) => x.ruleId.startsWith('required-') && x.messageId === 'missing').map((x) => x.ruleId));
  if (genres.get(f) === 'training') {
    training++;
    if (detected) trainingDetected++; else undetected.push(f);
    for (const e of missing) counts[e]++;
    if (!truncated.has(f)) {
      wholeTraining++;
      for (const e of missing) whole[e]++;
      if (list && missing.has(list)) listed.push(f);
    }
  } else {
    other++;
    if (detected) { otherDetected++; wrongly.push(f); }
    if (findings.some((x) => x.ruleId.startsWith('required-'))) otherWithRequired++;
  }
}
console.log(`training drafts: ${training}, recognised ${trainingDetected} (${((100 * trainingDetected) / training).toFixed(1)}%)`);
console.log(`other drafts: ${other}, recognised as training ${otherDetected}; with a required-* finding ${otherWithRequired}`);
console.log(`missing-element alarms on training drafts: all ${training} / not truncated ${wholeTraining} (probable false alarms)`);
for (const e of ELEMENTS) console.log(`  ${e.padEnd(28)} ${String(counts[e]).padStart(3)}  ${((100 * counts[e]) / training).toFixed(1).padStart(5)}%   ${String(whole[e]).padStart(3)}  ${((100 * whole[e]) / wholeTraining).toFixed(1).padStart(5)}%`);
if (args.includes('--verbose')) {
  console.log(`undetected training: ${undetected.join(' ')}`);
  console.log(`other recognised: ${wrongly.join(' ')}`);
}
if (list) console.log(`${list}: ${listed.join(' ')}`);
