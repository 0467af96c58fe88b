/** What the CLI reads and writes of its process: its arguments, folder, environment, streams and standard input (main.ts passes the real ones). */
import type { GuardedRead } from '../core/guarded-read.js';

export interface Io {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** standard input, at most `limit` bytes (the guarded reader refuses more) */
  readStdin: (limit: number) => GuardedRead;
  workerFile: string;
}
