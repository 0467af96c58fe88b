// The drafts whose counts ship as data (dictionaries/capitalisation-stats.json by caps-stats.mjs,
// dictionaries/field-phrases.json by build-field-phrases.mjs, dictionaries/syllable-pairs.json by
// build-syllable-pairs.mjs). One list, so every table is counted over exactly the same drafts;
// only counts ship, never text. Two sources, kept apart so each table can weigh them:
// - `real`: the unlabelled pool and the `tune` split of the annotated corpus (never `check`):
//   the genre as reporters write it, their slips included;
// - `written`: the readable written sets corpus/written/set07 … set67 (WRITTEN_LAST), drafts
//   sub-editors wrote blind to the rulebook: `clean/` as they stand, `errors/` only after each
//   labelled correction is applied (a planted mistake is never counted; a draft whose labels
//   cannot all be placed is left out). Correct text, ~15 times the real drafts, but written by a
//   few sub-editors: their habits may not be every newsroom's.
// Never the held-out sets (those after WRITTEN_LAST: scored blind, or being written): move
// WRITTEN_LAST only once a held-out set has been scored and read.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = new URL('../', import.meta.url);
const shared = resolve(new URL('../', root).pathname, 'shared/corpus');
const written = new URL('corpus/written/', root).pathname;

/** The first and the last written set counted (sets after the last are held out). */
export const WRITTEN_FIRST = 7;
export const WRITTEN_LAST = 67;

/** The paths of the real drafts, pool first (sorted), then the tune split in its order. */
export function realDrafts() {
  const split = JSON.parse(readFileSync(new URL('scripts/eval/split.json', root), 'utf8'));
  const files = [];
  const pool = join(shared, 'unlabelled');
  for (const f of readdirSync(pool).sort()) if (f.endsWith('.txt')) files.push(join(pool, f));
  for (const name of split.tune) if (existsSync(join(shared, 'dev', `${name}.txt`))) files.push(join(shared, 'dev', `${name}.txt`));
  return files;
}

/** Where a label's text sits in `text`: its `occurrence`-th match (1-based), or -1. */
function labelStart(text, label) {
  let at = -1;
  for (let k = 0, from = 0; k < (label.occurrence ?? 1); k++, from = at + 1) {
    at = text.indexOf(label.text, from);
    if (at < 0) return -1;
  }
  return at;
}

/**
 * The draft with each labelled mistake replaced by its correction (`text` → `correct`; a label
 * without text, a missing element, changes nothing), or undefined when a label cannot be placed
 * or two overlap: then some mistake could stay in the counts.
 */
export function correctedText(text, labels) {
  const spans = [];
  for (const label of labels) {
    if (!label.text) continue;
    const at = labelStart(text, label);
    if (at < 0) return undefined;
    spans.push([at, at + label.text.length, label.correct ?? '']);
  }
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][1]) return undefined;
  let out = text;
  for (let i = spans.length - 1; i >= 0; i--) out = out.slice(0, spans[i][0]) + spans[i][2] + out.slice(spans[i][1]);
  return out;
}

/** The written drafts counted: { name, text } with corrections applied, in set and file order. */
export function writtenDrafts() {
  const out = [];
  let dropped = 0;
  for (const set of readdirSync(written).filter((s) => /^set\d+$/.test(s)).sort()) {
    const n = Number(set.slice(3));
    if (n < WRITTEN_FIRST || n > WRITTEN_LAST) continue;
    for (const part of ['clean', 'errors']) {
      const dir = join(written, set, part);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
        let text = readFileSync(join(dir, f), 'utf8');
        if (part === 'errors') {
          const labels = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.json')), 'utf8'));
          text = correctedText(text, labels);
          if (text === undefined) {
            dropped++;
            continue;
          }
        }
        out.push({ name: `${set}/${part}/${f}`, text });
      }
    }
  }
  out.dropped = dropped;
  return out;
}

/** Every draft counted: { name, source: 'real' | 'written', text }, the real drafts first. */
export function statsDrafts() {
  const real = realDrafts().map((path) => ({ name: path, source: 'real', text: readFileSync(path, 'utf8') }));
  const w = writtenDrafts().map((d) => ({ ...d, source: 'written' }));
  return [...real, ...w];
}

/**
 * Parses each draft with `core` and hands it to `count(draft, source)`; returns how many drafts
 * and words each source gave ({ real: { drafts, words }, written: { drafts, words } }).
 */
export function countOverStatsDrafts(core, count) {
  const totals = { real: { drafts: 0, words: 0 }, written: { drafts: 0, words: 0 } };
  for (const d of statsDrafts()) {
    const draft = core.parseDraft(d.text, 'text');
    totals[d.source].drafts++;
    totals[d.source].words += draft.words.length;
    count(draft, d.source);
  }
  return totals;
}

/**
 * One [lowercase, capitalised] count made of the real drafts' `real` and the written drafts'
 * `written` (either may be undefined), the rule every table follows:
 * - the real drafts' counts stand as they are where they are thick (`thick` sightings or more):
 *   there they already say how the genre writes the form, and a few sub-editors' habits must not
 *   overrule it;
 * - where the real drafts write the form both ways (a lowercase and a capitalised sighting), the
 *   mixed usage stands too, however thin: the written counts never make a contested form look
 *   settled (and so never turn "no finding" into a finding);
 * - where the real drafts are silent or thin and one-sided, the written counts add their
 *   evidence (summed: correct text, read like the pool's).
 */
export function mergeCounts(real, written, thick) {
  if (!written) return real ? [real[0], real[1]] : undefined;
  if (!real) return [written[0], written[1]];
  if (real[0] + real[1] >= thick || (real[0] > 0 && real[1] > 0)) return [real[0], real[1]];
  return [real[0] + written[0], real[1] + written[1]];
}

/**
 * One [lowercase, capitalised] count where the written drafts may only add LOWERCASE evidence:
 * a form the real drafts never capitalised and saw fewer than `thick` times (or never) that the
 * written drafts write lowercase every time gets their lowercase sightings added; anything else
 * keeps the real drafts' counts as they are. A form the written drafts always write lowercase
 * mid-sentence is evidence that a capital on it is wrong; the written drafts never add capital
 * evidence (their capitals are a few sub-editors' habits: "Bằng khen"), and a form they write
 * both ways is left to the real drafts (a syllable that opens names there, "Sen" of "Hoa Sen").
 */
export function mergeLowercaseOnly(real, written, thick) {
  if (!written || written[1] > 0 || written[0] === 0) return real ? [real[0], real[1]] : undefined;
  if (real && (real[1] > 0 || real[0] >= thick)) return [real[0], real[1]];
  return [(real?.[0] ?? 0) + written[0], 0];
}

/** `mergeCounts` over two maps of counts (key → [lowercase, capitalised]). */
export function mergeCountMaps(real, written, thick, merge = mergeCounts) {
  const out = new Map();
  for (const k of new Set([...real.keys(), ...written.keys()])) {
    const c = merge(real.get(k), written.get(k), thick);
    if (c) out.set(k, c);
  }
  return out;
}
