// The bench's linting spread over worker threads (the machine has two cores, shared): each
// worker lints its share of the drafts and keeps them, then injects into the same drafts.
// Results come back in draft order and every random choice is seeded per draft, so the
// numbers do not depend on how many workers ran.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';

export class Linters {
  constructor(docs, count = Math.min(2, availableParallelism())) {
    // a worker costs a core-library load: not worth it for a handful of drafts
    const n = docs.length < 20 ? 1 : Math.max(1, count);
    this.docs = docs;
    this.shares = Array.from({ length: n }, (_, w) => docs.map((d, i) => i).filter((i) => i % n === w));
    this.workers = this.shares.map(
      (share) => new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { docs: share.map((i) => strip(docs[i])) } }),
    );
  }

  ask(message) {
    return Promise.all(
      this.workers.map(
        (w) =>
          new Promise((resolve, reject) => {
            w.once('message', (m) => (m.error ? reject(new Error(m.error)) : resolve(m.results)));
            w.once('error', reject);
            w.postMessage(message);
          }),
      ),
    );
  }

  /** lint every draft; fills d.findings, d.draft, d.training, d.words */
  async lint() {
    const answers = await this.ask({ type: 'lint' });
    answers.forEach((results, w) => results.forEach((r, k) => Object.assign(this.docs[this.shares[w][k]], r)));
  }

  /** the injected cases of every draft, in draft order */
  async inject(stats, options) {
    const answers = await this.ask({ type: 'inject', stats, options });
    const byDoc = new Array(this.docs.length);
    answers.forEach((results, w) => results.forEach((r, k) => (byDoc[this.shares[w][k]] = r)));
    return byDoc.flat();
  }

  close() {
    return Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** what a worker needs of a draft record: its text and identity, with the folder for its config */
const strip = ({ name, file, source, text, ann, genre, split, folder }) => ({ name, file, source, text, ann, genre, split, folder });
