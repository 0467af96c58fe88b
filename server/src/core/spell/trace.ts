/**
 * A debug trace of the spelling rule's decisions, for reading why it stayed silent (issue 13):
 * `SOATTIN_SPELL_TRACE="tổng quang,vất và" node bin/soattin.js draft.txt` writes to stderr, for
 * each group of syllables holding one of the phrases, the pass and the step that let it go
 * ("spell-trace pairs explained: tổng quang"). Off unless the variable is set (the web worker has
 * no environment): never output of the tool, and one test of a constant per step otherwise.
 * scripts/spell-audit.mjs sorts a bench run's misses by the figures behind them.
 */
import { lookupKey } from './syllable.js';

const wanted: readonly string[] | undefined = (() => {
  const env = typeof process === 'object' && process !== null ? process.env?.SOATTIN_SPELL_TRACE : undefined;
  if (!env) return undefined;
  const phrases = env
    .split(',')
    .map((p) => p.trim().split(/\s+/u).filter(Boolean).map(lookupKey).join(' '))
    .filter(Boolean);
  return phrases.length ? phrases : undefined;
})();

/** the trace is on: the callers build their arguments only then */
export const TRACING = wanted !== undefined;

/** Writes the step that decided about the keys `keys` when they hold (or are held by) a phrase asked for. */
export function traceStep(pass: string, step: string, keys: readonly (string | undefined)[], detail = ''): void {
  if (!wanted) return;
  const phrase = keys.filter(Boolean).join(' ');
  if (!phrase || !wanted.some((w) => phrase.includes(w) || w.includes(phrase))) return;
  process.stderr.write(`spell-trace ${pass} ${step}: ${phrase}${detail ? ` (${detail})` : ''}\n`);
}
