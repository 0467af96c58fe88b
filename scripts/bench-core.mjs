// Per-core speed (used by scripts/bench.mjs): one thread, the pool's drafts each read once —
// nothing repeats, so no memo cache is hit — in three separate processes, because each step's
// caches would flatter the next: parse-latin alone (on each paragraph), the project's parse
// (core.parseDraft: paragraphs, kinds, sentences, words, quotations), and the whole lint.
// Each process first warms up on other text (examples/, numbers shifted on every pass) so the
// JIT has compiled the hot paths. Prints MB/s. The processes run under the CLI's V8 flags.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadSources, vary } from './bench-drafts.mjs';

const STEPS = { 'parse-latin': 'parse-latin alone', parse: "the project's parse", lint: 'whole lint' };

async function child(step) {
  const require = createRequire(import.meta.url);
  const core = require('../dist/core.js');
  const { ParseLatin } = await import('parse-latin');
  const parser = new ParseLatin();
  const config = core.defaultConfig();
  // the cold path, as the CLI runs it: no paragraph memos (each draft is read once)
  core.setParagraphMemos?.(false);
  const run =
    step === 'parse-latin'
      ? (text) => {
          for (const line of text.split('\n')) if (line.trim()) parser.parse(line);
        }
      : step === 'parse'
        ? (text) => core.parseDraft(text)
        : (text) => core.lint(text, config);
  const examples = readdirSync('examples')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join('examples', f), 'utf8'));
  for (let pass = 1; pass <= 15; pass++) for (const e of examples) run(e.split('\n').map((l) => vary(l, pass)).join('\n'));
  const { drafts, bytes } = loadSources();
  const t0 = performance.now();
  for (const d of drafts) run(d.text);
  const sec = (performance.now() - t0) / 1000;
  process.stdout.write(JSON.stringify({ step, mbps: bytes / 1024 / 1024 / sec, sec }));
}

/**
 * `[{ step, label, mbps, sec }]`, one process per step, each under the CLI's V8 flags
 * (bin/code-cache.js): the figure is what a CLI thread does. Under V8's defaults the same lint
 * ran about 1.5–2× slower: its top tier recompiles the rules' large functions, which cost more
 * than they gain on a run this short.
 */
export function perCoreBench() {
  const { CLI_V8_FLAGS } = createRequire(import.meta.url)('../bin/code-cache.js');
  return Object.entries(STEPS).map(([step, label]) => {
    const out = execFileSync(process.execPath, [...CLI_V8_FLAGS, fileURLToPath(import.meta.url), '--child', step], { encoding: 'utf8' });
    return { ...JSON.parse(out), label };
  });
}

if (process.argv[2] === '--child') await child(process.argv[3]);
