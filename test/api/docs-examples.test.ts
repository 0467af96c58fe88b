/**
 * Every JavaScript example of docs/api.md runs against the built package (`import … from
 * 'soattin'` resolves to this repository through its `exports`), and prints what the
 * `text` block after it shows.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt } from '../cli/helpers.js';

interface Example {
  line: number;
  code: string;
  output?: string;
}

/** The ```js blocks of a Markdown file, each with the ```text block that follows it, if any. */
export function examples(markdown: string): Example[] {
  const fences = [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1],
    body: m[2],
    line: markdown.slice(0, m.index).split('\n').length,
  }));
  const out: Example[] = [];
  fences.forEach((f, k) => {
    if (f.lang !== 'js') return;
    const next = fences[k + 1];
    out.push({ line: f.line, code: f.body, ...(next?.lang === 'text' ? { output: next.body } : {}) });
  });
  return out;
}

const DOC = fs.readFileSync(path.join(ROOT, 'docs/api.md'), 'utf8');
const EXAMPLES = examples(DOC);

beforeAll(() => ensureBuilt(), 120_000);

describe('docs/api.md', () => {
  it('has examples of the API, CommonJS, retext and remark', () => {
    const all = EXAMPLES.map((e) => e.code).join('\n');
    for (const name of ['lintText(', 'fixText(', 'resolveConfig(', "require('soattin')", "from 'soattin/retext'", 'remarkRetext']) expect(all).toContain(name);
    expect(EXAMPLES.every((e) => e.output !== undefined)).toBe(true);
  });

  it.each(EXAMPLES.map((e) => [e.line, e] as const))('the example at line %i prints what the doc says', (_line, example) => {
    const commonjs = /\brequire\(/.test(example.code);
    const r = spawnSync(process.execPath, ['--input-type', commonjs ? 'commonjs' : 'module'], {
      cwd: ROOT,
      input: example.code,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(example.output);
  });
});
