#!/usr/bin/env node
// Measures detection against annotated drafts: `npm run eval -- <folder> [--rule id] [--verbose]`.
// A folder holds NAME.txt + NAME.json pairs (see ../shared/corpus/dev/README.md for the
// annotation format). Prints, per required element, how often the "missing X" finding fires
// on drafts that lack X and on drafts that have it; per rule, precision / recall against the
// reference findings and false findings per 1,000 words.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const core = require('../dist/core.js');

const args = process.argv.slice(2);
const folder = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/dev');
const verbose = args.includes('--verbose');
const onlyRule = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
// The blind split (scripts/eval/split.json): rule work looks at `tune` only; `check` prints
// numbers, and its per-finding listing only with --show-check.
const splitName = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'all';
const split = JSON.parse(readFileSync(new URL('./eval/split.json', import.meta.url), 'utf8'));
if (!['all', 'tune', 'check'].includes(splitName)) {
  console.error(`eval: --split must be all, tune or check`);
  process.exit(2);
}
const inSplit = (name) => splitName === 'all' || split[splitName].includes(name);
const listingHidden = splitName !== 'tune' && !args.includes('--show-check');
if (!existsSync(folder)) {
  console.error(`eval: no such folder ${folder}`);
  process.exit(2);
}

const ELEMENTS = ['required-dateline', 'required-organiser', 'required-official-titles', 'required-agenda', 'required-participant-count', 'required-byline'];
const el = Object.fromEntries(ELEMENTS.map((e) => [e, { lacking: 0, firedLacking: 0, having: 0, firedHaving: 0 }]));
let negativeFired = 0;
let negatives = 0;
const perRule = new Map(); // rule -> {tp, fn, fp, fnClear, tpClear}
let words = 0;
const lines = [];

const rule = (id) => {
  if (!perRule.has(id)) perRule.set(id, { tp: 0, fp: 0, fn: 0, tpClear: 0, fnClear: 0, contestedHits: 0 });
  return perRule.get(id);
};

const files = readdirSync(folder).filter((f) => f.endsWith('.txt') && existsSync(join(folder, f.replace(/\.txt$/, '.json'))) && inSplit(f.replace(/\.txt$/, '')));
for (const f of files.sort()) {
  const text = readFileSync(join(folder, f), 'utf8');
  const ann = JSON.parse(readFileSync(join(folder, f.replace(/\.txt$/, '.json')), 'utf8'));
  const config = core.resolveConfig(join(folder, f));
  const cfg = config.ok ? config.config : core.defaultConfig();
  const { findings, draft } = core.lint(text, cfg, { format: core.formatOf(f) });
  words += draft.words.length;
  if (verbose) {
    for (const x of findings.filter((x) => x.ruleId.startsWith('required-') && x.messageId !== 'missing')) {
      lines.push(`  ${f}: ${x.ruleId}/${x.messageId} “${text.slice(x.start, x.end)}”`);
    }
  }
  // the element table counts "missing X" findings only (not, e.g., "person without a title")
  const missingFired = new Set(findings.filter((x) => x.messageId === 'missing').map((x) => x.ruleId));

  if (ann.genre && ann.genre !== 'training') {
    negatives++;
    const req = findings.filter((x) => x.ruleId.startsWith('required-'));
    if (req.length) {
      negativeFired++;
      lines.push(`  ${f}: other genre got ${req.map((x) => x.ruleId).join(', ')}`);
    }
  }
  for (const [id, e] of Object.entries(ann.elements ?? {})) {
    if (!el[id]) continue;
    if (e.present) {
      el[id].having++;
      if (missingFired.has(id)) {
        el[id].firedHaving++;
        lines.push(`  ${f}: FALSE ${id} (evidence: ${e.evidence})`);
      }
    } else {
      el[id].lacking++;
      if (missingFired.has(id)) el[id].firedLacking++;
      else lines.push(`  ${f}: MISSED ${id}`);
    }
  }

  // reference findings: match by rule + line + overlapping text
  const lineOf = (off) => core.positionAt(draft.lineStarts, off).line + 1;
  const used = new Set();
  for (const ref of ann.findings ?? []) {
    if (ref.rule === 'other' || (onlyRule && ref.rule !== onlyRule)) continue;
    const r = rule(ref.rule);
    const lineStart = draft.lineStarts[ref.line - 1] ?? 0;
    const lineEnd = draft.lineStarts[ref.line] ?? text.length;
    const at = text.normalize('NFC').slice(lineStart, lineEnd).indexOf(ref.text.normalize('NFC'));
    const s = at >= 0 ? lineStart + at : lineStart;
    const e = at >= 0 ? s + ref.text.length : lineEnd;
    const hit = findings.findIndex((x, i) => !used.has(i) && x.ruleId === ref.rule && x.start < e && x.end > s);
    if (hit >= 0) {
      used.add(hit);
      r.tp++;
      if (ref.certainty === 'clear') r.tpClear++;
      else r.contestedHits++;
    } else if (ref.certainty === 'clear') {
      r.fn++;
      r.fnClear++;
      if (verbose) lines.push(`  ${f}:${ref.line}: MISSED ${ref.rule} “${ref.text}” → “${ref.expected}”`);
    }
  }
  findings.forEach((x, i) => {
    if (used.has(i) || x.ruleId.startsWith('required-') || x.ruleId === 'end-mark' || x.ruleId === 'soattin') return;
    if (onlyRule && x.ruleId !== onlyRule) return;
    // a finding matching a contested reference is neither right nor wrong
    const contested = (ann.findings ?? []).some((ref) => ref.rule === x.ruleId && ref.certainty !== 'clear' && ref.line === lineOf(x.start));
    if (contested) return;
    rule(x.ruleId).fp++;
    if (verbose) lines.push(`  ${f}:${lineOf(x.start)}: FALSE? ${x.ruleId} “${text.slice(x.start, x.end)}” ${core.formatFinding(x, 'en')}`);
  });
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(0)}%` : '—');
console.log(`Soát Tin eval on ${folder} (split: ${splitName}): ${files.length} drafts, ${words} words\n`);
console.log('Required elements (target: fires on ≥90% of drafts lacking X, ≤5% of drafts having X)');
console.log('element                      lacking  fired   having  fired  target');
for (const [id, s] of Object.entries(el)) {
  // "—" when no draft of the folder is annotated for this element
  const ok = s.lacking + s.having === 0 ? '—' : (!s.lacking || s.firedLacking / s.lacking >= 0.9) && (!s.having || s.firedHaving / s.having <= 0.05) ? 'met' : 'MISSED';
  console.log(`${id.padEnd(28)} ${String(s.lacking).padStart(7)} ${pct(s.firedLacking, s.lacking).padStart(6)} ${String(s.having).padStart(8)} ${pct(s.firedHaving, s.having).padStart(6)}  ${ok}`);
}
console.log(`other-genre drafts with a required-* finding: ${negativeFired}/${negatives}\n`);
console.log('Findings (reference: clear ones count for recall; contested ones are neither)');
console.log('rule                         tp  fn(clear)  fp   recall(clear)  precision  fp/1000w');
let capFp = 0;
const CAP = new Set(['title-case', 'organisation-case', 'admin-unit-case', 'special-noun-case', 'person-name-case', 'common-noun-case', 'headline-case', 'consistent-capitalisation', 'tone-mark-style']);
let capTp = 0;
let capFn = 0;
for (const [id, r] of [...perRule.entries()].sort()) {
  if (CAP.has(id)) {
    capFp += r.fp;
    capTp += r.tpClear;
    capFn += r.fnClear;
  }
  console.log(`${id.padEnd(28)} ${String(r.tp).padStart(3)} ${String(r.fnClear).padStart(10)} ${String(r.fp).padStart(4)} ${pct(r.tpClear, r.tpClear + r.fnClear).padStart(14)} ${pct(r.tp, r.tp + r.fp).padStart(10)} ${((1000 * r.fp) / Math.max(1, words)).toFixed(2).padStart(9)}`);
}
console.log(`\ncapitalisation rules: recall(clear) ${pct(capTp, capTp + capFn)}, false findings ${capFp} = ${((1000 * capFp) / Math.max(1, words)).toFixed(2)} per 1,000 words`);
if (lines.length && !listingHidden) console.log('\n' + lines.join('\n'));
else if (lines.length) console.log(`\n(${lines.length} listing lines hidden: the check split is read as numbers; --show-check prints them)`);
