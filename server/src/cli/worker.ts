/** A worker thread of the CLI: lints the drafts the main thread sends, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { processFile, type ProcessOptions } from './process-file.js';
import type { Task } from './result.js';

const options = workerData as ProcessOptions;
parentPort?.on('message', (task: Task) => {
  parentPort!.postMessage({ index: task.index, result: processFile(task, options) });
});
