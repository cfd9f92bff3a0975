import { parentPort, workerData } from 'node:worker_threads';
import { Baseline } from './baseline';
import { ResultCache } from './cache';
import { FileChecker } from './check-files';
import type { Input } from './inputs';
import type { WorkerOptions } from './parallel';

// One worker thread of `--jobs`: compiles the rules once and checks the files it is sent.
const options = workerData as WorkerOptions;
const checker = new FileChecker({ ...options, baseline: options.baselineEntries ? new Baseline(options.baselineEntries) : undefined });
// Reads from the shared cache; the main thread alone writes it.
const cache = options.cacheFile ? ResultCache.open(options.cacheFile) : undefined;

parentPort!.on('message', ({ input, index }: { input: Input; index: number }) => {
  try {
    parentPort!.postMessage({ index, result: checker.check(input, cache) });
  } catch (err) {
    const e = err as Error & { diagnostics?: unknown };
    parentPort!.postMessage({ index, error: { name: e.name, message: e.message, diagnostics: e.diagnostics } });
  }
});
