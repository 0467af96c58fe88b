/**
 * The annotated drafts of test/core/structure-drafts (written for the project, see its
 * README): every "missing X" finding must match the annotation exactly, and other genres get
 * no structure finding. `npm run eval -- test/core/structure-drafts` prints the same as a table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findings } from '../helpers/lint.js';

const DIR = join(__dirname, 'structure-drafts');
const drafts = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({
    name: f,
    text: readFileSync(join(DIR, f), 'utf8'),
    ann: JSON.parse(readFileSync(join(DIR, f.replace(/\.txt$/, '.json')), 'utf8')) as {
      genre: string;
      elements: Record<string, { present: boolean }>;
    },
  }));

describe('annotated structure drafts', () => {
  it.each(drafts.filter((d) => d.ann.genre === 'training').map((d) => [d.name, d] as const))('%s: missing elements as annotated', (_, d) => {
    const missing = findings(d.text)
      .filter((f) => f.messageId === 'missing' && f.ruleId in d.ann.elements)
      .map((f) => f.ruleId)
      .sort();
    const expected = Object.entries(d.ann.elements)
      .filter(([, e]) => !e.present)
      .map(([id]) => id)
      .sort();
    expect(missing).toEqual(expected);
  });

  it.each(drafts.filter((d) => d.ann.genre !== 'training').map((d) => [d.name, d] as const))('%s: other genre, no structure finding', (_, d) => {
    expect(findings(d.text).filter((f) => f.ruleId.startsWith('required-') || f.ruleId === 'end-mark')).toEqual([]);
  });
});
