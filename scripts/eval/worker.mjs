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
      parentPort.postMessage({ results: docs.map(({ findings, draft, training, words }) => ({ findings, draft, training, words })) });
    } else if (m.type === 'inject') {
      const stats = statsApi(m.stats);
      // mistakes go into real drafts only: the drafts written for the bench are scored as written
      parentPort.postMessage({ results: docs.map((d) => (d.source === 'written' ? [] : injectDraft(d, stats, { ...m.options, config: configOf(d) }))) });
    }
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.stack : String(error) });
  }
});
