// One bench worker: lints its drafts once, keeps them, and injects mistakes into them.
import { parentPort, workerData } from 'node:worker_threads';
import { configFor, lintDraft } from './core.mjs';
import { statsApi } from './inject/stats.mjs';
import { injectDraft } from './injected.mjs';

const docs = workerData.docs;
const configs = new Map();
const configOf = (d) => configs.get(d.folder) ?? configs.set(d.folder, configFor(d.folder)).get(d.folder);

parentPort.on('message', (m) => {
  try {
    if (m.type === 'lint') {
      for (const d of docs) {
        Object.assign(d, lintDraft(d.text, configOf(d), d.file));
        d.words = d.draft.words.length;
      }
      parentPort.postMessage({ results: docs.map(({ findings, draft, training, words }) => ({ findings, draft: plain(draft), training, words })) });
    } else if (m.type === 'inject') {
      const stats = statsApi(m.stats);
      // mistakes go into real drafts only: the drafts written for the bench are scored as written
      parentPort.postMessage({ results: docs.map((d) => (d.source === 'written' ? [] : injectDraft(d, stats, { ...m.options, config: configOf(d) }))) });
    }
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.stack : String(error) });
  }
});

/**
 * `value` as plain data, each object once (a paragraph in `paragraphs` and as `lead` stays one
 * object): a parsed word's forms are getters on its class (core/draft.ts ParsedWord), which a
 * message between threads leaves behind, so a word goes as an object of its fields.
 */
function plain(value, made = new Map()) {
  if (value === null || typeof value !== 'object') return value;
  let out = made.get(value);
  if (out !== undefined) return out;
  if (Array.isArray(value)) {
    made.set(value, (out = []));
    for (const v of value) out.push(plain(v, made));
    return out;
  }
  if ('forms' in value) {
    made.set(value, (out = { start: value.start, end: value.end, text: value.text, norm: value.norm, lower: value.lower, keyOf: value.keyOf, key: value.key }));
    return out;
  }
  made.set(value, (out = {}));
  for (const [k, v] of Object.entries(value)) out[k] = plain(v, made);
  return out;
}
