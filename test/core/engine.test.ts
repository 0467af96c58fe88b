/**
 * The engine API: core lints with the rules it is given (createLinter), takes their messages
 * into the catalogue and validates a config against them — and never imports the registry.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter, defaultConfig, formatFinding, type Rule } from '../../server/src/core/index.js';

/** A rule of the test's own: every "xx" is reported, fixed to "x". */
const doubleX: Rule = {
  meta: {
    id: 'test-double-x',
    category: 'text',
    defaultSeverity: 'warning',
    fixable: true,
    description: { vi: 'Chữ x lặp', en: 'Doubled x' },
    optionsSchema: { type: 'object', additionalProperties: false, properties: { strict: { type: 'boolean' } } },
    messages: { doubled: { vi: 'Thừa một chữ “{letter}”.', en: 'One “{letter}” too many.' } },
  },
  check({ draft, report }) {
    for (const m of draft.text.matchAll(/xx/g)) {
      report({ start: m.index, end: m.index + 2, messageId: 'doubled', args: { letter: 'x' }, fix: [{ start: m.index, end: m.index + 2, text: 'x' }] });
    }
  },
};

describe('createLinter', () => {
  const linter = createLinter([doubleX]);

  it('runs only the rules it is given, with their messages in both languages', () => {
    const { findings } = linter.lint('Một xx, hai xx.\n', defaultConfig());
    expect(findings.map((f) => [f.ruleId, f.start, f.severity])).toEqual([
      ['test-double-x', 4, 'warning'],
      ['test-double-x', 12, 'warning'],
    ]);
    expect(formatFinding(findings[0], 'vi')).toBe('Thừa một chữ “x”.');
    expect(formatFinding(findings[0], 'en')).toBe('One “x” too many.');
  });

  it('caps a contested report at a warning, for every rule, in one place (rulebook §0)', () => {
    const contestedX: Rule = {
      ...doubleX,
      meta: { ...doubleX.meta, id: 'test-contested-x' },
      check({ draft, report }) {
        for (const m of draft.text.matchAll(/xx/g)) report({ start: m.index, end: m.index + 2, messageId: 'doubled', args: { letter: 'x' }, contested: m.index > 5 });
      },
    };
    const both = createLinter([contestedX]);
    const levels = (setting: 'error' | 'info'): string[] => both.lint('Một xx, hai xx.\n', { ...defaultConfig(), rules: { 'test-contested-x': setting } }).findings.map((f) => f.severity);
    expect(levels('error')).toEqual(['error', 'warning']);
    // a lower level stays as configured
    expect(levels('info')).toEqual(['info', 'info']);
  });

  it('fixes with the same rules, in passes until stable', () => {
    expect(linter.fixText('Một xx, hai xx.\n', defaultConfig())).toMatchObject({ output: 'Một x, hai x.\n', fixed: 2 });
  });

  it('validates rule ids and options against its own rules', () => {
    expect(linter.validateConfig({ rules: { 'test-double-x': ['error', { strict: true }] } })).toEqual([]);
    expect(linter.validateConfig({ rules: { spacing: 'off' } }).map((p) => [p.key, p.problem.vi])).toEqual([
      ['rules.spacing', 'không phải mã quy tắc nào của Soát Tin'],
    ]);
    expect(linter.validateConfig({ rules: { 'test-double-x': ['error', { loud: true }] } }).map((p) => p.key)).toEqual(['rules.test-double-x.1.loud']);
    expect(Object.keys((linter.configSchema().properties as { rules: { properties: object } }).rules.properties)).toEqual(['test-double-x']);
  });
});

describe('the import graph', () => {
  const src = path.resolve(__dirname, '../../server/src');
  /** Imports of code in server/src made by the files under `folder`, as "file → import". */
  const importsOf = (folder: string): Array<{ file: string; spec: string; target: string }> => {
    const root = path.join(src, folder);
    const out: Array<{ file: string; spec: string; target: string }> = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts')) {
          for (const m of fs.readFileSync(p, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
            const target = path.resolve(path.dirname(p), m[1]);
            // data (dictionaries/) and packages are no arrows between layers
            if (target.startsWith(src + path.sep)) out.push({ file: path.relative(src, p), spec: m[1], target: path.relative(src, target) });
          }
        }
      }
    };
    walk(root);
    return out;
  };
  const offenders = (folder: string, allowed: string[]): string[] =>
    importsOf(folder)
      .filter((i) => !allowed.some((a) => i.target === a || i.target.startsWith(a + path.sep)))
      .map((i) => `${i.file} → ${i.spec}`);

  it('core imports no code above it: no rules, no front-end, no linter instance', () => {
    expect(offenders('core', ['core'])).toEqual([]);
  });

  it('a rule imports core and other rules only: no front-end, no linter instance', () => {
    expect(offenders('rules', ['core', 'rules'])).toEqual([]);
  });

  it('the API imports no other front-end: the CLI uses the API, not the other way round', () => {
    expect(offenders('api', ['api', 'core', 'rules', 'linter.js', 'linter.ts'])).toEqual([]);
  });
});
