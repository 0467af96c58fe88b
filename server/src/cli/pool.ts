/**
 * Lint many drafts on all cores: a pool of worker threads (dist/worker.js) fed one task at
 * a time, results put back in input order. If a worker dies, its task and the rest run in
 * the main thread: a crash never loses a file.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { processFile, type ProcessOptions } from './process-file.js';
import type { FileResult, Task } from './result.js';

/** below this many files, starting workers costs more than it saves */
export const POOL_THRESHOLD = 8;

export function poolSize(tasks: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, Math.ceil(tasks / 4)));
}

export function runSequential(tasks: Task[], options: ProcessOptions, progress?: (done: number) => void): FileResult[] {
  return tasks.map((t, k) => {
    const r = processFile(t, options);
    progress?.(k + 1);
    return r;
  });
}

export function runPool(tasks: Task[], options: ProcessOptions, workerFile: string, progress?: (done: number) => void): Promise<FileResult[]> {
  if (tasks.length <= POOL_THRESHOLD || !fs.existsSync(workerFile)) return Promise.resolve(runSequential(tasks, options, progress));
  const results: FileResult[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const workers = new Set<Worker>();

  return new Promise((resolve) => {
    const finish = (): void => {
      if (done < tasks.length) return;
      for (const w of workers) void w.terminate();
      workers.clear();
      resolve(results);
    };
    const settle = (index: number, result: FileResult): void => {
      if (results[index]) return;
      results[index] = result;
      done++;
      progress?.(done);
    };
    const drainInMainThread = (): void => {
      while (next < tasks.length) {
        const t = tasks[next++];
        settle(t.index, processFile(t, options));
      }
      finish();
    };
    const start = (): void => {
      const worker = new Worker(workerFile, { workerData: options });
      let current: Task | undefined;
      const feed = (): void => {
        if (next >= tasks.length) {
          current = undefined;
          finish();
          return;
        }
        current = tasks[next++];
        worker.postMessage(current);
      };
      const fail = (): void => {
        if (!workers.delete(worker)) return;
        if (current) settle(current.index, processFile(current, options));
        current = undefined;
        if (workers.size === 0) drainInMainThread();
        else finish();
      };
      worker.on('message', (m: { index: number; result: FileResult }) => {
        settle(m.index, m.result);
        feed();
      });
      worker.on('error', fail);
      worker.on('exit', fail);
      workers.add(worker);
      feed();
    };
    for (let k = 0; k < poolSize(tasks.length); k++) start();
  });
}
