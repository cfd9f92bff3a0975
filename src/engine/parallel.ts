import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker as WorkerThread } from 'node:worker_threads';
import { packageRoot } from '../loader/package-root';
import type { BaselineEntry } from './baseline';
import { ResultCache } from './cache';
import { checkFiles, collect, FileChecker, selectShard, type CheckFilesOptions, type CheckFilesResult, type FileResult } from './check-files';
import { expandInputs, type Input } from './inputs';

/** Options a worker thread can receive: plain data only. */
export interface WorkerOptions extends Omit<CheckFilesOptions, 'rules' | 'readStdin' | 'onTiming' | 'onProgress' | 'baseline'> {
  baselineEntries?: BaselineEntry[];
}

/** Loaded when threads are started: a run on one thread does not pay for the module. */
const workerThreads = () => require('node:worker_threads') as typeof import('node:worker_threads');

function workerScript(): string {
  // Under ts-based test runners this module is TypeScript; the worker always runs the build.
  const beside = join(__dirname, 'worker.js');
  return existsSync(beside) ? beside : join(packageRoot(), 'dist/src/engine/worker.js');
}

/**
 * `--jobs N`: files are checked by N worker threads, each with its own compiled rules, one file
 * at a time per worker. Results are put back in input order, so the output is the same as with
 * `--jobs 1`. Stdin and small runs stay on the main thread.
 */
export async function checkFilesParallel(patterns: string[], options: CheckFilesOptions, jobs: number): Promise<CheckFilesResult> {
  const inputs = selectShard(expandInputs(patterns, options.cwd ?? process.cwd(), options.allowUnmatched), options.shard);
  const parallel = inputs.filter((i) => i.path !== '-');
  const workers = Math.min(jobs, Math.floor(parallel.length / 2));
  if (workers < 2 || options.rules || options.onTiming) return checkFiles(patterns, options);

  const cache = options.cacheFile ? ResultCache.open(options.cacheFile) : undefined;
  const results: FileResult[] = new Array(inputs.length);
  const local = new FileChecker(options);
  const queue = inputs.map((input, index) => ({ input, index })).filter(({ input }) => input.path !== '-');
  inputs.forEach((input, index) => {
    if (input.path === '-') results[index] = local.check(input, cache);
  });
  const workerOptions: WorkerOptions = {
    ...options,
    baselineEntries: options.baseline?.entries,
  };
  for (const key of ['readStdin', 'onTiming', 'onProgress', 'baseline', 'rules'] as const) delete (workerOptions as Record<string, unknown>)[key];
  let done = 0;
  const total = queue.length;
  // A cursor, not queue.shift(): shifting a 100,000-file queue once per file is quadratic.
  let taken = 0;

  await Promise.all(
    Array.from({ length: workers }, () =>
      new Promise<void>((resolveWorker, rejectWorker) => {
        const worker: WorkerThread = new (workerThreads().Worker)(workerScript(), { workerData: workerOptions });
        let inFlight = 0;
        const next = () => {
          const task: { input: Input; index: number } | undefined = queue[taken++];
          if (task) {
            inFlight++;
            worker.postMessage(task);
          } else if (inFlight === 0) void worker.terminate().then(() => resolveWorker());
        };
        worker.on('message', (message: { index: number; result?: FileResult; error?: { name: string; message: string; diagnostics?: unknown } }) => {
          if (message.error) {
            const err = Object.assign(new Error(message.error.message), message.error);
            void worker.terminate();
            rejectWorker(err);
            return;
          }
          results[message.index] = message.result!;
          inFlight--;
          options.onProgress?.(++done, total);
          next();
        });
        worker.on('error', rejectWorker);
        // Two files in flight: a worker has the next file while its last result travels back.
        worker.on('online', () => {
          next();
          next();
        });
      }),
    ),
  ).catch(async (err) => {
    // Rebuild usage errors so the CLI reports them as such (exit 2).
    if (err?.name === 'UsageError') {
      const { UsageError } = await import('../schema/diagnostic');
      throw new UsageError(err.message, err.diagnostics ?? []);
    }
    throw err;
  });
  return collect(results, cache);
}
