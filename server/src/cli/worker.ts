/** A worker thread of the CLI: lints the drafts it takes from the shared counter (pool.ts) until none is left. */
import { parentPort, workerData } from 'node:worker_threads';
import { processFile } from './process-file.js';
import { take, type WorkerInput, type WorkerMessage } from './pool.js';
import { setParagraphMemos } from '../core/paragraph-memo.js';

// each draft is linted once: nothing to remember paragraph by paragraph (paragraph-memo.ts)
setParagraphMemos(false);

const { options, tasks, next } = workerData as WorkerInput;
const counter = new Int32Array(next);
for (let k = take(counter); k < tasks.length; k = take(counter)) {
  parentPort!.postMessage({ index: k, result: processFile(tasks[k], options) } satisfies WorkerMessage);
}
parentPort!.postMessage({ done: true } satisfies WorkerMessage);
