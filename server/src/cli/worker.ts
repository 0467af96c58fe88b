/**
 * A worker thread of the CLI: lints the drafts it takes from the shared counter (pool.ts) until
 * none is left. Started by the pool, it has its drafts as workerData; started early by
 * bin/soattin.js (before the pool knew the drafts), it loads its bundle and waits for them in a
 * message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processFile } from './process-file.js';
import { take, type WorkerInput, type WorkerMessage } from './pool.js';
import { setParagraphMemos } from '../core/paragraph-memo.js';

// each draft is linted once: nothing to remember paragraph by paragraph (paragraph-memo.ts)
setParagraphMemos(false);

function lintAll({ options, tasks, order, next }: WorkerInput): void {
  const counter = new Int32Array(next);
  for (let n = take(counter); n < tasks.length; n = take(counter)) {
    const k = order[n];
    parentPort!.postMessage({ index: k, result: processFile(tasks[k], options) } satisfies WorkerMessage);
  }
  parentPort!.postMessage({ done: true } satisfies WorkerMessage);
}

if (workerData) lintAll(workerData as WorkerInput);
else parentPort!.once('message', (input: WorkerInput) => lintAll(input));
