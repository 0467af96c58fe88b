#!/usr/bin/env node
// The cost of the `spelling` rule and the quality of its suggestions:
//   node scripts/bench-spelling.mjs [corpus folder]     (after `npm run build`)
// - time to load the dictionary and indexes (once per process);
// - time per 5 KB draft (the two seed drafts, repeated to 5 KB), spelling alone and p95;
// - with a corpus folder (NAME.txt + NAME.json, see ../shared/corpus/dev/README.md): the share
//   of the reference spelling findings that are caught, and whose FIRST suggestion gives the
//   expected text; false findings per 1,000 words.
// Exits 0 always: budgets are judged by a human (or `npm run bench`), not here.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const core = require(join(root, 'dist/core.js'));
const config = core.defaultConfig();
const only = ['spelling'];

const seedsDir = resolve(root, 'test/fixtures/seeds');
const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedsDir, f), 'utf8')) : [];
let draft = seeds.join('\n\n') || 'Sáng 12-9, Huyện ủy tổ chức hội nghị tập huấn nghiệp vụ cho cán bộ cơ sở.\n';
while (Buffer.byteLength(draft) < 5 * 1024) draft += '\n\n' + draft;
draft = draft.slice(0, 5 * 1024);

const t0 = performance.now();
core.lint('Khởi động.', config, { only });
const load = performance.now() - t0;

// the same draft again and again (a re-check after an edit elsewhere), interleaved with the
// same lint without any rule so that machine load hits both alike
const times = [];
const parseOnly = [];
for (let i = 0; i < 200; i++) {
  let s = performance.now();
  core.lint(draft, config, { only });
  times.push(performance.now() - s);
  s = performance.now();
  core.lint(draft, config, { only: ['no-such-rule'] });
  parseOnly.push(performance.now() - s);
}
// a new draft every time (each line gets a different number): nothing cached but the syllables
const cold = [];
const coldBase = [];
for (let i = 0; i < 100; i++) {
  const fresh = draft.replace(/^/gmu, `${i} `);
  let s = performance.now();
  core.lint(fresh, config, { only });
  cold.push(performance.now() - s);
  s = performance.now();
  core.lint(fresh, config, { only: ['no-such-rule'] });
  coldBase.push(performance.now() - s);
}
const q = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
console.log(`spelling: dictionary + indexes loaded in ${load.toFixed(1)} ms (once per process)`);
console.log(`new 5 KB draft, lint with spelling only: median ${q(cold, 0.5).toFixed(2)} ms, p95 ${q(cold, 0.95).toFixed(2)} ms; without any rule ${q(coldBase, 0.5).toFixed(2)} ms → spelling about ${(q(cold, 0.5) - q(coldBase, 0.5)).toFixed(2)} ms`);
console.log(`same 5 KB draft again (re-check), spelling only: median ${q(times, 0.5).toFixed(2)} ms, p95 ${q(times, 0.95).toFixed(2)} ms`);
console.log(`  of which parsing the draft:        median ${q(parseOnly, 0.5).toFixed(2)} ms → the rule itself about ${(q(times, 0.5) - q(parseOnly, 0.5)).toFixed(2)} ms`);
const n = core.parseDraft(draft).words.length;
console.log(`  (${n} words; machine load makes single runs noisy: compare medians)`);

const folder = process.argv[2] && resolve(process.argv[2]);
if (folder && existsSync(folder)) {
  let refs = 0;
  let caught = 0;
  let firstRight = 0;
  let words = 0;
  let falseFindings = 0;
  const misses = [];
  for (const f of readdirSync(folder).filter((x) => x.endsWith('.txt')).sort()) {
    const jsonPath = join(folder, f.replace(/\.txt$/, '.json'));
    if (!existsSync(jsonPath)) continue;
    const text = readFileSync(join(folder, f), 'utf8');
    const ann = JSON.parse(readFileSync(jsonPath, 'utf8'));
    const { findings, draft: d } = core.lint(text, config, { only });
    words += d.words.length;
    const used = new Set();
    for (const ref of (ann.findings ?? []).filter((r) => r.rule === 'spelling' && r.certainty === 'clear')) {
      refs++;
      const lineStart = d.lineStarts[ref.line - 1] ?? 0;
      const at = text.slice(lineStart).indexOf(ref.text);
      const s = at >= 0 ? lineStart + at : lineStart;
      const e = s + ref.text.length;
      const hit = findings.findIndex((x, i) => !used.has(i) && x.start < e && x.end > s);
      if (hit < 0) {
        misses.push(`${f}:${ref.line} missed “${ref.text}”`);
        continue;
      }
      used.add(hit);
      caught++;
      const first = findings[hit].suggestions?.[0];
      const fixed = first ? core.applyEdits(text, first.edits).slice(s, e + (first.edits[0].text.length - (first.edits[0].end - first.edits[0].start))) : '';
      if (fixed === ref.expected) firstRight++;
      else misses.push(`${f}:${ref.line} first suggestion for “${ref.text}” gives “${fixed}”, expected “${ref.expected}”`);
    }
    findings.forEach((x, i) => {
      if (used.has(i)) return;
      const line = core.positionAt(d.lineStarts, x.start).line + 1;
      const contested = (ann.findings ?? []).some((r) => r.rule === 'spelling' && r.line === line);
      if (!contested) falseFindings++;
    });
  }
  const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(0)}%` : '—');
  console.log(`\ncorpus ${folder}: ${words} words`);
  console.log(`reference misspellings (clear): ${refs}; caught ${caught} (${pct(caught, refs)}); first suggestion right ${firstRight} (${pct(firstRight, refs)})`);
  console.log(`false spelling findings: ${falseFindings} = ${((1000 * falseFindings) / Math.max(1, words)).toFixed(2)} per 1,000 words`);
  for (const m of misses) console.log('  ' + m);
}
