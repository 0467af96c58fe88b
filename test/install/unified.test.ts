/**
 * The programmatic API and the retext plugin from a fresh folder outside the repository:
 * the packed package installed there, a retext and a remark pipeline and a CommonJS script
 * run on drafts get the findings of the CLI installed with them, and TypeScript compiles a
 * consumer against the shipped declarations.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers.js';
import { freshInstall, linkFromCheckout, sh, write, type Fresh } from './fresh.js';

// written for these tests: a plain-text report and a Markdown one, each with a few mistakes
const TEXT_DRAFT = [
  'Thị trấn Phú Mỹ tập huấn công tác phòng chống thiên tai',
  '',
  'Sáng 21-5, Ủy ban nhân dân thị trấn Phú Mỹ tổ chức lớp tập huấn công tác phòng chống thiên tai cho 45  cán bộ khu phố.',
  '',
  'Học viên được được hướng dẫn cách lập phương án sơ tán dân khi có bão.',
  '',
  'Ngọc Lan',
  '',
].join('\n');

const MARKDOWN_DRAFT = [
  '# Hội Cựu chiến binh xã bồi dưỡng nghiệp vụ cho chi hội trưởng',
  '',
  'Ngày 3-7, **Hội Cựu chiến binh xã Bình Minh** tổ chức lớp bồi dưỡng nghiệp vụ cho 28 chi hội trưởng.',
  '',
  'Trong một ngày,  các học viên nghe giới thiệu Điều lệ Hội và cách ghi sổ sách.',
  '',
  '*Văn Tú*',
  '',
].join('\n');

const PIPELINES = `import { readFileSync } from 'node:fs';
import { remark } from 'remark';
import remarkRetext from 'remark-retext';
import { retext } from 'retext';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import { VFile } from 'vfile';
import retextSoattin from 'soattin/retext';

const out = {};
for (const path of process.argv.slice(2)) {
  const file = new VFile({ path, value: readFileSync(path, 'utf8') });
  const processor = path.endsWith('.md')
    ? remark().use(remarkRetext, unified().use(retextLatin).use(retextSoattin))
    : retext().use(retextSoattin);
  await processor.process(file);
  out[path] = file.messages.map((m) => ({
    ruleId: m.ruleId,
    severity: m.fatal ? 'error' : m.fatal === false ? 'warning' : 'info',
    message: m.reason,
    line: m.place.start.line,
    column: m.place.start.column,
    endLine: m.place.end.line,
    endColumn: m.place.end.column,
    source: m.source,
  }));
}
console.log(JSON.stringify(out));
`;

const COMMONJS = `const { readFileSync } = require('node:fs');
const { lintText } = require('soattin');

const out = {};
for (const filePath of process.argv.slice(2)) {
  out[filePath] = lintText(readFileSync(filePath, 'utf8'), { filePath }).messages.map(({ offset, endOffset, ...m }) => m);
}
console.log(JSON.stringify(out));
`;

// the consumer a TypeScript newsroom writes; each @ts-expect-error must be an error
const TS_CONSUMER = `import { fixText, lintText, resolveConfig, type LintMessage, type LintTextResult } from 'soattin';
import retextSoattin from 'soattin/retext';
import { retext } from 'retext';

declare const console: { log(...values: unknown[]): void };

const draft = 'Xã tổ chức  hội nghị sơ kết sơ kết công tác dân vận.\\n';
const result: LintTextResult = lintText(draft, { settings: { genre: 'none' }, locale: 'en' });
const first: LintMessage | undefined = result.messages[0];
const where: number | undefined = first?.column;
// never called: only the compiler looks at these
export function misuses(): void {
  // @ts-expect-error the draft is a string
  lintText(42);
  // @ts-expect-error the locales are vi and en
  lintText(draft, { locale: 'fr' });
  // @ts-expect-error a severity, not a number
  resolveConfig(undefined, { rules: { spacing: 2 } });
}
const resolved = resolveConfig(undefined, { settings: { genre: 'none' } });
const profile: string = resolved.ok ? resolved.config.profile : resolved.error.message.vi;
const file = await retext().use(retextSoattin, { settings: { genre: 'none' }, locale: 'en' }).process(draft);
console.log(JSON.stringify({
  where,
  profile,
  api: result.messages.map((m) => m.ruleId),
  plugin: file.messages.map((m) => m.ruleId),
  fixed: fixText(draft, { settings: { genre: 'none' } }).output,
}));
`;

const TS_COMMONJS = `import { lintText } from 'soattin';
import retextSoattin from 'soattin/retext';

declare const console: { log(...values: unknown[]): void };

console.log(typeof retextSoattin, lintText('Xã  họp.\\n', { settings: { genre: 'none' } }).messages.map((m) => m.ruleId).join());
`;

interface JsonFile {
  filePath: string;
  messages: Array<Record<string, unknown>>;
}

let fresh: Fresh;
let cli: Map<string, Array<Record<string, unknown>>>;
const DRAFTS = ['tin/phong-chong-thien-tai.txt', 'tin/cuu-chien-binh.md'];

beforeAll(() => {
  fresh = freshInstall();
  linkFromCheckout(fresh.dir, ['retext', 'retext-latin', 'remark', 'remark-retext', 'unified', 'vfile', 'vfile-reporter']);
  write(fresh.dir, {
    [DRAFTS[0]]: TEXT_DRAFT,
    [DRAFTS[1]]: MARKDOWN_DRAFT,
    'pipelines.mjs': PIPELINES,
    'lint.cjs': COMMONJS,
    'ts/consumer.mts': TS_CONSUMER,
    'ts/commonjs.cts': TS_COMMONJS,
    'ts/tsconfig.json': JSON.stringify({
      compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'ES2022', strict: true, skipLibCheck: true, types: [], outDir: 'out' },
      include: ['*.mts', '*.cts'],
    }),
  });
  const run = sh('npx', ['--no-install', 'soattin', '--format', 'json', ...DRAFTS], fresh.dir);
  if (run.stderr) throw new Error(run.stderr);
  cli = new Map((JSON.parse(run.stdout) as JsonFile[]).map((f) => [f.filePath, f.messages]));
}, 240_000);

describe('the API and the retext plugin from a fresh folder', () => {
  it('the package holds the entry points and their declarations', () => {
    for (const f of ['dist/api.js', 'dist/api.mjs', 'dist/retext.js', 'dist/retext.mjs', 'dist/types/index.d.ts', 'dist/types/index.d.mts', 'dist/types/retext.d.ts', 'dist/types/retext.d.mts', 'dist/types/types.d.ts', 'docs/api.md', 'CHANGELOG.md']) {
      expect(fresh.packed, f).toContain(f);
    }
  });

  it('a retext pipeline (plain text) and a remark pipeline (Markdown) report the CLI’s findings', () => {
    const r = sh(process.execPath, ['pipelines.mjs', ...DRAFTS], fresh.dir);
    expect(r.stderr).toBe('');
    const plugin = JSON.parse(r.stdout) as Record<string, Array<Record<string, unknown>>>;
    for (const draft of DRAFTS) {
      const expected = cli.get(draft)!.map(({ ruleId, severity, message, line, column, endLine, endColumn }) => ({ ruleId, severity, message, line, column, endLine, endColumn, source: 'soattin' }));
      expect(expected.length, draft).toBeGreaterThan(0);
      expect(plugin[draft], draft).toEqual(expected);
    }
    // the deliberate mistakes are among them, at their places in the original text
    const at = (draft: string, id: string): unknown => plugin[draft].filter((m) => m.ruleId === id).map((m) => [m.line, m.column]);
    expect(at(DRAFTS[0], 'repeated-word')).toEqual([[5, TEXT_DRAFT.split('\n')[4].indexOf('được được') + 1]]);
    expect(at(DRAFTS[1], 'spacing')).toEqual([[5, MARKDOWN_DRAFT.split('\n')[4].indexOf('  ') + 1]]);
  });

  it('require("soattin") gives the messages of the CLI’s JSON', () => {
    const r = sh(process.execPath, ['lint.cjs', ...DRAFTS], fresh.dir);
    expect(r.stderr).toBe('');
    const api = JSON.parse(r.stdout) as Record<string, unknown>;
    for (const draft of DRAFTS) expect(api[draft], draft).toEqual(cli.get(draft));
  });

  it('TypeScript compiles ESM and CommonJS consumers against the declarations, and they run', () => {
    const tsc = sh(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'ts/tsconfig.json'], fresh.dir);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(fs.readdirSync(path.join(fresh.dir, 'ts/out')).sort()).toEqual(['commonjs.cjs', 'consumer.mjs']);

    const esm = sh(process.execPath, ['ts/out/consumer.mjs'], fresh.dir);
    expect(esm.stderr).toBe('');
    const out = JSON.parse(esm.stdout);
    expect(out.api).toEqual(['spacing', 'repeated-word']);
    expect(out.plugin).toEqual(out.api);
    expect(out.where).toBe('Xã tổ chức  '.indexOf('  ') + 1);
    expect(out.profile).toBe('gov');
    expect(out.fixed).toBe('Xã tổ chức hội nghị sơ kết công tác dân vận.\n');

    const cjs = sh(process.execPath, ['ts/out/commonjs.cjs'], fresh.dir);
    expect(cjs.stderr).toBe('');
    expect(cjs.stdout).toBe('function spacing\n');
  });
});
