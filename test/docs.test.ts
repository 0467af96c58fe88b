import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { rules, validateConfig } from '../server/src/library.js';
import { parseJsonc } from '../server/src/core/config/jsonc.js';

const root = new URL('../', import.meta.url);

describe('every rule is documented', () => {
  it.each(rules.map((r) => r.meta.id))('%s has a Vietnamese and English doc page', (id) => {
    const file = new URL(`docs/rules/${id}.md`, root);
    expect(existsSync(file), `docs/rules/${id}.md`).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(`# ${id}`)).toBe(true);
    expect(text).toMatch(/^## Tiếng Việt$/m);
    expect(text).toMatch(/^## English$/m);
  });

  it.each(rules.map((r) => r.meta.id))('%s has complete metadata in both languages', (id) => {
    const { meta } = rules.find((r) => r.meta.id === id)!;
    for (const text of [meta.description, meta.rationale, ...Object.values(meta.messages)]) {
      expect(text?.vi, id).toBeTruthy();
      expect(text?.en, id).toBeTruthy();
      expect(text!.vi, id).toBe(text!.vi.normalize('NFC'));
    }
  });

  it('the README rule table lists exactly the registered rules', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const table = /<!-- rules:start -->([\s\S]*?)<!-- rules:end -->/.exec(readme)?.[1] ?? '';
    const listed = [...table.matchAll(/\[`([a-z-]+)`\]/g)].map((m) => m[1]);
    expect([...listed].sort()).toEqual(rules.map((r) => r.meta.id).sort());
  });

  it('rule ids are unique kebab-case', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe('the config examples of the docs', () => {
  // every ```json / ```jsonc block of the configuration doc is a config a user may copy
  const blocks = [...readFileSync(new URL('docs/configuration.md', root), 'utf8').matchAll(/^```jsonc?\n([\s\S]*?)^```$/gm)].map((m, i): [string, string] => [`#${i + 1}`, m[1]]);

  it('exist', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(7);
  });

  it.each(blocks)('%s is valid JSONC and a valid config', (_where, text) => {
    const { value, errors } = parseJsonc(text);
    expect(errors).toEqual([]);
    expect(validateConfig(value)).toEqual([]);
  });
});
