import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** Where start-up caches live: MTLINT_CACHE_DIR, else a per-user folder under the OS temp folder. */
export function cacheDir(): string {
  return process.env.MTLINT_CACHE_DIR ?? join(tmpdir(), `mtlint-${process.getuid?.() ?? 'user'}`);
}

/**
 * Writes a cache file: aside and renamed, so that a run starting meanwhile never reads half a
 * file; then removes the other files of the folder named `stalePrefix…`, left by other versions.
 * Returns whether it was written. A read-only or full folder only costs building the cache again
 * next time, so failures are not errors.
 */
export function writeCacheFile(file: string, data: string | Uint8Array, stalePrefix?: string): boolean {
  try {
    const dir = dirname(file);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, data);
    renameSync(temp, file);
    if (stalePrefix !== undefined) {
      const own = basename(file);
      for (const name of readdirSync(dir)) {
        if (name.startsWith(stalePrefix) && name !== own && !name.endsWith('.tmp')) rmSync(join(dir, name), { force: true });
      }
    }
    return true;
  } catch {
    return false;
  }
}
