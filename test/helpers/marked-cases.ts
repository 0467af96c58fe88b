import { expect, it } from 'vitest';
import { check, fixed } from './lint.js';
import { after, source, story } from './marked.js';

/**
 * The tests every marked list asks for, as a reporter would see them: each slip is found in a
 * whole draft, its fix leaves exactly the marked text and nothing more to report; each look-alike
 * stays silent.
 */
export function markedCases(rule: string, bad: readonly string[], good: readonly string[]): void {
  it.each(bad)('%s', (b) => {
    expect(check(story(source(b)), rule).length).toBeGreaterThan(0);
    expect(fixed(story(source(b)), rule)).toBe(story(after(b)));
    expect(check(story(after(b)), rule)).toEqual([]);
  });

  it.each(good)('silent: %s', (b) => {
    expect(check(story(b), rule)).toEqual([]);
  });
}
