import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where start-up caches live: MTLINT_CACHE_DIR, else a per-user folder under the OS temp folder. */
export function cacheDir(): string {
  return process.env.MTLINT_CACHE_DIR ?? join(tmpdir(), `mtlint-${process.getuid?.() ?? 'user'}`);
}
