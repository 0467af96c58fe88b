/**
 * Lint many drafts on all cores: the main thread and worker threads (dist/worker.js) take the
 * next draft from one shared counter, results put back in input order. If a worker dies, the
 * drafts it took and did not finish run in the main thread: a crash never loses a file.
 *
 * The main thread lints too (it has loaded the linter already): a pool of one worker per core
 * beside an idle main thread paid one more start of the bundle, its dictionaries and its
 * caches (about half a second of CPU and 70 MB), for no more parallel work. The counter is
 * shared memory (Atomics), not messages: a worker never waits for the main thread, busy with
 * a draft of its own, to hand it the next one. The drafts are taken largest first (the end of
 * the run is small drafts on every thread), and a run over a folder from bin/soattin.js finds
 * its worker already started (it loaded its bundle while this thread loaded its own).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { processFile, type ProcessOptions } from './process-file.js';
import type { FileResult, Task } from './result.js';

/** below this many files, starting workers costs more than it saves */
export const POOL_THRESHOLD = 8;

/** Threads that lint, the main thread included. */
export function poolSize(tasks: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, Math.ceil(tasks / 4)));
}

/** What a worker is given (worker.ts): the drafts, and the counter every thread takes the next one from. */
export interface WorkerInput {
  options: ProcessOptions;
  tasks: Task[];
  /** the drafts' indexes in the order they are taken: the largest first */
  order: number[];
  /** an Int32Array over shared memory: [0] is the position in `order` of the next draft to take */
  next: SharedArrayBuffer;
}

/** A worker's message: a draft's result, or that it took its last draft. */
export type WorkerMessage = { index: number; result: FileResult } | { done: true };

/** The index of the next draft to take, from the shared counter. */
export function take(next: Int32Array): number {
  return Atomics.add(next, 0, 1);
}

/**
 * The drafts' indexes, largest file first: the last drafts taken are the small ones, so that
 * no thread is left linting a long draft alone at the end while the others have none left.
 * Ties (and files that cannot be read: they fail fast) keep the input order.
 */
export function largestFirst(tasks: Task[]): number[] {
  const size = tasks.map((t) => {
    try {
      return fs.statSync(t.absPath).size;
    } catch {
      return 0;
    }
  });
  return tasks.map((_, k) => k).sort((a, b) => size[b] - size[a] || a - b);
}

/** A worker bin/soattin.js started before the bundle was loaded (it guessed a folder is linted). */
interface EarlyWorker {
  worker: Worker;
  file: string;
  exited: boolean;
}
const EARLY = Symbol.for('soattin.earlyWorker');

/** The early worker, once, when it runs `workerFile` and is alive; ended when it cannot serve. */
function takeEarlyWorker(workerFile?: string): Worker | undefined {
  const g = globalThis as { [EARLY]?: EarlyWorker };
  const early = g[EARLY];
  if (!early) return undefined;
  g[EARLY] = undefined;
  if (workerFile !== undefined && early.file === workerFile && !early.exited) {
    early.worker.ref();
    return early.worker;
  }
  void early.worker.terminate();
  return undefined;
}

/**
 * A worker on `workerFile`, loaded through bin/code-cache.js when the package has it beside
 * dist/ (a worker then starts from the machine code an earlier run compiled, instead of
 * compiling its bundle and the first draft's functions again).
 */
function startWorker(workerFile: string, input: WorkerInput): Worker {
  const early = takeEarlyWorker(workerFile);
  if (early) {
    // it has loaded its bundle (or is loading it) and waits for its drafts
    early.postMessage(input);
    return early;
  }
  const loader = path.join(path.dirname(workerFile), '..', 'bin', 'code-cache.js');
  if (!fs.existsSync(loader)) return new Worker(workerFile, { workerData: input });
  const code = `require(${JSON.stringify(loader)}).load(${JSON.stringify(workerFile)});`;
  return new Worker(code, { eval: true, workerData: input });
}

export function runSequential(tasks: Task[], options: ProcessOptions, progress?: (done: number) => void): FileResult[] {
  return tasks.map((t, k) => {
    const r = processFile(t, options);
    progress?.(k + 1);
    return r;
  });
}

export function runPool(tasks: Task[], options: ProcessOptions, workerFile: string, progress?: (done: number) => void): Promise<FileResult[]> {
  const helpers = poolSize(tasks.length) - 1;
  if (tasks.length <= POOL_THRESHOLD || helpers < 1 || !fs.existsSync(workerFile)) {
    // a worker started on a guess is not needed
    takeEarlyWorker();
    return Promise.resolve(runSequential(tasks, options, progress));
  }
  const results: FileResult[] = new Array(tasks.length);
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const order = largestFirst(tasks);
  let done = 0;
  const workers = new Set<Worker>();
  let mainBusy = true;

  return new Promise((resolve) => {
    const settle = (index: number, result: FileResult): void => {
      if (results[index]) return;
      results[index] = result;
      done++;
      progress?.(done);
    };
    // every draft taken by a worker that died before giving its result back, run here
    const recover = (): void => {
      for (let k = 0; k < tasks.length; k++) if (!results[k]) settle(k, processFile(tasks[k], options));
    };
    const finish = (): void => {
      if (mainBusy || done < tasks.length) {
        // the counter is spent, the main thread idle, and no worker is left to finish the rest
        if (!mainBusy && workers.size === 0) recover();
        if (done < tasks.length) return;
      }
      // every draft is done, so every worker is past its last one and ends by itself (writing
      // its code cache on the way out): none is terminated
      workers.clear();
      resolve(results);
    };
    const start = (): void => {
      const input: WorkerInput = { options, tasks, order, next: counter };
      const worker = startWorker(workerFile, input);
      const fail = (): void => {
        if (!workers.delete(worker)) return;
        finish();
      };
      worker.on('message', (m: WorkerMessage) => {
        if ('done' in m) {
          // it takes no more drafts (its results are all in): it ends by itself, not terminated,
          // so that it writes its code cache on the way out (bin/code-cache.js)
          workers.delete(worker);
        } else settle(m.index, m.result);
        finish();
      });
      worker.on('error', fail);
      worker.on('exit', fail);
      workers.add(worker);
    };
    for (let k = 0; k < helpers; k++) start();
    // the main thread's share: one draft at a time, giving the event loop the workers' results in between
    const lintHere = (): void => {
      const n = take(next);
      if (n < tasks.length) {
        const k = order[n];
        settle(k, processFile(tasks[k], options));
        setImmediate(lintHere);
        return;
      }
      mainBusy = false;
      finish();
    };
    lintHere();
  });
}
