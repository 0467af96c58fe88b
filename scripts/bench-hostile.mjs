#!/usr/bin/env node
// Adversarial 100 KB inputs, one rule at a time (issue 18: "every regex on user text linear").
// Each input runs in a child process with a time box, so a quadratic rule cannot hang the
// bench: the child prints one line per rule as it finishes, and the parent marks the rule it
// was in when the box closed. Used by scripts/bench.mjs (section "hostile inputs"); run alone
// with `node scripts/bench-hostile.mjs` after `npm run build`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const SIZE = 100 * 1024;
const fill = (unit, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** name → [text, format] */
export const HOSTILE = {
  'spaces inside a line': () => [`Hội nghị${fill(' ')}diễn ra.`, 'text'],
  'spaces before a line end': () => [`Ông nói!${fill(' ')}\nHọ nghe.`, 'text'],
  'spaces then punctuation-free end': () => [`Ông nói: “${fill(' ')}x`, 'text'],
  tabs: () => [`Hội\t${fill('\t ')}nghị.`, 'text'],
  dots: () => [`a${fill('.')}a`, 'text'],
  'dotted letters': () => [`${fill('a.')}x`, 'text'],
  'at signs': () => [fill('@'), 'text'],
  'dotted then at': () => [`${fill('a.')}@`, 'text'],
  'domain labels': () => [`${fill('a.')}vn`, 'text'],
  'repeated domains': () => [fill('a.vn/'), 'text'],
  'long url': () => [`http://${fill('a')}`, 'text'],
  'one long word': () => [fill('a'), 'text'],
  'one long Vietnamese word': () => [fill('nghiêng'), 'text'],
  'open brackets': () => [fill('('), 'text'],
  'spaced brackets': () => [fill('( '), 'text'],
  dashes: () => [fill('- '), 'text'],
  hyphens: () => [fill('a-'), 'text'],
  'curly quotes': () => [fill('“'), 'text'],
  'single curly quotes': () => [fill('‘a '), 'text'],
  colons: () => [fill(': '), 'text'],
  digits: () => [fill('1'), 'text'],
  'dotted digits': () => [fill('1.'), 'text'],
  'slashed digits': () => [fill('1/'), 'text'],
  capitals: () => [fill('A '), 'text'],
  'title words': () => [fill('Aa '), 'text'],
  newlines: () => [fill('\n'), 'text'],
  'short lines': () => [fill('a\n'), 'text'],
  'markdown stars': () => [`${fill('*', SIZE / 2)}từ${fill('*', SIZE / 2)}`, 'markdown'],
  'markdown quotes': () => [`${fill('> ', SIZE)}Tin`, 'markdown'],
  'markdown lists': () => [`${fill('- ', SIZE)}Tin`, 'markdown'],
  'markdown brackets': () => [`${fill('[', SIZE)}Tin`, 'markdown'],
  'markdown emphasis pairs': () => [fill('*a_ '), 'markdown'],
  // a page of debris pieces glued between sentences: as many spans as sentences
  'glued debris': () => [fill('Học. Bản in '), 'text'],
  'glued debris, one line each': () => [fill('Học. Chia sẻ\n'), 'text'],
};

const root = fileURLToPath(new URL('..', import.meta.url));

/** Child: lint one input with each rule alone; print "rule\tms" per rule as it finishes. */
function child(name) {
  const require = createRequire(import.meta.url);
  const core = require(`${root}dist/core.js`);
  const [text, format] = HOSTILE[name]();
  const ids = core.rules.map((r) => r.meta.id);
  const run = (only) => {
    const config = core.defaultConfig();
    for (const id of ids) config.rules[id] = id === only ? (core.ruleById(id).meta.defaultSeverity === 'off' ? 'warning' : core.ruleById(id).meta.defaultSeverity) : 'off';
    process.stdout.write(`${only ?? '(parse)'}\tstart\n`);
    const t0 = performance.now();
    core.lint(text, config, { format });
    process.stdout.write(`${only ?? '(parse)'}\t${(performance.now() - t0).toFixed(0)}\n`);
  };
  run(undefined);
  for (const id of ids) run(id);
}

/** Parent: every input in its own child, at most `boxMs` each. Returns rows. */
export async function hostileBench({ boxMs = 60_000, ruleBudgetMs = 2_000, log = () => {} } = {}) {
  const rows = [];
  for (const name of Object.keys(HOSTILE)) {
    const out = await new Promise((resolve) => {
      const p = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', name], { stdio: ['ignore', 'pipe', 'pipe'] });
      let buf = '';
      let err = '';
      p.stdout.on('data', (d) => (buf += d));
      p.stderr.on('data', (d) => (err += d));
      const timer = setTimeout(() => p.kill('SIGKILL'), boxMs);
      p.on('close', (code) => {
        clearTimeout(timer);
        resolve({ buf, err, code });
      });
    });
    const times = new Map();
    let current;
    for (const line of out.buf.split('\n').filter(Boolean)) {
      const [rule, ms] = line.split('\t');
      if (ms === 'start') current = rule;
      else {
        times.set(rule, Number(ms));
        current = undefined;
      }
    }
    const slow = [...times].filter(([, ms]) => ms > ruleBudgetMs);
    const worst = [...times].sort((a, b) => b[1] - a[1])[0];
    const crashed = out.code !== 0 && !current ? out.err.split('\n').find((l) => /Error/.test(l)) : undefined;
    const row = { name, worst, slow, hung: current, crashed, ok: !current && !crashed && slow.length === 0 };
    rows.push(row);
    log(row);
  }
  return rows;
}

if (process.argv[2] === '--child') child(process.argv[3]);
else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await hostileBench({
    boxMs: Number(process.env.BOX_MS ?? 60_000),
    log: (r) =>
      console.log(
        `${r.ok ? '✓' : '✗'} ${r.name.padEnd(34)} worst ${r.worst ? `${r.worst[0]} ${r.worst[1]} ms` : '-'}${r.hung ? `  HUNG in ${r.hung}` : ''}${r.crashed ? `  CRASHED ${r.crashed}` : ''}${r.slow.length ? `  slow: ${r.slow.map(([k, v]) => `${k} ${v} ms`).join(', ')}` : ''}`,
      ),
  });
  process.exit(rows.every((r) => r.ok) ? 0 : 1);
}
